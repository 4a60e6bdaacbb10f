/** The playground page's entry (bundled to build/playground/app.js). */
import { startApp } from "./app";

startApp();

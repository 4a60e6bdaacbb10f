/** The sidebar's entry: bundled into dist/Sidebar.html, which Apps Script serves as it is. */
import { startSidebar } from "./app";
import { createServer } from "./bridge";

const root = document.getElementById("app");
if (root) startSidebar(root, createServer(), navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en");

/** The sidebar's entry: bundled into dist/Sidebar.html, which Apps Script serves as it is. */
import { langOfLocale } from "../shared/lang";
import { startSidebar } from "./app";
import { createServer } from "./bridge";

const root = document.getElementById("app");
if (root) startSidebar(root, createServer(), langOfLocale(navigator.language));

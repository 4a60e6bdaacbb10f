/** HtmlService: HTML outputs built from inline HTML or from the project's .html files. */

import { requireInteger, requireString } from "./args";
import { enumOf } from "./enums";
import type { Registry } from "./registry";
import { type ApiOf, strictObject } from "./strict";

export interface HtmlOutputState {
  title: string;
  content: string;
  width: number;
  height: number;
}

export const SandboxMode = enumOf(["EMULATED", "IFRAME", "NATIVE"]);
export const XFrameOptionsMode = enumOf(["ALLOWALL", "DEFAULT"]);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Finds a project file the way Apps Script does: "Sidebar" and "Sidebar.html" both name Sidebar.html. */
function findFile(files: Readonly<Record<string, string>>, name: string): string {
  const bare = name.replace(/\.html$/, "");
  for (const candidate of [name, bare, `${bare}.html`]) {
    if (Object.hasOwn(files, candidate)) return files[candidate];
  }
  throw new Error(`No HTML file named ${name} was found.`);
}

function htmlOutputFacade(outputs: Registry<HtmlOutputState>, state: HtmlOutputState): object {
  let facade: object;
  const methods = {
    getTitle: (): string => state.title,
    setTitle: (title: unknown): object => {
      state.title = requireString(title, "title");
      return facade;
    },
    getContent: (): string => state.content,
    setContent: (content: unknown): object => {
      state.content = requireString(content, "content");
      return facade;
    },
    append: (content: unknown): object => {
      state.content += requireString(content, "addedContent");
      return facade;
    },
    appendUntrusted: (content: unknown): object => {
      state.content += escapeHtml(requireString(content, "addedContent"));
      return facade;
    },
    clear: (): object => {
      state.content = "";
      return facade;
    },
    getWidth: (): number => state.width,
    setWidth: (width: unknown): object => {
      state.width = requireInteger(width, "width");
      return facade;
    },
    getHeight: (): number => state.height,
    setHeight: (height: unknown): object => {
      state.height = requireInteger(height, "height");
      return facade;
    },
    // The sandbox and framing modes only matter to a browser showing the real add-on.
    setSandboxMode: (): object => facade,
    setXFrameOptionsMode: (): object => facade,
  } satisfies ApiOf<GoogleAppsScript.HTML.HtmlOutput>;
  facade = strictObject("HtmlOutput", methods);
  return outputs.register(facade, state);
}

/** HtmlService over the project's HTML files; `outputs` lets the Ui read what scripts show. */
export function htmlServiceFacade(
  files: Readonly<Record<string, string>>,
  outputs: Registry<HtmlOutputState>,
): object {
  const create = (content: string): object =>
    htmlOutputFacade(outputs, { title: "", content, width: 300, height: 0 });
  const methods = {
    createHtmlOutput: (html?: unknown): object =>
      create(html === undefined ? "" : requireString(html, "html")),
    createHtmlOutputFromFile: (filename: unknown): object =>
      create(findFile(files, requireString(filename, "filename"))),
    SandboxMode: strictObject("SandboxMode", SandboxMode),
    XFrameOptionsMode: strictObject("XFrameOptionsMode", XFrameOptionsMode),
  } satisfies ApiOf<GoogleAppsScript.HTML.HtmlService>;
  return strictObject("HtmlService", methods);
}

/** The Apps Script entry: every export becomes a top-level function in dist/Code.js. */
export * from "../functions/index";
export { onOpen } from "./menu";

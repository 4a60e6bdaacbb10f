/**
 * Papa Parse's browser build: the same parser without its Node stream support, whose
 * require("stream") no Apps Script bundle can resolve.
 */
declare module "papaparse/papaparse.min.js" {
  import Papa from "papaparse";
  export default Papa;
}

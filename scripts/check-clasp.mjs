// `npm run push` runs this first: a push without a script id would fail only after the checks and
// the tests have run for a minute, with clasp's own message.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = process.argv[2] ?? join(root, ".clasp.json");
const clasp = JSON.parse(readFileSync(file, "utf8"));
// Apps Script ids are long runs of letters, digits, - and _ (the editor's Project Settings shows
// one); the placeholder this repository ships with is not one.
const id = clasp.scriptId;
if (typeof id !== "string" || !/^[\w-]{30,}$/.test(id) || /REPLACE/i.test(id)) {
  console.error(
    `.clasp.json has no script id yet ("${id}"): copy it from the Apps Script editor's ` +
      "Project Settings (Extensions → Apps Script → ⚙) into .clasp.json's scriptId, then run npm run push again.",
  );
  process.exit(2);
}
if (clasp.rootDir !== "dist") {
  console.error(
    `.clasp.json's rootDir is "${clasp.rootDir}": it must be "dist", the folder the build writes.`,
  );
  process.exit(2);
}

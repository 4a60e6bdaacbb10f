/** How a custom function reports a mistake: Sheets shows the message under #ERROR!. */
import { errorMessage } from "../core/errors";
import type { Lang } from "../shared/lang";
import { sheetContext } from "./sheet-context";

/** The spreadsheet's language for a message; English when even that cannot be read. */
function messageLang(): Lang {
  try {
    return sheetContext().lang;
  } catch {
    return "en";
  }
}

/**
 * Runs a custom function's body. Any error leaves as an Error whose message starts with the
 * function's name, in the spreadsheet's language, so that the cell's #ERROR! tooltip says which
 * formula failed and why.
 */
export function asFormula<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    const lang = messageLang();
    throw new Error(`${name}${lang === "zh" ? "：" : ": "}${errorMessage(error, lang)}`);
  }
}

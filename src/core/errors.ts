/** The engine's errors as people read them, in a language: what every door shows for a failed run. */
import { localizedMessage } from "../shared/errors";
import type { Lang } from "../shared/lang";
import { TableError } from "./headers";
import { tableLabel } from "./inputs";

/**
 * An error's message in a language. A table error names its table as people know it (成员表：…);
 * any other LocalizedError has its own words; other errors keep their message.
 * @example errorMessage(new TableError("members", { en: "no x", zh: "缺少 x" }), "zh") //=> "成员表：缺少 x"
 */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof TableError && lang === "zh")
    return `${tableLabel(error.table, "zh")}表：${error.detail.zh}`;
  return localizedMessage(error, lang);
}

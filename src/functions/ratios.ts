/**
 * ACTIVE_RATE, CONVERSION_RATE and WOW_GROWTH (functions.md, Ratio functions) and the ad metrics CTR,
 * CPC, CPM, CPA, CVR and ROI (insights.md §14), on values or ranges.
 */
import { centsToYuan } from "../core/layout";
import { centsRatio, growth, ratio } from "../core/rates";
import { readCents } from "../core/values";
import { LocalizedError } from "../shared/errors";
import type { Labels } from "../shared/lang";
import { isOmitted, readNonNegative } from "./args";
import { type Matrix, matrixOf, readCells, resultOfShape, type SheetResult, sizeOf, whereIs } from "./ranges";

type Combine = (a: number | null, b: number | null) => number | null;

/**
 * A result as a cell: "" when empty. One too large for a cell (1e308 ÷ 0.1) is an error naming
 * where, never Infinity (functions.md, Results).
 */
function cellOf(value: number | null, names: Labels, where: () => Labels | null): number | "" {
  if (value === null) return "";
  if (Number.isFinite(value)) return value;
  const at = where();
  throw new LocalizedError({
    en: `${names.en} give a number too large for a cell${at ? ` at ${at.en}` : ""}`,
    zh: `${names.zh} 的结果太大，单元格放不下${at ? `（${at.zh}）` : ""}`,
  });
}

/**
 * `combine` cell by cell. Two ranges must be the same size; a single value goes against every
 * cell of the other; the result has the larger shape. Empty (null) results are blank cells.
 */
function elementwise(first: Matrix, second: Matrix, combine: Combine): SheetResult {
  if (!first.single && !second.single && (first.rows !== second.rows || first.cols !== second.cols)) {
    throw new LocalizedError({
      en:
        `${first.name} is ${sizeOf(first)} but ${second.name} is ${sizeOf(second)}; ` +
        "give ranges of the same size, or a single value",
      zh: `${first.name} 是 ${sizeOf(first)}，而 ${second.name} 是 ${sizeOf(second)}；请给大小相同的区域，或一个值`,
    });
  }
  const a = readCells(first, readNonNegative);
  const b = readCells(second, readNonNegative);
  const shape = first.single ? second : first;
  const names = { en: `${first.name} and ${second.name}`, zh: `${first.name} 与 ${second.name}` };
  return resultOfShape(shape, (r, c) => {
    const x = first.single ? a[0][0] : a[r][c];
    const y = second.single ? b[0][0] : b[r][c];
    return cellOf(combine(x, y), names, () => (shape.single ? null : whereIs(shape, r, c)));
  });
}

/**
 * `part ÷ whole` per cell: "" where the whole is 0 or blank, or the part is blank.
 * @example rateOf("active_members", 3, "total_members", 12) //=> 0.25
 */
export function rateOf(partName: string, part: unknown, wholeName: string, whole: unknown): SheetResult {
  return elementwise(matrixOf(partName, part), matrixOf(wholeName, whole), ratio);
}

/** Yuan as integer cents, rounded half away from zero from its decimal digits (as amounts are read). */
function centsOf(yuan: number): number {
  return readCents(yuan) ?? Math.round(yuan * 100);
}

/**
 * `money × per ÷ count` per cell, a money ratio (insights.md, notation): from the money's exact
 * cents, rounded to the cent half away from zero; "" where the count is 0 or blank, or the money blank.
 * @example moneyRateOf("spend", 10, "clicks", 3) //=> 3.33
 * @example moneyRateOf("spend", 10, "impressions", 3, 1000) //=> 3333.33
 */
export function moneyRateOf(
  moneyName: string,
  money: unknown,
  countName: string,
  count: unknown,
  per = 1,
): SheetResult {
  return elementwise(matrixOf(moneyName, money), matrixOf(countName, count), (yuan, n) =>
    yuan === null ? null : centsToYuan(centsRatio(centsOf(yuan) * per, n)),
  );
}

/**
 * `(current − previous) ÷ previous` per cell; without `previous`, each cell of one row or column
 * over the cell before it, the first cell "".
 * @example wowGrowthOf([[10], [15], [0], [4]], undefined) //=> [[""], [0.5], [-1], [""]]
 */
export function wowGrowthOf(current: unknown, previous: unknown): SheetResult {
  const values = matrixOf("current", current);
  if (!isOmitted(previous)) return elementwise(values, matrixOf("previous", previous), growth);
  if (values.rows > 1 && values.cols > 1) {
    throw new LocalizedError({
      en: `current is a ${sizeOf(values)} range; give one row or one column in time order, or also previous`,
      zh: `current 是 ${sizeOf(values)} 的区域；请给按时间排序的一行或一列，或同时给 previous`,
    });
  }
  const series = readCells(values, readNonNegative).flat();
  // One of r and c is always 0, so r + c is the position in the series.
  const names = { en: "current and the cell before it", zh: "current 与其前一格" };
  return resultOfShape(values, (r, c) =>
    r + c === 0 ? "" : cellOf(growth(series[r + c], series[r + c - 1]), names, () => whereIs(values, r, c)),
  );
}

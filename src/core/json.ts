/** The report as metrics.md §8 JSON: days as YYYY-MM-DD, money as yuan with at most two decimals. */
import { formatDay } from "./calendar";
import { centsToYuan } from "./layout";
import type { Problem, Report } from "./types";

const money = centsToYuan;

export interface ReportJson {
  timeZone: string;
  weekStartsOn: string;
  range: { from: string | null; to: string | null };
  daily: Record<string, unknown>[];
  weekly: Record<string, unknown>[];
  funnel: Record<string, unknown>[];
  excluded: Record<string, number>;
  problems: { table: string; row: number; column: string; value: string; message: string }[];
}

/** A problem as metrics.md §8 lists it: by its field, without the operator's header. */
export function problemJson({ table, row, column, value, message }: Problem): Omit<Problem, "header"> {
  return { table, row, column, value, message };
}

export function reportToJson(report: Report): ReportJson {
  const x = report.excluded;
  return {
    timeZone: report.timeZone,
    weekStartsOn: report.weekStartsOn,
    range: {
      from: report.range && formatDay(report.range.from),
      to: report.range && formatDay(report.range.to),
    },
    daily: report.daily.map((d) => ({ ...d, date: formatDay(d.date) })),
    weekly: report.weekly.map(({ gmvCents, ...w }) => ({
      weekStart: formatDay(w.weekStart),
      weekEnd: formatDay(w.weekEnd),
      complete: w.complete,
      totalMembers: w.totalMembers,
      newMembers: w.newMembers,
      activeMembers: w.activeMembers,
      activeRate: w.activeRate,
      convertedMembers: w.convertedMembers,
      conversionRate: w.conversionRate,
      gmv: money(gmvCents),
      churnedMembers: w.churnedMembers,
      convertedWowGrowth: w.convertedWowGrowth,
      gmvWowGrowth: w.gmvWowGrowth,
    })),
    funnel: report.funnel.map((f) => ({ ...f, weekStart: formatDay(f.weekStart) })),
    excluded: {
      activityRowsFromUnknownMembers: x.activityRowsFromUnknownMembers,
      unknownActivityMembers: x.unknownActivityMembers,
      orderRowsFromUnknownMembers: x.orderRowsFromUnknownMembers,
      unknownOrderMembers: x.unknownOrderMembers,
      unknownOrderAmount: money(x.unknownOrderCents)!,
      cancelledOrders: x.cancelledOrders,
      refundedAmount: money(x.refundedCents)!,
      duplicateMembers: x.duplicateMembers,
      duplicateOrders: x.duplicateOrders,
    },
    problems: report.problems.map(problemJson),
  };
}

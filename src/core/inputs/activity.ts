/** The activity table (互动表, metrics.md §1): one row per interaction, or per member-day with a count. */
import type { ZoneClock } from "../calendar";
import { IdTable } from "../id-table";
import { at, IntColumn, joinTables, problem, type Table, type TableReader, tableReader } from "../tables";
import type { ActivityColumns, Day } from "../types";
import { readCount, readDay, readId } from "../values";
import {
  COMMON_PROBLEMS,
  type FieldSpec,
  type InputTable,
  MEMBER_ID_BASE,
  MEMBER_ID_CN,
  MEMBER_ID_LABEL,
} from "./input";

const FIELDS: readonly FieldSpec[] = [
  {
    name: "member_id",
    required: true,
    aliases: [...MEMBER_ID_BASE, "from", "sender", ...MEMBER_ID_CN, "发言人ID", "发言人"],
    label: MEMBER_ID_LABEL,
  },
  {
    name: "at",
    required: true,
    aliases: [
      "at",
      "datetime",
      "timestamp",
      "msgtime",
      "send_time",
      "date",
      "time",
      "发言时间",
      "互动时间",
      "发送时间",
      "消息时间",
      "日期",
      "时间",
    ],
    label: { en: "Time", zh: "时间" },
  },
  {
    name: "count",
    required: false,
    aliases: ["count", "messages", "message_count", "次数", "发言数", "发言次数", "消息数"],
    label: { en: "Count", zh: "次数" },
  },
];

/**
 * Activity as columns: each distinct member id once, and per row its number, day and count in
 * typed arrays. A large export then keeps no string or object per row (less to collect), and
 * the columns cross to another thread without copying.
 */
function activityColumns() {
  const ids = new IdTable();
  const [id, day, count] = [new IntColumn(), new IntColumn(), new IntColumn()];
  let length = 0;
  return {
    push(memberId: string, d: Day, n: number): void {
      id.push(ids.add(memberId));
      day.push(d);
      count.push(n);
      length++;
    },
    finish: (): ActivityColumns[] => [
      { ids: ids.keys(), id: id.finish(), day: day.finish(), count: count.finish(), length },
    ],
  };
}

export function activityReader(clock: ZoneClock): TableReader<ActivityColumns[]> {
  const kept = activityColumns();
  return tableReader(
    "activity",
    FIELDS,
    (header, days) => {
      const [id, when, count] = ["member_id", "at", "count"].map(header.col);
      return (cells, row) => {
        const memberId = readId(cells[id]);
        if (memberId === "") return problem("activity", row, "member_id", cells[id], "member_id is empty");
        const day = readDay(cells[when], clock);
        if (day === null) return problem("activity", row, "at", cells[when], "not a date");
        const n = readCount(at(cells, count));
        if (n === null) return problem("activity", row, "count", cells[count], "not a whole number");
        days.see(day);
        kept.push(memberId, day, n);
        return null;
      };
    },
    kept.finish,
  );
}

/**
 * One activity table from two parts of an export read apart (on two threads), each with the
 * header row. The blocks stay as they are, each with its own ids.
 */
export function joinActivity(
  first: Table<ActivityColumns[]>,
  second: Table<ActivityColumns[]>,
): Table<ActivityColumns[]> {
  return joinTables(first, second, (a, b) => [...a, ...b]);
}

export const ACTIVITY = {
  name: "activity",
  required: false,
  label: { en: "Activity", zh: "互动" },
  dataSheet: { en: "Activity", zh: "互动" },
  about: {
    en: "Messages or check-ins: member ID and time, a count if you have one.",
    zh: "发言或打卡记录：成员ID和时间，可带次数。",
  },
  fields: FIELDS,
  keepsOtherColumns: false,
  problems: COMMON_PROBLEMS,
  detectionOrder: 2,
  reader: activityReader,
} as const satisfies InputTable<"activity", ActivityColumns[]>;

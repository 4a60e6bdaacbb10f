/** The members table (成员表, metrics.md §1): one row per membership, the one table every report needs. */
import type { ZoneClock } from "../calendar";
import { IdTable } from "../id-table";
import { STILL_PRESENT } from "../presence";
import { staffOf } from "../staff";
import { at, type DaysSeen, IntColumn, problem, type TableReader, tableReader } from "../tables";
import { cellText } from "../text";
import type { Cell, Day, KeptColumn, MemberColumns } from "../types";
import { readDay, readId } from "../values";
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
    aliases: ["member_id", "member", "id", ...MEMBER_ID_BASE.slice(2), ...MEMBER_ID_CN],
    label: MEMBER_ID_LABEL,
  },
  {
    name: "name",
    required: false,
    aliases: ["name", "nickname", "昵称", "群昵称", "姓名", "成员名称"],
    label: { en: "Nickname", zh: "昵称" },
  },
  {
    name: "joined_at",
    required: true,
    aliases: [
      "joined_at",
      "join_date",
      "joined",
      "join_time",
      "入群时间",
      "加入时间",
      "入群日期",
      "进群时间",
      "入群时间戳",
    ],
    label: { en: "Joined", zh: "入群时间" },
  },
  {
    name: "left_at",
    required: false,
    aliases: ["left_at", "leave_date", "left", "leave_time", "退群时间", "离开时间", "退群日期", "离群时间"],
    label: { en: "Left", zh: "退群时间" },
  },
  {
    name: "group",
    required: false,
    aliases: ["group", "group_name", "group_id", "chat_id", "群", "群名", "群名称", "社群", "所在群", "群ID"],
    label: { en: "Group", zh: "群" },
  },
  {
    name: "channel",
    required: false,
    aliases: ["channel", "source", "join_scene", "渠道", "来源", "入群渠道", "入群方式"],
    label: { en: "Channel", zh: "渠道" },
  },
  {
    // Staff and bots (insights.md §16) are left out of every number.
    name: "role",
    required: false,
    aliases: ["role", "member_role", "member_type", "角色", "身份", "成员身份", "成员类型"],
    label: { en: "Role", zh: "角色" },
  },
];

/** The fields a membership's presence is made of; every other column is kept as read. */
const PRESENCE_FIELDS = new Set(["member_id", "joined_at", "left_at"]);

/** Members as columns (see MemberColumns). */
function memberColumns() {
  const ids = new IdTable();
  const groups = new Map<string, number>();
  const [member, joined, left, group] = [new IntColumn(), new IntColumn(), new IntColumn(), new IntColumn()];
  let kept: KeptColumn[] = [];
  let length = 0;
  return {
    keep(columns: KeptColumn[]): void {
      kept = columns;
    },
    push(memberId: string, joinedDay: Day, leftDay: Day | null, groupText: string): void {
      let g = groups.get(groupText);
      if (g === undefined) {
        g = groups.size;
        groups.set(groupText, g);
      }
      member.push(ids.add(memberId));
      joined.push(joinedDay);
      left.push(leftDay ?? STILL_PRESENT);
      group.push(g);
      length++;
    },
    finish(): MemberColumns {
      const columns = { ids, member: member.finish(), kept, length };
      return {
        ...columns,
        joined: joined.finish(),
        left: left.finish(),
        group: group.finish(),
        staff: staffOf(columns),
      };
    },
  };
}

function membersReader(clock: ZoneClock): TableReader<MemberColumns> {
  const rows = memberColumns();
  let seen: DaysSeen | null = null;
  return tableReader(
    "members",
    FIELDS,
    (header, days) => {
      seen = days;
      const [id, joined, left, group] = ["member_id", "joined_at", "left_at", "group"].map(header.col);
      // Columns in the table's order: the fields but presence's, and every other column.
      const keptAt = [
        ...FIELDS.filter((f) => !PRESENCE_FIELDS.has(f.name) && header.col(f.name) >= 0).map((f) => ({
          index: header.col(f.name),
          field: f.name as string | null,
        })),
        ...header.others.map((index) => ({ index, field: null })),
      ].sort((a, b) => a.index - b.index);
      const kept: KeptColumn[] = keptAt.map(({ index, field }) => ({
        field,
        header: header.headers[index],
        index,
        cells: [] as Cell[],
      }));
      rows.keep(kept);
      const keptIndex = keptAt.map((k) => k.index);
      return (cells, row) => {
        const memberId = readId(cells[id]);
        if (memberId === "") return problem("members", row, "member_id", cells[id], "member_id is empty");
        const joinedDay = readDay(cells[joined], clock);
        if (joinedDay === null) return problem("members", row, "joined_at", cells[joined], "not a date");
        const leftCell = at(cells, left);
        let leftDay: number | null = null;
        if (cellText(leftCell) !== "") {
          leftDay = readDay(leftCell, clock);
          if (leftDay === null || leftDay < joinedDay) {
            return problem("members", row, "left_at", leftCell, "not a date, or before joined_at");
          }
        }
        rows.push(memberId, joinedDay, leftDay, cellText(at(cells, group)));
        for (let k = 0; k < keptIndex.length; k++) kept[k].cells.push(at(cells, keptIndex[k]));
        return null;
      };
    },
    () => {
      // The table's days are its members' but staff's, as the report's range has them: the
      // sidebar offers focus weeks from them (a bot added before launch would offer a week
      // no report has).
      const columns = rows.finish();
      const { member, joined, left, staff, length } = columns;
      for (let r = 0; r < length; r++) {
        if (staff?.[member[r]]) continue;
        seen?.see(joined[r]);
        if (left[r] !== STILL_PRESENT) seen?.see(left[r]);
      }
      return columns;
    },
  );
}

export const MEMBERS = {
  name: "members",
  required: true,
  label: { en: "Members", zh: "成员" },
  dataSheet: { en: "Members", zh: "成员" },
  about: {
    en: "One row per membership: member ID and join date, leave date if any.",
    zh: "每行一条入群记录：成员ID和入群时间，有退群时间也可以填。",
  },
  fields: FIELDS,
  keepsOtherColumns: true,
  problems: { ...COMMON_PROBLEMS, "not a date, or before joined_at": "不是日期，或早于入群时间" },
  detectionOrder: 1,
  reader: membersReader,
} as const satisfies InputTable<"members", MemberColumns>;

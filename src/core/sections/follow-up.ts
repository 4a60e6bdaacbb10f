/**
 * Follow-up (跟进名单, insights.md §13): whom to message about the focus week — one table per
 * list, in the JSON's order, each under a caption with its count and who is on it.
 */
import { formatDay } from "../../shared/days";
import type { Labels, Lang } from "../../shared/lang";
import {
  FOLLOW_UP_LISTS,
  type FollowUp,
  type FollowUpEntry,
  type FollowUpList,
  followUpOf,
} from "../follow-up";
import { tableLabel } from "../inputs";
import { MEMBERS } from "../inputs/members";
import { type Column, centsToYuan, column, type LayoutTable, tableOf } from "../layout";
import type { TableName } from "../types";
import type { LabelBlock, ReportSection, TextItem } from "./section";

/** A list as people read it: its name, who is on it and what to do, and the table it cannot do without. */
export interface ListSpec {
  key: FollowUpList;
  title: Labels;
  who: Labels;
  needs: TableName | null;
}

export const LISTS: readonly ListSpec[] = [
  {
    key: "silentNewMembers",
    title: { en: "Silent newcomers", zh: "沉默新人" },
    who: {
      en: "Joined this week and have not said a word since: welcome them.",
      zh: "本周入群、入群后还没发过言：发欢迎语。",
    },
    needs: "activity",
  },
  {
    key: "activeNotConverted",
    title: { en: "Active, not converted", zh: "活跃未转化" },
    who: {
      en: "Active this week and still in the community, no order yet: send the coupon.",
      zh: "本周活跃且仍在群内、还没有下过单：发优惠券。",
    },
    needs: "activity",
  },
  {
    key: "wentQuiet",
    title: { en: "Went quiet", zh: "沉默预警" },
    who: {
      en: "Active the week before, silent this week, still in the community: check in.",
      zh: "上周活跃、本周没有发言、仍在群内：问候一下。",
    },
    needs: "activity",
  },
  {
    key: "churned",
    title: { en: "Left this week", zh: "本周流失" },
    who: {
      en: "Left the community this week, by what they had spent.",
      zh: "本周退群的成员，按累计消费排序。",
    },
    needs: null,
  },
  {
    key: "topBuyers",
    title: { en: "Top buyers", zh: "本周高价值" },
    who: {
      en: "Ordered this week, by this week's GMV: thank them.",
      zh: "本周下过单，按本周GMV排序：致谢。",
    },
    needs: "orders",
  },
];

/** A members field's label, as the sidebar's preview names it: Member ID, Nickname, Group, Channel. */
const fieldLabel = (field: string): Labels => MEMBERS.fields.find((f) => f.name === field)!.label;

const memberColumn = (
  key: "memberId" | "name" | "group" | "channel",
  field: string,
): Column<FollowUpEntry> => {
  const { en, zh } = fieldLabel(field);
  return column<FollowUpEntry>(key, en, zh, "text");
};

/** An entry's columns: ids and names are text, kept as written. */
export const ENTRY_COLUMNS: readonly Column<FollowUpEntry>[] = [
  memberColumn("memberId", "member_id"),
  memberColumn("name", "name"),
  memberColumn("group", "group"),
  memberColumn("channel", "channel"),
  column<FollowUpEntry>("firstJoined", "First joined", "首次入群", "day"),
  column<FollowUpEntry>("lastActive", "Last active", "最近活跃", "day"),
  column<FollowUpEntry>("orders", "Orders so far", "累计订单数", "int"),
  { key: "gmv", en: "GMV so far", zh: "累计GMV", kind: "money", get: (e) => centsToYuan(e.gmvCents) },
];

/** topBuyers' entries end with the week's GMV (insights.md §13). */
export const TOP_BUYER_COLUMNS: readonly Column<FollowUpEntry>[] = [
  ...ENTRY_COLUMNS,
  {
    key: "weekGmv",
    en: "GMV this week",
    zh: "本周GMV",
    kind: "money",
    get: (e) => centsToYuan(e.weekGmvCents),
  },
];

export const columnsOf = (list: FollowUpList): readonly Column<FollowUpEntry>[] =>
  list === "topBuyers" ? TOP_BUYER_COLUMNS : ENTRY_COLUMNS;

/** A list's table id, unique in the report: followUp-silentNewMembers… (also its CSV file's name). */
export const listTableId = (list: FollowUpList): string => `followUp-${list}`;

const TITLE: Labels = { en: "Follow-up", zh: "跟进名单" };

/** "Silent newcomers (16)" / "沉默新人（16人）". */
export function listTitle(spec: ListSpec, count: number, lang: Lang): string {
  return lang === "zh" ? `${spec.title.zh}（${count}人）` : `${spec.title.en} (${count})`;
}

const weekText = (value: FollowUp): string => `${formatDay(value.weekStart)} – ${formatDay(value.weekEnd)}`;

/** A list's caption on the sheet: its title with its count, and who is on it (or the table it needs). */
function caption(value: FollowUp, spec: ListSpec, lang: Lang): string[] {
  const entries = value[spec.key];
  if (entries === null) {
    const table = tableLabel(spec.needs!, lang);
    return [spec.title[lang], lang === "zh" ? `需要${table}表才能列出。` : `Needs the ${table} table.`];
  }
  return [listTitle(spec, entries.length, lang), spec.who[lang]];
}

/** The focus week and each list's count, at the top of the side column. */
function countsBlock(value: FollowUp, lang: Lang): LabelBlock {
  return {
    id: "followUp-counts",
    title: [lang === "zh" ? "关注周" : "Focus week", weekText(value)],
    rows: LISTS.map((spec) => ({
      label: spec.title[lang],
      value: value[spec.key]?.length ?? null,
      kind: "int",
    })),
  };
}

/** The lists that could be made, as tables: the CLI prints and writes them, the sheet places them. */
function listTables(value: FollowUp, lang: Lang): LayoutTable[] {
  return LISTS.flatMap((spec) => {
    const entries = value[spec.key];
    if (entries === null) return [];
    const title = `${TITLE[lang]} ${weekText(value)} · ${listTitle(spec, entries.length, lang)}`;
    return [
      { ...tableOf(listTableId(spec.key), title, columnsOf(spec.key), entries, lang), sheet: TITLE[lang] },
    ];
  });
}

/**
 * An entry as JSON, with the keys and values rowJson would give it from columnsOf(list) (a test
 * holds them equal): written out, since a large report's lists are tens of thousands of entries,
 * and one object literal builds and stringifies in half the time of rowJson's column-by-column object.
 */
export function entryJson(entry: FollowUpEntry, list: FollowUpList): Record<string, unknown> {
  const json: Record<string, unknown> = {
    memberId: entry.memberId,
    name: entry.name,
    group: entry.group,
    channel: entry.channel,
    firstJoined: formatDay(entry.firstJoined),
    lastActive: entry.lastActive === null ? null : formatDay(entry.lastActive),
    orders: entry.orders,
    gmv: centsToYuan(entry.gmvCents),
  };
  if (list === "topBuyers") json.weekGmv = centsToYuan(entry.weekGmvCents);
  return json;
}

function followUpJson(value: FollowUp): Record<string, unknown> {
  const json: Record<string, unknown> = {
    weekStart: formatDay(value.weekStart),
    weekEnd: formatDay(value.weekEnd),
  };
  for (const list of FOLLOW_UP_LISTS) {
    json[list] = value[list]?.map((entry) => entryJson(entry, list)) ?? null;
  }
  return json;
}

const captionItem = (spec: ListSpec): TextItem<FollowUp | null> => ({
  kind: "text",
  id: spec.key,
  lines: (value, _base, lang) => caption(value!, spec, lang),
});

export const FOLLOW_UP: ReportSection<"followUp", FollowUp | null> = {
  id: "followUp",
  title: TITLE,
  compute: followUpOf,
  json: (value) => ({ followUp: value && followUpJson(value) }),
  tables: (value, lang) => (value ? listTables(value, lang) : []),
  sheet: {
    // Five tables one below the other: a frozen header would be the first list's only.
    freeze: "none",
    main: LISTS.flatMap((spec) => [captionItem(spec), listTableId(spec.key)]),
    sideFrom: "top",
    side: [
      { kind: "block", make: (value, _base, lang) => countsBlock(value!, lang) },
      { kind: "provenance" },
    ],
  },
};

import { beforeAll, describe, expect, it } from "vitest";
import { buildBundle } from "../server/harness";
import { openSheet } from "./sheets";

beforeAll(buildBundle);

describe("#ERROR! messages in the spreadsheet's language", () => {
  const zh = openSheet({ locale: "zh_CN" });
  const en = openSheet({ locale: "en_US" });

  it("name the function, the argument and the cell in Chinese for a zh spreadsheet", () => {
    expect(() => zh.fn.ACTIVE_RATE([[1], [2], [3]], [[4], [5], ["abc"]])).toThrow(
      'ACTIVE_RATE：total_members 第 3 行 是 "abc"，不是数字',
    );
    expect(() =>
      zh.fn.COMMUNITY_WEEKLY([
        ["member_id", "nickname"],
        ["u1", "Ann"],
      ]),
    ).toThrow(
      "COMMUNITY_WEEKLY：成员表：缺少 joined_at 列（找到的表头：member_id、nickname）；请将一列命名为 joined_at 或 join_date 或 入群时间",
    );
    expect(() =>
      zh.fn.COMMUNITY_DAILY(
        [
          ["member_id", "joined_at"],
          ["u1", "2024-12-02"],
        ],
        "",
        "",
        "2024-12-09",
        "2024-12-01",
      ),
    ).toThrow("COMMUNITY_DAILY：日期范围的开始 2024-12-09 晚于结束 2024-12-01");
    expect(() =>
      zh.fn.WOW_GROWTH([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow("WOW_GROWTH：current 是 2×2 的区域");
  });

  it("stay in English for any other locale", () => {
    expect(() => en.fn.ACTIVE_RATE([[1], [2], [3]], [[4], [5], ["abc"]])).toThrow(
      'ACTIVE_RATE: total_members row 3 is "abc", not a number',
    );
    expect(() =>
      en.fn.COMMUNITY_WEEKLY([
        ["member_id", "nickname"],
        ["u1", "Ann"],
      ]),
    ).toThrow(
      "COMMUNITY_WEEKLY: members: no joined_at column (headers found: member_id, nickname); name one joined_at or join_date or 入群时间",
    );
  });

  it("say that a range starting below its header row has dates where the headers should be", () => {
    const { fn, VmDate } = openSheet();
    expect(() => fn.COMMUNITY_PROBLEMS([["u1", new VmDate(Date.UTC(2024, 11, 2, 1))]])).toThrow(
      "COMMUNITY_PROBLEMS: members: no member_id column (headers found: u1, 2024-12-02T01:00:00.000Z); " +
        "name one member_id or member or 成员ID. The first row holds dates or numbers, not headers: " +
        "start the range at the table's header row",
    );
  });
});

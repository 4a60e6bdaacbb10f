// A deterministic large community for `npm run bench`: the same files on every machine.
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** mulberry32: a small seeded PRNG, so the data never changes between runs. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => (n < 10 ? `0${n}` : `${n}`);
const START = Date.UTC(2024, 5, 1);
/** Wall-clock text `YYYY-MM-DD HH:MM:SS` of a day offset and a second of the day. */
export function stamp(day, second) {
  const d = new Date(START + day * 86_400_000 + second * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * Members, activity and orders as rows (header first), cells as text, each table a generator:
 * read them in that order (they draw from one seeded sequence). `days` of history; activity and
 * orders pick members with a skew, as real groups have. Rows are made as they are read, so a
 * community of millions is written without holding it.
 */
export function communityRows({
  members = 100_000,
  activity = 600_000,
  orders = 35_000,
  days = 180,
  seed = 7,
} = {}) {
  const rnd = random(seed);
  const groups = ["VIP群", "福利1群", "福利2群", "Discord", "Telegram"];
  const channels = ["海报", "老带新", "公众号", "直播", "ad"];
  const joinDay = new Int32Array(members);
  const skewed = () => Math.floor(rnd() ** 2 * members);
  const after = (m) => joinDay[m] + Math.floor(rnd() * (days - joinDay[m]));
  const statuses = ["交易成功", "已支付", "", "已退款", "已取消"];
  return {
    *members() {
      yield ["成员ID", "群昵称", "入群时间", "退群时间", "所在群", "入群渠道"];
      for (let i = 0; i < members; i++) {
        const join = Math.floor(rnd() * days);
        joinDay[i] = join;
        const leaves = rnd() < 0.15;
        const leave = leaves ? Math.min(days, join + 1 + Math.floor(rnd() * 60)) : -1;
        yield [
          `wx${100000 + i}`,
          `成员${i}`,
          stamp(join, Math.floor(rnd() * 86_400)),
          leave < 0 ? "" : stamp(leave, Math.floor(rnd() * 86_400)),
          groups[Math.floor(rnd() * groups.length)],
          channels[Math.floor(rnd() * channels.length)],
        ];
      }
    },
    *activity() {
      yield ["member_id", "msgtime", "count"];
      for (let i = 0; i < activity; i++) {
        const m = skewed();
        yield [
          `wx${100000 + m}`,
          stamp(after(m), Math.floor(rnd() * 86_400)),
          String(1 + Math.floor(rnd() * 5)),
        ];
      }
    },
    *orders() {
      yield ["订单号", "买家ID", "支付时间", "实付金额", "订单状态"];
      for (let i = 0; i < orders; i++) {
        const m = skewed();
        yield [
          `SO${1_000_000 + i}`,
          `wx${100000 + m}`,
          stamp(after(m), Math.floor(rnd() * 86_400)),
          (Math.floor(rnd() * 200_000) / 100).toFixed(2),
          statuses[Math.floor(rnd() ** 3 * statuses.length)],
        ];
      }
    },
  };
}

/** The community of communityRows as row arrays, for the benches that pass cells, not files. */
export function generateCommunity(options = {}) {
  const rows = communityRows(options);
  const members = [...rows.members()];
  const activity = [...rows.activity()];
  return { members, activity, orders: [...rows.orders()] };
}

const csvCell = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/**
 * Writes the community as CSV files once (cached in the temp folder `name`, which must change
 * with the options); returns their paths.
 */
export function communityFiles(options = {}, name = "community-funnel-bench-v1") {
  const dir = join(tmpdir(), name);
  const paths = {
    members: join(dir, "members.csv"),
    activity: join(dir, "activity.csv"),
    orders: join(dir, "orders.csv"),
  };
  if (Object.values(paths).every((p) => existsSync(p))) return paths;
  mkdirSync(dir, { recursive: true });
  const rows = communityRows(options);
  // In table order (the rows draw from one sequence), each file in pieces of 10,000 rows.
  for (const table of ["members", "activity", "orders"]) {
    const file = openSync(paths[table], "w");
    let piece = [];
    for (const row of rows[table]()) {
      piece.push(row.map(csvCell).join(","));
      if (piece.length === 10_000) {
        writeSync(file, `${piece.join("\n")}\n`);
        piece = [];
      }
    }
    writeSync(file, piece.length > 0 ? `${piece.join("\n")}\n` : "");
    closeSync(file);
  }
  return paths;
}

// A deterministic large community for `npm run bench`: the same files on every machine.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
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
 * Members, activity and orders as row arrays (header first), cells as text.
 * `days` of history; activity and orders pick members with a skew, as real groups have.
 */
export function generateCommunity({
  members = 100_000,
  activity = 600_000,
  orders = 35_000,
  days = 180,
  seed = 7,
} = {}) {
  const rnd = random(seed);
  const groups = ["VIP群", "福利1群", "福利2群", "Discord", "Telegram"];
  const channels = ["海报", "老带新", "公众号", "直播", "ad"];
  const memberRows = [["成员ID", "群昵称", "入群时间", "退群时间", "所在群", "入群渠道"]];
  const joinDay = new Int32Array(members);
  for (let i = 0; i < members; i++) {
    const join = Math.floor(rnd() * days);
    joinDay[i] = join;
    const leaves = rnd() < 0.15;
    const leave = leaves ? Math.min(days, join + 1 + Math.floor(rnd() * 60)) : -1;
    memberRows.push([
      `wx${100000 + i}`,
      `成员${i}`,
      stamp(join, Math.floor(rnd() * 86_400)),
      leave < 0 ? "" : stamp(leave, Math.floor(rnd() * 86_400)),
      groups[Math.floor(rnd() * groups.length)],
      channels[Math.floor(rnd() * channels.length)],
    ]);
  }
  const skewed = () => Math.floor(rnd() ** 2 * members);
  const after = (m) => joinDay[m] + Math.floor(rnd() * (days - joinDay[m]));
  const activityRows = [["member_id", "msgtime", "count"]];
  for (let i = 0; i < activity; i++) {
    const m = skewed();
    activityRows.push([
      `wx${100000 + m}`,
      stamp(after(m), Math.floor(rnd() * 86_400)),
      String(1 + Math.floor(rnd() * 5)),
    ]);
  }
  const statuses = ["交易成功", "已支付", "", "已退款", "已取消"];
  const orderRows = [["订单号", "买家ID", "支付时间", "实付金额", "订单状态"]];
  for (let i = 0; i < orders; i++) {
    const m = skewed();
    orderRows.push([
      `SO${1_000_000 + i}`,
      `wx${100000 + m}`,
      stamp(after(m), Math.floor(rnd() * 86_400)),
      (Math.floor(rnd() * 200_000) / 100).toFixed(2),
      statuses[Math.floor(rnd() ** 3 * statuses.length)],
    ]);
  }
  return { members: memberRows, activity: activityRows, orders: orderRows };
}

const csvCell = (c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

/** Writes the community as CSV files once (cached in the temp folder); returns their paths. */
export function communityFiles(options = {}) {
  const dir = join(tmpdir(), "community-funnel-bench-v1");
  const paths = {
    members: join(dir, "members.csv"),
    activity: join(dir, "activity.csv"),
    orders: join(dir, "orders.csv"),
  };
  if (Object.values(paths).every((p) => existsSync(p))) return paths;
  mkdirSync(dir, { recursive: true });
  const data = generateCommunity(options);
  for (const [table, rows] of Object.entries(data)) {
    writeFileSync(paths[table], `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`);
  }
  return paths;
}

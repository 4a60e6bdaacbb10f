/** Calendar days as integers and the time-zone arithmetic behind them (Intl only, no bundled tz data). */
import { daysFromCivil } from "../shared/days";
import type { Day } from "./types";

export {
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  FIRST_DAY,
  formatDay,
  isValidCivil,
  LAST_DAY,
  parseDay,
  weekStartOf,
} from "../shared/days";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
// Read once: where the bundle runs in node:vm (tests, the bench) every global lookup is slow.
const { floor } = Math;

/** The options ZoneClock reads instants with: every field of a wall-clock time. */
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  era: "short",
};

function formatIn(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en-US", { ...options, timeZone });
  } catch {
    throw new RangeError(
      `unknown time zone "${timeZone}" (use an IANA name such as Asia/Shanghai, or an offset such as GMT+08:00)`,
    );
  }
}

/** GMT or UTC, a sign, 1–2 digits of hours and optionally 2 of minutes, with or without a colon. */
const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * The offset (ms) of a zone written as a fixed offset from UTC, as Sheets reports a custom zone
 * (`GMT+08:00`) and Java reads custom ids (`GMT+8`, `GMT-0530`; hours to 23, minutes to 59), or
 * written with UTC; null for any other name. Intl rejects these, and needs no asking for them.
 * (`Etc/GMT-8` is an IANA name Intl knows, with POSIX's inverted sign: it is UTC+8.)
 * @example fixedOffsetOf("GMT-05:30") //=> -19800000
 */
export function fixedOffsetOf(timeZone: string): number | null {
  const match = FIXED_OFFSET.exec(timeZone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 23 || minutes > 59) return null;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** Intl's canonical zone names; empty where the runtime cannot list them. */
let listedZones: Set<string> | null = null;

/**
 * Throws a RangeError naming the zone when Intl does not know it. A listed name is known
 * without asking Intl to format in it, which loads the zone's data (~15 ms, before the CLI
 * can start reading); aliases and unknown names are still tried.
 */
export function assertTimeZone(timeZone: string): void {
  listedZones ??= new Set(
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [],
  );
  if (!listedZones.has(timeZone) && fixedOffsetOf(timeZone) === null) formatIn(timeZone, {});
}

/**
 * Maps instants to calendar days in one zone. Offsets are cached per UTC hour: a zone's
 * offset changes at most once within an hour, so where the offsets at both ends of an hour
 * agree they hold for the whole hour, and Intl is asked once per hour instead of once per row.
 *
 * Intl is first asked at the first instant: loading its zone data costs a thread ~25 ms, and
 * exports whose times are wall-clock text need no zone at all. So an unknown zone throws
 * (with the message of assertTimeZone) only once an instant needs it; the report itself
 * checks its zone up front (checkOptions), and so does the CLI for --tz.
 */
export class ZoneClock {
  private format: Intl.DateTimeFormat | null = null;
  private readonly offsets = new Map<number, number>();
  /** The offset of a fixed-offset zone (GMT+08:00), which Intl does not know; null for IANA names. */
  private readonly fixed: number | null;

  constructor(readonly timeZone: string) {
    this.fixed = fixedOffsetOf(timeZone);
  }

  /** The calendar day of an instant (ms since the epoch) in this zone. */
  dayOf(ms: number): Day {
    return floor((ms + this.offsetAt(ms)) / MS_PER_DAY);
  }

  /** The instant (ms) of local midnight starting `day` in this zone. */
  startOfDay(day: Day): number {
    const wall = day * MS_PER_DAY;
    // Two passes settle the offset even next to a transition.
    let ms = wall - this.offsetAt(wall);
    ms = wall - this.offsetAt(ms);
    return this.dayOf(ms) === day ? ms : ms + MS_PER_HOUR;
  }

  /** Offset of local wall-clock time from UTC in ms at an instant. */
  offsetAt(ms: number): number {
    const hour = floor(ms / MS_PER_HOUR);
    const start = this.hourOffset(hour);
    if (start === this.hourOffset(hour + 1)) return start;
    return this.exactOffset(ms);
  }

  private hourOffset(hour: number): number {
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = this.exactOffset(hour * MS_PER_HOUR);
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  private exactOffset(ms: number): number {
    if (this.fixed !== null) return this.fixed;
    const whole = floor(ms / 1000) * 1000;
    const parts: Record<string, string> = {};
    this.format ??= formatIn(this.timeZone, WALL_CLOCK);
    for (const p of this.format.formatToParts(whole)) parts[p.type] = p.value;
    const year = parts.era === "BC" || parts.era === "B" ? 1 - Number(parts.year) : Number(parts.year);
    const local =
      daysFromCivil(year, Number(parts.month), Number(parts.day)) * MS_PER_DAY +
      Number(parts.hour) * MS_PER_HOUR +
      Number(parts.minute) * 60_000 +
      Number(parts.second) * 1000;
    return local - whole;
  }
}

/** The machine's own zone, the CLI's default. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/**
 * Utilities.formatDate: Java SimpleDateFormat patterns ("yyyy-MM-dd'T'HH:mm:ssXXX"), which are
 * case-sensitive (MM month, mm minute) unlike Sheets number formats. Letters the stand-in does
 * not support throw rather than being printed wrongly.
 */

import { DAY_NAMES, MONTH_NAMES, offsetMinutesAt, pad, type WallClock, wallClockAt } from "./dates";

function formatOffset(minutes: number, letter: "Z" | "X", width: number): string {
  if (letter === "X" && minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const hours = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const mins = pad(Math.abs(minutes) % 60, 2);
  if (letter === "Z") return `${sign}${hours}${mins}`;
  if (width === 1) return `${sign}${hours}`;
  return width === 2 ? `${sign}${hours}${mins}` : `${sign}${hours}:${mins}`;
}

function formatField(letter: string, width: number, clock: WallClock, offsetMinutes: number): string {
  switch (letter) {
    case "y":
      return width === 2 ? pad(clock.year % 100, 2) : pad(clock.year, width);
    case "M":
      if (width >= 4) return MONTH_NAMES[clock.month - 1];
      if (width === 3) return MONTH_NAMES[clock.month - 1].slice(0, 3);
      return pad(clock.month, width);
    case "d":
      return pad(clock.day, width);
    case "E":
      return width >= 4 ? DAY_NAMES[clock.weekday] : DAY_NAMES[clock.weekday].slice(0, 3);
    case "H":
      return pad(clock.hour, width);
    case "k":
      return pad(clock.hour === 0 ? 24 : clock.hour, width);
    case "h":
      return pad(((clock.hour + 11) % 12) + 1, width);
    case "K":
      return pad(clock.hour % 12, width);
    case "m":
      return pad(clock.minute, width);
    case "s":
      return pad(clock.second, width);
    case "S":
      return pad(clock.millisecond, width);
    case "a":
      return clock.hour < 12 ? "AM" : "PM";
    case "u":
      return pad(clock.weekday === 0 ? 7 : clock.weekday, width);
    case "Z":
      return formatOffset(offsetMinutes, "Z", width);
    case "X":
      if (width > 3) break;
      return formatOffset(offsetMinutes, "X", width);
  }
  throw new Error(`Apps Script stand-in: Utilities.formatDate pattern letter "${letter}" is not implemented`);
}

/** Formats the instant `ms` in `timeZone` with a SimpleDateFormat pattern. */
export function formatSimpleDate(ms: number, timeZone: string, pattern: string): string {
  const clock = wallClockAt(ms, timeZone);
  const offsetMinutes = offsetMinutesAt(ms, timeZone);
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      // 'quoted text'; '' is a literal apostrophe, inside or outside quotes.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      if (j >= pattern.length) throw new Error(`Unterminated quote in date pattern: ${pattern}`);
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += formatField(ch, j - i, clock, offsetMinutes);
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

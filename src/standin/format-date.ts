/**
 * Rendering a wall clock with a Sheets date/time format ("yyyy-mm-dd hh:mm", "m/d/yy", "h:mm AM/PM").
 * Sheets codes are case-insensitive, and "m" means minutes right after an hour or before seconds.
 */

import { DAY_NAMES, MONTH_NAMES, pad, type WallClock } from "./dates";
import type { FormatPiece } from "./format-pattern";

type DateToken =
  | { kind: "literal"; text: string }
  | { kind: "year" | "month" | "minute" | "day" | "hour" | "second"; width: number }
  | { kind: "fraction"; width: number }
  | { kind: "meridiem"; short: boolean };

const CODE = /^(?:am\/pm|a\/p|\.0+|y+|m+|d+|h+|s+)/i;

function tokenize(pieces: readonly FormatPiece[]): DateToken[] {
  const tokens: DateToken[] = [];
  for (const piece of pieces) {
    if (piece.literal) {
      tokens.push({ kind: "literal", text: piece.text });
      continue;
    }
    let rest = piece.text;
    while (rest !== "") {
      const match = CODE.exec(rest);
      if (!match) {
        tokens.push({ kind: "literal", text: rest[0] });
        rest = rest.slice(1);
        continue;
      }
      const code = match[0].toLowerCase();
      rest = rest.slice(code.length);
      if (code === "am/pm" || code === "a/p") tokens.push({ kind: "meridiem", short: code === "a/p" });
      else if (code.startsWith(".")) tokens.push({ kind: "fraction", width: code.length - 1 });
      else {
        const kinds = { y: "year", m: "month", d: "day", h: "hour", s: "second" } as const;
        tokens.push({ kind: kinds[code[0] as keyof typeof kinds], width: code.length });
      }
    }
  }
  // "m" after an hour or before a second is minutes (literals between them do not matter).
  const fieldIndexes = tokens.flatMap((token, i) => (token.kind === "literal" ? [] : [i]));
  return tokens.map((token, i): DateToken => {
    if (token.kind !== "month" || token.width > 2) return token;
    const at = fieldIndexes.indexOf(i);
    const before = at > 0 ? tokens[fieldIndexes[at - 1]] : undefined;
    const after = at + 1 < fieldIndexes.length ? tokens[fieldIndexes[at + 1]] : undefined;
    return before?.kind === "hour" || after?.kind === "second"
      ? { kind: "minute", width: token.width }
      : token;
  });
}

function renderToken(token: DateToken, clock: WallClock, twelveHour: boolean): string {
  switch (token.kind) {
    case "literal":
      return token.text;
    case "year":
      return token.width <= 2 ? pad(clock.year % 100, 2) : String(clock.year);
    case "month":
      if (token.width === 1) return String(clock.month);
      if (token.width === 2) return pad(clock.month, 2);
      if (token.width === 3) return MONTH_NAMES[clock.month - 1].slice(0, 3);
      if (token.width === 4) return MONTH_NAMES[clock.month - 1];
      return MONTH_NAMES[clock.month - 1][0];
    case "minute":
      return token.width === 1 ? String(clock.minute) : pad(clock.minute, 2);
    case "day":
      if (token.width === 1) return String(clock.day);
      if (token.width === 2) return pad(clock.day, 2);
      if (token.width === 3) return DAY_NAMES[clock.weekday].slice(0, 3);
      return DAY_NAMES[clock.weekday];
    case "hour": {
      const hour = twelveHour ? ((clock.hour + 11) % 12) + 1 : clock.hour;
      return token.width === 1 ? String(hour) : pad(hour, 2);
    }
    case "second":
      return token.width === 1 ? String(clock.second) : pad(clock.second, 2);
    case "fraction":
      return `.${pad(clock.millisecond, 3).slice(0, token.width).padEnd(token.width, "0")}`;
    case "meridiem": {
      const pm = clock.hour >= 12;
      return token.short ? (pm ? "P" : "A") : pm ? "PM" : "AM";
    }
  }
}

/** Renders `clock` with one section of a date/time format. */
export function formatWallClock(clock: WallClock, pieces: readonly FormatPiece[]): string {
  const tokens = tokenize(pieces);
  const twelveHour = tokens.some((t) => t.kind === "meridiem");
  return tokens.map((token) => renderToken(token, clock, twelveHour)).join("");
}

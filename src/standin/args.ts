/**
 * Argument checks. Apps Script validates arguments against the method signature before doing
 * anything; a script passing "3" or 2.5 where an Integer is due is a bug the stand-in must surface.
 */

export function requireInteger(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new Error(`Invalid argument: ${name} must be an integer, got ${String(value)}`);
  }
  return value;
}

export function requireString(value: unknown, name: string): string {
  if (typeof value !== "string")
    throw new Error(`Invalid argument: ${name} must be a string, got ${String(value)}`);
  return value;
}

export function requireBoolean(value: unknown, name: string): boolean {
  if (typeof value !== "boolean")
    throw new Error(`Invalid argument: ${name} must be a boolean, got ${String(value)}`);
  return value;
}

/** A string, or null to reset (how Apps Script setters such as setBackground take colours). */
export function optionalString(value: unknown, name: string): string | null {
  return value === null ? null : requireString(value, name);
}

/** A string from a fixed set (case-insensitive), or null to reset. */
export function oneOfOrNull<T extends string>(value: unknown, allowed: readonly T[], name: string): T | null {
  if (value === null) return null;
  const lower = typeof value === "string" ? value.toLowerCase() : value;
  const match = allowed.find((option) => option === lower);
  if (match === undefined) {
    throw new Error(`Invalid argument: ${name} must be one of ${allowed.join(", ")}, got ${String(value)}`);
  }
  return match;
}

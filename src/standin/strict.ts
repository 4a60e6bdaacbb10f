/**
 * Strict facades: every object the stand-in hands to Apps Script code is wrapped so that a method the
 * stand-in does not implement fails loudly (naming the class and method) instead of returning
 * `undefined` and letting a test pass against behaviour real Apps Script would not have.
 */

/** Call counts for the Spreadsheet-side classes, keyed "Class.method" (e.g. "Range.setValues"). */
export interface CallLog {
  total: number;
  byMethod: Record<string, number>;
}

export function createCallLog(): CallLog {
  return { total: 0, byMethod: {} };
}

export function recordCall(log: CallLog, name: string): void {
  log.total += 1;
  log.byMethod[name] = (log.byMethod[name] ?? 0) + 1;
}

export function resetCallLog(log: CallLog): void {
  log.total = 0;
  for (const key of Object.keys(log.byMethod)) delete log.byMethod[key];
}

/**
 * The names a real Apps Script class has. A method table declared `satisfies ApiOf<RealClass>`
 * cannot contain a misspelt method, without tying our implementations to the typings' signatures.
 */
export type ApiOf<T> = { [K in keyof T]?: unknown };

export interface StrictOptions {
  /** Count calls of this object's methods in the log (Spreadsheet, Sheet, Range, charts, metadata). */
  calls?: CallLog;
  /** Runs before every method, given its "Class.method" name: rejects use of a deleted sheet, say. */
  guard?: (method: string) => void;
}

/**
 * Keys that test tooling (vitest's pretty-format, chai's inspector, Promise resolution, JSON) probes
 * on arbitrary objects. Real Apps Script objects answer undefined for them, so must we, or merely
 * printing a facade in a failed assertion would throw. None is an Apps Script method name.
 */
const PROBED_KEYS: ReadonlySet<string> = new Set([
  "then",
  "toJSON",
  "inspect",
  "nodeType",
  "nodeName",
  "tagName",
  "asymmetricMatch",
]);

function isProbe(key: string): boolean {
  return PROBED_KEYS.has(key) || key.startsWith("_") || key.startsWith("$") || key.startsWith("@@");
}

export function notImplemented(className: string, member: string): Error {
  return new Error(`Apps Script stand-in: ${className}.${member} is not implemented`);
}

/**
 * Wraps a table of methods (and enum-like constants) as a strict Apps Script object of class
 * `className`. Unknown string keys throw; symbol keys and tooling probes read as undefined;
 * assignments throw because Apps Script objects are not extensible by scripts.
 */
export function strictObject<T extends object>(
  className: string,
  members: T,
  options: StrictOptions = {},
): T {
  const target: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(members)) {
    target[key] = typeof member === "function" ? wrapMethod(className, key, member, options) : member;
  }
  // String(range) is "Range" in Apps Script; also keeps template literals from hitting the trap.
  if (!Object.hasOwn(target, "toString")) {
    Object.defineProperty(target, "toString", { value: (): string => className, enumerable: false });
  }

  const handler: ProxyHandler<Record<string, unknown>> = {
    get(obj, key) {
      if (typeof key === "symbol") return undefined;
      if (Object.hasOwn(obj, key) || key in Object.prototype) return Reflect.get(obj, key);
      if (isProbe(key)) return undefined;
      throw notImplemented(className, key);
    },
    set(_obj, key) {
      throw new Error(`Apps Script stand-in: cannot assign ${className}.${String(key)}`);
    },
    defineProperty(_obj, key) {
      throw new Error(`Apps Script stand-in: cannot define ${className}.${String(key)}`);
    },
    deleteProperty(_obj, key) {
      throw new Error(`Apps Script stand-in: cannot delete ${className}.${String(key)}`);
    },
  };
  return new Proxy(target, handler) as T;
}

// The Proxy boundary: methods arrive with their own precise signatures and are re-exposed unchanged.
// biome-ignore lint/suspicious/noExplicitAny: arguments pass through untouched to the typed method.
type AnyMethod = (...args: any[]) => unknown;

function wrapMethod(className: string, name: string, method: AnyMethod, options: StrictOptions): AnyMethod {
  const { calls, guard } = options;
  if (!calls && !guard) return method;
  const qualified = `${className}.${name}`;
  return (...args) => {
    if (calls) recordCall(calls, qualified);
    guard?.(qualified);
    return method(...args);
  };
}

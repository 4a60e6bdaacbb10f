/**
 * Which top-level functions of Code.js the playground may call, read from the bundle's text the way
 * Apps Script itself decides: top-level `function NAME(` declarations are callable through
 * google.script.run unless NAME ends with "_" (Apps Script's private marker), and those whose JSDoc
 * says `@customfunction` are the ones Sheets offers in formulas.
 */

export interface BundleNames {
  /** Callable through google.script.run. */
  serverFunctions: string[];
  /** Usable in formulas, in the order Code.js declares them. */
  customFunctions: string[];
}

// The generated stubs start at column 0; functions inside the IIFE are indented and so not matched.
const TOP_LEVEL_FUNCTION = /^function\s+([A-Za-z_$][\w$]*)\s*\(/gm;
const DOC_THEN_FUNCTION = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;

export function readBundleNames(code: string): BundleNames {
  const declared = [...code.matchAll(TOP_LEVEL_FUNCTION)].map((match) => match[1]);
  const custom = new Set(
    [...code.matchAll(DOC_THEN_FUNCTION)]
      .filter((match) => /@customfunction\b/.test(match[1]))
      .map((match) => match[2]),
  );
  return {
    serverFunctions: declared.filter((name) => !name.endsWith("_")),
    customFunctions: declared.filter((name) => custom.has(name)),
  };
}

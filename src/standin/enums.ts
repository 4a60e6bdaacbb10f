/** Apps Script enums as frozen objects whose values are their names ("COLUMN", "OK"). */
export function enumOf<const T extends string>(names: readonly T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [K in T]: K };
}

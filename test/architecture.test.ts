/**
 * The layers of docs/architecture.md, checked on the sources and the built files: what may import
 * what, and what the sidebar's bundle must not carry.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { INPUT_TABLES } from "../src/core/inputs";
import { SECTIONS } from "../src/core/sections";
import type { SectionPart } from "../src/core/sections/multi-table";
import type { TableSection } from "../src/core/sections/section";
import { buildBundle } from "./server/harness";

const ROOT = join(import.meta.dirname, "..");
const SRC = join(ROOT, "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Each import of a file: the folder of src/ it reaches, and whether it is type-only. */
function importsOf(file: string): { layer: string; typeOnly: boolean; text: string }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)";/gms)].map((m) => {
    const target = relative(SRC, join(file, "..", m[2]));
    return { layer: target.split("/")[0], typeOnly: Boolean(m[1]), text: m[0] };
  });
}

const layerFiles = (layer: string): string[] => sources(join(SRC, layer));

describe("the layers", () => {
  it("the engine (src/core) imports nothing but itself and src/shared", () => {
    for (const file of layerFiles("core")) {
      for (const i of importsOf(file))
        expect(["core", "shared"], `${relative(ROOT, file)}: ${i.text}`).toContain(i.layer);
    }
  });

  it("src/shared imports no runtime value from the engine, the server or the sidebar", () => {
    for (const file of layerFiles("shared")) {
      for (const i of importsOf(file)) {
        if (i.layer !== "shared") expect(i.typeOnly, `${relative(ROOT, file)}: ${i.text}`).toBe(true);
      }
    }
  });

  it("the sidebar imports no runtime value from the server or the engine", () => {
    for (const file of layerFiles("sidebar")) {
      for (const i of importsOf(file)) {
        if (i.layer === "server" || i.layer === "core") {
          expect(i.typeOnly, `${relative(ROOT, file)}: ${i.text}`).toBe(true);
        }
      }
    }
  });
});

describe("the built sidebar", () => {
  beforeAll(buildBundle);

  it("carries none of the engine's header aliases or report column labels", () => {
    const html = readFileSync(join(ROOT, "dist", "Sidebar.html"), "utf8");
    // Aliases that are no word of the sidebar's own (member_account, 入群时间戳, …).
    const aliases = INPUT_TABLES.flatMap((t) => t.fields.flatMap((f) => f.aliases)).filter(
      (a) => a.includes("_") || /^[\u4e00-\u9fff]{4,}$/.test(a),
    );
    const labels = SECTIONS.flatMap((s) =>
      "columns" in s
        ? (s as TableSection<string, unknown>).columns
        : "parts" in s
          ? Object.values(s.parts as Record<string, SectionPart<unknown>>).flatMap((p) => p.columns)
          : [],
    )
      .flatMap((c) => [c.en, c.zh])
      .filter((label) => label.length >= 6);
    expect(aliases.length).toBeGreaterThan(20);
    expect(labels.length).toBeGreaterThan(20);
    for (const text of [...aliases, ...labels]) expect(html.includes(text), text).toBe(false);
  });
});

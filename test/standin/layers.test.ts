import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "..", "..", "src", "standin");

/** Every `import … from "./x"` and `export … from "./x"` of a module, type-only ones included. */
function localImports(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"\.\/([^"]+)"/gms)) {
    found.add(match[1].replace(/\.ts$/, ""));
  }
  return [...found];
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((name) => name.endsWith(".ts"))) {
    graph.set(file.replace(/\.ts$/, ""), localImports(readFileSync(join(DIR, file), "utf8")));
  }
  return graph;
}

/** The first import cycle found, as the modules along it ("a → b → a"), or null. */
function findCycle(graph: Map<string, string[]>): string | null {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (module: string): string | null => {
    if (state.get(module) === "done") return null;
    if (state.get(module) === "open") return [...path.slice(path.indexOf(module)), module].join(" → ");
    state.set(module, "open");
    path.push(module);
    for (const next of graph.get(module) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(module, "done");
    return null;
  };
  for (const module of graph.keys()) {
    const cycle = visit(module);
    if (cycle) return cycle;
  }
  return null;
}

describe("the stand-in's modules", () => {
  it("import each other without a cycle, type-only imports included", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(20);
    expect(graph.get("standin")).toContain("strict");
    expect(findCycle(graph)).toBeNull();
  });

  it("keep the models below the facades: no model imports a facade", () => {
    const graph = importGraph();
    const facades = ["range", "sheet", "spreadsheet", "charts", "metadata"];
    for (const model of ["grid", "sheet-model", "spreadsheet-model", "chart-model", "context"]) {
      expect(graph.get(model), model).toBeDefined();
      expect(
        graph.get(model)!.filter((module) => facades.includes(module)),
        model,
      ).toEqual([]);
    }
  });

  describe("edge cases", () => {
    it("the cycle finder names a cycle of type-only imports", () => {
      const graph = new Map([
        ["a", localImports('import type { B } from "./b";\nimport { x } from "./x";')],
        ["b", localImports('export {\n  type A,\n} from "./a";')],
        ["x", []],
      ]);
      expect(findCycle(graph)).toBe("a → b → a");
    });
  });
});

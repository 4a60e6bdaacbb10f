// Top-level stubs for Apps Script: Sheets, google.script.run and triggers only see top-level
// function declarations, so each export of the bundle's entry gets one, with the source's
// JSDoc (the @customfunction help Sheets shows) and real parameter names.
import ts from "typescript";

/** Reads the entry's exported functions: name, parameter names and JSDoc text. */
export function exportedFunctions(entry, tsconfig = "tsconfig.json") {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const program = ts.createProgram([entry], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`stubs: cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const functions = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!decl) continue;
    const text = decl.getSourceFile().getFullText();
    const jsdoc = (ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [])
      .filter((r) => text.slice(r.pos, r.pos + 3) === "/**")
      .map((r) => text.slice(r.pos, r.end))
      .pop();
    functions.push({
      name: exported.name,
      params: decl.parameters.map((p) => p.name.getText()),
      jsdoc: jsdoc ?? "",
    });
  }
  return functions;
}

/** `function NAME(a, b) { return GLOBAL.NAME(a, b); }` with its JSDoc, one per function. */
export function renderStubs(functions, globalName) {
  return functions
    .map(({ name, params, jsdoc }) => {
      const doc = jsdoc ? `${jsdoc.replace(/^[ \t]+\*/gm, " *")}\n` : "";
      const args = params.join(", ");
      return `${doc}function ${name}(${args}) {\n  return ${globalName}.${name}(${args});\n}\n`;
    })
    .join("\n");
}

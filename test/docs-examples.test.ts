/**
 * Every export of every public entry point has a doc comment with an `@example`, and every example runs.
 *
 * Entry points come from package.json `exports`: "." is `src/index.ts`, "./name" is `src/name/index.ts`.
 * An expression statement followed by a comment `//=> value` (on its line or the next) becomes an assertion that
 * the expression deep-equals the value.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { checker, entryKeys, fileOf, program, root } from "./support/entry-points.js";

const entries = entryKeys.map(fileOf);

interface Documented {
  readonly entry: string;
  readonly name: string;
  readonly examples: readonly string[];
  readonly file: string;
}

function collect(): Documented[] {
  const out: Documented[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    if (!source) throw new Error(`entry point not found: ${entry}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (let symbol of checker.getExportsOfModule(moduleSymbol)) {
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declarations = symbol.getDeclarations() ?? [];
      const examples: string[] = [];
      let file = "";
      for (const declaration of declarations) {
        file = declaration.getSourceFile().fileName;
        for (const tag of ts.getJSDocTags(declaration)) {
          if (tag.tagName.text === "example") {
            const text = typeof tag.comment === "string" ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? "");
            examples.push(text);
          }
        }
        // A `const x = …` keeps its doc comment on the variable statement.
        if (ts.isVariableDeclaration(declaration)) {
          for (const tag of ts.getJSDocTags(declaration.parent.parent)) {
            if (tag.tagName.text === "example") {
              const text =
                typeof tag.comment === "string" ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? "");
              if (!examples.includes(text)) examples.push(text);
            }
          }
        }
      }
      out.push({ entry, name: symbol.getName(), examples, file });
    }
  }
  return out;
}

/** Turn an example into a module whose `//=>` comments are assertions. */
function instrument(example: string): string {
  const fenced = /```(?:ts|typescript|js)?\n([\s\S]*?)```/.exec(example);
  const code = (fenced ? fenced[1] : example) ?? "";
  const sourceFile = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) {
      // `expression; //=> value` on the same line is a trailing comment; `//=> value` on the next line a leading one.
      const comment =
        ts.getTrailingCommentRanges(code, node.end)?.[0] ?? ts.getLeadingCommentRanges(code, node.end)?.[0];
      const text = comment ? code.slice(comment.pos, comment.end) : "";
      const expected = /^\/\/=>\s*(.+)$/.exec(text)?.[1];
      if (expected !== undefined) {
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const expression = node.expression.getText(sourceFile);
        edits.push({
          start: node.getStart(),
          end: node.end,
          text: `__check(() => (${expression}), () => (${expected}), ${line});`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return `import { __check } from "${join(root, "test/support/check.ts")}";\n${out}\n`;
}

const documented = collect();
const workDir = join(root, ".tmp", "examples");
mkdirSync(workDir, { recursive: true });
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("public API documentation", () => {
  it("finds the exports of every entry point", () => {
    expect(documented.length).toBeGreaterThan(10);
  });

  // A type inferred from a schema (`Target` from `TargetSchema`) is shown by the schema's example.
  const withExamples = new Set(documented.filter((d) => d.examples.length > 0).map((d) => d.name));
  it.each(documented.map((d) => [d.name, d] as const))("%s has an @example", (_name, d) => {
    const covered = d.examples.length > 0 || withExamples.has(`${d.name}Schema`);
    expect(covered, `${d.name} (${d.file}) has no @example`).toBe(true);
  });

  it.each([
    ["on the same line", "const a = 1 + 1;\na; //=> 3\n"],
    ["on the next line", "const a = 1 + 1;\na;\n//=> 3\n"],
  ])("turns a false //=> %s into a failure (the checker checks)", async (label, code) => {
    const file = join(workDir, `self-check-${label.replace(/\W+/g, "-")}.ts`);
    writeFileSync(file, instrument(`\`\`\`ts\n${code}\`\`\``));
    await expect(import(/* @vite-ignore */ file)).rejects.toThrow(/example line 2/);
  });

  const runnable = documented.flatMap((d) => d.examples.map((example, i) => [`${d.name} #${i + 1}`, example] as const));
  it.each(runnable)("example of %s runs and its //=> values hold", async (label, example) => {
    const file = join(workDir, `${label.replace(/[^a-zA-Z0-9]+/g, "_")}.ts`);
    writeFileSync(file, instrument(example));
    await import(/* @vite-ignore */ file);
  });
});

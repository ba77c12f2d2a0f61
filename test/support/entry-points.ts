/**
 * The package's entry points (package.json `exports`, file patterns and package.json itself left out) and one
 * TypeScript program over their sources, shared by the tests that read the public API.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";

export const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> };

/** The entry point keys: ".", "./io", "./report". */
export const entryKeys: readonly string[] = Object.keys(pkg.exports)
  // Entry points of code only: file patterns ("./data/*.txt", "./*.html") and package.json are files.
  .filter((key) => key === "." || /^\.\/[a-z-]+$/.test(key));

/** The source file of an entry point: "." is src/index.ts, "./name" is src/name/index.ts. */
export const fileOf = (key: string): string =>
  key === "." ? join(root, "src/index.ts") : join(root, "src", key.slice(2), "index.ts");

export const program = ts.createProgram(entryKeys.map(fileOf), {
  strict: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  noEmit: true,
});
export const checker = program.getTypeChecker();

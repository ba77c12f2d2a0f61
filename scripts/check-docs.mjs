#!/usr/bin/env node
// Docs check: typedoc over every entry point with warnings as errors and `validation.notDocumented`,
// emitting nothing. (Examples are checked and run by test/docs-examples.test.ts.)
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
try {
  execFileSync(join(root, "node_modules", ".bin", "typedoc"), ["--emit", "none", "--disableSources"], {
    cwd: root,
    stdio: "inherit",
  });
} catch {
  console.error("docs check failed: see typedoc's messages above");
  process.exitCode = 1;
}

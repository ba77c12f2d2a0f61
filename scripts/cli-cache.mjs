#!/usr/bin/env node
// Finish the CLI bundle that tsup wrote, dist/cli-bundle.cjs, and write its code cache, dist/cli-bundle.cache
// (src/cli/script.ts). Run by `npm run build` after tsup.
//
// 1. The bundle is made pure ASCII: esbuild escapes non-ASCII characters in strings but leaves them in regular
//    expression literals and comments, and Node decodes a file with any non-ASCII character about twice as slowly
//    (6 ms of a cold start here for the 1.1 MB bundle). Each UTF-16 code unit outside ASCII becomes `\uXXXX`, which
//    means the same character in a string, a template, a regular expression (with or without the `u` flag, where an
//    escaped surrogate pair is one code point) and a comment; the bundle reads no template's raw text.
// 2. V8's code cache, made by one `report` run of the example data, so that `wuwei-sti-plan` starts without parsing
//    the bundle or compiling what `report` runs. The run happens in a child process (its output is not wanted); the
//    cache is written when that run exits, then checked here: a cache this Node rejects fails the build.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(import.meta.dirname, "..");
const { BUNDLE_URL, CACHE_URL, compileCli } = await import(join(root, "dist", "cli-script.js"));

if (process.argv[2] === "--train") {
  // The child: compile without a cache, run `report` on the example, and write the cache as the run exits (the CLI
  // ends with process.exit, which still emits "exit").
  const compiled = compileCli(undefined);
  process.argv = [
    process.argv[0],
    join(root, "dist", "cli.js"),
    "report",
    join(root, "examples", "wuwei-2020-2025.csv"),
    "--as-of",
    "2025-12-31",
  ];
  process.on("exit", () => writeFileSync(CACHE_URL, compiled.script.createCachedData()));
  compiled.run();
} else {
  const bundle = fileURLToPath(BUNDLE_URL);
  const text = readFileSync(bundle, "utf8");
  const ascii = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== text) writeFileSync(bundle, ascii);
  rmSync(CACHE_URL, { force: true });
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--train"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (child.status !== 0 || !existsSync(CACHE_URL)) {
    console.error(`cli-cache: the training run exited ${child.status}; no code cache written`);
    process.exit(1);
  }
  const cache = readFileSync(CACHE_URL);
  if (compileCli(cache).script.cachedDataRejected) {
    console.error("cli-cache: this Node rejects the code cache it just wrote");
    process.exit(1);
  }
}

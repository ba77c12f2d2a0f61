import { readFileSync } from "node:fs";
import type { BuildOptions } from "esbuild";
import { defineConfig } from "tsup";
import { embeddedPlanModule } from "./scripts/embedded-plan.mjs";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

/**
 * In a CommonJS output, `import.meta.url` as Node would give it for the file (`pathToFileURL(__filename)`, which
 * escapes every character a path may hold, as tsup's own shim does not).
 */
function importMetaUrlFromFilename(options: BuildOptions, context: { format: string }): void {
  if (context.format !== "cjs") return;
  options.define = { ...options.define, "import.meta.url": "__importMetaUrl" };
  options.inject = [...(options.inject ?? []), "scripts/import-meta-url.js"];
}

/** The public entry points, named by their path in dist/ without extension. */
const entries = {
  index: "src/index.ts",
  io: "src/io/index.ts",
  report: "src/report/index.ts",
  draft: "src/draft/index.ts",
  schema: "src/schema/index.ts",
};

export default defineConfig([
  {
    // ESM: one file per module, as in src/, so that an app's bundler keeps only the modules the app uses (with
    // "sideEffects": false, an app that imports `assess` gets neither zod nor the plan's text). Declarations are
    // bundled per entry point: dist/index.d.ts, dist/io/index.d.ts, dist/report/index.d.ts, dist/schema/index.d.ts, …
    entry: ["src/**/*.ts", "!src/cli/**", "!src/desk/**"],
    format: ["esm"],
    bundle: false,
    dts: {
      entry: {
        index: entries.index,
        "io/index": entries.io,
        "report/index": entries.report,
        "draft/index": entries.draft,
        "schema/index": entries.schema,
      },
    },
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // CommonJS: one file per entry point, with its own declarations (dist/index.cjs, dist/index.d.cts, …).
    entry: entries,
    // get-east-asian-width ships ESM only: bundle it so that `require("@wuwei/sti-plan/report")` works on every Node 20.
    noExternal: ["get-east-asian-width"],
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    // The CLI's code: one self-contained CommonJS file, dist/cli-bundle.cjs, dependencies included. Each command's
    // code is imported by `import()`, which esbuild turns into a module evaluated only when that command runs, so that
    // `report` never evaluates the drafter, the desk, the workbook writer or zod. One file rather than a chunk per
    // command: it is compiled once, with V8's code cache (src/cli/script.ts, scripts/cli-cache.mjs). The embedded plan
    // is checked by definePlan here, at build time, and embedded as its checked JSON (scripts/embedded-plan.mjs;
    // test/cli-embedded-plan.test.ts proves it equal).
    entry: { "cli-bundle": "src/cli/bin.ts" },
    format: ["cjs"],
    esbuildPlugins: [embeddedPlanModule()],
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    // `import.meta.url` (the desk page beside the CLI) from `__filename`.
    esbuildOptions: importMetaUrlFromFilename,
    sourcemap: true,
    define: { __PKG_VERSION__: JSON.stringify(version) },
  },
  {
    // `wuwei-sti-plan` itself (src/cli/launch.ts): compiles and runs the bundle with its code cache. The bin is the
    // CommonJS dist/cli.cjs (Node starts a CommonJS file sooner than an ES module); dist/cli.js is the same for
    // `node dist/cli.js`. And the compiling step alone (dist/cli-script.js), for scripts/cli-cache.mjs.
    entry: { cli: "src/cli/launch.ts", "cli-script": "src/cli/script.ts" },
    format: ["esm", "cjs"],
    // `import.meta.url` (where the bundle is) from `__filename` in the CommonJS files.
    esbuildOptions: importMetaUrlFromFilename,
    // Each file whole: dist/cli.js is the one module loaded before the bundle.
    splitting: false,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);

import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

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
    // The CLI: one self-contained ESM file for Node, dependencies included, so that a cold start reads one file.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    noExternal: [/.*/],
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    define: { __PKG_VERSION__: JSON.stringify(version) },
  },
]);

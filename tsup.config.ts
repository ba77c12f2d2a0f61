import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("./package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // The library: ESM and CommonJS, each with its own declarations.
    entry: { index: "src/index.ts", io: "src/io/index.ts", report: "src/report/index.ts" },
    // get-east-asian-width ships ESM only: bundle it so that `require("@wuwei/sti-plan/report")` works on every Node 20.
    noExternal: ["get-east-asian-width"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    splitting: false,
  },
  {
    // The CLI: one ESM file for Node, with a shebang.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    define: { __PKG_VERSION__: JSON.stringify(version) },
  },
]);

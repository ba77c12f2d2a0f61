#!/usr/bin/env node
// Build the analyst's desk, dist/desk.html: the app (src/desk/app.ts) bundled with the library by esbuild into
// one minified script, inlined into the page shell (src/desk/shell.ts), so the page is one file that works from
// file:// with no server and no network. Run by `npm run build` after tsup.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const common = { bundle: true, write: false, charset: "utf8", logLevel: "warning" };
const app = await build({
  ...common,
  entryPoints: [join(root, "src/desk/app.ts")],
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  legalComments: "none",
});
const shell = await build({
  ...common,
  entryPoints: [join(root, "src/desk/shell.ts")],
  format: "esm",
  platform: "node",
});
const { deskShell } = await import(
  `data:text/javascript;base64,${Buffer.from(shell.outputFiles[0].text).toString("base64")}`
);
const html = deskShell(app.outputFiles[0].text);
writeFileSync(join(root, "dist/desk.html"), html);
if (!process.argv.includes("--silent")) console.log(`wrote dist/desk.html (${Math.round(html.length / 1024)} KiB)`);

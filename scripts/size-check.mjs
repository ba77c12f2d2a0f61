#!/usr/bin/env node
// Size budgets, checked by `npm test` after the build (`npm run test:size`). Budgets and figures: README.md,
// "Performance and size".
// 1. The whole ESM build of the library (every entry point but the drafter, dependencies excluded), gzipped; the
//    drafter (`@wuwei/sti-plan/draft`, dist/draft/) separately, as an app that does not draft never loads it.
// 2. A one-line app that imports only `assess`, bundled and minified with esbuild (dependencies included): its
//    size, and that none of the plan's text (titles and names of the plan, chapters, sections, boxes, indicators,
//    regions) is in it. The bundle is written as UTF-8: esbuild's default (ASCII, with \uXXXX escapes) would hide
//    every Chinese string from the search.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const KiB = 1024;
const BUDGET = {
  // Measured 70.3 KiB for the 61 modules (November 2026), most of it the plan's text; then 103.2 KiB for 74 modules once the
  // evaluation report (bilingual prose and print stylesheet), the trajectory charts and the readers of issue 12
  // (.xlsx, GB18030, UTF-16, wide tables, problems in two languages) came in; 127.7 KiB for 87 modules with the
  // scorecard by level (December 2026: its data module 1.9 KiB, its four renderers 6.9 KiB); 140.8 KiB for 91 modules
  // with the assessment notes' templates (4.3 KiB) and validation's fast path for plain rows (3 December 2026): the
  // budget was 140 KiB until then and is 145 KiB now, 3 % headroom — the next feature must be paid for in bytes.
  esmBuildGzip: 145 * KiB,
  // Measured 21.2 KiB, of which decimal.js is about 12 KiB; about 20 % headroom.
  assessOnlyGzip: 26 * KiB,
  // Measured 21.5 KiB for the 10 modules of dist/draft/ (December 2026); about 15 % headroom.
  draftGzip: 25 * KiB,
  // An app importing everything of `@wuwei/sti-plan/schema`: measured 92.2 KiB (December 2026), nearly all of it zod
  // (its core, the JSON Schema conversion and the messages of every locale that `import { z } from "zod"` brings);
  // about 10 % headroom. The subpath holds schemas only: no plan text, no progress code.
  schemaEntryGzip: 102 * KiB,
};
let failed = false;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const report = (label, bytes, budget) => {
  const ok = bytes <= budget;
  if (!ok) failed = true;
  console.log(`${ok ? "ok  " : "FAIL"} ${label}: ${kib(bytes)} gzip (budget ${kib(budget)})`);
};

// The ESM build is one file per module (dist/**/*.js); the CLI (dist/cli.js) is a separate, self-contained bundle.
const allEsm = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".js") && f !== "cli.js" && !f.startsWith("cli-"))
  .sort();
const isDraft = (f) => f.startsWith("draft/") || f.startsWith("draft\\");
const esmFiles = allEsm.filter((f) => !isDraft(f));
const draftFiles = allEsm.filter(isDraft);
const esm = Buffer.concat(esmFiles.map((f) => readFileSync(join(dist, f))));
report(`ESM build (${esmFiles.length} modules, the drafter excluded)`, gz(esm), BUDGET.esmBuildGzip);
const draftEsm = Buffer.concat(draftFiles.map((f) => readFileSync(join(dist, f))));
report(`the drafter, dist/draft/ (${draftFiles.length} modules)`, gz(draftEsm), BUDGET.draftGzip);

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;
async function bundled(contents) {
  const app = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  return app.outputFiles[0].text;
}
const assessOnly = (entry) => bundled(`import { assess } from "${entry}"; console.log(assess);`);
const code = await assessOnly("./dist/index.js");
report("app importing only `assess` (esbuild, minified, with dependencies)", gz(code), BUDGET.assessOnlyGzip);

const { wuwei14 } = await import(join(dist, "index.js"));
const planTexts = [
  wuwei14.title.zh,
  ...wuwei14.chapters.flatMap((c) => [c.title.zh, ...(c.sections ?? []).map((s) => s.title.zh)]),
  ...wuwei14.boxes.map((b) => b.title.zh),
  ...wuwei14.indicators.map((i) => i.name.zh),
  ...wuwei14.regions.map((r) => r.name.zh),
].filter((t) => typeof t === "string" && t.length >= 3);
const leaked = planTexts.filter((t) => code.includes(t));
const cjk = (code.match(CJK) ?? []).length;
if (leaked.length > 0 || planTexts.length < 50) failed = true;
console.log(
  `${leaked.length === 0 ? "ok  " : "FAIL"} no plan text in the assess-only bundle: ${planTexts.length} titles and names checked, ${leaked.length} found${leaked.length ? ` (${leaked.slice(0, 3).join("、")}…)` : ""}; ${cjk} CJK characters in the bundle`,
);

// For comparison: the same app bundled from the sources, module by module (what a per-module ESM build gives).
const fromSources = await assessOnly("./src/index.ts");
console.log(
  `info the same app bundled from the sources: ${kib(gz(fromSources))} gzip, ${(fromSources.match(CJK) ?? []).length} CJK characters (the zh messages of the progress notes), ${planTexts.filter((t) => fromSources.includes(t)).length} plan texts`,
);

// The schema subpath: every schema and JSON Schema document, and nothing of the plan.
const schemaApp = await bundled(`import * as schema from "./dist/schema/index.js"; console.log(schema);`);
report(
  "app importing all of `@wuwei/sti-plan/schema` (esbuild, minified, with zod)",
  gz(schemaApp),
  BUDGET.schemaEntryGzip,
);
const schemaLeaked = planTexts.filter((t) => schemaApp.includes(t));
if (schemaLeaked.length > 0) failed = true;
console.log(
  `${schemaLeaked.length === 0 ? "ok  " : "FAIL"} no plan text in the schema bundle: ${schemaLeaked.length} of ${planTexts.length} titles and names found`,
);
process.exitCode = failed ? 1 : 0;

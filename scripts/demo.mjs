#!/usr/bin/env node
// The main job, run by the built CLI exactly as a user would:
//   1. the plan's headline indicators (表1):   wuwei-sti-plan indicators --headline
//   2. the final-evaluation scorecard of the illustrative example data (examples/wuwei-2020-2025.csv):
//                                             wuwei-sti-plan report examples/wuwei-2020-2025.csv --as-of 2026-11-27
// The figures in the example are made up for the demonstration; they are not official statistics.
// Extra arguments go to `report` (for example `npm run demo -- --lang en` or `-- --method growth-ratio`).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const extra = process.argv.slice(2);
const lang = extra.includes("en") && extra[extra.indexOf("en") - 1] === "--lang" ? ["--lang", "en"] : [];
const runs = [
  ["indicators", "--headline", ...lang],
  ["report", join("examples", "wuwei-2020-2025.csv"), "--as-of", "2026-11-27", ...extra],
];
let code = 0;
for (const args of runs) {
  console.log(`$ wuwei-sti-plan ${args.join(" ")}\n`);
  const { status } = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], {
    cwd: root,
    stdio: "inherit",
  });
  console.log("");
  if (status !== 0) code = status ?? 1;
}
process.exitCode = code;

#!/usr/bin/env node
// `npm test`: every check, each as its own npm script, run one after another even when an earlier one fails (so one
// failure never hides whether the others pass), then one table of step, result and seconds. Exits 1 if any failed.
// `npm test -- unit lint` runs only the named steps.
import { spawnSync } from "node:child_process";

const STEPS = [
  ["typecheck", "tsc over src, tests, scripts' types"],
  ["lint", "biome: lint and format"],
  ["test:unit", "vitest: unit, property and type tests"],
  ["build", "tsup: ESM, CJS, declarations, CLI"],
  ["publint", "publint --strict on the package"],
  ["attw", "are-the-types-wrong on the packed tarball, every resolution"],
  ["test:consumer", "npm pack → install in a new project → import, require, tsc, bin"],
  ["test:browser", "the HTML report and the ESM build in headless Chromium"],
  ["test:desk", "the offline desk page from file:// in headless Chromium"],
  ["docs:check", "typedoc: every export documented"],
  ["test:size", "size budgets of the build"],
];

const only = process.argv.slice(2);
const chosen = only.length ? STEPS.filter(([name]) => only.some((o) => name === o || name === `test:${o}`)) : STEPS;
if (only.length && chosen.length !== only.length) {
  console.error(`unknown step in: ${only.join(" ")}; steps are: ${STEPS.map(([n]) => n).join(", ")}`);
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const results = [];
for (const [name, what] of chosen) {
  console.log(`\n── ${name}: ${what}`);
  const start = process.hrtime.bigint();
  const run = spawnSync(npm, ["run", "--silent", name], { stdio: "inherit" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  results.push({ name, ok: run.status === 0, seconds, detail: run.error ? String(run.error) : "" });
}

const width = Math.max(...results.map((r) => r.name.length), 4);
const lines = [
  "",
  `${"step".padEnd(width)}  result  seconds`,
  `${"-".repeat(width)}  ------  -------`,
  ...results.map(
    (r) => `${r.name.padEnd(width)}  ${(r.ok ? "passed" : "FAILED").padEnd(6)}  ${r.seconds.toFixed(1).padStart(7)}`,
  ),
];
const failed = results.filter((r) => !r.ok);
const total = results.reduce((sum, r) => sum + r.seconds, 0);
lines.push(
  `${"-".repeat(width)}  ------  -------`,
  `${"all".padEnd(width)}  ${(failed.length ? "FAILED" : "passed").padEnd(6)}  ${total.toFixed(1).padStart(7)}`,
);
console.log(lines.join("\n"));
if (failed.length) {
  console.log(`\nfailed: ${failed.map((r) => r.name).join(", ")}`);
  process.exitCode = 1;
}

#!/usr/bin/env node
// The main job: the progress scorecard of the illustrative example data (examples/wuwei-2020-2025.csv), in Chinese,
// printed by the built CLI exactly as a user would run it:
//   wuwei-sti-plan report examples/wuwei-2020-2025.csv --as-of 2026-11-27
// The figures in the example are made up for the demonstration; they are not official statistics.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const args = [join(root, "dist", "cli.js"), "report", join("examples", "wuwei-2020-2025.csv"), "--as-of", "2026-11-27"];
console.error(`$ wuwei-sti-plan ${args.slice(1).join(" ")}\n`);
const { status } = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exitCode = status ?? 1;

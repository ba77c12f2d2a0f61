#!/usr/bin/env node
// Build dist/ only when what it is built from changed: a SHA-256 over src/, package.json, tsup.config.ts,
// tsconfig.json and the build's scripts is kept in dist/.source-hash by the last build made here. `npm run demo`,
// `npm run pictures` and `npm run bench` call this, so their second run starts at once. `npm run build` always
// builds.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const stamp = join(root, "dist", ".source-hash");

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

const hash = createHash("sha256");
for (const file of [
  ...files(join(root, "src")),
  ...[
    "package.json",
    "tsup.config.ts",
    "tsconfig.json",
    // The build's own steps: the embedded plan, the CLI bundle's finishing and code cache, the desk page.
    "scripts/embedded-plan.mjs",
    "scripts/import-meta-url.js",
    "scripts/cli-cache.mjs",
    "scripts/build-desk.mjs",
  ].map((f) => join(root, f)),
]) {
  hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
}
const digest = hash.digest("hex");

if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest && existsSync(join(root, "dist", "cli.js"))) {
  process.exit(0);
}
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const build = spawnSync(npm, ["run", "--silent", "build", "--", "--silent"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync(stamp, digest);

#!/usr/bin/env node
// Pack the package, install the tarball into a fresh project outside the repository, and use it the way
// consumers do: `import` and `require` under plain Node, TypeScript with moduleResolution "nodenext" and
// "bundler", and the `wuwei-sti-plan` binary. Every entry point of package.json `exports` is exercised.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const subpaths = Object.keys(pkg.exports)
  .filter((key) => key === "." || /^\.\/[a-z-]+$/.test(key)) // entry points of code, not files (JSON, text, HTML)
  .map((key) => (key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`));

const work = mkdtempSync(join(tmpdir(), "sti-plan-consumer-"));
let failed = false;
const check = (label, condition, detail = "") => {
  console.log(`${condition ? "ok  " : "FAIL"} ${label}${detail ? ` — ${detail}` : ""}`);
  if (!condition) failed = true;
};

try {
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  const tarball = join(work, packed[0].filename);
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball], app);

  // Plain Node, ESM and CommonJS, every entry point.
  writeFileSync(
    join(app, "esm.mjs"),
    `${subpaths.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
const counts = [${subpaths.map((_, i) => `Object.keys(m${i}).length`).join(", ")}];
console.log(JSON.stringify({ number: m0.wuwei14.document.number, counts }));
`,
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    `const mods = ${JSON.stringify(subpaths)}.map((s) => require(s));
console.log(JSON.stringify({ number: mods[0].wuwei14.document.number, counts: mods.map((m) => Object.keys(m).length) }));
`,
  );
  for (const file of ["esm.mjs", "cjs.cjs"]) {
    const out = JSON.parse(run("node", [file], app));
    check(`${file}: document number`, out.number === "武政办发〔2022〕9号", out.number);
    check(
      `${file}: every entry point has exports`,
      out.counts.every((n) => n > 0),
      subpaths.join(", "),
    );
  }

  // The zod schemas are public through the schema subpath only: the root exports their types, not the schemas.
  writeFileSync(
    join(app, "schema.mjs"),
    `import * as root from "${pkg.name}";
import * as schema from "${pkg.name}/schema";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const rootCjs = require("${pkg.name}");
const schemaCjs = require("${pkg.name}/schema");
console.log(JSON.stringify({
  root: ["RegionSchema" in root, "PlanSchema" in rootCjs, "planJsonSchema" in root],
  schema: [
    schema.RegionSchema.parse(root.wuwei14.regions[0]).id === root.wuwei14.regions[0].id,
    schemaCjs.PlanSchema.safeParse(JSON.parse(JSON.stringify(root.wuwei14))).success,
    schema.observationJsonSchema().title,
  ],
}));
`,
  );
  const schema = JSON.parse(run("node", ["schema.mjs"], app));
  check(
    "zod schemas come from the schema subpath (ESM and CJS), not the root",
    schema.root.every((x) => x === false) && schema.schema[0] && schema.schema[1] && schema.schema[2] === "Observation",
    JSON.stringify(schema),
  );

  // The JSON files for systems not written in TypeScript: reachable through `exports`, and consistent.
  writeFileSync(
    join(app, "json.cjs"),
    `const schema = require("${pkg.name}/schemas/observation.schema.json");
const planSchema = require("${pkg.name}/schemas/plan.schema.json");
const plan = require("${pkg.name}/data/wuwei14.json");
const { definePlan } = require("${pkg.name}");
console.log(JSON.stringify({ title: schema.title, planTitle: planSchema.title, number: definePlan(plan).document.number }));
`,
  );
  const json = JSON.parse(run("node", ["json.cjs"], app));
  check(
    "schemas/*.json and data/wuwei14.json resolve through exports",
    json.title === "Observation" && json.planTitle === "Plan" && json.number === "武政办发〔2022〕9号",
    JSON.stringify(json),
  );

  // The plan's text ships with the package: an integrator checks a quote against its line with the package alone.
  writeFileSync(
    join(app, "text.mjs"),
    `import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { wuwei14 } from "${pkg.name}";
const bytes = readFileSync(createRequire(import.meta.url).resolve("${pkg.name}/data/wuwei14.txt"));
const lines = bytes.toString("utf8").split("\\n");
const { line, quote } = wuwei14.indicators[0].source;
console.log(JSON.stringify({
  hash: createHash("sha256").update(bytes).digest("hex") === wuwei14.document.sha256,
  quote: lines[line - 1].includes(quote),
}));
`,
  );
  const text = JSON.parse(run("node", ["text.mjs"], app));
  check(
    "data/wuwei14.txt resolves through exports, matches its hash and holds the quotes",
    text.hash && text.quote,
    JSON.stringify(text),
  );
  writeFileSync(
    join(app, "desk.cjs"),
    `const page = require("node:fs").readFileSync(require.resolve("${pkg.name}/desk.html"), "utf8");
console.log(JSON.stringify({ doctype: page.startsWith("<!doctype html>"), csp: page.includes("default-src 'none'") }));
`,
  );
  const desk = JSON.parse(run("node", ["desk.cjs"], app));
  check("desk.html resolves through exports", desk.doctype && desk.csp, JSON.stringify(desk));

  // TypeScript: nodenext (ESM and CJS files), bundler, and node10 ("node", for older projects) resolution.
  const source = `import { definePlan, wuwei14, type Plan, type Region } from "${pkg.name}";
import { RegionSchema } from "${pkg.name}/schema";
// @ts-expect-error the zod schemas are exported from the schema subpath, not the root
import { RegionSchema as fromRoot } from "${pkg.name}";
const plan: Plan = definePlan(JSON.parse(JSON.stringify(wuwei14)));
const n: string = plan.document.number;
// @ts-expect-error the plan is readonly
plan.indicators.push(plan.indicators[0]);
const region: Region = RegionSchema.parse(plan.regions[0]);
console.log(n, region.id, fromRoot);
`;
  writeFileSync(join(app, "use.mts"), source);
  writeFileSync(
    join(app, "use.cts"),
    `import sti = require("${pkg.name}");
const n: string = sti.wuwei14.document.number;
console.log(n);
`,
  );
  writeFileSync(join(app, "use-bundler.ts"), source);
  const base = { strict: true, skipLibCheck: false, target: "es2022", types: [], noEmit: true };
  writeFileSync(
    join(app, "tsconfig.nodenext.json"),
    JSON.stringify({
      compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" },
      files: ["use.mts", "use.cts"],
    }),
  );
  writeFileSync(
    join(app, "tsconfig.bundler.json"),
    JSON.stringify({
      compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler" },
      files: ["use-bundler.ts"],
    }),
  );
  // node10 ignores `exports`: the subpaths resolve through the io/ and report/ folders' package.json files.
  writeFileSync(
    join(app, "use-node10.ts"),
    `${subpaths.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join("\n")}
const n: string = m0.wuwei14.document.number;
export const all = [${subpaths.map((_, i) => `m${i}`).join(", ")}, n];
`,
  );
  writeFileSync(
    join(app, "tsconfig.node10.json"),
    JSON.stringify({
      // esModuleInterop as `tsc --init` sets it: zod's own declarations need it under CommonJS.
      compilerOptions: { ...base, module: "commonjs", moduleResolution: "node10", esModuleInterop: true },
      files: ["use-node10.ts"],
    }),
  );
  for (const config of ["tsconfig.nodenext.json", "tsconfig.bundler.json", "tsconfig.node10.json"]) {
    try {
      run("node", [tsc, "-p", config], app);
      check(`tsc -p ${config}`, true);
    } catch (error) {
      check(`tsc -p ${config}`, false, `${error.stdout}${error.stderr}`);
    }
  }

  // The binary.
  const version = run("node", [join(app, "node_modules", ".bin", "wuwei-sti-plan"), "--version"], app).trim();
  check("wuwei-sti-plan --version", version === pkg.version, version);
} catch (error) {
  check("consumer test ran", false, `${error.message}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

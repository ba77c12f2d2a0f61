/**
 * The import graph of src/ against docs/architecture.md: every import between areas is one the rules allow, the
 * plan-agnostic areas never import the embedded plan, and there is no cycle between modules.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const src = join(root, "src");

/** Who may import whom (docs/architecture.md, "Who may import whom"): area → areas it may import. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  internal: ["internal"],
  model: ["internal", "model"],
  plans: ["internal", "model", "plans"],
  observations: ["internal", "model", "observations"],
  io: ["internal", "model", "observations", "io"],
  progress: ["internal", "model", "observations", "progress"],
  report: ["internal", "model", "observations", "progress", "report"],
  draft: ["internal", "model", "draft"],
  // The zod schemas and JSON Schema documents, public through `@wuwei/sti-plan/schema` (not the root).
  schema: ["internal", "model", "observations", "schema"],
  cli: ["internal", "model", "observations", "progress", "report", "io", "plans", "draft", "schema", "cli"],
  // The offline page, an application like the CLI: it runs the whole library in the browser.
  desk: ["internal", "model", "observations", "progress", "report", "io", "plans", ".", "desk"],
  // The root entry point gathers the public areas and the embedded plan.
  ".": ["internal", "model", "observations", "progress", "plans"],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:^|\n)\s*(import|export)\s(type\s)?[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g;

/** Every relative import of every module of src/, resolved to a file, and whether it is type-only. */
const edges = new Map<string, { target: string; typeOnly: boolean }[]>(
  files(src).map((file) => {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(IMPORT)].map((m) => ({
      target: resolve(dirname(file), (m[3] as string).replace(/\.js$/, ".ts")),
      typeOnly: m[2] !== undefined,
    }));
    return [file, targets];
  }),
);
/** Every import, types included: what the layering rules govern. */
const graph = new Map([...edges].map(([file, list]) => [file, list.map((e) => e.target)]));
/** The imports that exist at run time: a cycle among them is what breaks module evaluation and bundling. */
const runtime = new Map([...edges].map(([file, list]) => [file, list.filter((e) => !e.typeOnly).map((e) => e.target)]));

const areaOf = (file: string): string => {
  const rel = relative(src, file).split("/");
  return rel.length === 1 ? "." : (rel[0] as string);
};

describe("architecture (docs/architecture.md)", () => {
  it("every module imports only what its area may import", () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = areaOf(file);
      const allowed = ALLOWED[from];
      for (const target of targets) {
        const to = areaOf(target);
        if (allowed === undefined || !allowed.includes(to)) {
          wrong.push(`${relative(src, file)} → ${relative(src, target)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the plan-agnostic areas never import the embedded plan", () => {
    const agnostic = ["internal", "model", "observations", "io", "progress", "report", "schema"];
    const wrong = [...graph].flatMap(([file, targets]) =>
      agnostic.includes(areaOf(file)) ? targets.filter((t) => areaOf(t) === "plans").map((t) => `${file} → ${t}`) : [],
    );
    expect(wrong).toEqual([]);
  });

  it("every import resolves to a module of src/", () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !graph.has(t)).map((t) => `${relative(src, file)} → ${relative(src, t)}`),
    );
    expect(missing).toEqual([]);
  });

  it("there is no cycle between modules (imports that exist at run time; type-only imports are erased)", () => {
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of runtime.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of runtime.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it("the rule table above is the one docs/architecture.md states", () => {
    const doc = readFileSync(join(root, "docs/architecture.md"), "utf8");
    for (const [area, allowed] of Object.entries(ALLOWED)) {
      if (area === ".") continue;
      const others = allowed.filter((a) => a !== area);
      expect(doc, area).toContain(`| \`${area}\` | ${others.map((a) => `\`${a}\``).join(", ") || "nothing"} |`);
    }
  });
});

/**
 * `diffPlans`: what a reviewed plan changed against its draft — every field added, removed or changed, with the line
 * of the text it is about — so that a reviewer's corrections can be listed and the drafter measured.
 *
 * @module
 */

/**
 * One difference between a draft and its reviewed plan. `path` names array elements by their id where they have
 * one (`indicators[line-80-1].targets[0].kind`); `line` is the line of the text the nearest `source` points to.
 *
 * @example
 * ```ts
 * import type { PlanChange } from "@wuwei/sti-plan/draft";
 * const change: PlanChange = { change: "changed", path: "period.end", before: 2025, after: 2030 };
 * change.change; //=> "changed"
 * ```
 * @category Draft
 */
export interface PlanChange {
  /** `added`: only in the reviewed plan; `removed`: only in the draft; `changed`: a different value. */
  readonly change: "added" | "removed" | "changed";
  /** Where, from the root of the plan. */
  readonly path: string;
  /** The draft's value (absent when added). */
  readonly before?: unknown;
  /** The reviewed value (absent when removed). */
  readonly after?: unknown;
  /** The line of the text the changed element cites, when it cites one. */
  readonly line?: number;
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === "object" && !Array.isArray(v);
const idOf = (v: Json): string | undefined => (isObject(v) && typeof v["id"] === "string" ? v["id"] : undefined);
const lineOf = (v: Json): number | undefined => {
  if (!isObject(v)) return undefined;
  const s = v["source"];
  return isObject(s) && typeof s["line"] === "number" ? s["line"] : undefined;
};

/**
 * List what `reviewed` changed against `draft`, in the order of the draft. Elements with an `id` are matched by id,
 * then (for an id the reviewer renamed) by the line their `source` cites; other arrays element by element. Pure.
 *
 * @param draft - the plan as drafted
 * @param reviewed - the plan after review
 * @returns every difference, with its path and line
 *
 * @example
 * ```ts
 * import { diffPlans, draftPlan } from "@wuwei/sti-plan/draft";
 * const { plan } = draftPlan("某市“十四五”科技创新规划\n一、发展目标\n(一)主要目标\n到2025年,技术合同成交额达到20亿元。");
 * const reviewed = JSON.parse(JSON.stringify(plan));
 * reviewed.indicators[0].id = "tech-contracts";
 * reviewed.indicators[0].name.en = "Technology contract turnover";
 * diffPlans(plan, reviewed).map((c) => `${c.change} ${c.path} line ${c.line}`);
 * //=> ["changed indicators[line-4-1].id line 4", "changed indicators[line-4-1].name.en line 4"]
 * ```
 * @category Draft
 */
export function diffPlans(draft: Json, reviewed: Json): PlanChange[] {
  const out: PlanChange[] = [];
  walk(draft, reviewed, "", undefined, out);
  return out;
}

function push(out: PlanChange[], change: PlanChange["change"], path: string, before: Json, after: Json, line?: number) {
  const c: { change: PlanChange["change"]; path: string; before?: Json; after?: Json; line?: number } = {
    change,
    path,
  };
  if (change !== "added") c.before = before;
  if (change !== "removed") c.after = after;
  if (line !== undefined) c.line = line;
  out.push(c);
}

function walk(a: Json, b: Json, path: string, line: number | undefined, out: PlanChange[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    const keyed = a.length > 0 && a.every((x) => idOf(x) !== undefined) && b.every((x) => idOf(x) !== undefined);
    if (!keyed) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        const p = `${path}[${i}]`;
        if (i >= a.length) push(out, "added", p, undefined, b[i], lineOf(b[i]) ?? line);
        else if (i >= b.length) push(out, "removed", p, a[i], undefined, lineOf(a[i]) ?? line);
        else walk(a[i], b[i], p, lineOf(a[i]) ?? line, out);
      }
      return;
    }
    const used = new Set<number>();
    const partner = a.map((x) => {
      const at = b.findIndex((y, j) => !used.has(j) && idOf(y) === idOf(x));
      if (at !== -1) used.add(at);
      return at;
    });
    a.forEach((x, i) => {
      if (partner[i] !== -1) return;
      const l = lineOf(x);
      const at = b.findIndex(
        (y, j) => !used.has(j) && l !== undefined && lineOf(y) === l && a.every((z) => idOf(z) !== idOf(y)),
      );
      if (at !== -1) {
        used.add(at);
        partner[i] = at;
      }
    });
    a.forEach((x, i) => {
      const p = `${path}[${idOf(x)}]`;
      const j = partner[i] as number;
      if (j === -1) push(out, "removed", p, x, undefined, lineOf(x) ?? line);
      else walk(x, b[j], p, lineOf(x) ?? line, out);
    });
    b.forEach((y, j) => {
      if (!used.has(j)) push(out, "added", `${path}[${idOf(y)}]`, undefined, y, lineOf(y) ?? line);
    });
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
    for (const k of keys) {
      const p = path === "" ? k : `${path}.${k}`;
      if (!Object.hasOwn(b, k)) push(out, "removed", p, a[k], undefined, line);
      else if (!Object.hasOwn(a, k)) push(out, "added", p, undefined, b[k], line);
      else walk(a[k], b[k], p, line, out);
    }
    return;
  }
  if (!Object.is(a, b) && JSON.stringify(a) !== JSON.stringify(b)) push(out, "changed", path, a, b, line);
}

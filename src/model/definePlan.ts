import type { z } from "zod";
import { type DeepReadonly, deepFreeze } from "../internal/freeze.js";
import { reportingOf } from "./reporting.js";
import { type PlanData, PlanSchema } from "./schema.js";

/**
 * A checked, deep-frozen plan. Every array and object in it is readonly at compile time and frozen at run time.
 *
 * @example
 * ```ts
 * import { type Plan, wuwei14 } from "@wuwei/sti-plan";
 * const plan: Plan = wuwei14;
 * Object.isFrozen(plan.indicators); //=> true
 * ```
 * @category Model
 */
// An interface rather than a type alias, so that signatures and the API reference show `Plan` by name instead of
// spelling out the whole structure.
export interface Plan extends DeepReadonly<PlanData> {}

/**
 * The kinds of problem {@link definePlan} reports.
 * - `invalid`: the data does not match the schema (a missing field, a wrong type, a bad id or decimal).
 * - `duplicate-id`: two things of the same kind share an id (or two headline rows share a number).
 * - `unknown-reference`: a reference names something the plan does not define (a region, unit, chapter…).
 * - `out-of-period`: a year lies outside the plan's period, or a period is inverted.
 * - `inconsistent`: fields contradict each other (a numeric target without a value, a rank without peers…).
 *
 * @example
 * ```ts
 * import type { PlanIssueCode } from "@wuwei/sti-plan";
 * const code: PlanIssueCode = "duplicate-id";
 * code; //=> "duplicate-id"
 * ```
 * @category Model
 */
export type PlanIssueCode = "invalid" | "duplicate-id" | "unknown-reference" | "out-of-period" | "inconsistent";

/**
 * One problem found in a plan, with the path to the offending value.
 *
 * @example
 * ```ts
 * import { safeDefinePlan } from "@wuwei/sti-plan";
 * const result = safeDefinePlan({});
 * result.success ? [] : result.issues[0]?.code; //=> "invalid"
 * ```
 * @category Model
 */
export interface PlanIssue {
  /** What kind of problem. */
  readonly code: PlanIssueCode;
  /** Where: property names and array indexes from the root of the plan. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
}

/**
 * Thrown by {@link definePlan}: carries every problem found, not only the first.
 *
 * @example
 * ```ts
 * import { definePlan, PlanValidationError } from "@wuwei/sti-plan";
 * try {
 *   definePlan({ id: "Bad Id" });
 * } catch (error) {
 *   error instanceof PlanValidationError && error.issues.length > 1; //=> true
 * }
 * ```
 * @category Model
 */
export class PlanValidationError extends Error {
  /** Every problem found. */
  readonly issues: readonly PlanIssue[];
  /**
   * Make the error from the problems found.
   *
   * @param issues - every problem found
   */
  constructor(issues: readonly PlanIssue[]) {
    const head = issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    super(
      `invalid plan: ${issues.length} problem${issues.length === 1 ? "" : "s"}: ${head}${issues.length > 5 ? "; …" : ""}`,
    );
    this.name = "PlanValidationError";
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i, path: Object.freeze([...i.path]) })));
  }
}

/**
 * The result of {@link safeDefinePlan}.
 *
 * @example
 * ```ts
 * import { safeDefinePlan, type SafeDefinePlanResult } from "@wuwei/sti-plan";
 * const result: SafeDefinePlanResult = safeDefinePlan(null);
 * result.success; //=> false
 * ```
 * @category Model
 */
export type SafeDefinePlanResult =
  | { readonly success: true; readonly plan: Plan }
  | { readonly success: false; readonly issues: readonly PlanIssue[] };

/**
 * Check a plan written as plain data (for example the 15th plan read from JSON) and return it typed and
 * deep-frozen, or every problem found. Never throws. Beyond the schema it checks cross-references: duplicate ids,
 * references to unknown regions, units, chapters, sections or indicators, and years outside the plan's period.
 * When the data fails the schema, the cross-references are still checked as far as the data's shape allows, so one
 * run reports every problem (schema problems first).
 *
 * @param input - the plan as plain data; it is copied, never changed
 * @returns `{ success: true, plan }` or `{ success: false, issues }`
 * @example
 * ```ts
 * import { safeDefinePlan, wuwei14 } from "@wuwei/sti-plan";
 * const copy = JSON.parse(JSON.stringify(wuwei14));
 * copy.regions[1].parent = "lanzhou";
 * const result = safeDefinePlan(copy);
 * result.success ? "" : result.issues[0]?.code; //=> "unknown-reference"
 * ```
 * @category Model
 */
export function safeDefinePlan(input: unknown): SafeDefinePlanResult {
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) {
    const invalid = parsed.error.issues.map(fromZodIssue);
    return { success: false, issues: Object.freeze([...invalid, ...bestEffortCrossCheck(input, invalid)]) };
  }
  // zod returns a fresh object, so freezing it never freezes the caller's input.
  const data = parsed.data;
  expandLevels(data);
  for (const indicator of data.indicators) indicator.reporting = reportingOf(indicator);
  const issues = crossCheck(data);
  if (issues.length > 0) return { success: false, issues: Object.freeze(issues) };
  return { success: true, plan: deepFreeze(data) };
}

/**
 * Check a plan written as plain data and return it typed and deep-frozen.
 *
 * @param input - the plan as plain data; it is copied, never changed
 * @returns the checked plan
 * @throws {@link PlanValidationError} with every problem found
 * @example
 * ```ts
 * import { definePlan, wuwei14 } from "@wuwei/sti-plan";
 * const again = definePlan(JSON.parse(JSON.stringify(wuwei14)));
 * again.document.number; //=> "武政办发〔2022〕9号"
 * ```
 * @category Model
 */
export function definePlan(input: unknown): Plan {
  const result = safeDefinePlan(input);
  if (!result.success) throw new PlanValidationError(result.issues);
  return result.plan;
}

function fromZodIssue(issue: z.core.$ZodIssue): PlanIssue {
  return {
    code: "invalid",
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  };
}

/**
 * Cross-check data that failed the schema, as far as its shape allows, so that one run reports every problem.
 * Problems at or inside a place the schema already rejected are left out; a shape too broken to follow stops the
 * check early and keeps what it found.
 */
function bestEffortCrossCheck(input: unknown, invalid: readonly PlanIssue[]): PlanIssue[] {
  const found: PlanIssue[] = [];
  try {
    crossCheck(input as PlanData, found);
  } catch {
    // The data is too far from a plan to follow its references; the schema problems say why.
  }
  const within = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
    prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
  return found.filter((f) => !invalid.some((i) => within(f.path, i.path) || within(i.path, f.path)));
}

/** Order of the region levels, from the top. */
const LEVEL_RANK: Readonly<Record<PlanData["regions"][number]["level"], number>> = {
  nation: 0,
  province: 1,
  city: 2,
  county: 3,
  township: 4,
};

/**
 * Expand the targets stated by level ("each county") into the regions of those levels among the indicator's
 * regions, in the plan's order, after any listed by id. Works on the fresh copy zod returned.
 */
function expandLevels(plan: PlanData): void {
  for (const indicator of plan.indicators) {
    const own = new Set(indicator.regions);
    for (const target of indicator.targets) {
      if (target.levels === undefined) continue;
      const levels = new Set(target.levels);
      const listed = new Set(target.regions);
      const added = plan.regions.filter((r) => levels.has(r.level) && own.has(r.id) && !listed.has(r.id));
      target.regions = [...target.regions, ...added.map((r) => r.id)];
    }
  }
}
function crossCheck(plan: PlanData, issues: PlanIssue[] = []): PlanIssue[] {
  const add = (code: PlanIssueCode, path: (string | number)[], message: string) => issues.push({ code, path, message });

  const unique = (kind: string, entries: { id: string; path: (string | number)[] }[]): Set<string> => {
    const seen = new Map<string, (string | number)[]>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first) add("duplicate-id", [...path, "id"], `duplicate ${kind} id "${id}" (first at ${first.join(".")})`);
      else seen.set(id, path);
    }
    return new Set(seen.keys());
  };

  const { start, end } = plan.period;
  if (start > end) add("out-of-period", ["period"], `period starts (${start}) after it ends (${end})`);
  if (plan.baselineYear >= start) {
    add("out-of-period", ["baselineYear"], `baseline year ${plan.baselineYear} is not before the period (${start})`);
  }

  const regionIds = unique(
    "region",
    plan.regions.map((r, i) => ({ id: r.id, path: ["regions", i] })),
  );
  const levelOf = new Map(plan.regions.map((r) => [r.id, r.level]));
  plan.regions.forEach((r, i) => {
    if (r.parent !== undefined && !regionIds.has(r.parent)) {
      add("unknown-reference", ["regions", i, "parent"], `unknown parent region "${r.parent}"`);
    } else if (r.parent !== undefined) {
      // Levels strictly rise towards the root, which also rules out a cycle of parents.
      const parentLevel = levelOf.get(r.parent);
      if (parentLevel !== undefined && LEVEL_RANK[parentLevel] >= LEVEL_RANK[r.level]) {
        add(
          "inconsistent",
          ["regions", i, "parent"],
          `the parent "${r.parent}" (${parentLevel}) of a ${r.level} must be of a higher level`,
        );
      }
    }
  });
  const unitIds = unique(
    "unit",
    plan.units.map((u, i) => ({ id: u.id, path: ["units", i] })),
  );
  const units = new Map(plan.units.map((u) => [u.id, u]));
  unique(
    "principle",
    plan.principles.map((p, i) => ({ id: p.id, path: ["principles", i] })),
  );
  unique(
    "decision",
    plan.decisions.map((d, i) => ({ id: d.id, path: ["decisions", i] })),
  );

  const chapterIds = unique(
    "chapter",
    plan.chapters.map((c, i) => ({ id: c.id, path: ["chapters", i] })),
  );
  const sectionsOf = new Map<string, Set<string>>();
  const sectionEntries: { id: string; path: (string | number)[] }[] = [];
  const itemEntries: { id: string; path: (string | number)[] }[] = [];
  plan.chapters.forEach((c, ci) => {
    sectionsOf.set(c.id, new Set(c.sections.map((s) => s.id)));
    c.sections.forEach((s, si) => {
      sectionEntries.push({ id: s.id, path: ["chapters", ci, "sections", si] });
      s.items.forEach((it, ii) => {
        itemEntries.push({ id: it.id, path: ["chapters", ci, "sections", si, "items", ii] });
      });
    });
  });
  unique("section", sectionEntries);
  unique("item", itemEntries);

  const checkPlace = (path: (string | number)[], chapter: string, section: string | undefined) => {
    if (!chapterIds.has(chapter)) add("unknown-reference", [...path, "chapter"], `unknown chapter "${chapter}"`);
    else if (section !== undefined && !sectionsOf.get(chapter)?.has(section)) {
      add("unknown-reference", [...path, "section"], `chapter "${chapter}" has no section "${section}"`);
    }
  };

  const indicatorIds = unique(
    "indicator",
    plan.indicators.map((ind, i) => ({ id: ind.id, path: ["indicators", i] })),
  );
  unique(
    "box",
    plan.boxes.map((b, i) => ({ id: b.id, path: ["boxes", i] })),
  );
  const taskEntries: { id: string; path: (string | number)[] }[] = [];
  plan.boxes.forEach((b, bi) => {
    checkPlace(["boxes", bi], b.chapter, b.section);
    b.tasks.forEach((t, ti) => {
      taskEntries.push({ id: t.id, path: ["boxes", bi, "tasks", ti] });
      t.indicators?.forEach((ref, ri) => {
        if (!indicatorIds.has(ref)) {
          add("unknown-reference", ["boxes", bi, "tasks", ti, "indicators", ri], `unknown indicator "${ref}"`);
        }
      });
    });
  });
  unique("task", taskEntries);

  const targetEntries: { id: string; path: (string | number)[] }[] = [];
  const headlineRows = new Map<number, number>();
  plan.indicators.forEach((ind, i) => {
    const at = ["indicators", i];
    checkPlace(at, ind.chapter, ind.section);
    const unit = units.get(ind.unit);
    if (!unitIds.has(ind.unit)) add("unknown-reference", [...at, "unit"], `unknown unit "${ind.unit}"`);
    if (unit?.dimension === "rank" && ind.peers === undefined) {
      add("inconsistent", [...at, "peers"], "a rank indicator needs the size of its peer set");
    }
    if (ind.headline) {
      const other = headlineRows.get(ind.headline.row);
      if (other !== undefined) {
        add(
          "duplicate-id",
          [...at, "headline", "row"],
          `headline row ${ind.headline.row} also used by indicators.${other}`,
        );
      } else headlineRows.set(ind.headline.row, i);
    }
    if (ind.aggregation.method === "ratio") {
      for (const part of ["numerator", "denominator"] as const) {
        const ref = ind.aggregation[part];
        if (!indicatorIds.has(ref)) {
          add("unknown-reference", [...at, "aggregation", part], `unknown component indicator "${ref}"`);
        }
      }
    }
    if (ind.role === "component" && ind.targets.length > 0) {
      add("inconsistent", [...at, "targets"], "a component indicator has no targets");
    }
    const allowed = new Set<string>();
    ind.regions.forEach((r, ri) => {
      if (!regionIds.has(r)) add("unknown-reference", [...at, "regions", ri], `unknown region "${r}"`);
      allowed.add(r);
    });
    ind.baselines.forEach((b, bi) => {
      if (!regionIds.has(b.region))
        add("unknown-reference", [...at, "baselines", bi, "region"], `unknown region "${b.region}"`);
      else if (!allowed.has(b.region)) {
        add(
          "inconsistent",
          [...at, "baselines", bi, "region"],
          `region "${b.region}" is not among the indicator's regions`,
        );
      }
      if (b.year > end)
        add("out-of-period", [...at, "baselines", bi, "year"], `baseline year ${b.year} is after the period`);
    });
    ind.targets.forEach((t, ti) => {
      const tp = [...at, "targets", ti];
      targetEntries.push({ id: t.id, path: tp });
      if (t.year < start || t.year > end) {
        add("out-of-period", [...tp, "year"], `target year ${t.year} is outside the period ${start}–${end}`);
      }
      if (t.from !== undefined && (t.from < start || t.from > t.year)) {
        add("out-of-period", [...tp, "from"], `first counted year ${t.from} is outside ${start}–${t.year}`);
      }
      if (t.kind === "never-decrease" ? t.value !== undefined : t.value === undefined) {
        add(
          "inconsistent",
          [...tp, "value"],
          t.kind === "never-decrease" ? "a never-decrease target has no value" : `a ${t.kind} target needs a value`,
        );
      }
      const reporting = ind.reporting ?? reportingOf(ind);
      if (t.kind === "cumulative" && reporting !== "flow") {
        add(
          "inconsistent",
          [...at, "reporting"],
          `a cumulative target sums yearly flows: the indicator's reporting must be flow, not ${reporting}`,
        );
      }
      if (t.kind === "increment" && reporting === "flow") {
        add(
          "inconsistent",
          [...at, "reporting"],
          "an increment target reads the gain since the baseline: the indicator's reporting must be running-total or stock, not flow",
        );
      }
      if ((t.kind === "never-decrease") !== (t.comparator === "never-decrease")) {
        add("inconsistent", [...tp, "comparator"], "kind and comparator never-decrease go together");
      }
      if (t.regions.length === 0) {
        add(
          "inconsistent",
          [...tp, "regions"],
          t.levels === undefined
            ? "a target needs regions, or levels that some of the indicator's regions are at"
            : `none of the indicator's regions is at the level${t.levels.length === 1 ? "" : "s"} ${t.levels.join(", ")}`,
        );
      }
      t.regions.forEach((r, ri) => {
        if (!regionIds.has(r)) add("unknown-reference", [...tp, "regions", ri], `unknown region "${r}"`);
        else if (!allowed.has(r)) {
          add("inconsistent", [...tp, "regions", ri], `region "${r}" is not among the indicator's regions`);
        }
      });
    });
  });
  unique("target", targetEntries);
  return issues;
}

import { type DeepReadonly, deepFreeze } from "../internal/freeze.js";
import {
  fromZodIssue,
  makePlanIssue,
  type PlanIssue,
  type PlanIssueCode,
  type PlanIssueParams,
  type PlanThing,
} from "./planIssues.js";
import { reportingOf } from "./reporting.js";
import { type PlanData, PlanSchema } from "./schema.js";

export type { PlanIssue, PlanIssueCode, PlanIssueParams, PlanIssueRule, PlanThing } from "./planIssues.js";
export { planIssueMessages } from "./planIssues.js";

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
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message.en}`)
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
  const parsed = PlanSchema.safeParse(input, { reportInput: true });
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
  const add = (code: PlanIssueCode, path: (string | number)[], params: PlanIssueParams) =>
    issues.push(makePlanIssue(code, path, params));

  const unique = (thing: PlanThing, entries: { id: string; path: (string | number)[] }[]): Set<string> => {
    const seen = new Map<string, (string | number)[]>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first) add("duplicate-id", [...path, "id"], { rule: "duplicate-id", thing, id, other: first.join(".") });
      else seen.set(id, path);
    }
    return new Set(seen.keys());
  };

  const { start, end } = plan.period;
  if (start > end) add("out-of-period", ["period"], { rule: "period-inverted", from: start, to: end });
  if (plan.baselineYear >= start) {
    add("out-of-period", ["baselineYear"], { rule: "baseline-year-in-period", year: plan.baselineYear, from: start });
  }

  const regionIds = unique(
    "region",
    plan.regions.map((r, i) => ({ id: r.id, path: ["regions", i] })),
  );
  const levelOf = new Map(plan.regions.map((r) => [r.id, r.level]));
  plan.regions.forEach((r, i) => {
    if (r.parent !== undefined && !regionIds.has(r.parent)) {
      add("unknown-reference", ["regions", i, "parent"], {
        rule: "unknown-reference",
        thing: "parent region",
        id: r.parent,
      });
    } else if (r.parent !== undefined) {
      // Levels strictly rise towards the root, which also rules out a cycle of parents.
      const parentLevel = levelOf.get(r.parent);
      if (parentLevel !== undefined && LEVEL_RANK[parentLevel] >= LEVEL_RANK[r.level]) {
        add("inconsistent", ["regions", i, "parent"], {
          rule: "parent-not-higher",
          id: r.parent,
          kind: r.level,
          parentKind: parentLevel,
        });
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
    if (!chapterIds.has(chapter))
      add("unknown-reference", [...path, "chapter"], { rule: "unknown-reference", thing: "chapter", id: chapter });
    else if (section !== undefined && !sectionsOf.get(chapter)?.has(section)) {
      add("unknown-reference", [...path, "section"], { rule: "no-such-section", id: section, other: chapter });
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
          add("unknown-reference", ["boxes", bi, "tasks", ti, "indicators", ri], {
            rule: "unknown-reference",
            thing: "indicator",
            id: ref,
          });
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
    if (!unitIds.has(ind.unit))
      add("unknown-reference", [...at, "unit"], { rule: "unknown-reference", thing: "unit", id: ind.unit });
    if (unit?.dimension === "rank" && ind.peers === undefined) {
      add("inconsistent", [...at, "peers"], { rule: "rank-needs-peers" });
    }
    if (ind.headline) {
      const other = headlineRows.get(ind.headline.row);
      if (other !== undefined) {
        add("duplicate-id", [...at, "headline", "row"], {
          rule: "duplicate-headline-row",
          id: String(ind.headline.row),
          other: `indicators.${other}`,
        });
      } else headlineRows.set(ind.headline.row, i);
    }
    if (ind.aggregation.method === "ratio") {
      for (const part of ["numerator", "denominator"] as const) {
        const ref = ind.aggregation[part];
        if (!indicatorIds.has(ref)) {
          add("unknown-reference", [...at, "aggregation", part], {
            rule: "unknown-reference",
            thing: "component indicator",
            id: ref,
          });
        }
      }
    }
    if (ind.role === "component" && ind.targets.length > 0) {
      add("inconsistent", [...at, "targets"], { rule: "component-has-targets" });
    }
    const allowed = new Set<string>();
    ind.regions.forEach((r, ri) => {
      if (!regionIds.has(r))
        add("unknown-reference", [...at, "regions", ri], { rule: "unknown-reference", thing: "region", id: r });
      allowed.add(r);
    });
    ind.baselines.forEach((b, bi) => {
      if (!regionIds.has(b.region))
        add("unknown-reference", [...at, "baselines", bi, "region"], {
          rule: "unknown-reference",
          thing: "region",
          id: b.region,
        });
      else if (!allowed.has(b.region)) {
        add("inconsistent", [...at, "baselines", bi, "region"], { rule: "region-not-of-indicator", id: b.region });
      }
      if (b.year > end)
        add("out-of-period", [...at, "baselines", bi, "year"], { rule: "baseline-after-period", year: b.year });
    });
    ind.targets.forEach((t, ti) => {
      const tp = [...at, "targets", ti];
      targetEntries.push({ id: t.id, path: tp });
      if (t.year < start || t.year > end) {
        add("out-of-period", [...tp, "year"], { rule: "target-year-outside", year: t.year, from: start, to: end });
      }
      if (t.from !== undefined && (t.from < start || t.from > t.year)) {
        add("out-of-period", [...tp, "from"], { rule: "from-year-outside", year: t.from, from: start, to: t.year });
      }
      if (t.kind === "never-decrease" ? t.value !== undefined : t.value === undefined) {
        add(
          "inconsistent",
          [...tp, "value"],
          t.kind === "never-decrease"
            ? { rule: "never-decrease-has-value" }
            : { rule: "target-needs-value", kind: t.kind },
        );
      }
      const reporting = ind.reporting ?? reportingOf(ind);
      if (t.kind === "cumulative" && reporting !== "flow") {
        add("inconsistent", [...at, "reporting"], { rule: "cumulative-needs-flow", kind: reporting });
      }
      if (t.kind === "increment" && reporting === "flow") {
        add("inconsistent", [...at, "reporting"], { rule: "increment-not-flow" });
      }
      if ((t.kind === "never-decrease") !== (t.comparator === "never-decrease")) {
        add("inconsistent", [...tp, "comparator"], { rule: "comparator-kind-mismatch" });
      }
      if (t.regions.length === 0) {
        add(
          "inconsistent",
          [...tp, "regions"],
          t.levels === undefined
            ? { rule: "target-needs-regions" }
            : { rule: "levels-match-no-region", levels: t.levels },
        );
      }
      t.regions.forEach((r, ri) => {
        if (!regionIds.has(r))
          add("unknown-reference", [...tp, "regions", ri], { rule: "unknown-reference", thing: "region", id: r });
        else if (!allowed.has(r)) {
          add("inconsistent", [...tp, "regions", ri], { rule: "region-not-of-indicator", id: r });
        }
      });
    });
  });
  unique("target", targetEntries);
  return issues;
}

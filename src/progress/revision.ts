/**
 * Target revision (动态调整): a later decision that changes a target's value from a given date.
 *
 * @module
 */
import { definePlan, type Plan } from "../model/definePlan.js";
import type { PlanData } from "../model/schema.js";
import { type CalendarDate, ProgressError, parseDecimal, parseIsoDate, show } from "./errors.js";

/**
 * A revision of one target (动态调整): from `effective` on, the target's value is `value`.
 *
 * @example
 * ```ts
 * import type { TargetRevision } from "@wuwei/sti-plan";
 * const revision: TargetRevision = {
 *   id: "rd-intensity.2025.rev-2023", target: "rd-intensity.2025", value: "1.2", effective: "2023-07-01",
 *   reason: { zh: "中期评估调整", en: "mid-term evaluation" }, source: "hypothetical mid-term review",
 * };
 * revision.value; //=> "1.2"
 * ```
 * @category Progress
 */
export interface TargetRevision {
  /** Identifier of the revision, named in assessments that use it. */
  readonly id: string;
  /** Id of the revised target. */
  readonly target: string;
  /** The new value, a decimal string in the indicator's unit. */
  readonly value: string;
  /** ISO date from which the new value applies. */
  readonly effective: string;
  /** Why, in Chinese and English. */
  readonly reason: { readonly zh: string; readonly en: string };
  /** Where the revision was decided or published (document number, title or address). */
  readonly source: string;
}

/** A revision checked against a plan. @internal */
export interface CheckedRevision {
  readonly revision: TargetRevision;
  readonly effective: CalendarDate;
  readonly index: number;
}

/** Check revisions against a plan: known target with a value, decimal value, ISO date. @internal */
export function checkRevisions(plan: Plan, revisions: readonly TargetRevision[], path: string): CheckedRevision[] {
  if (!Array.isArray(revisions))
    throw new ProgressError("invalid-argument", [path], { rule: "array", what: "revisions" });
  const targets = new Map(plan.indicators.flatMap((i) => i.targets.map((t) => [t.id, t] as const)));
  return revisions.map((revision, index) => {
    const at = [path, index];
    if (typeof revision?.id !== "string" || revision.id.length === 0) {
      throw new ProgressError("invalid-argument", [...at, "id"], { rule: "revision-id" });
    }
    const target = targets.get(revision.target);
    if (target === undefined) {
      throw new ProgressError("unknown-target", [...at, "target"], {
        rule: "unknown-target",
        received: show(revision.target),
      });
    }
    if (target.kind === "never-decrease") {
      throw new ProgressError("invalid-argument", [...at, "target"], { rule: "never-decrease-revision" });
    }
    parseDecimal(revision.value, [...at, "value"]);
    if (typeof revision.reason?.zh !== "string" || typeof revision.reason?.en !== "string") {
      throw new ProgressError("invalid-argument", [...at, "reason"], { rule: "revision-reason" });
    }
    return { revision, effective: parseIsoDate(revision.effective, [...at, "effective"]), index };
  });
}

/** The revision in force for each target at a date (the latest effective one; later in the list wins ties). @internal */
export function revisionsInForce(checked: readonly CheckedRevision[], asOf: CalendarDate): Map<string, TargetRevision> {
  const out = new Map<string, TargetRevision>();
  const ordered = [...checked]
    .filter((c) => c.effective.iso <= asOf.iso)
    .sort((a, b) => a.effective.iso.localeCompare(b.effective.iso) || a.index - b.index);
  for (const c of ordered) out.set(c.revision.target, c.revision);
  return out;
}

/**
 * Apply target revisions (动态调整) permanently: returns a NEW checked, deep-frozen plan whose targets carry the revised
 * values, each revised target keeping its superseded value in `notes`. The original plan is not touched. Revisions
 * apply in order of their effective date. To assess with the targets in force at a date instead, pass the revisions
 * to {@link assessPlan} as `options.revisions`.
 *
 * @param plan - the plan
 * @param revisions - the revisions to apply
 * @returns the revised plan, checked by `definePlan`
 * @throws {@link ProgressError} `unknown-target`, `invalid-decimal`, `invalid-date` or `invalid-argument` on a bad
 *   revision; `PlanValidationError` if the result is not a valid plan
 * @example
 * ```ts
 * import { definePlan, revisePlan } from "@wuwei/sti-plan";
 * const plan = definePlan({
 *   id: "demo", title: { zh: "示例", en: "Demo" },
 *   document: { number: "1", issuer: { zh: "甲", en: "A" }, written: "2021-01-01", issued: "2021-01-01", text: "t",
 *     source: { line: 1, quote: "1" } },
 *   period: { start: 2021, end: 2025 }, baselineYear: 2020, basedOn: [],
 *   regions: [{ id: "c", name: { zh: "市", en: "City" }, level: "city" }],
 *   units: [{ id: "percent", symbol: { zh: "%", en: "%" }, dimension: "percent" }],
 *   principles: [], boxes: [], decisions: [],
 *   chapters: [{ id: "ch", number: 1, title: { zh: "章", en: "Chapter" }, source: { line: 1, quote: "1" }, sections: [] }],
 *   indicators: [{ id: "x", name: { zh: "x", en: "x" }, unit: "percent", direction: "increase", attribute: "expected",
 *     chapter: "ch", aggregation: { method: "none" }, regions: ["c"], source: { line: 1, quote: "1" },
 *     baselines: [], targets: [{ id: "x.2025", kind: "end-level", comparator: "reach", value: "2", year: 2025,
 *       regions: ["c"], source: { line: 1, quote: "1" } }] }],
 * });
 * const revised = revisePlan(plan, [{ id: "r1", target: "x.2025", value: "1.8", effective: "2023-06-30",
 *   reason: { zh: "调整", en: "adjusted" }, source: "notice" }]);
 * revised.indicators[0]?.targets[0]?.value; //=> "1.8"
 * plan.indicators[0]?.targets[0]?.value; //=> "2"
 * ```
 * @category Progress
 */
export function revisePlan(plan: Plan, revisions: readonly TargetRevision[]): Plan {
  const checked = checkRevisions(plan, revisions, "revisions");
  const data = structuredClone(plan) as PlanData;
  const ordered = [...checked].sort((a, b) => a.effective.iso.localeCompare(b.effective.iso) || a.index - b.index);
  for (const { revision } of ordered) {
    for (const indicator of data.indicators) {
      for (const target of indicator.targets) {
        if (target.id !== revision.target) continue;
        const old = target.value ?? "";
        target.value = revision.value;
        target.notes = [
          ...(target.notes ?? []),
          `revised (动态调整) by ${revision.id}, effective ${revision.effective}: ${old} → ${revision.value}; ` +
            `${revision.reason.en} / ${revision.reason.zh} (${revision.source})`,
        ];
      }
    }
  }
  return definePlan(data);
}

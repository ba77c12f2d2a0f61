/**
 * Revising a plan by its target revisions: kept apart from revision.ts so that assessing (which reads revisions)
 * never loads definePlan and its zod schema.
 *
 * @module
 */
import { definePlan, type Plan } from "../model/definePlan.js";
import type { PlanData } from "../model/schema.js";
import { checkRevisions, type TargetRevision } from "./revision.js";
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

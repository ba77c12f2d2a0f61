/**
 * Target revision (动态调整): a later decision that changes a target's value from a given date.
 *
 * @module
 */
import type { Plan } from "../model/definePlan.js";
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

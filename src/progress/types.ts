import type { Attribute, Comparator, Direction, TargetKind } from "../model/schema.js";
import type { ObservationStatus } from "../observations/schema.js";
import type { UnusedObservation } from "./unused.js";

/**
 * A progress method.
 * - `schedule` (序时进度): completion against the share of the period elapsed, on a linear path (Chinese plan
 *   evaluation practice).
 * - `growth-ratio`: actual against required compound growth, as Eurostat's SDG monitoring and Open SDG compute it.
 * - `projection`: the value a linear trend reaches by the target year (UN ESCAP anticipated progress).
 *
 * @example
 * ```ts
 * import type { Method } from "@wuwei/sti-plan";
 * const method: Method = "schedule";
 * method; //=> "schedule"
 * ```
 * @category Progress
 */
export type Method = "schedule" | "growth-ratio" | "projection";

/**
 * The verdict of an assessment. Which statuses a method gives:
 * - every method: `target-achieved`, `not-assessable`;
 * - `schedule`: `on-schedule`, `behind-schedule`, `regressing`, `target-missed`;
 * - `growth-ratio`: `substantial-progress`, `moderate-progress`, `limited-progress`, `deterioration`;
 * - `projection`: `on-track`, `accelerate`, `reverse-trend`, and `target-missed` once the target year's data are in.
 *
 * @example
 * ```ts
 * import type { AssessmentStatus } from "@wuwei/sti-plan";
 * const status: AssessmentStatus = "moderate-progress";
 * status; //=> "moderate-progress"
 * ```
 * @category Progress
 */
export type AssessmentStatus =
  | "target-achieved"
  | "on-schedule"
  | "behind-schedule"
  | "regressing"
  | "target-missed"
  | "substantial-progress"
  | "moderate-progress"
  | "limited-progress"
  | "deterioration"
  | "on-track"
  | "accelerate"
  | "reverse-trend"
  | "not-assessable";

/**
 * A remark attached to an assessment: why it could not be made, which data were provisional, which convention was
 * applied. `code` is stable; `message` is for people, in Chinese and English.
 *
 * @example
 * ```ts
 * import type { AssessmentNote } from "@wuwei/sti-plan";
 * const note: AssessmentNote = { code: "no-target", message: { zh: "无目标值", en: "no target" } };
 * note.code; //=> "no-target"
 * ```
 * @category Progress
 */
export interface AssessmentNote {
  /** Stable identifier of the kind of remark. */
  readonly code: string;
  /** The remark in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * The result of one method on one series: the method, the status, the figures behind it (exact decimal strings,
 * never rounded: 40 significant digits for a quotient or a root; `null` where a figure does not exist) and the
 * notes. Only the renderers of `@wuwei/sti-plan/report` round, for people.
 *
 * @example
 * ```ts
 * import { assess, type Assessment } from "@wuwei/sti-plan";
 * const result: Assessment = assess(
 *   { direction: "increase", baseline: { year: 2020, value: "0.62" }, target: { year: 2025, value: "1.5" },
 *     series: [{ year: 2023, value: "0.95" }] },
 *   { method: "schedule" },
 * );
 * result.status; //=> "behind-schedule"
 * ```
 * @category Progress
 */
export interface Assessment {
  /** The method that produced the result. */
  readonly method: Method;
  /** The verdict. */
  readonly status: AssessmentStatus;
  /** Named figures as decimal strings. */
  readonly figures: Readonly<Record<string, string | null>>;
  /** Remarks, in order. */
  readonly notes: readonly AssessmentNote[];
}

/**
 * One data point of a series given to {@link assess}.
 *
 * @example
 * ```ts
 * import type { SeriesPoint } from "@wuwei/sti-plan";
 * const point: SeriesPoint = { year: 2023, value: "0.95", status: "provisional" };
 * point.status; //=> "provisional"
 * ```
 * @category Progress
 */
export interface SeriesPoint {
  /** Calendar year. */
  readonly year: number;
  /** The value, a decimal string in the indicator's unit. */
  readonly value: string;
  /** SDMX observation status; `break` marks the first value on a new basis. */
  readonly status?: ObservationStatus;
}

/**
 * What {@link assess} works on: one indicator in one region.
 *
 * @example
 * ```ts
 * import type { AssessInput } from "@wuwei/sti-plan";
 * const input: AssessInput = { direction: "decrease", baseline: { year: 2020, value: "7" },
 *   target: { year: 2025, value: "6" }, series: [{ year: 2022, value: "6" }] };
 * input.series.length; //=> 1
 * ```
 * @category Progress
 */
export interface AssessInput {
  /** Which way is better. Required: there is no default. */
  readonly direction: Direction;
  /** Baseline year and value. Only annual floors, cumulative totals and never-decrease constraints can do without. */
  readonly baseline?: { readonly year: number; readonly value: string };
  /**
   * Target year and value. Leave out the whole target for growth without a target; a never-decrease constraint
   * gives only the year (the end of the period).
   */
  readonly target?: { readonly year: number; readonly value?: string };
  /** A natural limit (100 for a percentage), used by the growth-ratio method without a target. */
  readonly limit?: string;
  /** The data, any order, one value a year. Years before the baseline year are ignored. */
  readonly series: readonly SeriesPoint[];
}

/**
 * How {@link assess} works.
 *
 * @example
 * ```ts
 * import type { AssessOptions } from "@wuwei/sti-plan";
 * const options: AssessOptions = { method: "schedule", kind: "cumulative", from: 2021, asOf: "2023-12-31" };
 * options.kind; //=> "cumulative"
 * ```
 * @category Progress
 */
export interface AssessOptions {
  /** The method. */
  readonly method: Method;
  /** Date of the evaluation (ISO). After 31 December of the target year the period is over (final evaluation). */
  readonly asOf?: string;
  /** Compare levels across a break in series (status `break`). Off by default. A trend line never spans a break. */
  readonly allowBreaks?: boolean;
  /** The comparator of the target; `at-least` when absent. */
  readonly comparator?: Comparator;
  /** The kind of target; `end-level` when absent. */
  readonly kind?: TargetKind;
  /** First year counted by an annual floor or a cumulative total; the year after the baseline when absent. */
  readonly from?: number;
  /** Growth-ratio method: the base year; the baseline year when absent. */
  readonly baseYear?: number;
  /** Expected (预期性) or binding (约束性); a binding target that falls behind gets a note. */
  readonly attribute?: Attribute;
}

/**
 * One target in one region, assessed: the {@link Assessment} plus what was assessed.
 *
 * @example
 * ```ts
 * import type { TargetAssessment } from "@wuwei/sti-plan";
 * const row: TargetAssessment = {
 *   method: "schedule", status: "target-achieved", figures: {}, notes: [], indicator: "st-progress-rank",
 *   target: "st-progress-rank.2025", region: "wuwei", kind: "rank", comparator: "reach", attribute: "expected",
 *   baseline: { year: 2020, value: "7", origin: "plan" }, targetValue: "6", targetYear: 2025,
 *   latest: { year: 2023, value: "6" }, revision: null,
 * };
 * row.latest?.value; //=> "6"
 * ```
 * @category Progress
 */
export interface TargetAssessment extends Assessment {
  /** Indicator id. */
  readonly indicator: string;
  /** Target id. */
  readonly target: string;
  /** Region id. */
  readonly region: string;
  /** The kind of target. */
  readonly kind: TargetKind;
  /** The comparator of the target. */
  readonly comparator: Comparator;
  /** Expected or binding. */
  readonly attribute: Attribute;
  /** The baseline used: from the plan, or the reported figure of the baseline year where the plan has none. */
  readonly baseline: { readonly year: number; readonly value: string; readonly origin: "plan" | "reported" } | null;
  /** The target value in force (after revisions), `null` for never-decrease. */
  readonly targetValue: string | null;
  /** The target year. */
  readonly targetYear: number;
  /** The latest data point used. */
  readonly latest: { readonly year: number; readonly value: string; readonly status?: ObservationStatus } | null;
  /** Id of the revision in force, if any. */
  readonly revision: string | null;
}

/**
 * Every target of a plan, in every region it applies to, assessed by one method as of one date.
 *
 * @example
 * ```ts
 * import { assessPlan, type PlanAssessment, wuwei14 } from "@wuwei/sti-plan";
 * const report: PlanAssessment = assessPlan(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
 * report.asOf; //=> "2023-12-31"
 * report.unused; //=> []
 * ```
 * @category Progress
 */
export interface PlanAssessment {
  /** Plan id. */
  readonly plan: string;
  /** Date of the evaluation. */
  readonly asOf: string;
  /** The method used. */
  readonly method: Method;
  /** One result per target and region, in plan order. */
  readonly results: readonly TargetAssessment[];
  /**
   * Every observation given that went into no result, and why, in input order: nothing is dropped in silence.
   * (Figures of other regions than `options.region` are left out on purpose and not listed.)
   */
  readonly unused: readonly UnusedObservation[];
}

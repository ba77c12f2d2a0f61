/**
 * The classes a Chinese plan evaluation sorts targets into (提前实现 / 快于预期 / 基本符合预期 / 相对滞后), as a
 * reading of the schedule method's completion against the time share.
 *
 * @module
 */
import { DECIMAL_INPUT_PATTERN, Dec } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import { evaluationRows } from "./evaluation-data.js";
import type { AssessmentStatus } from "./progress-types.js";
import type { Lang, Scorecard } from "./types.js";

/**
 * How an evaluation classes a target under the schedule method.
 * - `achieved-early` 提前实现: the target is met before its year;
 * - `faster` 快于预期: completion ahead of the time share by at least the band (5 points by default);
 * - `in-line` 基本符合预期: completion within the band of the time share (either side);
 * - `lagging` 相对滞后: completion behind the time share by more than the band, or moving away from the target;
 * - `achieved` 已实现 and `missed` 未实现: the verdicts once the target year's data are in (final evaluation);
 * - `not-assessable` 无法评估.
 *
 * The four classes of a mid-term review are the first four; the national 14th-plan mid-term review (2023) names
 * them but publishes no thresholds, so the band is this library's decision (docs/methodology.md).
 *
 * @example
 * ```ts
 * import type { EvaluationClass } from "@wuwei/sti-plan/report";
 * const cls: EvaluationClass = "in-line";
 * cls; //=> "in-line"
 * ```
 * @category Evaluation
 */
export type EvaluationClass =
  | "achieved-early"
  | "faster"
  | "in-line"
  | "lagging"
  | "achieved"
  | "missed"
  | "not-assessable";

/**
 * Every {@link EvaluationClass}, in the order reports list them.
 *
 * @example
 * ```ts
 * import { EVALUATION_CLASSES } from "@wuwei/sti-plan/report";
 * EVALUATION_CLASSES.slice(0, 4); //=> ["achieved-early", "faster", "in-line", "lagging"]
 * ```
 * @category Evaluation
 */
export const EVALUATION_CLASSES: readonly EvaluationClass[] = Object.freeze([
  "achieved-early",
  "faster",
  "in-line",
  "lagging",
  "achieved",
  "missed",
  "not-assessable",
] as const);

const LABELS: Readonly<Record<EvaluationClass, Readonly<Record<Lang, string>>>> = deepFreeze({
  "achieved-early": { zh: "提前实现", en: "achieved early" },
  faster: { zh: "快于预期", en: "faster than expected" },
  "in-line": { zh: "基本符合预期", en: "broadly as expected" },
  lagging: { zh: "相对滞后", en: "lagging" },
  achieved: { zh: "已实现", en: "achieved" },
  missed: { zh: "未实现", en: "missed" },
  "not-assessable": { zh: "无法评估", en: "not assessable" },
});

/**
 * The label of an evaluation class in Chinese or English.
 *
 * @param cls - the class
 * @param lang - `"zh"` (default) or `"en"`
 * @returns the label
 * @example
 * ```ts
 * import { classLabel } from "@wuwei/sti-plan/report";
 * classLabel("faster"); //=> "快于预期"
 * classLabel("lagging", "en"); //=> "lagging"
 * ```
 * @category Evaluation
 */
export function classLabel(cls: EvaluationClass, lang: Lang = "zh"): string {
  return LABELS[cls][lang];
}

/**
 * What {@link scheduleClass} needs of a schedule-method result.
 *
 * @example
 * ```ts
 * import type { ScheduleClassInput } from "@wuwei/sti-plan/report";
 * const input: ScheduleClassInput = { status: "behind-schedule", completion: "0.375", timeShare: "0.6", latestYear: 2023, targetYear: 2025 };
 * input.timeShare; //=> "0.6"
 * ```
 * @category Evaluation
 */
export interface ScheduleClassInput {
  /** The schedule method's status. */
  readonly status: AssessmentStatus;
  /** Completion `C = (xt − x0)/(X* − x0)` as a decimal string, `null` where the kind of target has none. */
  readonly completion: string | null;
  /** Time share `τ` as a decimal string, `null` where absent. */
  readonly timeShare: string | null;
  /** The year of the latest figure used, `null` without data. */
  readonly latestYear: number | null;
  /** The target year. */
  readonly targetYear: number;
}

/**
 * Options of {@link scheduleClass} and {@link evaluationClasses}.
 *
 * @example
 * ```ts
 * import type { ClassOptions } from "@wuwei/sti-plan/report";
 * const options: ClassOptions = { band: "0.1" };
 * options.band; //=> "0.1"
 * ```
 * @category Evaluation
 */
export interface ClassOptions {
  /**
   * Half-width of 基本符合预期 around the time share, as a fraction of the way to the target (`"0.05"`, five
   * percentage points, by default): `C − τ ≥ band` is 快于预期, `−band ≤ C − τ < band` is 基本符合预期 and
   * `C − τ < −band` is 相对滞后.
   */
  readonly band?: string;
}

/** The default band: five percentage points of the way to the target. @internal */
export const DEFAULT_BAND = "0.05";

const SCHEDULE_STATUSES: ReadonlySet<AssessmentStatus> = new Set<AssessmentStatus>([
  "target-achieved",
  "on-schedule",
  "behind-schedule",
  "regressing",
  "target-missed",
  "not-assessable",
]);

function bandOf(options: ClassOptions | undefined): Dec {
  const band = options?.band ?? DEFAULT_BAND;
  if (typeof band !== "string" || !DECIMAL_INPUT_PATTERN.test(band) || band.startsWith("-") || new Dec(band).gte(1)) {
    throw new RangeError(`band must be a decimal string from 0 up to (not including) 1, received ${String(band)}`);
  }
  return new Dec(band);
}

/**
 * Class one schedule-method result. First match wins:
 * 1. `not-assessable` stays so; `target-missed` is `missed`;
 * 2. `target-achieved` is `achieved-early` when the latest figure is from before the target year, else `achieved`;
 * 3. `regressing` (moved away from the target since the baseline) is `lagging`;
 * 4. with a completion and a time share, the lead `C − τ` decides: `≥ band` `faster`, `≥ −band` `in-line`, below
 *    `lagging` — on exact decimals, so 0.65 against 0.6 with the default band is `faster` and 0.649999 `in-line`;
 * 5. without them (annual floors, never-decrease, ranks) `on-schedule` is `in-line` and `behind-schedule` `lagging`.
 *
 * @param input - status, completion, time share, latest and target year
 * @param options - the band (default `"0.05"`)
 * @returns the class
 * @throws RangeError for a status the schedule method does not give, or a band outside 0 ≤ band < 1
 * @example
 * ```ts
 * import { scheduleClass } from "@wuwei/sti-plan/report";
 * const rd = { status: "behind-schedule", completion: "0.375", timeShare: "0.6", latestYear: 2023, targetYear: 2025 } as const;
 * scheduleClass(rd); //=> "lagging"
 * scheduleClass({ ...rd, completion: "0.58" }); //=> "in-line"
 * scheduleClass({ ...rd, status: "on-schedule", completion: "0.7" }); //=> "faster"
 * scheduleClass({ ...rd, status: "target-achieved", completion: "1.1" }); //=> "achieved-early"
 * ```
 * @category Evaluation
 */
export function scheduleClass(input: ScheduleClassInput, options?: ClassOptions): EvaluationClass {
  const band = bandOf(options);
  if (!SCHEDULE_STATUSES.has(input.status)) {
    throw new RangeError(`status "${input.status}" is not a status of the schedule method`);
  }
  switch (input.status) {
    case "not-assessable":
      return "not-assessable";
    case "target-missed":
      return "missed";
    case "target-achieved":
      return input.latestYear !== null && input.latestYear < input.targetYear ? "achieved-early" : "achieved";
    case "regressing":
      return "lagging";
    default:
      break;
  }
  if (input.completion !== null && input.timeShare !== null) {
    const lead = new Dec(input.completion).minus(input.timeShare);
    if (lead.gte(band)) return "faster";
    if (lead.gte(band.neg())) return "in-line";
    return "lagging";
  }
  return input.status === "on-schedule" ? "in-line" : "lagging";
}

/**
 * The classes of a scorecard's rows and how many rows fall in each.
 *
 * @example
 * ```ts
 * import type { ScorecardClasses } from "@wuwei/sti-plan/report";
 * const classes: ScorecardClasses = { byRow: ["lagging"], counts: { lagging: 1 }, band: "0.05" };
 * classes.counts.lagging; //=> 1
 * ```
 * @category Evaluation
 */
export interface ScorecardClasses {
  /** The class of each row, in the scorecard's order. */
  readonly byRow: readonly EvaluationClass[];
  /** Rows by class, only the classes that occur. */
  readonly counts: Readonly<Partial<Record<EvaluationClass, number>>>;
  /** The band used. */
  readonly band: string;
}

/**
 * Class every row of a schedule-method scorecard (see {@link scheduleClass}). The classes read the schedule
 * method's completion and time share, so a scorecard made by another method has none: the result is `null`.
 *
 * @param card - a scorecard
 * @param options - the band
 * @returns the classes, deep-frozen, or `null` for a scorecard not made by the schedule method
 * @example
 * ```ts
 * import { evaluationClasses, scorecard } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2023-12-31", method: "schedule", region: "wuwei",
 * });
 * const classes = evaluationClasses(card);
 * classes?.byRow[card.rows.findIndex((r) => r.indicator.id === "rd-intensity")]; //=> "lagging"
 * ```
 * @category Evaluation
 */
export function evaluationClasses(card: Scorecard, options?: ClassOptions): ScorecardClasses | null {
  const band = bandOf(options);
  if (card.method !== "schedule") return null;
  const byRow = evaluationRows(card).map((row) =>
    scheduleClass(
      {
        status: row.status,
        completion: row.completion,
        timeShare: row.timeShare,
        latestYear: row.latest?.year ?? null,
        targetYear: row.target.year,
      },
      options,
    ),
  );
  const counts: Partial<Record<EvaluationClass, number>> = {};
  for (const cls of EVALUATION_CLASSES) {
    const n = byRow.filter((c) => c === cls).length;
    if (n > 0) counts[cls] = n;
  }
  return deepFreeze({ byRow, counts, band: band.toFixed() });
}

import type { Attribute, Comparator, Direction, LocalizedText, RegionLevel, TargetKind } from "../model/schema.js";
import type { ObservationIssue } from "../observations/issues.js";
import type { ObservationStatus } from "../observations/schema.js";

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
 * Every {@link Method}, in a fixed order: the one list that `assess`, `assessPlan`, `scorecard` and the CLI's
 * `--method` check against.
 *
 * @example
 * ```ts
 * import { METHODS } from "@wuwei/sti-plan";
 * METHODS; //=> ["schedule", "growth-ratio", "projection"]
 * ```
 * @category Progress
 */
export const METHODS: readonly Method[] = Object.freeze(["schedule", "growth-ratio", "projection"] as const);

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
 * Every kind of remark an assessment, an aggregate or a roll-up can carry: the codes of {@link AssessmentNote},
 * stable across versions (a new remark adds a code; none is renamed), so that a system can act on a remark without
 * reading its words.
 *
 * @example
 * ```ts
 * import { ASSESSMENT_NOTE_CODES } from "@wuwei/sti-plan";
 * ASSESSMENT_NOTE_CODES.includes("derived-from-counties"); //=> true
 * ```
 * @category Progress
 */
export const ASSESSMENT_NOTE_CODES = Object.freeze([
  "achieved-early",
  "after-as-of-ignored",
  "after-target-year-ignored",
  "aspirational",
  "base-equals-target",
  "base-year-after-latest",
  "base-year-moved",
  "baseline-reported",
  "binding-off-track",
  "break-allowed",
  "break-in-series",
  "city-differs-from-counties",
  "cumulative-needs-increase",
  "derived-from-counties",
  "estimated-data",
  "fell",
  "fewer-than-two-points",
  "figures-rejected",
  "final-data-missing",
  "fit-after-break",
  "forecast-excluded",
  "increment-as-level",
  "limit-applied",
  "method-not-applicable",
  "missing-years",
  "no-baseline",
  "no-counties",
  "no-data",
  "no-target",
  "no-target-trend",
  "not-aggregable",
  "not-derived-from-counties",
  "opposite-sign",
  "progress-value-explodes",
  "provisional-data",
  "rank-ordinal",
  "rank-schedule",
  "ratio-from-components",
  "regions-missing",
  "regression-equal-weights",
  "revision-in-force",
  "series-without-score",
  "target-not-after-base",
  "target-opposite-sign",
  "time-share-from-data-years",
  "zero-base-replaced",
  "zero-denominator",
  "zero-target-replaced",
] as const);

/**
 * The code of an {@link AssessmentNote}: one of {@link ASSESSMENT_NOTE_CODES}.
 *
 * @example
 * ```ts
 * import type { AssessmentNoteCode } from "@wuwei/sti-plan";
 * const code: AssessmentNoteCode = "no-baseline";
 * code; //=> "no-baseline"
 * ```
 * @category Progress
 */
export type AssessmentNoteCode = (typeof ASSESSMENT_NOTE_CODES)[number];

/**
 * The values each kind of {@link AssessmentNote} is rendered from, by code: years as numbers, figures as exact
 * decimal strings, region and indicator ids, and — where the words come from the plan or from another problem (a
 * region's name, a revision's reason, a rejected figure's message) — the text in both languages. An empty object
 * where the remark needs nothing.
 *
 * @example
 * ```ts
 * import { assessmentNoteMessages, type AssessmentNoteParams } from "@wuwei/sti-plan";
 * const params: AssessmentNoteParams["achieved-early"] = { year: 2023, targetYear: 2025 };
 * assessmentNoteMessages.en["achieved-early"](params); //=> "the 2025 target was already met in 2023 (achieved early)"
 * ```
 * @category Progress
 */
export interface AssessmentNoteParams {
  /** The target of `targetYear` was met in `year`. */
  readonly "achieved-early": { readonly year: number; readonly targetYear: number };
  /** Figures of `years`, after the evaluation date, were not used. */
  readonly "after-as-of-ignored": { readonly years: readonly number[] };
  /** Figures of `years`, after the target year `targetYear`, were not used. */
  readonly "after-target-year-ignored": { readonly years: readonly number[]; readonly targetYear: number };
  readonly aspirational: Record<string, never>;
  readonly "base-equals-target": Record<string, never>;
  /** No figure in or after the configured base year `baseYear`. */
  readonly "base-year-after-latest": { readonly baseYear: number };
  /** No figure for the base year `baseYear`; the first later year with one, `used`, is the base. */
  readonly "base-year-moved": { readonly baseYear: number; readonly used: number };
  /**
   * The plan gives no baseline for the region: the reported figure of `baseYear` is used (`runningTotal: false`), or
   * the indicator counts additions since `baseYear`, which are 0 then by definition (`runningTotal: true`).
   */
  readonly "baseline-reported": { readonly baseYear: number; readonly runningTotal: boolean };
  readonly "binding-off-track": Record<string, never>;
  /** Breaks in series in `years`, compared across as the caller allowed. */
  readonly "break-allowed": { readonly years: readonly number[] };
  /** Breaks in series in `years`: no comparison across them. */
  readonly "break-in-series": { readonly years: readonly number[] };
  /**
   * The region's own figures differ from the total of its parts (one level down from `level`): each difference
   * written out in both languages.
   */
  readonly "city-differs-from-counties": {
    readonly level: RegionLevel;
    readonly differences: readonly LocalizedText[];
  };
  readonly "cumulative-needs-increase": Record<string, never>;
  /** The region's value for `years` comes from its parts: their sum, or (`ratio`) their summed components. */
  readonly "derived-from-counties": {
    readonly level: RegionLevel;
    readonly years: readonly number[];
    readonly ratio: boolean;
  };
  /** Figures of `years` are estimates. */
  readonly "estimated-data": { readonly years: readonly number[] };
  /** The series fell (`rose: false`) or rose (`rose: true`, for a lower-is-better indicator) in `years`. */
  readonly fell: { readonly years: readonly number[]; readonly rose: boolean };
  readonly "fewer-than-two-points": Record<string, never>;
  /** Figures that validation rejected, with their messages. */
  readonly "figures-rejected": { readonly rejected: readonly LocalizedText[] };
  /** The period is over but the figure of `targetYear` is missing: assessed on `year`. */
  readonly "final-data-missing": { readonly targetYear: number; readonly year: number };
  /** The trend is fitted on figures from the break of `year` on. */
  readonly "fit-after-break": { readonly year: number };
  /** Figures of `years` are forecasts. */
  readonly "forecast-excluded": { readonly years: readonly number[] };
  /** An increment target assessed as the level `level` (an exact decimal string). */
  readonly "increment-as-level": { readonly level: string };
  /** The thresholds scaled for a natural limit by the factor `factor` (an exact decimal string). */
  readonly "limit-applied": { readonly factor: string };
  /** `method` does not measure a target of kind `kind`. */
  readonly "method-not-applicable": { readonly method: string; readonly kind: string };
  /** No figures for `years`. */
  readonly "missing-years": { readonly years: readonly number[] };
  /** No baseline; `increment` when the target is an increment, which needs the stock of the baseline year. */
  readonly "no-baseline": { readonly increment: boolean };
  /** The region (`region`, an id) has no regions below it in the plan. */
  readonly "no-counties": { readonly region: string };
  /** No figures at all (`after: null`) or none after the year `after`. */
  readonly "no-data": { readonly after: number | null };
  readonly "no-target": Record<string, never>;
  readonly "no-target-trend": Record<string, never>;
  readonly "not-aggregable": Record<string, never>;
  /**
   * No value of `year` for the region from its parts (one level down from `level`): why, in both languages, and,
   * for a sum of figures that cannot be negative, the known part (`known`: at least `value`, in the unit whose
   * symbol is `unit`, from the regions named in `regions`).
   */
  readonly "not-derived-from-counties": {
    readonly level: RegionLevel;
    readonly year: number;
    readonly reason: LocalizedText;
    readonly known: {
      readonly value: string;
      readonly unit: LocalizedText | null;
      readonly regions: readonly LocalizedText[];
    } | null;
  };
  readonly "opposite-sign": Record<string, never>;
  /** The progress value `value` (an exact decimal string) is extreme. */
  readonly "progress-value-explodes": { readonly value: string };
  /** Figures of `years` are provisional. */
  readonly "provisional-data": { readonly years: readonly number[] };
  readonly "rank-ordinal": Record<string, never>;
  readonly "rank-schedule": Record<string, never>;
  /** A ratio computed from the summed `numerator` and `denominator` (indicator ids). */
  readonly "ratio-from-components": { readonly numerator: string; readonly denominator: string };
  /** No figures for the regions `regions` (ids). */
  readonly "regions-missing": { readonly regions: readonly string[] };
  readonly "regression-equal-weights": Record<string, never>;
  /** The target was revised by revision `revision`, in force from `effective`, for `reason`. */
  readonly "revision-in-force": {
    readonly revision: string;
    readonly effective: string;
    readonly reason: LocalizedText;
  };
  /** The series numbered `series` (1-based) could not be assessed and are left out of the mean. */
  readonly "series-without-score": { readonly series: readonly number[] };
  /** The target year `targetYear` is not after the base year `baseYear`. */
  readonly "target-not-after-base": { readonly targetYear: number; readonly baseYear: number };
  readonly "target-opposite-sign": Record<string, never>;
  /** The time share counted in data years: (`year` − `baseYear`) / (`targetYear` − `baseYear`). */
  readonly "time-share-from-data-years": {
    readonly year: number;
    readonly baseYear: number;
    readonly targetYear: number;
  };
  readonly "zero-base-replaced": Record<string, never>;
  /** The summed `denominator` (an indicator id) is 0. */
  readonly "zero-denominator": { readonly denominator: string };
  readonly "zero-target-replaced": Record<string, never>;
}

/**
 * A remark attached to an assessment: why it could not be made, which data were provisional, which convention was
 * applied. `code` is stable; `params` are the values its message is built from (typed by code: narrowing on `code`
 * gives that remark's params); `message` is for people, in Chinese and English, rendered from
 * {@link assessmentNoteMessages} when first read.
 *
 * @example
 * ```ts
 * import { assessmentNoteMessages, type AssessmentNote } from "@wuwei/sti-plan";
 * const note: AssessmentNote = {
 *   code: "no-data",
 *   params: { after: 2023 },
 *   message: { zh: "2023年以后没有数据", en: "no data after 2023" },
 * };
 * note.code === "no-data" && note.params.after; //=> 2023
 * note.code === "no-data" && assessmentNoteMessages.zh[note.code](note.params); //=> "2023年以后没有数据"
 * ```
 * @category Progress
 */
export type AssessmentNote<C extends AssessmentNoteCode = AssessmentNoteCode> = {
  readonly [K in C]: {
    /** Stable identifier of the kind of remark, from {@link ASSESSMENT_NOTE_CODES}. */
    readonly code: K;
    /** The values the message is built from. */
    readonly params: AssessmentNoteParams[K];
    /** The remark in Chinese and English. */
    readonly message: { readonly zh: string; readonly en: string };
  };
}[C];

/**
 * The message templates of one language for assessment notes: one per code, each taking that code's params.
 *
 * @example
 * ```ts
 * import { assessmentNoteMessages, type AssessmentNoteLocale } from "@wuwei/sti-plan";
 * const en: AssessmentNoteLocale = assessmentNoteMessages.en;
 * en["missing-years"]({ years: [2022, 2023] }); //=> "no data for 2022, 2023"
 * ```
 * @category Progress
 */
export type AssessmentNoteLocale = {
  readonly [K in AssessmentNoteCode]: (params: AssessmentNoteParams[K]) => string;
};

/**
 * A figure of an assessment: an exact decimal string (never rounded; 40 significant digits for a quotient or a
 * root), or `null` where the figure does not exist (a completion when the target equals the baseline, any figure
 * of a refused assessment).
 *
 * @example
 * ```ts
 * import type { Figure } from "@wuwei/sti-plan";
 * const lead: Figure = "-0.225";
 * lead; //=> "-0.225"
 * ```
 * @category Progress
 */
export type Figure = string | null;

/**
 * Figures of the schedule method (序时进度) on an end level: completion `C`, time share `τ`, the linear path's
 * value at the latest data year, `lead = C − τ`, and the distance ahead of the path in the indicator's unit.
 *
 * @example
 * ```ts
 * import type { ScheduleLevelFigures } from "@wuwei/sti-plan";
 * const f: ScheduleLevelFigures = { completion: "0.375", timeShare: "0.6", expectedValue: "1.148", lead: "-0.225",
 *   aheadOfPath: "-0.198" };
 * f.lead; //=> "-0.225"
 * ```
 * @category Progress
 */
export interface ScheduleLevelFigures {
  readonly completion: Figure;
  readonly timeShare: Figure;
  readonly expectedValue: Figure;
  readonly lead: Figure;
  readonly aheadOfPath: Figure;
}

/**
 * Figures of the schedule method on an increment (新增): the gain since the baseline, the gain due by now
 * (target × τ), completion, time share and lead.
 *
 * @example
 * ```ts
 * import type { ScheduleIncrementFigures } from "@wuwei/sti-plan";
 * const f: ScheduleIncrementFigures = { increment: "6", expectedIncrement: "6", completion: "0.6", timeShare: "0.6",
 *   lead: "0" };
 * f.increment; //=> "6"
 * ```
 * @category Progress
 */
export interface ScheduleIncrementFigures {
  readonly increment: Figure;
  readonly expectedIncrement: Figure;
  readonly completion: Figure;
  readonly timeShare: Figure;
  readonly lead: Figure;
}

/**
 * Figures of the schedule method on a rank (第…位): positions gained, needed, and expected by now (whole places).
 *
 * @example
 * ```ts
 * import type { ScheduleRankFigures } from "@wuwei/sti-plan";
 * const f: ScheduleRankFigures = { positionsGained: "1", positionsNeeded: "1", expectedPositionsGained: "0",
 *   timeShare: "0.6" };
 * f.positionsGained; //=> "1"
 * ```
 * @category Progress
 */
export interface ScheduleRankFigures {
  readonly positionsGained: Figure;
  readonly positionsNeeded: Figure;
  readonly expectedPositionsGained: Figure;
  readonly timeShare: Figure;
}

/**
 * Figures of the schedule method on a cumulative total (累计): the running total, the total due by now, completion,
 * time share (years counted / years in the span) and lead.
 *
 * @example
 * ```ts
 * import type { CumulativeFigures } from "@wuwei/sti-plan";
 * const f: CumulativeFigures = { total: "63", expectedTotal: "36", completion: "1.05", timeShare: "0.6", lead: "0.45" };
 * f.total; //=> "63"
 * ```
 * @category Progress
 */
export interface CumulativeFigures {
  readonly total: Figure;
  readonly expectedTotal: Figure;
  readonly completion: Figure;
  readonly timeShare: Figure;
  readonly lead: Figure;
}

/**
 * One year of an annual floor (每年…以上): met, missed, or `null` when there are no data for it.
 *
 * @example
 * ```ts
 * import type { AnnualFloorYear } from "@wuwei/sti-plan";
 * const y: AnnualFloorYear = { year: 2022, result: "missed" };
 * y.result; //=> "missed"
 * ```
 * @category Progress
 */
export interface AnnualFloorYear {
  readonly year: number;
  readonly result: "met" | "missed" | null;
}

/**
 * Figures of the schedule method on an annual floor: the years met, elapsed and missed, and each year's result.
 *
 * @example
 * ```ts
 * import type { AnnualFloorFigures } from "@wuwei/sti-plan";
 * const f: AnnualFloorFigures = { yearsMet: 1, yearsElapsed: 2, yearsMissed: 1,
 *   years: [{ year: 2021, result: "met" }, { year: 2022, result: "missed" }] };
 * f.years.map((y) => y.result); //=> ["met", "missed"]
 * ```
 * @category Progress
 */
export interface AnnualFloorFigures {
  readonly yearsMet: number | null;
  readonly yearsElapsed: number | null;
  readonly yearsMissed: number | null;
  readonly years: readonly AnnualFloorYear[];
}

/**
 * One year of a never-decrease constraint (只增不减), against the year before: `rose`, `held`, `fell` (in the good
 * direction's terms: for lower-is-better, `fell` means it rose), or `null` when a break in series stops the
 * comparison.
 *
 * @example
 * ```ts
 * import type { NeverDecreaseYear } from "@wuwei/sti-plan";
 * const y: NeverDecreaseYear = { year: 2022, change: "held" };
 * y.change; //=> "held"
 * ```
 * @category Progress
 */
export interface NeverDecreaseYear {
  readonly year: number;
  readonly change: "rose" | "held" | "fell" | null;
}

/**
 * Figures of the schedule method on a never-decrease constraint: falls, comparisons made, and each year's change.
 *
 * @example
 * ```ts
 * import type { NeverDecreaseFigures } from "@wuwei/sti-plan";
 * const f: NeverDecreaseFigures = { falls: 0, comparisons: 1, years: [{ year: 2021, change: "rose" }] };
 * f.falls; //=> 0
 * ```
 * @category Progress
 */
export interface NeverDecreaseFigures {
  readonly falls: number | null;
  readonly comparisons: number | null;
  readonly years: readonly NeverDecreaseYear[];
}

/**
 * Figures of the growth-ratio method (Open SDG): base year used, progress value, score (−5…5), actual and required
 * compound rates, and the natural-limit factor `C_l` where a limit applied (`null` otherwise).
 *
 * @example
 * ```ts
 * import type { GrowthRatioFigures } from "@wuwei/sti-plan";
 * const f: GrowthRatioFigures = { baseYear: 2020, progressValue: "0.79", score: "1.36", actualRate: "0.15",
 *   requiredRate: "0.19", limitFactor: null };
 * f.score; //=> "1.36"
 * ```
 * @category Progress
 */
export interface GrowthRatioFigures {
  readonly baseYear: number | null;
  readonly progressValue: Figure;
  readonly score: Figure;
  readonly actualRate: Figure;
  readonly requiredRate: Figure;
  readonly limitFactor: Figure;
}

/**
 * Figures of the projection method (UN ESCAP): the trend's value at the target year, its completion, the slope a
 * year, and the UNSD growth projection.
 *
 * @example
 * ```ts
 * import type { ProjectionFigures } from "@wuwei/sti-plan";
 * const f: ProjectionFigures = { projectedValue: "1.149", projectedCompletion: "0.6", slope: "0.109",
 *   growthProjection: "1.26" };
 * f.slope; //=> "0.109"
 * ```
 * @category Progress
 */
export interface ProjectionFigures {
  readonly projectedValue: Figure;
  readonly projectedCompletion: Figure;
  readonly slope: Figure;
  readonly growthProjection: Figure;
}

/**
 * What every assessment carries besides its figures.
 *
 * @example
 * ```ts
 * import type { AssessmentBase } from "@wuwei/sti-plan";
 * const base: AssessmentBase = { status: "not-assessable", notes: [] };
 * base.status; //=> "not-assessable"
 * ```
 * @category Progress
 */
export interface AssessmentBase {
  /** The verdict. */
  readonly status: AssessmentStatus;
  /** Remarks, in order. */
  readonly notes: readonly AssessmentNote[];
}

/**
 * An assessment of a kind of target the method cannot measure (a rank by growth ratio, say): refused, with no
 * figures.
 *
 * @example
 * ```ts
 * import { assess, type Unmeasured } from "@wuwei/sti-plan";
 * const a = assess({ direction: "decrease", baseline: { year: 2020, value: "7" }, target: { year: 2025, value: "6" },
 *   series: [] }, { method: "projection", kind: "rank" });
 * const refused = a as Unmeasured<"projection", "rank">;
 * [refused.status, refused.figures]; //=> ["not-assessable", {}]
 * ```
 * @category Progress
 */
export type Unmeasured<M extends Method, K extends TargetKind> = AssessmentBase & {
  readonly method: M;
  readonly kind: K;
  readonly figures: { readonly [key: string]: never };
};

/**
 * The result of one method on one series, a union discriminated by `method` and `kind`: each member has its own
 * named figures (exact decimal strings, `null` where a figure does not exist; counts as numbers; years as arrays),
 * the status and the notes. Narrow on both to read a member's figures:
 * `if (a.method === "schedule" && a.kind === "end-level") a.figures.completion`. A kind a method cannot measure
 * (a rank by growth ratio, say) is refused with no figures. Only the renderers of `@wuwei/sti-plan/report` round.
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
 * result.method === "schedule" && result.kind === "end-level" ? result.figures.lead : null; //=> "-0.225"
 * ```
 * @category Progress
 */
export type Assessment =
  | (AssessmentBase & {
      readonly method: "schedule";
      readonly kind: "end-level";
      readonly figures: ScheduleLevelFigures;
    })
  | (AssessmentBase & {
      readonly method: "schedule";
      readonly kind: "increment";
      readonly figures: ScheduleIncrementFigures;
    })
  | (AssessmentBase & { readonly method: "schedule"; readonly kind: "rank"; readonly figures: ScheduleRankFigures })
  | (AssessmentBase & {
      readonly method: "schedule";
      readonly kind: "annual-floor";
      readonly figures: AnnualFloorFigures;
    })
  | (AssessmentBase & { readonly method: "schedule"; readonly kind: "cumulative"; readonly figures: CumulativeFigures })
  | (AssessmentBase & {
      readonly method: "schedule";
      readonly kind: "never-decrease";
      readonly figures: NeverDecreaseFigures;
    })
  | (AssessmentBase & {
      readonly method: "growth-ratio";
      readonly kind: "end-level" | "increment" | "never-decrease";
      readonly figures: GrowthRatioFigures;
    })
  | Unmeasured<"growth-ratio", "rank" | "annual-floor" | "cumulative">
  | (AssessmentBase & {
      readonly method: "projection";
      readonly kind: "end-level" | "increment";
      readonly figures: ProjectionFigures;
    })
  | Unmeasured<"projection", "rank" | "annual-floor" | "cumulative" | "never-decrease">;

/**
 * The figures of any assessment: the union of every member's figures.
 *
 * @example
 * ```ts
 * import type { AssessmentFigures } from "@wuwei/sti-plan";
 * const f: AssessmentFigures = { projectedValue: null, projectedCompletion: null, slope: null, growthProjection: null };
 * f; //=> { projectedValue: null, projectedCompletion: null, slope: null, growthProjection: null }
 * ```
 * @category Progress
 */
export type AssessmentFigures = Assessment["figures"];

/**
 * The result of {@link aggregateGrowthRatio}: Open SDG's combination of several growth-ratio series — the mean
 * score of the series scored, how many were scored and how many given.
 *
 * @example
 * ```ts
 * import type { CombinedGrowthRatio } from "@wuwei/sti-plan";
 * const c: CombinedGrowthRatio = { method: "growth-ratio", status: "not-assessable", notes: [],
 *   figures: { score: null, seriesScored: 0, seriesTotal: 0 } };
 * c.figures.seriesTotal; //=> 0
 * ```
 * @category Progress
 */
export interface CombinedGrowthRatio extends AssessmentBase {
  readonly method: "growth-ratio";
  readonly figures: { readonly score: Figure; readonly seriesScored: number; readonly seriesTotal: number };
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
 * What a {@link TargetAssessment} says of the target it assessed: ids, comparator, attribute, baseline, target value
 * in force, latest point and revision.
 *
 * @example
 * ```ts
 * import type { TargetContext } from "@wuwei/sti-plan";
 * const row: TargetContext = {
 *   indicator: "st-progress-rank",
 *   target: "st-progress-rank.2025", region: "wuwei", comparator: "reach", attribute: "expected",
 *   baseline: { year: 2020, value: "7", origin: "plan" }, targetValue: "6", targetYear: 2025,
 *   latest: { year: 2023, value: "6" }, revision: null, rollup: [],
 * };
 * row.latest?.value; //=> "6"
 * ```
 * @category Progress
 */
export interface TargetContext {
  /** Indicator id. */
  readonly indicator: string;
  /** Target id. */
  readonly target: string;
  /** Region id. */
  readonly region: string;
  /** The comparator of the target. */
  readonly comparator: Comparator;
  /** Expected or binding. */
  readonly attribute: Attribute;
  /** The baseline used: from the plan, or the reported figure of the baseline year where the plan has none. */
  readonly baseline: {
    readonly year: number;
    readonly value: string;
    readonly origin: "plan" | "reported" | "definition";
  } | null;
  /** The target value in force (after revisions), `null` for never-decrease. */
  readonly targetValue: string | null;
  /** The target year. */
  readonly targetYear: number;
  /** The latest data point used. */
  readonly latest: { readonly year: number; readonly value: string; readonly status?: ObservationStatus } | null;
  /** Id of the revision in force, if any. */
  readonly revision: string | null;
  /**
   * The roll-up of the region's subtree, per year in which figures below it exist (the series step): the value its
   * parts give, whether it stands for the region (`derived`), and where parts are missing, which, and the known part
   * as a lower bound. Empty for a region without children or an indicator that does not aggregate.
   */
  readonly rollup: readonly RollUpPoint[];
}

/**
 * One year of a region's roll-up from the leaves of the region tree: each child stands by its own figure or,
 * recursively, by its children's.
 * - `value`: the exact total of the parts (a ratio: from the summed components), or `null` where parts are missing
 *   or the ratio's denominator sums to 0;
 * - `derived`: whether `value` stands for the region in its series (it reported no figure of its own that year);
 * - `lowerBound`: for an incomplete sum of figures that cannot be negative, the known part — never the value;
 * - `covers`: the regions whose complete values make up `value` or `lowerBound` (where the value is complete: the
 *   region's children); `missing`: the regions with no figure anywhere below them.
 *
 * @example
 * ```ts
 * import type { RollUpPoint } from "@wuwei/sti-plan";
 * const p: RollUpPoint = { year: 2023, value: null, derived: false, lowerBound: "45", covers: ["liangzhou"],
 *   missing: ["minqin", "gulang", "tianzhu"] };
 * p.lowerBound; //=> "45"
 * ```
 * @category Progress
 */
export interface RollUpPoint {
  /** The year. */
  readonly year: number;
  /** The parts' exact total in the indicator's unit, or `null`. */
  readonly value: string | null;
  /** Whether `value` is used as the region's figure. */
  readonly derived: boolean;
  /** The least final status of the figures that went in (`break`, `estimated`, `provisional`), when not final. */
  readonly status?: ObservationStatus;
  /** The known part of an incomplete sum of figures that cannot be negative: the total is at least this. */
  readonly lowerBound: string | null;
  /** Regions whose values went in. */
  readonly covers: readonly string[];
  /** Regions without any figure below them. */
  readonly missing: readonly string[];
}

/**
 * One target in one region, assessed: the {@link Assessment} (discriminated by `method` and `kind`) plus the
 * {@link TargetContext}.
 *
 * @example
 * ```ts
 * import { assessPlan, type TargetAssessment, wuwei14 } from "@wuwei/sti-plan";
 * const report = assessPlan(wuwei14, [{ indicator: "st-progress-rank", region: "wuwei", year: 2023, value: "6" }], {
 *   asOf: "2023-12-31", method: "schedule", region: "wuwei" });
 * const row: TargetAssessment | undefined = report.results.find((r) => r.indicator === "st-progress-rank");
 * row?.method === "schedule" && row.kind === "rank" ? row.figures.positionsGained : null; //=> "1"
 * ```
 * @category Progress
 */
export type TargetAssessment = Assessment & TargetContext;

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
   * Every input row that went into no result, and why, in row order: the issues of the rows validation rejected
   * or dropped as repeats, and a `not-assessed` warning for each valid figure no target uses. Nothing is dropped
   * in silence. (Figures of other regions than `options.region` are left out on purpose and not listed.)
   */
  readonly unused: readonly ObservationIssue[];
}

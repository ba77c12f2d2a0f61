/**
 * The remarks assessments carry, built in one place: each note is its code and its params, and its message in
 * Chinese and English is rendered from the per-locale templates of `noteMessages.ts` when first read.
 *
 * @internal
 * @module
 */
import { deepFreeze } from "../internal/freeze.js";
import { lazyText } from "../internal/lazyText.js";
import type { LocalizedText, RegionLevel } from "../model/schema.js";
import { assessmentNoteMessages } from "./noteMessages.js";
import type { AssessmentNote, AssessmentNoteCode, AssessmentNoteParams } from "./types.js";

const NONE = Object.freeze({}) as Record<string, never>;

/**
 * Make a note from its code and params. The message is rendered from {@link assessmentNoteMessages} when first read
 * (`lazyText`). The params are deep-frozen.
 *
 * @internal
 */
export function note<C extends AssessmentNoteCode>(code: C, params: AssessmentNoteParams[C]): AssessmentNote {
  const templates = assessmentNoteMessages as unknown as Record<
    "zh" | "en",
    Record<AssessmentNoteCode, (p: AssessmentNoteParams[C]) => string>
  >;
  const message = lazyText(templates.zh[code], templates.en[code], params);
  return Object.freeze({ code, params: deepFreeze(params), message }) as unknown as AssessmentNote;
}

/** The catalogue of notes. @internal */
export const notes = {
  noTarget: () => note("no-target", NONE),
  noBaseline: () => note("no-baseline", { increment: false }),
  noBaselineIncrement: () => note("no-baseline", { increment: true }),
  noData: (after: number | null) => note("no-data", { after }),
  fewerThanTwo: () => note("fewer-than-two-points", NONE),
  targetNotAfterBase: (targetYear: number, baseYear: number) => note("target-not-after-base", { targetYear, baseYear }),
  timeShareFromDataYears: (year: number, baseYear: number, targetYear: number) =>
    note("time-share-from-data-years", { year, baseYear, targetYear }),
  achievedEarly: (year: number, targetYear: number) => note("achieved-early", { year, targetYear }),
  finalDataMissing: (targetYear: number, year: number) => note("final-data-missing", { targetYear, year }),
  afterTargetIgnored: (years: readonly number[], targetYear: number) =>
    note("after-target-year-ignored", { years: [...years], targetYear }),
  afterAsOfIgnored: (years: readonly number[]) => note("after-as-of-ignored", { years: [...years] }),
  aspirational: () => note("aspirational", NONE),
  bindingOffTrack: () => note("binding-off-track", NONE),
  quality: (status: "provisional" | "estimated", years: readonly number[]) =>
    status === "provisional"
      ? note("provisional-data", { years: [...years] })
      : note("estimated-data", { years: [...years] }),
  forecastExcluded: (years: readonly number[]) => note("forecast-excluded", { years: [...years] }),
  breakInSeries: (years: readonly number[]) => note("break-in-series", { years: [...years] }),
  breakAllowed: (years: readonly number[]) => note("break-allowed", { years: [...years] }),
  baseYearMoved: (baseYear: number, used: number) => note("base-year-moved", { baseYear, used }),
  baseYearAfterLatest: (baseYear: number) => note("base-year-after-latest", { baseYear }),
  baselineReported: (baseYear: number, runningTotal: boolean) => note("baseline-reported", { baseYear, runningTotal }),
  zeroReplaced: (what: "base" | "target") =>
    what === "base" ? note("zero-base-replaced", NONE) : note("zero-target-replaced", NONE),
  oppositeSign: () => note("opposite-sign", NONE),
  targetOppositeSign: () => note("target-opposite-sign", NONE),
  baseEqualsTarget: () => note("base-equals-target", NONE),
  explodes: (value: string) => note("progress-value-explodes", { value }),
  limitApplied: (factor: string) => note("limit-applied", { factor }),
  notApplicable: (method: string, kind: string) => note("method-not-applicable", { method, kind }),
  rankOrdinal: () => note("rank-ordinal", NONE),
  rankSchedule: () => note("rank-schedule", NONE),
  equalWeights: () => note("regression-equal-weights", NONE),
  fitAfterBreak: (year: number) => note("fit-after-break", { year }),
  /** `d` is the year-on-year change in the indicator's good direction's opposite: above 0 a fall, else a rise. */
  fellIn: (years: readonly number[], d: number) => note("fell", { years: [...years], rose: !(d > 0) }),
  missingYears: (years: readonly number[]) => note("missing-years", { years: [...years] }),
  cumulativeIncrease: () => note("cumulative-needs-increase", NONE),
  incrementAsLevel: (level: string) => note("increment-as-level", { level }),
  noTrendTarget: () => note("no-target-trend", NONE),
  seriesWithoutScore: (series: readonly number[]) => note("series-without-score", { series: [...series] }),
  revisionInForce: (revision: string, effective: string, reason: LocalizedText) =>
    note("revision-in-force", { revision, effective, reason }),
  /** The messages are kept as they are (an issue's message renders when first read). */
  figuresRejected: (rejected: readonly LocalizedText[]) => note("figures-rejected", { rejected: [...rejected] }),
  notAggregable: () => note("not-aggregable", NONE),
  noCounties: (region: string) => note("no-counties", { region }),
  ratioFromComponents: (numerator: string, denominator: string) =>
    note("ratio-from-components", { numerator, denominator }),
  zeroDenominator: (denominator: string) => note("zero-denominator", { denominator }),
  regionsMissing: (regions: readonly string[]) => note("regions-missing", { regions: [...regions] }),
  notDerived: (
    level: RegionLevel,
    year: number,
    reason: LocalizedText,
    known: AssessmentNoteParams["not-derived-from-counties"]["known"],
  ) => note("not-derived-from-counties", { level, year, reason, known }),
  derived: (level: RegionLevel, years: readonly number[], ratio: boolean) =>
    note("derived-from-counties", { level, years: [...years], ratio }),
  differs: (level: RegionLevel, differences: readonly LocalizedText[]) =>
    note("city-differs-from-counties", { level, differences: [...differences] }),
} as const;

/**
 * Progress: exact progress methods on decimal strings, `assess`, `assessPlan`, county-to-city aggregation and
 * target revision.
 *
 * @module
 */
export {
  type AggregateRegionsOptions,
  aggregateRegions,
  type RegionAggregate,
} from "./aggregateRegions.js";
export { assess } from "./assess.js";
export { type AssessPlanOptions, assessPlan } from "./assessPlan.js";
export {
  ProgressError,
  type ProgressErrorCode,
  type ProgressErrorParams,
  type ProgressErrorRule,
  progressErrorMessages,
} from "./errors.js";
export {
  cagr,
  completion,
  FIGURE_DECIMALS,
  geometricPath,
  linearPath,
  projectGrowth,
  projectLinear,
  requiredRate,
  timeShareAt,
  timeShareFromYears,
  type YearValue,
} from "./generic.js";
export { aggregateGrowthRatio } from "./growthRatio.js";
export { assessmentNoteMessages } from "./noteMessages.js";
export { revisePlan } from "./revisePlan.js";
export type { TargetRevision } from "./revision.js";
export { type RollUpSeries, type RollUpSeriesOptions, rollUpSeries } from "./rollup.js";
export type {
  AnnualFloorFigures,
  AnnualFloorYear,
  AssessInput,
  Assessment,
  AssessmentBase,
  AssessmentFigures,
  AssessmentNote,
  AssessmentNoteCode,
  AssessmentNoteLocale,
  AssessmentNoteParams,
  AssessmentStatus,
  AssessOptions,
  CombinedGrowthRatio,
  CumulativeFigures,
  Figure,
  GrowthRatioFigures,
  Method,
  NeverDecreaseFigures,
  NeverDecreaseYear,
  PlanAssessment,
  ProjectionFigures,
  RollUpPoint,
  ScheduleIncrementFigures,
  ScheduleLevelFigures,
  ScheduleRankFigures,
  SeriesPoint,
  TargetAssessment,
  TargetContext,
  Unmeasured,
} from "./types.js";
export { ASSESSMENT_NOTE_CODES, METHODS } from "./types.js";

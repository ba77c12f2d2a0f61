/**
 * `@wuwei/sti-plan/report`: the scorecard (every target assessed by one method as of one date, with totals) and
 * the plan overview (targets, required growth, yearly milestones), and their renderers: terminal text, Markdown,
 * CSV, JSON, an SVG chart and a self-contained HTML page, in Chinese or English.
 *
 * @packageDocumentation
 */
export {
  type ClassOptions,
  classLabel,
  EVALUATION_CLASSES,
  type EvaluationClass,
  evaluationClasses,
  type ScheduleClassInput,
  type ScorecardClasses,
  scheduleClass,
} from "./classes.js";
export { type CsvOptions, renderCsv, renderProblemsCsv } from "./csv.js";
export { type EvaluationReportOptions, type ReportProblem, renderEvaluationReport } from "./evaluation.js";
export { renderHtml } from "./html.js";
export { renderJson } from "./json.js";
export { methodLabel, statusLabel } from "./labels.js";
export {
  type ClassCounts,
  type IndicatorRanking,
  type LevelMatrixCell,
  type LevelMatrixColumn,
  type LevelMatrixRow,
  type LevelSummary,
  type RankingEntry,
  type RegionSummary,
  type ScorecardLevels,
  scorecardByLevel,
} from "./levels.js";
export { renderLevelsHtml, renderLevelsMarkdown, renderLevelsSvg, renderLevelsText } from "./levels-render.js";
export { type RenderOptions, renderMarkdown } from "./markdown.js";
export { type PlanOverviewOptions, planOverview } from "./overview.js";
export { type ScorecardOptions, scorecard } from "./scorecard.js";
export { type SheetCell, type SheetData, scorecardSheets } from "./sheets.js";
export { renderSvg } from "./svg.js";
export { renderText, type TextOptions } from "./text.js";
export {
  renderTrajectories,
  renderTrajectory,
  type Trajectory,
  type TrajectoryChartOptions,
  type TrajectoryOptions,
  type TrajectoryPoint,
  type TrajectorySeries,
  type TrajectorySource,
  trajectories,
} from "./trajectory.js";
export type {
  Lang,
  PlanOverview,
  PlanOverviewRow,
  ReadSummary,
  ReadSummaryProblem,
  Report,
  ReportIndicator,
  ReportPlan,
  ReportRegion,
  ReportTarget,
  Scorecard,
  ScorecardGroup,
  ScorecardRow,
  ScorecardSummary,
  StatusCounts,
} from "./types.js";

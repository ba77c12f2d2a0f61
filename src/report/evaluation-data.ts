/**
 * The one place where the evaluation report and the trajectory charts read a scorecard's rows and totals.
 *
 * The scorecard's shape is changing (per-method typed figures instead of a record of strings); everything the
 * evaluation renderers need from it goes through {@link evaluationRow} and {@link evaluationSummary}, so that only
 * this file has to follow that change.
 *
 * @internal
 * @module
 */
import type { Scorecard, ScorecardGroup, ScorecardRow, ScorecardSummary } from "./types.js";

/**
 * A scorecard row as the evaluation renderers see it: the row's own indicator, region, target, baseline, latest
 * value, running total, status and notes, with its figures by name. @internal
 */
export interface EvaluationRow
  extends Pick<
    ScorecardRow,
    "indicator" | "region" | "target" | "baseline" | "latest" | "runningTotal" | "status" | "notes"
  > {
  /** Schedule method: completion C, time share τ and lead C − τ (decimal strings), `null` where absent. */
  readonly completion: string | null;
  readonly timeShare: string | null;
  readonly lead: string | null;
  /** Annual floors: years met out of years elapsed, `null` otherwise. */
  readonly yearsMet: string | null;
  readonly yearsElapsed: string | null;
  /** Ranks: positions gained and positions needed, `null` otherwise. */
  readonly positionsGained: string | null;
  readonly positionsNeeded: string | null;
  /** Growth-ratio method: the ratio of actual to required growth; projection: the projected completion. */
  readonly progressValue: string | null;
  readonly projectedCompletion: string | null;
}

/** A chapter or region with its rows counted by status: the scorecard's own group. @internal */
export type EvaluationGroup = ScorecardGroup;

/** The totals of a scorecard as the evaluation renderers see them: the scorecard's own summary. @internal */
export type EvaluationSummary = ScorecardSummary;

/** What a scorecard is about. @internal */
export type EvaluationHead = Pick<Scorecard, "plan" | "asOf" | "method" | "region" | "lang" | "read">;

const figure = (row: ScorecardRow, key: string): string | null => row.figures[key] ?? null;

/** One row of a scorecard, flattened. @internal */
export function evaluationRow(row: ScorecardRow): EvaluationRow {
  return {
    indicator: row.indicator,
    region: row.region,
    target: row.target,
    baseline: row.baseline,
    latest: row.latest,
    ...(row.runningTotal === undefined ? {} : { runningTotal: row.runningTotal }),
    status: row.status,
    completion: figure(row, "completion"),
    timeShare: figure(row, "timeShare"),
    lead: figure(row, "lead"),
    yearsMet: figure(row, "yearsMet"),
    yearsElapsed: figure(row, "yearsElapsed"),
    positionsGained: figure(row, "positionsGained"),
    positionsNeeded: figure(row, "positionsNeeded"),
    progressValue: figure(row, "progressValue"),
    projectedCompletion: figure(row, "projectedCompletion"),
    notes: row.notes,
  };
}

/** Every row of a scorecard, flattened, in the scorecard's order. @internal */
export function evaluationRows(card: Scorecard): readonly EvaluationRow[] {
  return card.rows.map(evaluationRow);
}

/** The scorecard's own totals. @internal */
export function evaluationSummary(card: Scorecard): EvaluationSummary {
  return card.summary;
}

/** Plan, date, method, region and language of a scorecard. @internal */
export function evaluationHead(card: Scorecard): EvaluationHead {
  const head = { plan: card.plan, asOf: card.asOf, method: card.method, region: card.region, lang: card.lang };
  return card.read === undefined ? head : { ...head, read: card.read };
}

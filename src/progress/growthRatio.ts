/**
 * The growth-ratio method as Open SDG's build library (`sdg/ProgressMeasure.py`) computes it, on exact decimals.
 *
 * @module
 */

import { Dec } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import { atOrBeyond, breaksBetween, type Ctx, type Outcome, qualityNotes, refuse } from "./context.js";
import { exact, exactOrNull, fig, ONE, ProgressError, ZERO } from "./errors.js";
import { cagrDec, type Point } from "./generic.js";
import { notes } from "./notes.js";
import type { Assessment, AssessmentNote, AssessmentStatus, CombinedGrowthRatio, GrowthRatioFigures } from "./types.js";

const SMALL = new Dec("0.001");
const EXPONENT = new Dec("4.44");
const EXPLODES = new Dec(10);

/**
 * Growth-ratio outcome for a level target (or none), in the order of sdg-build's `SeriesProgress`: whether the
 * target is achieved is decided from the latest value alone, before any of the checks that can make the progress
 * value undefined (fewer than two points, opposite signs, base equal to target). An achieved target scores 5
 * whatever follows; the progress value is still reported where it is defined.
 *
 * @internal
 */
export function growthRatio(ctx: Ctx, target: { year: number; value: Dec } | null): Outcome {
  const out: AssessmentNote[] = [];
  // The data: the baseline is data of its year (the plan's figure wins over a series value for that year).
  const data: Point[] = ctx.points.filter((p) => ctx.base === null || p.year !== ctx.base.year);
  if (ctx.base !== null) {
    data.push({ year: ctx.base.year, value: ctx.base.value, raw: ctx.base.value.toFixed() });
    data.sort((a, b) => a.year - b.year);
  }
  const latest = data[data.length - 1];
  if (latest === undefined) return refuse(notes.noData(null));
  const configured = ctx.baseYear ?? ctx.base?.year ?? data[0]?.year ?? latest.year;
  const basePoint = data.find((p) => p.year >= configured);
  if (basePoint === undefined) return refuse(notes.baseYearAfterLatest(configured));
  if (basePoint.year !== configured) out.push(notes.baseYearMoved(configured, basePoint.year));

  let goal: Dec | null = null;
  if (target !== null) {
    goal = target.value;
    if (goal.isZero()) {
      goal = SMALL;
      out.push(notes.zeroReplaced("target"));
    }
  }
  const achieved = goal !== null && atOrBeyond(ctx, latest.value, goal);
  const result = progress(
    ctx,
    data,
    basePoint,
    latest,
    target === null || goal === null ? null : { year: target.year, value: goal },
    out,
  );
  if (!achieved) return result;
  const figures = { progressValue: null, actualRate: null, requiredRate: null, ...result.figures, score: "5" };
  return { status: "target-achieved", figures, notes: result.notes };
}

function progress(
  ctx: Ctx,
  data: readonly Point[],
  basePoint: Point,
  latest: Point,
  target: { year: number; value: Dec } | null,
  out: AssessmentNote[],
): Outcome {
  const t0 = basePoint.year;
  const t = latest.year;
  if (t - t0 < 1) return refuse(...out, notes.fewerThanTwo());
  const breaks = breaksBetween(data, t0, t);
  if (breaks.length > 0) {
    if (!ctx.allowBreaks) return refuse(...out, notes.breakInSeries(breaks));
    out.push(notes.breakAllowed(breaks));
  }
  out.push(...qualityNotes(data.filter((p) => p.year === t0 || p.year === t)));

  // sdg-build takes the sign and the natural-limit factor from the base value as reported, before a base of 0 is
  // replaced by 0.001 for the growth rates.
  const reportedBase = basePoint.value;
  let x0 = reportedBase;
  if (x0.isZero()) {
    x0 = SMALL;
    out.push(notes.zeroReplaced("base"));
  }
  const xt = latest.value;
  if (!xt.isZero() && x0.isNeg() !== xt.isNeg()) return refuse(...out, notes.oppositeSign());
  const sign = reportedBase.isNeg() ? -1 : 1;

  const figures: { -readonly [K in keyof GrowthRatioFigures]: GrowthRatioFigures[K] } = {
    baseYear: t0,
    progressValue: null,
    score: null,
    actualRate: null,
    requiredRate: null,
    limitFactor: null,
  };
  const actual = cagrDec(x0, xt, t - t0);
  figures.actualRate = exactOrNull(actual);

  if (target !== null) {
    const goal = target.value;
    const required = target.year > t0 ? cagrDec(x0, goal, target.year - t0) : null;
    figures.requiredRate = exactOrNull(required);
    if (target.year <= t0) return { ...refuse(...out, notes.targetNotAfterBase(target.year, t0)), figures };
    if (required === null) return { ...refuse(...out, notes.targetOppositeSign()), figures };
    if (required.isZero() || actual === null) return { ...refuse(...out, notes.baseEqualsTarget()), figures };
    const pv = actual.times(sign * ctx.d).div(required.abs());
    figures.progressValue = exact(pv);
    if (pv.abs().gt(EXPLODES)) out.push(notes.explodes(fig(pv)));
    const status = band(pv, new Dec("0.95"), new Dec("0.6"), ZERO);
    const score = pv.gte("0.6")
      ? Dec.min(new Dec("7.1429").times(pv).minus("4.2857"), 5)
      : Dec.max(new Dec("4.1667").times(pv).minus("2.5"), -5);
    figures.score = exact(score);
    return { status, figures, notes: out };
  }

  if (actual === null) return { ...refuse(...out, notes.oppositeSign()), figures };
  const pv = actual.times(sign * ctx.d);
  figures.progressValue = exact(pv);
  let cl = ONE;
  if (ctx.limit !== null) {
    cl = limitFactor(reportedBase.abs(), ctx.limit.abs());
    figures.limitFactor = exact(cl);
    out.push(notes.limitApplied(fig(cl)));
  }
  const high = new Dec("0.015").times(cl);
  const med = new Dec("0.005").times(cl);
  const low = ZERO.times(cl);
  const status = band(pv, high, med, low);
  let score: Dec;
  if (pv.lt(low)) score = Dec.max(new Dec(125).times(pv).minus("2.5"), -5);
  else if (cl.isZero()) score = new Dec(5);
  else if (pv.gte(high)) score = Dec.min(new Dec(500).times(pv).div(cl).minus(5), 5);
  else if (pv.gte(med)) score = new Dec(250).times(pv).div(cl).minus("1.25");
  else score = new Dec(500).times(pv).div(cl).minus("2.5");
  figures.score = exact(score);
  return { status, figures, notes: out };
}

/** C_l of Open SDG: how much of the room to the natural limit is left. @internal */
export function limitFactor(b: Dec, l: Dec): Dec {
  // sdg-build tests b >= 2l first, so that a base and a limit of 0 give 1 rather than 0/0.
  if (b.gte(l.times(2))) return ONE;
  if (b.lte(l)) return ONE.minus(b.div(l).pow(EXPONENT));
  return ONE.minus(l.times(2).minus(b).div(l).pow(EXPONENT));
}

function band(pv: Dec, high: Dec, med: Dec, low: Dec): AssessmentStatus {
  if (pv.gte(high)) return "substantial-progress";
  if (pv.gte(med)) return "moderate-progress";
  if (pv.gte(low)) return "limited-progress";
  return "deterioration";
}

/**
 * Combine the growth-ratio assessments of the series that make up one indicator (one per county, say) as Open SDG
 * does: the score is the mean of the series scores that exist; the status follows from the score — [2.5, 5]
 * substantial, [0, 2.5) moderate, [−2.5, 0) limited, [−5, −2.5) deterioration progress — except that it is
 * `target-achieved` only when every scored series achieved its target. Series without a score are left out and
 * named in a note; with no score at all the result is `not-assessable`.
 *
 * @param assessments - growth-ratio assessments, each with a `score` figure
 * @returns the combined assessment, with figures `score`, `seriesScored` and `seriesTotal`
 * @throws {@link ProgressError} `invalid-argument` when an assessment was made by another method
 * @example
 * ```ts
 * import { aggregateGrowthRatio, assess } from "@wuwei/sti-plan";
 * const a = assess({ direction: "increase", baseline: { year: 2020, value: "10" }, target: { year: 2025, value: "12" },
 *   series: [{ year: 2023, value: "13" }] }, { method: "growth-ratio" });
 * const b = assess({ direction: "increase", baseline: { year: 2020, value: "10" },
 *   series: [{ year: 2021, value: "9" }] }, { method: "growth-ratio" });
 * const combined = aggregateGrowthRatio([a, b]);
 * combined.figures.score; //=> "0"
 * combined.status; //=> "moderate-progress"
 * ```
 * @category Progress
 */
export function aggregateGrowthRatio(assessments: readonly Assessment[]): CombinedGrowthRatio {
  if (!Array.isArray(assessments)) {
    throw new ProgressError("invalid-argument", ["assessments"], { rule: "array", what: "assessments" });
  }
  const scored: { score: Dec; achieved: boolean }[] = [];
  const unscored: number[] = [];
  assessments.forEach((a, i) => {
    if (a?.method !== "growth-ratio") {
      throw new ProgressError("invalid-argument", ["assessments", i, "method"], { rule: "growth-ratio-only" });
    }
    const score = "score" in a.figures ? a.figures.score : null;
    if (typeof score === "string") scored.push({ score: new Dec(score), achieved: a.status === "target-achieved" });
    else unscored.push(i);
  });
  const out: AssessmentNote[] = [];
  if (unscored.length > 0) {
    out.push(notes.seriesWithoutScore(unscored.map((i) => i + 1)));
  }
  const figures: { score: string | null; seriesScored: number; seriesTotal: number } = {
    score: null,
    seriesScored: scored.length,
    seriesTotal: assessments.length,
  };
  if (scored.length === 0) {
    return deepFreeze({ method: "growth-ratio", status: "not-assessable", figures, notes: out });
  }
  const mean = scored.reduce((s, x) => s.plus(x.score), ZERO).div(scored.length);
  figures.score = exact(mean);
  let status: AssessmentStatus;
  if (scored.every((x) => x.achieved)) status = "target-achieved";
  else if (mean.gte("2.5")) status = "substantial-progress";
  else if (mean.gte(0)) status = "moderate-progress";
  else if (mean.gte("-2.5")) status = "limited-progress";
  else status = "deterioration";
  return deepFreeze({ method: "growth-ratio", status, figures, notes: out });
}

/**
 * `assess`: one indicator in one region, by one method, for any kind of target.
 *
 * @module
 */
import { Dec } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import type { TargetKind } from "../model/schema.js";
import {
  atOrBeyond,
  breaksBetween,
  type Ctx,
  missingYears,
  type Outcome,
  periodOver,
  qualityNotes,
  readContext,
  refuse,
} from "./context.js";
import { type DecimalCache, exact, exactOrNull, fig, ZERO } from "./errors.js";
import { completionDec, growthProjectionDec, linearAt, olsDec, type Point } from "./generic.js";
import { growthRatio } from "./growthRatio.js";
import { notes } from "./notes.js";
import type {
  AnnualFloorFigures,
  AnnualFloorYear,
  AssessInput,
  Assessment,
  AssessmentStatus,
  AssessOptions,
  Method,
  NeverDecreaseFigures,
  NeverDecreaseYear,
  ProjectionFigures,
} from "./types.js";

const OFF_TRACK: readonly AssessmentStatus[] = [
  "behind-schedule",
  "regressing",
  "target-missed",
  "limited-progress",
  "deterioration",
  "accelerate",
  "reverse-trend",
];

/**
 * Assess one indicator in one region by one method.
 *
 * Methods (see `docs/methodology.md` for formulas and sources):
 * - `schedule` (序时进度): completion `C = (xt − x0)/(X* − x0)` against the time share `τ = (t − t0)/(T − t0)` in data
 *   years. Figures `completion`, `timeShare`, `expectedValue` (linear path at the latest data year), `lead` (C − τ)
 *   and `aheadOfPath` (distance ahead of the linear path, in the indicator's unit; negative when behind).
 * - `growth-ratio`: Open SDG's algorithm. Figures `progressValue`, `score`, `actualRate`, `requiredRate`, `baseYear`.
 * - `projection`: equal-weight least-squares line from the baseline on (never across a break) at the target year.
 *   Figures `projectedValue`, `projectedCompletion`, `slope`, `growthProjection` (UNSD chart projection).
 *
 * Kinds of target (`options.kind`): `end-level` (default); `annual-floor` (each year on its own, figures `yearsMet`,
 * `yearsElapsed`, `yearsMissed` and `years`, one `{ year, result }` each: met / missed / null); `cumulative` (running total of the yearly
 * flows from `from` against target × share of years counted); `increment` (gain since the baseline against
 * target × τ); `rank` (positions gained; the growth-ratio and projection methods do not apply); `never-decrease`
 * (each year at least the previous one). Comparators all use the achieved test "at or beyond the target in the good
 * direction"; `strive-for` adds a note that the target is aspirational.
 *
 * Forecast values are never used as data; provisional and estimated values are used and noted. A break in series
 * stops any comparison across it unless `allowBreaks`.
 *
 * @param input - direction, baseline, target, optional natural limit, data
 * @param options - method, kind, comparator, asOf and the rest of {@link AssessOptions}
 * @returns a deep-frozen {@link Assessment}
 * @throws {@link ProgressError} on bad input (a value that is not a decimal, two values for one year, no direction…)
 * @example
 * ```ts
 * import { assess } from "@wuwei/sti-plan";
 * const input = { direction: "increase", baseline: { year: 2020, value: "0.62" },
 *   target: { year: 2025, value: "1.5" }, series: [{ year: 2023, value: "0.95" }] } as const;
 * const schedule = assess(input, { method: "schedule" });
 * [schedule.status, schedule.figures.completion, schedule.figures.timeShare, schedule.figures.lead];
 * //=> ["behind-schedule", "0.375", "0.6", "-0.225"]
 * const growth = assess(input, { method: "growth-ratio" });
 * growth.status; //=> "moderate-progress"
 * // Figures are exact (40 significant digits for a root or a quotient); only a renderer rounds them (0.790911).
 * growth.figures.progressValue?.startsWith("0.79091094984926"); //=> true
 * ```
 * @category Progress
 */
export function assess(input: AssessInput, options: AssessOptions): Assessment {
  return deepFreeze(assessUnfrozen(input, options)) as Assessment;
}

/**
 * {@link assess} without the freezing, for `assessPlan`, which freezes its whole result once; `dec` reads the
 * decimal strings (given: through a cache, each distinct string parsed once). @internal
 */
export function assessUnfrozen(input: AssessInput, options: AssessOptions, decimals?: DecimalCache): Assessment {
  const ctx = readContext(input, options, decimals);
  const outcome = run(ctx);
  const extra = [...ctx.notes, ...outcome.notes];
  if (ctx.comparator === "strive-for") extra.push(notes.aspirational());
  if (ctx.attribute === "binding" && OFF_TRACK.includes(outcome.status)) extra.push(notes.bindingOffTrack());
  const figures = { ...emptyFigures(ctx.method, ctx.kind), ...outcome.figures };
  return {
    method: ctx.method,
    kind: ctx.kind,
    status: outcome.status,
    figures,
    notes: extra,
  } as Assessment;
}

/**
 * The figures of the member of {@link Assessment} for a method and a kind, every one `null` (no years): what a
 * refused assessment carries, and the order the figures are listed in. @internal
 */
export function emptyFigures(method: Method, kind: TargetKind): Assessment["figures"] {
  if (method === "schedule") {
    switch (kind) {
      case "end-level":
        return { completion: null, timeShare: null, expectedValue: null, lead: null, aheadOfPath: null };
      case "increment":
        return { increment: null, expectedIncrement: null, completion: null, timeShare: null, lead: null };
      case "rank":
        return { positionsGained: null, positionsNeeded: null, expectedPositionsGained: null, timeShare: null };
      case "annual-floor":
        return { yearsMet: null, yearsElapsed: null, yearsMissed: null, years: [] };
      case "cumulative":
        return { total: null, expectedTotal: null, completion: null, timeShare: null, lead: null };
      case "never-decrease":
        return { falls: null, comparisons: null, years: [] };
    }
  }
  if (method === "growth-ratio" && (kind === "end-level" || kind === "increment" || kind === "never-decrease")) {
    return {
      baseYear: null,
      progressValue: null,
      score: null,
      actualRate: null,
      requiredRate: null,
      limitFactor: null,
    };
  }
  if (method === "projection" && (kind === "end-level" || kind === "increment")) {
    return { projectedValue: null, projectedCompletion: null, slope: null, growthProjection: null };
  }
  return {};
}

function run(ctx: Ctx): Outcome {
  const target =
    ctx.targetYear !== null && ctx.targetValue !== null ? { year: ctx.targetYear, value: ctx.targetValue } : null;
  switch (ctx.kind) {
    case "end-level":
      if (ctx.method === "schedule") return scheduleLevel(ctx);
      if (ctx.method === "growth-ratio") return growthRatio(ctx, target);
      return projection(ctx, target);
    case "increment": {
      if (target === null) return refuse(notes.noTarget());
      if (ctx.base === null) return refuse(notes.noBaselineIncrement());
      if (ctx.method === "schedule") return scheduleIncrement(ctx);
      const level = ctx.base.value.plus(target.value.times(ctx.d));
      const levelNote = notes.incrementAsLevel(fig(level));
      const outcome =
        ctx.method === "growth-ratio"
          ? growthRatio(ctx, { year: target.year, value: level })
          : projection(ctx, { year: target.year, value: level });
      return { ...outcome, notes: [levelNote, ...outcome.notes] };
    }
    case "rank":
      if (ctx.method === "schedule") return scheduleRank(ctx);
      return refuse(notes.notApplicable(ctx.method, "rank"), notes.rankOrdinal());
    case "annual-floor":
      if (ctx.method === "schedule") return annualFloor(ctx);
      return refuse(notes.notApplicable(ctx.method, "annual-floor"));
    case "cumulative":
      if (ctx.method === "schedule") return cumulative(ctx);
      return refuse(notes.notApplicable(ctx.method, "cumulative"));
    case "never-decrease":
      if (ctx.method === "schedule") return neverDecrease(ctx);
      if (ctx.method === "growth-ratio") {
        const outcome = growthRatio(ctx, null);
        return { ...outcome, notes: [notes.noTrendTarget(), ...outcome.notes] };
      }
      return refuse(notes.notApplicable(ctx.method, "never-decrease"));
  }
}

interface Frame {
  readonly t0: number;
  readonly x0: Dec;
  readonly T: number;
  readonly target: Dec;
  readonly latest: Point;
  /** Points after the baseline year up to the target year. */
  readonly used: readonly Point[];
  readonly notes: Outcome["notes"];
}

/** Common checks of level-based schedules: baseline, target, data after the baseline, breaks. */
function frame(ctx: Ctx): Frame | Outcome {
  if (ctx.targetYear === null || ctx.targetValue === null) return refuse(notes.noTarget());
  if (ctx.base === null) return refuse(notes.noBaseline());
  const { year: t0, value: x0 } = ctx.base;
  const T = ctx.targetYear;
  if (T <= t0) return refuse(notes.targetNotAfterBase(T, t0));
  const out: Outcome["notes"] = [];
  const later = ctx.points.filter((p) => p.year > T).map((p) => p.year);
  if (later.length > 0) out.push(notes.afterTargetIgnored(later, T));
  const used = ctx.points.filter((p) => p.year > t0 && p.year <= T);
  const latest = used[used.length - 1];
  if (latest === undefined) return refuse(...out, notes.noData(t0));
  const breaks = breaksBetween(used, t0, latest.year);
  if (breaks.length > 0) {
    if (!ctx.allowBreaks) return refuse(...out, notes.breakInSeries(breaks));
    out.push(notes.breakAllowed(breaks));
  }
  out.push(...qualityNotes([latest]));
  return { t0, x0, T, target: ctx.targetValue, latest, used, notes: out };
}

function isOutcome(value: Frame | Outcome): value is Outcome {
  return "status" in value;
}

/** Status shared by the level schedules once the figures are known. */
function scheduleStatus(
  ctx: Ctx,
  f: Frame,
  achieved: boolean,
  movedAway: boolean,
  onPace: boolean,
): { status: AssessmentStatus; notes: Outcome["notes"] } {
  const t = f.latest.year;
  const out: Outcome["notes"] = [];
  if (achieved) {
    if (t < f.T) out.push(notes.achievedEarly(t, f.T));
    return { status: "target-achieved", notes: out };
  }
  if (t >= f.T) return { status: "target-missed", notes: out };
  if (periodOver(ctx, f.T, t)) out.push(notes.finalDataMissing(f.T, t));
  if (movedAway) return { status: "regressing", notes: out };
  return { status: onPace ? "on-schedule" : "behind-schedule", notes: out };
}

function scheduleLevel(ctx: Ctx): Outcome {
  const f = frame(ctx);
  if (isOutcome(f)) return f;
  const t = f.latest.year;
  const xt = f.latest.value;
  const tau = new Dec(t - f.t0).div(f.T - f.t0);
  const c = completionDec(f.x0, f.target, xt);
  const expected = linearAt(f.t0, f.x0, f.T, f.target, t);
  const figures = {
    completion: exactOrNull(c),
    timeShare: exact(tau),
    expectedValue: exact(expected),
    lead: c === null ? null : exact(c.minus(tau)),
    aheadOfPath: exact(xt.minus(expected).times(ctx.d)),
  };
  const achieved = atOrBeyond(ctx, xt, f.target);
  const movedAway = !atOrBeyond(ctx, xt, f.x0);
  const { status, notes: more } = scheduleStatus(ctx, f, achieved, movedAway, c?.gte(tau) === true);
  return { status, figures, notes: [...f.notes, ...more, notes.timeShareFromDataYears(t, f.t0, f.T)] };
}

function scheduleIncrement(ctx: Ctx): Outcome {
  const f = frame(ctx);
  if (isOutcome(f)) return f;
  const t = f.latest.year;
  const tau = new Dec(t - f.t0).div(f.T - f.t0);
  const gained = f.latest.value.minus(f.x0).times(ctx.d);
  const c = f.target.isZero() ? null : gained.div(f.target);
  const figures = {
    increment: exact(gained),
    expectedIncrement: exact(f.target.times(tau)),
    completion: exactOrNull(c),
    timeShare: exact(tau),
    lead: c === null ? null : exact(c.minus(tau)),
  };
  const achieved = gained.gte(f.target);
  const { status, notes: more } = scheduleStatus(ctx, f, achieved, gained.isNeg(), c?.gte(tau) === true);
  return { status, figures, notes: [...f.notes, ...more, notes.timeShareFromDataYears(t, f.t0, f.T)] };
}

function scheduleRank(ctx: Ctx): Outcome {
  const f = frame(ctx);
  if (isOutcome(f)) return f;
  const t = f.latest.year;
  const tau = new Dec(t - f.t0).div(f.T - f.t0);
  const gained = f.x0.minus(f.latest.value).times(-ctx.d);
  const needed = f.x0.minus(f.target).times(-ctx.d);
  const expectedGain = Dec.max(ZERO, needed.times(tau).floor());
  const figures = {
    positionsGained: exact(gained),
    positionsNeeded: exact(needed),
    expectedPositionsGained: exact(expectedGain),
    timeShare: exact(tau),
  };
  const achieved = atOrBeyond(ctx, f.latest.value, f.target);
  const { status, notes: more } = scheduleStatus(ctx, f, achieved, gained.isNeg(), gained.gte(expectedGain));
  return {
    status,
    figures,
    notes: [...f.notes, ...more, notes.rankOrdinal(), notes.rankSchedule(), notes.timeShareFromDataYears(t, f.t0, f.T)],
  };
}

/** First year counted and target year of a target over a span of years. */
function span(ctx: Ctx): { from: number; T: number; floor: Dec } | Outcome {
  if (ctx.targetYear === null || ctx.targetValue === null) return refuse(notes.noTarget());
  const from = ctx.from ?? (ctx.base === null ? null : ctx.base.year + 1);
  if (from === null) return refuse(notes.noBaseline());
  if (from > ctx.targetYear) return refuse(notes.targetNotAfterBase(ctx.targetYear, from - 1));
  return { from, T: ctx.targetYear, floor: ctx.targetValue };
}

function annualFloor(ctx: Ctx): Outcome {
  const s = span(ctx);
  if ("status" in s) return s;
  const inSpan = ctx.points.filter((p) => p.year >= s.from && p.year <= s.T);
  const lastData = inSpan[inSpan.length - 1];
  if (lastData === undefined) return refuse(notes.noData(s.from - 1));
  const over = periodOver(ctx, s.T, lastData.year);
  const end = over ? s.T : lastData.year;
  const byYear = new Map(inSpan.map((p) => [p.year, p]));
  const years: AnnualFloorYear[] = [];
  let met = 0;
  let missed = 0;
  const gaps: number[] = [];
  for (let y = s.from; y <= end; y++) {
    const p = byYear.get(y);
    if (p === undefined) {
      gaps.push(y);
      years.push({ year: y, result: null });
    } else if (atOrBeyond(ctx, p.value, s.floor)) {
      met++;
      years.push({ year: y, result: "met" });
    } else {
      missed++;
      years.push({ year: y, result: "missed" });
    }
  }
  const figures: AnnualFloorFigures = { yearsMet: met, yearsElapsed: end - s.from + 1, yearsMissed: missed, years };
  const out = [...qualityNotes(inSpan)];
  if (gaps.length > 0) out.push(notes.missingYears(gaps));
  let status: AssessmentStatus;
  if (missed > 0) status = over ? "target-missed" : "behind-schedule";
  else if (gaps.length > 0) status = over ? "not-assessable" : "on-schedule";
  else status = over ? "target-achieved" : "on-schedule";
  return { status, figures, notes: out };
}

function cumulative(ctx: Ctx): Outcome {
  if (ctx.d === -1) return refuse(notes.cumulativeIncrease());
  const s = span(ctx);
  if ("status" in s) return s;
  const inSpan = ctx.points.filter((p) => p.year >= s.from && p.year <= s.T);
  const last = inSpan[inSpan.length - 1];
  if (last === undefined) return refuse(notes.noData(s.from - 1));
  const gaps = missingYears(inSpan, s.from, last.year);
  if (gaps.length > 0) return refuse(notes.missingYears(gaps));
  const total = inSpan.reduce((sum, p) => sum.plus(p.value), ZERO);
  const tau = new Dec(last.year - s.from + 1).div(s.T - s.from + 1);
  const c = s.floor.isZero() ? null : total.div(s.floor);
  const figures = {
    total: exact(total),
    expectedTotal: exact(s.floor.times(tau)),
    completion: exactOrNull(c),
    timeShare: exact(tau),
    lead: c === null ? null : exact(c.minus(tau)),
  };
  const out = [...qualityNotes(inSpan)];
  let status: AssessmentStatus;
  if (total.gte(s.floor)) {
    status = "target-achieved";
    if (last.year < s.T) out.push(notes.achievedEarly(last.year, s.T));
  } else if (last.year >= s.T) status = "target-missed";
  else {
    if (periodOver(ctx, s.T, last.year)) out.push(notes.finalDataMissing(s.T, last.year));
    status = c?.gte(tau) ? "on-schedule" : "behind-schedule";
  }
  return { status, figures, notes: out };
}

function neverDecrease(ctx: Ctx): Outcome {
  const points: Point[] =
    ctx.base === null ? [...ctx.points] : ctx.points.filter((p) => p.year > (ctx.base?.year ?? 0));
  if (ctx.base !== null) points.unshift({ year: ctx.base.year, value: ctx.base.value, raw: exact(ctx.base.value) });
  const T = ctx.targetYear;
  const used = T === null ? points : points.filter((p) => p.year <= T);
  if (used.length < 2) return refuse(notes.fewerThanTwo());
  const years: NeverDecreaseYear[] = [];
  let falls = 0;
  let comparisons = 0;
  const skipped: number[] = [];
  for (let i = 1; i < used.length; i++) {
    const prev = used[i - 1] as Point;
    const cur = used[i] as Point;
    if (cur.status === "break" && !ctx.allowBreaks) {
      skipped.push(cur.year);
      years.push({ year: cur.year, change: null });
      continue;
    }
    comparisons++;
    const change = cur.value.minus(prev.value).times(ctx.d);
    if (change.isNeg()) falls++;
    years.push({ year: cur.year, change: change.isNeg() ? "fell" : change.isZero() ? "held" : "rose" });
  }
  const out = [...qualityNotes(used)];
  if (skipped.length > 0) out.push(notes.breakInSeries(skipped));
  const last = used[used.length - 1] as Point;
  const over = T !== null && periodOver(ctx, T, last.year);
  // Once the period is over, every year up to the target year must be known: a fall may hide in a missing year.
  const gaps = missingYears(used, (used[0] as Point).year, over && T !== null ? T : last.year);
  if (gaps.length > 0) out.push(notes.missingYears(gaps));
  const figures: NeverDecreaseFigures = { falls, comparisons, years };
  if (comparisons === 0) return { status: "not-assessable", figures, notes: out };
  const fell = years.filter((y) => y.change === "fell").map((y) => y.year);
  if (fell.length > 0) out.push(notes.fellIn(fell, ctx.d));
  // A fall is a regression while the period runs; once it is over, the constraint has not been kept.
  let status: AssessmentStatus;
  if (falls > 0) status = over ? "target-missed" : "regressing";
  else if (!over) status = "on-schedule";
  else status = gaps.length > 0 ? "not-assessable" : "target-achieved";
  return { status, figures, notes: out };
}

function projection(ctx: Ctx, target: { year: number; value: Dec } | null): Outcome {
  if (target === null) return refuse(notes.noTarget());
  if (ctx.base === null) return refuse(notes.noBaseline());
  const { year: t0, value: x0 } = ctx.base;
  const T = target.year;
  if (T <= t0) return refuse(notes.targetNotAfterBase(T, t0));
  const out: Outcome["notes"] = [];
  const later = ctx.points.filter((p) => p.year > T).map((p) => p.year);
  if (later.length > 0) out.push(notes.afterTargetIgnored(later, T));
  const after = ctx.points.filter((p) => p.year > t0 && p.year <= T);
  const latest = after[after.length - 1];
  if (latest === undefined) return refuse(...out, notes.noData(t0));
  const series: Point[] = [{ year: t0, value: x0, raw: exact(x0) }, ...after];
  out.push(...qualityNotes(after));
  const figures: { -readonly [K in keyof ProjectionFigures]: ProjectionFigures[K] } = {
    projectedValue: null,
    projectedCompletion: null,
    slope: null,
    growthProjection: null,
  };
  if (atOrBeyond(ctx, latest.value, target.value)) {
    if (latest.year < T) out.push(notes.achievedEarly(latest.year, T));
    return { status: "target-achieved", figures, notes: out };
  }
  const breaks = breaksBetween(series, t0, latest.year);
  if (breaks.length > 0) {
    if (!ctx.allowBreaks) return refuse(...out, notes.breakInSeries(breaks));
    out.push(notes.breakAllowed(breaks));
  }
  const lastBreak = breaks[breaks.length - 1];
  const fitted = lastBreak === undefined ? series : series.filter((p) => p.year >= lastBreak);
  if (lastBreak !== undefined) out.push(notes.fitAfterBreak(lastBreak));
  const line = olsDec(fitted);
  if (line === null) return refuse(...out, notes.fewerThanTwo());
  const projected = line.at(T);
  figures.projectedValue = exact(projected);
  figures.projectedCompletion = exactOrNull(completionDec(x0, target.value, projected));
  figures.slope = exact(line.slope);
  figures.growthProjection = exactOrNull(growthProjectionDec(fitted, T));
  out.push(notes.equalWeights());
  let status: AssessmentStatus;
  if (latest.year >= T) status = "target-missed";
  else if (atOrBeyond(ctx, projected, target.value)) status = "on-track";
  else if (projected.minus(x0).times(ctx.d).isNeg()) status = "reverse-trend";
  else status = "accelerate";
  if (status !== "target-missed" && periodOver(ctx, T, latest.year)) out.push(notes.finalDataMissing(T, latest.year));
  return { status, figures, notes: out };
}

/**
 * The building blocks shared by the progress methods: completion, time share, milestone paths, growth rates and
 * projections. Every function is exact decimal arithmetic (40 significant digits) on decimal strings; the stand-alone
 * functions round their written result half-even to six places ({@link FIGURE_DECIMALS}), for display only.
 *
 * @module
 */
import { differenceInCalendarDays } from "date-fns";
import { Dec } from "../internal/decimal.js";
import type { ObservationStatus } from "../observations/schema.js";
import {
  checkYear,
  checkYearAt,
  type DecimalCache,
  fig,
  figOrNull,
  ONE,
  PLACES,
  ProgressError,
  parseDecimal,
  parseDecimalAt,
  parseIsoDate,
  ZERO,
} from "./errors.js";

/**
 * Number of decimal places of the results of the stand-alone building blocks (`completion`, `cagr`, `requiredRate`,
 * the paths and the projections), which return a figure for direct display, rounded half-even. The figures of
 * `assess`, `assessPlan` and `aggregateRegions` are never rounded: they are judged and compared exactly, and only
 * a renderer rounds them.
 *
 * @example
 * ```ts
 * import { FIGURE_DECIMALS } from "@wuwei/sti-plan";
 * FIGURE_DECIMALS; //=> 6
 * ```
 * @category Progress
 */
export const FIGURE_DECIMALS: number = PLACES;

/**
 * A value of an indicator in a year: a baseline, a target, a milestone or a data point.
 *
 * @example
 * ```ts
 * import type { YearValue } from "@wuwei/sti-plan";
 * const baseline: YearValue = { year: 2020, value: "0.62" };
 * baseline.value; //=> "0.62"
 * ```
 * @category Progress
 */
export interface YearValue {
  /** Calendar year. */
  readonly year: number;
  /** The value, a decimal string in the indicator's unit. */
  readonly value: string;
}

/**
 * Completion (完成进度, ESCAP "progress made"): the share of the distance from baseline to target covered so far,
 * `C = (x − x0) / (X* − x0)`. 1 means the target is reached; a negative value means the indicator moved away.
 * Works the same for either direction, since the sign of `X* − x0` carries it.
 *
 * @param baseline - the baseline value `x0`
 * @param target - the target value `X*`
 * @param value - the current value `x`
 * @returns `C` to six decimal places, or `null` when the target equals the baseline (no distance to cover)
 * @throws {@link ProgressError} `invalid-decimal` when a value is not a decimal string
 * @example
 * ```ts
 * import { completion } from "@wuwei/sti-plan";
 * completion("0.62", "1.5", "0.95"); //=> "0.375"
 * completion("7", "6", "7"); //=> "0"
 * completion("2", "2", "3"); //=> null
 * ```
 * @category Progress
 */
export function completion(baseline: string, target: string, value: string): string | null {
  return figOrNull(
    completionDec(
      parseDecimal(baseline, ["baseline"]),
      parseDecimal(target, ["target"]),
      parseDecimal(value, ["value"]),
    ),
  );
}

/** @internal */
export function completionDec(x0: Dec, target: Dec, x: Dec): Dec | null {
  const distance = target.minus(x0);
  return distance.isZero() ? null : x.minus(x0).div(distance);
}

/**
 * Time share (时间进度) counted in data years: `τ = (year − baseYear) / (targetYear − baseYear)`, clamped to 0–1.
 * For a 2021–2025 plan with baseline 2020, data for 2023 give 3/5.
 *
 * @param baseYear - the baseline year `t0`
 * @param targetYear - the target year `T`, after `t0`
 * @param year - the year of the latest data `t`
 * @returns `τ` to six decimal places, 0 before the baseline and 1 from the target year on
 * @throws {@link ProgressError} `invalid-year` when a year is not whole or the target year is not after the base year
 * @example
 * ```ts
 * import { timeShareFromYears } from "@wuwei/sti-plan";
 * timeShareFromYears(2020, 2025, 2023); //=> "0.6"
 * timeShareFromYears(2020, 2025, 2027); //=> "1"
 * ```
 * @category Progress
 */
export function timeShareFromYears(baseYear: number, targetYear: number, year: number): string {
  return fig(timeShareDec(baseYear, targetYear, year));
}

/** @internal */
export function timeShareDec(baseYear: number, targetYear: number, year: number): Dec {
  checkYear(baseYear, ["baseYear"]);
  checkYear(targetYear, ["targetYear"]);
  checkYear(year, ["year"]);
  if (targetYear <= baseYear) {
    throw new ProgressError("invalid-year", ["targetYear"], {
      rule: "target-after-base",
      year: targetYear,
      otherYear: baseYear,
    });
  }
  return clamp01(new Dec(year - baseYear).div(targetYear - baseYear));
}

/**
 * Time share on the calendar: the share of the period's calendar days that have passed by the end of the `asOf`
 * date, clamped to 0–1. The period runs from 1 January of `start` to 31 December of `end`; the `asOf` day itself
 * counts as passed. A date-time is read as the calendar date written in it (no time-zone shift), and days are
 * counted with date-fns `differenceInCalendarDays`, so leap years weigh one day more.
 *
 * @param period - the plan's period in years, as in `plan.period`
 * @param asOf - the date of the evaluation, ISO 8601 (`2023-12-31` or a date-time with offset)
 * @returns the share to six decimal places
 * @throws {@link ProgressError} `invalid-date` or `invalid-year` on bad input
 * @example
 * ```ts
 * import { timeShareAt } from "@wuwei/sti-plan";
 * timeShareAt({ start: 2021, end: 2025 }, "2025-12-31"); //=> "1"
 * timeShareAt({ start: 2021, end: 2025 }, "2023-12-31"); //=> "0.599671"
 * timeShareAt({ start: 2021, end: 2025 }, "2020-06-30"); //=> "0"
 * ```
 * @category Progress
 */
export function timeShareAt(period: { readonly start: number; readonly end: number }, asOf: string): string {
  const start = checkYear(period?.start, ["period", "start"]);
  const end = checkYear(period?.end, ["period", "end"]);
  if (end < start)
    throw new ProgressError("invalid-year", ["period"], { rule: "period-order", year: end, otherYear: start });
  const date = parseIsoDate(asOf, ["asOf"]);
  const first = new Date(start, 0, 1);
  const total = differenceInCalendarDays(new Date(end, 11, 31), first) + 1;
  const elapsed = differenceInCalendarDays(new Date(date.year, date.month - 1, date.day), first) + 1;
  return fig(clamp01(new Dec(elapsed).div(total)));
}

/**
 * The linear path (序时进度 path) from baseline to target: the value expected in every year from the baseline year to
 * the target year when the distance is covered in equal yearly steps, `x0 + (X* − x0)·(y − t0)/(T − t0)`.
 * Chinese plan evaluation uses this path.
 *
 * @param baseline - baseline year and value
 * @param target - target year (after the baseline year) and value
 * @returns one milestone per year, values to six decimal places
 * @throws {@link ProgressError} on a bad value or a target year not after the baseline year
 * @example
 * ```ts
 * import { linearPath } from "@wuwei/sti-plan";
 * const path = linearPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" });
 * path.find((m) => m.year === 2023)?.value; //=> "1.148"
 * path.length; //=> 6
 * ```
 * @category Progress
 */
export function linearPath(baseline: YearValue, target: YearValue): readonly YearValue[] {
  const { t0, x0, t1, x1 } = endpoints(baseline, target);
  const out: YearValue[] = [];
  for (let y = t0; y <= t1; y++) out.push({ year: y, value: fig(linearAt(t0, x0, t1, x1, y)) });
  return Object.freeze(out.map((m) => Object.freeze(m)));
}

/** @internal */
export function linearAt(t0: number, x0: Dec, t1: number, x1: Dec, y: number): Dec {
  return x0.plus(
    x1
      .minus(x0)
      .times(y - t0)
      .div(t1 - t0),
  );
}

/**
 * The geometric path from baseline to target: the value expected in every year when the indicator grows at the
 * constant required rate, `x0·(X* / x0)^((y − t0)/(T − t0))`. Shown for comparison with the linear path; Chinese plan
 * evaluation does not compound.
 *
 * @param baseline - baseline year and value (not zero)
 * @param target - target year (after the baseline year) and value (not zero, same sign as the baseline)
 * @returns one milestone per year, values to six decimal places
 * @throws {@link ProgressError} `invalid-argument` when a value is zero or the signs differ
 * @example
 * ```ts
 * import { geometricPath } from "@wuwei/sti-plan";
 * const path = geometricPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" });
 * path.find((m) => m.year === 2023)?.value; //=> "1.053444"
 * ```
 * @category Progress
 */
export function geometricPath(baseline: YearValue, target: YearValue): readonly YearValue[] {
  const { t0, x0, t1, x1 } = endpoints(baseline, target);
  if (x0.isZero() || x1.isZero() || x0.isNeg() !== x1.isNeg()) {
    throw new ProgressError("invalid-argument", ["target", "value"], { rule: "geometric-path" });
  }
  const ratio = x1.div(x0);
  const out: YearValue[] = [];
  for (let y = t0; y <= t1; y++) {
    out.push({ year: y, value: fig(x0.times(ratio.pow(new Dec(y - t0).div(t1 - t0)))) });
  }
  return Object.freeze(out.map((m) => Object.freeze(m)));
}

/**
 * Compound annual growth rate, `(to/from)^(1/years) − 1`. With the baseline and the latest value it is the actual
 * rate (CAGR_a); with the baseline and the target, the required rate (CAGR_r, see {@link requiredRate}).
 *
 * @param from - the earlier value
 * @param to - the later value
 * @param years - years between them, more than 0
 * @returns the rate as a fraction (0.1529 = 15.29 % a year) to six decimal places, or `null` when `from` is zero or
 *   the two values have opposite signs (no real rate exists)
 * @throws {@link ProgressError} on a bad value or `years` not positive
 * @example
 * ```ts
 * import { cagr } from "@wuwei/sti-plan";
 * cagr("0.62", "0.95", 3); //=> "0.152862"
 * cagr("100", "121", 2); //=> "0.1"
 * cagr("0", "5", 3); //=> null
 * ```
 * @category Progress
 */
export function cagr(from: string, to: string, years: number): string | null {
  const a = parseDecimal(from, ["from"]);
  const b = parseDecimal(to, ["to"]);
  if (typeof years !== "number" || !(years > 0) || !Number.isFinite(years)) {
    throw new ProgressError("invalid-argument", ["years"], { rule: "positive-years", received: String(years) });
  }
  return figOrNull(cagrDec(a, b, years));
}

/** @internal */
export function cagrDec(from: Dec, to: Dec, years: number): Dec | null {
  if (from.isZero() || (!to.isZero() && from.isNeg() !== to.isNeg())) return null;
  const ratio = to.div(from);
  return (Number.isInteger(years) ? nthRoot(ratio, years) : ratio.pow(ONE.div(years))).minus(1);
}

/**
 * `x^(1/n)` for `x ≥ 0` and a whole `n ≥ 1`, to the decimal's 40 significant digits, by Newton's method from the
 * floating-point root. decimal.js computes a fractional power as exp(n·ln x), which made growth rates the hot spot
 * of the growth-ratio method; two or three Newton steps (16 → 32 → 64 digits) cost a fraction of that.
 *
 * @internal
 */
export function nthRoot(x: Dec, n: number): Dec {
  if (n === 1 || x.isZero()) return x;
  const guess = x.toNumber() ** (1 / n);
  if (!Number.isFinite(guess) || guess <= 0) return x.pow(ONE.div(n));
  let r = new Dec(guess);
  for (let i = 0; i < 8; i++) {
    // r ← ((n − 1)·r + x / r^(n − 1)) / n
    const next = r
      .times(n - 1)
      .plus(x.div(r.pow(n - 1)))
      .div(n);
    const settled = next.minus(r).abs().lte(next.times(ROOT_TOLERANCE));
    r = next;
    if (settled) break;
  }
  return r;
}

const ROOT_TOLERANCE = new Dec("1e-39");

/**
 * The required rate (CAGR_r): the constant yearly growth that takes the baseline to the target by the target year,
 * `(X* / x0)^(1/(T − t0)) − 1`.
 *
 * @param baseline - baseline year and value
 * @param target - target year (after the baseline year) and value
 * @returns the rate as a fraction to six decimal places, or `null` when no real rate exists
 * @throws {@link ProgressError} on a bad value or a target year not after the baseline year
 * @example
 * ```ts
 * import { requiredRate } from "@wuwei/sti-plan";
 * requiredRate({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" }); //=> "0.193273"
 * ```
 * @category Progress
 */
export function requiredRate(baseline: YearValue, target: YearValue): string | null {
  const { t0, x0, t1, x1 } = endpoints(baseline, target);
  return figOrNull(cagrDec(x0, x1, t1 - t0));
}

/**
 * Linear projection by ordinary least squares: fits `value = a + b·year` to the series with EQUAL weights and
 * returns the fitted value at `year`. ESCAP describes its regression as time-weighted but has not published the
 * weights, so this library weighs every year alike and says so.
 *
 * @param series - data points, at least two distinct years (order does not matter)
 * @param year - the year to project to (usually the target year)
 * @returns the projected value to six decimal places, or `null` with fewer than two points
 * @throws {@link ProgressError} on a bad value or two values for one year
 * @example
 * ```ts
 * import { projectLinear } from "@wuwei/sti-plan";
 * projectLinear([{ year: 2020, value: "1" }, { year: 2021, value: "2" }, { year: 2022, value: "2" }], 2025);
 * //=> "3.666667"
 * ```
 * @category Progress
 */
export function projectLinear(series: readonly YearValue[], year: number): string | null {
  checkYear(year, ["year"]);
  const points = readSeries(series, ["series"]);
  return figOrNull(olsDec(points)?.at(year) ?? null);
}

/** Equal-weight least-squares line through the points, or null with fewer than two. @internal */
export function olsDec(
  points: readonly { year: number; value: Dec }[],
): { slope: Dec; at: (year: number) => Dec } | null {
  if (points.length < 2) return null;
  const n = points.length;
  const meanX = points.reduce((s, p) => s.plus(p.year), ZERO).div(n);
  const meanY = points.reduce((s, p) => s.plus(p.value), ZERO).div(n);
  let sxy = ZERO;
  let sxx = ZERO;
  for (const p of points) {
    const dx = new Dec(p.year).minus(meanX);
    sxy = sxy.plus(dx.times(p.value.minus(meanY)));
    sxx = sxx.plus(dx.times(dx));
  }
  const slope = sxy.div(sxx);
  return { slope, at: (year: number) => meanY.plus(slope.times(new Dec(year).minus(meanX))) };
}

/**
 * Growth projection as in the UN Statistics Division's progress chart: the latest value carried forward at the
 * actual compound rate between the first and the last point, `xt·(1 + CAGR_a)^(T − t)`.
 *
 * @param series - data points, at least two distinct years (order does not matter)
 * @param targetYear - the year to project to
 * @returns the projected value to six decimal places, or `null` with fewer than two points, a first value of zero,
 *   or first and last values of opposite signs
 * @throws {@link ProgressError} on a bad value or two values for one year
 * @example
 * ```ts
 * import { projectGrowth } from "@wuwei/sti-plan";
 * projectGrowth([{ year: 2020, value: "100" }, { year: 2022, value: "121" }], 2024); //=> "146.41"
 * ```
 * @category Progress
 */
export function projectGrowth(series: readonly YearValue[], targetYear: number): string | null {
  checkYear(targetYear, ["targetYear"]);
  const points = readSeries(series, ["series"]);
  return figOrNull(growthProjectionDec(points, targetYear));
}

/** @internal */
export function growthProjectionDec(points: readonly { year: number; value: Dec }[], targetYear: number): Dec | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length < 2 || !first || !last) return null;
  const rate = cagrDec(first.value, last.value, last.year - first.year);
  if (rate === null) return null;
  return last.value.times(rate.plus(1).pow(targetYear - last.year));
}

/** A data point read and checked. @internal */
export interface Point {
  readonly year: number;
  readonly value: Dec;
  readonly raw: string;
  readonly status?: ObservationStatus;
}

/** Read a series: check each point, sort by year, refuse two values for one year. @internal */
export function readSeries(
  series: readonly { readonly year: number; readonly value: string; readonly status?: ObservationStatus }[],
  path: readonly (string | number)[],
  decimals?: DecimalCache,
): Point[] {
  if (!Array.isArray(series)) throw new ProgressError("invalid-argument", path, { rule: "array", what: "points" });
  const points = series.map((p, i): Point => {
    const year = checkYearAt(p?.year, () => [...path, i, "year"]);
    const value =
      decimals === undefined
        ? parseDecimalAt(p?.value, () => [...path, i, "value"])
        : decimals.read(p?.value, () => [...path, i, "value"]);
    return p.status === undefined ? { year, value, raw: p.value } : { year, value, raw: p.value, status: p.status };
  });
  points.sort((a, b) => a.year - b.year);
  for (let i = 1; i < points.length; i++) {
    const year = points[i]?.year;
    if (year !== undefined && year === points[i - 1]?.year) {
      const index = series.findIndex((p, j) => p.year === year && j > series.findIndex((q) => q.year === year));
      throw new ProgressError("duplicate-year", [...path, index], { rule: "duplicate-year", year });
    }
  }
  return points;
}

function endpoints(baseline: YearValue, target: YearValue): { t0: number; x0: Dec; t1: number; x1: Dec } {
  const t0 = checkYear(baseline?.year, ["baseline", "year"]);
  const t1 = checkYear(target?.year, ["target", "year"]);
  const x0 = parseDecimal(baseline.value, ["baseline", "value"]);
  const x1 = parseDecimal(target.value, ["target", "value"]);
  if (t1 <= t0)
    throw new ProgressError("invalid-year", ["target", "year"], { rule: "target-after-base", year: t1, otherYear: t0 });
  return { t0, x0, t1, x1 };
}

function clamp01(value: Dec): Dec {
  return Dec.min(ONE, Dec.max(ZERO, value));
}

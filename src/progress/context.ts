/**
 * Reading and checking the input of {@link assess} once, for every method.
 *
 * @internal
 * @module
 */
import { Dec } from "../internal/decimal.js";
import { COMPARATORS as COMPARATOR_LIST, TARGET_KINDS } from "../model/kinds.js";
import type { Attribute, Comparator, Direction, TargetKind } from "../model/schema.js";
import {
  type CalendarDate,
  checkYear,
  type DecimalCache,
  ProgressError,
  parseDecimal,
  parseIsoDate,
  show,
} from "./errors.js";
import { type Point, readSeries } from "./generic.js";
import { notes } from "./notes.js";
import {
  type AssessInput,
  type AssessmentNote,
  type AssessmentStatus,
  type AssessOptions,
  METHODS,
  type Method,
} from "./types.js";

/** @internal */
export interface Ctx {
  readonly method: Method;
  readonly kind: TargetKind;
  readonly comparator: Comparator;
  readonly attribute: Attribute | undefined;
  readonly direction: Direction;
  /** +1 when higher is better, −1 when lower is better. */
  readonly d: 1 | -1;
  readonly base: { readonly year: number; readonly value: Dec } | null;
  readonly targetYear: number | null;
  readonly targetValue: Dec | null;
  readonly limit: Dec | null;
  /** Every usable point (forecasts removed), sorted by year. */
  readonly points: readonly Point[];
  readonly asOf: CalendarDate | null;
  readonly allowBreaks: boolean;
  readonly from: number | null;
  readonly baseYear: number | null;
  /** Notes collected while reading the input. */
  readonly notes: AssessmentNote[];
}

/** @internal */
export interface Outcome {
  status: AssessmentStatus;
  /** Some or all of the figures of the assessment's member; `assess` completes them with `null`s. */
  figures: object;
  notes: AssessmentNote[];
}

const KINDS: readonly TargetKind[] = TARGET_KINDS;
const COMPARATORS: readonly Comparator[] = COMPARATOR_LIST;

/** @internal */
export function readContext(input: AssessInput, options: AssessOptions, decimals?: DecimalCache): Ctx {
  if (input === null || typeof input !== "object")
    throw new ProgressError("invalid-argument", ["input"], { rule: "object" });
  if (options === null || typeof options !== "object") {
    throw new ProgressError("invalid-argument", ["options"], { rule: "object" });
  }
  if (!METHODS.includes(options.method)) {
    throw new ProgressError("invalid-argument", ["options", "method"], {
      rule: "one-of",
      received: show(options.method),
      allowed: METHODS,
    });
  }
  if (input.direction !== "increase" && input.direction !== "decrease") {
    throw new ProgressError("invalid-argument", ["input", "direction"], { rule: "direction" });
  }
  const kind = options.kind ?? "end-level";
  if (!KINDS.includes(kind))
    throw new ProgressError("invalid-argument", ["options", "kind"], {
      rule: "one-of",
      received: show(kind),
      allowed: KINDS,
    });
  const comparator = options.comparator ?? (kind === "never-decrease" ? "never-decrease" : "at-least");
  if (!COMPARATORS.includes(comparator)) {
    throw new ProgressError("invalid-argument", ["options", "comparator"], {
      rule: "one-of",
      received: show(comparator),
      allowed: COMPARATORS,
    });
  }
  const base =
    input.baseline === undefined
      ? null
      : {
          year: checkYear(input.baseline.year, ["input", "baseline", "year"]),
          value: readDecimal(input.baseline.value, ["input", "baseline", "value"], decimals),
        };
  const targetYear = input.target === undefined ? null : checkYear(input.target.year, ["input", "target", "year"]);
  const targetValue =
    input.target?.value === undefined ? null : readDecimal(input.target.value, ["input", "target", "value"], decimals);
  // A limit of 0 is accepted as sdg-build accepts it: its factor C_l is 1 (b ≥ 2l), the same as no limit.
  const limit = input.limit === undefined ? null : readDecimal(input.limit, ["input", "limit"], decimals);
  const all = readSeries(input.series, ["input", "series"], decimals);
  const collected: AssessmentNote[] = [];
  const forecasts = all.filter((p) => p.status === "forecast").map((p) => p.year);
  if (forecasts.length > 0) collected.push(notes.forecastExcluded(forecasts));
  const points = all.filter((p) => p.status !== "forecast");
  const asOf = options.asOf === undefined ? null : parseIsoDate(options.asOf, ["options", "asOf"]);
  const from = options.from === undefined ? null : checkYear(options.from, ["options", "from"]);
  const baseYear = options.baseYear === undefined ? null : checkYear(options.baseYear, ["options", "baseYear"]);
  return {
    method: options.method,
    kind,
    comparator,
    attribute: options.attribute,
    direction: input.direction,
    d: input.direction === "increase" ? 1 : -1,
    base,
    targetYear,
    targetValue,
    limit,
    points,
    asOf,
    allowBreaks: options.allowBreaks === true,
    from,
    baseYear,
    notes: collected,
  };
}

/** {@link parseDecimal}, through the cache when there is one. */
function readDecimal(value: unknown, path: readonly (string | number)[], decimals: DecimalCache | undefined): Dec {
  return decimals === undefined ? parseDecimal(value, path) : decimals.read(value, () => path);
}

/** `d·(a − b) ≥ 0`: `a` is at or beyond `b` in the good direction. @internal */
export function atOrBeyond(ctx: Ctx, a: Dec, b: Dec): boolean {
  return a.minus(b).times(ctx.d).gte(0);
}

/** Whether the period is over: asOf after 31 December of the target year, or data for the target year in. @internal */
export function periodOver(ctx: Ctx, targetYear: number, latestYear: number | null): boolean {
  return (ctx.asOf !== null && ctx.asOf.year > targetYear) || (latestYear !== null && latestYear >= targetYear);
}

/** Notes on provisional and estimated values among the points. @internal */
export function qualityNotes(points: readonly Point[]): AssessmentNote[] {
  const out: AssessmentNote[] = [];
  for (const status of ["provisional", "estimated"] as const) {
    const years = points.filter((p) => p.status === status).map((p) => p.year);
    if (years.length > 0) out.push(notes.quality(status, years));
  }
  return out;
}

/** Years in (from, to] whose value starts a new basis. @internal */
export function breaksBetween(points: readonly Point[], from: number, to: number): number[] {
  return points.filter((p) => p.status === "break" && p.year > from && p.year <= to).map((p) => p.year);
}

/** A not-assessable outcome with its reasons. @internal */
export function refuse(...why: AssessmentNote[]): Outcome {
  return { status: "not-assessable", figures: {}, notes: why };
}

/** The years of `from..to` that have no point. @internal */
export function missingYears(points: readonly Point[], from: number, to: number): number[] {
  const have = new Set(points.map((p) => p.year));
  const out: number[] = [];
  for (let y = from; y <= to; y++) if (!have.has(y)) out.push(y);
  return out;
}

/** @internal */
export const ZERO_POINT_ONE_PERCENT = new Dec("0.001");

/**
 * The figures of one validation call, kept as columns (one entry per accepted row, no object per row besides its
 * observation), and grouped once by series (one indicator in one region) for the steps of validation that look at a
 * series as a whole: repeats, the 口径 conversion (`basis.ts`) and the plausibility warnings (`plausibility.ts`).
 *
 * @internal
 * @module
 */
import { Dec } from "../internal/decimal.js";
import type { Plan } from "../model/definePlan.js";
import type { Reporting } from "../model/reporting.js";
import type { Observation } from "./schema.js";

type Indicator = Plan["indicators"][number];

/** An observation while validation still builds it (frozen when the result is made). @internal */
export type Draft = { -readonly [K in keyof Observation]: Observation[K] };

/**
 * The accepted rows, column by column: entry `i` of each column belongs to the same row. `num` is the value as a
 * JS number where that number orders exactly as the decimal does (at most 15 significant digits), else `NaN`.
 * @internal
 */
export interface Figures {
  readonly obs: Draft[];
  readonly row: number[];
  readonly line: (number | undefined)[];
  readonly dec: (Dec | undefined)[];
  readonly num: number[];
  readonly rep: (Reporting | undefined)[];
  /** 1 when the figure was dropped or rejected by a later step. */
  readonly dropped: number[];
}

/** An empty set of figures. @internal */
export function newFigures(): Figures {
  return { obs: [], row: [], line: [], dec: [], num: [], rep: [], dropped: [] };
}

/** One indicator in one region: its figures (indices into {@link Figures}) in row order. @internal */
export interface Series {
  readonly indicator: Indicator;
  readonly region: string;
  /** Its figures, in row order. */
  idx: number[];
  /** The latest year seen so far; while no figure's year is below the one before, a repeat is of the latest. */
  maxYear: number;
  /** Whether the years never fell (row order is year order, repeats side by side). */
  ordered: boolean;
  /** The figures of each year, made at the first figure that does not come after all the others. */
  byYear: Map<number, number | number[]> | undefined;
  /** The years that have more than one figure. */
  repeated: number[] | undefined;
}

/** The decimal of a figure, parsed from its string the first time it is needed. @internal */
export function decOf(f: Figures, i: number): Dec {
  let d = f.dec[i];
  if (d === undefined) {
    d = new Dec(f.obs[i]?.value as string);
    f.dec[i] = d;
  }
  return d;
}

/**
 * A JS number that orders exactly as `d` (and any other such number) does, or `NaN`: any two decimals of at most 15
 * significant digits convert to distinct doubles in the same order (15 is the digits a double keeps).
 * @internal
 */
export function exactNumber(d: Dec, text: string): number {
  if (d.isZero()) return 0;
  return d.sd() <= 15 && Math.abs(d.e) < 300 ? Number(text) : Number.NaN;
}

/** Compare two figures: negative, 0 or positive, exactly. @internal */
export function compareFigures(f: Figures, i: number, j: number): number {
  const a = f.num[i] as number;
  const b = f.num[j] as number;
  if (!Number.isNaN(a) && !Number.isNaN(b)) return a < b ? -1 : a > b ? 1 : 0;
  return decOf(f, i).comparedTo(decOf(f, j));
}

/** Compare a figure with a decimal whose {@link exactNumber} is `n`, exactly. @internal */
export function compareTo(f: Figures, i: number, d: Dec, n: number): number {
  const a = f.num[i] as number;
  if (!Number.isNaN(a) && !Number.isNaN(n)) return a < n ? -1 : a > n ? 1 : 0;
  return decOf(f, i).comparedTo(d);
}

/** "indicator / region" in Chinese and English, for the messages about a series. @internal */
export function seriesName(
  plan: Plan,
  indicator: Plan["indicators"][number],
  region: string,
): { readonly zh: string; readonly en: string } {
  const name = plan.regions.find((r) => r.id === region)?.name ?? { zh: region, en: region };
  return { zh: `${indicator.name.zh} / ${name.zh}`, en: `${indicator.name.en} / ${name.en}` };
}

/**
 * Plausibility warnings: figures about 100× or 1/100 of what the indicator usually is (a percentage written as a
 * ratio, 万元 written as 亿元 without a unit), and a county figure above its city's for a summed indicator. Warnings
 * never change a figure.
 *
 * Thresholds (exact decimals, stated in `docs/decisions.md`, decision plausibility-thresholds):
 * - the reference range [lo, hi] is the plan's baseline and end-level targets for the region; else the same
 *   series' other years (at least two, their range); else, for a non-summed indicator, the plan's baselines and
 *   end-level targets of any region; else, for a summed indicator, only an upper bound: the city's range;
 * - a figure ≥ 50 × hi is implausible; so is a percentage or an amount of money > 0 and ≤ lo / 50 (a count far
 *   below the range is an ordinary small figure, not a slip of scale);
 * - a percentage < lo / 20 whose ×100 reading lies in [lo / 2, 2 × hi] is implausible (a ratio written for a
 *   percentage);
 * - a county figure above the city's for the same summed indicator and year is implausible.
 *
 * @internal
 * @module
 */
import { Dec, dec, toDecimalString } from "../internal/decimal.js";
import type { Plan } from "../model/definePlan.js";
import type { ObservationIssue } from "./issues.js";
import { makeIssue } from "./makeIssue.js";
import type { Observation } from "./schema.js";
import { groupBySeries, seriesKey } from "./series.js";

const HIGH = dec(50);
const LOW = dec(50);
const PERCENT_LOW = dec(20);

interface Kept {
  readonly row: number;
  readonly line: number | undefined;
  readonly observation: Observation;
  /** The value as parsed by validation, where it was kept. */
  readonly decimal?: Dec | undefined;
}

interface Range {
  readonly lo: Dec | undefined;
  readonly hi: Dec;
  readonly kind: "baseline" | "series" | "usual";
  /** The thresholds, worked out once per range (not once per figure): 50 × hi, and lo / 50 and lo / 20. */
  readonly high: Dec;
  readonly low: Dec | undefined;
  readonly percentLow: Dec | undefined;
}

const makeRange = (lo: Dec | undefined, hi: Dec, kind: Range["kind"]): Range => ({
  lo,
  hi,
  kind,
  high: hi.times(HIGH),
  low: lo?.div(LOW),
  percentLow: lo?.div(PERCENT_LOW),
});

const rangeOf = (values: readonly Dec[], kind: Range["kind"], upperOnly = false): Range | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a.comparedTo(b));
  return makeRange(upperOnly ? undefined : (sorted[0] as Dec), sorted[sorted.length - 1] as Dec, kind);
};

/**
 * The plausibility warnings for kept figures, in row order.
 *
 * @internal
 */
export function plausibilityIssues(plan: Plan, kept: readonly Kept[]): ObservationIssue[] {
  const issues: ObservationIssue[] = [];
  const series = groupBySeries(kept);
  const regionById = new Map(plan.regions.map((r) => [r.id, r]));
  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  const indicatorById = new Map(plan.indicators.map((i) => [i.id, i]));
  // The plan's baselines and end-level targets of an indicator, in one region or (no region) in any.
  const planValues = (indicator: Plan["indicators"][number], region?: string) => [
    ...indicator.baselines.filter((b) => region === undefined || b.region === region).map((b) => dec(b.value)),
    ...indicator.targets
      .filter((t) => t.kind === "end-level" && (region === undefined || t.regions.includes(region)))
      .map((t) => dec((t as { value: string }).value)),
  ];
  // Ranges from the plan depend on the indicator and region only: worked out once, not once a figure.
  const planRanges = new Map<string, Range | undefined>();
  const planRange = (key: string, make: () => Range | undefined): Range | undefined => {
    if (!planRanges.has(key)) planRanges.set(key, make());
    return planRanges.get(key);
  };
  // Each figure parsed once, and each series' figures sorted once: the range of a figure's "other years" is then
  // read off the two ends (quadratic work for a long series otherwise).
  const values = new Map<Kept, Dec>();
  const decimalOf = (k: Kept): Dec => {
    if (k.decimal !== undefined) return k.decimal;
    let v = values.get(k);
    if (v === undefined) {
      v = dec(k.observation.value);
      values.set(k, v);
    }
    return v;
  };
  // Per series, found in one scan: its lowest and highest figures and the runners-up, so that the range of the
  // others is the same for every figure but the two ends (sorting, or a range per figure, costs far more).
  const ends = new Map<
    string,
    {
      readonly lowest: Kept;
      readonly highest: Kept;
      readonly middle: Range;
      readonly withoutLowest: Range;
      readonly withoutHighest: Range;
    } | null
  >();
  const othersRange = (key: string, k: Kept): Range | undefined => {
    let entry = ends.get(key);
    if (entry === undefined) {
      const list = series.get(key) ?? [];
      // `k` is one of its own series' figures: the others are one fewer, and at least two are needed.
      if (list.length - 1 < 2) entry = null;
      else {
        let lo = list[0] as Kept;
        let hi = lo;
        for (const x of list) {
          if (decimalOf(x).lt(decimalOf(lo))) lo = x;
          if (decimalOf(x).gt(decimalOf(hi))) hi = x;
        }
        let loButOne: Kept | undefined;
        let hiButOne: Kept | undefined;
        for (const x of list) {
          if (x !== lo && (loButOne === undefined || decimalOf(x).lt(decimalOf(loButOne)))) loButOne = x;
          if (x !== hi && (hiButOne === undefined || decimalOf(x).gt(decimalOf(hiButOne)))) hiButOne = x;
        }
        const range = (a: Kept, b: Kept) => makeRange(decimalOf(a), decimalOf(b), "series");
        entry = {
          lowest: lo,
          highest: hi,
          middle: range(lo, hi),
          withoutLowest: range(loButOne as Kept, hi === lo ? (hiButOne as Kept) : hi),
          withoutHighest: range(lo === hi ? (loButOne as Kept) : lo, hiButOne as Kept),
        };
      }
      ends.set(key, entry);
    }
    if (entry === null) return undefined;
    if (k === entry.lowest) return entry.withoutLowest;
    if (k === entry.highest) return entry.withoutHighest;
    return entry.middle;
  };
  // A series' figures by year (the first figure of a year, as a search in row order would find).
  const byYear = new Map<string, Map<number, Kept>>();
  const figureOf = (key: string, year: number): Kept | undefined => {
    let years = byYear.get(key);
    if (years === undefined) {
      years = new Map();
      for (const x of series.get(key) ?? []) if (!years.has(x.observation.year)) years.set(x.observation.year, x);
      byYear.set(key, years);
    }
    return years.get(year);
  };
  for (const k of kept) {
    const o = k.observation;
    const indicator = indicatorById.get(o.indicator);
    const unit = indicator === undefined ? undefined : unitById.get(indicator.unit);
    if (indicator === undefined || unit === undefined || unit.dimension === "rank") continue;
    const key = seriesKey(o.indicator, o.region);
    const parent = regionById.get(o.region)?.parent;
    const summed = indicator.aggregation.method === "sum";
    const range =
      planRange(key, () => rangeOf(planValues(indicator, o.region), "baseline")) ??
      othersRange(key, k) ??
      (summed
        ? parent === undefined
          ? undefined
          : planRange(`${seriesKey(o.indicator, parent)}\u0000upper`, () =>
              rangeOf(planValues(indicator, parent), "usual", true),
            )
        : planRange(o.indicator, () => rangeOf(planValues(indicator), "usual")));
    const v = decimalOf(k);
    // The params every warning of this figure shares, built only when there is one.
    const base = () => {
      const regionName = regionById.get(o.region)?.name ?? { zh: o.region, en: o.region };
      return {
        received: JSON.stringify(o.value),
        indicator: indicator.id,
        indicatorName: indicator.name,
        unit: unit.id,
        unitName: unit.symbol,
        value: o.value,
        detailText: {
          zh: `${indicator.name.zh} / ${regionName.zh} / ${o.year}年`,
          en: `${indicator.name.en} / ${regionName.en} / ${o.year}`,
        },
      };
    };
    if (range !== undefined) {
      const { lo, hi } = range;
      // A figure far below the range is a slip only where a slip of scale is common: a percentage written as a
      // ratio, 亿元 written as 万元. A small count (1 enterprise in a county) is an ordinary figure.
      const lowSide = unit.dimension === "percent" || unit.dimension === "currency";
      let reason: string | undefined;
      let probable: Dec | undefined;
      let meant: (typeof plan.units)[number] | undefined;
      let side: "high" | "low" | undefined;
      if (v.gte(range.high) && hi.gt(0)) side = "high";
      else if (lowSide && lo?.gt(0) && range.low !== undefined && v.gt(0) && v.lte(range.low)) side = "low";
      else if (
        unit.dimension === "percent" &&
        lo !== undefined &&
        range.percentLow !== undefined &&
        v.gt(0) &&
        v.lt(range.percentLow) &&
        v.times(100).gte(lo.div(2)) &&
        v.times(100).lte(hi.times(2))
      )
        side = "low";
      if (side !== undefined) {
        const mid = lo === undefined ? hi : lo.plus(hi).div(2);
        const distance = (x: Dec) => Dec.abs(Dec.ln(x.div(mid))).toNumber();
        if (unit.dimension === "percent") {
          reason = side === "low" ? "percent-as-ratio" : "hundredfold";
          probable = side === "low" ? v.times(100) : v.div(100);
        } else if (unit.dimension === "currency") {
          const readings = plan.units
            .filter((u) => u.dimension === "currency" && u.id !== unit.id)
            .map((u) => ({ u, x: v.times(new Dec(10).pow(u.scale - unit.scale)) }))
            .filter((r) => (side === "high" ? r.x.lt(v) : r.x.gt(v)));
          const best = readings.sort((a, b) => distance(a.x) - distance(b.x))[0];
          if (best) {
            reason = "unit-scale";
            probable = best.x;
            meant = best.u;
          }
        }
        if (reason === undefined) {
          reason = "hundredfold";
          probable = side === "low" ? v.times(100) : v.div(100);
        }
        issues.push(
          makeIssue(
            "implausible-value",
            "warning",
            k.row,
            [k.row, "value"],
            {
              ...base(),
              ...(probable === undefined ? {} : { probable: toDecimalString(probable) }),
              reason,
              baseline:
                lo === undefined || lo.eq(hi) ? toDecimalString(hi) : `${toDecimalString(lo)}–${toDecimalString(hi)}`,
              detail: `${range.kind}-${side}`,
              ...(meant === undefined ? {} : { target: meant.id, targetName: meant.symbol }),
            },
            k.line,
          ),
        );
      }
    }
    if (summed && parent !== undefined) {
      const city = figureOf(seriesKey(o.indicator, parent), o.year);
      if (city !== undefined && v.gt(decimalOf(city))) {
        const cityName = regionById.get(parent)?.name ?? { zh: parent, en: parent };
        issues.push(
          makeIssue(
            "county-above-city",
            "warning",
            k.row,
            [k.row, "value"],
            {
              ...base(),
              baseline: city.observation.value,
              reason: "county-above-city",
              regionNames: cityName,
              rows: [city.row],
              lines: [city.line],
            },
            k.line,
          ),
        );
      }
    }
  }
  return issues;
}

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
import { compareFigures, compareTo, decOf, exactNumber, type Figures, type Series } from "./series.js";

const HIGH = dec(50);
const LOW = dec(50);
const PERCENT_LOW = dec(20);
const ZERO = dec(0);

type Indicator = Plan["indicators"][number];

const numberOf = (d: Dec | undefined): number => (d === undefined ? Number.NaN : exactNumber(d, d.toString()));

/**
 * A reference range [lo, hi] and its thresholds: 50 × hi, and lo / 50 and lo / 20, each with its
 * {@link exactNumber}. The thresholds are worked out on first use, once per range (not once per figure): most
 * figures are only compared with 50 × hi, and a count's range never needs the two below.
 */
class Range {
  readonly lo: Dec | undefined;
  readonly hi: Dec;
  readonly kind: "baseline" | "series" | "usual";
  private knownHigh: Dec | undefined;
  private knownHighN: number | undefined;
  private knownLow: Dec | null | undefined;
  private knownLowN: number | undefined;
  private knownPercentLow: Dec | null | undefined;
  private knownPercentLowN: number | undefined;

  constructor(lo: Dec | undefined, hi: Dec, kind: Range["kind"]) {
    this.lo = lo;
    this.hi = hi;
    this.kind = kind;
  }

  get high(): Dec {
    this.knownHigh ??= this.hi.times(HIGH);
    return this.knownHigh;
  }

  get highN(): number {
    this.knownHighN ??= numberOf(this.high);
    return this.knownHighN;
  }

  get low(): Dec | undefined {
    if (this.knownLow === undefined) this.knownLow = this.lo === undefined ? null : this.lo.div(LOW);
    return this.knownLow ?? undefined;
  }

  get lowN(): number {
    this.knownLowN ??= numberOf(this.low);
    return this.knownLowN;
  }

  get percentLow(): Dec | undefined {
    if (this.knownPercentLow === undefined)
      this.knownPercentLow = this.lo === undefined ? null : this.lo.div(PERCENT_LOW);
    return this.knownPercentLow ?? undefined;
  }

  get percentLowN(): number {
    this.knownPercentLowN ??= numberOf(this.percentLow);
    return this.knownPercentLowN;
  }
}

const rangeOf = (values: readonly Dec[] | undefined, kind: Range["kind"], upperOnly = false): Range | undefined => {
  if (values === undefined || values.length === 0) return undefined;
  let lo = values[0] as Dec;
  let hi = lo;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return new Range(upperOnly ? undefined : lo, hi, kind);
};

/** Whether figure `i` is above 0. */
const positive = (f: Figures, i: number): boolean => compareTo(f, i, ZERO, 0) > 0;

/**
 * The plausibility warnings for the kept figures of every series (pushed to `issues`, each series' in row order).
 *
 * @internal
 */
export function plausibilityIssues(
  plan: Plan,
  f: Figures,
  all: readonly Series[],
  bySeries: ReadonlyMap<Indicator, ReadonlyMap<string, Series>>,
  issues: ObservationIssue[],
): void {
  const regionById = new Map(plan.regions.map((r) => [r.id, r]));
  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  // The plan's baselines and end-level targets of each indicator, by region and in all, indexed on first use.
  const planValues = new Map<Indicator, { byRegion: Map<string, Dec[]>; all: Dec[] }>();
  const valuesOf = (indicator: Indicator) => {
    let entry = planValues.get(indicator);
    if (entry === undefined) {
      const byRegion = new Map<string, Dec[]>();
      const all: Dec[] = [];
      const put = (region: string, v: Dec) => {
        const list = byRegion.get(region);
        if (list === undefined) byRegion.set(region, [v]);
        else list.push(v);
      };
      for (const b of indicator.baselines) {
        const v = dec(b.value);
        all.push(v);
        put(b.region, v);
      }
      for (const t of indicator.targets) {
        if (t.kind !== "end-level") continue;
        const v = dec((t as { value: string }).value);
        all.push(v);
        for (const r of new Set(t.regions)) put(r, v);
      }
      entry = { byRegion, all };
      planValues.set(indicator, entry);
    }
    return entry;
  };
  const usual = new Map<Indicator, Range | undefined>();
  const upper = new Map<Indicator, Map<string, Range | undefined>>();
  // A parent series' figures by year (the first figure of a year, as a search in row order would find).
  const years = new Map<Series, Map<number, number>>();
  const figureOf = (s: Series, year: number): number | undefined => {
    let map = years.get(s);
    if (map === undefined) {
      map = new Map();
      for (const i of s.idx) {
        const y = f.obs[i]?.year as number;
        if (!map.has(y)) map.set(y, i);
      }
      years.set(s, map);
    }
    return map.get(year);
  };

  for (const s of all) {
    const { indicator, region } = s;
    const unit = unitById.get(indicator.unit);
    if (unit === undefined || unit.dimension === "rank" || s.idx.length === 0) continue;
    const parent = regionById.get(region)?.parent;
    const summed = indicator.aggregation.method === "sum";
    const list = s.idx;
    // The range: the plan's for the region; else the series' other figures (at least two); else the usual one.
    let fixed = rangeOf(valuesOf(indicator).byRegion.get(region), "baseline");
    let lowest = -1;
    let highest = -1;
    let middle: Range | undefined;
    let withoutLowest: Range | undefined;
    let withoutHighest: Range | undefined;
    if (fixed === undefined && list.length - 1 >= 2) {
      // Its lowest and highest figures and the runners-up, in one scan: the range of the others is then the same
      // for every figure but the two ends.
      let lo = list[0] as number;
      let hi = lo;
      for (const x of list) {
        if (compareFigures(f, x, lo) < 0) lo = x;
        if (compareFigures(f, x, hi) > 0) hi = x;
      }
      let loButOne = -1;
      let hiButOne = -1;
      for (const x of list) {
        if (x !== lo && (loButOne === -1 || compareFigures(f, x, loButOne) < 0)) loButOne = x;
        if (x !== hi && (hiButOne === -1 || compareFigures(f, x, hiButOne) > 0)) hiButOne = x;
      }
      const range = (a: number, b: number) => new Range(decOf(f, a), decOf(f, b), "series");
      lowest = lo;
      highest = hi;
      middle = range(lo, hi);
      withoutLowest = range(loButOne, hi === lo ? hiButOne : hi);
      withoutHighest = range(lo === hi ? loButOne : lo, hiButOne);
    } else if (fixed === undefined) {
      if (summed) {
        if (parent !== undefined) {
          let byParent = upper.get(indicator);
          if (byParent === undefined) {
            byParent = new Map();
            upper.set(indicator, byParent);
          }
          if (!byParent.has(parent))
            byParent.set(parent, rangeOf(valuesOf(indicator).byRegion.get(parent), "usual", true));
          fixed = byParent.get(parent);
        }
      } else {
        if (!usual.has(indicator)) usual.set(indicator, rangeOf(valuesOf(indicator).all, "usual"));
        fixed = usual.get(indicator);
      }
    }
    const parentSeries = summed && parent !== undefined ? bySeries.get(indicator)?.get(parent) : undefined;
    const lowSide = unit.dimension === "percent" || unit.dimension === "currency";
    for (const k of list) {
      const range =
        middle === undefined ? fixed : k === lowest ? withoutLowest : k === highest ? withoutHighest : middle;
      let side: "high" | "low" | undefined;
      if (range !== undefined) {
        // A figure far below the range is a slip only where a slip of scale is common: a percentage written as a
        // ratio, 亿元 written as 万元. A small count (1 enterprise in a county) is an ordinary figure.
        if (compareTo(f, k, range.high, range.highN) >= 0 && range.hi.gt(0)) side = "high";
        else if (
          lowSide &&
          range.low !== undefined &&
          range.lo?.gt(0) &&
          positive(f, k) &&
          compareTo(f, k, range.low, range.lowN) <= 0
        )
          side = "low";
        else if (
          unit.dimension === "percent" &&
          range.lo !== undefined &&
          range.percentLow !== undefined &&
          positive(f, k) &&
          compareTo(f, k, range.percentLow, range.percentLowN) < 0 &&
          decOf(f, k).times(100).gte(range.lo.div(2)) &&
          decOf(f, k).times(100).lte(range.hi.times(2))
        )
          side = "low";
      }
      const city = parentSeries === undefined ? undefined : figureOf(parentSeries, f.obs[k]?.year as number);
      const above = city !== undefined && compareFigures(f, k, city) > 0;
      if (side === undefined && !above) continue;
      warn(
        plan,
        f,
        k,
        indicator,
        unit,
        regionById,
        side === undefined ? undefined : (range as Range),
        side,
        above ? city : undefined,
        parent,
        issues,
      );
    }
  }
}

/** The warnings of one figure: implausible against its range, and above its city's figure. */
function warn(
  plan: Plan,
  f: Figures,
  k: number,
  indicator: Indicator,
  unit: Plan["units"][number],
  regionById: ReadonlyMap<string, Plan["regions"][number]>,
  range: Range | undefined,
  side: "high" | "low" | undefined,
  city: number | undefined,
  parent: string | undefined,
  issues: ObservationIssue[],
): void {
  const o = f.obs[k] as NonNullable<Figures["obs"][number]>;
  const v = decOf(f, k);
  const row = f.row[k] as number;
  const line = f.line[k];
  // The params every warning of this figure shares.
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
  if (range !== undefined && side !== undefined) {
    const { lo, hi } = range;
    let reason: string | undefined;
    let probable: Dec | undefined;
    let meant: (typeof plan.units)[number] | undefined;
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
        row,
        [row, "value"],
        {
          ...base(),
          ...(probable === undefined ? {} : { probable: toDecimalString(probable) }),
          reason,
          baseline:
            lo === undefined || lo.eq(hi) ? toDecimalString(hi) : `${toDecimalString(lo)}–${toDecimalString(hi)}`,
          detail: `${range.kind}-${side}`,
          ...(meant === undefined ? {} : { target: meant.id, targetName: meant.symbol }),
        },
        line,
      ),
    );
  }
  if (city !== undefined && parent !== undefined) {
    const cityName = regionById.get(parent)?.name ?? { zh: parent, en: parent };
    issues.push(
      makeIssue(
        "county-above-city",
        "warning",
        row,
        [row, "value"],
        {
          ...base(),
          baseline: (f.obs[city] as NonNullable<Figures["obs"][number]>).value,
          reason: "county-above-city",
          regionNames: cityName,
          rows: [f.row[city] as number],
          lines: [f.line[city]],
        },
        line,
      ),
    );
  }
}

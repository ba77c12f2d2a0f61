/**
 * The series step: each indicator's figures indexed once by indicator and region, and a region's value rolled up
 * from the leaves of the region tree where it reported none itself.
 *
 * @module
 */
import { Dec } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import type { Observation, ObservationStatus } from "../observations/schema.js";
import type { ValidateObservationsResult } from "../observations/validateObservations.js";
import { checkYear, DecimalCache, exact, ProgressError, show, ZERO } from "./errors.js";
import { notes as catalogue } from "./notes.js";
import type { AssessmentNote, RollUpPoint, SeriesPoint } from "./types.js";

type Indicator = Plan["indicators"][number];

/** A figure and the input row it came from. @internal */
export interface Entry {
  readonly o: Observation;
  readonly index: number;
}

/** How final a contribution is: the least final one marks a derived value (break, estimated, provisional). */
const STATUS_RANK: Readonly<Record<string, number>> = { provisional: 1, estimated: 2, break: 3 };
const RANKED: readonly (ObservationStatus | undefined)[] = [undefined, "provisional", "estimated", "break"];
const NONE: readonly string[] = Object.freeze([]);
const NO_DIFFERENCES: readonly Difference[] = Object.freeze([]);

/**
 * One region's figure of one series in one year, as its subtree gives it:
 * - `complete`: `value` is the region's own figure or the exact total of its children's;
 * - `partial`: some figures in the subtree, not all — `known` is their sum (`cover`: the regions whose complete
 *   values make it, `missing`: the regions with no figure anywhere below);
 * - `empty`: no figure anywhere in the subtree.
 */
interface Node {
  readonly state: "complete" | "partial" | "empty";
  readonly value: Dec | null;
  /** Least final status among the figures that went into `value` or `known`. */
  readonly rank: number;
  readonly known: Dec;
  /** Every figure that went into `known` is at least 0. */
  readonly nonNegative: boolean;
  readonly cover: readonly string[];
  readonly missing: readonly string[];
  /** Regions of the subtree whose own figure differs from their children's total: `region year: own / parts`. */
  readonly differs: readonly Difference[];
}

/** A region whose own figure of a series differs from its children's total. */
interface Difference {
  readonly series: string;
  readonly region: string;
  readonly year: number;
  /** `own / parts`. */
  readonly text: string;
}

const EMPTY: Node = {
  state: "empty",
  value: null,
  rank: 0,
  known: new Dec(0),
  nonNegative: true,
  cover: NONE,
  missing: NONE,
  differs: NO_DIFFERENCES,
};

/**
 * What `assessPlan` and the roll-up look up in a plan, built once per plan: plans are deep-frozen and never change,
 * so a frozen plan's index is kept (in a `WeakMap`, gone with the plan); an unfrozen one gets a fresh index each time.
 *
 * @internal
 */
export interface PlanIndex {
  readonly indicatorById: ReadonlyMap<string, Indicator>;
  readonly regionById: ReadonlyMap<string, Plan["regions"][number]>;
  readonly unitById: ReadonlyMap<string, Plan["units"][number]>;
  /** Each region's children in plan order. */
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  /** `10^scale` of each indicator's unit. */
  readonly scaleOf: ReadonlyMap<string, Dec>;
  readonly dimensionOf: ReadonlyMap<string, string>;
  /**
   * Each indicator's plan baseline by region: the one for the plan's baseline year, else the latest one (as
   * `assessPlan` chooses it).
   */
  readonly baselineOf: ReadonlyMap<string, ReadonlyMap<string, Indicator["baselines"][number]>>;
}

const PLAN_INDEX = new WeakMap<Plan, PlanIndex>();

/** The {@link PlanIndex} of a plan (kept for a frozen plan). @internal */
export function planIndex(plan: Plan): PlanIndex {
  const known = PLAN_INDEX.get(plan);
  if (known !== undefined) return known;
  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  const regionById = new Map(plan.regions.map((r) => [r.id, r]));
  const childrenOf = new Map<string, string[]>();
  for (const r of plan.regions) {
    if (r.parent === undefined) continue;
    const list = childrenOf.get(r.parent);
    if (list === undefined) childrenOf.set(r.parent, [r.id]);
    else list.push(r.id);
  }
  const scaleOf = new Map<string, Dec>();
  const dimensionOf = new Map<string, string>();
  const baselineOf = new Map<string, Map<string, Indicator["baselines"][number]>>();
  for (const i of plan.indicators) {
    scaleOf.set(i.id, new Dec(10).pow(unitById.get(i.unit)?.scale ?? 0));
    dimensionOf.set(i.id, unitById.get(i.unit)?.dimension ?? "ratio");
    // The baseline of the plan's baseline year, else the latest year's (the first listed of that year).
    const byRegion = new Map<string, Indicator["baselines"][number]>();
    for (const b of i.baselines) {
      const chosen = byRegion.get(b.region);
      if (
        chosen === undefined ||
        (chosen.year !== plan.baselineYear && (b.year === plan.baselineYear || b.year > chosen.year))
      ) {
        byRegion.set(b.region, b);
      }
    }
    baselineOf.set(i.id, byRegion);
  }
  const index: PlanIndex = {
    indicatorById: new Map(plan.indicators.map((i) => [i.id, i])),
    regionById,
    unitById,
    childrenOf,
    scaleOf,
    dimensionOf,
    baselineOf,
  };
  if (Object.isFrozen(plan)) PLAN_INDEX.set(plan, index);
  return index;
}

/**
 * The figures of a validation result indexed once by indicator and region (`O(rows)`), with the region tree, and a
 * memo of every region's rolled-up value by series and year, so that assessing every target in every region costs
 * `O(rows + targets × regions × years)`. Figures are in the indicator's unit already (validation converted them).
 * Each decimal string is parsed once ({@link SeriesIndex.dec}).
 *
 * @internal
 */
export class SeriesIndex {
  readonly plan: Plan;
  /** Figures by indicator, region and year. */
  private readonly byKey = new Map<string, Map<string, Map<number, Entry>>>();
  private readonly yearsOf = new Map<string, Set<number>>();
  /** Rolled-up values by series, region and year. */
  private readonly memo = new Map<string, Map<string, Map<number, Node>>>();
  readonly index: PlanIndex;
  readonly indicatorById: ReadonlyMap<string, Indicator>;
  /** Called once for every figure the roll-up reads. */
  private readonly visit: (index: number) => void;

  constructor(plan: Plan, entries: Iterable<Entry>, visit: (index: number) => void = () => {}) {
    this.plan = plan;
    this.visit = visit;
    this.index = planIndex(plan);
    this.indicatorById = this.index.indicatorById;
    for (const entry of entries) {
      const o = entry.o;
      let regions = this.byKey.get(o.indicator);
      if (regions === undefined) {
        regions = new Map();
        this.byKey.set(o.indicator, regions);
      }
      let years = regions.get(o.region);
      if (years === undefined) {
        years = new Map();
        regions.set(o.region, years);
      }
      // Validation leaves one figure a year; should two come, the first stands (as a scan in input order gave).
      if (!years.has(o.year)) years.set(o.year, entry);
      let all = this.yearsOf.get(o.indicator);
      if (all === undefined) {
        all = new Set();
        this.yearsOf.set(o.indicator, all);
      }
      all.add(o.year);
    }
  }

  /** The decimal strings of this run, each parsed once (shared with the assessments of `assessPlan`). */
  readonly decimals = new DecimalCache();
  /** A figure's decimal, parsed once per distinct string (validated figures and the library's own exact strings). */
  readonly dec = this.decimals.dec;

  /** A region of the plan by id. */
  region(id: string): Plan["regions"][number] | undefined {
    return this.index.regionById.get(id);
  }

  /** A unit of the plan by id. */
  unit(id: string): Plan["units"][number] | undefined {
    return this.index.unitById.get(id);
  }

  /** Region names by id, in Chinese and English (the id where the plan has no such region). */
  readonly names = {
    zh: (id: string): string => this.index.regionById.get(id)?.name.zh ?? id,
    en: (id: string): string => this.index.regionById.get(id)?.name.en ?? id,
  };

  /** The figures of one indicator in one region, by year. */
  own(indicator: string, region: string): ReadonlyMap<number, Entry> | undefined {
    return this.byKey.get(indicator)?.get(region);
  }

  /** The region's children in plan order. */
  children(region: string): readonly string[] {
    return this.index.childrenOf.get(region) ?? NONE;
  }

  /** Every year any region has a figure of the series. */
  years(series: string): ReadonlySet<number> {
    return this.yearsOf.get(series) ?? new Set();
  }

  /** The series' figure in the region and year, as its subtree gives it (memoised). */
  node(series: string, region: string, year: number): Node {
    let byRegion = this.memo.get(series);
    if (byRegion === undefined) {
      byRegion = new Map();
      this.memo.set(series, byRegion);
    }
    let byYear = byRegion.get(region);
    if (byYear === undefined) {
      byYear = new Map();
      byRegion.set(region, byYear);
    }
    const known = byYear.get(year);
    if (known !== undefined) return known;
    const computed = this.compute(series, region, year);
    byYear.set(year, computed);
    return computed;
  }

  private compute(series: string, region: string, year: number): Node {
    const entry = this.own(series, region)?.get(year);
    if (entry !== undefined) this.visit(entry.index);
    // A forecast is no figure of the year (assess leaves it out too).
    const own = entry !== undefined && entry.o.status !== "forecast" ? entry : undefined;
    const kids = this.children(region);
    const parts = kids.length === 0 ? null : this.combine(series, kids, year);
    if (own !== undefined) {
      const value = this.dec(own.o.value);
      const differs =
        parts?.state === "complete" && parts.value !== null && !parts.value.eq(value)
          ? [...parts.differs, { series, region, year, text: `${own.o.value} / ${exact(parts.value)}` }]
          : (parts?.differs ?? NO_DIFFERENCES);
      return {
        state: "complete",
        value,
        rank: STATUS_RANK[own.o.status ?? ""] ?? 0,
        known: value,
        nonNegative: !value.isNegative(),
        cover: [region],
        missing: NONE,
        differs,
      };
    }
    if (parts === null) return EMPTY;
    return parts;
  }

  /**
   * The children's figures combined in one pass: complete when each is, partial when some are, empty when none has
   * any. Exact: the known parts are summed in full.
   */
  private combine(series: string, kids: readonly string[], year: number): Node {
    let differs: readonly Difference[] = NO_DIFFERENCES;
    let known: Dec | null = null;
    let rank = 0;
    let nonNegative = true;
    let complete = true;
    const cover: string[] = [];
    const missing: string[] = [];
    for (const id of kids) {
      const n = this.node(series, id, year);
      if (n.differs.length > 0) differs = differs.length === 0 ? n.differs : [...differs, ...n.differs];
      if (n.state === "empty") {
        complete = false;
        missing.push(id);
        continue;
      }
      const v = n.state === "complete" ? (n.value as Dec) : n.known;
      known = (known ?? ZERO).plus(v);
      if (n.rank > rank) rank = n.rank;
      if (!n.nonNegative) nonNegative = false;
      if (n.state === "complete") cover.push(id);
      else {
        complete = false;
        for (const c of n.cover) cover.push(c);
        for (const m of n.missing) missing.push(m);
      }
    }
    // Every child empty: nothing known (the differences below are still named).
    if (known === null) return differs.length === 0 ? EMPTY : { ...EMPTY, differs };
    return {
      state: complete ? "complete" : "partial",
      value: complete ? known : null,
      rank,
      known,
      nonNegative,
      cover,
      missing,
      differs,
    };
  }

  /**
   * One region's value of an indicator in one year from its subtree: for a sum, the series itself; for a ratio,
   * `scale × Σ numerator / Σ denominator` of its components rolled up (never an average of ratios). `null` for an
   * indicator that does not aggregate.
   */
  derive(indicator: Indicator, region: string, year: number): Derived | null {
    const how = indicator.aggregation;
    if (how.method === "none") return null;
    if (how.method === "sum") {
      const kids = this.children(region);
      if (kids.length === 0) return null;
      const n = this.combine(indicator.id, kids, year);
      // `combine` is not memoised at the region itself: read the region's own figure (and count it as read) too.
      const own = this.own(indicator.id, region)?.get(year);
      if (own !== undefined) this.visit(own.index);
      if (n.state === "empty" && n.differs.length === 0) return null;
      // Validation rejects negative figures of every dimension but `ratio`: there, the missing parts are ≥ 0 too.
      const bounded = n.state === "partial" && n.nonNegative && this.index.dimensionOf.get(indicator.id) !== "ratio";
      return {
        value: n.value,
        rank: n.rank,
        known: bounded ? n.known : null,
        cover: n.cover,
        missing: n.missing,
        differs: n.differs,
        incomplete: n.state === "complete" ? NONE : [indicator.id],
        refused: null,
      };
    }
    const num = this.node(how.numerator, region, year);
    const den = this.node(how.denominator, region, year);
    if (num.state === "empty" && den.state === "empty") return null;
    const differs =
      num.differs.length === 0
        ? den.differs
        : den.differs.length === 0
          ? num.differs
          : [...num.differs, ...den.differs];
    if (num.state === "complete" && den.state === "complete") {
      // Both components complete: nothing is missing, and the regions that gave both are all those that gave either.
      const cover = num.cover === den.cover ? num.cover : [...new Set([...num.cover, ...den.cover])];
      const rank = Math.max(num.rank, den.rank);
      return this.ratio(how, num, den, { rank, cover, missing: NONE, differs, incomplete: NONE });
    }
    // A component with no figure anywhere in the subtree is missing for the region as a whole.
    const missingOf = (n: Node) => (n.state === "empty" ? [region] : n.missing);
    const missing = [...new Set([...missingOf(num), ...missingOf(den)])];
    // Regions that gave both components (one given without the other is missing).
    const missingSet = new Set(missing);
    const cover = [...new Set([...num.cover, ...den.cover])].filter((r) => !missingSet.has(r));
    const incomplete = [num.state, den.state].flatMap((state, i) =>
      state === "complete" ? [] : [i === 0 ? how.numerator : how.denominator],
    );
    const rank = Math.max(num.rank, den.rank);
    return this.ratio(how, num, den, { rank, cover, missing, differs, incomplete });
  }

  /** `scale × Σ numerator / Σ denominator`, where both sums are known and the denominator's is not 0. */
  private ratio(
    how: Extract<Indicator["aggregation"], { method: "ratio" }>,
    num: Node,
    den: Node,
    parts: Pick<Derived, "rank" | "cover" | "missing" | "differs" | "incomplete">,
  ): Derived {
    const { rank, cover, missing, differs, incomplete } = parts;
    if (num.value === null || den.value === null) {
      return { value: null, rank, known: null, cover, missing, differs, incomplete, refused: null };
    }
    const d = den.value.times(this.index.scaleOf.get(how.denominator) ?? 1);
    if (d.isZero()) {
      return {
        value: null,
        rank,
        known: null,
        cover,
        missing: NONE,
        differs,
        incomplete: NONE,
        refused: catalogue.zeroDenominator(how.denominator),
      };
    }
    const value = this.dec(how.scale)
      .times(num.value.times(this.index.scaleOf.get(how.numerator) ?? 1))
      .div(d);
    return { value, rank, known: null, cover, missing: NONE, differs, incomplete: NONE, refused: null };
  }
}

/** What {@link SeriesIndex.derive} gives for one region and year. @internal */
export interface Derived {
  /** The exact value from the subtree, or `null` when it cannot be formed. */
  readonly value: Dec | null;
  readonly rank: number;
  /** For an incomplete sum of figures that cannot be negative: the known part, a lower bound on the value. */
  readonly known: Dec | null;
  readonly cover: readonly string[];
  readonly missing: readonly string[];
  readonly differs: readonly Difference[];
  /** The series whose figures are incomplete (the indicator, or a ratio's components). */
  readonly incomplete: readonly string[];
  readonly refused: AssessmentNote | null;
}

/** The least final status of a rank. @internal */
export function statusOfRank(rank: number): ObservationStatus | undefined {
  return RANKED[rank];
}

/**
 * The series of one indicator in one region, with the roll-up: what {@link rollUpSeries} gives for a target, without
 * the indicator and region it names. @internal
 */
export type TargetSeries = Omit<RollUpSeries, "indicator" | "region">;

/**
 * The series of an indicator in a region for assessment: its own figures, and for each year without one the value
 * derived from its subtree (where `derive` is on), with notes in Chinese and English. @internal
 */
export function targetSeries(
  index: SeriesIndex,
  indicator: Indicator,
  region: string,
  lastYear: number,
  derive: boolean,
): TargetSeries {
  const own = index.own(indicator.id, region);
  const points: (SeriesPoint & { derived: boolean })[] = [];
  const future: number[] = [];
  if (own !== undefined) {
    for (const { o } of own.values()) {
      if (o.year > lastYear) {
        future.push(o.year);
        continue;
      }
      points.push(
        o.status === undefined
          ? { year: o.year, value: o.value, derived: false }
          : { year: o.year, value: o.value, status: o.status, derived: false },
      );
    }
  }
  const rollup: RollUpPoint[] = [];
  const notes: AssessmentNote[] = [];
  const how = indicator.aggregation;
  if (derive && how.method !== "none" && index.children(region).length > 0) {
    const level = index.region(region)?.level ?? "city";
    const names = index.names;
    const unit = index.unit(indicator.unit);
    const series = how.method === "ratio" ? [how.numerator, how.denominator] : [indicator.id];
    const years = new Set<number>();
    for (const s of series) for (const y of index.years(s)) years.add(y);
    const ownByYear = new Map<number, SeriesPoint>();
    for (const p of points) ownByYear.set(p.year, p);
    const derivedYears: number[] = [];
    const differing: { zh: string; en: string }[] = [];
    const notDerived: AssessmentNote[] = [];
    for (const year of [...years].sort((a, b) => a - b)) {
      const d = index.derive(indicator, region, year);
      if (d === null || year > lastYear) continue;
      const mine = ownByYear.get(year);
      for (const diff of d.differs) {
        const what = diff.series === indicator.id ? "" : `${diff.series} `;
        differing.push({
          zh: `${what}${names.zh(diff.region)} ${diff.year}: ${diff.text}`,
          en: `${what}${names.en(diff.region)} ${diff.year}: ${diff.text}`,
        });
      }
      const status = statusOfRank(d.rank);
      const point: RollUpPoint = {
        year,
        value: d.value === null ? null : exact(d.value),
        derived: mine === undefined && d.value !== null,
        ...(status === undefined || d.value === null ? {} : { status }),
        lowerBound: d.known === null ? null : exact(d.known),
        covers: d.cover,
        missing: d.missing,
      };
      if (d.value === null && d.cover.length === 0 && d.missing.length === 0 && d.refused === null) continue;
      rollup.push(point);
      if (mine !== undefined) {
        // The region's own figure stands; it is compared exactly with its parts' total (a ratio: with the ratio
        // of its summed components).
        if (d.value !== null && !index.dec(mine.value).eq(d.value)) {
          const text = `${year}: ${mine.value} / ${exact(d.value)}`;
          differing.unshift({ zh: text, en: text });
        }
        continue;
      }
      if (d.value !== null) {
        points.push(
          status === undefined
            ? { year, value: exact(d.value), derived: true }
            : { year, value: exact(d.value), status, derived: true },
        );
        derivedYears.push(year);
        continue;
      }
      // Where the region has no figure of its own, say why its parts give none (nothing dropped in silence), and
      // what is known: for a sum of figures that cannot be negative, the known part is a lower bound.
      const components =
        how.method === "ratio"
          ? { zh: `（${d.incomplete.join("、")}）`, en: ` (${d.incomplete.join(", ")})` }
          : { zh: "", en: "" };
      const why =
        d.refused !== null
          ? d.refused.message
          : {
              zh: `缺${d.missing.map(names.zh).join("、")}的数据${components.zh}`,
              en: `no figures for ${d.missing.map(names.en).join(", ")}${components.en}`,
            };
      const known =
        d.known === null
          ? null
          : {
              value: exact(d.known),
              unit: unit === undefined ? null : unit.symbol,
              regions: d.cover.map((r) => ({ zh: names.zh(r), en: names.en(r) })),
            };
      notDerived.push(catalogue.notDerived(level, year, why, known));
    }
    notes.push(...notDerived);
    if (derivedYears.length > 0) {
      notes.push(catalogue.derived(level, derivedYears, how.method === "ratio"));
    }
    if (differing.length > 0) {
      notes.push(catalogue.differs(level, differing));
    }
  }
  points.sort((a, b) => a.year - b.year);
  return { points, future, rollup, notes };
}

/**
 * Options of {@link rollUpSeries}.
 *
 * @example
 * ```ts
 * import type { RollUpSeriesOptions } from "@wuwei/sti-plan";
 * const options: RollUpSeriesOptions = { indicator: "high-tech-enterprises", region: "wuwei", lastYear: 2023 };
 * options.region; //=> "wuwei"
 * ```
 * @category Progress
 */
export interface RollUpSeriesOptions {
  /** The indicator. */
  readonly indicator: string;
  /** The region whose series is built. */
  readonly region: string;
  /** The last year used (figures after it are listed in `future`); no limit when absent. */
  readonly lastYear?: number;
}

/**
 * The series of one indicator in one region as `assessPlan` builds it, with its roll-up.
 *
 * @example
 * ```ts
 * import type { RollUpSeries } from "@wuwei/sti-plan";
 * const s: RollUpSeries = { indicator: "gdp", region: "wuwei", points: [], future: [], rollup: [], notes: [] };
 * s.points; //=> []
 * ```
 * @category Progress
 */
export interface RollUpSeries {
  /** Indicator id. */
  readonly indicator: string;
  /** Region id. */
  readonly region: string;
  /** The region's own figures and, for years without one, the values derived from its subtree (`derived: true`). */
  readonly points: readonly (SeriesPoint & { readonly derived: boolean })[];
  /** Years after `lastYear` with a figure of the region's own, not used. */
  readonly future: readonly number[];
  /** Per year in which the subtree had figures: the parts' total, or the lower bound and what is missing. */
  readonly rollup: readonly RollUpPoint[];
  /** Derived years, reported figures that differ from their parts' total, and what could not be derived. */
  readonly notes: readonly AssessmentNote[];
}

/**
 * The series step for one indicator in one region: the region's own figures, and for each year without one the
 * value rolled up from the leaves of the region tree — each child stands by its own figure or, recursively, by its
 * children's. Sums add up; a ratio is `scale × Σ numerator / Σ denominator` of its components rolled up the same
 * way (never an average of ratios); `none` never rolls up. Nothing is rounded. Where children are missing the
 * value is `null`, the missing regions are named, and for a sum of figures that cannot be negative (every unit
 * dimension but `ratio`: validation rejects negative figures) the known part is kept as `lowerBound`, never as the
 * value. A region's own figure stands for its subtree; where its parts' total differs from it (exactly), a note says
 * so.
 *
 * @param plan - the plan
 * @param observations - what {@link validateObservations} returned, or its `observations`
 * @param options - the indicator, the region and the last year
 * @returns the series, deep-frozen
 * @throws {@link ProgressError} `unknown-indicator` or `unknown-region`
 * @example
 * ```ts
 * import { rollUpSeries, validateObservations, wuwei14 } from "@wuwei/sti-plan";
 * const figures = validateObservations(wuwei14, [
 *   { indicator: "high-tech-enterprises", region: "凉州区", year: 2023, value: "45" },
 * ]);
 * const s = rollUpSeries(wuwei14, figures, { indicator: "high-tech-enterprises", region: "wuwei" });
 * s.rollup; //=> [{ year: 2023, value: null, derived: false, lowerBound: "45", covers: ["liangzhou"], missing: ["minqin", "gulang", "tianzhu"] }]
 * ```
 * @category Progress
 */
export function rollUpSeries(
  plan: Plan,
  observations: ValidateObservationsResult | readonly Observation[],
  options: RollUpSeriesOptions,
): RollUpSeries {
  const indicator = plan.indicators.find((i) => i.id === options?.indicator);
  if (indicator === undefined) {
    throw new ProgressError("unknown-indicator", ["options", "indicator"], {
      rule: "unknown-indicator",
      received: show(options?.indicator),
    });
  }
  if (!plan.regions.some((r) => r.id === options.region)) {
    throw new ProgressError("unknown-region", ["options", "region"], {
      rule: "unknown-region",
      received: show(options.region),
    });
  }
  const lastYear =
    options.lastYear === undefined ? Number.POSITIVE_INFINITY : checkYear(options.lastYear, ["options", "lastYear"]);
  const list = isValidated(observations) ? observations.observations : observations;
  const index = new SeriesIndex(
    plan,
    list.map((o, i) => ({ o, index: i })),
  );
  const s = targetSeries(index, indicator, options.region, lastYear, true);
  return deepFreeze({ indicator: indicator.id, region: options.region, ...s });
}

/**
 * Whether the input is what {@link validateObservations} returned rather than a list of rows (and so needs no second
 * check). @internal
 */
export function isValidated(input: unknown): input is ValidateObservationsResult {
  return (
    typeof input === "object" &&
    input !== null &&
    !Array.isArray(input) &&
    Array.isArray((input as ValidateObservationsResult).observations) &&
    Array.isArray((input as ValidateObservationsResult).rows) &&
    Array.isArray((input as ValidateObservationsResult).issues)
  );
}

/**
 * County to city: a city's value from its counties' reported figures.
 *
 * @module
 */
import { Dec } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import { convertible } from "../internal/units.js";
import type { Plan } from "../model/definePlan.js";
import type { ObservationRow } from "../observations/schema.js";
import { checkYear, exact, ProgressError, parseDecimalOrNumber, show } from "./errors.js";
import { notes as catalogue } from "./notes.js";
import type { AssessmentNote } from "./types.js";

/**
 * Options of {@link aggregateRegions}.
 *
 * @example
 * ```ts
 * import type { AggregateRegionsOptions } from "@wuwei/sti-plan";
 * const options: AggregateRegionsOptions = { year: 2023 };
 * options.year; //=> 2023
 * ```
 * @category Progress
 */
export interface AggregateRegionsOptions {
  /** The year to aggregate. */
  readonly year: number;
  /** The city whose counties are combined; the plan's first city-level region when absent. */
  readonly region?: string;
}

/**
 * A city's value combined from its counties, or the reason it could not be.
 * - `complete`: every county reported; `value` is the city's value.
 * - `incomplete`: some counties did not report (listed in `missing`); `value` is `null` and, for a sum, `partial`
 *   is the sum over the counties in `covers` — never presented as the city's value.
 * - `refused`: the indicator does not aggregate (a rank, an own-level share: aggregation `none`), or the figures
 *   contradict each other (two figures for one county, units that do not convert).
 *
 * @example
 * ```ts
 * import type { RegionAggregate } from "@wuwei/sti-plan";
 * const result: RegionAggregate = { indicator: "high-tech-enterprises", region: "wuwei", year: 2023, method: "sum",
 *   status: "incomplete", value: null, partial: "40", covers: ["liangzhou"], missing: ["minqin"], notes: [] };
 * result.missing; //=> ["minqin"]
 * ```
 * @category Progress
 */
export interface RegionAggregate {
  /** Indicator id. */
  readonly indicator: string;
  /** The city. */
  readonly region: string;
  /** The year. */
  readonly year: number;
  /** How the counties combine (from the indicator's `aggregation`). */
  readonly method: "sum" | "ratio" | "none";
  /** Whether the result is the city's value. */
  readonly status: "complete" | "incomplete" | "refused";
  /** The city's value in the indicator's unit, only when `complete`. */
  readonly value: string | null;
  /** For an incomplete sum: the sum over the counties covered. Otherwise `null`. */
  readonly partial: string | null;
  /** Counties whose figures went in. */
  readonly covers: readonly string[];
  /** Counties without the figures needed. */
  readonly missing: readonly string[];
  /** Why, in Chinese and English. */
  readonly notes: readonly AssessmentNote[];
}

/**
 * Combine the counties' reported figures of one year into the city's value, following the indicator's
 * `aggregation`: counts and flows (`sum`) add up; a ratio (`ratio`, such as R&D intensity = 100 × R&D expenditure /
 * GDP) is recomputed from the summed components, reported as observations whose `indicator` is the component id
 * (`rd-expenditure`, `gdp`) — ratios are never averaged; `none` (ranks, own-level budget shares) is refused. When a
 * county is missing the result says so and lists it; it never fills a gap.
 *
 * @param plan - the plan
 * @param indicatorId - the indicator to aggregate
 * @param observations - reported figures (county figures of the indicator, or of its components for a ratio)
 * @param options - the year, and the city if the plan has several
 * @returns the aggregate, deep-frozen
 * @throws {@link ProgressError} `unknown-indicator` or `unknown-region`, or on a malformed figure
 * @example
 * ```ts
 * import { aggregateRegions, wuwei14 } from "@wuwei/sti-plan";
 * const counties = ["liangzhou", "minqin", "gulang", "tianzhu"];
 * const figures = counties.map((region, i) => ({ indicator: "high-tech-enterprises", region, year: 2023, value: String(10 + i) }));
 * const all = aggregateRegions(wuwei14, "high-tech-enterprises", figures, { year: 2023 });
 * [all.status, all.value]; //=> ["complete", "46"]
 * const some = aggregateRegions(wuwei14, "high-tech-enterprises", figures.slice(0, 3), { year: 2023 });
 * [some.status, some.value, some.partial, some.missing]; //=> ["incomplete", null, "33", ["tianzhu"]]
 * ```
 * @category Progress
 */
export function aggregateRegions(
  plan: Plan,
  indicatorId: string,
  observations: readonly ObservationRow[],
  options: AggregateRegionsOptions,
): RegionAggregate {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (indicator === undefined) {
    throw new ProgressError("unknown-indicator", ["indicatorId"], {
      rule: "unknown-indicator",
      received: show(indicatorId),
    });
  }
  const year = checkYear(options?.year, ["options", "year"]);
  const city =
    options.region === undefined
      ? plan.regions.find((r) => r.level === "city")
      : plan.regions.find((r) => r.id === options.region);
  if (city === undefined) {
    throw new ProgressError(
      "unknown-region",
      ["options", "region"],
      options.region === undefined ? { rule: "no-city" } : { rule: "unknown-region", received: show(options.region) },
    );
  }
  if (!Array.isArray(observations)) {
    throw new ProgressError("invalid-argument", ["observations"], { rule: "array", what: "observations" });
  }
  const counties = plan.regions.filter((r) => r.parent === city.id).map((r) => r.id);
  const base = { indicator: indicator.id, region: city.id, year, method: indicator.aggregation.method };
  const refused = (why: AssessmentNote): RegionAggregate =>
    deepFreeze({ ...base, status: "refused", value: null, partial: null, covers: [], missing: [], notes: [why] });

  if (indicator.aggregation.method === "none") {
    return refused(catalogue.notAggregable());
  }
  if (counties.length === 0) {
    return refused(catalogue.noCounties(city.id));
  }
  const units = new Map(plan.units.map((u) => [u.id, u]));

  /** Each county's value of one series in a common scale, or the problem. */
  const collect = (series: string, unitOf: string | null) => {
    const values = new Map<string, Dec>();
    const problems: string[] = [];
    const scales = new Set<string>();
    observations.forEach((o, i) => {
      if (o?.indicator !== series || o.year !== year || !counties.includes(o.region)) return;
      if (o.status === "forecast") return;
      let value = parseDecimalOrNumber(o.value, ["observations", i, "value"]);
      const unitId = o.unit ?? unitOf;
      if (unitId === null) scales.add("(none)");
      else {
        const unit = units.get(unitId);
        if (unit === undefined) {
          problems.push(`${o.region}: unknown unit ${unitId}`);
          return;
        }
        // Figures that convert into the series' own unit share its key; any other unit stands apart, so that
        // 名 and 家 (both counts) are never added together.
        const own = unitOf === null ? undefined : units.get(unitOf);
        scales.add(own !== undefined && convertible(unit, own) ? own.id : unit.id);
        value = value.times(new Dec(10).pow(unit.scale));
      }
      if (values.has(o.region)) problems.push(`${o.region}: two figures for ${year}`);
      values.set(o.region, value);
    });
    if (scales.size > 1) problems.push(`${series}: figures in units that do not convert (${[...scales].join(", ")})`);
    return { values, problems, scales };
  };

  if (indicator.aggregation.method === "sum") {
    const { values, problems } = collect(indicator.id, indicator.unit);
    if (problems.length > 0) return refused(conflict(problems));
    const unit = units.get(indicator.unit);
    const scale = new Dec(10).pow(unit?.scale ?? 0);
    const covers = counties.filter((c) => values.has(c));
    const missing = counties.filter((c) => !values.has(c));
    const sum = covers.reduce((s, c) => s.plus(values.get(c) ?? 0), new Dec(0)).div(scale);
    if (missing.length > 0) {
      return deepFreeze({
        ...base,
        status: "incomplete",
        value: null,
        partial: exact(sum),
        covers,
        missing,
        notes: [missingNote(missing)],
      });
    }
    return deepFreeze({ ...base, status: "complete", value: exact(sum), partial: null, covers, missing, notes: [] });
  }

  const { numerator, denominator, scale } = indicator.aggregation;
  const unitOf = (id: string) => plan.indicators.find((i) => i.id === id)?.unit ?? null;
  const num = collect(numerator, unitOf(numerator));
  const den = collect(denominator, unitOf(denominator));
  const problems = [...num.problems, ...den.problems];
  const unitless = (c: { scales: Set<string> }) => c.scales.has("(none)");
  if (num.values.size > 0 && den.values.size > 0 && unitless(num) !== unitless(den)) {
    problems.push(`${numerator} and ${denominator}: one is given with units, the other without`);
  }
  if (problems.length > 0) return refused(conflict(problems));
  const covers = counties.filter((c) => num.values.has(c) && den.values.has(c));
  const missing = counties.filter((c) => !covers.includes(c));
  const notes: AssessmentNote[] = [catalogue.ratioFromComponents(numerator, denominator)];
  if (missing.length > 0) {
    return deepFreeze({
      ...base,
      status: "incomplete",
      value: null,
      partial: null,
      covers,
      missing,
      notes: [...notes, missingNote(missing)],
    });
  }
  const totalDen = covers.reduce((s, c) => s.plus(den.values.get(c) ?? 0), new Dec(0));
  if (totalDen.isZero()) {
    return refused(catalogue.zeroDenominator(denominator));
  }
  const totalNum = covers.reduce((s, c) => s.plus(num.values.get(c) ?? 0), new Dec(0));
  const value = new Dec(scale).times(totalNum).div(totalDen);
  return deepFreeze({ ...base, status: "complete", value: exact(value), partial: null, covers, missing, notes });
}

function missingNote(missing: readonly string[]): AssessmentNote {
  return catalogue.regionsMissing(missing);
}

function conflict(problems: readonly string[]): AssessmentNote {
  return catalogue.conflictingFigures(problems);
}

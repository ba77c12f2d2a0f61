/**
 * County to city: a city's value from its counties' reported figures, as the series step rolls it up.
 *
 * @module
 */
import { deepFreeze } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import type { ObservationIssue } from "../observations/issues.js";
import type { ObservationRow } from "../observations/schema.js";
import { type ValidateObservationsResult, validateObservations } from "../observations/validateObservations.js";
import { checkYear, exact, ProgressError, show } from "./errors.js";
import { notes as catalogue } from "./notes.js";
import { isValidated, planIndex, SeriesIndex } from "./rollup.js";
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
 * - `complete`: every county's figures are there; `value` is the city's value.
 * - `incomplete`: some counties have no valid figure (listed in `missing`: one not reported, or rejected by
 *   validation, as `issues` says); `value` is `null` and, for a sum of figures that cannot be negative, `partial` is
 *   the known part, a lower bound on the city's value — never presented as the value.
 * - `refused`: the indicator does not aggregate (a rank, an own-level share: aggregation `none`), the city has no
 *   counties, or a ratio's summed denominator is 0.
 *
 * @example
 * ```ts
 * import type { RegionAggregate } from "@wuwei/sti-plan";
 * const result: RegionAggregate = { indicator: "high-tech-enterprises", region: "wuwei", year: 2023, method: "sum",
 *   status: "incomplete", value: null, partial: "40", covers: ["liangzhou"], missing: ["minqin"], notes: [], issues: [] };
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
  /** The city's value in the indicator's unit, exact, only when `complete`. */
  readonly value: string | null;
  /**
   * When `incomplete`: the roll-up's lower bound, the sum over the counties in `covers`, for a sum of figures that
   * cannot be negative; otherwise (a ratio, nothing reported, a `ratio`-dimension unit) `null`.
   */
  readonly partial: string | null;
  /** The regions below the city whose figures went in (the counties, or deeper regions of a deeper plan). */
  readonly covers: readonly string[];
  /** The highest regions below the city with no valid figure needed (for a ratio: of either component). */
  readonly missing: readonly string[];
  /** Why, in Chinese and English. */
  readonly notes: readonly AssessmentNote[];
  /**
   * Validation's issues, every one of them: those of the rows given (when `aggregateRegions` validated them), or
   * those of the {@link ValidateObservationsResult} given.
   */
  readonly issues: readonly ObservationIssue[];
}

/**
 * Combine the counties' figures of one year into the city's value: a view of the series step ({@link rollUpSeries}),
 * which rolls up from the leaves of the region tree, following the indicator's `aggregation`. Counts and flows
 * (`sum`) add up; a ratio (`ratio`, such as R&D intensity = 100 × R&D expenditure / GDP) is recomputed from the
 * summed components, reported as observations whose `indicator` is the component id (`rd-expenditure`, `gdp`) —
 * ratios are never averaged; `none` (ranks, own-level budget shares) is refused. The city's own figures are left out:
 * the value is its parts'. Nothing is rounded. Rows as people write them go through {@link validateObservations}
 * first — the one step that resolves names, converts units and settles repeats — so a figure it rejects (a unit
 * that does not convert, two conflicting figures for one county) is an issue, and that county is missing. When a
 * county is missing the result says so and lists it; it never fills a gap.
 *
 * @param plan - the plan
 * @param indicatorId - the indicator to aggregate
 * @param observations - what {@link validateObservations} returned, or rows as people write them (county figures
 *   of the indicator, or of its components for a ratio)
 * @param options - the year, and the city if the plan has several
 * @returns the aggregate, deep-frozen
 * @throws {@link ProgressError} `unknown-indicator` or `unknown-region`, or `invalid-argument` when `observations`
 *   is neither
 * @example
 * ```ts
 * import { aggregateRegions, wuwei14 } from "@wuwei/sti-plan";
 * const counties = ["凉州区", "民勤县", "古浪县", "天祝藏族自治县"];
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
  observations: ValidateObservationsResult | readonly ObservationRow[],
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
  const validated = isValidated(observations)
    ? observations
    : Array.isArray(observations)
      ? validateObservations(plan, observations)
      : undefined;
  if (validated === undefined) {
    throw new ProgressError("invalid-argument", ["observations"], { rule: "array", what: "observations" });
  }
  const { issues } = validated;
  const method = indicator.aggregation.method;
  const base = { indicator: indicator.id, region: city.id, year, method };
  const refused = (why: AssessmentNote): RegionAggregate =>
    deepFreeze({
      ...base,
      status: "refused",
      value: null,
      partial: null,
      covers: [],
      missing: [],
      notes: [why],
      issues,
    });

  // Refusals that need no figures come before any figure is indexed.
  const counties = planIndex(plan).childrenOf.get(city.id) ?? [];
  if (method === "none") return refused(catalogue.notAggregable());
  if (counties.length === 0) return refused(catalogue.noCounties(city.id));
  // The series step, without the city's own figures: the value is its parts'.
  const series = new SeriesIndex(
    plan,
    validated.observations.flatMap((o, i) => (o.region === city.id ? [] : [{ o, index: validated.rows[i] ?? i }])),
  );
  const d = series.derive(indicator, city.id, year);
  if (d !== null && d.refused !== null) return refused(d.refused);
  const notes: AssessmentNote[] =
    indicator.aggregation.method === "ratio"
      ? [catalogue.ratioFromComponents(indicator.aggregation.numerator, indicator.aggregation.denominator)]
      : [];
  if (d !== null && d.value !== null) {
    return deepFreeze({
      ...base,
      status: "complete",
      value: exact(d.value),
      partial: null,
      covers: d.cover,
      missing: [],
      notes,
      issues,
    });
  }
  // No figure anywhere below the city (`null`), or a component with none (the roll-up names the city itself):
  // every county lacks it.
  const none = d === null || d.missing.includes(city.id);
  const missing = none || d.missing.length === 0 ? counties : d.missing;
  return deepFreeze({
    ...base,
    status: "incomplete",
    value: null,
    partial: d === null || d.known === null ? null : exact(d.known),
    covers: none ? [] : d.cover,
    missing,
    notes: [...notes, catalogue.regionsMissing(missing)],
    issues,
  });
}

/**
 * `assessPlan`: every target of a plan, in every region it applies to, against reported figures.
 *
 * @module
 */
import { Dec, toDecimalString } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import { convertible } from "../internal/units.js";
import type { Plan } from "../model/definePlan.js";
import { indicatorsOf, regionsOf } from "../model/resolve.js";
import type { Observation, ObservationRow } from "../observations/schema.js";
import { aggregateRegions } from "./aggregateRegions.js";
import { assess, emptyFigures } from "./assess.js";
import { checkYear, ProgressError, parseDecimalOrNumber, parseIsoDate } from "./errors.js";
import { note } from "./notes.js";
import { checkRevisions, revisionsInForce, type TargetRevision } from "./revision.js";
import {
  type AssessmentNote,
  METHODS,
  type Method,
  type PlanAssessment,
  type SeriesPoint,
  type TargetAssessment,
} from "./types.js";
import { type UnusedObservation, unused } from "./unused.js";

/**
 * Options of {@link assessPlan}.
 *
 * @example
 * ```ts
 * import type { AssessPlanOptions } from "@wuwei/sti-plan";
 * const options: AssessPlanOptions = { asOf: "2023-12-31", method: "schedule", region: "wuwei" };
 * options.region; //=> "wuwei"
 * ```
 * @category Progress
 */
export interface AssessPlanOptions {
  /** Date of the evaluation (ISO). Data for years after its year are not used; after the target year, final evaluation. */
  readonly asOf: string;
  /** The method. */
  readonly method: Method;
  /** Only the targets of this region. */
  readonly region?: string;
  /** Target revisions (动态调整); those effective on or before `asOf` apply. */
  readonly revisions?: readonly TargetRevision[];
  /** Compare levels across breaks in series. Off by default. */
  readonly allowBreaks?: boolean;
  /**
   * Where a city has no figure of its own for a year but every one of its counties reported (the indicator, or
   * for a ratio its components), use the value {@link aggregateRegions} derives, with a note. On by default;
   * `false` uses reported city figures only.
   */
  readonly deriveFromCounties?: boolean;
}

/**
 * Assess every target of a plan in every region it applies to (or in `options.region` only), in plan order:
 * indicators as listed, their targets as listed, each target's regions as listed. For each one:
 * - the baseline is the plan's for that region; where the plan has none (county baselines of 表1 are not given),
 *   the reported figure for the plan's baseline year is used, marked `origin: "reported"` with a note;
 * - the target value is the one in force at `asOf`: the latest revision effective on or before it, named in
 *   `revision`;
 * - the data are the observations of the indicator and region, in the indicator's unit (a value in another unit of
 *   the same scaled family, such as 万元 and 亿元, is converted by its power of ten; counts of different things are
 *   never converted), years after `asOf`'s year left out with a note;
 * - percentages that should rise get a natural limit of 100 for growth without a target (one that should fall has
 *   the limit 0, which changes nothing, so none is passed).
 * A target without data, without a baseline or with two figures for one year is `not-assessable` with a note saying
 * why; nothing is skipped. An observation that goes into no result — a malformed one, a name where an id belongs,
 * a figure of an indicator without a target in its region — is listed in `unused` with the reason, never thrown
 * on or dropped. Values may be decimal strings or plain numbers, as the published JSON Schema allows.
 *
 * @param plan - the plan
 * @param observations - reported figures (as `validateObservations` returns them; plain numbers are accepted)
 * @param options - as-of date, method, region, revisions
 * @returns the results, deep-frozen
 * @throws {@link ProgressError} on a bad date, an unknown region in the options, or a malformed revision
 * @example
 * ```ts
 * import { assessPlan, wuwei14 } from "@wuwei/sti-plan";
 * const report = assessPlan(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2024-06-30", method: "schedule", region: "wuwei",
 * });
 * const rd = report.results.find((r) => r.indicator === "rd-intensity");
 * [rd?.status, rd?.figures.completion, rd?.figures.lead]; //=> ["behind-schedule", "0.375", "-0.225"]
 * ```
 * @category Progress
 */
export function assessPlan(
  plan: Plan,
  observations: readonly ObservationRow[],
  options: AssessPlanOptions,
): PlanAssessment {
  if (options === null || typeof options !== "object") {
    throw new ProgressError("invalid-argument", ["options"], "expected an object");
  }
  const asOf = parseIsoDate(options.asOf, ["options", "asOf"]);
  if (!METHODS.includes(options.method)) {
    throw new ProgressError("invalid-argument", ["options", "method"], `method must be one of ${METHODS.join(", ")}`);
  }
  if (options.region !== undefined && !plan.regions.some((r) => r.id === options.region)) {
    throw new ProgressError("unknown-region", ["options", "region"], `the plan has no region "${options.region}"`);
  }
  if (!Array.isArray(observations)) {
    throw new ProgressError("invalid-argument", ["observations"], "expected an array of observations");
  }
  const { accepted, problems } = accept(plan, observations);
  const accounted = new Set<number>();
  const inForce = revisionsInForce(checkRevisions(plan, options.revisions ?? [], "revisions"), asOf);
  const units = new Map(plan.units.map((u) => [u.id, u]));

  const results: TargetAssessment[] = [];
  for (const indicator of plan.indicators) {
    const unit = units.get(indicator.unit);
    for (const target of indicator.targets) {
      const revision = inForce.get(target.id) ?? null;
      const targetValue = revision?.value ?? target.value ?? null;
      for (const region of target.regions) {
        if (options.region !== undefined && region !== options.region) continue;
        const extra: AssessmentNote[] = [];
        if (revision !== null) {
          extra.push(
            note(
              "revision-in-force",
              `目标已动态调整（${revision.id}，${revision.effective}起）：${revision.reason.zh}`,
              `target revised (${revision.id}, effective ${revision.effective}): ${revision.reason.en}`,
            ),
          );
        }
        // The figures of this indicator and region, in the indicator's unit.
        const future: number[] = [];
        const mismatched: string[] = [];
        const points: SeriesPoint[] = [];
        for (const { o, index } of accepted) {
          if (o.indicator !== indicator.id || o.region !== region) continue;
          accounted.add(index);
          if (o.year > asOf.year) {
            future.push(o.year);
            continue;
          }
          let value = o.value;
          if (o.unit !== undefined && o.unit !== indicator.unit) {
            const from = units.get(o.unit);
            if (from === undefined || unit === undefined || !convertible(from, unit)) {
              mismatched.push(`${o.year}: ${o.unit}`);
              continue;
            }
            // Exact: a power of ten never needs rounding, and figures are rounded only when written out.
            value = toDecimalString(new Dec(o.value).times(new Dec(10).pow(from.scale - unit.scale)));
          }
          points.push(o.status === undefined ? { year: o.year, value } : { year: o.year, value, status: o.status });
        }
        if (options.deriveFromCounties !== false) {
          extra.push(...deriveCity(plan, indicator, region, accepted, accounted, points, asOf.year));
        }
        if (future.length > 0) {
          extra.push(
            note(
              "after-as-of-ignored",
              `${future.join("、")}年数据晚于评估日期，不使用`,
              `data for ${future.join(", ")} are after the evaluation date and not used`,
            ),
          );
        }
        const years = points.map((p) => p.year);
        const duplicates = [...new Set(years.filter((y, i) => years.indexOf(y) !== i))];

        const planBaseline =
          indicator.baselines.find((b) => b.region === region && b.year === plan.baselineYear) ??
          indicator.baselines.filter((b) => b.region === region).sort((a, b) => b.year - a.year)[0];
        let baseline: TargetAssessment["baseline"] = null;
        if (planBaseline !== undefined) {
          baseline = { year: planBaseline.year, value: planBaseline.value, origin: "plan" };
        } else {
          const reported = points.filter((p) => p.year === plan.baselineYear);
          if (reported.length === 1 && reported[0] !== undefined) {
            baseline = { year: plan.baselineYear, value: reported[0].value, origin: "reported" };
            extra.push(
              note(
                "baseline-reported",
                `规划未给出该地区基期值，采用报送的${plan.baselineYear}年数据`,
                `the plan gives no baseline for this region: the reported ${plan.baselineYear} figure is used`,
              ),
            );
          }
        }

        const used = points
          .filter((p) => p.status !== "forecast" && p.year <= target.year)
          .filter(
            (p) =>
              baseline === null ||
              p.year > baseline.year ||
              target.kind === "annual-floor" ||
              target.kind === "cumulative",
          )
          .sort((a, b) => a.year - b.year);
        const last = used[used.length - 1];
        const latest: TargetAssessment["latest"] =
          last === undefined
            ? null
            : last.status === undefined
              ? { year: last.year, value: last.value }
              : { year: last.year, value: last.value, status: last.status };

        const head = {
          indicator: indicator.id,
          target: target.id,
          region,
          kind: target.kind,
          comparator: target.comparator,
          attribute: indicator.attribute,
          baseline,
          targetValue,
          targetYear: target.year,
          latest,
          revision: revision?.id ?? null,
        };
        if (mismatched.length > 0 || duplicates.length > 0) {
          const why: AssessmentNote[] = [];
          if (mismatched.length > 0) {
            why.push(
              note(
                "unit-mismatch",
                `数据单位与指标单位（${indicator.unit}）不一致：${mismatched.join("；")}`,
                `figures in a unit that does not convert to ${indicator.unit}: ${mismatched.join("; ")}`,
              ),
            );
          }
          if (duplicates.length > 0) {
            why.push(
              note(
                "duplicate-observation",
                `${duplicates.join("、")}年有多个数据，无法确定采用哪一个`,
                `more than one figure for ${duplicates.join(", ")}: cannot tell which to use`,
              ),
            );
          }
          results.push({
            ...head,
            method: options.method,
            kind: target.kind,
            status: "not-assessable",
            figures: emptyFigures(options.method, target.kind),
            notes: [...extra, ...why],
          } as TargetAssessment);
          continue;
        }

        const assessment = assess(
          {
            direction: indicator.direction,
            ...(baseline === null ? {} : { baseline: { year: baseline.year, value: baseline.value } }),
            target: targetValue === null ? { year: target.year } : { year: target.year, value: targetValue },
            // 100 is the natural limit (ceiling) of a percentage that should rise. The limit of one that should
            // fall is 0, which leaves Open SDG's thresholds unchanged (C_l = 1), so none is passed.
            ...(unit?.dimension === "percent" && indicator.direction === "increase" ? { limit: "100" } : {}),
            series: points,
          },
          {
            method: options.method,
            asOf: asOf.iso,
            kind: target.kind,
            comparator: target.comparator,
            attribute: indicator.attribute,
            allowBreaks: options.allowBreaks === true,
            ...(target.from === undefined ? {} : { from: target.from }),
          },
        );
        results.push({ ...head, ...assessment, notes: [...extra, ...assessment.notes] });
      }
    }
  }
  for (const { o, index } of accepted) {
    if (accounted.has(index)) continue;
    // Figures of other regions than the one asked for are left out on purpose, not dropped.
    if (options.region !== undefined && o.region !== options.region) continue;
    problems.push(unused("not-assessed", index, { received: `${o.indicator} / ${o.region} / ${o.year}` }));
  }
  problems.sort((a, b) => a.index - b.index);
  return deepFreeze({ plan: plan.id, asOf: options.asOf, method: options.method, results, unused: problems });
}

/** An observation that passed the checks of {@link accept}, with its index in the input. */
interface Accepted {
  readonly o: Observation;
  readonly index: number;
}

/**
 * The observations `assessPlan` can work on, with plain numbers read as decimal strings; every other one becomes a
 * problem of the result instead of an exception or a silent drop.
 */
function accept(
  plan: Plan,
  observations: readonly ObservationRow[],
): { accepted: Accepted[]; problems: UnusedObservation[] } {
  const accepted: Accepted[] = [];
  const problems: UnusedObservation[] = [];
  const indicatorIds = new Set(plan.indicators.map((i) => i.id));
  const regionIds = new Set(plan.regions.map((r) => r.id));
  const show = (value: unknown) => (typeof value === "string" ? JSON.stringify(value) : String(value));
  observations.forEach((o, index) => {
    if (o === null || typeof o !== "object") {
      problems.push(unused("invalid-observation", index, { received: show(o) }));
      return;
    }
    for (const field of ["indicator", "region"] as const) {
      if (typeof o[field] !== "string") {
        problems.push(unused("invalid-observation", index, { field, received: show(o[field]) }));
        return;
      }
    }
    let value: string;
    try {
      checkYear(o.year, ["observations", index, "year"]);
    } catch {
      problems.push(unused("invalid-observation", index, { field: "year", received: show(o.year) }));
      return;
    }
    try {
      value = toDecimalString(parseDecimalOrNumber(o.value, ["observations", index, "value"]));
    } catch {
      problems.push(unused("invalid-observation", index, { field: "value", received: show(o.value) }));
      return;
    }
    if (!indicatorIds.has(o.indicator)) {
      const suggestion = indicatorsOf(plan).resolve(o.indicator);
      problems.push(
        unused("unknown-indicator", index, {
          field: "indicator",
          received: o.indicator,
          ...(suggestion === undefined ? {} : { suggestion }),
        }),
      );
      return;
    }
    if (!regionIds.has(o.region)) {
      const suggestion = regionsOf(plan).resolve(o.region);
      problems.push(
        unused("unknown-region", index, {
          field: "region",
          received: o.region,
          ...(suggestion === undefined ? {} : { suggestion }),
        }),
      );
      return;
    }
    accepted.push({ o: typeof o.value === "string" ? (o as Observation) : { ...o, value }, index });
  });
  return { accepted, problems };
}

/**
 * Fill the years for which a city has no figure of its own with the value derived from its counties, where every
 * county reported; note the years filled, and any year where the city's own figure differs from its counties'.
 * `points` is extended in place (it is the caller's private working list).
 */
function deriveCity(
  plan: Plan,
  indicator: Plan["indicators"][number],
  region: string,
  accepted: readonly Accepted[],
  accounted: Set<number>,
  points: SeriesPoint[],
  lastYear: number,
): AssessmentNote[] {
  const method = indicator.aggregation.method;
  if (method === "none") return [];
  const counties = new Set(plan.regions.filter((r) => r.parent === region).map((r) => r.id));
  if (counties.size === 0) return [];
  const series =
    indicator.aggregation.method === "ratio"
      ? new Set([indicator.aggregation.numerator, indicator.aggregation.denominator])
      : new Set([indicator.id]);
  const years = new Set<number>();
  const observations: Observation[] = [];
  for (const { o, index } of accepted) {
    if (!series.has(o.indicator) || !counties.has(o.region)) continue;
    // County figures are accounted for here: they go into the city's value, or the notes say why not.
    accounted.add(index);
    observations.push(o);
    if (o.year <= lastYear) years.add(o.year);
  }
  const derived: number[] = [];
  const differing: string[] = [];
  const notDerived: AssessmentNote[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const aggregate = aggregateRegions(plan, indicator.id, observations, { year, region });
    if (aggregate.status !== "complete" || aggregate.value === null) {
      // Where the city has no figure of its own, say why its counties' figures give none (nothing dropped in
      // silence); where it has one, the counties' figures are not needed.
      if (!points.some((p) => p.year === year)) {
        for (const why of aggregate.notes) {
          if (why.code === "ratio-from-components") continue;
          notDerived.push(
            note(
              "not-derived-from-counties",
              `${year}年全市数值不能由县区数据得出：${why.message.zh}`,
              `no city value for ${year} from the counties: ${why.message.en}`,
            ),
          );
        }
      }
      continue;
    }
    const own = points.find((p) => p.year === year);
    if (own === undefined) {
      // The derived figure is only as final as the least final county figure that went into it.
      const statuses = new Set(
        observations
          .filter((o) => o.year === year && series.has(o.indicator) && counties.has(o.region))
          .map((o) => o.status),
      );
      const status = (["break", "estimated", "provisional"] as const).find((s) => statuses.has(s));
      points.push(status === undefined ? { year, value: aggregate.value } : { year, value: aggregate.value, status });
      derived.push(year);
    } else if (!new Dec(own.value).eq(aggregate.value)) {
      differing.push(`${year}: ${own.value} / ${aggregate.value}`);
    }
  }
  const out: AssessmentNote[] = [...notDerived];
  if (derived.length > 0) {
    const how = method === "ratio" ? "由各县区分子、分母之和计算" : "由各县区数据相加";
    const howEn = method === "ratio" ? "from the counties' summed components" : "as the sum of the counties";
    out.push(
      note(
        "derived-from-counties",
        `${derived.join("、")}年全市数值${how}得出`,
        `the city's value for ${derived.join(", ")} is derived ${howEn}`,
      ),
    );
  }
  if (differing.length > 0) {
    out.push(
      note(
        "city-differs-from-counties",
        `全市报送数与各县区汇总数不一致（报送/汇总）：${differing.join("；")}，采用全市报送数`,
        `the city's own figure differs from its counties' (own / derived): ${differing.join("; ")}; the city's figure is used`,
      ),
    );
  }
  return out;
}

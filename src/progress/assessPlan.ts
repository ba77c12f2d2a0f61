/**
 * `assessPlan`: every target of a plan, in every region it applies to, against reported figures.
 *
 * @module
 */
import { Dec } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import { reportingOf } from "../model/reporting.js";
import { indicatorsOf, regionsOf } from "../model/resolve.js";
import type { ObservationIssue } from "../observations/issues.js";
import { makeIssue } from "../observations/makeIssue.js";
import type { Observation, ObservationRow } from "../observations/schema.js";
import { type ValidateObservationsResult, validateObservations } from "../observations/validateObservations.js";
import { aggregateRegions } from "./aggregateRegions.js";
import { assess } from "./assess.js";
import { ProgressError, parseIsoDate, show } from "./errors.js";
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
 *   the reported figure for the plan's baseline year is used, marked `origin: "reported"` with a note; for an
 *   indicator reported as a running total (累计新增) without either, the baseline is 0 in the baseline year by
 *   definition, marked `origin: "definition"` with a note;
 * - the target value is the one in force at `asOf`: the latest revision effective on or before it, named in
 *   `revision`;
 * - the data are the validated observations of the indicator and region — already in the indicator's unit and
 *   one a year, since validation converted and settled them — years after `asOf`'s year left out with a note;
 * - percentages that should rise get a natural limit of 100 for growth without a target (one that should fall has
 *   the limit 0, which changes nothing, so none is passed).
 * A target without data or without a baseline is `not-assessable` with a note saying why; nothing is skipped.
 * `observations` is what {@link validateObservations} returned, taken as it is, or rows as people write them (ids
 * or names, plain numbers, units), which go through `validateObservations` first — the one step that resolves
 * names, converts units and settles repeats. Every row that goes into no result is listed in `unused` (its
 * validation issues, or `not-assessed`), never thrown on or dropped.
 *
 * @param plan - the plan
 * @param observations - the result of `validateObservations`, or reported figures as rows
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
  observations: ValidateObservationsResult | readonly ObservationRow[],
  options: AssessPlanOptions,
): PlanAssessment {
  if (options === null || typeof options !== "object") {
    throw new ProgressError("invalid-argument", ["options"], { rule: "object" });
  }
  const asOf = parseIsoDate(options.asOf, ["options", "asOf"]);
  if (!METHODS.includes(options.method)) {
    throw new ProgressError("invalid-argument", ["options", "method"], {
      rule: "one-of",
      received: show(options.method),
      allowed: METHODS,
    });
  }
  if (options.region !== undefined && !plan.regions.some((r) => r.id === options.region)) {
    throw new ProgressError("unknown-region", ["options", "region"], {
      rule: "unknown-region",
      received: show(options.region),
    });
  }
  // Validation is the one step that resolves names, converts units and settles repeats: figures as people write
  // them go through it here; its result is taken as it is.
  const validated = isValidated(observations) ? observations : validateObservations(plan, observations);
  const kept = new Set(validated.rows);
  const problems: ObservationIssue[] = validated.issues.filter((i) => i.row === null || !kept.has(i.row));
  const accepted: Accepted[] = validated.observations.map((o, i) => ({ o, index: validated.rows[i] ?? i }));
  const rejected = isValidated(observations)
    ? new Map<string, ObservationIssue[]>()
    : rejectedByRow(plan, observations, problems);
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
        // The figures of this indicator and region, already in the indicator's unit and one a year.
        const future: number[] = [];
        const points: SeriesPoint[] = [];
        for (const { o, index } of accepted) {
          if (o.indicator !== indicator.id || o.region !== region) continue;
          accounted.add(index);
          if (o.year > asOf.year) {
            future.push(o.year);
            continue;
          }
          const { year, value, status } = o;
          points.push(status === undefined ? { year, value } : { year, value, status });
        }
        if (options.deriveFromCounties !== false) {
          extra.push(...deriveCity(plan, indicator, region, accepted, accounted, points, asOf.year));
        }
        const refused = rejected.get(`${indicator.id}\u0000${region}`);
        if (refused !== undefined) {
          // The row says which of its figures validation rejected, so a row without data is never a mystery.
          extra.push(
            note(
              "figures-rejected",
              `${refused.length}条数据未通过检查，未使用：${refused.map((i) => i.message.zh).join("；")}`,
              `${refused.length} figure${refused.length === 1 ? " was" : "s were"} rejected and not used: ${refused.map((i) => i.message.en).join("; ")}`,
            ),
          );
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
          } else if (reported.length === 0 && reportingOf(indicator) === "running-total") {
            // A running total since the end of the baseline year is 0 in that year, by definition.
            baseline = { year: plan.baselineYear, value: "0", origin: "definition" };
            extra.push(
              note(
                "baseline-reported",
                `该指标按累计新增填报，基期${plan.baselineYear}年的累计新增按定义为0`,
                `the indicator is reported as a running total since ${plan.baselineYear}, which is 0 in ${plan.baselineYear} by definition`,
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
    const indicatorName = plan.indicators.find((i) => i.id === o.indicator)?.name;
    const regionName = plan.regions.find((r) => r.id === o.region)?.name;
    problems.push(
      makeIssue("not-assessed", "warning", index, [index], {
        received: `${o.indicator} / ${o.region} / ${o.year}`,
        detailText: {
          zh: `${indicatorName?.zh ?? o.indicator} / ${regionName?.zh ?? o.region} / ${o.year}年`,
          en: `${indicatorName?.en ?? o.indicator} / ${regionName?.en ?? o.region} / ${o.year}`,
        },
      }),
    );
  }
  problems.sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
  return deepFreeze({ plan: plan.id, asOf: options.asOf, method: options.method, results, unused: problems });
}

/** An observation that passed the checks of {@link accept}, with its index in the input. */
interface Accepted {
  readonly o: Observation;
  readonly index: number;
}

/**
 * The errors of rejected rows by the indicator and region they name (resolved as validation resolves them), so that
 * each row of the assessment can say which of its figures were rejected.
 */
function rejectedByRow(
  plan: Plan,
  rows: unknown,
  problems: readonly ObservationIssue[],
): Map<string, ObservationIssue[]> {
  const out = new Map<string, ObservationIssue[]>();
  if (!Array.isArray(rows)) return out;
  const indicators = indicatorsOf(plan);
  const regions = regionsOf(plan);
  for (const issue of problems) {
    if (issue.row === null || issue.severity !== "error") continue;
    const row: unknown = rows[issue.row];
    if (typeof row !== "object" || row === null) continue;
    const { indicator, region } = row as { indicator?: unknown; region?: unknown };
    const i = typeof indicator === "string" ? indicators.resolve(indicator) : undefined;
    const r = typeof region === "string" ? regions.resolve(region) : undefined;
    if (i === undefined || r === undefined) continue;
    const key = `${i}\u0000${r}`;
    const list = out.get(key) ?? [];
    if (!list.includes(issue)) list.push(issue);
    out.set(key, list);
  }
  return out;
}

/** Whether the input is what {@link validateObservations} returned (and so needs no second check). */
function isValidated(input: unknown): input is ValidateObservationsResult {
  return (
    typeof input === "object" &&
    input !== null &&
    !Array.isArray(input) &&
    Array.isArray((input as ValidateObservationsResult).observations) &&
    Array.isArray((input as ValidateObservationsResult).rows) &&
    Array.isArray((input as ValidateObservationsResult).issues)
  );
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

/**
 * `assessPlan`: every target of a plan, in every region it applies to, against reported figures.
 *
 * @module
 */
import { deepFreeze } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import { reportingOf } from "../model/reporting.js";
import { indicatorsOf, regionsOf } from "../model/resolve.js";
import type { ObservationIssue } from "../observations/issues.js";
import { makeIssue } from "../observations/makeIssue.js";
import type { Observation, ObservationRow } from "../observations/schema.js";
import { type ValidateObservationsResult, validateObservations } from "../observations/validateObservations.js";
import { assessUnfrozen } from "./assess.js";
import { ProgressError, parseIsoDate, show } from "./errors.js";
import { notes } from "./notes.js";
import { checkRevisions, revisionsInForce, type TargetRevision } from "./revision.js";
import { isValidated, SeriesIndex, targetSeries } from "./rollup.js";
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
   * Where a region has no figure of its own for a year, use the value rolled up from its subtree (each child by
   * its own figure or, recursively, its children's; for a ratio, from its summed components) when it is complete,
   * with a note; where it is not, say which regions are missing and, for a sum, the known part (a lower bound).
   * See {@link rollUpSeries}. On by default; `false` uses the region's own figures only.
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
  // The series step: every accepted figure indexed once by indicator and region (O(rows)); the roll-up marks each
  // figure it reads as accounted for (it goes into a value, or a note says why not).
  const series = new SeriesIndex(plan, accepted, (i) => accounted.add(i));
  const { unitById: units, baselineOf } = series.index;
  const derive = options.deriveFromCounties !== false;

  const results: TargetAssessment[] = [];
  for (const indicator of plan.indicators) {
    const unit = units.get(indicator.unit);
    // The plan's baseline by region, indexed once per plan (a national plan has one for each of 3,000 regions).
    const baselines = baselineOf.get(indicator.id);
    const limit = unit?.dimension === "percent" && indicator.direction === "increase";
    for (const target of indicator.targets) {
      const revision = inForce.get(target.id) ?? null;
      const targetValue = revision?.value ?? target.value ?? null;
      for (const region of target.regions) {
        if (options.region !== undefined && region !== options.region) continue;
        const extra: AssessmentNote[] = [];
        if (revision !== null) {
          extra.push(notes.revisionInForce(revision.id, revision.effective, revision.reason));
        }
        // The figures of this indicator and region, already in the indicator's unit and one a year, from the
        // index built once; for the years without one, the value rolled up from the region's subtree.
        const own = series.own(indicator.id, region);
        if (own !== undefined) for (const entry of own.values()) accounted.add(entry.index);
        const built = targetSeries(series, indicator, region, asOf.year, derive);
        const future = built.future;
        // Read in place (assess reads only year, value and status; the points go into no result).
        const points: readonly SeriesPoint[] = built.points;
        for (const n of built.notes) extra.push(n);
        const refused = rejected.get(`${indicator.id}\u0000${region}`);
        if (refused !== undefined) {
          // The row says which of its figures validation rejected, so a row without data is never a mystery.
          extra.push(notes.figuresRejected(refused.map((i) => i.message)));
        }
        if (future.length > 0) {
          extra.push(notes.afterAsOfIgnored(future));
        }
        // The baseline of the plan's baseline year, else the latest one the plan gives for the region.
        const planBaseline = baselines?.get(region);
        let baseline: TargetAssessment["baseline"] = null;
        if (planBaseline !== undefined) {
          baseline = { year: planBaseline.year, value: planBaseline.value, origin: "plan" };
        } else {
          const reported = points.filter((p) => p.year === plan.baselineYear);
          if (reported.length === 1 && reported[0] !== undefined) {
            baseline = { year: plan.baselineYear, value: reported[0].value, origin: "reported" };
            extra.push(notes.baselineReported(plan.baselineYear, false));
          } else if (reported.length === 0 && reportingOf(indicator) === "running-total") {
            // A running total since the end of the baseline year is 0 in that year, by definition.
            baseline = { year: plan.baselineYear, value: "0", origin: "definition" };
            extra.push(notes.baselineReported(plan.baselineYear, true));
          }
        }

        // The latest figure used: points are in year order, so the last one that counts.
        const anyYear = baseline === null || target.kind === "annual-floor" || target.kind === "cumulative";
        let last: SeriesPoint | undefined;
        for (let k = points.length - 1; k >= 0; k--) {
          const p = points[k] as SeriesPoint;
          if (p.status !== "forecast" && p.year <= target.year && (anyYear || p.year > (baseline?.year ?? 0))) {
            last = p;
            break;
          }
        }
        const latest: TargetAssessment["latest"] =
          last === undefined
            ? null
            : last.status === undefined
              ? { year: last.year, value: last.value }
              : { year: last.year, value: last.value, status: last.status };

        const assessment = assessUnfrozen(
          {
            direction: indicator.direction,
            ...(baseline === null ? {} : { baseline: { year: baseline.year, value: baseline.value } }),
            target: targetValue === null ? { year: target.year } : { year: target.year, value: targetValue },
            // 100 is the natural limit (ceiling) of a percentage that should rise. The limit of one that should
            // fall is 0, which leaves Open SDG's thresholds unchanged (C_l = 1), so none is passed.
            ...(limit ? { limit: "100" } : {}),
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
          series.decimals,
        );
        for (const n of assessment.notes) extra.push(n);
        // The fields in the order the result has always listed them; frozen once, with the whole result.
        results.push({
          indicator: indicator.id,
          target: target.id,
          region,
          kind: assessment.kind,
          comparator: target.comparator,
          attribute: indicator.attribute,
          baseline,
          targetValue,
          targetYear: target.year,
          latest,
          revision: revision?.id ?? null,
          rollup: built.rollup,
          method: assessment.method,
          status: assessment.status,
          figures: assessment.figures,
          notes: extra,
        } as TargetAssessment);
      }
    }
  }
  for (const { o, index } of accepted) {
    if (accounted.has(index)) continue;
    // Figures of other regions than the one asked for are left out on purpose, not dropped.
    if (options.region !== undefined && o.region !== options.region) continue;
    const indicatorName = series.indicatorById.get(o.indicator)?.name;
    const regionName = series.region(o.region)?.name;
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

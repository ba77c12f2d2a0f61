import { deepFreeze } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import type { ObservationRow } from "../observations/schema.js";
import type { ValidateObservationsResult } from "../observations/validateObservations.js";
import { assessPlan } from "../progress/assessPlan.js";
import { checkRegion, reportIndicator, reportPlan, reportRegion, reportTarget } from "./common.js";
import type { Assessment, Method } from "./progress-types.js";
import { countStatuses } from "./table.js";
import type { Lang, ReadSummary, Scorecard, ScorecardGroup, ScorecardRow } from "./types.js";

/**
 * Options of {@link scorecard}.
 *
 * @example
 * ```ts
 * import type { ScorecardOptions } from "@wuwei/sti-plan/report";
 * const options: ScorecardOptions = { asOf: "2023-12-31", method: "schedule", region: "wuwei", lang: "en" };
 * options.method; //=> "schedule"
 * ```
 * @category Report
 */
export interface ScorecardOptions {
  /** The date of the evaluation (`YYYY-MM-DD`); data of later years are not used. */
  readonly asOf: string;
  /** The progress method: `schedule` (序时进度), `growth-ratio` (Eurostat / Open SDG) or `projection` (UN ESCAP). */
  readonly method: Method;
  /** Only the targets of this region (an id of `plan.regions`). */
  readonly region?: string;
  /** The language the renderers will use by default (`"zh"` when absent). */
  readonly lang?: Lang;
  /** What reading and validating the file found; kept on the scorecard as `read`, so every renderer prints it. */
  readonly read?: ReadSummary;
}

/**
 * Assess every target of a plan against reported figures and gather the results into a scorecard: one row per
 * target and region (indicator names, unit, attribute, baseline, target, latest value, status, the method's
 * figures, and the reasons where a row cannot be assessed), and totals by status, by chapter, by region and for
 * binding (约束性) indicators. The assessment itself is `assessPlan`'s; this function only arranges it.
 *
 * @param plan - the plan (for example `wuwei14`)
 * @param observations - reported figures as rows (values may be plain numbers), or what `validateObservations`
 *   returned, taken as it is (not validated a second time); any that go into no row are listed in `unused` with
 *   the reason
 * @param options - as-of date, method, region and default language
 * @returns the scorecard, deep-frozen
 * @throws RangeError when `options.region` is not a region of the plan
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { renderText, scorecard } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2023-12-31",
 *   method: "schedule",
 *   region: "wuwei",
 * });
 * const row = card.rows.find((r) => r.indicator.id === "rd-intensity");
 * [row?.status, row?.figures.completion, row?.figures.timeShare]; //=> ["behind-schedule", "0.375", "0.6"]
 * renderText(card).includes("滞后于序时进度"); //=> true
 * ```
 * @category Report
 */
export function scorecard(
  plan: Plan,
  observations: ValidateObservationsResult | readonly ObservationRow[],
  options: ScorecardOptions,
): Scorecard {
  const region = checkRegion(plan, options.region);
  const assessed = assessPlan(plan, observations, {
    asOf: options.asOf,
    method: options.method,
    ...(region === null ? {} : { region }),
  });
  // Looked up by id once: a national plan has thousands of regions and tens of thousands of rows.
  const indicatorById = new Map(plan.indicators.map((i) => [i.id, i]));
  const regionById = new Map<string, Plan["regions"][number]>();
  for (const r of plan.regions) if (!regionById.has(r.id)) regionById.set(r.id, r);
  const rows: ScorecardRow[] = [];
  for (const result of assessed.results) {
    if (region !== null && result.region !== region) continue;
    const indicator = indicatorById.get(result.indicator);
    const target = indicator?.targets.find((t) => t.id === result.target);
    if (!indicator || !target) continue;
    rows.push({
      indicator: reportIndicator(plan, indicator),
      region: reportRegion(plan, result.region, regionById),
      target: {
        ...reportTarget(target, { value: result.targetValue, revision: result.revision }),
        year: result.targetYear,
      },
      baseline: result.baseline === null ? null : { ...result.baseline },
      latest:
        result.latest === null
          ? null
          : {
              year: result.latest.year,
              value: result.latest.value,
              ...(result.latest.status === undefined ? {} : { status: result.latest.status }),
            },
      ...runningTotalOf(result, target.from),
      status: result.status,
      figures: flatFigures(result),
      assessment: {
        method: result.method,
        kind: result.kind,
        status: result.status,
        figures: result.figures,
        notes: result.notes,
      } as Assessment,
      notes: result.notes,
    });
  }

  const group = (id: string, name: { zh: string; en: string }, members: readonly ScorecardRow[]): ScorecardGroup => ({
    id,
    name,
    total: members.length,
    byStatus: countStatuses(members.map((r) => r.status)),
  });
  // The rows of each chapter and each region, in row order, gathered in one pass.
  const rowsOf = (key: (row: ScorecardRow) => string): Map<string, ScorecardRow[]> => {
    const out = new Map<string, ScorecardRow[]>();
    for (const row of rows) {
      const list = out.get(key(row));
      if (list === undefined) out.set(key(row), [row]);
      else list.push(row);
    }
    return out;
  };
  const rowsByChapter = rowsOf((r) => r.indicator.chapter);
  const rowsByRegion = rowsOf((r) => r.region.id);
  const planChapters = new Set(plan.chapters.map((c) => c.id));
  const chapterIds = [
    ...plan.chapters.map((c) => c.id),
    ...new Set(rows.map((r) => r.indicator.chapter).filter((id) => !planChapters.has(id))),
  ];
  const byChapter = chapterIds.flatMap((id) => {
    const members = rowsByChapter.get(id) ?? [];
    const chapter = plan.chapters.find((c) => c.id === id);
    return members.length === 0 ? [] : [group(id, chapter ? { ...chapter.title } : { zh: id, en: id }, members)];
  });
  const byRegion = plan.regions.flatMap((r) => {
    const members = rowsByRegion.get(r.id) ?? [];
    return members.length === 0 ? [] : [group(r.id, { ...r.name }, members)];
  });
  const binding = rows.filter((r) => r.indicator.binding);

  return deepFreeze({
    kind: "scorecard",
    plan: reportPlan(plan),
    asOf: assessed.asOf,
    method: assessed.method,
    region,
    lang: options.lang ?? "zh",
    rows,
    summary: {
      total: rows.length,
      byStatus: countStatuses(rows.map((r) => r.status)),
      byChapter,
      byRegion,
      binding: { total: binding.length, byStatus: countStatuses(binding.map((r) => r.status)) },
    },
    unused: assessed.unused,
    ...(options.read === undefined ? {} : { read: options.read }),
  });
}

/**
 * The running total of a cumulative target the schedule method judged, from the first year counted (the target's
 * `from`, else the year after the baseline) to the latest year. @internal
 */
function runningTotalOf(
  result: ReturnType<typeof assessPlan>["results"][number],
  from: number | undefined,
): Pick<ScorecardRow, "runningTotal"> {
  if (result.method !== "schedule" || result.kind !== "cumulative" || result.latest === null) return {};
  const total = result.figures.total;
  const first = from ?? (result.baseline === null ? undefined : result.baseline.year + 1);
  if (typeof total !== "string" || first === undefined) return {};
  const { year, status } = result.latest;
  return { runningTotal: { from: first, to: year, value: total, ...(status === undefined ? {} : { status }) } };
}

/**
 * The scalar figures of an assessment as decimal strings by name, for the tabular renderers (counts written as
 * whole numbers); the per-year results stay in `assessment.figures.years`. @internal
 */
export function flatFigures(assessment: Assessment): Readonly<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(assessment.figures) as [string, unknown][]) {
    if (typeof value === "string" || value === null) out[key] = value;
    else if (typeof value === "number") out[key] = String(value);
  }
  return out;
}

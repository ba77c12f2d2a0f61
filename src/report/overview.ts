import { dec, toDecimalString } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import { linearPath, requiredRate } from "../progress/generic.js";
import { checkRegion, reportIndicator, reportPlan, reportRegion, reportTarget } from "./common.js";
import type { Lang, PlanOverview, PlanOverviewRow } from "./types.js";

/**
 * Options of {@link planOverview}.
 *
 * @example
 * ```ts
 * import type { PlanOverviewOptions } from "@wuwei/sti-plan/report";
 * const options: PlanOverviewOptions = { region: "minqin", lang: "en" };
 * options.region; //=> "minqin"
 * ```
 * @category Report
 */
export interface PlanOverviewOptions {
  /** Only the targets that apply to this region (an id of `plan.regions`). */
  readonly region?: string;
  /** The language the renderers will use by default (`"zh"` when absent). */
  readonly lang?: Lang;
}

/**
 * What the plan commits to, before any figures are reported: for every target in every region it applies to, the
 * baseline, the compound annual growth an end-level target requires (`requiredRate` of the progress area) and the
 * value due each year on the straight line from baseline to target (`linearPath`, the path 序时进度 assumes).
 * An annual floor is due every year; an increment target's path runs from the baseline to baseline + increment (or,
 * without a baseline stock, from 0 added to the increment); a cumulative total is due in equal yearly shares (the
 * running total by each year); ranks and never-decrease constraints have no path.
 *
 * @param plan - the plan
 * @param options - region and default language
 * @returns the overview, deep-frozen
 * @throws RangeError when `options.region` is not a region of the plan
 * @example
 * ```ts
 * import { planOverview } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const row = planOverview(wuwei14).rows.find((r) => r.indicator.id === "rd-intensity");
 * row?.requiredRate; //=> "0.193273"
 * row?.milestones.find((m) => m.year === 2023)?.value; //=> "1.148"
 * ```
 * @category Report
 */
export function planOverview(plan: Plan, options: PlanOverviewOptions = {}): PlanOverview {
  const only = checkRegion(plan, options.region);
  const rows: PlanOverviewRow[] = [];
  for (const indicator of plan.indicators) {
    for (const target of indicator.targets) {
      for (const region of target.regions) {
        if (only !== null && region !== only) continue;
        const base = indicator.baselines.find((b) => b.region === region);
        const baseline = base ? { year: base.year, value: base.value } : null;
        let rate: string | null = null;
        let milestones: { year: number; value: string }[] = [];
        const value = target.value;
        if (value !== undefined && target.kind === "annual-floor") {
          const from = target.from ?? plan.period.start;
          for (let year = from; year <= target.year; year++) milestones.push({ year, value });
        } else if (value !== undefined && target.kind === "cumulative") {
          // The running total due by each year: the target times the share of the counted years elapsed.
          const from = target.from ?? plan.period.start;
          const years = target.year - from + 1;
          for (let year = from; year <= target.year; year++) {
            milestones.push({
              year,
              value: toDecimalString(
                dec(value)
                  .times(year - from + 1)
                  .div(years),
                6,
              ),
            });
          }
        } else if (value !== undefined && target.kind === "increment" && !baseline) {
          // No baseline stock: the amount added since the baseline year, on the straight line from 0.
          milestones = linearPath({ year: plan.baselineYear, value: "0" }, { year: target.year, value }).filter(
            (m) => m.year > plan.baselineYear,
          );
        } else if (value !== undefined && baseline && target.year > baseline.year) {
          if (target.kind === "end-level") {
            rate = requiredRate(baseline, { year: target.year, value });
            milestones = linearPath(baseline, { year: target.year, value }).filter((m) => m.year > baseline.year);
          } else if (target.kind === "increment") {
            const end = toDecimalString(dec(baseline.value).plus(dec(value)));
            milestones = linearPath(baseline, { year: target.year, value: end }).filter((m) => m.year > baseline.year);
          }
        }
        rows.push({
          indicator: reportIndicator(plan, indicator),
          region: reportRegion(plan, region),
          target: reportTarget(target),
          baseline,
          requiredRate: rate,
          milestones: milestones.map((m) => ({ year: m.year, value: m.value })),
        });
      }
    }
  }
  return deepFreeze({ kind: "plan-overview", plan: reportPlan(plan), region: only, lang: options.lang ?? "zh", rows });
}

import type { ScorecardLevels } from "./levels.js";
import type { Report } from "./types.js";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * Print a scorecard, a plan overview or a scorecard by level ({@link ScorecardLevels}) as JSON: keys sorted, two-space indent, figures as decimal strings, so the
 * same report always gives the same bytes (diff-friendly) and `JSON.parse` gives back the same data.
 *
 * @param report - a {@link Scorecard}, a {@link PlanOverview} or a {@link ScorecardLevels}
 * @returns the JSON text, ending with a newline
 * @example
 * ```ts
 * import { planOverview, renderJson } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const overview = planOverview(wuwei14);
 * JSON.parse(renderJson(overview)).rows.length === overview.rows.length; //=> true
 * ```
 * @category Report
 */
export function renderJson(report: Report | ScorecardLevels): string {
  return `${JSON.stringify(sortKeys(report), null, 2)}\n`;
}

import type { ScorecardLevels } from "./levels.js";
import type { Report } from "./types.js";

/**
 * A replacer that gives each plain object to `JSON.stringify` with its keys sorted: the same text as stringifying
 * a sorted deep copy, without building that copy of the whole report first (a national scorecard has tens of
 * thousands of rows). Arrays and scalars pass as they are.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = (value as Record<string, unknown>)[key];
  return out;
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
  return `${JSON.stringify(report, sortedKeys, 2)}\n`;
}

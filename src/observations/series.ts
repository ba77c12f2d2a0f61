/**
 * Kept figures grouped by series (one indicator in one region), for the steps of validation that look at a series
 * as a whole: the 口径 conversion (`basis.ts`) and the plausibility warnings (`plausibility.ts`).
 *
 * @internal
 * @module
 */
import type { Plan } from "../model/definePlan.js";
import type { Observation } from "./schema.js";

/** The key of the series of an indicator in a region. @internal */
export const seriesKey = (indicator: string, region: string): string => `${indicator}\u0000${region}`;

/** Group kept figures by series, each group in the order given. @internal */
export function groupBySeries<T extends { readonly observation: Observation }>(kept: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const k of kept) {
    const key = seriesKey(k.observation.indicator, k.observation.region);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [k]);
    else group.push(k);
  }
  return groups;
}

/** "indicator / region" in Chinese and English, for the messages about a series. @internal */
export function seriesName(
  plan: Plan,
  indicator: Plan["indicators"][number],
  region: string,
): { readonly zh: string; readonly en: string } {
  const name = plan.regions.find((r) => r.id === region)?.name ?? { zh: region, en: region };
  return { zh: `${indicator.name.zh} / ${name.zh}`, en: `${indicator.name.en} / ${name.en}` };
}

/**
 * Resolving what people write (ids, Chinese names, aliases) to the ids of a plan.
 *
 * @internal
 * @module
 */
import { closest } from "../internal/closest.js";
import type { Plan } from "../model/definePlan.js";

/** NFKC, trimmed, lower-case, without inner white space. @internal */
export function normaliseName(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** A name-to-id lookup with suggestions for misspellings. @internal */
export interface Resolver {
  readonly resolve: (text: string) => string | undefined;
  readonly suggest: (text: string) => string[];
}

function makeResolver(entries: readonly (readonly [string, string])[], candidates: readonly string[]): Resolver {
  const map = new Map<string, string>();
  for (const [name, id] of entries) {
    const key = normaliseName(name);
    if (key !== "" && !map.has(key)) map.set(key, id);
  }
  return {
    resolve: (text) => map.get(normaliseName(text)),
    suggest: (text) => (text.length > 100 ? [] : closest(text.normalize("NFKC").trim(), candidates, 3)),
  };
}

/** Regions by id, Chinese and English name, alias, and Chinese name without 市/县/区 (民勤 for 民勤县). @internal */
export function regionResolver(plan: Plan): Resolver {
  const entries: (readonly [string, string])[] = [];
  const candidates: string[] = [];
  for (const region of plan.regions) {
    const short = region.name.zh.replace(/(藏族自治县|自治县|市|县|区)$/u, "");
    entries.push([region.id, region.id], [region.name.zh, region.id], [region.name.en, region.id]);
    for (const alias of region.aliases ?? []) entries.push([alias, region.id]);
    if (short.length >= 2) entries.push([short, region.id]);
    candidates.push(region.id, region.name.zh);
  }
  return makeResolver(entries, candidates);
}

/** Indicators by id, Chinese and English name, and Chinese name without a trailing unit in brackets. @internal */
export function indicatorResolver(plan: Plan): Resolver {
  const entries: (readonly [string, string])[] = [];
  const candidates: string[] = [];
  for (const indicator of plan.indicators) {
    entries.push([indicator.id, indicator.id], [indicator.name.zh, indicator.id], [indicator.name.en, indicator.id]);
    const bare = indicator.name.zh.normalize("NFKC").replace(/\s*\([^()]*\)?\s*$/u, "");
    if (bare !== "") entries.push([bare, indicator.id]);
    candidates.push(indicator.id, indicator.name.zh);
  }
  // Also accept a Chinese name followed by its unit in brackets, as the plan's table writes it (研发经费投入强度(%)).
  const base = makeResolver(entries, candidates);
  return {
    resolve: (text) => base.resolve(text) ?? base.resolve(text.normalize("NFKC").replace(/\s*\([^()]*\)?\s*$/u, "")),
    suggest: base.suggest,
  };
}

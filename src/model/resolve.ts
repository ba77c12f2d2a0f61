/**
 * The one resolver of what people write (ids, Chinese and English names, aliases, short names) to the ids of a
 * plan: indicators, regions and units. Validation of reported figures, the queries (`findRegion`, `getUnit`,
 * `findIndicatorByName`), value parsing and the CLI's options all resolve through it, so a name accepted in one
 * place is accepted everywhere (民勤 in a CSV file, in `findRegion` and in `--region`).
 *
 * @internal
 * @module
 */
import { closest } from "../internal/closest.js";
import type { DeepReadonly } from "../internal/freeze.js";
import type { Plan } from "./definePlan.js";
import type { Unit } from "./schema.js";

/** NFKC, trimmed, lower-case, without inner white space. @internal */
export function normaliseName(text: string): string {
  // Printable ASCII without spaces is its own NFKC form and has no white space: only the case changes.
  if (VISIBLE_ASCII.test(text)) return text.toLowerCase();
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

const VISIBLE_ASCII = /^[\x21-\x7e]*$/;

/** A name-to-id lookup with suggestions for misspellings. @internal */
export interface Resolver {
  readonly resolve: (text: string) => string | undefined;
  /** The id for a name already put through {@link normaliseName} (for a caller that normalises a text once). */
  readonly byKey: (key: string) => string | undefined;
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
    byKey: (key) => map.get(key),
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

/**
 * Names of a region's own government level (市本级), which name the region for own-level indicators only.
 * @internal
 */
export function ownLevelResolver(plan: Plan): Resolver {
  const entries: (readonly [string, string])[] = [];
  for (const region of plan.regions) for (const alias of region.ownLevelAliases ?? []) entries.push([alias, region.id]);
  return makeResolver(
    entries,
    entries.map(([name]) => name),
  );
}

/** Indicators by id, Chinese and English name, alias, and Chinese name without a trailing unit in brackets. @internal */
export function indicatorResolver(plan: Plan): Resolver {
  const entries: (readonly [string, string])[] = [];
  const candidates: string[] = [];
  for (const indicator of plan.indicators) {
    entries.push([indicator.id, indicator.id], [indicator.name.zh, indicator.id], [indicator.name.en, indicator.id]);
    const bare = indicator.name.zh.normalize("NFKC").replace(/\s*\([^()]*\)?\s*$/u, "");
    if (bare !== "") entries.push([bare, indicator.id]);
    candidates.push(indicator.id, indicator.name.zh);
  }
  // Aliases after every own name, so that an alias never takes a name that is some indicator's own.
  for (const indicator of plan.indicators) {
    for (const alias of indicator.aliases ?? []) {
      entries.push([alias, indicator.id]);
      candidates.push(alias);
    }
  }
  // Also accept a Chinese name followed by its unit in brackets, as the plan's table writes it (研发经费投入强度(%)).
  const base = makeResolver(entries, candidates);
  return {
    resolve: (text) => base.resolve(text) ?? base.resolve(text.normalize("NFKC").replace(/\s*\([^()]*\)?\s*$/u, "")),
    // By key: the names as written only (a key has lost the brackets' spacing the fallback above looks for).
    byKey: base.byKey,
    // The names of the indicator closest to what was written, never those of another measure after them
    // (技术合同成交金 proposes 技术合同成交额, never the 13th-plan 技术合同交易额).
    suggest: (text) => {
      const found = base.suggest(text);
      const first = found[0] === undefined ? undefined : base.resolve(found[0]);
      return found.filter((name) => base.resolve(name) === first);
    },
  };
}

/** A unit as found in a (frozen) plan. @internal */
export type PlanUnit = DeepReadonly<Unit>;

/**
 * Units by id, Chinese and English symbol and alias (亿元, 亿, cny-100m, ％ for %), NFKC-normalised and without
 * regard to case or inner white space. @internal
 */
export function unitResolver(units: readonly PlanUnit[]): Resolver {
  const entries: (readonly [string, string])[] = [];
  for (const unit of units) {
    entries.push([unit.id, unit.id], [unit.symbol.zh, unit.id], [unit.symbol.en, unit.id]);
    for (const alias of unit.aliases ?? []) entries.push([alias, unit.id]);
  }
  return makeResolver(
    entries,
    units.map((u) => u.id),
  );
}

/** One resolver per list of units (plans are frozen: their lists never change). */
const unitResolvers = new WeakMap<readonly PlanUnit[], Resolver>();

/** Find a unit of a list by anything {@link unitResolver} accepts. @internal */
export function findUnit(label: string, units: readonly PlanUnit[]): PlanUnit | undefined {
  let resolver = unitResolvers.get(units);
  if (resolver === undefined) {
    resolver = unitResolver(units);
    unitResolvers.set(units, resolver);
  }
  const id = resolver.resolve(label);
  return id === undefined ? undefined : units.find((u) => u.id === id);
}

const planResolvers = new WeakMap<Plan, { regions?: Resolver; indicators?: Resolver; ownLevel?: Resolver }>();

/** The own-level name resolver of a plan, made once per plan. @internal */
export function ownLevelOf(plan: Plan): Resolver {
  const cached = planResolvers.get(plan) ?? {};
  cached.ownLevel ??= ownLevelResolver(plan);
  planResolvers.set(plan, cached);
  return cached.ownLevel;
}

/** The region resolver of a plan, made once per plan. @internal */
export function regionsOf(plan: Plan): Resolver {
  const cached = planResolvers.get(plan) ?? {};
  cached.regions ??= regionResolver(plan);
  planResolvers.set(plan, cached);
  return cached.regions;
}

/** The indicator resolver of a plan, made once per plan. @internal */
export function indicatorsOf(plan: Plan): Resolver {
  const cached = planResolvers.get(plan) ?? {};
  cached.indicators ??= indicatorResolver(plan);
  planResolvers.set(plan, cached);
  return cached.indicators;
}

/**
 * Queries over any plan built with {@link definePlan}: look things up by id or by Chinese title. All of them are
 * pure: they read the plan and return parts of it (still frozen), never copies with changes.
 *
 * @module
 */
import { closest } from "../internal/closest.js";
import type { Plan } from "./definePlan.js";
import { findUnit, indicatorsOf, regionsOf } from "./resolve.js";

/**
 * What kind of thing an unknown id was meant to name.
 *
 * @example
 * ```ts
 * import type { IdKind } from "@wuwei/sti-plan";
 * const kind: IdKind = "indicator";
 * kind; //=> "indicator"
 * ```
 * @category Queries
 */
export type IdKind = "indicator" | "region" | "unit" | "box" | "task";

/**
 * Thrown by the `get…` queries when a plan has nothing with the id asked for. It carries the id, what kind of thing
 * was asked for, and the closest ids the plan does have, so a caller can say "did you mean …?".
 *
 * @example
 * ```ts
 * import { getIndicator, UnknownIdError, wuwei14 } from "@wuwei/sti-plan";
 * try {
 *   getIndicator(wuwei14, "rd-intensty");
 * } catch (error) {
 *   error instanceof UnknownIdError && [error.code, error.kind, error.id, error.suggestions[0]];
 *   //=> ["unknown-id", "indicator", "rd-intensty", "rd-intensity"]
 * }
 * ```
 * @category Queries
 */
export class UnknownIdError extends Error {
  /** Always `"unknown-id"`. */
  readonly code = "unknown-id" as const;
  /** The id that was asked for. */
  readonly id: string;
  /** What kind of thing it was meant to name. */
  readonly kind: IdKind;
  /** The plan's closest ids of that kind, best first (possibly none). */
  readonly suggestions: readonly string[];
  /**
   * Make the error.
   *
   * @param kind - what kind of thing was asked for
   * @param id - the id that was asked for
   * @param known - the ids of that kind that the plan has, to suggest from
   * @param planId - the plan's id, for the message
   */
  constructor(kind: IdKind, id: string, known: readonly string[], planId: string) {
    const suggestions = Object.freeze(closest(id, known));
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
    super(`unknown ${kind} "${id}" in plan ${planId}${hint}`);
    this.name = "UnknownIdError";
    this.id = id;
    this.kind = kind;
    this.suggestions = suggestions;
  }
}

/**
 * Find an indicator by id.
 *
 * @param plan - the plan to search
 * @param id - the indicator's id
 * @returns the indicator, or `undefined` when the plan has none with that id
 * @example
 * ```ts
 * import { findIndicator, wuwei14 } from "@wuwei/sti-plan";
 * findIndicator(wuwei14, "rd-intensity")?.name.zh; //=> "研发经费投入强度"
 * findIndicator(wuwei14, "no-such-indicator"); //=> undefined
 * ```
 * @category Queries
 */
export function findIndicator(plan: Plan, id: string): Plan["indicators"][number] | undefined {
  return plan.indicators.find((i) => i.id === id);
}

/**
 * Get an indicator by id, or throw.
 *
 * @param plan - the plan to search
 * @param id - the indicator's id
 * @returns the indicator
 * @throws {@link UnknownIdError} (kind `"indicator"`) with the closest ids as suggestions
 * @example
 * ```ts
 * import { getIndicator, wuwei14 } from "@wuwei/sti-plan";
 * getIndicator(wuwei14, "high-tech-enterprises").baselines[0]?.value; //=> "59"
 * ```
 * @category Queries
 */
export function getIndicator(plan: Plan, id: string): Plan["indicators"][number] {
  const found = findIndicator(plan, id);
  if (found) return found;
  throw new UnknownIdError(
    "indicator",
    id,
    plan.indicators.map((i) => i.id),
    plan.id,
  );
}

/**
 * The headline indicators (the plan's table of main indicators, 表1 for the 14th plan), in table-row order.
 *
 * @param plan - the plan to read
 * @returns the indicators that have a `headline` row, sorted by row
 * @example
 * ```ts
 * import { headlineIndicators, wuwei14 } from "@wuwei/sti-plan";
 * headlineIndicators(wuwei14).map((i) => i.id).slice(0, 3); //=> ["st-progress-rank", "rd-intensity", "fiscal-st-share"]
 * headlineIndicators(wuwei14).length; //=> 8
 * ```
 * @category Queries
 */
export function headlineIndicators(plan: Plan): readonly Plan["indicators"][number][] {
  return plan.indicators
    .filter((i) => i.headline !== undefined)
    .sort((a, b) => (a.headline?.row ?? 0) - (b.headline?.row ?? 0));
}

/**
 * Options of {@link targetsFor}.
 *
 * @example
 * ```ts
 * import { type TargetsForOptions, targetsFor, wuwei14 } from "@wuwei/sti-plan";
 * const options: TargetsForOptions = { region: "minqin" };
 * targetsFor(wuwei14, "fiscal-st-share", options).map((t) => t.value); //=> ["1"]
 * ```
 * @category Queries
 */
export interface TargetsForOptions {
  /** Keep targets that apply to this region (an id, or a name or alias such as 天祝县). */
  readonly region?: string;
  /**
   * Keep targets due in this year. A target with a level, rank, increment or cumulative total is due in its
   * `year`; an annual floor or a never-decrease constraint is due in every year from its `from` (or the plan's
   * first year) to its `year`.
   */
  readonly year?: number;
}

/**
 * The targets of an indicator, optionally only those for one region or due in one year.
 *
 * @param plan - the plan to read
 * @param indicatorId - the indicator's id
 * @param options - optional region and year filters
 * @returns the matching targets, in the plan's order
 * @throws {@link UnknownIdError} for an unknown indicator (kind `"indicator"`) or region (kind `"region"`)
 * @example
 * ```ts
 * import { targetsFor, wuwei14 } from "@wuwei/sti-plan";
 * targetsFor(wuwei14, "fiscal-st-share").map((t) => t.value); //=> ["2", "1"]
 * targetsFor(wuwei14, "fiscal-st-share", { region: "天祝县" }).map((t) => t.id); //=> ["fiscal-st-share.2025.county"]
 * targetsFor(wuwei14, "st-commissioners-dispatched", { year: 2023 }).map((t) => t.value); //=> ["500"]
 * targetsFor(wuwei14, "rd-intensity", { year: 2023 }); //=> []
 * ```
 * @category Queries
 */
export function targetsFor(
  plan: Plan,
  indicatorId: string,
  options: TargetsForOptions = {},
): readonly Plan["indicators"][number]["targets"][number][] {
  const indicator = getIndicator(plan, indicatorId);
  const region = options.region === undefined ? undefined : getRegion(plan, options.region).id;
  const { year } = options;
  return indicator.targets.filter((t) => {
    if (region !== undefined && !t.regions.includes(region)) return false;
    if (year === undefined) return true;
    if (t.kind === "annual-floor" || t.kind === "never-decrease") {
      return (t.from ?? plan.period.start) <= year && year <= t.year;
    }
    return t.year === year;
  });
}

/** Exact match on a Chinese text first, then the first text that contains it. */
function byText<T>(items: readonly T[], text: (item: T) => string, query: string): T | undefined {
  const q = query.trim();
  if (q === "") return undefined;
  return items.find((item) => text(item) === q) ?? items.find((item) => text(item).includes(q));
}

/**
 * Find an indicator by its name: any name validation accepts first (an id, the Chinese or English name, the Chinese
 * name with or without its unit in brackets, full-width or half-width), then the first Chinese name (in plan order)
 * that contains the text.
 *
 * @param plan - the plan to search
 * @param zh - the Chinese name, or part of it
 * @returns the indicator, or `undefined`
 * @example
 * ```ts
 * import { findIndicatorByName, wuwei14 } from "@wuwei/sti-plan";
 * findIndicatorByName(wuwei14, "高新技术企业数")?.id; //=> "high-tech-enterprises"
 * findIndicatorByName(wuwei14, "科普从业")?.id; //=> "sci-pop-workers"
 * findIndicatorByName(wuwei14, "研发经费投入强度(%)")?.id; //=> "rd-intensity"
 * ```
 * @category Queries
 */
export function findIndicatorByName(plan: Plan, zh: string): Plan["indicators"][number] | undefined {
  const id = indicatorsOf(plan).resolve(zh);
  return (
    (id === undefined ? undefined : plan.indicators.find((i) => i.id === id)) ??
    byText(plan.indicators, (i) => i.name.zh, zh)
  );
}

/**
 * Find a box (专栏) by its Chinese title: an exact match first, then the first title that contains the text.
 *
 * @param plan - the plan to search
 * @param zh - the Chinese title, or part of it
 * @returns the box, or `undefined`
 * @example
 * ```ts
 * import { findBoxByTitle, wuwei14 } from "@wuwei/sti-plan";
 * findBoxByTitle(wuwei14, "科技支撑乡村振兴重点方向")?.id; //=> "box-11"
 * findBoxByTitle(wuwei14, "科技体制机制改革")?.kind; //=> "key-points"
 * ```
 * @category Queries
 */
export function findBoxByTitle(plan: Plan, zh: string): Plan["boxes"][number] | undefined {
  return byText(plan.boxes, (b) => b.title.zh, zh);
}

/**
 * Find a task of any box by its Chinese title: an exact match first, then the first title that contains the text.
 *
 * @param plan - the plan to search
 * @param zh - the Chinese title, or part of it
 * @returns the task, or `undefined`
 * @example
 * ```ts
 * import { findTaskByTitle, wuwei14 } from "@wuwei/sti-plan";
 * findTaskByTitle(wuwei14, "高新技术企业培育")?.id; //=> "box-16.task-1"
 * findTaskByTitle(wuwei14, "冷链")?.id; //=> "box-8.task-2"
 * ```
 * @category Queries
 */
export function findTaskByTitle(plan: Plan, zh: string): Plan["boxes"][number]["tasks"][number] | undefined {
  return byText(
    plan.boxes.flatMap((b) => b.tasks),
    (t) => t.title.zh,
    zh,
  );
}

/**
 * Find a region by id, Chinese or English name, alias (天祝县 for 天祝藏族自治县) or Chinese name without 市/县/区
 * (民勤 for 民勤县) — the names validation of reported figures accepts, through the same resolver. Names match
 * after NFKC normalisation, without regard to case or white space.
 *
 * @param plan - the plan to search
 * @param nameOrId - an id (`tianzhu`), a name (`天祝藏族自治县`, `Tianzhu Tibetan Autonomous County`) or an alias
 * @returns the region, or `undefined`
 * @example
 * ```ts
 * import { findRegion, wuwei14 } from "@wuwei/sti-plan";
 * findRegion(wuwei14, "天祝县")?.id; //=> "tianzhu"
 * findRegion(wuwei14, "Minqin County")?.id; //=> "minqin"
 * findRegion(wuwei14, "民勤")?.id; //=> "minqin"
 * findRegion(wuwei14, "兰州市"); //=> undefined
 * ```
 * @category Queries
 */
export function findRegion(plan: Plan, nameOrId: string): Plan["regions"][number] | undefined {
  const id = typeof nameOrId === "string" ? regionsOf(plan).resolve(nameOrId) : undefined;
  return id === undefined ? undefined : plan.regions.find((r) => r.id === id);
}

/**
 * Get a region by id, name or alias, or throw.
 *
 * @param plan - the plan to search
 * @param id - an id, a name or an alias (see {@link findRegion})
 * @returns the region
 * @throws {@link UnknownIdError} (kind `"region"`) with the closest region ids as suggestions
 * @example
 * ```ts
 * import { getRegion, wuwei14 } from "@wuwei/sti-plan";
 * getRegion(wuwei14, "gulang").name.zh; //=> "古浪县"
 * getRegion(wuwei14, "天祝县").level; //=> "county"
 * ```
 * @category Queries
 */
export function getRegion(plan: Plan, id: string): Plan["regions"][number] {
  const found = findRegion(plan, id);
  if (found) return found;
  throw new UnknownIdError(
    "region",
    id,
    plan.regions.map((r) => r.id),
    plan.id,
  );
}

/**
 * Get a unit by id, Chinese or English symbol or alias (`亿元`, `亿`), as value parsing resolves it, or throw.
 *
 * @param plan - the plan to search
 * @param id - the unit's id, Chinese symbol or alias
 * @returns the unit
 * @throws {@link UnknownIdError} (kind `"unit"`) with the closest unit ids as suggestions
 * @example
 * ```ts
 * import { getUnit, wuwei14 } from "@wuwei/sti-plan";
 * getUnit(wuwei14, "cny-100m").scale; //=> 8
 * getUnit(wuwei14, "万元").id; //=> "cny-10k"
 * ```
 * @category Queries
 */
export function getUnit(plan: Plan, id: string): Plan["units"][number] {
  const found = typeof id === "string" ? findUnit(id, plan.units) : undefined;
  if (found) return found;
  throw new UnknownIdError(
    "unit",
    id,
    plan.units.map((u) => u.id),
    plan.id,
  );
}

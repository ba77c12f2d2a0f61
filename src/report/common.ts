/**
 * Pieces of plan data every report row carries.
 *
 * @internal
 * @module
 */
import type { Plan } from "../model/definePlan.js";
import type { ReportIndicator, ReportPlan, ReportRegion, ReportTarget } from "./types.js";

type PlanIndicator = Plan["indicators"][number];
type PlanTarget = PlanIndicator["targets"][number];

/** @internal */
export function reportPlan(plan: Plan): ReportPlan {
  return {
    id: plan.id,
    title: { zh: plan.title.zh, en: plan.title.en },
    number: plan.document.number,
    period: { start: plan.period.start, end: plan.period.end },
  };
}

/** @internal */
export function reportIndicator(plan: Plan, indicator: PlanIndicator): ReportIndicator {
  const unit = plan.units.find((u) => u.id === indicator.unit);
  return {
    id: indicator.id,
    name: { zh: indicator.name.zh, en: indicator.name.en },
    unit: {
      id: indicator.unit,
      symbol: unit ? { zh: unit.symbol.zh, en: unit.symbol.en } : { zh: indicator.unit, en: indicator.unit },
    },
    direction: indicator.direction,
    attribute: indicator.attribute,
    binding: indicator.attribute === "binding",
    chapter: indicator.chapter,
    headlineRow: indicator.headline?.row ?? null,
  };
}

/** @internal */
export function reportRegion(
  plan: Plan,
  id: string,
  byId?: ReadonlyMap<string, Plan["regions"][number]>,
): ReportRegion {
  const region = byId === undefined ? plan.regions.find((r) => r.id === id) : byId.get(id);
  return { id, name: region ? { zh: region.name.zh, en: region.name.en } : { zh: id, en: id } };
}

/** @internal */
export function reportTarget(
  target: PlanTarget,
  override?: { value: string | null; revision: string | null },
): ReportTarget {
  return {
    id: target.id,
    kind: target.kind,
    comparator: target.comparator,
    value: override ? override.value : (target.value ?? null),
    year: target.year,
    revision: override?.revision ?? null,
  };
}

/** The region ids a report covers, checked against the plan. @internal */
export function checkRegion(plan: Plan, region: string | undefined): string | null {
  if (region === undefined) return null;
  if (!plan.regions.some((r) => r.id === region)) {
    throw new RangeError(`unknown region "${region}": expected one of ${plan.regions.map((r) => r.id).join(", ")}`);
  }
  return region;
}

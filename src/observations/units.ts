/**
 * Unit lookup and conversion by powers of ten (SDMX UNIT_MULT: 万元 = CNY × 10^4, 亿元 = CNY × 10^8).
 *
 * @internal
 * @module
 */

import type { DeepReadonly } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import type { Unit } from "../model/schema.js";
import { units as defaultUnits } from "../plans/wuwei14/units.js";

/** A unit as found in a (frozen) plan. @internal */
export type PlanUnit = DeepReadonly<Unit>;

/** Normalise a label for comparison: NFKC (full-width to half-width), trimmed, lower-case. @internal */
export function normaliseLabel(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/** The units of a plan, or the units of the Wuwei 14th plan when no plan is given. @internal */
export function unitsOf(plan: Plan | undefined): readonly PlanUnit[] {
  return plan?.units ?? (defaultUnits as readonly PlanUnit[]);
}

/** Find a unit by id, symbol (zh or en) or alias. @internal */
export function findUnit(label: string, units: readonly PlanUnit[]): PlanUnit | undefined {
  const key = normaliseLabel(label);
  if (key === "") return undefined;
  for (const unit of units) {
    const names = [unit.id, unit.symbol.zh, unit.symbol.en, ...(unit.aliases ?? [])];
    if (names.some((name) => normaliseLabel(name) === key)) return unit;
  }
  return undefined;
}

export { convertible } from "../internal/units.js";

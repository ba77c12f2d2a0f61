/**
 * Units of a plan for value parsing, and conversion by powers of ten (SDMX UNIT_MULT: 万元 = CNY × 10^4, 亿元 =
 * CNY × 10^8). Plan-agnostic: without a plan, the library's standard units (src/model/units.ts).
 *
 * @internal
 * @module
 */
import type { Plan } from "../model/definePlan.js";
import type { PlanUnit } from "../model/resolve.js";
import { STANDARD_UNITS } from "../model/units.js";

export { convertible } from "../internal/units.js";
export { findUnit, type PlanUnit } from "../model/resolve.js";

/** The units of a plan, or the standard units when no plan is given. @internal */
export function unitsOf(plan: Plan | undefined): readonly PlanUnit[] {
  return plan?.units ?? (STANDARD_UNITS as readonly PlanUnit[]);
}

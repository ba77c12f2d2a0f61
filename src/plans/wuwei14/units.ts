import { STANDARD_UNITS } from "../../model/units.js";

/** Units used by the plan's indicators: the library's standard units (src/model/units.ts). */
export const units = STANDARD_UNITS;

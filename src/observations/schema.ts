/**
 * The canonical observation: one reported figure of one indicator, region and year.
 *
 * @module
 */
import * as z from "zod";
import { toJsonSchema } from "../internal/jsonSchema.js";
import type { Reporting } from "../model/reporting.js";
import { DecimalStringSchema, IdSchema, ReportingSchema, YearSchema } from "../model/schema.js";

/**
 * The status of a reported figure, after SDMX's code list CL_OBS_STATUS: `normal` (A, final), `provisional` (P),
 * `estimated` (E), `forecast` (F) and `break` (B, a break in the series: the method or coverage changed, so the
 * figure does not compare with earlier years).
 *
 * @example
 * ```ts
 * import { ObservationStatusSchema } from "@wuwei/sti-plan/schema";
 * ObservationStatusSchema.options; //=> ["normal", "provisional", "estimated", "forecast", "break"]
 * ```
 * @category Observations
 */
export const ObservationStatusSchema = z.enum(["normal", "provisional", "estimated", "forecast", "break"]);

/**
 * A status of a reported figure. See {@link ObservationStatusSchema}.
 *
 * @category Observations
 */
export type ObservationStatus = z.output<typeof ObservationStatusSchema>;

/**
 * The canonical, strict form of an observation, as {@link index!validateObservations} returns it: ids (not names),
 * an integer year and the value as a decimal string in the indicator's own unit. Unknown keys are rejected.
 * Use {@link index!validateObservations} for figures as people write them ("14.1亿元", "１，２３４", "天祝县").
 *
 * @example
 * ```ts
 * import { ObservationSchema } from "@wuwei/sti-plan/schema";
 * ObservationSchema.safeParse({ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.81" }).success;
 * //=> true
 * ObservationSchema.safeParse({ indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.81 }).success;
 * //=> false
 * ```
 * @category Observations
 */
export const ObservationSchema = z.strictObject({
  indicator: IdSchema,
  region: IdSchema,
  year: YearSchema,
  value: DecimalStringSchema,
  unit: IdSchema.optional(),
  status: ObservationStatusSchema.optional(),
  reporting: ReportingSchema.optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

/**
 * One reported figure: the value of an indicator in a region in a year, as a decimal string in the indicator's
 * unit (`"0.81"` percent, `"16.2"` 亿元), with its SDMX status and free-text source and note.
 *
 * @example
 * ```ts
 * import type { Observation } from "@wuwei/sti-plan";
 * const figure: Observation = { indicator: "tech-contract-turnover", region: "wuwei", year: 2023, value: "16.2" };
 * figure.value; //=> "16.2"
 * ```
 * @category Observations
 */
export interface Observation {
  /** Indicator id. */
  indicator: string;
  /** Region id. */
  region: string;
  /** Calendar year the figure is for. */
  year: number;
  /** The figure, a decimal string in the indicator's unit. */
  value: string;
  /** The unit id the value is in (always the indicator's unit once validated). */
  unit?: string;
  /** SDMX observation status; `normal` when absent. */
  status?: ObservationStatus;
  /**
   * The 口径 the value is in: `flow` (当年新增), `running-total` (累计新增) or `stock` (期末存量); the indicator's
   * own when absent. Once validated it is always the indicator's own (set when the row stated one): validation
   * converts a stated 口径 exactly.
   */
  reporting?: Reporting;
  /** Where the figure comes from (a yearbook, a bulletin). */
  source?: string;
  /** Free-text remark. */
  note?: string;
}

/**
 * An observation whose value may also be a plain number, as the published JSON Schema
 * ({@link observationJsonSchema}) accepts it: what `assessPlan`, `aggregateRegions` and `scorecard` take. A number
 * is read through its shortest text (`0.1` is `"0.1"`), never through binary arithmetic.
 *
 * @example
 * ```ts
 * import type { ObservationRow } from "@wuwei/sti-plan";
 * const figure: ObservationRow = { indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.95 };
 * figure.value; //=> 0.95
 * ```
 * @category Observations
 */
export type ObservationRow = Omit<Observation, "value"> & {
  /** The figure, a decimal string or a finite number, in the indicator's unit (or in `unit`). */
  value: string | number;
};

/** The row a JSON file may hold: like {@link ObservationSchema}, but the value may also be a JSON number. */
const ObservationRowSchema = ObservationSchema.extend({
  value: z.union([DecimalStringSchema, z.number()]),
});

/**
 * The JSON Schema (draft 2020-12) of a canonical observation row, generated from the zod schema with
 * `z.toJSONSchema`: indicator and region ids, an integer year, the value as a decimal string or a number, and the
 * optional unit, status, reporting (口径: flow, running-total, stock), source and note; no other keys. The package ships the same document as
 * `schemas/observation.schema.json`, for editors and for validators in other languages.
 *
 * @returns a fresh JSON Schema object
 * @example
 * ```ts
 * import { observationJsonSchema } from "@wuwei/sti-plan/schema";
 * const schema = observationJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.required; //=> ["indicator", "region", "year", "value"]
 * ```
 * @category Observations
 */
export function observationJsonSchema(): Record<string, unknown> {
  return toJsonSchema(ObservationRowSchema, {
    file: "observation.schema.json",
    title: "Observation",
    description:
      "One reported figure of an indicator of a plan: the value of the indicator in a region in a year, in the indicator's unit.",
  });
}

import { toJsonSchema } from "../internal/jsonSchema.js";
import { PlanSchema } from "./schema.js";

/**
 * The JSON Schema (draft 2020-12) of a plan written as data, generated from {@link PlanSchema} with zod's
 * `z.toJSONSchema`, for systems not written in TypeScript and for editors: a 15th plan written as JSON can be checked
 * against it before it is handed to {@link index!definePlan}. It describes the input (fields with defaults may be left out).
 * The schema covers the shape of each field; the cross-references (unknown ids, duplicate ids, years outside the
 * period) are checked by `definePlan` only. The package ships the same document as `schemas/plan.schema.json`, and
 * the embedded 14th plan as `data/wuwei14.json`.
 *
 * @returns a fresh JSON Schema object
 * @example
 * ```ts
 * import { planJsonSchema } from "@wuwei/sti-plan/schema";
 * const schema = planJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * (schema.required as string[]).includes("indicators"); //=> true
 * ```
 * @category Model
 */
export function planJsonSchema(): Record<string, unknown> {
  return toJsonSchema(PlanSchema, {
    file: "plan.schema.json",
    title: "Plan",
    description:
      "A five-year plan written as data: document metadata, period, regions, units, outline, boxes, indicators with baselines and targets, and the decisions taken on its text.",
    io: "input",
  });
}

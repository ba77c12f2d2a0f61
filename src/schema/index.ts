/**
 * `@wuwei/sti-plan/schema`: the zod schemas of a plan written as data and of a reported figure, and the JSON
 * Schema documents generated from them — the lower-level pieces under the package root. An app that defines a plan
 * calls `definePlan`, and one that checks reported figures calls `validateObservations` (both from the root, which
 * also exports every type these schemas infer: `Region`, `Target`, `Observation`, …); this entry point is for
 * composing the schemas into schemas of one's own, for parsing one piece (a region, a target) alone, and for
 * publishing the JSON Schema.
 *
 * @packageDocumentation
 */

export { planJsonSchema } from "../model/jsonSchema.js";
export {
  AggregationSchema,
  AttributeSchema,
  BaselineSchema,
  BoxSchema,
  ChapterSchema,
  ComparatorSchema,
  DecimalStringSchema,
  DecisionSchema,
  DirectionSchema,
  IdSchema,
  IndicatorSchema,
  IsoDateSchema,
  ItemSchema,
  LocalizedTextSchema,
  PlanSchema,
  PrincipleSchema,
  RegionLevelSchema,
  RegionSchema,
  ReportingSchema,
  SectionSchema,
  SourceSchema,
  TargetKindSchema,
  TargetSchema,
  TaskSchema,
  UnitSchema,
  YearSchema,
} from "../model/schema.js";
export { ObservationSchema, ObservationStatusSchema, observationJsonSchema } from "../observations/schema.js";

export * from "./definePlan.js";
export * from "./queries.js";
export * from "./reporting.js";
// The zod schemas are public through `@wuwei/sti-plan/schema` (src/schema/); the root keeps the types they infer.
export type {
  Aggregation,
  Attribute,
  Baseline,
  Box,
  Chapter,
  Comparator,
  DecimalString,
  Decision,
  Direction,
  Id,
  Indicator,
  Item,
  LocalizedText,
  PlanData,
  PlanInput,
  Principle,
  Region,
  RegionLevel,
  Section,
  Source,
  Target,
  TargetKind,
  Task,
  Unit,
} from "./schema.js";

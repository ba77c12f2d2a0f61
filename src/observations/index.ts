export * from "./issues.js";
export { type SafeParseValueOptions, type SafeParseValueResult, safeParseValue } from "./safeParseValue.js";
// The zod schemas and the JSON Schema are public through `@wuwei/sti-plan/schema` (src/schema/); the root keeps the
// types.
export type { Observation, ObservationRow, ObservationStatus } from "./schema.js";
export * from "./validateObservations.js";

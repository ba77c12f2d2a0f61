export * from "./issues.js";
export { type SafeParseValueOptions, type SafeParseValueResult, safeParseValue } from "./safeParseValue.js";
export * from "./schema.js";
export * from "./validateObservations.js";

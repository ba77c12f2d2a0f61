export * from "./issues.js";
export * from "./safeParseValue.js";
export * from "./schema.js";
export * from "./validateObservations.js";

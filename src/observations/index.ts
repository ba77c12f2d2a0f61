export * from "./issues.js";
export * from "./parseValue.js";
export * from "./schema.js";
export * from "./validateObservations.js";

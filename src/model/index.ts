export * from "./definePlan.js";
export * from "./jsonSchema.js";
export * from "./queries.js";
export * from "./reporting.js";
export * from "./schema.js";

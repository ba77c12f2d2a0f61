export * from "./definePlan.js";
export * from "./queries.js";
export * from "./schema.js";
export * from "./jsonSchema.js";

export * from "./definePlan.js";
export * from "./schema.js";

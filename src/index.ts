/**
 * @wuwei/sti-plan: Wuwei City's 14th Five-Year S&T Innovation Plan (武政办发〔2022〕9号) as typed data,
 * validation of reported figures, exact progress methods and a scorecard.
 *
 * This root entry point exports what an app calls and every type; the file readers are `@wuwei/sti-plan/io`, the
 * scorecard and its renderers `@wuwei/sti-plan/report`, the drafter `@wuwei/sti-plan/draft`, and the zod schemas
 * with their JSON Schema documents `@wuwei/sti-plan/schema`.
 *
 * @packageDocumentation
 */
export type { DeepReadonly } from "./internal/freeze.js";
export * from "./model/index.js";
export * from "./observations/index.js";
export { wuwei14 } from "./plans/wuwei14/index.js";
export * from "./progress/index.js";

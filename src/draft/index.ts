/**
 * `@wuwei/sti-plan/draft`: a first draft of a plan as data from its plain text, every figure with its line, and a
 * review list of what the drafter could not decide; `diffPlans` lists what a reviewer changed, `scoreDraft`
 * measures a draft against a hand-made encoding.
 *
 * @module
 */

export { diffPlans, type PlanChange } from "./diff.js";
export { type DraftOptions, type DraftResult, draftPlan } from "./draft.js";
export type { ReviewCode, ReviewItem } from "./review.js";
export { type DraftScore, type ScoreLine, scoreDraft } from "./score.js";
export type { DraftEncoding } from "./text.js";

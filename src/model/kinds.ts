/**
 * The kinds of target and the comparators as plain lists, without zod, so that code which only checks them (such
 * as `assess`) does not bundle the schemas. `schema.ts` builds its enums from these lists.
 *
 * @internal
 * @module
 */

/** Every kind of target, in schema order. @internal */
export const TARGET_KINDS = ["end-level", "annual-floor", "cumulative", "increment", "rank", "never-decrease"] as const;

/** Every comparator, in schema order. @internal */
export const COMPARATORS = ["at-least", "reach", "strive-for", "ensure", "never-decrease"] as const;

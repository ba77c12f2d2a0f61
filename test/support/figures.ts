import type { Assessment } from "../../src/index.js";

/** Every figure name of every member of {@link Assessment} (the refused members, which have none, left out). */
export type FigureName = Assessment extends infer A
  ? A extends { readonly figures: infer F }
    ? string extends keyof F
      ? never
      : keyof F
    : never
  : never;

/**
 * A figure of an assessment by name, whichever member it is, for tests that check one figure of a result whose
 * method and kind they set themselves. The name is still checked: a misspelt one does not compile.
 */
export function fig(assessment: { readonly figures: object } | undefined, name: FigureName): unknown {
  return assessment === undefined ? undefined : (assessment.figures as Record<string, unknown>)[name];
}

/**
 * Observations `assessPlan` could not use, as problems of its result: nothing given to it is dropped in silence.
 *
 * @module
 */

/**
 * Why an observation given to `assessPlan` (or `scorecard`) went into no result.
 * - `invalid-observation`: a field is missing or malformed (an indicator or region that is not a string, a year
 *   that is not whole, a value that is neither a decimal string nor a finite number).
 * - `unknown-indicator`: the indicator is not an id of the plan — often a name written where an id belongs
 *   (`研发经费投入强度`): `validateObservations` resolves names to ids.
 * - `unknown-region`: the region is not an id of the plan (`民勤县` instead of `minqin`).
 * - `not-assessed`: no target of the indicator applies to the region, and no city value is derived from it (a
 *   baseline-only indicator, a component reported for the city itself).
 *
 * @example
 * ```ts
 * import type { UnusedObservationCode } from "@wuwei/sti-plan";
 * const code: UnusedObservationCode = "unknown-indicator";
 * code; //=> "unknown-indicator"
 * ```
 * @category Progress
 */
export type UnusedObservationCode = "invalid-observation" | "unknown-indicator" | "unknown-region" | "not-assessed";

/**
 * An observation that went into no result of `assessPlan`, and why.
 *
 * @example
 * ```ts
 * import { assessPlan, wuwei14 } from "@wuwei/sti-plan";
 * const report = assessPlan(wuwei14, [{ indicator: "研发经费投入强度", region: "wuwei", year: 2023, value: "0.9" }], {
 *   asOf: "2023-12-31", method: "schedule",
 * });
 * const [unused] = report.unused;
 * [unused?.code, unused?.index, unused?.params.suggestion]; //=> ["unknown-indicator", 0, "rd-intensity"]
 * ```
 * @category Progress
 */
export interface UnusedObservation {
  /** Why it was not used. */
  readonly code: UnusedObservationCode;
  /** Its 0-based index in the observations given. */
  readonly index: number;
  /** Where: `["observations", index, field]`. */
  readonly path: readonly (string | number)[];
  /** What the message is built from: the field, the value received, and the id meant when it can be told. */
  readonly params: {
    readonly field?: string;
    readonly received?: string;
    readonly suggestion?: string;
  };
  /** The reason in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
}

const FIELD_ZH: Readonly<Record<string, string>> = { indicator: "指标", region: "地区", year: "年份", value: "数值" };

/** The messages of each code, from its params. @internal */
export const UNUSED_MESSAGES: {
  readonly [C in UnusedObservationCode]: {
    readonly zh: (p: UnusedObservation["params"]) => string;
    readonly en: (p: UnusedObservation["params"]) => string;
  };
} = {
  "invalid-observation": {
    zh: (p) => `${FIELD_ZH[p.field ?? ""] ?? p.field}无效（${p.received}），该数据未使用`,
    en: (p) => `invalid ${p.field} (${p.received}): the figure is not used`,
  },
  "unknown-indicator": {
    zh: (p) =>
      `规划中没有代码为${p.received}的指标，该数据未使用${p.suggestion === undefined ? "" : `（应为${p.suggestion}？请先用validateObservations转换名称）`}`,
    en: (p) =>
      `the plan has no indicator with the id ${p.received}: the figure is not used${p.suggestion === undefined ? "" : ` (did you mean ${p.suggestion}? validateObservations turns names into ids)`}`,
  },
  "unknown-region": {
    zh: (p) =>
      `规划中没有代码为${p.received}的地区，该数据未使用${p.suggestion === undefined ? "" : `（应为${p.suggestion}？请先用validateObservations转换名称）`}`,
    en: (p) =>
      `the plan has no region with the id ${p.received}: the figure is not used${p.suggestion === undefined ? "" : ` (did you mean ${p.suggestion}? validateObservations turns names into ids)`}`,
  },
  "not-assessed": {
    zh: (p) => `${p.received}：该指标在该地区没有目标，也不用于汇总全市数值，该数据未使用`,
    en: (p) =>
      `${p.received}: no target of this indicator applies to this region and no city value is derived from it: the figure is not used`,
  },
};

/** Make the problem of an unused observation. @internal */
export function unused(
  code: UnusedObservationCode,
  index: number,
  params: UnusedObservation["params"],
): UnusedObservation {
  const path = params.field === undefined ? ["observations", index] : ["observations", index, params.field];
  const messages = UNUSED_MESSAGES[code];
  return { code, index, path, params, message: { zh: messages.zh(params), en: messages.en(params) } };
}

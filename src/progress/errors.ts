import { type CalendarDate, readIsoDate } from "../internal/dates.js";
import { DECIMAL_INPUT_PATTERN, Dec, dec, toDecimalString } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";

export type { CalendarDate } from "../internal/dates.js";

/**
 * The kinds of bad input the progress functions refuse.
 * - `invalid-decimal`: a value is not a decimal string such as `"0.62"`.
 * - `invalid-year`: a year is not a whole number, or two years are in the wrong order.
 * - `invalid-date`: an `asOf` or `effective` date is not an ISO date (`2023-12-31`).
 * - `invalid-argument`: any other argument out of its domain (a period of no length, a missing option).
 * - `duplicate-year`: a series gives two values for one year.
 * - `unknown-target`, `unknown-indicator`, `unknown-region`: a reference names nothing in the plan.
 *
 * @example
 * ```ts
 * import type { ProgressErrorCode } from "@wuwei/sti-plan";
 * const code: ProgressErrorCode = "duplicate-year";
 * code; //=> "duplicate-year"
 * ```
 * @category Progress
 */
export type ProgressErrorCode =
  | "invalid-decimal"
  | "invalid-year"
  | "invalid-date"
  | "invalid-argument"
  | "duplicate-year"
  | "unknown-target"
  | "unknown-indicator"
  | "unknown-region";

/**
 * Which check a {@link ProgressError} failed: the code says the kind of problem, the rule the check itself, so that
 * the messages of {@link progressErrorMessages} can say exactly what was expected.
 *
 * @example
 * ```ts
 * import type { ProgressErrorRule } from "@wuwei/sti-plan";
 * const rule: ProgressErrorRule = "decimal-string";
 * rule; //=> "decimal-string"
 * ```
 * @category Progress
 */
export type ProgressErrorRule =
  | "decimal-string"
  | "finite-number"
  | "whole-year"
  | "iso-date"
  | "object"
  | "array"
  | "one-of"
  | "direction"
  | "target-after-base"
  | "period-order"
  | "geometric-path"
  | "positive-years"
  | "duplicate-year"
  | "growth-ratio-only"
  | "revision-id"
  | "revision-reason"
  | "never-decrease-revision"
  | "unknown-target"
  | "unknown-indicator"
  | "unknown-region"
  | "no-city";

/**
 * What a {@link ProgressError} is about, as data: the rule that failed and the values the message names.
 *
 * @example
 * ```ts
 * import type { ProgressErrorParams } from "@wuwei/sti-plan";
 * const params: ProgressErrorParams = { rule: "one-of", received: '"linear"', allowed: ["schedule", "growth-ratio", "projection"] };
 * params.allowed?.length; //=> 3
 * ```
 * @category Progress
 */
export interface ProgressErrorParams {
  /** The check that failed. */
  readonly rule: ProgressErrorRule;
  /** The offending value as text (`"0,95"`, `nothing`). */
  readonly received?: string;
  /** For `one-of`: the values allowed. For `array`: what the array holds (`observations`, `points`). */
  readonly allowed?: readonly string[];
  /** What was expected (`an array of points`), for `array` and `object`. */
  readonly what?: string;
  /** A year the message names (a target year, a period's end, a duplicated year). */
  readonly year?: number;
  /** A second year (the base year, the period's start). */
  readonly otherYear?: number;
}

const WHAT_ZH: Readonly<Record<string, string>> = {
  observations: "观测数据数组",
  points: "数据点数组",
  revisions: "目标调整数组",
  assessments: "评估结果数组",
  object: "对象",
};

/**
 * The messages of a {@link ProgressError} in Chinese and English, rendered from its params: the same maps render
 * any error again, in either language.
 *
 * @example
 * ```ts
 * import { progressErrorMessages } from "@wuwei/sti-plan";
 * progressErrorMessages.zh["whole-year"]({ rule: "whole-year", received: '"2023年"' });
 * //=> '应为整数年份（如 2023），实际为 "2023年"'
 * progressErrorMessages.en["whole-year"]({ rule: "whole-year", received: '"2023年"' });
 * //=> 'expected a whole year such as 2023, got "2023年"'
 * ```
 * @category Progress
 */
export const progressErrorMessages: {
  /** The messages in Chinese, by rule. */
  readonly zh: Readonly<Record<ProgressErrorRule, (p: ProgressErrorParams) => string>>;
  /** The messages in English, by rule. */
  readonly en: Readonly<Record<ProgressErrorRule, (p: ProgressErrorParams) => string>>;
} = deepFreeze({
  zh: {
    "decimal-string": (p) => `应为十进制数字字符串（如 "0.62"），实际为 ${p.received}`,
    "finite-number": (p) => `应为有限的数，实际为 ${p.received}`,
    "whole-year": (p) => `应为整数年份（如 2023），实际为 ${p.received}`,
    "iso-date": (p) => `应为 ISO 格式的日期（如 "2023-12-31"），实际为 ${p.received}`,
    object: () => "应为对象",
    array: (p) => `应为${WHAT_ZH[p.what ?? ""] ?? "数组"}`,
    "one-of": (p) =>
      `应为 ${(p.allowed ?? []).join("、")} 之一${p.received === undefined ? "" : `，实际为 ${p.received}`}`,
    direction: () => '缺少方向 direction："increase"（越高越好）或 "decrease"（越低越好）',
    "target-after-base": (p) => `目标年 ${p.year} 不晚于基期 ${p.otherYear}`,
    "period-order": (p) => `期间的结束年（${p.year}）早于开始年（${p.otherYear}）`,
    "geometric-path": () => "等比路径需要非零且同号的基期值和目标值",
    "positive-years": (p) => `年数应大于 0，实际为 ${p.received}`,
    "duplicate-year": (p) => `${p.year}年有两个数值`,
    "growth-ratio-only": () => "只有增速比值法的评估结果可以合并",
    "revision-id": () => "目标调整需要 id",
    "revision-reason": () => "目标调整需要中英文理由（reason.zh、reason.en）",
    "never-decrease-revision": () => "只增不减目标没有可调整的目标值",
    "unknown-target": (p) => `规划中没有目标 ${p.received}`,
    "unknown-indicator": (p) => `规划中没有指标 ${p.received}`,
    "unknown-region": (p) => `规划中没有地区 ${p.received}`,
    "no-city": () => "规划中没有市级地区",
  },
  en: {
    "decimal-string": (p) => `expected a decimal string such as "0.62", got ${p.received}`,
    "finite-number": (p) => `expected a finite number, got ${p.received}`,
    "whole-year": (p) => `expected a whole year such as 2023, got ${p.received}`,
    "iso-date": (p) => `expected an ISO date such as "2023-12-31", got ${p.received}`,
    object: () => "expected an object",
    array: (p) => `expected an array of ${p.what ?? "values"}`,
    "one-of": (p) =>
      `expected one of ${(p.allowed ?? []).join(", ")}${p.received === undefined ? "" : `, got ${p.received}`}`,
    direction: () => 'direction is required: "increase" (higher is better) or "decrease" (lower is better)',
    "target-after-base": (p) => `target year ${p.year} is not after ${p.otherYear}`,
    "period-order": (p) => `period ends (${p.year}) before it starts (${p.otherYear})`,
    "geometric-path": () => "a geometric path needs a baseline and a target that are not zero and have the same sign",
    "positive-years": (p) => `years must be more than 0, got ${p.received}`,
    "duplicate-year": (p) => `two values for ${p.year}`,
    "growth-ratio-only": () => "only growth-ratio assessments combine",
    "revision-id": () => "a revision needs an id",
    "revision-reason": () => "a revision needs a reason in zh and en",
    "never-decrease-revision": () => "a never-decrease target has no value to revise",
    "unknown-target": (p) => `the plan has no target ${p.received}`,
    "unknown-indicator": (p) => `the plan has no indicator ${p.received}`,
    "unknown-region": (p) => `the plan has no region ${p.received}`,
    "no-city": () => "the plan has no city-level region",
  },
});

/**
 * Thrown by the progress functions on bad input: a problem as data, like every other problem of the library — a
 * code, the place of the offending value, params naming the rule that failed, and the message in Chinese and
 * English rendered from those params by {@link progressErrorMessages}. `message` is the English one, after the
 * place.
 *
 * @example
 * ```ts
 * import { completion, ProgressError } from "@wuwei/sti-plan";
 * try {
 *   completion("0.62", "1.5", "abc");
 * } catch (error) {
 *   error instanceof ProgressError && [error.code, error.params.rule, error.messages.zh];
 *   //=> ["invalid-decimal", "decimal-string", '应为十进制数字字符串（如 "0.62"），实际为 "abc"']
 * }
 * ```
 * @category Progress
 */
export class ProgressError extends Error {
  /** What kind of problem. */
  readonly code: ProgressErrorCode;
  /** Where: argument and property names, array indexes. */
  readonly path: readonly (string | number)[];
  /** The rule that failed and the values its message names. */
  readonly params: ProgressErrorParams;
  /** The message in Chinese and English (without the place). */
  readonly messages: { readonly zh: string; readonly en: string };
  /**
   * Make the error.
   *
   * @param code - what kind of problem
   * @param path - where the offending value is
   * @param params - the rule that failed and the values its message names
   */
  constructor(code: ProgressErrorCode, path: readonly (string | number)[], params: ProgressErrorParams) {
    const messages = {
      zh: progressErrorMessages.zh[params.rule](params),
      en: progressErrorMessages.en[params.rule](params),
    };
    super(`${path.join(".") || "(input)"}: ${messages.en}`);
    this.name = "ProgressError";
    this.code = code;
    this.path = Object.freeze([...path]);
    this.params = Object.freeze({ ...params });
    this.messages = Object.freeze(messages);
  }
}

/** Parse a decimal string, or throw a {@link ProgressError} naming the place. @internal */
export function parseDecimal(value: unknown, path: readonly (string | number)[]): Dec {
  if (typeof value !== "string" || !DECIMAL_INPUT_PATTERN.test(value)) {
    throw new ProgressError("invalid-decimal", path, { rule: "decimal-string", received: show(value) });
  }
  return dec(value);
}

/**
 * Decimal strings parsed once per distinct string, for one `assessPlan` call: decimals are immutable, so one value
 * serves every use of the same string. {@link DecimalCache.read} makes the same check as {@link parseDecimal} (the
 * path is built only when it fails); {@link DecimalCache.dec} reads figures that validation or the library itself
 * wrote, as the roll-up always read them. @internal
 */
export class DecimalCache {
  private readonly parsed = new Map<string, Dec>();
  private readonly checked = new Set<string>();

  /** The decimal of a figure validation or the library wrote (no input check). */
  readonly dec = (value: string): Dec => {
    let d = this.parsed.get(value);
    if (d === undefined) {
      d = dec(value);
      this.parsed.set(value, d);
    }
    return d;
  };

  /** {@link parseDecimal}, once per distinct string; `path` is called only to name the place of a bad value. */
  read(value: unknown, path: () => readonly (string | number)[]): Dec {
    if (typeof value === "string" && this.checked.has(value)) return this.dec(value);
    const d = parseDecimalAt(value, path);
    this.checked.add(value as string);
    const known = this.parsed.get(value as string);
    if (known !== undefined) return known;
    this.parsed.set(value as string, d);
    return d;
  }
}

/** {@link parseDecimal} with the place built only when the value is bad. @internal */
export function parseDecimalAt(value: unknown, path: () => readonly (string | number)[]): Dec {
  if (typeof value !== "string" || !DECIMAL_INPUT_PATTERN.test(value)) return parseDecimal(value, path());
  return dec(value);
}

/** {@link checkYear} with the place built only when the value is bad. @internal */
export function checkYearAt(value: unknown, path: () => readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 9999)
    return checkYear(value, path());
  return value;
}

/** Check a calendar year. @internal */
export function checkYear(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 9999) {
    throw new ProgressError("invalid-year", path, { rule: "whole-year", received: show(value) });
  }
  return value;
}

/** Read the calendar date of an ISO date or date-time, or throw. @internal */
export function parseIsoDate(value: unknown, path: readonly (string | number)[]): CalendarDate {
  const date = readIsoDate(value);
  if (date === undefined) {
    throw new ProgressError("invalid-date", path, { rule: "iso-date", received: show(value) });
  }
  return date;
}

/** Number of decimal places of every figure the progress functions return. @internal */
export const PLACES = 6;

/** Write a figure: rounded half-even to {@link PLACES} decimal places, canonical form. @internal */
export function fig(value: Dec): string {
  return toDecimalString(value, PLACES);
}

/**
 * Write a figure exactly: the decimal as computed (exact for sums, differences and products; 40 significant digits
 * for quotients, roots and powers), never rounded to a number of places. Every figure an assessment or an aggregate
 * returns is written this way, so nothing downstream judges or compares a rounded value; only the renderers round,
 * for people. @internal
 */
export function exact(value: Dec): string {
  return toDecimalString(value);
}

/** {@link exact}, or `null`. @internal */
export function exactOrNull(value: Dec | null): string | null {
  return value === null ? null : exact(value);
}

/** Write a figure or `null`. @internal */
export function figOrNull(value: Dec | null): string | null {
  return value === null ? null : fig(value);
}

/** @internal */
export const ZERO = new Dec(0);
/** @internal */
export const ONE = new Dec(1);

/** A value as the messages show it: strings quoted, `nothing` for undefined. @internal */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "nothing";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

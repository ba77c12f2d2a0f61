/**
 * Exact, lenient parsing of a reported figure into a decimal string in a given unit.
 *
 * @module
 */
import { Dec, toDecimalString } from "../internal/decimal.js";
import type { Plan } from "../model/definePlan.js";
import type { Unit } from "../model/schema.js";
import { describe, truncate } from "./describe.js";
import type { IssueParams, ObservationIssueCode } from "./issues.js";
import { issueMessage } from "./makeIssue.js";
import { convertible, findUnit, type PlanUnit, unitsOf } from "./units.js";

/**
 * Options of {@link safeParseValue}.
 *
 * @example
 * ```ts
 * import type { SafeParseValueOptions } from "@wuwei/sti-plan";
 * const options: SafeParseValueOptions = { unit: "cny-100m", from: "万元" };
 * options.unit; //=> "cny-100m"
 * ```
 * @category Observations
 */
export interface SafeParseValueOptions {
  /** The unit to express the value in: a unit id, symbol or alias of the plan's units, or a unit object. */
  readonly unit: string | Unit | PlanUnit;
  /** Whose units to look names up in; the library's standard units (those `wuwei14` uses) when absent. */
  readonly plan?: Plan;
  /** The unit the value is stated in when the value itself names none (a separate unit column). */
  readonly from?: string;
  /** Size of the peer set of a rank (14 for Gansu's prefecture-level divisions): ranks above it are refused. */
  readonly peers?: number;
}

/**
 * The result of {@link safeParseValue}: the exact value in the wanted unit, or why there is none.
 *
 * @example
 * ```ts
 * import { safeParseValue, type SafeParseValueResult } from "@wuwei/sti-plan";
 * const result: SafeParseValueResult = safeParseValue("abc", { unit: "percent" });
 * result.success ? result.value : result.code; //=> "not-a-number"
 * ```
 * @category Observations
 */
export type SafeParseValueResult =
  | {
      readonly success: true;
      /** The value as a canonical decimal string in the wanted unit. */
      readonly value: string;
      /** Id of the unit the input was stated in. */
      readonly from: string;
    }
  | {
      readonly success: false;
      readonly code: ObservationIssueCode;
      /** Which input the problem is in: the value itself, or the separate unit (`from`). */
      readonly field: "value" | "unit";
      /** The values the messages are built from. */
      readonly params: IssueParams;
      /** The message in Chinese and in English. */
      readonly message: { readonly zh: string; readonly en: string };
    };

/** Largest magnitude kept (exclusive) and most significant digits kept: far beyond any statistic. */
const LIMIT = new Dec("1e30");
/** Smallest magnitude kept other than 0, below any JS number: "1e-99999999" would be written with that many zeros. */
const TINY = new Dec("1e-324");
const MAX_DIGITS = 30;
/** Longest text looked at; anything longer is not a figure. */
const MAX_LENGTH = 200;

/** Sign, integer part (plain or grouped by commas in threes, no leading zeros), fraction, exponent. */
const NUMBER = /^([+-]?)(0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)?(?:\.(\d+))?(?:e([+-]?\d+))?$/i;
/** Text that NFKC leaves unchanged and that has no minus sign (U+2212) to replace. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Split a cell into its number-like head and the rest (a unit). */
const HEAD = /^(第\s*)?([+-]?[\d.,]+(?:e[+-]?\d+)?)\s*(.*)$/is;

/**
 * Parse a reported figure exactly into a decimal string in the wanted unit, never through a binary float.
 *
 * Accepted: numbers (via their shortest text, so `0.1` is `"0.1"`; `-0` is `"0"`), and strings with surrounding
 * spaces, full-width digits and punctuation (`"１．５"`, `"１，２３４"`), thousands separators (`"1,234"`), a unit
 * written after the number (`"1.5%"`, `"14.1亿元"`, `"141000万元"`, `"1410000000元"`; a rank may read `"第6位"`), and
 * exponent notation (`"1.5e3"`, as spreadsheets export large numbers). Values in another unit of the same scaled
 * family are converted exactly by a power of ten; anything else is an issue, never a guess:
 * `not-a-number` (text that is not a figure; `NaN`), `not-finite` (`Infinity`, `"1e400"`, magnitudes of 10^30 or
 * more, below 10^-324 other than 0, more than 30 significant digits: nothing the library can keep exactly), `unknown-unit`,
 * `unit-not-convertible` (亿元 to %), `unit-conflict` (the written unit differs from `from`), `negative-value`,
 * `percent-out-of-range` (outside 0–100), `rank-out-of-range` (not a whole number from 1 to `peers`) and
 * `fractional-count` (a count of enterprises, items or persons that is not whole).
 *
 * @param input - the figure as reported
 * @param options - the wanted unit, and optionally the plan, the stated unit and the peer-set size
 * @returns `{ success: true, value, from }` or `{ success: false, code, field, params, message }`
 * @example
 * ```ts
 * import { safeParseValue } from "@wuwei/sti-plan";
 * safeParseValue("141000万元", { unit: "cny-100m" }); //=> { success: true, value: "14.1", from: "cny-10k" }
 * safeParseValue("１，２３４", { unit: "enterprise" }); //=> { success: true, value: "1234", from: "enterprise" }
 * safeParseValue(0.1, { unit: "percent" }); //=> { success: true, value: "0.1", from: "percent" }
 * const bad = safeParseValue("14.1亿元", { unit: "percent" });
 * bad.success ? "" : bad.code; //=> "unit-not-convertible"
 * ```
 * @category Observations
 */
export function safeParseValue(input: unknown, options: SafeParseValueOptions): SafeParseValueResult {
  const parsed = parseValue(input, options);
  return parsed.success
    ? { success: true, value: parsed.value, from: parsed.from }
    : { ...parsed, message: issueMessage(parsed.code, parsed.params) };
}

/** A failed {@link parseValue}: what {@link safeParseValue} returns, without the message (validation makes its own). @internal */
export type ParseFailure = Omit<Exclude<SafeParseValueResult, { success: true }>, "message">;

/**
 * {@link safeParseValue}, with the parsed decimal beside its string on success, so that validation's later steps
 * (the plausibility warnings) compare figures without parsing each one again.
 *
 * @internal
 */
export function parseValue(
  input: unknown,
  options: SafeParseValueOptions,
): ParseFailure | { success: true; value: string; from: string; decimal: Dec } {
  const units = unitsOf(options.plan);
  const target = typeof options.unit === "string" ? findUnit(options.unit, units) : options.unit;
  // Rendered only when a problem is reported: most values are fine, and describing each one costs time.
  let shownInput: string | undefined;
  const received = () => {
    shownInput ??= describe(input);
    return shownInput;
  };
  if (target === undefined) {
    return fail("unknown-unit", "unit", { received: describe(options.unit) });
  }
  let text: string;
  if (typeof input === "number") {
    if (Number.isNaN(input)) return fail("not-a-number", "value", { field: "value", received: received() });
    if (!Number.isFinite(input)) return fail("not-finite", "value", { field: "value", received: received() });
    text = String(input);
  } else if (typeof input === "bigint") {
    text = String(input);
  } else if (typeof input === "string") {
    if (input.length > MAX_LENGTH) return fail("not-a-number", "value", { field: "value", received: received() });
    // Printable ASCII is its own NFKC form: skip the normalisation for the common case.
    text = (PRINTABLE_ASCII.test(input) ? input : input.normalize("NFKC").replace(/\u2212/g, "-")).trim();
  } else {
    return fail("not-a-number", "value", { field: "value", received: received() });
  }

  if (/^[+-]?(inf|infinity|∞)$/i.test(text))
    return fail("not-finite", "value", { field: "value", received: received() });
  const head = HEAD.exec(text);
  const number = head ? NUMBER.exec(head[2] ?? "") : null;
  if (!head || !number || (number[2] === undefined && number[3] === undefined)) {
    return fail("not-a-number", "value", { field: "value", received: received() });
  }

  // The unit the value is stated in: written after it, or given separately, or the wanted unit.
  const written = (head[3] ?? "").trim();
  let source: PlanUnit = target;
  let stated: PlanUnit | undefined;
  if (options.from !== undefined && options.from.trim() !== "") {
    stated = findUnit(options.from, units);
    if (stated === undefined) return fail("unknown-unit", "unit", { received: describe(options.from) });
    source = stated;
  }
  if (written !== "") {
    const unit = findUnit(written, units);
    if (unit === undefined) return fail("unknown-unit", "value", { received: JSON.stringify(truncate(written)) });
    if (stated !== undefined && stated.id !== unit.id) {
      return fail("unit-conflict", "value", {
        received: received(),
        unit: unit.id,
        unitName: unit.symbol,
        target: stated.id,
        targetName: stated.symbol,
      });
    }
    source = unit;
  }
  if (head[1] !== undefined && source.dimension !== "rank") {
    return fail("not-a-number", "value", { field: "value", received: received() });
  }
  if (!convertible(source, target)) {
    return fail("unit-not-convertible", "value", {
      received: received(),
      unit: source.id,
      unitName: source.symbol,
      target: target.id,
      targetName: target.symbol,
    });
  }

  let value: InstanceType<typeof Dec>;
  try {
    const sign = number[1] === "-" ? "-" : "";
    const integer = (number[2] ?? "0").replace(/,/g, "");
    const fraction = number[3] === undefined ? "" : `.${number[3]}`;
    const exponent = number[4] === undefined ? "" : `e${number[4]}`;
    value = new Dec(`${sign}${integer}${fraction}${exponent}`);
    if (!value.isFinite() || value.sd() > MAX_DIGITS) {
      return fail("not-finite", "value", { field: "value", received: received() });
    }
    const shift = source.scale - target.scale;
    if (shift !== 0) value = value.times(new Dec(10).pow(shift));
    if (value.abs().gte(LIMIT) || (!value.isZero() && value.abs().lt(TINY))) {
      return fail("not-finite", "value", { field: "value", received: received() });
    }
  } catch {
    return fail("not-finite", "value", { field: "value", received: received() });
  }

  const out = toDecimalString(value);
  const shown = () => JSON.stringify(out);
  if (target.dimension !== "ratio" && value.isNegative() && !value.isZero()) {
    return fail("negative-value", "value", {
      field: "value",
      received: received(),
      unit: target.id,
      unitName: target.symbol,
    });
  }
  if (target.dimension === "percent" && value.gt(100)) {
    return fail("percent-out-of-range", "value", {
      field: "value",
      received: shown(),
      unit: target.id,
      unitName: target.symbol,
    });
  }
  if (target.dimension === "rank") {
    const peers = options.peers;
    if (!value.isInteger() || value.lt(1) || (peers !== undefined && value.gt(peers))) {
      return fail("rank-out-of-range", "value", {
        field: "value",
        received: shown(),
        from: 1,
        ...(peers === undefined ? {} : { to: peers }),
      });
    }
  }
  if (target.dimension === "count" && !value.isInteger()) {
    return fail("fractional-count", "value", {
      field: "value",
      received: shown(),
      unit: target.id,
      unitName: target.symbol,
    });
  }
  return { success: true, value: out, from: source.id, decimal: value };
}

function fail(code: ObservationIssueCode, field: "value" | "unit", params: IssueParams): ParseFailure {
  // No message: validation reads only the code and params of a failed parse; safeParseValue adds it.
  return { success: false, code, field, params };
}

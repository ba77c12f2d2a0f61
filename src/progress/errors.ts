import { type CalendarDate, readIsoDate } from "../internal/dates.js";
import { DECIMAL_INPUT_PATTERN, Dec, dec, toDecimalString } from "../internal/decimal.js";

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
 * Thrown by the progress functions on bad input, with a code and the place of the offending value.
 *
 * @example
 * ```ts
 * import { completion, ProgressError } from "@wuwei/sti-plan";
 * try {
 *   completion("0.62", "1.5", "abc");
 * } catch (error) {
 *   error instanceof ProgressError && error.code; //=> "invalid-decimal"
 * }
 * ```
 * @category Progress
 */
export class ProgressError extends Error {
  /** What kind of problem. */
  readonly code: ProgressErrorCode;
  /** Where: argument and property names, array indexes. */
  readonly path: readonly (string | number)[];
  /**
   * Make the error.
   *
   * @param code - what kind of problem
   * @param path - where the offending value is
   * @param message - what is wrong, in English
   */
  constructor(code: ProgressErrorCode, path: readonly (string | number)[], message: string) {
    super(`${path.join(".") || "(input)"}: ${message}`);
    this.name = "ProgressError";
    this.code = code;
    this.path = Object.freeze([...path]);
  }
}

/** Parse a decimal string, or throw a {@link ProgressError} naming the place. @internal */
export function parseDecimal(value: unknown, path: readonly (string | number)[]): Dec {
  if (typeof value !== "string" || !DECIMAL_INPUT_PATTERN.test(value)) {
    throw new ProgressError("invalid-decimal", path, `expected a decimal string such as "0.62", got ${show(value)}`);
  }
  return dec(value);
}

/**
 * Read a value given as a decimal string or as a finite number (through its shortest text: `0.1` is `"0.1"`), as
 * the published JSON Schema of an observation allows, or throw. @internal
 */
export function parseDecimalOrNumber(value: unknown, path: readonly (string | number)[]): Dec {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new ProgressError("invalid-decimal", path, `expected a finite number, got ${show(value)}`);
    }
    return new Dec(String(value));
  }
  return parseDecimal(value, path);
}

/** Check a calendar year. @internal */
export function checkYear(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 9999) {
    throw new ProgressError("invalid-year", path, `expected a whole year such as 2023, got ${show(value)}`);
  }
  return value;
}

/** Read the calendar date of an ISO date or date-time, or throw. @internal */
export function parseIsoDate(value: unknown, path: readonly (string | number)[]): CalendarDate {
  const date = readIsoDate(value);
  if (date === undefined) {
    throw new ProgressError("invalid-date", path, `expected an ISO date such as "2023-12-31", got ${show(value)}`);
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

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined) return "nothing";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The one place where decimal arithmetic is configured.
 *
 * decimal.js keeps its settings on the constructor. Changing the settings of the default export would
 * change them for every other user of decimal.js in the same program, so the library works on a private
 * clone instead and never touches the global constructor.
 *
 * @internal
 * @module
 */
import DecimalJs from "decimal.js";

/**
 * Private decimal constructor: 40 significant digits, half-even rounding, plain notation between
 * 1e-30 and 1e30. 40 digits is far more than any statistic needs, so intermediate results
 * (roots, powers, quotients) carry no visible rounding error.
 *
 * @internal
 */
export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 30,
});

/** A decimal value of the library's private constructor. @internal */
export type Dec = InstanceType<typeof Dec>;

/** Canonical form of a decimal string: `/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/`. @internal */
export const DECIMAL_STRING_PATTERN = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/**
 * Loose form accepted on input: optional sign, digits, optional fraction, trailing zeros allowed
 * ("1.50", "007" is not allowed: leading zeros are a typo more often than a number).
 *
 * @internal
 */
export const DECIMAL_INPUT_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Parse a decimal string or finite number into a decimal. Throws on anything else. @internal */
export function dec(value: string | number | Dec): Dec {
  if (value instanceof Dec) return value;
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new RangeError(`not a finite number: ${String(value)}`);
  }
  return new Dec(value);
}

/**
 * Serialise a decimal as a canonical decimal string: no exponent, no trailing zeros, "-0" written "0".
 *
 * @internal
 */
export function toDecimalString(value: Dec, decimalPlaces?: number): string {
  const v = decimalPlaces === undefined ? value : value.toDecimalPlaces(decimalPlaces, DecimalJs.ROUND_HALF_EVEN);
  if (v.isZero()) return "0";
  const fixed = v.toFixed();
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

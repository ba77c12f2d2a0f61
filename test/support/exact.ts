import Decimal from "decimal.js";

/**
 * The exact quotient `a / b` as the library writes an unrounded figure: 40 significant digits, half-even, canonical
 * (no trailing zeros). Tests write the hand formula (`q("7.3", "13.5")`) rather than a long digit string.
 */
export function q(a: string, b: string): string {
  const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -30, toExpPos: 30 });
  const v = new D(a).div(b);
  const fixed = v.toFixed();
  return v.isZero() ? "0" : fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

/** A figure rounded half-even to six places, as a person reads it: for checks against a published rounded value. */
export function six(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const v = new Decimal(value).toDecimalPlaces(6, Decimal.ROUND_HALF_EVEN);
  return v.isZero()
    ? "0"
    : v
        .toFixed()
        .replace(/(\.\d*?)0+$/, "$1")
        .replace(/\.$/, "");
}

/** Exact value parsing: every accepted spelling and every refusal, computed by hand. */
import { safeParseValue } from "@wuwei/sti-plan";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "./support/fixture-plan.js";

const value = (input: unknown, unit: string, extra: { from?: string; peers?: number } = {}) => {
  const r = safeParseValue(input, { unit, plan: fixturePlan, ...extra });
  return r.success ? r.value : r.code;
};

describe("safeParseValue", () => {
  it.each([
    // [input, unit, expected]
    ["1.5", "percent", "1.5"],
    ["1.5%", "percent", "1.5"],
    ["１．５％", "percent", "1.5"],
    ["  0.62 ", "percent", "0.62"],
    ["1.50", "percent", "1.5"],
    [".5", "percent", "0.5"],
    ["1,234", "enterprise", "1234"],
    ["１，２３４", "enterprise", "1234"],
    ["1,234,567.5", "cny", "1234567.5"],
    ["14.1亿元", "cny-100m", "14.1"],
    ["141000万元", "cny-100m", "14.1"],
    ["1410000000元", "cny-100m", "14.1"],
    ["14.1 亿", "cny-100m", "14.1"],
    ["28亿元", "cny-10k", "280000"],
    ["0.00000001亿元", "cny", "1"],
    ["第6位", "rank", "6"],
    ["7位", "rank", "7"],
    ["1.5e3", "cny", "1500"],
    ["2E-1", "percent", "0.2"],
    ["+3", "enterprise", "3"],
    ["-0", "percent", "0"],
  ])("%s in %s is %s", (input, unit, expected) => {
    expect(value(input, unit)).toBe(expected);
  });

  it.each([
    [0.1, "percent", "0.1"],
    [0.30000000000000004, "percent", "0.30000000000000004"],
    [-0, "percent", "0"],
    [1e21, "cny", "1000000000000000000000"],
    [1e-7, "percent", "0.0000001"],
    [59, "enterprise", "59"],
    [10n, "enterprise", "10"],
  ])("the number %s in %s is %s (its shortest text, never float arithmetic)", (input, unit, expected) => {
    expect(value(input, unit)).toBe(expected);
  });

  it.each([
    ["abc", "percent", "not-a-number"],
    ["", "percent", "not-a-number"],
    ["1.2.3", "percent", "not-a-number"],
    ["1,23", "enterprise", "not-a-number"],
    ["007", "enterprise", "not-a-number"],
    ["NaN", "percent", "not-a-number"],
    [Number.NaN, "percent", "not-a-number"],
    [true, "percent", "not-a-number"],
    [null, "percent", "not-a-number"],
    [{}, "percent", "not-a-number"],
    ["1".repeat(300), "cny", "not-a-number"],
    ["第6", "percent", "not-a-number"],
    [Number.POSITIVE_INFINITY, "percent", "not-finite"],
    [Number.NEGATIVE_INFINITY, "percent", "not-finite"],
    ["Infinity", "percent", "not-finite"],
    ["1e400", "cny", "not-finite"],
    ["1e30", "cny", "not-finite"],
    ["1e22亿元", "cny", "not-finite"],
    ["1.234567890123456789012345678901", "cny", "not-finite"],
    ["14.1亿元", "percent", "unit-not-convertible"],
    ["5家", "person", "unit-not-convertible"],
    ["3美元", "cny", "unknown-unit"],
    ["-1", "enterprise", "negative-value"],
    ["-0.5%", "percent", "negative-value"],
    ["-2", "rank", "negative-value"],
    ["100.01", "percent", "percent-out-of-range"],
    ["0", "rank", "rank-out-of-range"],
    ["6.5", "rank", "rank-out-of-range"],
    ["2.5", "person", "fractional-count"],
  ])("%s in %s is refused: %s", (input, unit, code) => {
    expect(value(input, unit)).toBe(code);
  });

  it("bounds a rank by the peer-set size when given", () => {
    expect(value("14", "rank", { peers: 14 })).toBe("14");
    expect(value("15", "rank", { peers: 14 })).toBe("rank-out-of-range");
    expect(value("15", "rank")).toBe("15");
  });

  it("reads the unit given apart from the value, and refuses a conflicting one", () => {
    expect(value("141000", "cny-100m", { from: "万元" })).toBe("14.1");
    expect(value("14.1亿元", "cny-100m", { from: "亿元" })).toBe("14.1");
    expect(value("14.1亿元", "cny-100m", { from: "万元" })).toBe("unit-conflict");
    expect(value("1", "cny-100m", { from: "英镑" })).toBe("unknown-unit");
  });

  it("reports the field of a unit problem and gives messages in both languages", () => {
    const r = safeParseValue("1", { unit: "cny", from: "英镑" });
    expect(r).toEqual({
      success: false,
      code: "unknown-unit",
      field: "unit",
      params: { received: '"英镑"' },
      message: { zh: '未知单位 "英镑"', en: 'unknown unit "英镑"' },
    });
  });

  it("uses the Wuwei 14th plan's units when no plan is given", () => {
    expect(safeParseValue("2800000万元", { unit: "cny-100m" })).toEqual({
      success: true,
      value: "280",
      from: "cny-10k",
    });
  });

  it("round-trips every finite decimal exactly through yuan, 万元 and 亿元", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }), (units, places) => {
        const digits = units.toString().padStart(places + 1, "0");
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        const inYuan = value(`${text}元`, "cny");
        const in100m = value(`${text}元`, "cny-100m");
        expect(value(`${in100m}亿元`, "cny")).toBe(inYuan);
        expect(value(`${value(`${text}元`, "cny-10k")}万元`, "cny")).toBe(inYuan);
      }),
    );
  });

  it("parses any JS number through its shortest text", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e20 }), (n) => {
        const r = safeParseValue(n, { unit: "cny" });
        expect(r.success).toBe(true);
        if (r.success) expect(Number(r.value)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

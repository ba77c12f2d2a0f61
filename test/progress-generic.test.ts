import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cagr,
  completion,
  geometricPath,
  linearPath,
  ProgressError,
  projectGrowth,
  projectLinear,
  requiredRate,
  timeShareAt,
  timeShareFromYears,
} from "../src/progress/index.js";

describe("completion", () => {
  it("is the share of the distance covered (R&D intensity 0.62 → 1.5, 0.95 in 2023: 0.33/0.88)", () => {
    expect(completion("0.62", "1.5", "0.95")).toBe("0.375");
  });
  it("works for lower-is-better targets (energy intensity −13.5 %, −7.3 % so far: 7.3/13.5)", () => {
    expect(completion("0", "-13.5", "-7.3")).toBe("0.540741");
  });
  it("is negative when the value moved away and null when the target equals the baseline", () => {
    expect(completion("10", "20", "8")).toBe("-0.2");
    expect(completion("5", "5", "6")).toBeNull();
  });
  it("refuses a value that is not a decimal string, naming it", () => {
    expect(() => completion("0.62", "1.5", "1e3")).toThrowError(ProgressError);
    try {
      completion("0.62", "x", "1");
    } catch (error) {
      expect((error as ProgressError).code).toBe("invalid-decimal");
      expect((error as ProgressError).path).toEqual(["target"]);
    }
  });
});

describe("time share", () => {
  it("counts data years: three of five years is 0.6, clamped to 0..1", () => {
    expect(timeShareFromYears(2020, 2025, 2023)).toBe("0.6");
    expect(timeShareFromYears(2020, 2025, 2019)).toBe("0");
    expect(timeShareFromYears(2020, 2025, 2030)).toBe("1");
    expect(() => timeShareFromYears(2025, 2020, 2023)).toThrowError(/not after/);
  });
  it("counts calendar days on the plan period, the asOf day included", () => {
    // 2021-01-01 .. 2025-12-31 = 1826 days; by 2023-12-31: 365 × 3 = 1095 (2024 is the leap year).
    expect(timeShareAt({ start: 2021, end: 2025 }, "2023-12-31")).toBe((1095 / 1826).toFixed(6));
    expect(timeShareAt({ start: 2021, end: 2025 }, "2021-01-01")).toBe((1 / 1826).toFixed(6));
    expect(timeShareAt({ start: 2021, end: 2025 }, "2026-03-01")).toBe("1");
    expect(timeShareAt({ start: 2021, end: 2025 }, "2024-02-29T23:00:00+08:00")).toBe("0.63253"); // 1155 / 1826;
  });
  it("refuses a date that does not exist", () => {
    expect(() => timeShareAt({ start: 2021, end: 2025 }, "2023-02-29")).toThrowError(/ISO date/);
  });
});

describe("paths", () => {
  it("linear path steps evenly: 0.62 + 0.88 × 3/5 = 1.148 in 2023", () => {
    const path = linearPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" });
    expect(path.map((m) => m.value)).toEqual(["0.62", "0.796", "0.972", "1.148", "1.324", "1.5"]);
    expect(Object.isFrozen(path)).toBe(true);
  });
  it("geometric path compounds: 0.62 × (1.5/0.62)^0.6 ≈ 1.0534 in 2023", () => {
    const path = geometricPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" });
    expect(path[0]?.value).toBe("0.62");
    expect(path[5]?.value).toBe("1.5");
    expect(Number(path[3]?.value)).toBeCloseTo(0.62 * (1.5 / 0.62) ** 0.6, 6);
    expect(path[3]?.value.slice(0, 5)).toBe("1.053");
  });
  it("compounding the −13.5 % energy-intensity target expects 8.33 % after three years (index 100 → 86.5)", () => {
    const path = geometricPath({ year: 2020, value: "100" }, { year: 2025, value: "86.5" });
    expect((100 - Number(path[3]?.value)).toFixed(2)).toBe("8.33");
    const linear = linearPath({ year: 2020, value: "100" }, { year: 2025, value: "86.5" });
    expect(linear[3]?.value).toBe("91.9");
  });
  it("refuses a geometric path through zero or across signs", () => {
    expect(() => geometricPath({ year: 2020, value: "0" }, { year: 2025, value: "1" })).toThrowError(ProgressError);
    expect(() => geometricPath({ year: 2020, value: "-1" }, { year: 2025, value: "1" })).toThrowError(/same sign/);
  });
});

describe("growth rates", () => {
  it("CAGR_a of 0.62 → 0.95 in three years is 15.29 %, CAGR_r of 0.62 → 1.5 in five is 19.33 %", () => {
    expect(cagr("0.62", "0.95", 3)?.slice(0, 6)).toBe("0.1528");
    expect(Number(cagr("0.62", "0.95", 3))).toBeCloseTo((0.95 / 0.62) ** (1 / 3) - 1, 6);
    expect(Number(requiredRate({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" }))).toBeCloseTo(
      (1.5 / 0.62) ** 0.2 - 1,
      6,
    );
  });
  it("is exact where the root is exact", () => {
    expect(cagr("100", "121", 2)).toBe("0.1");
    expect(cagr("-100", "-81", 2)).toBe("-0.1");
    expect(cagr("8", "0", 3)).toBe("-1");
  });
  it("has no value from zero or across signs", () => {
    expect(cagr("0", "1", 2)).toBeNull();
    expect(cagr("-1", "1", 2)).toBeNull();
    expect(() => cagr("1", "2", 0)).toThrowError(/years/);
  });
});

describe("projections", () => {
  it("least squares with equal weights: (2020,1) (2021,2) (2022,2) → slope 0.5, 11/3 in 2025", () => {
    // x̄ = 2021, ȳ = 5/3, Sxy = (−1)(−2/3) + 0 + (1)(1/3) = 1, Sxx = 2 → b = 0.5; 5/3 + 0.5 × 4 = 3.666…
    expect(
      projectLinear(
        [
          { year: 2022, value: "2" },
          { year: 2020, value: "1" },
          { year: 2021, value: "2" },
        ],
        2025,
      ),
    ).toBe("3.666667");
    expect(projectLinear([{ year: 2020, value: "1" }], 2025)).toBeNull();
  });
  it("a straight line is reproduced exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -50, max: 50 }), (a, b) => {
        const series = [2020, 2021, 2023].map((y) => ({ year: y, value: String(a + b * (y - 2020)) }));
        return projectLinear(series, 2025) === String(a + b * 5);
      }),
    );
  });
  it("UNSD growth projection carries the latest value forward at CAGR_a", () => {
    expect(
      projectGrowth(
        [
          { year: 2020, value: "100" },
          { year: 2022, value: "121" },
        ],
        2024,
      ),
    ).toBe("146.41");
    expect(
      projectGrowth(
        [
          { year: 2020, value: "0" },
          { year: 2022, value: "121" },
        ],
        2024,
      ),
    ).toBeNull();
  });
  it("refuses two values for one year", () => {
    expect(() =>
      projectLinear(
        [
          { year: 2020, value: "1" },
          { year: 2020, value: "2" },
        ],
        2025,
      ),
    ).toThrowError(expect.objectContaining({ code: "duplicate-year", path: ["series", 1] }));
  });
  it("does not mutate its input", () => {
    const series = Object.freeze([
      Object.freeze({ year: 2022, value: "2" }),
      Object.freeze({ year: 2020, value: "1" }),
    ]);
    expect(projectLinear(series, 2024)).toBe("3");
    expect(series[0]?.year).toBe(2022);
  });
});

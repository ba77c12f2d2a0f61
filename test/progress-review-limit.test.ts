import { describe, expect, it } from "vitest";
import { definePlan } from "../src/model/definePlan.js";
import { assessPlan } from "../src/progress/index.js";
import { six } from "./support/exact.js";
import { fig } from "./support/figures.js";
import { progressFixtureInput } from "./support/progress-fixture.js";

const src = progressFixtureInput.indicators[0]?.source ?? { line: 1, quote: "x" };

// A lower-is-better percentage that must never rise (只增不减 read for a falling indicator), 95 % in 2020.
const plan = definePlan({
  ...progressFixtureInput,
  indicators: [
    ...progressFixtureInput.indicators,
    {
      id: "falling-share",
      name: { zh: "下降比重", en: "falling share" },
      unit: "percent",
      direction: "decrease",
      attribute: "expected",
      chapter: "goals",
      aggregation: { method: "none" },
      regions: ["wuwei"],
      source: src,
      baselines: [{ region: "wuwei", year: 2020, value: "95", source: src }],
      targets: [
        {
          id: "falling-share.never-rise",
          kind: "never-decrease",
          comparator: "never-decrease",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
      ],
    },
  ],
});

describe("review: the natural limit of 100 applies to percentages that should rise, not to those that should fall", () => {
  it("95 % → 94.6 % for a lower-is-better share is limited progress, thresholds not shrunk as if 95 were near a floor", () => {
    // pv = sign·d·CAGR_a = 1 · (−1) · (94.6/95 − 1) = 0.4/95 = 0.00421052…, below med 0.005 → limited progress;
    // score = 500·pv − 2.5 = 2.105263 − 2.5 = −0.394737.
    // With limit 100 the thresholds were multiplied by C_l = 1 − 0.95^4.44 ≈ 0.2036 (high ≈ 0.0031) and the same fall
    // of 0.4 points read as substantial progress: 100 is the ceiling of a rising share, the floor of a falling one
    // is 0, and a limit of 0 leaves the thresholds as they are (C_l = 1 when b ≥ 2l).
    const report = assessPlan(plan, [{ indicator: "falling-share", region: "wuwei", year: 2021, value: "94.6" }], {
      asOf: "2022-06-30",
      method: "growth-ratio",
      region: "wuwei",
    });
    const row = report.results.find((r) => r.target === "falling-share.never-rise");
    expect(row?.status).toBe("limited-progress");
    expect(six(fig(row, "progressValue"))).toBe("0.004211");
    expect(six(fig(row, "score"))).toBe("-0.394737");
    expect(fig(row, "limitFactor")).toBeNull(); // no limit applied (the figure exists in every growth-ratio result)
  });
});

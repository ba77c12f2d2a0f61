import { describe, expect, it } from "vitest";
import type { Observation } from "../src/observations/schema.js";
import { assessPlan } from "../src/progress/index.js";
import { progressFixture as plan } from "./support/progress-fixture.js";

describe("review: a figure converted from another unit is not rounded before it is judged", () => {
  it("149999.9999 万元 is 14.99999999 亿元, one yuan short of a 15 亿元 target: missed, not achieved", () => {
    // 149999.9999 万元 × 10^(4 − 8) = 14.99999999 亿元 exactly; 15 − 14.99999999 = 0.00000001 亿元 = 1 元 short.
    // Rounded to six places first it became 15.000000 and met the target.
    const turnover: Observation = {
      indicator: "tech-contract-turnover",
      region: "wuwei",
      year: 2025,
      value: "149999.9999",
      unit: "cny-10k",
    };
    const report = assessPlan(plan, [turnover], { asOf: "2026-06-30", method: "schedule", region: "wuwei" });
    const row = report.results.find((r) => r.target === "tech-contract-turnover.2025");
    expect(row?.latest).toEqual({ year: 2025, value: "14.99999999" });
    expect(row?.status).toBe("target-missed");
  });
});

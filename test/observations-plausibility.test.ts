/**
 * Plausibility warnings (issue 12, item 5): hand cases against the embedded plan. Warnings never change a figure.
 */
import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservations } from "@wuwei/sti-plan/io";
import { describe, expect, it } from "vitest";

const warnings = (rows: unknown[]) =>
  validateObservations(wuwei14, rows).issues.filter(
    (i) => i.code === "implausible-value" || i.code === "county-above-city",
  );

describe("plausibility warnings", () => {
  it("R&D intensity written as a ratio: 0.0071 against the 2020 baseline 0.62 %", () => {
    // 0.62 / 50 = 0.0124 ≥ 0.0071 → low side; probable 0.0071 × 100 = 0.71 %.
    const result = validateObservations(wuwei14, [
      { indicator: "研发经费投入强度", region: "武威市", year: 2023, value: "0.0071" },
    ]);
    expect(result.observations[0]?.value).toBe("0.0071");
    const [w] = result.issues;
    expect(w?.code).toBe("implausible-value");
    expect(w?.severity).toBe("warning");
    expect(w?.params.probable).toBe("0.71");
    expect(w?.params.reason).toBe("percent-as-ratio");
    // The range is the baseline 0.62 and the end-level target 1.5 (line 110).
    expect(w?.params.baseline).toBe("0.62–1.5");
    expect(w?.message.zh).toContain("0.71 %");
    expect(w?.message.en).toContain("0.71 %");
  });

  it("technology contract turnover 280000 (万元 without a unit): probably 28 亿元", () => {
    // hi = 28 (target), 50 × 28 = 1400 ≤ 280000 → high side; 280000 万元 = 280000 / 10^4 = 28 亿元.
    const [w] = warnings([{ indicator: "技术合同成交额", region: "武威市", year: 2023, value: "280000" }]);
    expect(w?.code).toBe("implausible-value");
    expect(w?.params.probable).toBe("28");
    expect(w?.params.target).toBe("cny-10k");
    expect(w?.message.zh).toContain("280000 万元 = 28 亿元");
  });

  it("a county above the city for a summed indicator in the same year", () => {
    // 90 > 70 → warning on the county row (row 1), naming the city's row 0.
    const [w] = warnings([
      { indicator: "高新技术企业数", region: "武威市", year: 2023, value: 70 },
      { indicator: "高新技术企业数", region: "凉州区", year: 2023, value: 90 },
    ]);
    expect(w?.code).toBe("county-above-city");
    expect(w?.row).toBe(1);
    expect(w?.params.baseline).toBe("70");
    expect(w?.params.rows).toEqual([0]);
  });

  it("plainly fine figures give no warning", () => {
    // 0.71 and 0.9 are within [0.62 / 50, 50 × 1.5]; 28 within [14.1 / 50, 50 × 28]; 45 ≤ 70.
    expect(
      warnings([
        { indicator: "研发经费投入强度", region: "武威市", year: 2022, value: "0.71" },
        { indicator: "研发经费投入强度", region: "武威市", year: 2023, value: "0.9" },
        { indicator: "技术合同成交额", region: "武威市", year: 2023, value: "28" },
        { indicator: "高新技术企业数", region: "武威市", year: 2023, value: 70 },
        { indicator: "高新技术企业数", region: "凉州区", year: 2023, value: 45 },
        { indicator: "技术合同成交额", region: "民勤县", year: 2023, value: "0.2" },
      ]),
    ).toEqual([]);
  });

  it("a county percentage uses the usual range from the city's baseline and target", () => {
    // No county baseline: range 0.62–1.5; 0.012 ≤ 0.62 / 50 = 0.0124 → probable 1.2 %.
    const [w] = warnings([{ indicator: "rd-intensity", region: "minqin", year: 2023, value: "0.012" }]);
    expect(w?.params.probable).toBe("1.2");
    expect(w?.params.detail).toBe("usual-low");
  });
});

describe("plausibility warnings in every layout", () => {
  it("a long CSV, a wide CSV and plain JSON rows give the same warnings", () => {
    const long = "指标,地区,年份,数值\n研发经费投入强度,武威市,2023,0.0071\n技术合同成交额,武威市,2023,280000\n";
    const wide = "指标名称,地区,2023年\n研发经费投入强度,武威市,0.0071\n技术合同成交额,武威市,280000\n";
    const json = [
      { indicator: "研发经费投入强度", region: "武威市", year: 2023, value: "0.0071" },
      { indicator: "技术合同成交额", region: "武威市", year: 2023, value: "280000" },
    ];
    const probable = (rows: unknown) =>
      validateObservations(wuwei14, rows)
        .issues.filter((i) => i.code === "implausible-value")
        .map((i) => [i.params.indicator, i.params.probable]);
    // 0.0071 × 100 = 0.71; 280000 / 10^4 = 28.
    const expected = [
      ["rd-intensity", "0.71"],
      ["tech-contract-turnover", "28"],
    ];
    expect(probable(json)).toEqual(expected);
    expect(probable(readObservations(long).rows)).toEqual(expected);
    expect(probable(readObservations(wide).rows)).toEqual(expected);
  });
});

describe("plausibility: what is not a slip of scale", () => {
  it("a small count is an ordinary figure: no 1/100 reading for a count", () => {
    // 评价入库科技型中小企业: the plan's 2020 figure for the city is 94 (line 38), so lo = hi = 94 and 94 / 50 = 1.88.
    // 1 ≤ 1.88 would be the low side for a percentage or an amount; "100 enterprises" is no reading of a slip, so a
    // count gets no low-side warning. The high side still holds: 94 × 50 = 4700 ≤ 5000.
    expect(warnings([{ indicator: "tech-smes-evaluated", region: "wuwei", year: 2023, value: 1 }])).toEqual([]);
    const [high] = warnings([{ indicator: "tech-smes-evaluated", region: "wuwei", year: 2023, value: 5000 }]);
    expect([high?.code, high?.params.detail, high?.params.probable]).toEqual([
      "implausible-value",
      "baseline-high",
      "50",
    ]);
  });

  it("the message gives the figure as written, without quotes", () => {
    const [w] = warnings([{ indicator: "研发经费投入强度", region: "武威市", year: 2023, value: "0.0071" }]);
    expect(w?.message.zh).toContain("的数值 0.0071 %与");
    expect(w?.message.en).toContain("the figure 0.0071 % is below");
  });
});

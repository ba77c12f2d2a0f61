/**
 * Nothing dropped in silence (issue 11): every observation given to assessPlan or scorecard either goes into a row
 * (whose notes say how it was treated) or is listed in `unused` with the reason, and the renderers show the list.
 * Plain numbers are accepted wherever the published JSON Schema accepts them.
 *
 * Figures are hand-made in the shape an office sends before validation: names where ids belong, county names,
 * a figure of an indicator without a target.
 */
import { describe, expect, it } from "vitest";
import { assessPlan, observationJsonSchema, wuwei14 } from "../src/index.js";
import { renderHtml, renderMarkdown, renderText, scorecard } from "../src/report/index.js";
import { fig } from "./support/figures.js";

const options = { asOf: "2024-06-30", method: "schedule", region: "wuwei" } as const;

describe("assessPlan and scorecard list what they could not use", () => {
  const rows = [
    // 0: fine — R&D intensity 0.95 % in 2023, completion (0.95 − 0.62) / (1.5 − 0.62) = 0.375.
    { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" },
    // 1: the Chinese name where the id belongs.
    { indicator: "高新技术企业数", region: "wuwei", year: 2023, value: "66" },
    // 2: the county's name where its id belongs (a city-only scorecard would leave it out anyway: use no filter).
    { indicator: "high-tech-enterprises", region: "民勤县", year: 2023, value: "12" },
    // 3: a baseline-only indicator: no target anywhere (58.4亿元 is a 13th-period total, line 42).
    { indicator: "tech-contract-turnover-13th", region: "wuwei", year: 2023, value: "60" },
    // 4: a year written as text.
    { indicator: "rd-intensity", region: "wuwei", year: "2022", value: "0.9" },
  ] as const;

  it("names each one with its index, its code and what was meant", () => {
    const report = assessPlan(wuwei14, rows as never, { asOf: "2024-06-30", method: "schedule" });
    expect(report.unused.map((u) => [u.index, u.code, u.params.suggestion])).toEqual([
      [1, "unknown-indicator", "high-tech-enterprises"],
      [2, "unknown-region", "minqin"],
      [3, "not-assessed", undefined],
      [4, "invalid-observation", undefined],
    ]);
    expect(report.unused[3]?.path).toEqual(["observations", 4, "year"]);
    expect(report.unused[0]?.message.en).toContain("did you mean high-tech-enterprises?");
    expect(report.unused[1]?.message.zh).toContain("minqin");
    const rd = report.results.find((r) => r.target === "rd-intensity.2025");
    expect([rd?.status, fig(rd, "completion")]).toEqual(["behind-schedule", "0.375"]);
  });

  it("the scorecard carries the list and the text, Markdown and HTML reports print it", () => {
    const card = scorecard(wuwei14, rows as never, { asOf: "2024-06-30", method: "schedule", lang: "en" });
    expect(card.unused.map((u) => u.index)).toEqual([1, 2, 3, 4]);
    const text = renderText(card, { lang: "en" });
    expect(text).toContain("Figures not used (4):");
    expect(text).toContain("#2: the plan has no indicator with the id 高新技术企业数");
    expect(renderText(card, { lang: "zh" })).toContain("未使用的数据（4条）：");
    expect(renderMarkdown(card, { lang: "en" })).toContain("#5: invalid year");
    expect(renderHtml(card, { lang: "en" })).toContain("#4: tech-contract-turnover-13th / wuwei / 2023");
  });

  it("a county figure in a unit that does not convert is said to block the city's value, not skipped", () => {
    const counties = ["liangzhou", "minqin", "gulang", "tianzhu"].map((region, i) => ({
      indicator: "high-tech-enterprises",
      region,
      year: 2023,
      value: String(10 + i),
      // 名 (persons) is a count of something else than 家 (enterprises): never added to them.
      ...(i === 3 ? { unit: "person" } : {}),
    }));
    const report = assessPlan(wuwei14, counties, options);
    const row = report.results.find((r) => r.target === "high-tech-enterprises.2025");
    expect(row?.status).toBe("not-assessable");
    const note = row?.notes.find((n) => n.code === "not-derived-from-counties");
    expect(note?.message.en).toContain("no city value for 2023 from the counties");
    expect(note?.message.en).toContain("units that do not convert");
    expect(report.unused).toEqual([]);
  });
});

describe("plain numbers, as the JSON Schema accepts them", () => {
  it("the published schema accepts a number as the value", () => {
    const value = (observationJsonSchema() as { properties: { value: { anyOf: { type?: string }[] } } }).properties
      .value;
    expect(value.anyOf.map((v) => v.type)).toContain("number");
  });

  it("assessPlan and scorecard give the same result for 0.95 as for '0.95', and never throw on it", () => {
    const asText = [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }];
    const asNumber = [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.95 }];
    expect(assessPlan(wuwei14, asNumber, options)).toEqual(assessPlan(wuwei14, asText, options));
    const card = scorecard(wuwei14, asNumber, options);
    expect(card).toEqual(scorecard(wuwei14, asText, options));
    expect(card.rows.find((r) => r.target.id === "rd-intensity.2025")?.latest).toEqual({ year: 2023, value: "0.95" });
  });

  it("a number is read through its shortest text: 0.1 + 0.2 written by a program is 0.30000000000000004", () => {
    const report = assessPlan(
      wuwei14,
      [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.1 + 0.2 }],
      options,
    );
    expect(report.results.find((r) => r.target === "rd-intensity.2025")?.latest?.value).toBe("0.30000000000000004");
  });

  it("a number that is not finite is listed as unused, not thrown", () => {
    const report = assessPlan(
      wuwei14,
      [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: Number.NaN }],
      options,
    );
    expect(report.unused.map((u) => [u.code, u.params.field, u.params.received])).toEqual([
      ["invalid-observation", "value", "NaN"],
    ]);
  });
});

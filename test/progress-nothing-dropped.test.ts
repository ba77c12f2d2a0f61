/**
 * Nothing dropped in silence (issue 11): every row given to assessPlan or scorecard either goes into a result
 * (whose notes say how it was treated) or is listed in `unused` with the reason, and the renderers show the list.
 * Raw rows go through validateObservations, the one step that resolves names, converts units and settles repeats;
 * plain numbers are accepted wherever the published JSON Schema accepts them.
 *
 * Figures are hand-made in the shape an office sends: names where ids belong, county names, a misspelt name, a
 * figure of an indicator without a target, a year in Chinese numerals.
 */
import { describe, expect, it } from "vitest";
import { assessPlan, type ObservationRow, validateObservations, wuwei14 } from "../src/index.js";
import { renderHtml, renderMarkdown, renderText, scorecard } from "../src/report/index.js";
import { observationJsonSchema } from "../src/schema/index.js";

const options = { asOf: "2024-06-30", method: "schedule", region: "wuwei" } as const;

describe("assessPlan and scorecard list what they could not use", () => {
  const rows = [
    // 0: fine — R&D intensity 0.95 % in 2023, completion (0.95 − 0.62) / (1.5 − 0.62) = 0.375.
    { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" },
    // 1: the Chinese name where the id belongs: resolved by validation, and used (66 high-tech enterprises).
    { indicator: "高新技术企业数", region: "武威市", year: 2023, value: "66" },
    // 2: a misspelt indicator name.
    { indicator: "高新技术企业总数", region: "wuwei", year: 2023, value: "66" },
    // 3: a region the plan does not have.
    { indicator: "high-tech-enterprises", region: "兰州市", year: 2023, value: "12" },
    // 4: a baseline-only indicator: no target anywhere (58.4亿元 is a 13th-period total, line 42).
    { indicator: "tech-contract-turnover-13th", region: "wuwei", year: 2023, value: "60" },
    // 5: a year in Chinese numerals.
    { indicator: "rd-intensity", region: "wuwei", year: "二〇二二", value: "0.9" },
    // As an untyped caller (JavaScript, a parsed file) would pass them.
  ] as unknown as ObservationRow[];

  it("names each one with its row, its code and what was meant", () => {
    const report = assessPlan(wuwei14, rows, { asOf: "2024-06-30", method: "schedule" });
    expect(report.unused.map((u) => [u.row, u.code, u.severity])).toEqual([
      [2, "unknown-indicator", "error"],
      [3, "unknown-region", "error"],
      [4, "not-assessed", "warning"],
      [5, "not-a-number", "error"],
    ]);
    expect(report.unused[0]?.message.en).toContain("did you mean");
    expect(report.unused[0]?.message.en).toContain("高新技术企业数");
    expect(report.unused[3]?.path).toEqual([5, "year"]);
    const rd = report.results.find((r) => r.target === "rd-intensity.2025");
    expect([rd?.status, rd?.figures]).toMatchObject(["behind-schedule", { completion: "0.375" }]);
    const high = report.results.find((r) => r.target === "high-tech-enterprises.2025" && r.region === "wuwei");
    expect(high?.latest).toEqual({ year: 2023, value: "66" });
  });

  it("the scorecard carries the list and the text, Markdown and HTML reports print it", () => {
    const card = scorecard(wuwei14, rows, { asOf: "2024-06-30", method: "schedule", lang: "en" });
    expect(card.unused.map((u) => u.row)).toEqual([2, 3, 4, 5]);
    const text = renderText(card, { lang: "en" });
    expect(text).toContain("Figures not used (4):");
    expect(text).toContain("#3: unknown indicator");
    expect(renderText(card, { lang: "zh" })).toContain("未使用的数据（4条）：");
    expect(renderMarkdown(card, { lang: "en" })).toContain("#6: ");
    expect(renderHtml(card, { lang: "en" })).toMatch(/#5: [^<]*no target of this indicator applies/);
  });

  it("validated input is taken as it is: the same results, and the issues of rejected rows", () => {
    const validated = validateObservations(wuwei14, rows);
    const fromValidated = assessPlan(wuwei14, validated, { asOf: "2024-06-30", method: "schedule" });
    const fromRows = assessPlan(wuwei14, rows, { asOf: "2024-06-30", method: "schedule" });
    expect(fromValidated.results.map((r) => [r.status, r.latest])).toEqual(
      fromRows.results.map((r) => [r.status, r.latest]),
    );
    expect(fromValidated.unused.map((u) => u.row)).toEqual([2, 3, 4, 5]);
  });

  it("a county figure in a unit that does not convert is named by the city's row, not skipped", () => {
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
    // Validation rejects Tianzhu's figure; without it the city's value cannot be formed, and the row says why.
    const note = row?.notes.find((n) => n.code === "not-derived-from-counties");
    expect(note?.message.en).toContain("no city value for 2023 from the counties");
    // The missing county by its name, and what is known: 10 + 11 + 12 = 33 enterprises (a lower bound on the city).
    expect(note?.message.en).toContain("no figures for Tianzhu Tibetan Autonomous County");
    expect(note?.message.en).toContain("at least 33 enterprises");
    expect(row?.rollup).toEqual([
      {
        year: 2023,
        value: null,
        derived: false,
        lowerBound: "33",
        covers: ["liangzhou", "minqin", "gulang"],
        missing: ["tianzhu"],
      },
    ]);
    expect(report.unused.map((u) => [u.row, u.code])).toEqual([[3, "unit-not-convertible"]]);
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

  it("a number that is not finite is listed as unused, not thrown", () => {
    const report = assessPlan(
      wuwei14,
      [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: Number.NaN }],
      options,
    );
    expect(report.unused.map((u) => [u.row, u.code])).toEqual([[0, "not-a-number"]]);
    const row = report.results.find((r) => r.target === "rd-intensity.2025");
    expect(row?.notes.map((n) => n.code)).toContain("figures-rejected");
  });
});

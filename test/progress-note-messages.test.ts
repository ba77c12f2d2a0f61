/**
 * Assessment notes as data (issue 11, item 5): each note is its code and its params, and its message in Chinese and
 * English renders again from the per-locale templates, `assessmentNoteMessages[lang][code](params)`. Expected texts
 * are written by hand from the plan's figures; the rest of the file checks that every note the example data gives
 * re-renders to the words it carries, before and after a round trip through JSON.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  ASSESSMENT_NOTE_CODES,
  type AssessmentNote,
  assess,
  assessmentNoteMessages,
  assessPlan,
  definePlan,
  METHODS,
  validateObservations,
  wuwei14,
} from "@wuwei/sti-plan";
import { readObservations } from "@wuwei/sti-plan/io";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

/** Render a note again from its code and params. */
function rerender(n: AssessmentNote, lang: "zh" | "en"): string {
  const template = assessmentNoteMessages[lang][n.code] as (p: AssessmentNote["params"]) => string;
  return template(n.params);
}

describe("assessment notes render from their params", () => {
  it("has a template in both languages for every code, and no other", () => {
    for (const lang of ["zh", "en"] as const) {
      expect(Object.keys(assessmentNoteMessages[lang]).sort()).toEqual([...ASSESSMENT_NOTE_CODES].sort());
      expect(Object.isFrozen(assessmentNoteMessages[lang])).toBe(true);
    }
  });

  it("凉州区 alone in 2023: the city's note carries the year, the level, the reason and the known part", () => {
    const rows = [{ indicator: "高新技术企业数", region: "凉州区", year: 2023, value: "45" }];
    const report = assessPlan(wuwei14, rows, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
    const high = report.results.find((r) => r.target === "high-tech-enterprises.2025");
    const n = high?.notes.find((x) => x.code === "not-derived-from-counties");
    expect(n?.code).toBe("not-derived-from-counties");
    if (n?.code !== "not-derived-from-counties") return;
    expect(n.params.level).toBe("city");
    expect(n.params.year).toBe(2023);
    expect(n.params.reason).toEqual({
      zh: "缺民勤县、古浪县、天祝藏族自治县的数据",
      en: "no figures for Minqin County, Gulang County, Tianzhu Tibetan Autonomous County",
    });
    // 家 / enterprises is the unit of 高新技术企业数 (表1 row 8).
    expect(n.params.known).toEqual({
      value: "45",
      unit: { zh: "家", en: "enterprises" },
      regions: [{ zh: "凉州区", en: "Liangzhou District" }],
    });
    expect(rerender(n, "zh")).toBe(
      "2023年全市数值不能由各县区数据得出：缺民勤县、古浪县、天祝藏族自治县的数据；已知部分：至少45家（凉州区）",
    );
    // The same params in another level's words: a province's whole and its cities.
    expect(assessmentNoteMessages.en["not-derived-from-counties"]({ ...n.params, level: "province" })).toBe(
      "no province value for 2023 from the cities: no figures for Minqin County, Gulang County, Tianzhu Tibetan Autonomous County; known part: at least 45 enterprises (Liangzhou District)",
    );
  });

  it("R&D intensity met in 2024 against the 2025 target: achieved early, with both years as params", () => {
    // 表1 row 1: R&D intensity 0.62 % in 2020, 1.5 % by 2025.
    const a = assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "0.62" },
        target: { year: 2025, value: "1.5" },
        series: [{ year: 2024, value: "1.6" }],
      },
      { method: "schedule" },
    );
    const n = a.notes.find((x) => x.code === "achieved-early");
    expect(n?.params).toEqual({ year: 2024, targetYear: 2025 });
    expect(n?.message).toEqual({
      zh: "2024年已提前实现2025年目标",
      en: "the 2025 target was already met in 2024 (achieved early)",
    });
  });

  it("figures after the evaluation date: the years are the params, in both languages' lists", () => {
    const rows = [
      { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "1.1" },
      { indicator: "rd-intensity", region: "wuwei", year: 2024, value: "1.2" },
      { indicator: "rd-intensity", region: "wuwei", year: 2025, value: "1.3" },
    ];
    const report = assessPlan(wuwei14, rows, { asOf: "2023-12-31", method: "schedule", region: "wuwei" });
    const n = report.results
      .find((r) => r.indicator === "rd-intensity")
      ?.notes.find((x) => x.code === "after-as-of-ignored");
    expect(n?.params).toEqual({ years: [2024, 2025] });
    expect(n?.message.zh).toBe("2024、2025年数据晚于评估日期，不使用");
    expect(n?.message.en).toBe("data for 2024, 2025 are after the evaluation date and not used");
  });

  it("a note is frozen, params included, and serialises with its code, params and messages", () => {
    const a = assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "0.62" },
        target: { year: 2025, value: "1.5" },
        series: [],
      },
      { method: "schedule" },
    );
    const [n] = a.notes;
    expect(n?.code).toBe("no-data");
    expect(Object.isFrozen(n)).toBe(true);
    expect(Object.isFrozen(n?.params)).toBe(true);
    expect(Object.isFrozen(n?.message)).toBe(true);
    // No figure after the baseline year 2020.
    const plain = {
      code: "no-data",
      params: { after: 2020 },
      message: { zh: "2020年以后没有数据", en: "no data after 2020" },
    };
    expect(JSON.parse(JSON.stringify(n))).toEqual(plain);
    expect(structuredClone(n)).toEqual(plain);
  });
});

describe("every note of the example data re-renders from its params", () => {
  const wuweiRows = readObservations(readFileSync(resolve(root, "examples/wuwei-2020-2025.csv"))).rows;
  const gansu = definePlan(JSON.parse(readFileSync(resolve(root, "examples/gansu-14-illustrative.json"), "utf8")));
  const gansuRows = readObservations(readFileSync(resolve(root, "examples/gansu-2020-2025-illustrative.csv"))).rows;
  // Part of 凉州区's figures and none of the other counties': the roll-up's notes (derived, not derived, differs).
  const partial = [
    ...wuweiRows,
    { indicator: "high-tech-enterprises", region: "liangzhou", year: 2023, value: "45" },
    { indicator: "high-tech-enterprises", region: "minqin", year: 2023, value: "9" },
  ];
  const cases = [
    { name: "Wuwei", plan: wuwei14, rows: wuweiRows },
    { name: "Wuwei with county figures", plan: wuwei14, rows: partial },
    { name: "Gansu", plan: gansu, rows: gansuRows },
  ];

  it.each(cases)("$name: each method, two evaluation dates", ({ plan, rows }) => {
    const validated = validateObservations(plan, rows);
    const seen = new Set<string>();
    let count = 0;
    for (const method of METHODS) {
      for (const asOf of ["2023-12-31", "2026-11-27"]) {
        for (const result of assessPlan(plan, validated, { asOf, method }).results) {
          for (const n of result.notes) {
            count++;
            seen.add(n.code);
            for (const lang of ["zh", "en"] as const) expect(rerender(n, lang)).toBe(n.message[lang]);
            const back = JSON.parse(JSON.stringify(n)) as AssessmentNote;
            expect(rerender(back, "zh")).toBe(n.message.zh);
            expect(rerender(back, "en")).toBe(n.message.en);
          }
        }
      }
    }
    // Enough notes of enough kinds for the check to mean something.
    expect(count).toBeGreaterThan(20);
    expect(seen.size).toBeGreaterThan(3);
  });
});

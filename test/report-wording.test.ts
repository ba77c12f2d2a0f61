import { describe, expect, it } from "vitest";
import { validateObservations, wuwei14 } from "../src/index.js";
import { planOverview, renderCsv, renderSvg, renderText, scorecard } from "../src/report/index.js";

const rows = [
  ...[3, 4, 2, 3, 5].map((value, i) => ({
    indicator: "ip-advantage-enterprises",
    region: "wuwei",
    year: 2021 + i,
    value,
  })),
  { indicator: "fiscal-st-expenditure", region: "wuwei", year: 2021, value: 9000 },
  { indicator: "fiscal-st-expenditure", region: "wuwei", year: 2022, value: 8800 },
  { indicator: "st-progress-rank", region: "wuwei", year: 2020, value: 7 },
  { indicator: "st-progress-rank", region: "wuwei", year: 2025, value: 5 },
];
const { observations, issues } = validateObservations(wuwei14, rows);
const card = scorecard(wuwei14, observations, { asOf: "2026-11-27", method: "schedule", region: "wuwei" });

describe("what an analyst reads", () => {
  it("the input is clean", () => {
    expect(issues).toEqual([]);
  });

  it("says in a note which years an annual target was missed (the table has no column for them)", () => {
    const zh = renderText(card, { lang: "zh" }).split("\n");
    const row = zh.find((l) => l.startsWith("市级知识产权优势企业(家)"));
    const ref = /\[(\d+)\]\s*$/.exec(row ?? "")?.[1];
    expect(row).toContain("每年不低于 3 (2025)");
    expect(row).toContain("未实现");
    expect(zh).toContain(`[${ref}] 2023年未达到年度目标`);
    const en = renderText(card, { lang: "en" }).split("\n");
    expect(en.some((l) => /^\[\d+\] annual target not met in 2023$/.test(l))).toBe(true);
  });

  it("heads every figure column of the Chinese CSV in Chinese, one year of an annual row included", () => {
    const header = renderCsv(card, { lang: "zh" }).split("\r\n")[0]?.split(",") ?? [];
    expect(header).toEqual(expect.arrayContaining(["下降次数", "比较次数", "2021年", "2025年"]));
    expect(header.filter((h) => /^[a-z]/.test(h))).toEqual([]);
    const en = renderCsv(card, { lang: "en" }).split("\r\n")[0]?.split(",") ?? [];
    expect(en).toEqual(expect.arrayContaining(["falls", "comparisons", "year.2021", "year.2025"]));
  });

  it("words a target's kind after its figure in English, before the comparator in Chinese", () => {
    const en = renderText(planOverview(wuwei14, { region: "wuwei" }), { lang: "en" });
    for (const words of [
      "at least 3 a year (2025)",
      "at least 20 more (2025)",
      "reach 3 more (2025)",
      "strive for 100 in total (2025)",
      "ensure 5 a year (2025)",
    ]) {
      expect(en, words).toContain(`  ${words}  `);
    }
    expect(en).not.toMatch(/each year |increase (at|reach)/);
    const zh = renderText(planOverview(wuwei14, { region: "wuwei" }), { lang: "zh" });
    for (const words of ["每年不低于 3 (2025)", "新增不低于 20 (2025)", "新增达到 3 (2025)", "累计力争 100 (2025)"]) {
      expect(zh, words).toContain(`  ${words}  `);
    }
  });

  it("says positions gained and needed of a rank in plain words in the chart", () => {
    expect(renderSvg(card, { lang: "en" })).toContain(">gained 2 positions, 1 needed<");
    expect(renderSvg(card, { lang: "zh" })).toContain(">已提升 2 位，需提升 1 位<");
  });
});

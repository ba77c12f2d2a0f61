import { describe, expect, it } from "vitest";
import { validateObservations, wuwei14 } from "../src/index.js";

// What offices write in their tables, with the indicator each name must mean (decision indicator-names).
const row = (indicator: string, region: string, value: string, year = 2022) => ({ indicator, region, year, value });

describe("names people write (issue 12, item 3)", () => {
  it.each([
    ["R&D经费投入强度", "rd-intensity"],
    ["研发投入强度", "rd-intensity"],
    ["研发经费投入强度(%)", "rd-intensity"],
    ["高新技术企业数量", "high-tech-enterprises"],
    ["技术合同成交额", "tech-contract-turnover"],
    ["技术市场成交额", "tech-contract-turnover"],
    ["技术合同成交额(亿元)", "tech-contract-turnover"],
    // The 13th-plan five-year total keeps its own name: a different indicator.
    ["技术合同交易额", "tech-contract-turnover-13th"],
  ])("reads %s as %s", (name, id) => {
    const { observations, issues } = validateObservations(wuwei14, [row(name, "武威市", "10")]);
    expect(issues).toEqual([]);
    expect(observations.map((o) => o.indicator)).toEqual([id]);
  });

  it("never proposes the 13th-plan total for 技术合同成交额: the alias matches, there is nothing to correct", () => {
    const { issues } = validateObservations(wuwei14, [row("技术合同成交额", "全市", "16.2")]);
    expect(issues.filter((i) => i.code === "unknown-indicator")).toEqual([]);
  });

  it("suggests the alias, not another measure, for a misspelt alias", () => {
    const { issues } = validateObservations(wuwei14, [row("技术合同成交金", "全市", "16.2")]);
    const suggestions = issues.find((i) => i.code === "unknown-indicator")?.params.suggestions ?? [];
    expect(suggestions[0]).toBe("技术合同成交金额");
    expect(suggestions).not.toContain("技术合同交易额");
  });

  it("gives every alias to one indicator only, and never an indicator's own name to another", () => {
    const owner = new Map<string, string>();
    for (const i of wuwei14.indicators) for (const n of [i.id, i.name.zh, i.name.en]) owner.set(n.toLowerCase(), i.id);
    for (const i of wuwei14.indicators) {
      for (const alias of i.aliases ?? []) {
        const key = alias.toLowerCase();
        expect(owner.get(key) ?? i.id, alias).toBe(i.id);
        owner.set(key, i.id);
      }
    }
  });

  it("reads 全市 as the city", () => {
    const { observations, issues } = validateObservations(wuwei14, [row("高新技术企业数量", "全市", "64")]);
    expect(issues).toEqual([]);
    expect(observations[0]?.region).toBe("wuwei");
  });

  it("reads 市本级 as the city for the own-level fiscal share, and refuses it for a whole-area count", () => {
    // 市本级0.75 is how 表1 itself writes the city's own-level share (line 116).
    const { observations, issues } = validateObservations(wuwei14, [
      row("本级财政科技支出占一般公共预算支出比重", "市本级", "0.81"),
      row("高新技术企业数量", "市本级", "12"),
    ]);
    expect(observations).toEqual([
      { indicator: "fiscal-st-share", region: "wuwei", year: 2022, value: "0.81", unit: "percent" },
    ]);
    expect(issues.map((i) => [i.code, i.row, i.severity])).toEqual([["own-level-region", 1, "error"]]);
    expect(issues[0]?.message.zh).toContain("全市");
    expect(issues[0]?.message.en).toContain("whole city");
  });

  it("reads a county's own level (民勤县本级, 区本级) for the fiscal share, and names the county when refusing it", () => {
    // 市、县两级本级 (line 114): each county's own-level share has the target 1 % (line 118).
    const { observations, issues } = validateObservations(wuwei14, [
      row("本级财政科技支出占一般公共预算支出比重", "民勤县本级", "0.9"),
      row("本级财政科技支出占一般公共预算支出比重", "区本级", "1.1"),
      row("高新技术企业数量", "民勤县本级", "3"),
      row("高新技术企业数量", "凉州区本级", "5"),
      row("本级财政科技支出占一般公共预算支出比重", "县本级", "1"),
    ]);
    expect(observations.map((o) => [o.region, o.value])).toEqual([
      ["minqin", "0.9"],
      ["liangzhou", "1.1"],
    ]);
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ["own-level-region", 2],
      ["own-level-region", 3],
      // 县本级 could be any of three counties: no region.
      ["unknown-region", 4],
    ]);
    expect(issues[0]?.message.zh).toBe(
      '"民勤县本级" 是民勤县本级口径，不是全域：指标“高新技术企业数”按全域统计，请填报民勤县全县的数字',
    );
    expect(issues[1]?.message.zh).toContain("请填报凉州区全区的数字");
    expect(issues[0]?.message.en).toContain("the own level (本级) of the county government of Minqin County");
    expect(issues[0]?.message.en).toContain("report the figure for the whole county (Minqin County) instead");
  });

  it("records the 市本级 decision on the region", () => {
    const city = wuwei14.regions.find((r) => r.id === "wuwei");
    const decision = wuwei14.decisions.find((d) => d.id === "city-own-level-name")?.decision;
    expect(decision).toBeDefined();
    expect(city?.notes).toContain(decision);
  });
});

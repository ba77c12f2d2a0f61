/**
 * A small plan for tests of reported figures: the real ids, units and regions of the Wuwei 14th plan, with six
 * indicators that cover every unit dimension the checks treat differently. Names and figures follow 表1 of
 * 武政办发〔2022〕9号 (lines 98–154 of the plan's text); the person count (科技特派员) is illustrative.
 */
import { definePlan, type Plan, wuwei14 } from "@wuwei/sti-plan";

const ALL = ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"];
const common = { direction: "increase", attribute: "expected", chapter: "goals", baselines: [], targets: [] } as const;

export const fixturePlan: Plan = definePlan({
  ...JSON.parse(JSON.stringify({ ...wuwei14, indicators: [], chapters: [], boxes: [], principles: [], decisions: [] })),
  id: "fixture",
  chapters: [
    {
      id: "goals",
      number: 1,
      title: { zh: "发展目标", en: "Goals" },
      source: { line: 72, quote: "发展目标" },
      sections: [],
    },
  ],
  indicators: [
    {
      ...common,
      id: "st-progress-rank",
      name: { zh: "综合科技进步水平(位)", en: "Comprehensive S&T progress level (rank)" },
      unit: "rank",
      direction: "decrease",
      headline: { row: 1 },
      peers: 14,
      aggregation: { method: "none" },
      regions: ["wuwei"],
      source: { line: 98, quote: "综合科技进步水平(位)" },
    },
    {
      ...common,
      id: "rd-intensity",
      name: { zh: "研发经费投入强度", en: "R&D intensity" },
      unit: "percent",
      headline: { row: 2 },
      aggregation: { method: "none" },
      regions: ["wuwei"],
      source: { line: 106, quote: "研发经费投入强度(%" },
    },
    {
      ...common,
      id: "fiscal-st-share",
      name: {
        zh: "市、县两级本级财政科技支出占一般公共预算支出的比重",
        en: "Fiscal S&T expenditure share of general public budget expenditure (own level)",
      },
      unit: "percent",
      headline: { row: 3 },
      basis: "own-level",
      aggregation: { method: "none" },
      regions: ALL,
      source: { line: 114, quote: "市、县两级本级财政科技支出占一般公共预算支出的比重(%" },
    },
    {
      ...common,
      id: "tech-contract-turnover",
      name: { zh: "技术市场成交合同金额", en: "Technology market contract turnover" },
      unit: "cny-100m",
      headline: { row: 7 },
      aggregation: { method: "sum" },
      regions: ALL,
      source: { line: 146, quote: "技术市场成交合同金额(亿元)" },
    },
    {
      ...common,
      id: "high-tech-enterprises",
      name: { zh: "高新技术企业数", en: "High-tech enterprises" },
      unit: "enterprise",
      headline: { row: 8 },
      aggregation: { method: "sum" },
      regions: ALL,
      source: { line: 154, quote: "高新技术企业数(家)" },
    },
    {
      ...common,
      id: "st-commissioners",
      name: { zh: "科技特派员人数", en: "S&T commissioners" },
      unit: "person",
      aggregation: { method: "sum" },
      regions: ALL,
      source: { line: 44, quote: "科技特派员" },
    },
  ],
});

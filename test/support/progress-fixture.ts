/**
 * A small plan for the progress tests, built with definePlan: one city with four counties, and one indicator for
 * each kind of target. Figures are made up (the R&D row borrows the real plan's 0.62 → 1.5).
 */
import { definePlan, type Plan, type PlanInput } from "../../src/model/index.js";

const src = { line: 1, quote: "fixture" };
const COUNTIES = ["liangzhou", "minqin", "gulang", "tianzhu"];

const base = (
  id: string,
  unit: string,
  direction: "increase" | "decrease",
  extra: Partial<PlanInput["indicators"][number]>,
): PlanInput["indicators"][number] => ({
  id,
  name: { zh: id, en: id },
  unit,
  direction,
  attribute: "expected",
  chapter: "goals",
  aggregation: { method: "sum" },
  regions: ["wuwei"],
  source: src,
  baselines: [],
  targets: [],
  ...extra,
});

export const progressFixtureInput: PlanInput = {
  id: "fixture-14",
  title: { zh: "测试规划", en: "Fixture plan" },
  document: {
    number: "测试〔2022〕1号",
    issuer: { zh: "测试", en: "Fixture" },
    written: "2022-01-05",
    issued: "2022-01-05",
    text: "fixture",
    source: src,
  },
  period: { start: 2021, end: 2025 },
  baselineYear: 2020,
  basedOn: [],
  regions: [
    { id: "wuwei", name: { zh: "武威市", en: "Wuwei City" }, level: "city" },
    ...COUNTIES.map((id) => ({ id, name: { zh: id, en: id }, level: "county" as const, parent: "wuwei" })),
  ],
  units: [
    { id: "percent", symbol: { zh: "%", en: "%" }, dimension: "percent" },
    { id: "rank", symbol: { zh: "位", en: "rank" }, dimension: "rank" },
    { id: "enterprise", symbol: { zh: "家", en: "enterprises" }, dimension: "count" },
    { id: "cny-10k", symbol: { zh: "万元", en: "10 thousand yuan" }, dimension: "currency", scale: 4 },
    { id: "cny-100m", symbol: { zh: "亿元", en: "100 million yuan" }, dimension: "currency", scale: 8 },
  ],
  principles: [],
  chapters: [{ id: "goals", number: 1, title: { zh: "目标", en: "Goals" }, source: src, sections: [] }],
  boxes: [],
  decisions: [],
  indicators: [
    base("st-progress-rank", "rank", "decrease", {
      peers: 14,
      aggregation: { method: "none" },
      baselines: [{ region: "wuwei", year: 2020, value: "7", source: src }],
      targets: [
        {
          id: "st-progress-rank.2025",
          kind: "rank",
          comparator: "reach",
          value: "6",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    base("rd-intensity", "percent", "increase", {
      aggregation: { method: "ratio", numerator: "rd-expenditure", denominator: "gdp", scale: "100" },
      regions: ["wuwei", ...COUNTIES],
      baselines: [{ region: "wuwei", year: 2020, value: "0.62", source: src }],
      targets: [
        {
          id: "rd-intensity.2025",
          kind: "end-level",
          comparator: "strive-for",
          value: "1.5",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    base("fiscal-st-share", "percent", "increase", {
      aggregation: { method: "none" },
      regions: ["wuwei", ...COUNTIES],
      baselines: [{ region: "wuwei", year: 2020, value: "0.75", source: src }],
      targets: [
        {
          id: "fiscal-st-share.2025.city",
          kind: "end-level",
          comparator: "strive-for",
          value: "2",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
        {
          id: "fiscal-st-share.2025.county",
          kind: "end-level",
          comparator: "strive-for",
          value: "1",
          year: 2025,
          regions: COUNTIES,
          source: src,
        },
      ],
    }),
    base("high-tech-enterprises", "enterprise", "increase", {
      regions: ["wuwei", ...COUNTIES],
      baselines: [{ region: "wuwei", year: 2020, value: "28", source: src }],
      targets: [
        {
          id: "high-tech-enterprises.2025",
          kind: "end-level",
          comparator: "at-least",
          value: "70",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    base("tech-contract-turnover", "cny-100m", "increase", {
      regions: ["wuwei", ...COUNTIES],
      baselines: [{ region: "wuwei", year: 2020, value: "8.2", source: src }],
      targets: [
        {
          id: "tech-contract-turnover.2025",
          kind: "end-level",
          comparator: "at-least",
          value: "15",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    base("new-high-tech-certified", "enterprise", "increase", {
      targets: [
        {
          id: "new-high-tech-certified.annual",
          kind: "annual-floor",
          comparator: "at-least",
          value: "10",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    base("talent-absorbed", "enterprise", "increase", {
      targets: [
        {
          id: "talent-absorbed.2021-2025",
          kind: "cumulative",
          comparator: "at-least",
          value: "100",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    base("park-enterprises-added", "enterprise", "increase", {
      targets: [
        {
          id: "park-enterprises-added.2025",
          kind: "increment",
          comparator: "at-least",
          value: "30",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    base("farmland-area", "percent", "increase", {
      attribute: "binding",
      aggregation: { method: "none" },
      baselines: [{ region: "wuwei", year: 2020, value: "50", source: src }],
      targets: [
        {
          id: "farmland-area.never-decrease",
          kind: "never-decrease",
          comparator: "never-decrease",
          year: 2025,
          regions: ["wuwei"],
          source: src,
        },
      ],
    }),
    // The components of rd-intensity, which county figures are reported as.
    base("rd-expenditure", "cny-100m", "increase", { role: "component", regions: ["wuwei", ...COUNTIES] }),
    base("gdp", "cny-100m", "increase", { role: "component", regions: ["wuwei", ...COUNTIES] }),
  ],
};

/** The fixture plan, checked and frozen. */
export const progressFixture: Plan = definePlan(progressFixtureInput);

/**
 * Roll-up at every level of the region tree (issue 13, item 3): a region's value for a year is its own figure, or
 * its children's (each by its own figure or, recursively, its children's); sums add up exactly, ratios come from
 * summed numerators and denominators, a missing child is named, and for sums of figures that cannot be negative the
 * known part is kept as a lower bound, never as the value. A child's figure is a contribution, not out of scope.
 *
 * Every expected value is worked out by hand beside its fixture.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessPlan,
  definePlan,
  type Plan,
  type PlanInput,
  rollUpSeries,
  validateObservations,
  wuwei14,
} from "../src/index.js";
import { fig } from "./support/figures.js";

type RegionInput = PlanInput["regions"][number];
type IndicatorInput = PlanInput["indicators"][number];

const common = {
  direction: "increase" as const,
  attribute: "expected" as const,
  chapter: "goals",
  baselines: [],
  targets: [],
};
const src = { line: 1, quote: "示例" };

/** A small plan on the standard units of the embedded plan, with the regions and indicators given. */
function planOf(regions: readonly RegionInput[], indicators: readonly IndicatorInput[]): Plan {
  const base = JSON.parse(
    JSON.stringify({ ...wuwei14, indicators: [], chapters: [], boxes: [], principles: [], decisions: [] }),
  ) as PlanInput;
  return definePlan({
    ...base,
    id: "rollup-test",
    regions: [...regions],
    chapters: [{ id: "goals", number: 1, title: { zh: "目标", en: "Goals" }, source: src, sections: [] }],
    indicators: [...indicators],
  });
}

const region = (id: string, level: RegionInput["level"], parent?: string): RegionInput => ({
  id,
  name: { zh: `${id}地区`, en: `Region ${id}` },
  level,
  ...(parent === undefined ? {} : { parent }),
});

/** A sum indicator whose only region (and target region) is `root`; 2020 baseline and 2025 target as given. */
const sumIndicator = (id: string, unit: string, root: string, baseline: string, target: string): IndicatorInput => ({
  ...common,
  id,
  name: { zh: `指标${id}`, en: `Indicator ${id}` },
  unit,
  aggregation: { method: "sum" },
  regions: [root],
  source: src,
  baselines: [{ region: root, year: 2020, value: baseline, source: src }],
  targets: [
    {
      id: `${id}.2025`,
      kind: "end-level",
      comparator: "at-least",
      value: target,
      year: 2025,
      regions: [root],
      source: src,
    },
  ],
});

/** `n · 10^-k` as a canonical decimal string. */
function write(n: bigint, k: number): string {
  const digits = n.toString().padStart(k + 1, "0");
  const int = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k).replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

describe("law: the root's derived figure is the exact total of the leaves, for any three-level tree", () => {
  // A tree: one province, 1–4 cities, each with 0–3 counties (a city without counties is a leaf itself).
  const tree = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 });
  // Leaf figures: whole enterprises, or 万元-precise amounts in 亿元 (n · 10^-4).
  const amount = fc.bigInt({ min: 0n, max: 10n ** 10n });

  it("sums of whole counts and of decimals, reported by leaves, by the root, or by both", () => {
    fc.assert(
      fc.property(tree, fc.array(amount, { minLength: 16, maxLength: 16 }), fc.boolean(), (shape, values, whole) => {
        const regions: RegionInput[] = [region("p", "province")];
        const leaves: string[] = [];
        shape.forEach((counties, c) => {
          regions.push(region(`c${c}`, "city", "p"));
          if (counties === 0) leaves.push(`c${c}`);
          for (let k = 0; k < counties; k++) {
            regions.push(region(`c${c}-${k}`, "county", `c${c}`));
            leaves.push(`c${c}-${k}`);
          }
        });
        const unit = whole ? "enterprise" : "cny-100m";
        const scale = whole ? 0 : 4;
        const plan = planOf(regions, [sumIndicator("x", unit, "p", "1", "1000000")]);
        const figures = leaves.map((id, i) => ({
          indicator: "x",
          region: id,
          year: 2023,
          value: write(values[i] ?? 0n, scale),
        }));
        // The total by hand: bigint addition of the same integers, scaled back.
        const total = write(
          leaves.reduce((s, _, i) => s + (values[i] ?? 0n), 0n),
          scale,
        );
        const fromLeaves = validateObservations(plan, figures);
        // Leaves' figures are contributions to the province's, not out of scope.
        expect(fromLeaves.issues.filter((i) => i.severity === "error")).toEqual([]);
        const series = rollUpSeries(plan, fromLeaves, { indicator: "x", region: "p" });
        expect(series.points).toEqual([{ year: 2023, value: total, derived: true }]);

        const options = { asOf: "2023-12-31", method: "schedule", region: "p" } as const;
        const a = assessPlan(plan, fromLeaves, options).results[0];
        const own = [{ indicator: "x", region: "p", year: 2023, value: total }];
        const b = assessPlan(plan, own, options).results[0];
        const both = assessPlan(plan, [...figures, ...own], options).results[0];
        expect(a?.latest).toEqual({ year: 2023, value: total });
        expect([a?.status, a?.figures]).toEqual([b?.status, b?.figures]);
        expect([both?.status, both?.figures, both?.latest]).toEqual([b?.status, b?.figures, b?.latest]);
        expect(both?.notes.map((n) => n.code)).not.toContain("city-differs-from-counties");
        // Every leaf figure went into the result: none is listed as unused.
        expect(assessPlan(plan, [...figures, ...own], options).unused).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("a ratio through two levels", () => {
  // Province p → city a (counties a1, a2) and city b (no counties). R&D intensity = 100 × R&D expenditure / GDP.
  const plan = planOf(
    [
      region("p", "province"),
      region("a", "city", "p"),
      region("b", "city", "p"),
      region("a1", "county", "a"),
      region("a2", "county", "a"),
    ],
    [
      {
        ...common,
        id: "intensity",
        name: { zh: "研发强度", en: "Intensity" },
        unit: "percent",
        aggregation: { method: "ratio", numerator: "rd", denominator: "gdp", scale: "100" },
        regions: ["p"],
        source: src,
        baselines: [{ region: "p", year: 2020, value: "1", source: src }],
        targets: [
          {
            id: "intensity.2025",
            kind: "end-level",
            comparator: "at-least",
            value: "2",
            year: 2025,
            regions: ["p"],
            source: src,
          },
        ],
      },
      {
        ...common,
        id: "rd",
        role: "component",
        name: { zh: "研发经费", en: "R&D" },
        unit: "cny-100m",
        aggregation: { method: "sum" },
        regions: ["p"],
        source: src,
      },
      {
        ...common,
        id: "gdp",
        role: "component",
        name: { zh: "生产总值", en: "GDP" },
        unit: "cny-100m",
        aggregation: { method: "sum" },
        regions: ["p"],
        source: src,
      },
    ],
  );
  const row = (indicator: string, region: string, value: string, unit?: string) => ({
    indicator,
    region,
    year: 2023,
    value,
    ...(unit === undefined ? {} : { unit }),
  });
  // a1: 1 亿 of 100 亿; a2: 20000 万元 = 2 亿 of 150 亿; b: 3.5 亿 of 250 亿.
  const figures = [
    row("rd", "a1", "1"),
    row("gdp", "a1", "100"),
    row("rd", "a2", "20000", "万元"),
    row("gdp", "a2", "150"),
    row("rd", "b", "3.5"),
    row("gdp", "b", "250"),
  ];

  it("recomputes the ratio from the summed components: 100 × (1 + 2 + 3.5) / (100 + 150 + 250) = 1.3", () => {
    // (An average of the three ratios, (1 + 1.3333… + 1.4) / 3 = 1.2444…, would be wrong.)
    const report = assessPlan(plan, figures, { asOf: "2023-12-31", method: "schedule" });
    const r = report.results[0];
    expect(r?.latest).toEqual({ year: 2023, value: "1.3" });
    // Completion (1.3 − 1) / (2 − 1) = 0.3 against a time share of 3/5.
    expect([r?.status, fig(r, "completion")]).toEqual(["behind-schedule", "0.3"]);
    expect(r?.rollup).toEqual([
      { year: 2023, value: "1.3", derived: true, lowerBound: null, covers: ["a", "b"], missing: [] },
    ]);
    expect(r?.notes.map((n) => n.code)).toContain("derived-from-counties");
    expect(report.unused).toEqual([]);
  });

  it("a city's own components stand for its counties'; missing components are named, with no lower bound", () => {
    // City a reports its own totals (3 亿 of 250 亿), the same as its counties' sums: no difference noted.
    const own = [...figures, row("rd", "a", "3"), row("gdp", "a", "250")];
    const r = assessPlan(plan, own, { asOf: "2023-12-31", method: "schedule" }).results[0];
    expect(r?.latest?.value).toBe("1.3");
    expect(r?.notes.map((n) => n.code)).not.toContain("city-differs-from-counties");
    // Without b's GDP: no value, b missing, and no lower bound (a ratio has none).
    const short = assessPlan(plan, figures.slice(0, 5), { asOf: "2023-12-31", method: "schedule" }).results[0];
    expect(short?.status).toBe("not-assessable");
    expect(short?.rollup).toEqual([
      { year: 2023, value: null, derived: false, lowerBound: null, covers: ["a"], missing: ["b"] },
    ]);
    expect(short?.notes.find((n) => n.code === "not-derived-from-counties")?.message.zh).toBe(
      "2023年全省数值不能由各市州数据得出：缺b地区的数据（gdp）",
    );
  });
});

describe("凉州区 2023: 45 high-tech enterprises and nothing from the other counties", () => {
  const rows = [
    { indicator: "高新技术企业数", region: "凉州区", year: 2023, value: "45" },
    { indicator: "评价入库科技型中小企业", region: "凉州区", year: 2023, value: "30" },
  ];

  it("the city is not assessable, but carries the known part: at least 45 of its 70, three counties missing", () => {
    const report = assessPlan(wuwei14, rows, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
    const high = report.results.find((r) => r.target === "high-tech-enterprises.2025");
    // 表1 row 8: 59 in 2020, 70 by 2025 (lines 154–158 of data/wuwei14.txt).
    expect([high?.status, high?.targetValue, high?.latest]).toEqual(["not-assessable", "70", null]);
    expect(high?.rollup).toEqual([
      {
        year: 2023,
        value: null,
        derived: false,
        lowerBound: "45",
        covers: ["liangzhou"],
        missing: ["minqin", "gulang", "tianzhu"],
      },
    ]);
    const note = high?.notes.find((n) => n.code === "not-derived-from-counties");
    expect(note?.message.zh).toBe(
      "2023年全市数值不能由各县区数据得出：缺民勤县、古浪县、天祝藏族自治县的数据；已知部分：至少45家（凉州区）",
    );
    expect(note?.message.en).toBe(
      "no city value for 2023 from the counties: no figures for Minqin County, Gulang County, Tianzhu Tibetan Autonomous County; known part: at least 45 enterprises (Liangzhou District)",
    );
  });

  it("a 凉州区 figure of 评价入库科技型中小企业 (a city-only target) is a contribution, accepted and used", () => {
    const validated = validateObservations(wuwei14, rows);
    expect(validated.issues).toEqual([]);
    expect(validated.observations.map((o) => [o.indicator, o.region, o.value])).toEqual([
      ["high-tech-enterprises", "liangzhou", "45"],
      ["tech-smes-evaluated", "liangzhou", "30"],
    ]);
    const report = assessPlan(wuwei14, validated, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
    // Both figures went into the city's rows: none is unused.
    expect(report.unused).toEqual([]);
    const smes = report.results.find((r) => r.target === "tech-smes-evaluated.annual");
    expect(smes?.rollup.map((p) => [p.year, p.lowerBound, p.covers, p.missing.length])).toEqual([
      [2023, "30", ["liangzhou"], 3],
    ]);
  });

  it("own-level (本级) indicators keep their list: a county's own budget share is no part of the city's", () => {
    // 市、县两级本级财政科技支出占比 is reported for the city and each county (own-level, aggregation none).
    const own = validateObservations(wuwei14, [
      { indicator: "fiscal-st-share", region: "凉州区", year: 2023, value: "0.8" },
    ]);
    expect(own.issues).toEqual([]);
    // The rank (city only, aggregation none) still refuses a county.
    const rank = validateObservations(wuwei14, [
      { indicator: "st-progress-rank", region: "凉州区", year: 2023, value: "6" },
    ]);
    expect(rank.issues.map((i) => i.code)).toEqual(["region-out-of-scope"]);
  });

  it("deriveFromCounties: false uses the city's own figures only", () => {
    const report = assessPlan(wuwei14, rows, { asOf: "2024-06-30", method: "schedule", deriveFromCounties: false });
    const high = report.results.find((r) => r.target === "high-tech-enterprises.2025");
    expect([high?.status, high?.rollup]).toEqual(["not-assessable", []]);
    // Nothing reads the county figures then: both are listed, not dropped.
    expect(report.unused.map((u) => [u.row, u.code])).toEqual([
      [0, "not-assessed"],
      [1, "not-assessed"],
    ]);
  });
});

describe("a mixed tree: one city reports its own total, the other only its counties", () => {
  // Province p → city a (counties a1, a2), city b (counties b1, b2). Enterprises, 20 in 2020, 80 by 2025.
  const plan = planOf(
    [
      region("p", "province"),
      region("a", "city", "p"),
      region("a1", "county", "a"),
      region("a2", "county", "a"),
      region("b", "city", "p"),
      region("b1", "county", "b"),
      region("b2", "county", "b"),
    ],
    [sumIndicator("firms", "enterprise", "p", "20", "80")],
  );
  const f = (region: string, value: string) => ({ indicator: "firms", region, year: 2023, value });
  const options = { asOf: "2023-12-31", method: "schedule", region: "p" } as const;

  it("rolls up to the province exactly: a's 30 and b1 + b2 = 12 + 8 give 50", () => {
    const report = assessPlan(plan, [f("a", "30"), f("b1", "12"), f("b2", "8")], options);
    const r = report.results[0];
    expect(r?.latest).toEqual({ year: 2023, value: "50" });
    // Completion (50 − 20) / (80 − 20) = 0.5 against 3/5: lead −0.1, behind schedule.
    expect([r?.status, fig(r, "completion"), fig(r, "lead")]).toEqual(["behind-schedule", "0.5", "-0.1"]);
    expect(r?.rollup).toEqual([
      { year: 2023, value: "50", derived: true, lowerBound: null, covers: ["a", "b"], missing: [] },
    ]);
    expect(r?.notes.find((n) => n.code === "derived-from-counties")?.message.zh).toBe(
      "2023年全省数值由各市州数据相加得出",
    );
    expect(report.unused).toEqual([]);
  });

  it("a city's own total stands for its subtree, even when only some of its counties reported", () => {
    const r = assessPlan(plan, [f("a", "30"), f("a1", "10"), f("b1", "12"), f("b2", "8")], options).results[0];
    expect(r?.latest?.value).toBe("50");
    expect(r?.notes.map((n) => n.code)).not.toContain("city-differs-from-counties");
  });

  it("a city total that differs from its counties' is kept and named; one missing county leaves a lower bound", () => {
    // a = 30, but a1 + a2 = 10 + 15 = 25: a's figure is used (50 for the province) and the difference is noted.
    const differ = assessPlan(plan, [f("a", "30"), f("a1", "10"), f("a2", "15"), f("b1", "12"), f("b2", "8")], options);
    const r = differ.results[0];
    expect(r?.latest?.value).toBe("50");
    expect(r?.notes.find((n) => n.code === "city-differs-from-counties")?.message.en).toContain(
      "Region a 2023: 30 / 25",
    );
    // Without b2: 30 + 12 = 42 known, b2 missing — at least 42, never 42 as the value.
    const partial = assessPlan(plan, [f("a", "30"), f("b1", "12")], options).results[0];
    expect([partial?.status, partial?.latest]).toEqual(["not-assessable", null]);
    expect(partial?.rollup).toEqual([
      { year: 2023, value: null, derived: false, lowerBound: "42", covers: ["a", "b1"], missing: ["b2"] },
    ]);
  });
});

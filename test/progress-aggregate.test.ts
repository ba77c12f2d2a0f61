/**
 * aggregateRegions as a view of the series step (issue 11): validation converts units and settles repeats, the
 * roll-up (SeriesIndex.derive) gives the value; every figure below is computed by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { definePlan, type PlanInput } from "../src/model/index.js";
import { validateObservations } from "../src/observations/validateObservations.js";
import { wuwei14 } from "../src/plans/wuwei14/index.js";
import { aggregateRegions, rollUpSeries } from "../src/progress/index.js";
import { progressFixtureInput } from "./support/progress-fixture.js";

const COUNTIES = ["liangzhou", "minqin", "gulang", "tianzhu"];
const NAMES = ["凉州区", "民勤县", "古浪县", "天祝藏族自治县"];
const row = (indicator: string, region: string, value: string | number, extra: Record<string, unknown> = {}) => ({
  indicator,
  region,
  year: 2023,
  value,
  ...extra,
});
const firms = COUNTIES.map((c, i) => row("high-tech-enterprises", c, String(10 + i)));
const codes = (notes: readonly { code: string }[]) => notes.map((n) => n.code);

describe("aggregateRegions: sums", () => {
  it("adds the four Wuwei counties: 10 + 11 + 12 + 13 = 46, by id or by name", () => {
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", firms, { year: 2023 });
    expect(r).toEqual({
      indicator: "high-tech-enterprises",
      region: "wuwei",
      year: 2023,
      method: "sum",
      status: "complete",
      value: "46",
      partial: null,
      covers: COUNTIES,
      missing: [],
      notes: [],
      issues: [],
    });
    expect(Object.isFrozen(r) && Object.isFrozen(r.covers)).toBe(true);
    // Validation resolves names: 凉州区 is liangzhou.
    const named = NAMES.map((n, i) => row("high-tech-enterprises", n, 10 + i));
    expect(aggregateRegions(wuwei14, "high-tech-enterprises", named, { year: 2023 }).value).toBe("46");
  });

  it("a missing county: incomplete, the known part 10 + 11 + 12 = 33 as a lower bound, tianzhu named", () => {
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", firms.slice(0, 3), { year: 2023 });
    expect([r.status, r.value, r.partial, r.covers, r.missing]).toEqual([
      "incomplete",
      null,
      "33",
      ["liangzhou", "minqin", "gulang"],
      ["tianzhu"],
    ]);
    expect(codes(r.notes)).toEqual(["regions-missing"]);
    expect(r.notes[0]?.params).toEqual({ regions: ["tianzhu"] });
    // The same lower bound as the series step's.
    const s = rollUpSeries(wuwei14, validateObservations(wuwei14, firms.slice(0, 3)), {
      indicator: "high-tech-enterprises",
      region: "wuwei",
    });
    expect(s.rollup[0]?.lowerBound).toBe(r.partial);
  });

  it("nothing reported: incomplete, no lower bound, every county missing", () => {
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", [], { year: 2023 });
    expect([r.status, r.value, r.partial, r.covers, r.missing]).toEqual(["incomplete", null, null, [], COUNTIES]);
    // Figures of another year do not count for 2023.
    const other = aggregateRegions(wuwei14, "high-tech-enterprises", firms, { year: 2022 });
    expect([other.status, other.missing]).toEqual(["incomplete", COUNTIES]);
  });

  it("converts units in validation, exactly: 1.5 亿元 as 15000 万元, and 279999.9999 万元 stays 27.99999999 亿元", () => {
    // 15000 万元 = 1.5 亿元; 2 + 3 + 4 + 1.5 = 10.5 亿元.
    const mixed = aggregateRegions(
      wuwei14,
      "tech-contract-turnover",
      [
        row("tech-contract-turnover", "liangzhou", "2"),
        row("tech-contract-turnover", "minqin", "3", { unit: "cny-100m" }),
        row("tech-contract-turnover", "gulang", "4亿元"),
        row("tech-contract-turnover", "tianzhu", "15000", { unit: "cny-10k" }),
      ],
      { year: 2023 },
    );
    expect([mixed.status, mixed.value, mixed.issues]).toEqual(["complete", "10.5", []]);
    // 100000 + 60000 + 60000 + 59999.9999 万元 = 279999.9999 万元 = 27.99999999 亿元: never rounded to 28.
    const close = aggregateRegions(
      wuwei14,
      "tech-contract-turnover",
      ["100000", "60000", "60000", "59999.9999"].map((v, i) =>
        row("tech-contract-turnover", COUNTIES[i] as string, v, { unit: "cny-10k" }),
      ),
      { year: 2023 },
    );
    expect(close.value).toBe("27.99999999");
  });

  it("a duplicate conflict is validation's issue, and the county is missing: 10 + 12 + 13 = 35 known", () => {
    const rows = [...firms, row("high-tech-enterprises", "minqin", "12")];
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", rows, { year: 2023 });
    expect([r.status, r.partial, r.covers, r.missing]).toEqual([
      "incomplete",
      "35",
      ["liangzhou", "gulang", "tianzhu"],
      ["minqin"],
    ]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [1, "duplicate-conflict"],
      [4, "duplicate-conflict"],
    ]);
    // An identical repeat is dropped with a warning and the sum is complete.
    const same = aggregateRegions(
      wuwei14,
      "high-tech-enterprises",
      [...firms, row("high-tech-enterprises", "minqin", "11")],
      { year: 2023 },
    );
    expect([same.status, same.value, same.issues.map((i) => i.code)]).toEqual([
      "complete",
      "46",
      ["duplicate-identical"],
    ]);
  });

  it("a malformed value is validation's issue, not a throw: the county is missing", () => {
    const rows = firms.map((f, i) => (i === 3 ? { ...f, value: "1,2.3" } : f));
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", rows, { year: 2023 });
    expect([r.status, r.partial, r.missing]).toEqual(["incomplete", "33", ["tianzhu"]]);
    expect(r.issues.map((i) => [i.row, i.severity])).toEqual([[3, "error"]]);
  });

  it("takes a validation result as it is, and returns its issues unfiltered", () => {
    const validated = validateObservations(wuwei14, [...firms, row("gdp", "wuwei", "-1")]);
    expect(validated.issues.length).toBeGreaterThan(0);
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", validated, { year: 2023 });
    expect([r.status, r.value]).toEqual(["complete", "46"]);
    // The GDP row's issue is not about high-tech enterprises; it is returned all the same.
    expect(r.issues).toEqual(validated.issues);
    expect(
      aggregateRegions(wuwei14, "high-tech-enterprises", [...firms, row("gdp", "wuwei", "-1")], { year: 2023 }),
    ).toEqual(r);
  });

  it("leaves the city's own figure out: the value is its counties'", () => {
    const r = aggregateRegions(
      wuwei14,
      "high-tech-enterprises",
      [...firms, row("high-tech-enterprises", "wuwei", "50")],
      {
        year: 2023,
      },
    );
    expect([r.status, r.value]).toEqual(["complete", "46"]);
  });
});

describe("aggregateRegions: ratios", () => {
  // R&D expenditure in 万元: 40000 + 10000 + 6000 + 4000 = 60000 万元 = 6 亿元; GDP 250 + 150 + 60 + 40 = 500 亿元.
  // R&D intensity = 100 × 6 / 500 = 1.2 (the mean of the four county ratios, 1.6, 0.667, 1, 1, would be 1.067).
  const components = [
    ["liangzhou", "40000", "250"],
    ["minqin", "10000", "150"],
    ["gulang", "6000", "60"],
    ["tianzhu", "4000", "40"],
  ].flatMap(([c, rd, gdp]) => [
    row("rd-expenditure", c as string, rd as string, { unit: "cny-10k" }),
    row("gdp", c as string, gdp as string),
  ]);

  it("R&D intensity = scale × Σ R&D expenditure / Σ GDP = 100 × 6 / 500 = 1.2", () => {
    const r = aggregateRegions(wuwei14, "rd-intensity", components, { year: 2023 });
    expect([r.method, r.status, r.value, r.partial, r.covers, r.missing]).toEqual([
      "ratio",
      "complete",
      "1.2",
      null,
      COUNTIES,
      [],
    ]);
    expect(codes(r.notes)).toEqual(["ratio-from-components"]);
    expect(r.notes[0]?.params).toEqual({ numerator: "rd-expenditure", denominator: "gdp" });
  });

  it("a county without GDP: incomplete, no lower bound for a ratio, the county named", () => {
    const r = aggregateRegions(
      wuwei14,
      "rd-intensity",
      components.filter((o) => !(o.indicator === "gdp" && o.region === "gulang")),
      { year: 2023 },
    );
    expect([r.status, r.value, r.partial, r.covers, r.missing]).toEqual([
      "incomplete",
      null,
      null,
      ["liangzhou", "minqin", "tianzhu"],
      ["gulang"],
    ]);
    expect(codes(r.notes)).toEqual(["ratio-from-components", "regions-missing"]);
    // No GDP anywhere: every county lacks it.
    const noGdp = aggregateRegions(
      wuwei14,
      "rd-intensity",
      components.filter((o) => o.indicator !== "gdp"),
      { year: 2023 },
    );
    expect([noGdp.status, noGdp.covers, noGdp.missing]).toEqual(["incomplete", [], COUNTIES]);
  });

  it("refuses a zero summed denominator: GDP 0 + 0 + 0 + 0", () => {
    const zero = components.map((o) => (o.indicator === "gdp" ? { ...o, value: "0" } : o));
    const r = aggregateRegions(wuwei14, "rd-intensity", zero, { year: 2023 });
    expect([r.status, r.value, r.partial, r.covers, r.missing]).toEqual(["refused", null, null, [], []]);
    expect(codes(r.notes)).toEqual(["zero-denominator"]);
    expect(r.notes[0]?.params).toEqual({ denominator: "gdp" });
  });
});

describe("aggregateRegions: refusals and errors", () => {
  it("refuses aggregation none (a rank, an own-level share), with validation's issues kept", () => {
    const rows = [row("st-progress-rank", "wuwei", "6"), row("fiscal-st-share", "liangzhou", "oops")];
    for (const id of ["st-progress-rank", "fiscal-st-share"]) {
      const r = aggregateRegions(wuwei14, id, rows, { year: 2023 });
      expect([r.method, r.status, r.value, r.partial, r.covers, r.missing]).toEqual([
        "none",
        "refused",
        null,
        null,
        [],
        [],
      ]);
      expect(codes(r.notes)).toEqual(["not-aggregable"]);
      expect(r.issues.map((i) => i.row)).toEqual([1]);
    }
  });

  it("refuses a region without counties", () => {
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", firms, { year: 2023, region: "minqin" });
    expect([r.region, r.status, r.value]).toEqual(["minqin", "refused", null]);
    expect(r.notes[0]?.code).toBe("no-counties");
    expect(r.notes[0]?.params).toEqual({ region: "minqin" });
  });

  it("throws on an unknown indicator or region, and on observations that are neither rows nor a result", () => {
    expect(() => aggregateRegions(wuwei14, "nope", [], { year: 2023 })).toThrowError(
      expect.objectContaining({ code: "unknown-indicator" }),
    );
    expect(() => aggregateRegions(wuwei14, "gdp", [], { year: 2023, region: "lanzhou" })).toThrowError(
      expect.objectContaining({ code: "unknown-region" }),
    );
    expect(() => aggregateRegions(wuwei14, "gdp", null as never, { year: 2023 })).toThrowError(
      expect.objectContaining({ code: "invalid-argument", path: ["observations"] }),
    );
  });
});

describe("aggregateRegions on a three-level plan (province → 2 cities → 2 counties each)", () => {
  const src = { line: 1, quote: "fixture" };
  const indicator = (id: string, extra: Partial<PlanInput["indicators"][number]>): PlanInput["indicators"][number] => ({
    id,
    name: { zh: id, en: id },
    unit: "enterprise",
    direction: "increase",
    attribute: "expected",
    chapter: "goals",
    aggregation: { method: "sum" },
    regions: ["p"],
    source: src,
    baselines: [],
    targets: [],
    ...extra,
  });
  const region = (id: string, level: "province" | "city" | "county", parent?: string) => ({
    id,
    name: { zh: id, en: id },
    level,
    ...(parent === undefined ? {} : { parent }),
  });
  const plan = definePlan({
    ...progressFixtureInput,
    id: "three-levels",
    regions: [
      region("p", "province"),
      region("a", "city", "p"),
      region("b", "city", "p"),
      region("a1", "county", "a"),
      region("a2", "county", "a"),
      region("b1", "county", "b"),
      region("b2", "county", "b"),
    ],
    indicators: [
      indicator("firms", {}),
      indicator("intensity", {
        unit: "percent",
        aggregation: { method: "ratio", numerator: "rd", denominator: "gdp", scale: "100" },
      }),
      indicator("rd", { unit: "cny-100m", role: "component" }),
      indicator("gdp", { unit: "cny-100m", role: "component" }),
    ],
  });
  const at = (id: string, value: string, extra: Record<string, unknown> = {}) => row("firms", id, value, extra);
  const leaves = [at("a1", "1"), at("a2", "2"), at("b1", "3"), at("b2", "4")];

  it("rolls up from the leaves: 1 + 2 + 3 + 4 = 10 for the province, 1 + 2 = 3 for city a", () => {
    const r = aggregateRegions(plan, "firms", leaves, { year: 2023, region: "p" });
    expect([r.status, r.value, r.covers, r.missing, r.issues]).toEqual(["complete", "10", ["a", "b"], [], []]);
    const a = aggregateRegions(plan, "firms", leaves, { year: 2023, region: "a" });
    expect([a.status, a.value, a.covers]).toEqual(["complete", "3", ["a1", "a2"]]);
    // Without a region: the plan's first city-level region, a.
    expect(aggregateRegions(plan, "firms", leaves, { year: 2023 }).region).toBe("a");
  });

  it("a city's own figure stands for its counties (1 + 2 + 8 = 11); a missing leaf is named with its lower bound", () => {
    const own = aggregateRegions(plan, "firms", [...leaves, at("b", "8"), at("p", "100")], { year: 2023, region: "p" });
    // p's own 100 is left out (the value is its parts'); b's own 8 stands for b1 + b2 = 7.
    expect([own.status, own.value]).toEqual(["complete", "11"]);
    const gap = aggregateRegions(plan, "firms", leaves.slice(0, 3), { year: 2023, region: "p" });
    // a complete (1 + 2), b partial (b1 = 3, b2 missing): known 1 + 2 + 3 = 6.
    expect([gap.status, gap.value, gap.partial, gap.covers, gap.missing]).toEqual([
      "incomplete",
      null,
      "6",
      ["a", "b1"],
      ["b2"],
    ]);
    // A city none of whose counties reported is named itself, not its counties.
    const noB = aggregateRegions(plan, "firms", leaves.slice(0, 2), { year: 2023, region: "p" });
    expect([noB.partial, noB.covers, noB.missing]).toEqual(["3", ["a"], ["b"]]);
  });

  it("a ratio from the leaves' components: 100 × (1 + 1 + 2 + 4) / (10 + 10 + 20 + 40) = 10", () => {
    const rows = [
      ["a1", "1", "10"],
      ["a2", "1", "10"],
      ["b1", "2", "20"],
      ["b2", "4", "40"],
    ].flatMap(([id, rd, gdp]) => [row("rd", id as string, rd as string), row("gdp", id as string, gdp as string)]);
    const r = aggregateRegions(plan, "intensity", rows, { year: 2023, region: "p" });
    expect([r.status, r.value, r.covers]).toEqual(["complete", "10", ["a", "b"]]);
  });
});

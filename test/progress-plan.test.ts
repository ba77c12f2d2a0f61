import { describe, expect, it } from "vitest";
import type { Observation } from "../src/observations/schema.js";
import { aggregateRegions, assessPlan, ProgressError, revisePlan, type TargetRevision } from "../src/progress/index.js";
import { q } from "./support/exact.js";
import { fig } from "./support/figures.js";
import { progressFixture as plan } from "./support/progress-fixture.js";

const obs = (
  indicator: string,
  region: string,
  year: number,
  value: string,
  extra: Partial<Observation> = {},
): Observation => ({
  indicator,
  region,
  year,
  value,
  ...extra,
});

const figures: Observation[] = [
  obs("st-progress-rank", "wuwei", 2023, "7"),
  obs("rd-intensity", "wuwei", 2023, "0.95"),
  obs("rd-intensity", "wuwei", 2025, "1.6"),
  obs("fiscal-st-share", "liangzhou", 2020, "0.5"),
  obs("fiscal-st-share", "liangzhou", 2023, "0.8"),
  obs("fiscal-st-share", "gulang", 2020, "0.4"),
  obs("fiscal-st-share", "gulang", 2021, "0.3"),
  obs("fiscal-st-share", "tianzhu", 2023, "1.2"),
  obs("high-tech-enterprises", "wuwei", 2022, "45"),
  obs("high-tech-enterprises", "wuwei", 2023, "52", { status: "provisional" }),
  obs("tech-contract-turnover", "wuwei", 2023, "130000", { unit: "cny-10k" }),
  obs("new-high-tech-certified", "wuwei", 2021, "12"),
  obs("new-high-tech-certified", "wuwei", 2022, "9"),
  obs("new-high-tech-certified", "wuwei", 2023, "10"),
  obs("talent-absorbed", "wuwei", 2021, "20"),
  obs("talent-absorbed", "wuwei", 2022, "21"),
  obs("talent-absorbed", "wuwei", 2023, "22"),
  obs("park-enterprises-added", "wuwei", 2020, "40"),
  obs("park-enterprises-added", "wuwei", 2023, "55"),
  obs("farmland-area", "wuwei", 2021, "50"),
  obs("farmland-area", "wuwei", 2022, "49.5"),
];
const codes = (a: { notes: readonly { code: string }[] }) => a.notes.map((n) => n.code);

describe("assessPlan", () => {
  const report = assessPlan(plan, figures, { asOf: "2024-06-30", method: "schedule" });
  const row = (target: string, region = "wuwei") => {
    const found = report.results.find((r) => r.target === target && r.region === region);
    if (!found) throw new Error(`no row ${target} ${region}`);
    return found;
  };

  it("assesses every target in every region, in plan order", () => {
    expect(report.plan).toBe("fixture-14");
    expect(report.method).toBe("schedule");
    expect(report.results.map((r) => `${r.target}@${r.region}`)).toEqual([
      "st-progress-rank.2025@wuwei",
      "rd-intensity.2025@wuwei",
      "fiscal-st-share.2025.city@wuwei",
      "fiscal-st-share.2025.county@liangzhou",
      "fiscal-st-share.2025.county@minqin",
      "fiscal-st-share.2025.county@gulang",
      "fiscal-st-share.2025.county@tianzhu",
      "high-tech-enterprises.2025@wuwei",
      "tech-contract-turnover.2025@wuwei",
      "new-high-tech-certified.annual@wuwei",
      "talent-absorbed.2021-2025@wuwei",
      "park-enterprises-added.2025@wuwei",
      "farmland-area.never-decrease@wuwei",
    ]);
    expect(report.results.map((r) => r.status)).toEqual([
      "on-schedule",
      "behind-schedule",
      "not-assessable",
      "on-schedule",
      "not-assessable",
      "regressing",
      "not-assessable",
      "behind-schedule",
      "on-schedule",
      "behind-schedule",
      "on-schedule",
      "behind-schedule",
      "regressing",
    ]);
    expect(Object.isFrozen(report.results[0])).toBe(true);
  });

  it("carries what was assessed: baseline, target, latest, kind, comparator, attribute", () => {
    const rd = row("rd-intensity.2025");
    expect(rd).toMatchObject({
      indicator: "rd-intensity",
      kind: "end-level",
      comparator: "strive-for",
      attribute: "expected",
      baseline: { year: 2020, value: "0.62", origin: "plan" },
      targetValue: "1.5",
      targetYear: 2025,
      latest: { year: 2023, value: "0.95" },
      revision: null,
    });
    expect(fig(rd, "completion")).toBe("0.375");
    expect(codes(rd)).toContain("after-as-of-ignored"); // the 2025 figure is after the evaluation date
    expect(codes(rd)).toContain("aspirational");
    expect(row("high-tech-enterprises.2025").latest).toEqual({ year: 2023, value: "52", status: "provisional" });
    expect(codes(row("farmland-area.never-decrease"))).toContain("binding-off-track");
  });

  it("takes a county's baseline from its reported baseline-year figure, and says why a row cannot be assessed", () => {
    const lz = row("fiscal-st-share.2025.county", "liangzhou");
    expect(lz.baseline).toEqual({ year: 2020, value: "0.5", origin: "reported" });
    expect(fig(lz, "completion")).toBe("0.6");
    expect(codes(lz)[0]).toBe("baseline-reported");
    expect(codes(row("fiscal-st-share.2025.county", "minqin"))).toEqual(["no-baseline", "aspirational"]);
    expect(codes(row("fiscal-st-share.2025.county", "tianzhu"))).toEqual(["no-baseline", "aspirational"]);
    expect(codes(row("fiscal-st-share.2025.city"))).toEqual(["no-data", "aspirational"]);
    expect(row("park-enterprises-added.2025").baseline?.origin).toBe("reported");
  });

  it("converts figures reported in another unit of the same dimension (130000 万元 = 13 亿元)", () => {
    expect(fig(row("tech-contract-turnover.2025"), "completion")).toBe(q("4.8", "6.8")); // 0.705882…
    const wrong = assessPlan(plan, [obs("high-tech-enterprises", "wuwei", 2023, "50", { unit: "percent" })], {
      asOf: "2024-06-30",
      method: "schedule",
      region: "wuwei",
    });
    // Validation, the one step that converts units, rejects the figure; the row says so and the result lists it.
    // (assessPlan used to convert on its own and note unit-mismatch.)
    expect(codes(wrong.results.find((r) => r.indicator === "high-tech-enterprises") ?? { notes: [] })).toEqual([
      "figures-rejected",
      "no-data",
    ]);
    expect(wrong.unused.map((u) => [u.row, u.code])).toEqual([[0, "unit-not-convertible"]]);
  });

  it("never adds counts of different things across counties: one county's figure in persons is rejected, the sum incomplete", async () => {
    const { wuwei14 } = await import("../src/plans/wuwei14/index.js");
    const counties = ["liangzhou", "minqin", "gulang", "tianzhu"];
    const figures = counties.map((c, i) =>
      obs("high-tech-enterprises", c, 2023, "10", i === 2 ? { unit: "person" } : { unit: "enterprise" }),
    );
    const r = aggregateRegions(wuwei14, "high-tech-enterprises", figures, { year: 2023 });
    // Validation, the one step that converts units, rejects gulang's figure in 名; gulang is missing, and the other
    // three are a lower bound: 10 + 10 + 10 = 30. (aggregateRegions used to refuse with conflicting-figures.)
    expect([r.status, r.value, r.partial, r.missing]).toEqual(["incomplete", null, "30", ["gulang"]]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([[2, "unit-not-convertible"]]);
    // The same four figures all in 家 add up: 40.
    const same = aggregateRegions(
      wuwei14,
      "high-tech-enterprises",
      figures.map((f) => ({ ...f, unit: "enterprise" })),
      {
        year: 2023,
      },
    );
    expect([same.status, same.value]).toEqual(["complete", "40"]);
  });

  it("never converts counts of different things: 70 persons are not 70 high-tech enterprises", async () => {
    const { wuwei14 } = await import("../src/plans/wuwei14/index.js");
    const report = assessPlan(wuwei14, [obs("high-tech-enterprises", "wuwei", 2023, "70", { unit: "person" })], {
      asOf: "2024-06-30",
      method: "schedule",
      region: "wuwei",
    });
    const r = report.results.find((x) => x.target === "high-tech-enterprises.2025");
    expect([r?.status, r?.latest]).toEqual(["not-assessable", null]);
    expect(codes(r ?? { notes: [] })).toContain("figures-rejected");
    expect(report.unused.map((u) => u.code)).toEqual(["unit-not-convertible"]);
  });

  it("refuses to choose between two figures for one year", () => {
    const twice = assessPlan(
      plan,
      [obs("rd-intensity", "wuwei", 2023, "0.9"), obs("rd-intensity", "wuwei", 2023, "1")],
      {
        asOf: "2024-06-30",
        method: "schedule",
      },
    );
    const rd = twice.results.find((r) => r.indicator === "rd-intensity");
    expect(rd?.status).toBe("not-assessable");
    // Validation settles repeats (it is the only step that does): two different normal figures for one year are
    // both rejected, and the row names them (it used to note duplicate-observation on its own).
    expect(codes(rd ?? { notes: [] }).slice(0, 2)).toEqual(["figures-rejected", "no-data"]);
    expect(twice.unused.map((u) => [u.row, u.code])).toEqual([
      [0, "duplicate-conflict"],
      [1, "duplicate-conflict"],
    ]);
  });

  it("filters by region and applies other methods", () => {
    const lz = assessPlan(plan, figures, { asOf: "2024-06-30", method: "growth-ratio", region: "liangzhou" });
    expect(lz.results.map((r) => r.target)).toEqual(["fiscal-st-share.2025.county"]);
    // CAGR_a = 1.6^(1/3) − 1 = 0.1696, CAGR_r = 2^(1/5) − 1 = 0.1487: ratio 1.14.
    expect(Number(fig(lz.results[0], "progressValue"))).toBeCloseTo((1.6 ** (1 / 3) - 1) / (2 ** 0.2 - 1), 6);
    expect(lz.results[0]?.status).toBe("substantial-progress");
    const gr = assessPlan(plan, figures, { asOf: "2024-06-30", method: "projection" });
    expect(gr.results[0]?.status).toBe("not-assessable"); // a rank has no projection
    expect(() => assessPlan(plan, figures, { asOf: "2024-06-30", method: "schedule", region: "lanzhou" })).toThrowError(
      expect.objectContaining({ code: "unknown-region" }),
    );
    expect(() => assessPlan(plan, figures, { asOf: "June 2024", method: "schedule" })).toThrowError(ProgressError);
  });

  it("never mutates its inputs", () => {
    const before = structuredClone(figures);
    assessPlan(plan, figures, { asOf: "2024-06-30", method: "growth-ratio" });
    expect(figures).toEqual(before);
  });
});

describe("target revision (动态调整)", () => {
  const revision: TargetRevision = {
    id: "rd-2023-review",
    target: "rd-intensity.2025",
    value: "1.2",
    effective: "2023-07-01",
    reason: { zh: "中期评估调整", en: "adjusted at the mid-term review" },
    source: "hypothetical notice",
  };

  it("uses the target in force at asOf and names the revision", () => {
    const after = assessPlan(plan, figures, { asOf: "2024-06-30", method: "schedule", revisions: [revision] });
    const rd = after.results.find((r) => r.indicator === "rd-intensity");
    expect(rd?.targetValue).toBe("1.2");
    expect(rd?.revision).toBe("rd-2023-review");
    expect(fig(rd, "completion")).toBe(q("0.33", "0.58")); // 0.568966…
    expect(codes(rd ?? { notes: [] })[0]).toBe("revision-in-force");
    const before = assessPlan(plan, figures, { asOf: "2023-06-30", method: "schedule", revisions: [revision] });
    const old = before.results.find((r) => r.indicator === "rd-intensity");
    expect([old?.targetValue, old?.revision]).toEqual(["1.5", null]);
  });

  it("the latest effective revision wins", () => {
    const later = { ...revision, id: "rd-2024", value: "1.3", effective: "2024-01-01" };
    const r = assessPlan(plan, figures, { asOf: "2024-06-30", method: "schedule", revisions: [later, revision] });
    expect(r.results.find((x) => x.indicator === "rd-intensity")?.revision).toBe("rd-2024");
  });

  it("revisePlan returns a new checked, frozen plan and keeps the superseded value in notes", () => {
    const revised = revisePlan(plan, [revision]);
    const target = revised.indicators.find((i) => i.id === "rd-intensity")?.targets[0];
    expect(target?.value).toBe("1.2");
    expect(target?.notes?.at(-1)).toContain("1.5 → 1.2");
    expect(plan.indicators.find((i) => i.id === "rd-intensity")?.targets[0]?.value).toBe("1.5");
    expect(Object.isFrozen(revised.indicators)).toBe(true);
    expect(
      assessPlan(revised, figures, { asOf: "2024-06-30", method: "schedule" }).results.find(
        (r) => r.indicator === "rd-intensity",
      )?.targetValue,
    ).toBe("1.2");
  });

  it("refuses a revision of an unknown target, of a never-decrease target, or with a bad value or date", () => {
    expect(() => revisePlan(plan, [{ ...revision, target: "nope" }])).toThrowError(
      expect.objectContaining({ code: "unknown-target", path: ["revisions", 0, "target"] }),
    );
    expect(() => revisePlan(plan, [{ ...revision, target: "farmland-area.never-decrease" }])).toThrowError(
      /never-decrease/,
    );
    expect(() => revisePlan(plan, [{ ...revision, value: "1,2" }])).toThrowError(
      expect.objectContaining({ code: "invalid-decimal" }),
    );
    expect(() => revisePlan(plan, [{ ...revision, effective: "2023-13-01" }])).toThrowError(
      expect.objectContaining({ code: "invalid-date" }),
    );
  });
});

describe("aggregateRegions (county to city)", () => {
  const counties = ["liangzhou", "minqin", "gulang", "tianzhu"];

  it("sums counts when every county reported, refuses to pretend otherwise", () => {
    const all = counties.map((c, i) => obs("high-tech-enterprises", c, 2023, String(10 + i)));
    const r = aggregateRegions(plan, "high-tech-enterprises", all, { year: 2023 });
    expect(r).toMatchObject({ status: "complete", value: "46", covers: counties, missing: [], method: "sum" });
    const some = aggregateRegions(plan, "high-tech-enterprises", all.slice(1), { year: 2023 });
    expect(some).toMatchObject({ status: "incomplete", value: null, partial: "36", missing: ["liangzhou"] });
    expect(some.notes[0]?.code).toBe("regions-missing");
  });

  it("sums money across units by their power of ten (5 亿 as 50000 万元 + 1 + 2 + 3 亿 = 11 亿)", () => {
    const r = aggregateRegions(
      plan,
      "tech-contract-turnover",
      [
        obs("tech-contract-turnover", "liangzhou", 2023, "50000", { unit: "cny-10k" }),
        obs("tech-contract-turnover", "minqin", 2023, "1"),
        obs("tech-contract-turnover", "gulang", 2023, "2"),
        obs("tech-contract-turnover", "tianzhu", 2023, "3"),
      ],
      { year: 2023 },
    );
    expect(r.value).toBe("11");
  });

  it("recomputes a ratio from summed components, never averaging the ratios", () => {
    const rows = [
      ["liangzhou", "20000", "300"],
      ["minqin", "5000", "100"],
      ["gulang", "3000", "80"],
      ["tianzhu", "2000", "70"],
    ] as const;
    const components = rows.flatMap(([c, rd, gdp]) => [
      obs("rd-expenditure", c, 2023, rd, { unit: "cny-10k" }),
      obs("gdp", c, 2023, gdp, { unit: "cny-100m" }),
    ]);
    const r = aggregateRegions(plan, "rd-intensity", components, { year: 2023 });
    // 100 × 3 亿 / 550 亿 = 0.545454…; the mean of the four county ratios would be 0.457.
    expect(r.status).toBe("complete");
    expect(r.value).toBe(q("300", "550")); // 0.545455…, never rounded
    const short = aggregateRegions(plan, "rd-intensity", components.slice(0, -1), { year: 2023 });
    expect(short).toMatchObject({ status: "incomplete", value: null, missing: ["tianzhu"] });
    // A figure without a unit is in its component's unit (GDP in 亿元), so the ratio is the same.
    const implicit = aggregateRegions(
      plan,
      "rd-intensity",
      components.map((o) => (o.indicator === "gdp" ? { ...o, unit: undefined } : o)) as Observation[],
      { year: 2023 },
    );
    expect([implicit.status, implicit.value]).toEqual(["complete", q("300", "550")]);
    // GDP given partly as a percentage does not add up with GDP in 亿元: validation rejects gulang's GDP, so gulang
    // is missing (aggregateRegions used to refuse the whole ratio with conflicting-figures).
    const mixed = aggregateRegions(
      plan,
      "rd-intensity",
      components.map((o) => (o.indicator === "gdp" && o.region === "gulang" ? { ...o, unit: "percent" } : o)),
      { year: 2023 },
    );
    expect([mixed.status, mixed.value, mixed.partial, mixed.missing]).toEqual(["incomplete", null, null, ["gulang"]]);
    expect(mixed.issues.map((i) => i.code)).toEqual(["unit-not-convertible"]);
  });

  it("refuses ranks and own-level shares; conflicting figures are validation's issues", () => {
    expect(aggregateRegions(plan, "fiscal-st-share", [], { year: 2023 }).status).toBe("refused");
    expect(aggregateRegions(plan, "st-progress-rank", [], { year: 2023 }).notes[0]?.code).toBe("not-aggregable");
    const twice = aggregateRegions(
      plan,
      "high-tech-enterprises",
      [obs("high-tech-enterprises", "minqin", 2023, "1"), obs("high-tech-enterprises", "minqin", 2023, "2")],
      { year: 2023 },
    );
    // Validation settles repeats: two different figures of one status are both rejected, so minqin has no figure and
    // no county has one (aggregateRegions used to refuse with conflicting-figures).
    expect([twice.status, twice.partial, twice.covers, twice.missing]).toEqual(["incomplete", null, [], counties]);
    expect(twice.issues.map((i) => [i.row, i.code])).toEqual([
      [0, "duplicate-conflict"],
      [1, "duplicate-conflict"],
    ]);
    expect(() => aggregateRegions(plan, "nope", [], { year: 2023 })).toThrowError(
      expect.objectContaining({ code: "unknown-indicator" }),
    );
  });
});

describe("assessPlan on wuwei14", () => {
  it("gives one result per target and region, with a reason wherever data are missing", async () => {
    const { wuwei14 } = await import("../src/plans/wuwei14/index.js");
    const report = assessPlan(
      wuwei14,
      [obs("rd-intensity", "wuwei", 2023, "0.95"), obs("st-progress-rank", "wuwei", 2023, "6")],
      { asOf: "2024-06-30", method: "schedule" },
    );
    const expected = wuwei14.indicators.flatMap((i) => i.targets.flatMap((t) => t.regions.map((r) => `${t.id}@${r}`)));
    expect(report.results.map((r) => `${r.target}@${r.region}`)).toEqual(expected);
    const rd = report.results.find((r) => r.target === "rd-intensity.2025");
    expect([rd?.status, fig(rd, "completion"), fig(rd, "timeShare"), rd?.baseline?.value]).toEqual([
      "behind-schedule",
      "0.375",
      "0.6",
      "0.62",
    ]);
    expect(report.results.find((r) => r.indicator === "st-progress-rank")?.status).toBe("target-achieved");
    for (const r of report.results.filter((x) => x.status === "not-assessable")) {
      expect(r.notes.length, `${r.target}@${r.region}`).toBeGreaterThan(0);
    }
  });
});

describe("assessPlan: the city's value derived from its counties", () => {
  const counties = ["liangzhou", "minqin", "gulang", "tianzhu"] as const;
  const load = async () => (await import("../src/plans/wuwei14/index.js")).wuwei14;
  const high = (values: readonly string[], year = 2023) =>
    values.map((v, i) => obs("high-tech-enterprises", counties[i] ?? "wuwei", year, v));
  const result = (report: ReturnType<typeof assessPlan>) =>
    report.results.find((r) => r.target === "high-tech-enterprises.2025" && r.region === "wuwei");
  const codes = (r: { notes: readonly { code: string }[] } | undefined) => r?.notes.map((n) => n.code) ?? [];

  it("adds up the counties where the city did not report: 10 + 20 + 15 + 20 = 65 against 59 → 70", async () => {
    const plan14 = await load();
    const r = result(assessPlan(plan14, high(["10", "20", "15", "20"]), { asOf: "2024-06-30", method: "schedule" }));
    expect(r?.latest).toEqual({ year: 2023, value: "65" });
    // (65 − 59) / (70 − 59) = 6/11 against a time share of 3/5.
    expect([r?.status, fig(r, "completion"), fig(r, "timeShare")]).toEqual(["behind-schedule", q("6", "11"), "0.6"]);
    expect(codes(r)).toContain("derived-from-counties");
  });

  it("derives a ratio from the counties' components, never from their ratios", async () => {
    const plan14 = await load();
    const components = counties.flatMap((c, i) => [
      obs("rd-expenditure", c, 2023, ["20000", "5000", "3000", "2000"][i] ?? "0", { unit: "cny-10k" }),
      obs("gdp", c, 2023, ["300", "100", "80", "70"][i] ?? "0"),
    ]);
    const report = assessPlan(plan14, components, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
    const rd = report.results.find((x) => x.target === "rd-intensity.2025");
    // 100 × 3亿 / 550亿 = 0.545455; completion (0.545455 − 0.62) / (1.5 − 0.62) < 0: moved away from the target.
    expect(rd?.latest).toEqual({ year: 2023, value: q("300", "550") });
    expect(rd?.status).toBe("regressing");
  });

  it("keeps the city's own figure and says when it differs from its counties'", async () => {
    const plan14 = await load();
    const rows = [...high(["10", "20", "15", "20"]), obs("high-tech-enterprises", "wuwei", 2023, "66")];
    const r = result(assessPlan(plan14, rows, { asOf: "2024-06-30", method: "schedule" }));
    expect(r?.latest).toEqual({ year: 2023, value: "66" });
    expect(codes(r)).toContain("city-differs-from-counties");
    expect(codes(r)).not.toContain("derived-from-counties");
  });

  it("never fills a gap: with a county missing, or when switched off, the city has no figure", async () => {
    const plan14 = await load();
    const partial = result(assessPlan(plan14, high(["10", "20", "15"]), { asOf: "2024-06-30", method: "schedule" }));
    expect([partial?.status, partial?.latest]).toEqual(["not-assessable", null]);
    const off = result(
      assessPlan(plan14, high(["10", "20", "15", "20"]), {
        asOf: "2024-06-30",
        method: "schedule",
        deriveFromCounties: false,
      }),
    );
    expect([off?.status, off?.latest]).toEqual(["not-assessable", null]);
  });
});

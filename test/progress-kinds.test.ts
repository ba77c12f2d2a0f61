import { describe, expect, it } from "vitest";
import { type AssessInput, type AssessOptions, assess } from "../src/progress/index.js";
import { fig } from "./support/figures.js";

const codes = (a: { notes: readonly { code: string }[] }) => a.notes.map((n) => n.code);
const years = (values: Record<number, string>) =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));

describe("annual floor (每年…以上)", () => {
  const floor = (values: Record<number, string>, extra: Partial<AssessOptions> = {}) =>
    assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "8" },
        target: { year: 2025, value: "10" },
        series: years(values),
      },
      { method: "schedule", kind: "annual-floor", ...extra },
    );

  it("judges each year on its own and counts years met of years elapsed", () => {
    const a = floor({ 2021: "12", 2022: "9", 2023: "10" });
    expect(a.status).toBe("behind-schedule");
    // Years are data, not key names: one { year, result } each (they were keys year.2021 … and the counts strings).
    expect(a.figures).toEqual({
      yearsMet: 2,
      yearsElapsed: 3,
      yearsMissed: 1,
      years: [
        { year: 2021, result: "met" },
        { year: 2022, result: "missed" },
        { year: 2023, result: "met" },
      ],
    });
    expect(floor({ 2021: "12", 2022: "10" }).status).toBe("on-schedule");
  });

  it("is achieved when every year of a finished period met the floor, missed when one did not", () => {
    const all = { 2021: "10", 2022: "11", 2023: "12", 2024: "10.5", 2025: "13" };
    expect(floor(all).status).toBe("target-achieved");
    expect(floor({ ...all, 2024: "9.99" }).status).toBe("target-missed");
    const gap = floor({ 2021: "10", 2022: "11", 2023: "12", 2025: "13" });
    expect(gap.status).toBe("not-assessable");
    expect(fig(gap, "years")).toContainEqual({ year: 2024, result: null });
    expect(codes(gap)).toContain("missing-years");
    const early = floor({ 2021: "10", 2022: "11" }, { asOf: "2026-02-01" });
    expect(fig(early, "yearsElapsed")).toBe(5);
    expect(early.status).toBe("not-assessable");
  });

  it("counts from `from` and reads a floor as a ceiling when lower is better", () => {
    expect(fig(floor({ 2021: "1", 2022: "10" }, { from: 2022 }), "yearsMet")).toBe(1);
    const ceiling = assess(
      { direction: "decrease", target: { year: 2025, value: "5" }, series: years({ 2021: "4", 2022: "6" }) },
      { method: "schedule", kind: "annual-floor", from: 2021 },
    );
    expect(fig(ceiling, "years")).toContainEqual({ year: 2022, result: "missed" });
    expect(ceiling.status).toBe("behind-schedule");
  });

  it("has no growth ratio or projection", () => {
    const a = floor({ 2021: "12" }, { method: "growth-ratio" });
    expect(a.status).toBe("not-assessable");
    expect(codes(a)).toEqual(["method-not-applicable"]);
  });
});

describe("cumulative (累计…)", () => {
  const total = (values: Record<number, string>, extra: Partial<AssessInput> = {}) =>
    assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "0" },
        target: { year: 2025, value: "100" },
        series: years(values),
        ...extra,
      },
      { method: "schedule", kind: "cumulative" },
    );

  it("63 against 60 after three of five years is ahead (lead 0.03)", () => {
    const a = total({ 2021: "20", 2022: "21", 2023: "22" });
    expect(a.status).toBe("on-schedule");
    expect(a.figures).toEqual({ total: "63", expectedTotal: "60", completion: "0.63", timeShare: "0.6", lead: "0.03" });
    expect(total({ 2021: "20", 2022: "15", 2023: "20" }).status).toBe("behind-schedule");
  });

  it("is achieved as soon as the total reaches the target, missed when the last year falls short", () => {
    const a = total({ 2021: "40", 2022: "30", 2023: "35" });
    expect(a.status).toBe("target-achieved");
    expect(codes(a)).toContain("achieved-early");
    expect(total({ 2021: "10", 2022: "10", 2023: "10", 2024: "10", 2025: "10" }).status).toBe("target-missed");
  });

  it("refuses a running total with a year missing, and a lower-is-better indicator", () => {
    const gap = total({ 2021: "20", 2023: "22" });
    expect(gap.status).toBe("not-assessable");
    expect(codes(gap)).toEqual(["missing-years"]);
    expect(codes(total({ 2021: "20" }, { direction: "decrease" }))).toEqual(["cumulative-needs-increase"]);
  });
});

describe("increment (新增…)", () => {
  const inc = (value: string, method: AssessOptions["method"] = "schedule") =>
    assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "40" },
        target: { year: 2025, value: "30" },
        series: [{ year: 2023, value }],
      },
      { method, kind: "increment" },
    );

  it("compares the gain since the baseline with target × τ", () => {
    const a = inc("55");
    expect(a.status).toBe("behind-schedule");
    expect(a.figures).toEqual({
      increment: "15",
      expectedIncrement: "18",
      completion: "0.5",
      timeShare: "0.6",
      lead: "-0.1",
    });
    expect(inc("60").status).toBe("on-schedule");
    expect(inc("70").status).toBe("target-achieved");
    expect(inc("38").status).toBe("regressing");
  });

  it("is assessed as the level baseline + increment by the growth-ratio method", () => {
    const a = inc("55", "growth-ratio");
    expect(codes(a)[0]).toBe("increment-as-level");
    expect(a.notes[0]?.message.en).toContain("70");
    expect(Number(fig(a, "requiredRate"))).toBeCloseTo((70 / 40) ** (1 / 5) - 1, 6);
  });
});

describe("rank (第…位)", () => {
  const rank = (
    base: string,
    target: string,
    points: Record<number, string>,
    method: AssessOptions["method"] = "schedule",
  ) =>
    assess(
      {
        direction: "decrease",
        baseline: { year: 2020, value: base },
        target: { year: 2025, value: target },
        series: years(points),
      },
      { method, kind: "rank" },
    );

  it("7th → 6th: reached is achieved, lost positions regress, a finished period short is missed", () => {
    const a = rank("7", "6", { 2022: "6" });
    expect(a.status).toBe("target-achieved");
    expect(fig(a, "positionsGained")).toBe("1");
    expect(rank("7", "6", { 2023: "8" }).status).toBe("regressing");
    expect(fig(rank("7", "6", { 2023: "8" }), "positionsGained")).toBe("-1");
    expect(rank("7", "6", { 2025: "7" }).status).toBe("target-missed");
  });

  it("expects whole positions only: floor(needed × τ)", () => {
    const same = rank("7", "6", { 2023: "7" });
    expect(fig(same, "expectedPositionsGained")).toBe("0"); // floor(1 × 0.6)
    expect(same.status).toBe("on-schedule");
    const far = rank("10", "6", { 2023: "9" });
    expect(fig(far, "expectedPositionsGained")).toBe("2"); // floor(4 × 0.6)
    expect(far.status).toBe("behind-schedule");
    expect(codes(far)).toContain("rank-ordinal");
  });

  it("has no growth rate and no projection", () => {
    expect(rank("7", "6", { 2023: "7" }, "projection").status).toBe("not-assessable");
  });
});

describe("never decrease (只增不减)", () => {
  const nd = (
    points: Record<number, string>,
    direction: "increase" | "decrease" = "increase",
    extra: Partial<AssessOptions> = {},
  ) =>
    assess(
      { direction, baseline: { year: 2020, value: "5" }, target: { year: 2025 }, series: years(points) },
      { method: "schedule", kind: "never-decrease", ...extra },
    );

  it("regresses on any fall, holds otherwise, is achieved when the period ends without a fall", () => {
    const fall = nd({ 2021: "5", 2022: "6", 2023: "5.5" });
    expect(fall.status).toBe("regressing");
    expect(fall.figures).toEqual({
      falls: 1,
      comparisons: 3,
      years: [
        { year: 2021, change: "held" },
        { year: 2022, change: "rose" },
        { year: 2023, change: "fell" },
      ],
    });
    expect(codes(fall)).toContain("fell");
    expect(fall.notes.find((n) => n.code === "fell")?.message).toEqual({
      zh: "2023年比上年减少",
      en: "fell in 2023 from the year before",
    });
    expect(nd({ 2021: "5", 2022: "6" }).status).toBe("on-schedule");
    expect(nd({ 2021: "5", 2022: "6", 2023: "6", 2024: "7", 2025: "7" }).status).toBe("target-achieved");
  });

  it("is missed, not merely regressing, once the period is over with a fall in it", () => {
    const over = nd({ 2021: "6", 2022: "5.5", 2023: "6", 2024: "7", 2025: "8" });
    expect(over.status).toBe("target-missed");
    expect(fig(over, "years")).toContainEqual({ year: 2022, change: "fell" });
    const afterwards = assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "5" },
        target: { year: 2025 },
        series: years({ 2021: "6", 2022: "5.5" }),
      },
      { method: "schedule", kind: "never-decrease", asOf: "2026-11-27" },
    );
    expect(afterwards.status).toBe("target-missed");
  });

  it("reads 'never rise' for a lower-is-better indicator, and skips a break unless allowed", () => {
    expect(nd({ 2021: "4", 2022: "3" }, "decrease").status).toBe("on-schedule");
    expect(nd({ 2021: "6" }, "decrease").status).toBe("regressing");
    const broken = nd({ 2021: "6", 2022: "3", 2023: "4" });
    expect(broken.status).toBe("regressing");
    const skip = assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "5" },
        series: [
          { year: 2021, value: "6" },
          { year: 2022, value: "3", status: "break" },
          { year: 2023, value: "4" },
        ],
      },
      { method: "schedule", kind: "never-decrease" },
    );
    expect(skip.status).toBe("on-schedule");
    expect(fig(skip, "years")).toContainEqual({ year: 2022, change: null });
    expect(codes(skip)).toContain("break-in-series");
  });

  it("is assessed by growth without a target under the growth-ratio method", () => {
    const a = nd({ 2021: "5.5" }, "increase", { method: "growth-ratio" });
    expect(fig(a, "progressValue")).toBe("0.1");
    expect(codes(a)[0]).toBe("no-target-trend");
  });
});

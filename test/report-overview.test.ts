import { describe, expect, it } from "vitest";
import { wuwei14 } from "../src/plans/wuwei14/index.js";
import { planOverview } from "../src/report/index.js";

const overview = planOverview(wuwei14);
const row = (target: string, region = "wuwei") =>
  overview.rows.find((r) => r.target.id === target && r.region.id === region);
const path = (target: string, region = "wuwei") => row(target, region)?.milestones.map((m) => `${m.year}:${m.value}`);

describe("planOverview: the plan before any figures are reported", () => {
  it("has one row per target and region it applies to", () => {
    const expected = wuwei14.indicators.flatMap((i) => i.targets.flatMap((t) => t.regions.map((r) => `${t.id}@${r}`)));
    expect(overview.rows.map((r) => `${r.target.id}@${r.region.id}`)).toEqual(expected);
  });

  it("gives end-level targets the required compound growth and the straight line from baseline to target", () => {
    // R&D intensity 0.62 → 1.5: (1.5/0.62)^(1/5) − 1 = 0.193273; the line rises 0.176 a year.
    expect(row("rd-intensity.2025")?.requiredRate).toBe("0.193273");
    expect(path("rd-intensity.2025")).toEqual(["2021:0.796", "2022:0.972", "2023:1.148", "2024:1.324", "2025:1.5"]);
    // Technology contract turnover 14.1 → 28亿元: 2.78 a year.
    expect(path("tech-contract-turnover.2025")).toEqual([
      "2021:16.88",
      "2022:19.66",
      "2023:22.44",
      "2024:25.22",
      "2025:28",
    ]);
  });

  it("spreads cumulative totals and increments without a baseline evenly over the years", () => {
    // 累计 20 high-level researchers over 2021–2025: 4 a year, as a running total.
    expect(path("high-level-talent-absorbed.2021-2025")).toEqual(["2021:4", "2022:8", "2023:12", "2024:16", "2025:20"]);
    // 新增 20 provincial innovative enterprises in the parks, no park baseline: added since 2020.
    expect(path("park-provincial-innovative-enterprises-added.2025")).toEqual([
      "2021:4",
      "2022:8",
      "2023:12",
      "2024:16",
      "2025:20",
    ]);
    // 新发展 3 testing bodies: 0.6 a year on the line, reported as it is (a count can be compared with it).
    expect(path("testing-bodies-added.2025")).toEqual(["2021:0.6", "2022:1.2", "2023:1.8", "2024:2.4", "2025:3"]);
  });

  it("repeats annual floors every year and gives never-decrease constraints and county targets without baselines no path", () => {
    expect(path("st-commissioners-dispatched.annual")).toEqual([
      "2021:500",
      "2022:500",
      "2023:500",
      "2024:500",
      "2025:500",
    ]);
    expect(path("fiscal-st-expenditure.never-decrease")).toEqual([]);
    expect(row("fiscal-st-share.2025.county", "minqin")?.baseline).toBeNull();
    expect(path("fiscal-st-share.2025.county", "minqin")).toEqual([]);
    expect(row("st-progress-rank.2025")?.requiredRate).toBeNull();
  });

  it("keeps only the targets of one region when asked", () => {
    const minqin = planOverview(wuwei14, { region: "minqin" });
    expect(minqin.rows.map((r) => r.target.id)).toEqual([
      "fiscal-st-share.2025.county",
      "fiscal-st-expenditure.never-decrease",
    ]);
    expect(() => planOverview(wuwei14, { region: "lanzhou" })).toThrow(RangeError);
  });
});

/**
 * The illustrative provincial example (examples/gansu-14-illustrative.json, written by scripts/make-gansu-example.py):
 * Gansu's real divisions — 14 prefecture-level (12 cities, 2 autonomous prefectures) and 86 county-level — in one
 * three-level tree, with made-up figures. Expected values are worked out by hand from the generator's rule
 * (baseline = lo + ((37·i) mod 100)/100 · (hi − lo), rounded to 2 places; figure of year k = baseline + 0.05·k·(i mod 3 + 1)).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { definePlan, validateObservations } from "@wuwei/sti-plan";
import { readObservations } from "@wuwei/sti-plan/io";
import { scorecard } from "@wuwei/sti-plan/report";
import { describe, expect, it } from "vitest";
import { run } from "./support/cli.js";

const root = resolve(import.meta.dirname, "..");
const planJson = readFileSync(resolve(root, "examples/gansu-14-illustrative.json"), "utf8");
const csv = readFileSync(resolve(root, "examples/gansu-2020-2025-illustrative.csv"));
const plan = definePlan(JSON.parse(planJson));

describe("the illustrative Gansu example: province → city → county", () => {
  it("holds the province, its 14 prefecture-level and 86 county-level divisions, each under its parent", () => {
    const by = (level: string) => plan.regions.filter((r) => r.level === level);
    expect([by("province").length, by("city").length, by("county").length]).toEqual([1, 14, 86]);
    expect(plan.regions.find((r) => r.id === "tianzhu")?.parent).toBe("wuwei");
    expect(plan.regions.find((r) => r.id === "wuwei")?.parent).toBe("gansu");
    // 嘉峪关市 has no county-level division; 陇南市 has nine.
    expect(plan.regions.filter((r) => r.parent === "jiayuguan")).toHaveLength(0);
    expect(plan.regions.filter((r) => r.parent === "longnan")).toHaveLength(9);
  });

  it("expands the targets written by level: 2.5 % for the province, 2 % for each city, 1 % for each county", () => {
    const targets = plan.indicators.find((i) => i.id === "fiscal-st-share")?.targets ?? [];
    expect(targets.map((t) => [t.value, t.regions.length])).toEqual([
      ["2.5", 1],
      ["2", 14],
      ["1", 86],
    ]);
  });

  it("scores every region at its own level, exactly", () => {
    const read = readObservations(csv);
    const { observations, issues } = validateObservations(plan, read.rows);
    expect(issues).toEqual([]);
    // 101 fiscal-share figures for each of 2021–2023, and 87 figures of high-tech enterprises in 2023: the 86
    // counties' and 嘉峪关市's, the one city without counties (the leaves of the tree).
    expect(observations).toHaveLength(101 * 3 + 87);
    const card = scorecard(plan, observations, { asOf: "2023-12-31", method: "schedule" });
    const row = (region: string) =>
      card.rows.find((r) => r.indicator.id === "fiscal-st-share" && r.region.id === region);
    expect(card.rows.filter((r) => r.indicator.id === "fiscal-st-share")).toHaveLength(101);
    // 甘肃省 (i = 0): 1.80 → 1.95 in 2023 against 2.5: completion 0.15 / 0.70 = 3/14, time share 3/5: behind.
    expect(row("gansu")?.status).toBe("behind-schedule");
    expect(row("gansu")?.figures["completion"]?.startsWith("0.2142857142857142857")).toBe(true);
    // 兰州市 (i = 1): 0.8 + 0.37 × 1.1 = 1.207 → 1.21; 1.21 + 0.15 × 2 = 1.51; (1.51 − 1.21) / (2 − 1.21) = 30/79.
    expect(row("lanzhou")?.figures["completion"]?.startsWith("0.3797468354430379746")).toBe(true);
    // 嘉峪关市 (i = 10): 0.8 + 0.70 × 1.1 = 1.57; 1.57 + 0.15 × 2 = 1.87; 0.30 / 0.43 ≈ 0.698 ≥ 0.6: on schedule.
    expect(row("jiayuguan")?.status).toBe("on-schedule");
  });

  it("rolls the province's high-tech enterprises up from the leaves, through the cities, exactly", () => {
    const validated = validateObservations(plan, readObservations(csv).rows);
    const card = scorecard(plan, validated.observations, { asOf: "2023-12-31", method: "schedule" });
    const row = card.rows.find((r) => r.indicator.id === "high-tech-enterprises" && r.region.id === "gansu");
    // The generator's rule: leaf i (its index in the plan's regions) reports 5 + (7·i mod 40). The leaves are the
    // counties and 嘉峪关市 (i = 10: 5 + 70 mod 40 = 35).
    const parents = new Set(plan.regions.map((r) => r.parent));
    const total = plan.regions.reduce(
      (sum, r, i) => (r.level === "province" || parents.has(r.id) ? sum : sum + 5 + ((7 * i) % 40)),
      0,
    );
    expect(plan.regions.filter((r) => r.level !== "province" && !parents.has(r.id))).toHaveLength(87);
    expect(row?.latest).toEqual({ year: 2023, value: String(total) });
    // 1200 in 2020, 2000 by 2025: the rolled-up total is beyond the target.
    expect(total).toBeGreaterThan(2000);
    expect(row?.status).toBe("target-achieved");
    expect(card.unused).toEqual([]);
  });

  it("runs through the CLI with --plan, as an analyst would", async () => {
    const result = await run(
      ["report", "data.csv", "--plan", "gansu.json", "--as-of", "2023-12-31", "--format", "json"],
      { files: { "data.csv": csv, "gansu.json": planJson } },
    );
    expect(result.code).toBe(0);
    const card = JSON.parse(result.stdout) as { rows: unknown[] };
    expect(card.rows).toHaveLength(102); // 101 fiscal-share rows and the province's high-tech enterprises
  });
});

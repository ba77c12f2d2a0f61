/**
 * 口径 conversion as a property: for any non-negative yearly flows, stating them as flows (当年新增) or as their running
 * totals since the end of 2020 (累计, computed here exactly) gives the same validated observations and the same
 * assessment — for the cumulative target of an indicator reported as flows (high-level-talent-absorbed, 20 in
 * 2021–2025) and for the increment target of one reported as running totals (park enterprises, 20 more by 2025).
 * Rows come in any order. Both indicators count (persons, enterprises), so the flows are whole numbers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessPlan, validateObservations, wuwei14 } from "../src/index.js";
import { Dec, toDecimalString } from "../src/internal/decimal.js";

const asOf = "2026-06-30";

/** Non-negative whole flows for 2021, 2022, … (one to five years), as decimal strings. */
const flows = fc
  .array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 5 })
  .map((values) => values.map(String));

/** The running totals of flows, exactly: t_y = f_2021 + … + f_y. */
const runningTotals = (values: readonly string[]): string[] => {
  let sum = new Dec(0);
  return values.map((v) => {
    sum = sum.plus(v);
    return toDecimalString(sum);
  });
};

const rows = (indicator: string, values: readonly string[], reporting: string) =>
  values.map((value, i) => ({ indicator, region: "wuwei", year: 2021 + i, value, reporting }));

/** Rows in a random order. */
const shuffled = <T>(list: readonly T[]) => fc.shuffledSubarray([...list], { minLength: list.length });

const byYear = <T extends { year: number }>(list: readonly T[]) => [...list].sort((a, b) => a.year - b.year);

function same(indicator: string, target: string) {
  fc.assert(
    fc.property(
      flows.chain((f) =>
        fc.tuple(
          fc.constant(f),
          shuffled(rows(indicator, f, "当年新增")),
          shuffled(rows(indicator, runningTotals(f), "截至当年累计")),
        ),
      ),
      ([f, asFlows, asTotals]) => {
        const a = validateObservations(wuwei14, asFlows);
        const b = validateObservations(wuwei14, asTotals);
        expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(b.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(byYear(b.observations)).toEqual(byYear(a.observations));
        // The kept figures are in the indicator's own 口径: flows for the talent, running totals for the parks.
        const own = wuwei14.indicators.find((i) => i.id === indicator)?.reporting;
        expect(byYear(a.observations).map((o) => o.value)).toEqual(own === "flow" ? f : runningTotals(f));
        const assess = (observations: typeof a.observations) =>
          assessPlan(wuwei14, observations, { asOf, method: "schedule" }).results.find(
            (r) => r.target === target && r.region === "wuwei",
          );
        const resultA = assess(a.observations);
        expect(resultA).toBeDefined();
        expect(assess(b.observations)).toEqual(resultA);
        // And straight from the rows as written, assessPlan validating them itself.
        expect(
          assessPlan(wuwei14, asTotals as never, { asOf, method: "schedule" }).results.find(
            (r) => r.target === target && r.region === "wuwei",
          ),
        ).toEqual(resultA);
      },
    ),
    { numRuns: 80 },
  );
}

describe("口径: flows and their running totals give the same observations and assessment", () => {
  it("for the cumulative target of high-level-talent-absorbed (reported as flows)", () => {
    same("high-level-talent-absorbed", "high-level-talent-absorbed.2021-2025");
  });
  it("for the increment target of park-provincial-innovative-enterprises-added (reported as running totals)", () => {
    same("park-provincial-innovative-enterprises-added", "park-provincial-innovative-enterprises-added.2025");
  });
  it("the hand case of the issue, through the same helpers: flows 3, 5, 4 have running totals 3, 8, 12", () => {
    expect(runningTotals(["3", "5", "4"])).toEqual(["3", "8", "12"]);
    expect(runningTotals(["0", "7", "0"])).toEqual(["0", "7", "7"]);
  });
});

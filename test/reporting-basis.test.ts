import { describe, expect, it } from "vitest";
import { assessPlan, validateObservations, wuwei14 } from "../src/index.js";

const asOf = "2024-06-30";
const pick = (rows: object[], target: string) =>
  assessPlan(wuwei14, rows as never, { asOf, method: "schedule" }).results.find(
    (t) => t.target === target && t.region === "wuwei",
  );
// The city's figures of one indicator for 2021, 2022, …, with the 口径 they state (if any).
const cityRows = (indicator: string) => (values: number[], reporting?: string) =>
  values.map((v, i) => ({
    indicator,
    region: "wuwei",
    year: 2021 + i,
    value: String(v),
    ...(reporting === undefined ? {} : { reporting }),
  }));
const talent = cityRows("high-level-talent-absorbed");
const park = cityRows("park-provincial-innovative-enterprises-added");

describe("口径: the issue's hand cases", () => {
  it("running totals 3, 8, 12 stated 截至当年累计 for the cumulative 20 researchers: 12 of 20", () => {
    const a = pick(talent([3, 8, 12], "截至当年累计"), "high-level-talent-absorbed.2021-2025");
    // flows 3, 8−3 = 5, 12−8 = 4; total 12; completion 12/20 = 0.6; time share (2023−2021+1)/5 = 0.6; lead 0
    expect(a?.figures).toMatchObject({ total: "12", completion: "0.6", timeShare: "0.6", lead: "0" });
    expect(a?.status).toBe("on-schedule");
  });
  it("the same running totals without a 口径 are read as flows (3+8+12 = 23) and warned about", () => {
    const rows = talent([3, 8, 12]);
    const a = pick(rows, "high-level-talent-absorbed.2021-2025");
    expect(a?.figures).toMatchObject({ total: "23", completion: "1.15" });
    const warned = validateObservations(wuwei14, rows).issues.filter((i) => i.code === "reporting-suspect");
    // read as flows: 3 + 8 + 12 = 23; read as running totals: 12 (the latest)
    expect(warned.map((i) => [i.severity, i.params.figure, i.params.otherFigure])).toEqual([["warning", "23", "12"]]);
  });
  it("does not warn about ordinary flows 4, 5, 4 or 6, 6, 7", () => {
    for (const v of [
      [4, 5, 4],
      [6, 6, 7],
    ]) {
      expect(validateObservations(wuwei14, talent(v)).issues).toEqual([]);
    }
  });
  it("yearly additions 4, 5, 4 stated 当年新增 for the increment of 20 park enterprises: 13 of 20", () => {
    const a = pick(park([4, 5, 4], "当年新增"), "park-provincial-innovative-enterprises-added.2025");
    // running totals 4, 9, 13 from 0 in 2020 (by definition); gain 13; completion 13/20 = 0.65;
    // time share (2023−2020)/(2025−2020) = 0.6; lead 0.05
    expect(a?.figures).toMatchObject({
      increment: "13",
      completion: "0.65",
      timeShare: "0.6",
      lead: "0.05",
    });
    expect(a?.baseline).toEqual({ year: 2020, value: "0", origin: "definition" });
  });
  it("gives the same assessment from flows and from their running totals", () => {
    const flows = pick(park([4, 5, 4], "flow"), "park-provincial-innovative-enterprises-added.2025");
    const totals = pick(park([4, 9, 13]), "park-provincial-innovative-enterprises-added.2025");
    expect(flows?.figures).toEqual(totals?.figures);
    expect(flows?.figures).toBeDefined();
    const t1 = pick(talent([3, 5, 4]), "high-level-talent-absorbed.2021-2025");
    const t2 = pick(talent([3, 8, 12], "累计"), "high-level-talent-absorbed.2021-2025");
    expect(t2?.figures).toEqual(t1?.figures);
    expect(t1?.status).toBe("on-schedule");
  });
  it("yearly additions 4, 5, 4 without a 口径 are read as running totals and warned about (they fall)", () => {
    const issues = validateObservations(wuwei14, park([4, 5, 4])).issues;
    // read as running totals: the latest, 4; read as yearly additions: 4 + 5 + 4 = 13
    expect(issues.map((i) => [i.code, i.params.figure, i.params.otherFigure])).toEqual([
      ["reporting-suspect", "4", "13"],
    ]);
  });
  it("a gap year is a problem, never a guess", () => {
    const rows = [talent([3])[0], { ...talent([3, 8, 12])[2] }].map((r) => ({ ...r, reporting: "累计" }));
    const result = validateObservations(wuwei14, rows);
    // 2023's flow needs the 2022 running total, which is missing
    expect(result.issues.map((i) => [i.code, i.params.year])).toEqual([["reporting-not-convertible", 2022]]);
    expect(result.observations.map((o) => o.value)).toEqual(["3"]);
  });
});

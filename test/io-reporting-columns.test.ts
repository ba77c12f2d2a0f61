/**
 * 口径 per column: a wide table's year headers (`2021年(累计)`, `2021年（当年）`, `2021年(期末)`, `2021年累计`), a long
 * table's value header (`数值(累计)`), a wide table's 口径 column, and a JSON object's year keys state the 口径 of their
 * figures, which validation converts to the indicator's own; units in brackets (`数值(万元)`) still read as units.
 *
 * The hand cases are the issue's (see test/reporting-basis.test.ts), written out:
 *
 *   吸纳中央和省属在武科研单位高层次人才 (high-level-talent-absorbed; 口径 当年新增; cumulative target 20, 2021–2025)
 *     running totals 3, 8, 12  →  flows 3, 8 − 3 = 5, 12 − 8 = 4; total 12; completion 12 / 20 = 0.6;
 *     time share (2023 − 2021 + 1) / 5 = 0.6; lead 0  →  on schedule (not 3 + 8 + 12 = 23, 115 %)
 *   工业园区新增省级科技创新型企业 (park-provincial-innovative-enterprises-added; 口径 累计新增; increment 20 by 2025)
 *     yearly additions 4, 5, 4  →  running totals 4, 4 + 5 = 9, 9 + 4 = 13; gain 13; completion 13 / 20 = 0.65;
 *     time share (2023 − 2020) / 5 = 0.6; lead 0.05
 *
 * The figures are illustrative, not official statistics.
 */
import { assessPlan, validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservations, writeXlsx } from "@wuwei/sti-plan/io";
import { describe, expect, it } from "vitest";

const TALENT = "吸纳中央和省属在武科研单位高层次人才";
const PARK = "工业园区新增省级科技创新型企业";
const asOf = "2024-06-30";

/** Read a file, validate it, and give the kept observations and the assessment of one target in 武威市. */
function through(file: string | Uint8Array, target: string, options: { region?: string } = { region: "武威市" }) {
  const read = readObservations(file, options);
  const checked = validateObservations(wuwei14, read.rows);
  const result = assessPlan(wuwei14, checked.observations, { asOf, method: "schedule" }).results.find(
    (t) => t.target === target && t.region === "wuwei",
  );
  return { read, checked, result };
}

/** The kept observations as [year, value] pairs, in year order. */
const series = (observations: readonly { year: number; value: string | number }[]) =>
  [...observations].sort((a, b) => a.year - b.year).map((o) => [o.year, String(o.value)]);

const talentTarget = "high-level-talent-absorbed.2021-2025";
const parkTarget = "park-provincial-innovative-enterprises-added.2025";

describe("口径 in a wide table's year headers", () => {
  it("(累计): the running totals 3, 8, 12 of the cumulative 20 researchers give 12 of 20, as the flows 3, 5, 4 do", () => {
    const totals = through(`指标名称,单位,2021年(累计),2022年(累计),2023年(累计)\n${TALENT},名,3,8,12\n`, talentTarget);
    const flows = through(`指标名称,单位,2021年,2022年,2023年\n${TALENT},名,3,5,4\n`, talentTarget);
    expect(totals.read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(totals.read.layout).toBe("wide");
    // Each figure carries the 口径 its column states, as written.
    expect(totals.read.rows.map((r) => [r["year"], r["value"], r["reporting"]])).toEqual([
      ["2021", "3", "累计"],
      ["2022", "8", "累计"],
      ["2023", "12", "累计"],
    ]);
    expect(totals.checked.issues).toEqual([]);
    expect(series(totals.checked.observations)).toEqual([
      [2021, "3"],
      [2022, "5"],
      [2023, "4"],
    ]);
    expect(totals.checked.observations).toEqual(flows.checked.observations.map((o) => ({ ...o, reporting: "flow" })));
    expect(totals.result?.figures).toMatchObject({ total: "12", completion: "0.6", timeShare: "0.6", lead: "0" });
    expect(totals.result?.figures).toEqual(flows.result?.figures);
    expect([totals.result?.status, flows.result?.status]).toEqual(["on-schedule", "on-schedule"]);
  });

  it("（当年） in full-width brackets: yearly additions 4, 5, 4 of the park increment give 13 of 20, as running totals 4, 9, 13 do", () => {
    const flows = through(`指标名称,单位,2021年（当年）,2022年（当年）,2023年（当年）\n${PARK},家,4,5,4\n`, parkTarget);
    const totals = through(`指标名称,单位,2021年,2022年,2023年\n${PARK},家,4,9,13\n`, parkTarget);
    expect(flows.checked.issues).toEqual([]);
    expect(series(flows.checked.observations)).toEqual([
      [2021, "4"],
      [2022, "9"],
      [2023, "13"],
    ]);
    expect(flows.result?.figures).toMatchObject({
      increment: "13",
      completion: "0.65",
      timeShare: "0.6",
      lead: "0.05",
    });
    expect(flows.result?.figures).toEqual(totals.result?.figures);
  });

  it("(期末): stocks 30, 34, 39, 43 from the end of 2020 are the running totals 4, 9, 13 of the park increment", () => {
    // 34 − 30 = 4, 39 − 30 = 9, 43 − 30 = 13; 2020's own running total is 0 by definition.
    const stocks = through(
      `指标名称,单位,2020年(期末),2021年(期末),2022年(期末),2023年(期末)\n${PARK},家,30,34,39,43\n`,
      parkTarget,
    );
    expect(stocks.checked.issues).toEqual([]);
    expect(series(stocks.checked.observations)).toEqual([
      [2020, "0"],
      [2021, "4"],
      [2022, "9"],
      [2023, "13"],
    ]);
    expect(stocks.result?.figures).toMatchObject({ increment: "13", completion: "0.65", lead: "0.05" });
  });

  it("2021年累计 after the year, and a mix: 2021 without a 口径 is the indicator's own, 2022–2023 running totals", () => {
    const suffix = through(`指标名称,单位,2021年累计,2022年累计,2023年累计\n${TALENT},名,3,8,12\n`, talentTarget);
    expect(series(suffix.checked.observations)).toEqual([
      [2021, "3"],
      [2022, "5"],
      [2023, "4"],
    ]);
    // 2021: 3 as a flow; 2022: 8 running total − 3 = 5; 2023: 12 − 8 = 4.
    const mixed = through(`指标名称,单位,2021年,2022年(累计),2023年(累计)\n${TALENT},名,3,8,12\n`, talentTarget);
    expect(series(mixed.checked.observations)).toEqual([
      [2021, "3"],
      [2022, "5"],
      [2023, "4"],
    ]);
    expect(mixed.result?.figures).toMatchObject({ total: "12", completion: "0.6" });
  });

  it("a 口径 column states each row's; it wins over a year header's", () => {
    const file = [
      "指标名称,单位,口径,2021年(累计),2022年(累计),2023年(累计)",
      `${TALENT},名,,3,8,12`,
      `${PARK},家,当年新增,4,5,4`,
    ].join("\n");
    const read = readObservations(file, { region: "武威市" });
    expect(read.problems.filter((p) => p.code === "ignored-column")).toEqual([]);
    const { observations, issues } = validateObservations(wuwei14, read.rows);
    expect(issues).toEqual([]);
    const of = (id: string) => series(observations.filter((o) => o.indicator === id));
    // talent: the header's 累计 (3, 8, 12 → 3, 5, 4); park: the row's 当年新增 (4, 5, 4 → 4, 9, 13)
    expect(of("high-level-talent-absorbed")).toEqual([
      [2021, "3"],
      [2022, "5"],
      [2023, "4"],
    ]);
    expect(of("park-provincial-innovative-enterprises-added")).toEqual([
      [2021, "4"],
      [2022, "9"],
      [2023, "13"],
    ]);
  });

  it("the same in an .xlsx workbook", () => {
    const bytes = writeXlsx([
      {
        name: "武威市",
        rows: [
          ["指标名称", "单位", "2021年(累计)", "2022年(累计)", "2023年(累计)"],
          [TALENT, "名", 3, 8, 12],
        ],
      },
    ]);
    const totals = through(bytes, talentTarget);
    expect(totals.read.format).toBe("xlsx");
    expect(series(totals.checked.observations)).toEqual([
      [2021, "3"],
      [2022, "5"],
      [2023, "4"],
    ]);
    expect(totals.result?.figures).toMatchObject({ total: "12", completion: "0.6" });
  });

  it("a bracket that names no 口径 is no year column: 2021年(初步数) is listed as ignored", () => {
    const read = readObservations(`指标名称,单位,2021年,2022年(初步数)\n${TALENT},名,3,5\n`, { region: "武威市" });
    expect(read.rows.map((r) => [r["year"], r["value"]])).toEqual([["2021", "3"]]);
    expect(read.problems.map((p) => [p.code, p.received])).toEqual([["ignored-column", "2022年(初步数)"]]);
  });
});

describe("口径 in a long table's value header", () => {
  it("数值(累计): running totals give the flows and the assessment of the plain table", () => {
    const long = (head: string, values: number[]) =>
      [head, ...values.map((v, i) => `high-level-talent-absorbed,wuwei,${2021 + i},${v}`)].join("\n");
    const totals = through(long("指标,地区,年份,数值(累计)", [3, 8, 12]), talentTarget);
    const flows = through(long("指标,地区,年份,数值", [3, 5, 4]), talentTarget);
    expect(totals.read.layout).toBe("long");
    expect(totals.read.rows.map((r) => r["reporting"])).toEqual(["累计", "累计", "累计"]);
    expect(totals.checked.issues).toEqual([]);
    expect(series(totals.checked.observations)).toEqual(series(flows.checked.observations));
    expect(totals.result?.figures).toEqual(flows.result?.figures);
    expect(totals.result?.figures).toMatchObject({ total: "12", completion: "0.6" });
  });

  it("数值(万元) is still a unit; 数值（当年，万元） is both; a row's 口径 cell wins over the header's", () => {
    const unit = readObservations("指标,地区,年份,数值(万元)\nrd-expenditure,wuwei,2023,5200\n");
    expect(unit.rows[0]).toMatchObject({ value: "5200", unit: "万元" });
    expect(unit.rows[0]?.["reporting"]).toBeUndefined();
    const both = readObservations("指标,地区,年份,数值（当年，万元）\nrd-expenditure,wuwei,2023,5200\n");
    expect(both.rows[0]).toMatchObject({ value: "5200", unit: "万元", reporting: "当年" });
    const own = readObservations(
      "指标,地区,年份,口径,数值(累计)\nhigh-level-talent-absorbed,wuwei,2021,当年,3\nhigh-level-talent-absorbed,wuwei,2022,,8\n",
    );
    expect(own.rows.map((r) => r["reporting"])).toEqual(["当年", "累计"]);
    // 2021: a flow, 3; 2022: running total 8 − 3 = 5.
    expect(series(validateObservations(wuwei14, own.rows).observations)).toEqual([
      [2021, "3"],
      [2022, "5"],
    ]);
  });
});

describe("口径 in a JSON object's year keys", () => {
  it('"2021年(累计)": 3 … reads as the running totals they are', () => {
    const json = JSON.stringify([
      {
        indicator: "high-level-talent-absorbed",
        region: "wuwei",
        "2021年(累计)": 3,
        "2022年(累计)": 8,
        "2023年(累计)": 12,
      },
    ]);
    const totals = through(json, talentTarget, {});
    expect(totals.read.layout).toBe("wide");
    expect(series(totals.checked.observations)).toEqual([
      [2021, "3"],
      [2022, "5"],
      [2023, "4"],
    ]);
    expect(totals.result?.figures).toMatchObject({ total: "12", completion: "0.6" });
  });
});

/**
 * `wuwei-sti-plan template`: the form a city sends its counties, and that the form, filled in, reads back with no
 * problem. The indicator counts are those of the plan's catalogue: 19 indicators are reported for each county (the
 * eight county targets of 表1 and their inputs), all 47 for the city. Each row states the indicator's 口径: 期末存量 for
 * the county's 19 (levels and rates), 当年新增 for the talent the cumulative 20 of line 452 sums, 累计新增 for the
 * park enterprises the increment of line 214 counts since the end of 2020.
 */
import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservations } from "@wuwei/sti-plan/io";
import { scorecard } from "@wuwei/sti-plan/report";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { run } from "./support/cli.js";

/**
 * Fill every empty year cell of a wide CSV form with "1" (valid in every unit): the lines between the header (line 2)
 * and the blank line before the instructions, columns after 指标名称, 单位 and 口径. Parsed and written again with
 * papaparse, since English names hold commas.
 */
function fill(csv: string, yearColumns: number): string {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "").replace(/\r\n$/, "")).data;
  const end = rows.findIndex((r, i) => i > 1 && r.every((c) => c === ""));
  const filled = rows.map((r, i) =>
    i < 2 || i >= end ? r : r.map((c, k) => (k >= 3 && k < 3 + yearColumns ? "1" : c)),
  );
  return Papa.unparse(filled, { newline: "\r\n" });
}

describe("wuwei-sti-plan template", () => {
  it("writes the wide form for 民勤县: title, header (the baseline year 2020 and 2021–2025), 19 indicators with units and 口径, empty cells, instructions", async () => {
    const r = await run(["template", "--region", "minqin"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\uFEFF")).toBe(true);
    const lines = r.stdout.slice(1).split("\r\n");
    expect(lines.slice(0, 4)).toEqual([
      "民勤县科技创新主要指标填报表（2020—2025年）,,,,,,,,,",
      "指标名称,单位,口径,2020年,2021年,2022年,2023年,2024年,2025年,备注",
      "研发经费投入强度,%,期末存量,,,,,,,",
      "市、县两级本级财政科技支出占一般公共预算支出的比重,%,期末存量,,,,,,,",
    ]);
    const data = lines.slice(2, lines.indexOf(",,,,,,,,,"));
    expect(data).toHaveLength(19);
    expect(data).toContain("高新技术企业数,家,期末存量,,,,,,,");
    expect(data).toContain("技术市场成交合同金额,亿元,期末存量,,,,,,,");
    expect(lines.some((l) => l.startsWith("填报说明："))).toBe(true);
    expect(lines.some((l) => l.includes("不要用 0 代替"))).toBe(true);
    // What each 口径 means, with the baseline year of the plan (2020).
    expect(lines.some((l) => l.includes("累计新增＝自2020年末起到当年末的累计新增（2020年为0"))).toBe(true);
    expect(lines.some((l) => l.includes("当年新增＝当年内新增的数量"))).toBe(true);
    expect(lines.some((l) => l.includes("期末存量＝当年末的总量"))).toBe(true);
  });

  it("states each indicator's 口径 on the city's form: 当年新增 for the talent, 累计新增 for the park enterprises", async () => {
    const lines = (await run(["template"])).stdout.slice(1).split("\r\n");
    const basis = (name: string) => lines.find((l) => l.startsWith(`${name},`))?.split(",")[2];
    expect(basis("吸纳中央和省属在武科研单位高层次人才")).toBe("当年新增");
    expect(basis("工业园区新增省级科技创新型企业")).toBe("累计新增");
    expect(basis("研发经费投入强度")).toBe("期末存量");
  });

  it("reads back empty with no problem (19 × 6 = 114 cells without a figure), and filled with 114 valid figures", async () => {
    const form = (await run(["template", "--region", "minqin"])).stdout;
    const empty = readObservations(form);
    expect(empty.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect([empty.layout, empty.counts.rows, empty.counts.noFigure]).toEqual(["wide", 0, 19 * 6]);
    const filled = readObservations(fill(form, 6));
    expect(filled.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const checked = validateObservations(wuwei14, filled.rows);
    // Plausibility warnings about the made-up figures are not this test's subject: no error.
    expect(checked.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(checked.observations).toHaveLength(114);
    expect(checked.observations).toContainEqual({
      indicator: "high-tech-enterprises",
      region: "minqin",
      year: 2023,
      value: "1",
      unit: "enterprise",
      reporting: "stock",
    });
  });

  it("converts a row whose 口径 the county changed: running totals 3, 8, 12 entered as 累计 give the talent's 12 of 20", async () => {
    const form = (await run(["template", "--years", "2021-2023"])).stdout;
    const rows = Papa.parse<string[]>(form.replace(/^\uFEFF/, "")).data;
    const edited = rows.map((r) =>
      r[0] === "吸纳中央和省属在武科研单位高层次人才" ? [r[0], r[1] ?? "", "累计", "3", "8", "12", ""] : r,
    );
    const read = readObservations(Papa.unparse(edited));
    expect(read.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const { observations, issues } = validateObservations(wuwei14, read.rows);
    expect(issues).toEqual([]);
    // flows 3, 8 − 3 = 5, 12 − 8 = 4: total 12 of 20 = 60 %, time share 3/5 = 60 %
    expect(observations.map((o) => [o.year, o.value])).toEqual([
      [2021, "3"],
      [2022, "5"],
      [2023, "4"],
    ]);
    const card = scorecard(wuwei14, observations, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
    const row = card.rows.find((r) => r.indicator.id === "high-level-talent-absorbed");
    expect([row?.figures["total"], row?.figures["completion"], row?.status]).toEqual(["12", "0.6", "on-schedule"]);
  });

  it("gives a county the baseline year, so its own targets can be assessed once the form is filled", async () => {
    // 民勤县 has no baseline in the plan for its fiscal S&T share: the 2020 column supplies it (1 → 1, all ones).
    const form = (await run(["template", "--region", "minqin"])).stdout;
    const { observations } = validateObservations(wuwei14, readObservations(fill(form, 6)).rows);
    const card = scorecard(wuwei14, observations, { asOf: "2026-11-27", method: "schedule", region: "minqin" });
    const row = card.rows.find((r) => r.indicator.id === "fiscal-st-share");
    expect([row?.baseline?.year, row?.baseline?.origin, row?.status]).toEqual([2020, "reported", "target-achieved"]);
  });

  it("in English, for the city, years 2024-2025: English headers, names and units, still read back", async () => {
    const r = await run(["template", "--years", "2024-2025", "--lang", "en"]);
    const lines = r.stdout.slice(1).split("\r\n");
    expect(lines[0]?.startsWith("武威市 Wuwei City: S&T innovation indicators 2024–2025 (form),")).toBe(true);
    expect(lines[1]).toBe("indicator,unit,basis,2024,2025,note");
    expect(lines.some((l) => l.startsWith("Notes:"))).toBe(true);
    expect(
      lines.some((l) =>
        l.includes("running total since the base year (累计新增) = the total added from the end of 2020"),
      ),
    ).toBe(true);
    const filled = readObservations(fill(r.stdout, 2));
    const checked = validateObservations(wuwei14, filled.rows);
    // Plausibility warnings about the made-up figures are not this test's subject: no error.
    expect(checked.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(checked.observations).toHaveLength(47 * 2);
    expect(new Set(checked.observations.map((o) => o.region))).toEqual(new Set(["wuwei"]));
  });

  it("writes the long form as .xlsx, which reads back as a long workbook with no problem", async () => {
    const r = await run([
      "template",
      "--layout",
      "long",
      "--region",
      "古浪县",
      "--years",
      "2023-2024",
      "--format",
      "xlsx",
      "--out",
      "f.xlsx",
    ]);
    expect([r.code, r.stderr]).toEqual([0, "已写入 f.xlsx\n"]);
    const bytes = r.writtenBytes["f.xlsx"] as Uint8Array;
    const file = readObservations(bytes);
    expect([file.format, file.layout, file.sheets]).toEqual(["xlsx", "long", ["填报表"]]);
    expect(file.problems.filter((p) => p.severity !== "info")).toEqual([]);
    // 19 indicators × 2 years, each a line with an empty 数值 cell.
    expect(file.counts.noFigure).toBe(38);
  });

  it("refuses options it cannot honour, as usage errors", async () => {
    for (const argv of [
      ["template", "--years", "2025-2021"],
      ["template", "--years", "twenty"],
      ["template", "--format", "xlsx"],
      ["template", "--format", "pdf"],
      ["template", "--layout", "diagonal"],
      ["template", "--region", "兰州市"],
    ]) {
      expect((await run(argv)).code, argv.join(" ")).toBe(2);
    }
  });
});

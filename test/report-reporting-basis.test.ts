/**
 * 口径 where people read the results: a cumulative target's scorecard row shows the running total its judgement uses
 * (with the years it covers) where the last year's figure alone would read as the whole; the catalogue and `--help`
 * say each indicator's 口径.
 *
 * Hand case (the issue's): high-level-talent-absorbed, cumulative 20 in 2021–2025, flows 3, 5, 4 in 2021–2023.
 *   running total 3 + 5 + 4 = 12 over 2021–2023; completion 12 / 20 = 60 %; time share 3 / 5 = 60 %; lead 0.
 *   The last year's figure is 4 (2023): the row must say 12 (2021-2023), not 4 (2023).
 * rd-intensity (an end level, not cumulative): 0.95 in 2023 stays "0.95 (2023)".
 */
import { wuwei14 } from "@wuwei/sti-plan";
import {
  renderCsv,
  renderEvaluationReport,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderText,
  scorecard,
  scorecardSheets,
} from "@wuwei/sti-plan/report";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { run } from "./support/cli.js";

const observations = [
  { indicator: "high-level-talent-absorbed", region: "wuwei", year: 2021, value: "3" },
  { indicator: "high-level-talent-absorbed", region: "wuwei", year: 2022, value: "5" },
  { indicator: "high-level-talent-absorbed", region: "wuwei", year: 2023, value: "4" },
  { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" },
];
const card = scorecard(wuwei14, observations, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
const talent = card.rows.find((r) => r.indicator.id === "high-level-talent-absorbed");
const rd = card.rows.find((r) => r.indicator.id === "rd-intensity");

describe("a cumulative target's row shows the running total it is judged on", () => {
  it("carries runningTotal 12 over 2021–2023 beside the latest flow 4 (2023)", () => {
    expect(talent?.latest).toEqual({ year: 2023, value: "4" });
    expect(talent?.runningTotal).toEqual({ from: 2021, to: 2023, value: "12" });
    expect([talent?.figures["total"], talent?.figures["completion"], talent?.status]).toEqual([
      "12",
      "0.6",
      "on-schedule",
    ]);
    expect(rd?.runningTotal).toBeUndefined();
  });

  it("prints 累计 12 (2021-2023) in text and Markdown, total 12 (2021-2023) in English; 0.95 (2023) for an end level", () => {
    const text = renderText(card);
    const line = text.split("\n").find((l) => l.startsWith("吸纳中央和省属在武科研单位高层次人才"));
    expect(line).toContain("累计 12 (2021-2023)");
    expect(line).not.toContain("4 (2023)");
    expect(text.split("\n").find((l) => l.startsWith("研发经费投入强度"))).toContain("0.95 (2023)");
    const md = renderMarkdown(card, { lang: "en" });
    const mdRow = md.split("\n").find((l) => l.includes("High-level researchers"));
    expect(mdRow).toContain("| total 12 (2021-2023) |");
  });

  it("in HTML, the A4 evaluation report and JSON", () => {
    expect(renderHtml(card)).toContain("累计 12 (2021-2023)");
    expect(renderEvaluationReport(card)).toContain("累计 12 (2021-2023)");
    const json = JSON.parse(renderJson(card)) as typeof card;
    expect(json.rows.find((r) => r.indicator.id === "high-level-talent-absorbed")?.runningTotal).toEqual({
      from: 2021,
      to: 2023,
      value: "12",
    });
  });

  it("in CSV and the workbook as columns of their own, exact", () => {
    const [header, ...rows] = Papa.parse<string[]>(renderCsv(card, { lang: "en" }), { skipEmptyLines: true }).data;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const row = rows.find((r) => r[col("indicator")] === "high-level-talent-absorbed") ?? [];
    expect([col("running_total"), col("running_total_from"), col("running_total_to")].every((i) => i > 0)).toBe(true);
    expect([row[col("latest_value")], row[col("running_total")], row[col("running_total_from")]]).toEqual([
      "4",
      "12",
      "2021",
    ]);
    expect(row[col("running_total_to")]).toBe("2023");
    const rdRow = rows.find((r) => r[col("indicator")] === "rd-intensity") ?? [];
    expect(rdRow[col("running_total")]).toBe("");
    const [sheet] = scorecardSheets(card, { lang: "en" });
    const sheetHeader = sheet?.rows[0] as readonly unknown[];
    const sheetRow = sheet?.rows.find((r) => r[0] === "high-level-talent-absorbed") ?? [];
    expect(sheetRow[sheetHeader.indexOf("running total (in unit)")]).toEqual({ number: "12" });
    expect(sheetRow[sheetHeader.indexOf("running total from")]).toBe(2021);
  });

  it("marks a provisional last year: 累计 12 (2021-2023p)", () => {
    const provisional = observations.map((o) => (o.year === 2023 ? { ...o, status: "provisional" as const } : o));
    const c = scorecard(wuwei14, provisional, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
    expect(renderText(c)).toContain("累计 12 (2021-2023p)");
  });

  it("has no running total where the method does not judge the total (growth-ratio)", () => {
    const c = scorecard(wuwei14, observations, { asOf: "2024-06-30", method: "growth-ratio", region: "wuwei" });
    expect(c.rows.find((r) => r.indicator.id === "high-level-talent-absorbed")?.runningTotal).toBeUndefined();
  });
});

describe("the catalogue and --help say each indicator's 口径", () => {
  it("indicators: a 口径 column (当年新增, 累计新增, 期末存量), a reporting field in CSV and JSON", async () => {
    const text = (await run(["indicators"])).stdout.split("\n");
    expect(text[2]).toMatch(/属性\s+口径\s+目标/);
    const line = (id: string) => text.find((l) => l.startsWith(`${id} `)) ?? "";
    // cumulative 20 summed from yearly figures; increment of 20 counted since the end of 2020; an end level
    expect(line("high-level-talent-absorbed")).toContain("当年新增");
    expect(line("park-provincial-innovative-enterprises-added")).toContain("累计新增");
    expect(line("rd-intensity")).toContain("期末存量");
    const csv = Papa.parse<Record<string, string>>((await run(["indicators", "--format", "csv"])).stdout, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(csv.find((r) => r["indicator"] === "park-provincial-innovative-enterprises-added")?.["reporting"]).toBe(
      "running-total",
    );
    const json = JSON.parse((await run(["indicators", "--format", "json"])).stdout) as {
      id: string;
      reporting: string;
    }[];
    expect(json.find((i) => i.id === "high-level-talent-absorbed")?.reporting).toBe("flow");
    expect(new Set(json.map((i) => i.reporting))).toEqual(new Set(["flow", "running-total", "stock"]));
    const en = (await run(["indicators", "--lang", "en"])).stdout;
    expect(en).toContain("running total since the base year");
  });

  it("--help explains 口径 and names the columns and headers it is read from", async () => {
    const report = (await run(["report", "--help"])).stdout;
    for (const words of [
      "当年新增",
      "累计新增",
      "期末存量",
      "统计口径",
      "2021年(累计)",
      "数值(累计)",
      "数值(万元) 仍是单位",
    ]) {
      expect(report).toContain(words);
    }
    const en = (await run(["report", "--help", "--lang", "en"])).stdout;
    expect(en).toContain("a row's own cell wins over its header");
    expect((await run(["--help"])).stdout).toContain("口径：");
    expect((await run(["template", "--help", "--lang", "en"])).stdout).toContain("its basis");
  });
});

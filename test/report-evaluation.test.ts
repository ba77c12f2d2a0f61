import { describe, expect, it } from "vitest";
import { validateObservations, wuwei14 } from "../src/index.js";
import { readObservationsCsv } from "../src/io/index.js";
import type { ReadRow } from "../src/io/shared.js";
import {
  type ReportProblem,
  renderEvaluationReport,
  type Scorecard,
  scorecard,
  trajectories,
} from "../src/report/index.js";
import { fixture, fixtureRows } from "./support/scorecard-fixture.js";

/** The text of the first element matching `pattern`'s group, tags removed. */
const textOf = (html: string, pattern: RegExp): string => (pattern.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "");

/** One section of the report by id. */
const section = (html: string, id: string): string => {
  const m = new RegExp(`<(section|nav)[^>]* id="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!m) throw new Error(`no section ${id}`);
  return m[2] ?? "";
};

describe("renderEvaluationReport on the hand-made scorecard (as of 2023-12-31, schedule method)", () => {
  const html = renderEvaluationReport(fixture);

  it("has a cover with the plan, its document number, the kind of report and the date", () => {
    const cover = section(html, "cover");
    expect(cover).toContain('<p class="plan">武威市“十四五”科技创新规划</p>');
    expect(cover).toContain('<p class="number">武政办发〔2022〕9号</p>');
    // 2023-12-31 is before the end of 2025: a mid-term evaluation.
    expect(cover).toContain("<h1>实施情况中期评估报告</h1>");
    expect(cover).toContain('<tr><th scope="row">评估日期</th><td>2023-12-31</td></tr>');
    expect(cover).toContain('<tr><th scope="row">评估方法</th><td>序时进度法</td></tr>');
    expect(cover).toContain('<tr><th scope="row">评估目标</th><td>6</td></tr>');
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
  });

  it("counts the statuses exactly as the scorecard's own summary does", () => {
    const summary = section(html, "summary");
    const counted: Record<string, number> = {};
    for (const m of summary.matchAll(/data-count="([a-z-]+)">(\d+)</g)) counted[m[1] ?? ""] = Number(m[2]);
    expect(counted).toEqual({ ...fixture.summary.byStatus, total: fixture.summary.total });
    const binding: Record<string, number> = {};
    for (const m of summary.matchAll(/data-binding="([a-z-]+)">(\d+)</g)) binding[m[1] ?? ""] = Number(m[2]);
    // One binding row (Tianzhu's never-decrease, on schedule): the other statuses have 0 binding rows.
    expect(binding).toEqual({
      "target-achieved": 0,
      "on-schedule": 1,
      "behind-schedule": 0,
      regressing: 0,
      "not-assessable": 0,
      total: 1,
    });
  });

  it("counts the four classes worked out by hand, with the band stated", () => {
    const summary = section(html, "summary");
    const classes: Record<string, string> = {};
    for (const m of summary.matchAll(
      /<tr data-class="([a-z-]+)"><th scope="row">[^<]*<\/th><td class="num">(\d+)<\/td><td class="num">([^<]*)</g,
    )) {
      classes[m[1] ?? ""] = `${m[2]} ${m[3]}`;
    }
    // R&D −0.225 and the rank (regressing) lag; high-tech +0.036 and Tianzhu in line; turnover achieved in 2023.
    expect(classes).toEqual({
      "achieved-early": "1 16.7%",
      faster: "0 0.0%",
      "in-line": "2 33.3%",
      lagging: "2 33.3%",
      "not-assessable": "1 16.7%",
    });
    expect(summary).toContain(
      "截至2023-12-31，共评估6项目标（按地区分别计），其中提前实现1项，快于预期0项，基本符合预期2项，相对滞后2项，无法评估1项。",
    );
    expect(summary).toContain("完成进度超过时间进度 5 个百分点及以上");
  });

  it("has a table for every chapter, a row per target and region", () => {
    const chapters = section(html, "chapters");
    const tables = [...chapters.matchAll(/<table class="detail" data-chapter="([^"]+)">([\s\S]*?)<\/table>/g)];
    expect(tables.map((t) => t[1])).toEqual(fixture.summary.byChapter.map((c) => c.id));
    const rowsIn = (body: string) => [...body.matchAll(/<tr data-indicator="([^"]+)" data-region="([^"]+)">/g)];
    expect(rowsIn(tables[0]?.[2] ?? "")).toHaveLength(5);
    expect(rowsIn(tables[1]?.[2] ?? "").map((m) => `${m[1]}/${m[2]}`)).toEqual(["fiscal-st-expenditure/tianzhu"]);
    expect(tables[0]?.[2]).toContain(
      "<caption>表3　二、总体要求（5项：已实现 1，符合序时进度 1，滞后于序时进度 1，倒退 1，无法评估 1）</caption>",
    );
    // The R&D row: 0.62 (2020), 力争 1.5, 0.95 (2023), 37.5 %, 60.0 %, behind, lagging.
    const rd = /<tr data-indicator="rd-intensity"[^>]*>([\s\S]*?)<\/tr>/.exec(chapters)?.[1] ?? "";
    expect(rd.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|")).toBe(
      "|研发经费投入强度(%)|武威市|0.62 (2020)|力争 1.5 (2025)|0.95 (2023)|37.5%|60.0%|滞后于序时进度|相对滞后|",
    );
    // Headers repeat on each printed page.
    expect(chapters.match(/<thead>/g)).toHaveLength(tables.length);
    expect(html).toContain("thead { display: table-header-group; }");
  });

  it("has a row per region", () => {
    const regions = section(html, "regions");
    expect([...regions.matchAll(/<tr data-region="([^"]+)">/g)].map((m) => m[1])).toEqual([
      "wuwei",
      "minqin",
      "tianzhu",
    ]);
    // Wuwei: 4 targets — 1 achieved early, 0 faster, 1 in line (high-tech), 2 lagging (R&D, rank), 0 not assessable.
    const wuwei = /<tr data-region="wuwei">([\s\S]*?)<\/tr>/.exec(regions)?.[1] ?? "";
    expect(wuwei.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|")).toBe(
      "|武威市|4|1|0|1|2|0|已实现 1，符合序时进度 1，滞后于序时进度 1，倒退 1|",
    );
    const header = /<table class="regions">[\s\S]*?<thead>([\s\S]*?)<\/thead>/.exec(regions)?.[1] ?? "";
    expect(header.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|")).toBe(
      "|地区|合计|提前实现|快于预期|基本符合预期|相对滞后|无法评估|状态|",
    );
  });

  it("draws a chart per target", () => {
    const charts = section(html, "charts");
    expect(charts.match(/<figure class="chart"/g)).toHaveLength(fixtureRows.length);
    expect(charts.match(/<svg [^>]*role="img"/g)).toHaveLength(fixtureRows.length);
    expect(charts).toContain("<figcaption>图1　研发经费投入强度(%)（武威市）</figcaption>");
  });

  it("lists the targets that could not be assessed, with the reason, escaped", () => {
    const appendix = section(html, "problems");
    expect(appendix).toContain("读取和校验报送数据时未发现问题。");
    expect(textOf(appendix, /<tr data-indicator="fiscal-st-share" data-region="minqin">([\s\S]*?)<\/tr>/)).toBe(
      "本级财政科技支出占一般公共预算支出的比重(%)民勤县缺少基期值 &#60;民勤县&#62;",
    );
    expect(html).not.toContain("<民勤县>");
  });

  it("explains the methods with formulas and sources", () => {
    const methods = section(html, "methods");
    expect(methods).toContain("C = (x_t − x_0) / (X* − x_0)");
    expect(methods).toContain("0.62 + 3/5 × 0.88 = 1.148");
    expect(methods).toContain("未公布划分标准");
    expect(methods).toContain("武政办发〔2022〕9号");
  });

  it("is laid out for A4: page size and margins, page breaks, running header and page numbers", () => {
    expect(html).toContain("size: A4;");
    expect(html).toMatch(/@top-left \{ content: "武威市“十四五”科技创新规划实施情况中期评估报告";/);
    expect(html).toMatch(/@top-right \{ content: "评估日期：2023-12-31";/);
    expect(html).toContain('@bottom-center { content: counter(page) " / " counter(pages);');
    expect(html).toMatch(/@page :first \{\s*@top-left \{ content: none; \}/);
    expect(html).toContain("section.page, nav.page { break-before: page;");
    expect(html).toContain("figure { margin: 0; break-inside: avoid;");
    expect(html).toMatch(/tr, \.keep \{ break-inside: avoid;/);
    // Self-contained: no script, no external resource.
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
  });
});

describe("renderEvaluationReport: stage, language, other methods, hostile text", () => {
  it("is a final evaluation after the period, in English on request", () => {
    const final: Scorecard = { ...fixture, asOf: "2026-03-31" };
    const html = renderEvaluationReport(final, { lang: "en" });
    expect(html).toContain("<h1>Final evaluation report</h1>");
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("As of 2023-12-31".replace("2023-12-31", "2026-03-31"));
    expect(renderEvaluationReport(final, { stage: "mid-term" })).toContain("<h1>实施情况中期评估报告</h1>");
  });

  it("counts the method's statuses instead of the classes under another method", () => {
    const html = renderEvaluationReport({ ...fixture, method: "growth-ratio" });
    expect(section(html, "summary")).not.toContain('data-class="');
    expect(section(html, "summary")).toContain("四类以序时进度法的完成进度与时间进度划分");
  });

  it("takes another band", () => {
    // With a 2-point band, high-tech's +3.6 points is faster than expected.
    const html = renderEvaluationReport(fixture, { band: "0.02" });
    expect(textOf(html, /<tr data-class="faster">([\s\S]*?)<\/tr>/)).toBe(
      "快于预期116.7%完成进度超过时间进度 2 个百分点及以上",
    );
  });

  it("escapes the plan's title in the page, and in the CSS of the running header", () => {
    const hostile: Scorecard = {
      ...fixture,
      plan: { ...fixture.plan, title: { zh: '规划</style><script>alert("x")</script>', en: "x" } },
    };
    const html = renderEvaluationReport(hostile);
    expect(html).not.toContain("<script>");
    expect(html).not.toMatch(/<\/style><script/);
    expect(html).toContain('@top-left { content: "规划\\3c /style\\3e \\3c script\\3e alert(\\22 x\\22 )');
    expect(html).toContain("规划&#60;/style&#62;&#60;script&#62;");
  });
});

describe("renderEvaluationReport on figures read from a file, as an office sends them", () => {
  // Three problems on purpose: an unknown region (line 4), a value that is not a number (line 5) and the same
  // figure twice (line 7 repeats line 6).
  const csv = [
    "指标,地区,年份,数值,状态",
    "研发经费投入强度,武威市,2022,0.80,",
    "研发经费投入强度,武威市,2023,0.95,初步",
    "研发经费投入强度,兰州市,2023,0.9,",
    "高新技术企业数,武威市,2023,六十六,",
    "高新技术企业数,武威市,2022,64,",
    "高新技术企业数,武威市,2022,64,",
  ].join("\n");
  const read = readObservationsCsv(csv);
  const checked = validateObservations(wuwei14, read.rows as readonly ReadRow[]);
  const problems: readonly ReportProblem[] = [...read.issues, ...checked.issues];
  const card = scorecard(wuwei14, checked.observations, { asOf: "2023-12-31", method: "schedule", region: "wuwei" });
  const html = renderEvaluationReport(card, {
    problems,
    source: "武威市2023年报送.csv",
    trajectories: trajectories(card, { plan: wuwei14, observations: checked.observations }),
  });

  it("has an appendix row per problem, with its file line", () => {
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [4, "unknown-region"],
      [5, "not-a-number"],
      [7, "duplicate-identical"],
    ]);
    const appendix = section(html, "problems");
    const rows = [...appendix.matchAll(/<tr data-code="([a-z-]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((r) => r[1])).toEqual(["unknown-region", "not-a-number", "duplicate-identical"]);
    expect(rows[0]?.[2]?.replace(/<[^>]+>/g, "|").replace(/\|+/g, "|")).toMatch(
      /^\|1\|第4行，地区\|错误\|unknown-region\|.*兰州市/,
    );
    expect(rows[2]?.[2]).toContain("警告");
    expect(appendix).toContain("（3项）：武威市2023年报送.csv");
    expect(section(html, "cover")).toContain('<tr><th scope="row">数据来源</th><td>武威市2023年报送.csv</td></tr>');
  });

  it("charts the years reported, the provisional one hollow", () => {
    const rd =
      /<figure class="chart" data-indicator="rd-intensity" data-region="wuwei">([\s\S]*?)<\/figure>/.exec(html)?.[1] ??
      "";
    const points = [
      ...rd.matchAll(
        /class="tj-pt"[^>]*data-year="(\d+)" data-value="([^"]+)"(?: data-status="([a-z]+)")?[^>]*fill="([^"]+)"/g,
      ),
    ];
    expect(points.map((m) => [m[1], m[2], m[3], m[4]])).toEqual([
      ["2022", "0.8", undefined, "#0072B2"],
      ["2023", "0.95", "provisional", "#ffffff"],
    ]);
  });
});

/**
 * The scorecard by level (issue 13, item 4): `scorecardByLevel` and its renderers, on a hand-made plan of two
 * cities with two counties each, whose figures are worked out by hand below, and on the illustrative Gansu example
 * (examples/gansu-14-illustrative.json; its figures follow the generator's rule, see test/example-gansu.test.ts:
 * baseline = lo + ((37·i) mod 100)/100 · (hi − lo) rounded to 2 places, lo/hi 0.8/1.9 for a city and 0.3/1.0 for a
 * county, i the region's index in the plan; the figure of 2021 + k is baseline + 0.05·(k + 1)·(i mod 3 + 1)).
 *
 * Schedule method, as of 2023-12-31, baseline year 2020, target year 2025: time share τ = (2023 − 2020)/(2025 − 2020)
 * = 3/5 = 0.6; completion C = (x2023 − x0)/(X* − x0); lead = C − τ; classes with the default band 0.05
 * (lead ≥ 0.05 faster, −0.05 ≤ lead < 0.05 in line, below lagging; a target met before its year achieved early).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { definePlan, type PlanInput, validateObservations } from "@wuwei/sti-plan";
import { readObservations } from "@wuwei/sti-plan/io";
import {
  renderJson,
  renderLevelsHtml,
  renderLevelsMarkdown,
  renderLevelsSvg,
  renderLevelsText,
  type ScorecardLevels,
  scorecard,
  scorecardByLevel,
} from "@wuwei/sti-plan/report";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { run } from "./support/cli.js";
import { q } from "./support/exact.js";

const src = { line: 1, quote: "fixture" };
const region = (id: string, zh: string, level: "city" | "county", parent?: string) => ({
  id,
  name: { zh, en: id.toUpperCase() },
  level,
  ...(parent === undefined ? {} : { parent }),
});
const indicator = (id: string, unit: string, regions: string[], extra: Partial<PlanInput["indicators"][number]>) => ({
  id,
  name: { zh: id, en: id },
  unit,
  direction: "increase" as const,
  attribute: "expected" as const,
  chapter: "goals",
  aggregation: { method: "none" as const },
  regions,
  source: src,
  baselines: [],
  targets: [],
  ...extra,
});
const baseline = (r: string, value: string) => ({ region: r, year: 2020, value, source: src });

/** Two cities (甲市, 乙市), each with two counties. */
const input: PlanInput = {
  id: "levels-fixture",
  title: { zh: "分级测试规划", en: "Levels fixture" },
  document: {
    number: "测试〔2021〕2号",
    issuer: { zh: "测试", en: "Fixture" },
    written: "2021-12-31",
    issued: "2021-12-31",
    text: "fixture",
    source: src,
  },
  period: { start: 2021, end: 2025 },
  baselineYear: 2020,
  basedOn: [],
  regions: [
    region("ca", "甲市", "city"),
    region("ca1", "甲一县", "county", "ca"),
    region("ca2", "甲二县", "county", "ca"),
    region("cb", "乙市", "city"),
    region("cb1", "乙一县", "county", "cb"),
    region("cb2", "乙二县", "county", "cb"),
  ],
  units: [
    { id: "percent", symbol: { zh: "%", en: "%" }, dimension: "percent" },
    { id: "enterprise", symbol: { zh: "家", en: "enterprises" }, dimension: "count" },
  ],
  principles: [],
  chapters: [{ id: "goals", number: 1, title: { zh: "目标", en: "Goals" }, source: src, sections: [] }],
  boxes: [],
  decisions: [],
  indicators: [
    indicator("share", "percent", ["ca", "ca1", "ca2", "cb", "cb1", "cb2"], {
      baselines: [
        baseline("ca", "1"),
        baseline("ca1", "0.5"),
        baseline("ca2", "0.4"),
        baseline("cb", "1.2"),
        baseline("cb1", "0.6"),
        baseline("cb2", "0.7"),
      ],
      targets: [
        {
          id: "share.city",
          kind: "end-level",
          comparator: "reach",
          value: "2",
          year: 2025,
          levels: ["city"],
          source: src,
        },
        {
          id: "share.county",
          kind: "end-level",
          comparator: "reach",
          value: "1",
          year: 2025,
          levels: ["county"],
          source: src,
        },
      ],
    }),
    indicator("firms", "enterprise", ["ca", "cb"], {
      baselines: [baseline("ca", "50"), baseline("cb", "60")],
      targets: [
        {
          id: "firms.city",
          kind: "end-level",
          comparator: "reach",
          value: "100",
          year: 2025,
          levels: ["city"],
          source: src,
        },
      ],
    }),
  ],
} as PlanInput;
const plan = definePlan(input);

/**
 * The 2023 figures and what they give (τ = 0.6):
 * - share, 甲市: (1.8 − 1)/(2 − 1) = 0.8; lead 0.2 → faster, on schedule
 * - share, 乙市: (1.4 − 1.2)/(2 − 1.2) = 0.2/0.8 = 0.25; lead −0.35 → lagging, behind
 * - share, 甲一县: (0.8 − 0.5)/(1 − 0.5) = 0.6; lead 0 → in line, on schedule
 * - share, 甲二县: (1.0 − 0.4)/(1 − 0.4) = 1, the target met in 2023 < 2025 → achieved early; lead 1 − 0.6 = 0.4
 * - share, 乙一县: (0.84 − 0.6)/(1 − 0.6) = 0.24/0.4 = 0.6; lead 0 → in line, on schedule (ties with 甲一县)
 * - share, 乙二县: no figure → not assessable, no lead
 * - firms, 甲市: (80 − 50)/(100 − 50) = 0.6; lead 0 → in line, on schedule
 * - firms, 乙市: (62 − 60)/(100 − 60) = 0.05; lead −0.55 → lagging, behind
 */
const rows = [
  { indicator: "share", region: "ca", year: 2023, value: "1.8" },
  { indicator: "share", region: "cb", year: 2023, value: "1.4" },
  { indicator: "share", region: "ca1", year: 2023, value: "0.8" },
  { indicator: "share", region: "ca2", year: 2023, value: "1.0" },
  { indicator: "share", region: "cb1", year: 2023, value: "0.84" },
  { indicator: "firms", region: "ca", year: 2023, value: "80" },
  { indicator: "firms", region: "cb", year: 2023, value: "62" },
];
const card = scorecard(plan, rows, { asOf: "2023-12-31", method: "schedule" });
const levels = scorecardByLevel(card, plan);
const ranking = (l: ScorecardLevels, target: string, level: string) =>
  l.rankings.find((r) => r.target.id === target && r.level === level);

describe("scorecardByLevel on two cities × two counties", () => {
  it("counts each level and each region by status and by class", () => {
    expect(levels.kind).toBe("scorecard-levels");
    expect(levels.band).toBe("0.05");
    expect(levels.levels).toEqual([
      {
        level: "city",
        regions: 2,
        total: 4, // share and firms in each city
        byStatus: { "on-schedule": 2, "behind-schedule": 2 },
        byClass: { faster: 1, "in-line": 1, lagging: 2 },
      },
      {
        level: "county",
        regions: 4,
        total: 4,
        byStatus: { "target-achieved": 1, "on-schedule": 2, "not-assessable": 1 },
        byClass: { "achieved-early": 1, "in-line": 2, "not-assessable": 1 },
      },
    ]);
    expect(levels.regions.map((r) => [r.region.id, r.level, r.parent?.id ?? null, r.total])).toEqual([
      ["ca", "city", null, 2],
      ["ca1", "county", "ca", 1],
      ["ca2", "county", "ca", 1],
      ["cb", "city", null, 2],
      ["cb1", "county", "cb", 1],
      ["cb2", "county", "cb", 1],
    ]);
    expect(levels.regions[0]?.byClass).toEqual({ faster: 1, "in-line": 1 });
    expect(levels.regions[3]?.byClass).toEqual({ lagging: 2 });
  });

  it("ranks the regions of each level by lead, ties sharing a place, the unassessed last and named", () => {
    const counties = ranking(levels, "share.county", "county");
    expect(counties?.entries.map((e) => [e.region.id, e.rank, e.lead, e.class])).toEqual([
      ["ca2", 1, "0.4", "achieved-early"],
      ["ca1", 2, "0", "in-line"],
      ["cb1", 2, "0", "in-line"],
      ["cb2", null, null, "not-assessable"],
    ]);
    expect(counties?.leaders.map((r) => r.id)).toEqual(["ca2"]);
    expect(counties?.laggards.map((r) => r.id)).toEqual(["ca1", "cb1"]);
    expect(counties?.unranked).toBe(1);
    const cities = ranking(levels, "share.city", "city");
    expect(cities?.entries.map((e) => [e.region.id, e.completion, e.timeShare, e.lead])).toEqual([
      ["ca", "0.8", "0.6", "0.2"],
      ["cb", "0.25", "0.6", "-0.35"],
    ]);
    expect([cities?.leaders.map((r) => r.id), cities?.laggards.map((r) => r.id)]).toEqual([["ca"], ["cb"]]);
    const firms = ranking(levels, "firms.city", "city");
    expect(firms?.entries.map((e) => [e.region.id, e.rank, e.lead])).toEqual([
      ["ca", 1, "0"],
      ["cb", 2, "-0.55"],
    ]);
    expect(levels.rankings.map((r) => `${r.target.id}/${r.level}`)).toEqual([
      "share.city/city",
      "share.county/county",
      "firms.city/city",
    ]);
  });

  it("lays out the region × indicator matrix: one column per indicator, a cell per row, null where none applies", () => {
    expect(levels.matrix.columns.map((c) => [c.indicator.id, c.target])).toEqual([
      ["share", null],
      ["firms", null],
    ]);
    const row = (id: string) => levels.matrix.rows.find((r) => r.region.id === id);
    expect(levels.matrix.rows.map((r) => r.region.id)).toEqual(["ca", "ca1", "ca2", "cb", "cb1", "cb2"]);
    expect(row("ca")?.cells).toEqual([
      { target: "share.city", status: "on-schedule", class: "faster", lead: "0.2" },
      { target: "firms.city", status: "on-schedule", class: "in-line", lead: "0" },
    ]);
    expect(row("cb2")?.cells).toEqual([
      { target: "share.county", status: "not-assessable", class: "not-assessable", lead: null },
      null,
    ]);
    expect(row("ca1")?.cells[1]).toBeNull();
  });

  it("passes the band on: with band 0 a lead of exactly 0 is faster", () => {
    const strict = scorecardByLevel(card, plan, { band: "0" });
    expect(strict.band).toBe("0");
    expect(ranking(strict, "share.county", "county")?.entries.map((e) => e.class)).toEqual([
      "achieved-early",
      "faster",
      "faster",
      "not-assessable",
    ]);
  });

  it("is deep-frozen and leaves the scorecard as it was", () => {
    const before = JSON.stringify(card);
    const again = scorecardByLevel(card, plan);
    expect(JSON.stringify(card)).toBe(before);
    expect(again).toEqual(levels);
    expect(Object.isFrozen(again.rankings[0]?.entries)).toBe(true);
    expect(Object.isFrozen(again.matrix.rows[0]?.cells[0])).toBe(true);
  });

  it("counts by status only, and ranks nothing, for a scorecard of another method", () => {
    const growth = scorecardByLevel(scorecard(plan, rows, { asOf: "2023-12-31", method: "growth-ratio" }), plan);
    expect(growth.band).toBeNull();
    expect(growth.levels.map((l) => [l.level, l.total, l.byClass])).toEqual([
      ["city", 4, null],
      ["county", 4, null],
    ]);
    const counties = ranking(growth, "share.county", "county");
    expect(counties?.entries.map((e) => [e.region.id, e.rank, e.lead, e.class])).toEqual([
      ["ca1", null, null, null],
      ["ca2", null, null, null],
      ["cb1", null, null, null],
      ["cb2", null, null, null],
    ]);
    expect(counties?.leaders).toEqual([]);
    expect(renderLevelsText(growth)).toContain("评估类别和进度差只属于序时进度法");
  });

  it("refuses a plan the scorecard was not made from", () => {
    expect(() => scorecardByLevel(card, definePlan({ ...input, id: "other" } as PlanInput))).toThrow(RangeError);
  });
});

describe("the renderers of the scorecard by level", () => {
  it("text and Markdown: the counts by level and each ranking, rounded for display", () => {
    const text = renderLevelsText(levels);
    expect(text.split("\n")[0]).toBe("分级测试规划（测试〔2021〕2号）分级记分卡");
    expect(text).toContain(
      "share(%) — 达到 1 (2025) — 县级（4个地区）；领先：甲二县；落后：甲一县、乙一县；无进度差（列在最后）：1",
    );
    // 甲二县: C = 1 → 100.0%, τ 60.0%, lead +40.0 points.
    expect(text).toMatch(/ {3}1 {2}甲二县 +100\.0% +60\.0% +\+40\.0个百分点 +提前实现 +已实现/);
    expect(text).toMatch(/ {3}- {2}乙二县 +- +- +- +无法评估 +无法评估/);
    const md = renderLevelsMarkdown(levels, { lang: "en" });
    // city: achieved early 0, faster 1 (甲市 share), in line 1 (甲市 firms), lagging 2 (乙市), not assessable 0.
    expect(md).toContain("| city | 2 | 4 | 0 | 1 | 1 | 2 | 0 |");
    expect(md).toContain("| 2 | CB | 25.0% | 60.0% | -35.0 pp | lagging | behind schedule |");
  });

  it("HTML: a heat table whose cells carry the class, the lead and a title", () => {
    const html = renderLevelsHtml(levels);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain(
      '<td data-region="ca1" data-indicator="share" data-class="in-line" data-status="on-schedule" style="background:#fff1a8" title="甲一县 · share(%)：符合序时进度 · 基本符合预期 · 进度差 0.0个百分点">基本符合预期<span class="lead">0.0个百分点</span></td>',
    );
    expect(html).toContain(
      '<td class="empty" data-region="ca1" data-indicator="firms" title="甲一县 · firms(家)：无此目标">-</td>',
    );
    expect(html).toContain("<li><span");
    expect(html).not.toContain("<script");
  });

  it("SVG: one cell per row with its class written in it and a title, and a legend of the classes that occur", () => {
    const svg = renderLevelsSvg(levels);
    expect(svg.startsWith("<svg")).toBe(true);
    const cells = svg.match(/<g data-region="[^"]+" data-indicator="[^"]+" data-class="[^"]+">/g) ?? [];
    expect(cells).toHaveLength(8); // the scorecard's eight rows
    expect(svg).toContain("<title>乙市 · firms(家)：滞后于序时进度 · 相对滞后 · 进度差 -55.0个百分点</title>");
    expect(svg).toMatch(
      /data-region="ca2" data-indicator="share" data-class="achieved-early"><title>[^<]*<\/title><rect [^>]*fill="#54aeff"/,
    );
    for (const label of ["提前实现", "快于预期", "基本符合预期", "相对滞后", "无法评估"]) {
      expect(svg).toContain(`y="73.5">${label}</text>`);
    }
    expect(svg).not.toContain('y="73.5">未实现</text>');
  });

  it("JSON: renderJson prints it with the keys sorted", () => {
    const parsed = JSON.parse(renderJson(levels)) as ScorecardLevels;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(levels)));
  });
});

describe("the Gansu example by level", () => {
  const root = resolve(import.meta.dirname, "..");
  const planJson = readFileSync(resolve(root, "examples/gansu-14-illustrative.json"), "utf8");
  const csv = readFileSync(resolve(root, "examples/gansu-2020-2025-illustrative.csv"));
  const gansu = definePlan(JSON.parse(planJson));
  const { observations } = validateObservations(gansu, readObservations(csv).rows);
  const gansuCard = scorecard(gansu, observations, { asOf: "2023-12-31", method: "schedule" });
  const byLevel = scorecardByLevel(gansuCard, gansu);

  it("counts the province, 14 cities and 86 counties", () => {
    // The province has the fiscal share and the high-tech enterprises. It reports no figure of its own for the
    // enterprises; rolled up from its 87 leaves it has met its target in 2023, before 2025 (test/example-gansu
    // checks the sum): 提前实现.
    expect(byLevel.levels.map((l) => [l.level, l.regions, l.total])).toEqual([
      ["province", 1, 2],
      ["city", 14, 14],
      ["county", 86, 86],
    ]);
    expect(byLevel.levels[0]?.byClass).toEqual({ lagging: 1, "achieved-early": 1 });
  });

  it("ranks the cities: 庆阳市 leads, 张掖市 lags", () => {
    const cities = ranking(byLevel, "fiscal-st-share.2025.city", "city");
    expect(cities?.entries).toHaveLength(14);
    // 庆阳市 (i = 56): 56·37 mod 100 = 72, 0.8 + 0.72 × 1.1 = 1.592 → 1.59; 1.59 + 0.05 × 3 × 3 = 2.04 ≥ 2 in 2023:
    // achieved early, C = 0.45/0.41, lead 45/41 − 3/5 = 102/205.
    // 临夏回族自治州 (i = 83): 71 → 1.581 → 1.58; 1.58 + 0.45 = 2.03; C = 0.45/0.42 = 15/14, lead 33/70: second.
    // 张掖市 (i = 33): 21 → 1.031 → 1.03; 1.03 + 0.05 × 3 × 1 = 1.18; C = 0.15/0.97 = 15/97, lead −216/485: last.
    expect(cities?.entries[0]?.region.id).toBe("qingyang");
    expect(cities?.entries[0]?.completion).toBe(q("0.45", "0.41"));
    expect(cities?.entries[0]?.lead?.slice(0, 20)).toBe(q("102", "205").slice(0, 20));
    expect(cities?.entries[0]?.class).toBe("achieved-early");
    expect(cities?.entries[1]?.region.id).toBe("linxia");
    expect(cities?.entries[1]?.lead?.slice(0, 20)).toBe(q("33", "70").slice(0, 20));
    expect(cities?.leaders.map((r) => r.id)).toEqual(["qingyang"]);
    expect(cities?.laggards.map((r) => r.id)).toEqual(["zhangye"]);
    expect(cities?.entries[13]?.lead?.slice(0, 20)).toBe(q("-216", "485").slice(0, 20));
    // Every lead is no larger than the one before it, compared exactly.
    const leads = cities?.entries.map((e) => new Decimal(e.lead ?? "NaN")) ?? [];
    expect(leads.every((l, n) => n === 0 || l.lte(leads[n - 1] as Decimal))).toBe(true);
  });

  it("ranks the counties: three share the lead, two share the last place", () => {
    const counties = ranking(byLevel, "fiscal-st-share.2025.county", "county");
    // 皋兰县 (i = 8): 96 → 0.3 + 0.96 × 0.7 = 0.972 → 0.97; + 0.05 × 3 × 3 = 1.42; C = 0.45/0.03 = 15, lead 14.4.
    // 张家川 (i = 27) and 玉门市 (i = 54): 99 and 98 → 0.993, 0.986 → 0.99; + 0.15 = 1.14; C = 0.15/0.01 = 15.
    expect(counties?.leaders.map((r) => r.id)).toEqual(["gaolan", "zhangjiachuan", "yumen"]);
    expect(counties?.entries.slice(0, 4).map((e) => [e.rank, e.lead])).toEqual([
      [1, "14.4"],
      [1, "14.4"],
      [1, "14.4"],
      [4, counties?.entries[3]?.lead],
    ]);
    // 西峰区 (i = 57) and 临夏市 (i = 84): 9 and 8 → 0.363, 0.356 → 0.36; + 0.15 = 0.51; C = 0.15/0.64 = 0.234375,
    // lead 0.234375 − 0.6 = −0.365625: both place 85 of 86.
    expect(counties?.laggards.map((r) => r.id)).toEqual(["xifeng", "linxia-city"]);
    expect(counties?.entries.slice(-2).map((e) => [e.region.id, e.rank, e.lead])).toEqual([
      ["xifeng", 85, "-0.365625"],
      ["linxia-city", 85, "-0.365625"],
    ]);
  });

  it("draws a matrix of 101 regions × 2 indicators, each region under its parent", () => {
    expect(byLevel.matrix.columns.map((c) => c.indicator.id)).toEqual(["fiscal-st-share", "high-tech-enterprises"]);
    expect(byLevel.matrix.rows).toHaveLength(101);
    const wuwei = byLevel.matrix.rows.findIndex((r) => r.region.id === "wuwei");
    expect(byLevel.matrix.rows.slice(wuwei, wuwei + 5).map((r) => [r.region.id, r.parent?.name.zh])).toEqual([
      ["wuwei", "甘肃省"],
      ["liangzhou", "武威市"],
      ["minqin", "武威市"],
      ["gulang", "武威市"],
      ["tianzhu", "武威市"],
    ]);
    const svg = renderLevelsSvg(byLevel);
    expect((svg.match(/<g data-region=/g) ?? []).length).toBe(102); // the scorecard's 102 rows
    expect(svg).toContain(
      "<title>庆阳市 · 本级财政科技支出占一般公共预算支出的比重(%)：已实现 · 提前实现 · 进度差 +49.8个百分点</title>",
    );
  });

  it("runs through the CLI: report --view levels in each format", async () => {
    const files = { "data.csv": csv, "gansu.json": planJson };
    const args = ["report", "data.csv", "--plan", "gansu.json", "--as-of", "2023-12-31", "--view", "levels"];
    const json = await run([...args, "--format", "json"], { files });
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as ScorecardLevels;
    expect(parsed.kind).toBe("scorecard-levels");
    expect(parsed.levels.map((l) => l.regions)).toEqual([1, 14, 86]);
    const text = await run(args, { files });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("领先：庆阳市；落后：张掖市");
    const md = await run([...args, "--format", "markdown", "--lang", "en"], { files });
    expect(md.stdout).toContain("### By level");
    const html = await run([...args, "--format", "html"], { files });
    expect(html.stdout).toContain('<table class="heat" id="matrix">');
    const svg = await run([...args, "--format", "svg", "--out", "levels.svg"], { files });
    expect(svg.code).toBe(0);
    expect(svg.written["levels.svg"]?.startsWith("<svg")).toBe(true);
  });
});

describe("report --view: usage", () => {
  const files = { "data.json": JSON.stringify(rows), "plan.json": JSON.stringify(input) };
  it("prints the levels of the hand-made plan", async () => {
    const r = await run(
      ["report", "data.json", "--plan", "plan.json", "--as-of", "2023-12-31", "--view", "levels", "--lang", "en"],
      { files },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("leading: CA2; lagging: CA1, CB1; without a lead (listed last): 1");
  });

  it("refuses a format it has no renderer for, an unknown view, and a levels view without data (exit 2)", async () => {
    const base = ["report", "data.json", "--plan", "plan.json", "--as-of", "2023-12-31"];
    const csv = await run([...base, "--view", "levels", "--format", "csv", "--lang", "en"], { files });
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain(
      '--view levels: the format must be one of text, markdown, json, svg, html, received "csv"',
    );
    const unknown = await run([...base, "--view", "tree", "--lang", "en"], { files });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--view: expected one of scorecard, levels, received "tree"');
    const none = await run(["report", "--plan", "plan.json", "--view", "levels"], { files });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--view levels 需要数据文件");
  });

  it("is described in report --help", async () => {
    const help = await run(["report", "--help", "--lang", "en"]);
    expect(help.stdout).toContain("--view VIEW         scorecard (default: a row per target) | levels");
  });
});

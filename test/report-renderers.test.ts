import { eastAsianWidthType } from "get-east-asian-width";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderSvg, renderText } from "../src/report/index.js";
import { displayWidth, stripAnsi } from "../src/report/width.js";
import { fixture } from "./support/scorecard-fixture.js";

/** The table lines of a text report: from the header line to the line before the first blank line after it. */
function tableLines(text: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^(指标|indicator) /.test(stripAnsi(l)));
  const end = lines.indexOf("", start);
  return lines.slice(start, end);
}

/** Display columns where each cell starts, found from the rule line of dashes. */
function columnStarts(rule: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < rule.length; i++) if (rule[i] === "-" && (i === 0 || rule[i - 1] === " ")) starts.push(i);
  return starts;
}

/** The display column where `needle` starts in `line`. */
function displayColumnOf(line: string, needle: string): number {
  const at = line.indexOf(needle);
  expect(at, `"${needle}" in "${line}"`).toBeGreaterThanOrEqual(0);
  return displayWidth(line.slice(0, at));
}

describe("displayWidth", () => {
  it("counts CJK as two columns, ASCII as one, escapes as none", () => {
    expect(displayWidth("武威市")).toBe(6);
    expect(displayWidth("R&D 强度")).toBe(8);
    expect(displayWidth("\u001b[31m倒退\u001b[0m")).toBe(4);
    expect(displayWidth("（）〔〕")).toBe(8);
    expect(stripAnsi("\u001b[1;32m已实现\u001b[0m")).toBe("已实现");
  });
});

describe("renderText", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`(${lang}) gives every table line the same display width`, () => {
      const lines = tableLines(renderText(fixture, { lang }));
      expect(lines).toHaveLength(2 + fixture.rows.length);
      const widths = lines.map(displayWidth);
      expect(new Set(widths).size).toBe(1);
    });
  }

  it("starts each cell at its column's display position, Chinese included", () => {
    const lines = tableLines(renderText(fixture));
    const starts = columnStarts(lines[1] ?? "");
    // indicator, region, baseline, target, latest, status, completion, time share, lead, notes
    expect(starts).toHaveLength(10);
    const row = (i: number) => lines[2 + i] ?? "";
    // Left-aligned columns start exactly at the column start.
    expect(displayColumnOf(row(0), "研发经费投入强度")).toBe(starts[0]);
    expect(displayColumnOf(row(0), "武威市")).toBe(starts[1]);
    expect(displayColumnOf(row(5), "天祝藏族自治县")).toBe(starts[1]);
    expect(displayColumnOf(row(0), "力争 1.5 (2025)")).toBe(starts[3]);
    expect(displayColumnOf(row(0), "滞后于序时进度")).toBe(starts[5]);
    expect(displayColumnOf(row(5), "符合序时进度")).toBe(starts[5]);
    expect(displayColumnOf(row(4), "[1]")).toBe(starts[9]);
    // Right-aligned columns end where the next column's gap begins.
    const ends = (i: number, text: string, col: number) =>
      expect(displayColumnOf(row(i), text) + displayWidth(text)).toBe((starts[col + 1] ?? 0) - 2);
    ends(0, "0.62 (2020)", 2);
    ends(1, "59 (2020)", 2);
    ends(0, "37.5%", 6);
    ends(2, "115.8%", 6);
    ends(0, "-22.5个百分点", 8);
  });

  it("uses no East Asian ambiguous-width character in the table, so CJK terminals align it too", () => {
    for (const lang of ["zh", "en"] as const) {
      const ambiguous = tableLines(renderText(fixture, { lang }))
        .flatMap((line) => [...line])
        .filter((c) => eastAsianWidthType(c.codePointAt(0) ?? 0) === "ambiguous");
      expect(ambiguous, lang).toEqual([]);
    }
  });

  it("prints the header, the as-of date, the method, the notes and the summary", () => {
    const text = renderText(fixture);
    expect(text.split("\n").slice(0, 2)).toEqual([
      "武威市“十四五”科技创新规划（武政办发〔2022〕9号）进展记分卡",
      "评估日期：2023-12-31　方法：序时进度法　地区：全部",
    ]);
    expect(text).toContain("[1] 缺少基期值 <民勤县>");
    expect(text).toContain("财政科技支出(亿元)*");
    expect(text).toContain("* 约束性指标");
    expect(text).toContain("8 (2023p)");
    expect(text).toContain("p 初步数据");
    expect(text).toContain("按状态（共6项）：已实现 1 · 符合序时进度 2 · 滞后于序时进度 1 · 倒退 1 · 无法评估 1");
    expect(text).toContain("约束性指标（1项）：符合序时进度 1");
    expect(text).toContain("  天祝藏族自治县（1项）：符合序时进度 1");
  });

  it("speaks English when asked", () => {
    const text = renderText(fixture, { lang: "en" });
    expect(text).toContain("as of: 2023-12-31 · method: time-proportional schedule · region: all");
    expect(text).toContain("behind schedule");
    expect(text).toContain("R&D intensity (%)");
    expect(text).toContain("-22.5 pp");
    expect(text).toContain(
      "by status (total 6): achieved 1 · on schedule 2 · behind schedule 1 · regressing 1 · not assessable 1",
    );
  });

  it("colours only when asked, without changing the display width", () => {
    const plain = renderText(fixture);
    expect(plain).not.toContain("\u001b[");
    const coloured = renderText(fixture, { color: true });
    expect(coloured).toContain("\u001b[33m滞后于序时进度\u001b[0m");
    expect(coloured).toContain("\u001b[1;32m已实现\u001b[0m");
    expect(stripAnsi(coloured)).toBe(plain);
    const widths = tableLines(coloured).map(displayWidth);
    expect(new Set(widths).size).toBe(1);
  });
});

describe("renderMarkdown", () => {
  it("writes a GitHub table with one row per target and region, right-aligned figures", () => {
    const md = renderMarkdown(fixture);
    const rows = md.split("\n").filter((l) => l.startsWith("| "));
    expect(rows).toHaveLength(2 + fixture.rows.length);
    expect(rows[0]).toBe("| 指标 | 地区 | 基期值 | 目标值 | 最新值 | 状态 | 完成进度 | 时间进度 | 进度差 | 说明 |");
    expect(rows[1]).toBe("| :--- | :--- | ---: | :--- | ---: | :--- | ---: | ---: | ---: | :--- |");
    expect(rows[2]).toBe(
      "| 研发经费投入强度(%) | 武威市 | 0.62 (2020) | 力争 1.5 (2025) | 0.95 (2023) | 滞后于序时进度 | 37.5% | 60.0% | -22.5个百分点 |  |",
    );
    expect(md.startsWith("## 武威市“十四五”科技创新规划（武政办发〔2022〕9号）进展记分卡\n")).toBe(true);
  });

  it("escapes a pipe inside a cell", () => {
    const first = fixture.rows[0];
    if (!first) throw new Error("fixture");
    const piped = {
      ...fixture,
      rows: [{ ...first, region: { id: "wuwei", name: { zh: "武威|市", en: "Wuwei|City" } } }],
    };
    expect(renderMarkdown(piped)).toContain("| 武威\\|市 |");
  });
});

describe("renderCsv", () => {
  it("parses back with papaparse to the same cells", () => {
    const csv = renderCsv(fixture, { lang: "en" });
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.slice(0, 6)).toEqual(["indicator", "indicator_name", "unit", "attribute", "region", "region_name"]);
    expect(rows).toHaveLength(fixture.rows.length);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    fixture.rows.forEach((row, i) => {
      const cells = rows[i] ?? [];
      expect(cells[col("indicator")]).toBe(row.indicator.id);
      expect(cells[col("indicator_name")]).toBe(row.indicator.name.en);
      expect(cells[col("region_name")]).toBe(row.region.name.en);
      expect(cells[col("baseline_value")]).toBe(row.baseline?.value ?? "");
      expect(cells[col("latest_value")]).toBe(row.latest?.value ?? "");
      expect(cells[col("target_value")]).toBe(row.target.value ?? "");
      expect(cells[col("status")]).toBe(row.status);
      expect(cells[col("completion")]).toBe(row.figures["completion"] ?? "");
      expect(cells[col("notes")]).toBe(row.notes.map((n) => n.message.en).join("; "));
    });
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says, with CRLF line ends", () => {
    const first = fixture.rows[0];
    if (!first) throw new Error("fixture");
    const tricky = {
      ...fixture,
      rows: [
        {
          ...first,
          notes: [
            {
              code: "no-data" as const,
              params: { after: null },
              message: { zh: '含"引号",逗号\n换行', en: 'a "quote", a comma\nand a break' },
            },
          ],
        },
      ],
    };
    const csv = renderCsv(tricky);
    expect(csv).toContain('"含""引号"",逗号\n换行"');
    expect(csv.split("\r\n")).toHaveLength(3);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.data[1]?.at(-1)).toBe('含"引号",逗号\n换行');
  });

  it("starts with a BOM only when asked", () => {
    expect(renderCsv(fixture).startsWith("\uFEFF")).toBe(false);
    expect(renderCsv(fixture, { bom: true }).startsWith("\uFEFF指标代码,")).toBe(true);
  });
});

describe("renderJson", () => {
  it("round-trips to the same data, two-space indent, sorted keys, figures as strings", () => {
    const json = renderJson(fixture);
    expect(JSON.parse(json)).toEqual(fixture);
    expect(json.split("\n")[1]).toBe('  "asOf": "2023-12-31",');
    expect(json).toContain('"completion": "0.375"');
    expect(json).not.toMatch(/"completion": \d/);
    expect(renderJson(fixture)).toBe(json);
  });
});

describe("renderSvg", () => {
  it("is well-formed XML with every indicator label and the CJK fonts", async () => {
    const svg = renderSvg(fixture);
    // Well-formedness: every tag closes in order; only the five XML entities or numeric references appear.
    const stack: string[] = [];
    for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
      const [, close, name, self] = m;
      if (self) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name ?? "");
    }
    expect(stack).toEqual([]);
    expect(svg).not.toMatch(/&(?!#\d+;|amp;|lt;|gt;|quot;|apos;)/);
    for (const row of fixture.rows) expect(svg).toContain(row.indicator.name.zh);
    expect(svg).toContain("&#60;民勤县&#62;");
    expect(svg).toContain("'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif");
    // A track and a time-share marker for each of the four rows with a completion (not the Minqin row without a
    // baseline, nor the never-decrease row), plus the marker of the legend.
    expect(svg.match(/class="wsc-track"/g)).toHaveLength(4);
    expect(svg.match(/class="wsc-marker"/g)).toHaveLength(4 + 1);
  });

  it("puts the bar end and the marker where completion and time share fall on the scale", () => {
    const svg = renderSvg(fixture);
    // The scale runs from -100 % (regressing rank) to 125 % (115.8 % achieved): tick labels tell.
    expect(svg).toContain(">-100%</text>");
    expect(svg).toContain(">125%</text>");
    expect(svg).not.toContain(">150%</text>");
    const zero = Number(/x="([\d.]+)" y="\d+" text-anchor="middle">0%</.exec(svg)?.[1]);
    const hundred = Number(/x="([\d.]+)" y="\d+" text-anchor="middle">100%</.exec(svg)?.[1]);
    // R&D intensity: the bar runs from 0 % to 37.5 %.
    const bar = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="16" fill="#e16f24"\/>/.exec(svg);
    expect(Number(bar?.[1])).toBeCloseTo(zero, 0);
    expect(Number(bar?.[2])).toBeCloseTo((hundred - zero) * 0.375, 0);
  });

  it("writes English labels when asked", () => {
    const svg = renderSvg(fixture, { lang: "en" });
    expect(svg).toContain("R&#38;D intensity (%)");
    expect(svg).toContain("behind schedule");
    expect(svg).toContain('lang="en"');
  });
});

describe("renderHtml", () => {
  it("is one page with lang, the table, the inline chart, a print stylesheet and no external assets", () => {
    const html = renderHtml(fixture);
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(html.match(/<tr>/g)).toHaveLength(1 + fixture.rows.length);
    expect(html).toContain("<svg ");
    expect(html).toContain("@media print");
    expect(html).not.toMatch(/<(script|link|img)\b/);
    expect(html).not.toMatch(/(src|href)=|url\(/);
  });

  it("escapes <, > and & in every text", () => {
    const html = renderHtml(fixture);
    expect(html).not.toContain("<民勤县>");
    expect(html).toContain("缺少基期值 &#60;民勤县&#62;");
    const en = renderHtml(fixture, { lang: "en" });
    expect(en).toContain("R&#38;D intensity (%)");
    expect(en).not.toContain("R&D");
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
  });
});

describe("chart colours", () => {
  it("tells apart every status in the legend: achieved, on schedule, behind, missed and moving away each have their own colour", () => {
    const missed = {
      ...fixture,
      rows: fixture.rows.map((r, i) => (i === 0 ? { ...r, status: "target-missed" as const } : r)),
    };
    const svg = renderSvg(missed);
    const legend = [
      ...svg.matchAll(
        /<rect x="[\d.]+" y="62" width="12" height="12" fill="(#[0-9a-f]{6})"\/>\s*<text class="wsc-legend"[^>]*>([^<]+)<\/text>/g,
      ),
    ].map((m) => [m[2], m[1]] as const);
    const colours = new Map(legend);
    expect(colours.get("倒退")).toBeDefined();
    expect(colours.get("未实现")).toBeDefined();
    expect(colours.get("倒退")).not.toBe(colours.get("未实现"));
    expect(new Set(colours.values()).size).toBe(colours.size);
  });
});

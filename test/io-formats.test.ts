/**
 * readObservations over what county offices really send: one table of figures for 民勤县 in every format, encoding
 * and layout, each giving the same seven observations; and every file that is not a table named for what it is.
 *
 * The figures are illustrative, not official statistics. Written out by hand, the table is:
 *
 *   指标名称              单位   2021年   2022年   2023年
 *   高新技术企业数         家     8        11       —        → 2 figures, 1 missing marker
 *   技术市场成交合同金额   亿元   1.25     0.3      2.07     → 3 figures
 *   财政科技投入           万元   1350.5   /        1620     → 2 figures, 1 missing marker
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { type ObservationFile, readObservations, writeXlsx } from "@wuwei/sti-plan/io";
import { describe, expect, it } from "vitest";
import { handXlsx } from "./support/hand-xlsx.js";

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, "fixtures", name));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return new Uint8Array([0xfe, 0xff, ...be]);
};

/** The seven observations of the table above, computed by hand (ids and units as the plan names them). */
const EXPECTED = [
  { indicator: "high-tech-enterprises", region: "minqin", year: 2021, value: "8", unit: "enterprise" },
  { indicator: "high-tech-enterprises", region: "minqin", year: 2022, value: "11", unit: "enterprise" },
  { indicator: "tech-contract-turnover", region: "minqin", year: 2021, value: "1.25", unit: "cny-100m" },
  { indicator: "tech-contract-turnover", region: "minqin", year: 2022, value: "0.3", unit: "cny-100m" },
  { indicator: "tech-contract-turnover", region: "minqin", year: 2023, value: "2.07", unit: "cny-100m" },
  { indicator: "fiscal-st-expenditure", region: "minqin", year: 2021, value: "1350.5", unit: "cny-10k" },
  { indicator: "fiscal-st-expenditure", region: "minqin", year: 2023, value: "1620", unit: "cny-10k" },
];

/** The same figures as rows: what every reader hands to validation, in text. */
const ROWS = [
  ["高新技术企业数", "2021", "8", "家"],
  ["高新技术企业数", "2022", "11", "家"],
  ["技术市场成交合同金额", "2021", "1.25", "亿元"],
  ["技术市场成交合同金额", "2022", "0.3", "亿元"],
  ["技术市场成交合同金额", "2023", "2.07", "亿元"],
  ["财政科技投入", "2021", "1350.5", "万元"],
  ["财政科技投入", "2023", "1620", "万元"],
];

const LONG_CSV = [
  "指标,地区,年份,数值,单位",
  "高新技术企业数,民勤县,2021,8,家",
  "高新技术企业数,民勤县,2022,11,家",
  "高新技术企业数,民勤县,2023,—,家",
  "技术市场成交合同金额,民勤县,2021,1.25,亿元",
  "技术市场成交合同金额,民勤县,2022,0.3,亿元",
  "技术市场成交合同金额,民勤县,2023,2.07,亿元",
  "财政科技投入,民勤县,2021,1350.5,万元",
  "财政科技投入,民勤县,2022,/,万元",
  "财政科技投入,民勤县,2023,1620,万元",
  "",
].join("\n");

/** The wide table as Excel's "Unicode 文本" saves it: tab-separated, a title line, CRLF. */
const WIDE_TSV = [
  "民勤县科技创新主要指标\t\t\t\t",
  "指标名称\t单位\t2021年度\t2022年度\t2023年度",
  "高新技术企业数\t家\t8\t11\t—",
  "技术市场成交合同金额\t亿元\t1.25\t0.3\t2.07",
  "财政科技投入\t万元\t1350.5\t/\t1620",
  "",
].join("\r\n");

const jsonRow = (r: readonly string[]) => ({
  指标: r[0],
  地区: "民勤县",
  年份: Number(r[1]),
  数值: Number(r[2]),
  单位: r[3],
});

/**
 * A workbook as Excel saves the wide table: sheet named after the county, header cells merged (指标名称 over A1:A2,
 * 年份 over C1:E1), years typed as numbers, names as shared strings (one with rich-text runs and a phonetic guide),
 * units as inline strings, 0.3 as a formula's cached result with binary noise, 1620 written in exponent form, a
 * footnote, and a hidden sheet of lists.
 */
const HAND_WIDE = handXlsx(
  [
    {
      name: "民勤县",
      xml:
        "<sheetData>" +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="C2"><v>2021</v></c><c r="D2"><v>2022</v></c><c r="E2"><v>2023</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="inlineStr"><is><t>家</t></is></c><c r="C3"><v>8</v></c><c r="D3"><v>11</v></c><c r="E3" t="s"><v>6</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="inlineStr"><is><t>亿元</t></is></c><c r="C4"><v>1.25</v></c><c r="D4"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r="E4"><v>2.0699999999999998</v></c></row>' +
        '<row r="5"><c r="A5" t="s"><v>5</v></c><c r="B5" t="inlineStr"><is><t>万元</t></is></c><c r="C5"><v>1350.5</v></c><c r="D5" t="inlineStr"><is><t>/</t></is></c><c r="E5"><v>1.62E3</v></c></row>' +
        '<row r="7"><c r="A7" t="s"><v>7</v></c></row>' +
        '</sheetData><mergeCells count="3"><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:E1"/></mergeCells>',
    },
    {
      name: "lists",
      hidden: true,
      xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>家</t></is></c></row></sheetData>',
    },
  ],
  {
    sharedStrings:
      "<si><t>指标名称</t></si><si><t>单位</t></si><si><t>年份</t></si>" +
      '<si><r><rPr><b/></rPr><t>高新技术</t></r><r><t xml:space="preserve">企业数</t></r><rPh sb="0" eb="2"><t>コウシン</t></rPh></si>' +
      "<si><t>技术市场成交合同金额</t></si><si><t>财政科技投入</t></si><si><t>—</t></si><si><t>注：2023年为初步数。</t></si>",
  },
);

/** A long workbook written by the package's own writer, with a title row merged over the table. */
const WRITTEN_LONG = writeXlsx([
  {
    name: "Sheet1",
    merges: ["A1:E1"],
    rows: [
      ["民勤县2021—2023年科技创新主要指标"],
      ["指标", "地区", "年份", "数值", "单位"],
      ...LONG_CSV.trim()
        .split("\n")
        .slice(1)
        .map((line) => {
          const [i, r, y, v, u] = line.split(",");
          return [i, r, Number(y), /^[\d.]+$/.test(v as string) ? { number: v as string } : v, u];
        }),
    ],
  },
]);

const CASES: readonly {
  name: string;
  input: Uint8Array | string;
  format: string;
  encoding: string | null;
  layout: string;
}[] = [
  { name: "wide CSV, UTF-8", input: fixture("minqin-wide.csv"), format: "csv", encoding: "utf-8", layout: "wide" },
  {
    name: "wide CSV, GB18030 with CRLF (Excel on Chinese Windows)",
    input: fixture("minqin-wide-gb18030.csv"),
    format: "csv",
    encoding: "gb18030",
    layout: "wide",
  },
  {
    name: "wide CSV, UTF-8 with BOM",
    input: new Uint8Array([0xef, 0xbb, 0xbf, ...fixture("minqin-wide.csv")]),
    format: "csv",
    encoding: "utf-8-bom",
    layout: "wide",
  },
  {
    name: "wide TSV, UTF-16 LE with BOM (Excel's Unicode 文本)",
    input: utf16le(WIDE_TSV),
    format: "tsv",
    encoding: "utf-16le",
    layout: "wide",
  },
  {
    name: "wide TSV, UTF-16 BE with BOM",
    input: utf16be(WIDE_TSV),
    format: "tsv",
    encoding: "utf-16be",
    layout: "wide",
  },
  { name: "long CSV, UTF-8", input: utf8(LONG_CSV), format: "csv", encoding: "utf-8", layout: "long" },
  { name: "long CSV as a string", input: LONG_CSV, format: "csv", encoding: null, layout: "long" },
  {
    name: "long TSV, UTF-16 LE",
    input: utf16le(LONG_CSV.replaceAll(",", "\t")),
    format: "tsv",
    encoding: "utf-16le",
    layout: "long",
  },
  { name: "wide xlsx, hand-made", input: HAND_WIDE, format: "xlsx", encoding: null, layout: "wide" },
  { name: "long xlsx, from writeXlsx", input: WRITTEN_LONG, format: "xlsx", encoding: null, layout: "long" },
  {
    name: "JSON array",
    input: utf8(JSON.stringify(ROWS.map(jsonRow), null, 2)),
    format: "json",
    encoding: "utf-8",
    layout: "long",
  },
  {
    name: "JSON Lines, with a missing figure as null",
    input: utf8(
      `${[...ROWS.map(jsonRow), { 指标: "财政科技投入", 地区: "民勤县", 年份: 2022, 数值: null }].map((o) => JSON.stringify(o)).join("\n")}\n`,
    ),
    format: "jsonl",
    encoding: "utf-8",
    layout: "long",
  },
  {
    name: "JSON with wide objects (year keys)",
    input: JSON.stringify([
      { 指标名称: "高新技术企业数", 地区: "民勤县", 单位: "家", "2021年": 8, "2022年": 11, "2023年": "—" },
      { 指标名称: "技术市场成交合同金额", 地区: "民勤县", 单位: "亿元", "2021年": 1.25, "2022年": 0.3, "2023年": 2.07 },
      { 指标名称: "财政科技投入", 地区: "民勤县", 单位: "万元", "2021年": 1350.5, "2022年": "/", "2023年": 1620 },
    ]),
    format: "json",
    encoding: null,
    layout: "wide",
  },
];

const text = (file: ObservationFile) =>
  file.rows.map((r) => [String(r["indicator"]), String(r["year"]), String(r["value"]), String(r["unit"])]);

describe("the same figures in every format, encoding and layout", () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.format}, ${c.encoding ?? "no text encoding"}, ${c.layout}`, () => {
      const file = readObservations(c.input);
      expect([file.format, file.encoding, file.layout]).toEqual([c.format, c.encoding, c.layout]);
      expect(file.problems.filter((p) => p.severity !== "info")).toEqual([]);
      const sorted = (rows: string[][]) => [...rows].sort((a, b) => a.join().localeCompare(b.join()));
      expect(sorted(text(file))).toEqual(sorted(ROWS));
      expect(file.rows.every((r) => r["region"] === "民勤县")).toBe(true);
      const checked = validateObservations(wuwei14, file.rows);
      expect(checked.issues).toEqual([]);
      const key = (o: { indicator: string; year: number }) => `${o.indicator} ${o.year}`;
      expect([...checked.observations].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
        [...EXPECTED].sort((a, b) => key(a).localeCompare(key(b))),
      );
    });
  }
});

describe("every line is accounted for, with its place", () => {
  it("the UTF-8 wide fixture: titles, a blank line, the header, three rows, a blank line, two footnotes", () => {
    const file = readObservations(fixture("minqin-wide.csv"));
    const fates = file.problems.map((p) => `${p.line} ${p.code}`);
    expect(fates).toEqual([
      "1 title-line",
      "2 title-line",
      "3 blank-line",
      "5 no-figure", // — for 2023 high-tech enterprises
      "7 no-figure", // / for 2022 fiscal S&T spending
      "8 blank-line",
      "9 footnote", // 注：
      "10 footnote", // 资料来源：
    ]);
    // 10 lines = 1 header + 6 skipped + 3 data lines (7 figures and 2 missing markers).
    expect(file.counts).toEqual({ lines: 10, rows: 7, skipped: 6, noFigure: 2, rejected: 0 });
    // Each figure keeps its cell: 2022 technology contracts (0.3) is line 6, column 4.
    const i = file.rows.findIndex((r) => r["value"] === "0.3");
    expect(file.places[i]).toEqual({ line: 6, column: 4 });
    expect(file.problems.find((p) => p.code === "no-figure")?.place).toEqual({ line: 5, column: 5 });
  });

  it("the hand-made workbook: places are sheet and cell; the merged header and the hidden sheet are listed", () => {
    const file = readObservations(HAND_WIDE);
    expect(file.problems[0]?.message.zh).toBe("工作表“lists”已跳过：这是隐藏的工作表（用 --sheet 指定即可读取）");
    expect(readObservations(HAND_WIDE, { sheet: "lists" }).problems.map((p) => p.code)).toEqual(["no-header"]);
    expect(file.sheets).toEqual(["民勤县"]);
    expect(file.places[file.rows.findIndex((r) => r["value"] === "0.3")]).toEqual({
      sheet: "民勤县",
      line: 4,
      column: 4,
      cell: "D4",
    });
    expect(file.problems.map((p) => `${p.place?.cell ?? p.place?.line ?? "-"} ${p.code} ${p.received}`)).toEqual([
      "- other-sheet lists",
      '1 title-line "指标名称 单位 年份"', // the merged group header above the years
      "E3 no-figure —",
      "D5 no-figure /",
      '7 footnote "注：2023年为初步数。"',
    ]);
    expect(file.counts).toEqual({ lines: 6, rows: 7, skipped: 2, noFigure: 2, rejected: 0 });
  });
});

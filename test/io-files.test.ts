/**
 * readObservations, piece by piece: files that are not tables, encodings, wide-table headers and regions, footnotes,
 * every missing marker, workbook details (sheets, dates, namespaces, formulas, unsafe XML) and the writer's round trip.
 * Figures are illustrative.
 */

import { resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { formatPlace, type NotDataKind, readObservations, readProblemMessages, writeXlsx } from "@wuwei/sti-plan/io";
import { build } from "esbuild";
import fc from "fast-check";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { GBK } from "./support/gbk.js";
import { handXlsx } from "./support/hand-xlsx.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (input: Uint8Array | string, options = {}) =>
  readObservations(input, options).problems.map((p) => `${p.severity} ${p.code}`);

describe("files that are not tables are named, with what to do", () => {
  const zip = (names: string[]) => zipSync(Object.fromEntries(names.map((n) => [n, utf8("<x/>")])));
  const cfb = (stream: string) => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(Buffer.from(stream, "utf16le"), 512); // a directory entry's name, as CFB stores it
    return bytes;
  };
  const cases: [string, Uint8Array, NotDataKind][] = [
    ["an Excel 97-2003 .xls (CFB with a Workbook stream)", cfb("Workbook"), "xls"],
    ["a password-protected .xlsx (CFB with EncryptedPackage)", cfb("EncryptedPackage"), "encrypted-office"],
    ["a Word .doc", cfb("WordDocument"), "doc"],
    ["a PDF", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "pdf"],
    ["a PNG", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "png"],
    ["a JPEG scan", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), "jpeg"],
    ["a .docx", zip(["[Content_Types].xml", "word/document.xml"]), "docx"],
    ["an .xlsb", zip(["[Content_Types].xml", "xl/workbook.bin"]), "xlsb"],
    ["a zip of CSV files", zip(["a.csv", "b.csv"]), "zip"],
    ["an HTML page saved as .xls", utf8("<html><body><table><tr><td>指标</td></tr></table></body></html>"), "html"],
    [
      "an Excel 2003 XML spreadsheet",
      utf8('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
      "xml-spreadsheet",
    ],
  ];
  for (const [name, bytes, kind] of cases) {
    it(name, () => {
      const file = readObservations(bytes);
      expect(file.rows).toEqual([]);
      expect(file.problems.map((p) => [p.code, p.severity, p.params.kind])).toEqual([
        ["not-a-data-file", "error", kind],
      ]);
    });
  }

  it("says what to do in both languages", () => {
    const [p] = readObservations(cfb("Workbook")).problems;
    expect(p?.message.zh).toContain("另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8（逗号分隔）”");
    expect(p?.message.en).toContain('save it as "Excel Workbook (.xlsx)" or "CSV UTF-8 (Comma delimited)"');
    expect(p?.received).toBe("d0 cf 11 e0 a1 b1 1a e1");
  });

  it("a file the extension calls .csv is still sniffed: PDF bytes are a PDF", () => {
    expect(codes(utf8("%PDF-1.4"), { format: "csv" })).toEqual(["error not-a-data-file"]);
  });
});

describe("encodings", () => {
  it("bytes neither UTF-8, UTF-16 nor GB18030 give unknown-encoding", () => {
    // 0x80 alone and 0xFF are invalid in GB18030, and invalid UTF-8.
    expect(codes(new Uint8Array([0x41, 0x80, 0x2c, 0xff, 0x0a]))).toEqual(["error unknown-encoding"]);
  });

  it("UTF-16 LE without a byte-order mark is recognised by its zero bytes", () => {
    const bytes = new Uint8Array(Buffer.from("指标\t地区\t年份\t数值\nrd-intensity\t武威市\t2023\t0.95\n", "utf16le"));
    const file = readObservations(bytes);
    expect([file.encoding, file.format, file.rows[0]?.["value"]]).toEqual(["utf-16le", "tsv", "0.95"]);
  });

  it("GB18030 is the fallback: GBK bytes of 指标,地区,年份,数值 read as Chinese", () => {
    // 指 d6b8 标 b1ea 地 b5d8 区 c7f8 年 c4ea 份 b7dd 数 cafd 值 d6b5 武 cee4 威 cdfe 市 cad0
    const gbk = GBK;
    const file = readObservations(gbk);
    expect(file.encoding).toBe("gb18030");
    expect(file.rows).toEqual([{ indicator: "rd-intensity", region: "武威市", year: "2023", value: "0.95", line: 2 }]);
  });

  it("a forced encoding is used as it is", () => {
    const file = readObservations(utf8("指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\n"), { encoding: "utf-8" });
    expect(file.encoding).toBe("utf-8");
  });
});

describe("wide tables", () => {
  const header = (years: string) => `指标名称,单位,${years}\n`;
  it("reads 2021, 2021年 and 2021年度 as years", () => {
    for (const years of ["2021,2022", "2021年,2022年", "2021年度,2022年度", "２０２１年,２０２２年"]) {
      const file = readObservations(`${header(years)}高新技术企业数,家,8,11\n`, { region: "民勤县" });
      expect(file.rows.map((r) => [r["year"], r["value"]])).toEqual([
        ["2021", "8"],
        ["2022", "11"],
      ]);
    }
  });

  it("without a 单位 column, a unit in brackets after the name is the row's unit; numbering is dropped", () => {
    const file = readObservations("指标,2022年,2023年\n1.技术市场成交合同金额（亿元）,0.3,2.07\n", {
      region: "古浪县",
    });
    expect(file.rows).toEqual([
      { indicator: "技术市场成交合同金额", region: "古浪县", year: "2022", value: "0.3", unit: "亿元", line: 2 },
      { indicator: "技术市场成交合同金额", region: "古浪县", year: "2023", value: "2.07", unit: "亿元", line: 2 },
    ]);
    const checked = validateObservations(wuwei14, file.rows);
    expect(checked.observations.map((o) => [o.region, o.year, o.value, o.unit])).toEqual([
      ["gulang", 2022, "0.3", "cny-100m"],
      ["gulang", 2023, "2.07", "cny-100m"],
    ]);
  });

  it("takes the region from a column, else the title, else the sheet's name, else the option", () => {
    const withColumn = readObservations(
      "地区,指标名称,单位,2023年\n凉州区,高新技术企业数,家,40\n古浪县,高新技术企业数,家,6\n",
    );
    expect(withColumn.rows.map((r) => r["region"])).toEqual(["凉州区", "古浪县"]);
    const titled = readObservations(
      "2023年天祝藏族自治县科技创新主要指标,,\n指标名称,单位,2023年\n高新技术企业数,家,5\n",
    );
    expect(titled.rows.map((r) => r["region"])).toEqual(["天祝藏族自治县"]);
    const cityAndCounty = readObservations("武威市凉州区科技创新主要指标\n指标名称,2023年\n高新技术企业数,40\n");
    expect(cityAndCounty.rows.map((r) => r["region"])).toEqual(["凉州区"]);
    const sheet = readObservations(
      writeXlsx([
        {
          name: "民勤县",
          rows: [
            ["指标名称", "2023年"],
            ["高新技术企业数", 9],
          ],
        },
      ]),
    );
    expect(sheet.rows.map((r) => r["region"])).toEqual(["民勤县"]);
    const option = readObservations("指标名称,2023年\n高新技术企业数,72\n", { region: "武威市" });
    expect(option.rows.map((r) => r["region"])).toEqual(["武威市"]);
  });

  it("with no region anywhere, says where to put one (no-region) and validation names each row", () => {
    const file = readObservations("指标名称,单位,2023年\n高新技术企业数,家,72\n");
    expect(file.problems.map((p) => `${p.line} ${p.severity} ${p.code}`)).toEqual(["1 error no-region"]);
    expect(file.problems[0]?.message.zh).toContain("民勤县科技创新主要指标");
    expect(validateObservations(wuwei14, file.rows).issues.map((i) => i.code)).toEqual(["missing-field"]);
  });

  it("a merged group header in CSV (the cell left empty under it) names the column; other columns are listed", () => {
    const csv = "指标名称,单位,完成情况,,2025年目标\n,,2022年,2023年,\n高新技术企业数,家,66,72,80\n";
    const file = readObservations(csv, { region: "武威市" });
    expect(file.rows.map((r) => `${r["indicator"]} ${r["year"]} ${r["value"]}`)).toEqual([
      "高新技术企业数 2022 66",
      "高新技术企业数 2023 72",
    ]);
    expect(file.problems.map((p) => `${p.line} ${p.code} ${p.received}`)).toEqual([
      '1 title-line "指标名称 单位 完成情况 2025年目标"',
      "2 ignored-column 2025年目标",
    ]);
  });

  it("section headings inside the table are skipped, not read as indicators without figures", () => {
    const file = readObservations("指标名称,2023年\n一、创新投入,\n研发经费投入强度,0.71\n", { region: "武威市" });
    expect(file.problems.map((p) => `${p.line} ${p.code}`)).toEqual(["2 title-line"]);
    expect(file.counts).toEqual({ lines: 3, rows: 1, skipped: 1, noFigure: 0, rejected: 0 });
  });

  it("the layout is found without flags and can be forced", () => {
    const csv = "指标名称,2023年\n高新技术企业数,72\n";
    expect(readObservations(csv, { region: "武威市" }).layout).toBe("wide");
    const forced = readObservations(csv, { layout: "long" });
    expect(forced.layout).toBe("long");
    expect(forced.rows).toEqual([{ indicator: "高新技术企业数", "2023年": "72", line: 2 }]);
    // A long header is never read as wide when wide is forced: no year columns, so no header.
    expect(codes("指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\n", { layout: "wide" })).toEqual([
      "error no-header",
    ]);
  });

  it("a year given twice is a duplicate column", () => {
    expect(codes("指标名称,2023年,2023\n高新技术企业数,72,72\n", { region: "武威市" })).toEqual([
      "error duplicate-column",
    ]);
  });
});

describe("titles, padding, blank lines and footnotes are information, not errors", () => {
  for (const note of [
    "注：2023年为初步数",
    "注1：含市本级",
    "说明：数据截至年底",
    "资料来源：统计年鉴",
    "备注：无",
    "数据来源：县科技局",
  ]) {
    it(`"${note}" below the table is a footnote`, () => {
      const file = readObservations(`指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\n${note},,,\n`);
      expect(file.problems.map((p) => `${p.severity} ${p.code} ${p.line}`)).toEqual([`info footnote 3`]);
      expect(file.rows).toHaveLength(1);
    });
  }

  it("a numbered footnote continues on the next lines; Excel's ,,,, padding is no cell", () => {
    const csv =
      "武威市科技创新主要指标,,,,\n,,,,\n指标,地区,年份,数值,\nrd-intensity,武威市,2023,0.95,\n,,,,\n注：,,,,\n1. 2023年为初步数,,,,\n2. 含市本级,,,,\n";
    expect(codes(csv)).toEqual([
      "info title-line",
      "info blank-line",
      "info blank-line",
      "info footnote",
      "info footnote",
      "info footnote",
    ]);
  });

  it("an indicator whose name starts like a note is data (注册 is no 注：)", () => {
    const file = readObservations("指标,地区,年份,数值\n注册科技型企业,武威市,2023,15\n");
    expect(file.rows).toHaveLength(1);
  });
});

describe("missing markers mean no figure: counted and listed, never an error", () => {
  const markers = ["—", "——", "–", "-", "－", "/", "／", "…", "...", "空", "无", "暂无", ""];
  it.each(markers)("%j", (marker) => {
    const long = readObservations(`指标,地区,年份,数值\nrd-intensity,武威市,2023,${marker}\n`);
    expect([long.rows.length, long.counts.noFigure]).toEqual([0, 1]);
    expect(long.problems.map((p) => `${p.severity} ${p.code}`)).toEqual(["info no-figure"]);
    const wide = readObservations(`指标名称,2022年,2023年\n研发经费投入强度,${marker},0.71\n`, { region: "武威市" });
    expect(wide.rows.map((r) => r["value"])).toEqual(["0.71"]);
    expect(wide.problems.map((p) => [p.code, p.place])).toEqual([["no-figure", { line: 2, column: 2 }]]);
  });

  it("a negative figure is not a marker", () => {
    expect(readObservations("指标,地区,年份,数值\nrd-intensity,武威市,2023,-0.5\n").rows[0]?.["value"]).toBe("-0.5");
  });
});

describe("workbooks", () => {
  const simple = (name: string, value: string) => ({
    name,
    xml: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c><c r="B1" t="inlineStr"><is><t>地区</t></is></c><c r="C1" t="inlineStr"><is><t>年份</t></is></c><c r="D1" t="inlineStr"><is><t>数值</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>rd-intensity</t></is></c><c r="B2" t="inlineStr"><is><t>武威市</t></is></c><c r="C2"><v>2023</v></c><c r="D2"><v>${value}</v></c></row></sheetData>`,
  });

  it("reads every visible sheet, or one chosen by name or number", () => {
    const book = handXlsx([
      simple("2022", "0.78"),
      simple("2023", "0.95"),
      {
        name: "说明",
        xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>填报说明：按年报送</t></is></c></row></sheetData>',
      },
    ]);
    const all = readObservations(book);
    expect([all.sheets, all.rows.map((r) => r["value"])]).toEqual([
      ["2022", "2023"],
      ["0.78", "0.95"],
    ]);
    expect(all.problems.map((p) => `${p.code} ${p.received}`)).toEqual(["other-sheet 说明"]);
    expect(all.problems[0]?.message).toEqual({
      zh: "工作表“说明”已跳过：没有可读的表头",
      en: 'sheet "说明" skipped: it has no readable header',
    });
    expect(readObservations(book, { sheet: "2023" }).rows.map((r) => r["value"])).toEqual(["0.95"]);
    expect(readObservations(book, { sheet: 1 }).rows.map((r) => r["value"])).toEqual(["0.78"]);
    expect(codes(book, { sheet: "2024" })).toEqual(["error no-sheet"]);
  });

  it("keeps the file's digits; rounds only binary noise beyond Excel's 15 digits; no exponent", () => {
    const value = (v: string) => readObservations(handXlsx([simple("S", v)])).rows[0]?.["value"];
    expect(value("0.1")).toBe("0.1");
    expect(value("123456789012345")).toBe("123456789012345");
    expect(value("0.30000000000000004")).toBe("0.3");
    expect(value("0.71000000000000008")).toBe("0.71");
    expect(value("1.0000000000000001E-7")).toBe("0.0000001");
    expect(value("2.5E3")).toBe("2500");
  });

  it("dates in a date format become YYYY-MM-DD (1900 system, serial 45291 = 2023-12-31)", () => {
    const book = handXlsx(
      [
        {
          name: "S",
          xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c><c r="B1" t="inlineStr"><is><t>地区</t></is></c><c r="C1" t="inlineStr"><is><t>年份</t></is></c><c r="D1" t="inlineStr"><is><t>数值</t></is></c><c r="E1" t="inlineStr"><is><t>备注</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>rd-intensity</t></is></c><c r="B2" t="inlineStr"><is><t>武威市</t></is></c><c r="C2"><v>2023</v></c><c r="D2" s="0"><v>0.95</v></c><c r="E2" s="1"><v>45291</v></c></row></sheetData>',
        },
      ],
      { styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>' },
    );
    expect(readObservations(book).rows[0]).toMatchObject({ value: "0.95", note: "2023-12-31" });
  });

  it("reads parts written with a namespace prefix (x:c), as .NET tools write them", () => {
    const book = handXlsx(
      [
        {
          name: "S",
          xml: '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>指标名称</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>2023年</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>高新技术企业数</x:t></x:is></x:c><x:c r="B2"><x:v>72</x:v></x:c></x:row></x:sheetData>',
        },
      ],
      { prefix: "x" },
    );
    expect(
      readObservations(book, { region: "武威市" }).rows.map((r) => `${r["indicator"]} ${r["year"]} ${r["value"]}`),
    ).toEqual(["高新技术企业数 2023 72"]);
  });

  it("a bare > in an attribute after the cells (a hyperlink's tooltip) does not disturb the merged ranges", () => {
    const book = handXlsx([
      {
        name: "S",
        xml:
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>民勤县科技创新主要指标</t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>指标名称</t></is></c><c r="B2" t="inlineStr"><is><t>2023年</t></is></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>高新技术企业数</t></is></c><c r="B3"><v>9</v></c></row></sheetData>' +
          '<hyperlinks><hyperlink ref="A1" tooltip="2023 > 2022"/></hyperlinks>' +
          '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
      },
    ]);
    const file = readObservations(book);
    expect(file.rows).toEqual([{ indicator: "高新技术企业数", region: "民勤县", year: "2023", value: "9", line: 3 }]);
    expect(file.problems.map((p) => `${p.code} ${p.received}`)).toEqual(['title-line "民勤县科技创新主要指标"']);
  });

  it("a formula without a saved result is a warning at its cell", () => {
    const book = handXlsx(
      [simple("S", "0.95").xml.replace("<v>0.95</v>", "<f>B9/B10</f>")].map((xml) => ({ name: "S", xml })),
    );
    const file = readObservations(book);
    expect(file.problems.map((p) => `${p.severity} ${p.code} ${p.place?.cell}`)).toEqual([
      "warning formula-without-value D2",
      "info no-figure D2",
    ]);
  });

  it("refuses a document type declaration (no entity expansion) and a damaged zip", () => {
    const dtd = handXlsx([{ name: "S", xml: '<sheetData/><!DOCTYPE x [<!ENTITY a "aaaa">]>' }]);
    expect(codes(dtd)).toEqual(["error malformed-xlsx"]);
    const damaged = writeXlsx([{ name: "S", rows: [["a"]] }]).slice(0, 200);
    expect(codes(damaged)).toEqual(["error not-a-data-file"]);
  });
});

describe("writeXlsx reads back exactly", () => {
  it("numbers as numbers, decimal strings digit for digit, text with markup characters as text", () => {
    const rows = [
      ["指标", "地区", "年份", "数值", "备注"],
      ["rd-intensity", "武威市", 2023, { number: "0.950" }, 'a < b & "c"'],
      ["tech-contract-turnover", "凉州区", 2023, 0.1, "=SUM(A1)"],
      ["high-tech-enterprises", "古浪县", 2023, { number: "123456789012.345" }, "  带空格  "],
    ] as const;
    const file = readObservations(writeXlsx([{ name: "数据[1]", rows }]));
    expect(file.sheets).toEqual(["数据_1_"]);
    expect(file.rows.map((r) => [r["value"], r["note"]])).toEqual([
      ["0.950", 'a < b & "c"'],
      ["0.1", "=SUM(A1)"],
      ["123456789012.345", "带空格"],
    ]);
  });

  it("the same sheets give the same bytes", () => {
    const sheets = [{ name: "S", rows: [["a", 1]] }];
    expect(writeXlsx(sheets)).toEqual(writeXlsx(sheets));
  });
});

describe("messages and places", () => {
  it("every problem has a Chinese and an English message built from its params", () => {
    const file = readObservations("标题,,\n指标,地区,年份,数值\nrd-intensity,武威市,2023,—\n注：示例,,\n");
    for (const p of file.problems) {
      expect(p.message).toEqual({
        zh: readProblemMessages.zh[p.code](p.params),
        en: readProblemMessages.en[p.code](p.params),
      });
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).not.toMatch(/[\u4e00-\u9fff]{3}(?!.*")/);
    }
  });

  it("a place in words", () => {
    expect(formatPlace({ line: 4 }, "zh")).toBe("第4行");
    expect(formatPlace({ line: 4, column: 2 }, "en")).toBe("line 4, column 2");
    expect(formatPlace({ sheet: "民勤县", line: 4 }, "zh")).toBe("民勤县 第4行");
  });

  it("a line with more cells than the header is an error with its line; the others still read", () => {
    const file = readObservations(
      "指标,地区,年份,数值\nrd-intensity,武威市,2023,1,234\nrd-intensity,武威市,2022,0.78\n",
    );
    expect(file.problems.map((p) => `${p.line} ${p.severity} ${p.code}`)).toEqual(["2 error malformed-line"]);
    expect(file.problems[0]?.message.zh).toContain("千位逗号");
    expect(file.rows.map((r) => r.line)).toEqual([3]);
    expect(file.counts).toEqual({ lines: 3, rows: 1, skipped: 0, noFigure: 0, rejected: 1 });
  });

  it("JSON Lines: a broken line is an error at its line; a JSON object that is not an array is named", () => {
    const file = readObservations('{"指标":"rd-intensity","地区":"武威市","年份":2023,"数值":0.95}\n{"指标":\n\n');
    expect(file.problems.map((p) => `${p.line} ${p.code}`)).toEqual(["2 malformed-json", "3 blank-line"]);
    expect(codes('{\n "指标": "rd-intensity"\n}')).toEqual(["error malformed-json"]);
  });

  it("the input is not changed and the result is frozen", () => {
    const bytes = utf8("指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\n");
    const copy = bytes.slice();
    const file = readObservations(bytes);
    expect(bytes).toEqual(copy);
    expect(
      Object.isFrozen(file) &&
        Object.isFrozen(file.rows) &&
        Object.isFrozen(file.rows[0]) &&
        Object.isFrozen(file.places[0]),
    ).toBe(true);
  });
});

describe("in a browser", () => {
  it("bundles for the browser with no Node module, and reads a workbook and a GB18030 CSV with web APIs alone", async () => {
    const app = await build({
      stdin: {
        contents:
          'import { readObservations, writeXlsx } from "./src/io/index.ts";\n' +
          'const book = writeXlsx([{ name: "S", rows: [["指标名称", "2023年"], ["高新技术企业数", 72]] }]);\n' +
          "const gbk = new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0x32, 0x30, 0x32, 0x33, 0x0a, 0x61, 0x2c, 0x31, 0x0a]);\n" +
          'globalThis.out = [readObservations(book, { region: "武威市" }).rows[0], readObservations(gbk, { region: "武威市" }).encoding];',
        resolveDir: resolve(import.meta.dirname, ".."),
        loader: "ts",
      },
      bundle: true,
      format: "iife",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const code = app.outputFiles[0]?.text ?? "";
    expect(code).not.toMatch(/require\(["'](node:)?(fs|buffer|zlib|stream)["']\)/);
    // A context with only what a browser page has for this code: TextDecoder, TextEncoder; no Buffer, no process.
    const page: Record<string, unknown> = {
      TextDecoder,
      TextEncoder,
      Uint8Array,
      Date,
      Math,
      JSON,
      Object,
      Array,
      Map,
      Set,
    };
    runInNewContext(code, page);
    // 指标,2023 / a,1 in GBK: a wide table of one figure.
    expect(page["out"]).toEqual([
      { indicator: "高新技术企业数", region: "武威市", year: "2023", value: "72", line: 2 },
      "gb18030",
    ]);
  });
});

describe("every line accounted for, whatever the mix", () => {
  type Kind = "figure" | "marker" | "blank" | "footnote" | "section";
  const lineOf = (kind: Kind, i: number): string =>
    kind === "figure"
      ? `高新技术企业数,家,${i % 90},${(i % 90) + 1}`
      : kind === "marker"
        ? "技术市场成交合同金额,亿元,—,暂无"
        : kind === "blank"
          ? ",,,"
          : kind === "section"
            ? "二、创新产出,,,"
            : "注：示例数据,,,";

  it("a wide table of random lines: each is rows, a skip or no-figure cells, and the counts add up", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Kind>("figure", "marker", "blank", "section"), { maxLength: 40 }),
        fc.boolean(),
        (kinds, footnote) => {
          const lines = ["民勤县科技创新主要指标,,,", "指标名称,单位,2022年,2023年", ...kinds.map(lineOf)];
          if (footnote) lines.push(lineOf("footnote", 0));
          const file = readObservations(`${lines.join("\n")}\n`);
          const count = (k: Kind) => kinds.filter((x) => x === k).length;
          // Line 1 is the title, line 2 the header; each data line i + 3 has one fate.
          expect(file.counts).toEqual({
            lines: lines.length,
            rows: 2 * count("figure"),
            skipped: 1 + count("blank") + count("section") + (footnote ? 1 : 0),
            noFigure: 2 * count("marker"),
            rejected: 0,
          });
          kinds.forEach((kind, i) => {
            const line = i + 3;
            const rows = file.rows.filter((r) => r.line === line).length;
            const codes = file.problems.filter((p) => p.line === line).map((p) => p.code);
            const fate = {
              figure: [2, []],
              marker: [0, ["no-figure", "no-figure"]],
              blank: [0, ["blank-line"]],
              section: [0, ["title-line"]],
              footnote: [0, ["footnote"]],
            }[kind];
            expect([rows, codes]).toEqual(fate);
          });
        },
      ),
    );
  });

  it("20,000 lines with markers and a footnote are read in one pass, each counted", () => {
    const body = Array.from({ length: 20_000 }, (_, i) => (i % 4 === 3 ? lineOf("marker", i) : lineOf("figure", i)));
    const file = readObservations(["指标名称,单位,2022年,2023年", ...body, "资料来源：县科技局,,,"].join("\r\n"), {
      region: "民勤县",
    });
    // 15,000 figure lines × 2 years; 5,000 marker lines × 2 cells.
    expect(file.counts).toEqual({ lines: 20_002, rows: 30_000, skipped: 1, noFigure: 10_000, rejected: 0 });
  });
});

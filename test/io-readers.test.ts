/** The file readers: the messy CSV line by line, encodings, separators, headers, JSON lines, and the bundle split. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatIssue, type ObservationIssue, validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservationsCsv, readObservationsJson } from "@wuwei/sti-plan/io";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "./support/fixture-plan.js";

const root = resolve(import.meta.dirname, "..");
const messy = readFileSync(resolve(root, "test/fixtures/messy.csv"));

describe("the messy CSV fixture, line by line", () => {
  const read = readObservationsCsv(messy);
  const result = validateObservations(fixturePlan, read.rows);
  const lineOf = (row: number) => read.rows[row]?.line;
  const kept = new Map(result.observations.map((o, i) => [lineOf(result.rows[i] as number), o]));
  const issuesAt = new Map<number, ObservationIssue[]>();
  for (const issue of [...read.issues, ...result.issues]) {
    const line = issue.line as number;
    issuesAt.set(line, [...(issuesAt.get(line) ?? []), issue]);
  }

  it("starts with a byte-order mark, a comment and Chinese headers", () => {
    expect([...messy.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x23]);
    expect(read.rows[0]).toEqual({
      indicator: "技术市场成交合同金额",
      region: "凉州区",
      year: "2022",
      value: "52,000万元",
      line: 3,
    });
  });

  it("turns each good line into the observation computed by hand", () => {
    const o = (indicator: string, region: string, year: number, value: string, unit: string, extra = {}) => ({
      indicator,
      region,
      year,
      value,
      unit,
      ...extra,
    });
    expect(Object.fromEntries(kept)).toEqual({
      // 52,000万元 = 5.2亿元
      3: o("tech-contract-turnover", "liangzhou", 2022, "5.2", "cny-100m"),
      // full-width year and value, unit column 亿元, status 正式
      4: o("tech-contract-turnover", "minqin", 2022, "3.1", "cny-100m", { status: "normal" }),
      // the indicator by its name as 表1 writes it, with the unit in brackets; full-width ０．７１%
      6: o("rd-intensity", "wuwei", 2022, "0.71", "percent"),
      // 天祝 is an alias of 天祝藏族自治县; １２ full-width
      8: o("high-tech-enterprises", "tianzhu", 2023, "12", "enterprise"),
      11: o("high-tech-enterprises", "wuwei", 2023, "72", "enterprise", { status: "normal" }),
      16: o("st-progress-rank", "wuwei", 2023, "6", "rank"),
      // 1410000000元 = 14.1亿元, status 估计
      19: o("tech-contract-turnover", "gulang", 2023, "14.1", "cny-100m", { status: "estimated" }),
      // 1,234.5万元 = 0.12345亿元, with a note
      21: o("tech-contract-turnover", "liangzhou", 2023, "0.12345", "cny-100m", { note: "县科技局" }),
      // the person count by its Chinese name, １，２３４
      22: o("st-commissioners", "minqin", 2023, "1234", "person"),
    });
  });

  it("names every other line with its issue", () => {
    const fates = Object.fromEntries(
      [...issuesAt].map(([line, list]) => [line, list.map((i) => `${i.severity} ${i.code}`)]),
    );
    expect(fates).toEqual({
      7: ["error region-out-of-scope"], // a county figure for the city-only R&D intensity
      9: ["warning duplicate-identical"], // 天祝藏族自治县 2023 = line 8
      10: ["warning superseded"], // 初步 70 gives way to the final 72 of line 11
      12: ["error duplicate-conflict"],
      13: ["error duplicate-conflict"],
      14: ["error unknown-region"], // 永昌县 is in Jinchang, not Wuwei
      17: ["error rank-out-of-range"], // 15 of 14
      18: ["error fractional-count"], // 12.5 enterprises
      20: ["error unit-not-convertible"], // 万元 for a percentage
      23: ["error malformed-csv"], // one cell too many
    });
  });

  it("accounts for every line of the file: kept, named, comment, empty or header", () => {
    const lines = messy.toString("utf8").split(/\r\n/).slice(0, -1);
    expect(lines.length).toBe(23);
    const skipped = lines.flatMap((text, i) =>
      text === "" || text.replace(/^\uFEFF/, "").startsWith("#") ? [i + 1] : [],
    );
    expect(skipped).toEqual([1, 5, 15]);
    const covered = new Set([...kept.keys(), ...issuesAt.keys(), ...skipped, 2]);
    expect([...covered].sort((a, b) => (a as number) - (b as number))).toEqual(lines.map((_, i) => i + 1));
  });

  it("points messages at file lines in both languages", () => {
    const [issue] = issuesAt.get(14) ?? [];
    expect(issue && formatIssue(issue, "en")).toBe(
      'line 14, rows[10].region: unknown region "永昌县"; did you mean 古浪县, 民勤县?',
    );
    expect(issue && formatIssue(issue, "zh")).toBe(
      '第14行，rows[10].region：未知地区 "永昌县"；是否指 古浪县、民勤县？',
    );
  });
});

describe("readObservationsCsv", () => {
  it("refuses GBK bytes with a clear not-utf8 issue", () => {
    // "指标,地区\n" in GBK
    const gbk = new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xb5, 0xd8, 0xc7, 0xf8, 0x0a]);
    const result = readObservationsCsv(gbk);
    expect(result.rows).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(["not-utf8"]);
    expect(result.issues[0]?.message.zh).toContain("UTF-8");
    expect(result.issues[0]?.message.en).toContain('re-save it as "CSV UTF-8"');
  });

  it("reads UTF-8 bytes with and without a BOM, and text with a BOM, alike", () => {
    const text = "indicator,region,year,value\nrd-intensity,wuwei,2023,0.81\n";
    const expected = [{ indicator: "rd-intensity", region: "wuwei", year: "2023", value: "0.81", line: 2 }];
    expect(readObservationsCsv(new TextEncoder().encode(text)).rows).toEqual(expected);
    expect(readObservationsCsv(new TextEncoder().encode(`\uFEFF${text}`)).rows).toEqual(expected);
    expect(readObservationsCsv(`\uFEFF${text}`).rows).toEqual(expected);
  });

  it("detects tabs, keeps commas inside tab-separated cells, and reads SDMX and Chinese header variants", () => {
    const tsv =
      "指标代码\t区域\tTIME_PERIOD\tOBS_VALUE\tOBS_STATUS\t来源\n高新技术企业数\t古浪\t2023\t1,234\tP\t统计公报\n";
    expect(readObservationsCsv(tsv).rows).toEqual([
      {
        indicator: "高新技术企业数",
        region: "古浪",
        year: "2023",
        value: "1,234",
        status: "P",
        source: "统计公报",
        line: 2,
      },
    ]);
  });

  it("counts lines through quoted line breaks, comments and CRLF", () => {
    const csv =
      '# a\r\nindicator,region,year,value,note\r\n\r\nrd-intensity,wuwei,2022,1,"two\r\nlines"\r\nrd-intensity,wuwei,2023,2,\r\n';
    expect(readObservationsCsv(csv).rows.map((r) => [r.line, r["note"]])).toEqual([
      [4, "two\nlines"],
      [6, undefined],
    ]);
  });

  it("names an unclosed quote and an empty file", () => {
    const bad = readObservationsCsv('indicator,region,year,value\nrd-intensity,wuwei,2023,"1.5\n');
    expect(bad.rows).toEqual([]);
    expect(bad.issues.map((i) => [i.code, i.line])).toEqual([["malformed-csv", 2]]);
    // The quote swallows the lines after it: the message says so, and to which line.
    const swallowed = readObservationsCsv(
      'indicator,region,year,value\nrd-intensity,wuwei,2023,"1.5\nrd-intensity,wuwei,2024,1.6\nrd-intensity,wuwei,2025,1.7\n',
    );
    expect([swallowed.rows.length, swallowed.issues.length, swallowed.issues[0]?.line]).toEqual([0, 1, 2]);
    expect(swallowed.issues[0]?.message.en).toContain("every line from here to the end of the file (line 4)");
    expect(swallowed.issues[0]?.message.zh).toContain("引号未闭合：从此行到文件末尾（第4行）都被读成了一个单元格");
    expect(readObservationsCsv("# only a comment\n\n").issues.map((i) => i.code)).toEqual(["malformed-csv"]);
  });

  it("keeps an unknown column for validation to warn about, and never builds prototypes from headers", () => {
    const csv = "indicator,region,year,value,__proto__,line\nrd-intensity,wuwei,2023,1,x,9\n";
    const [row] = readObservationsCsv(csv).rows;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row ?? {})).toEqual([
      "indicator",
      "region",
      "year",
      "value",
      "__proto__",
      "line (column)",
      "line",
    ]);
    expect(row?.line).toBe(2);
    const issues = validateObservations(fixturePlan, readObservationsCsv(csv).rows).issues;
    expect(issues.map((i) => [i.code, i.path, i.line])).toEqual([
      ["unknown-field", [0, "__proto__"], 2],
      ["unknown-field", [0, "line (column)"], 2],
    ]);
  });
});

describe("readObservationsJson", () => {
  it("gives each element the line it starts on and maps Chinese keys", () => {
    const json =
      '[\n  {"指标": "rd-intensity", "地区": "武威市", "年份": 2023, "数值": 0.81},\n\n  {\n    "indicator": "x, ] {",\n    "value": "1"\n  }, 5\n]';
    const result = readObservationsJson(json);
    expect(result.rows).toEqual([
      { indicator: "rd-intensity", region: "武威市", year: 2023, value: 0.81, line: 2 },
      { indicator: "x, ] {", value: "1", line: 4 },
    ]);
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([["not-an-object", 7]]);
  });

  it("refuses JSON that is not an array, or not JSON, or not UTF-8", () => {
    expect(readObservationsJson('{"rows": []}').issues.map((i) => i.code)).toEqual(["not-an-array"]);
    expect(readObservationsJson("[1,,]").issues.map((i) => i.code)).toEqual(["malformed-json"]);
    expect(readObservationsJson(new Uint8Array([0x5b, 0xff, 0x5d])).issues.map((i) => i.code)).toEqual(["not-utf8"]);
  });

  it("reads __proto__ keys as data", () => {
    const result = readObservationsJson('[{"__proto__": {"polluted": 1}, "value": "1"}]');
    expect(Object.keys(result.rows[0] ?? {})).toEqual(["__proto__", "value", "line"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("bundles", () => {
  it("keeps papaparse out of the package root", async () => {
    const bundle = async (entry: string) => {
      const out = await build({
        entryPoints: [resolve(root, entry)],
        bundle: true,
        write: false,
        metafile: true,
        format: "esm",
        platform: "node",
      });
      return Object.keys(out.metafile.inputs);
    };
    expect((await bundle("src/index.ts")).some((f) => f.includes("papaparse"))).toBe(false);
    expect((await bundle("src/io/index.ts")).some((f) => f.includes("papaparse"))).toBe(true);
  });
});

describe("a unit named in the value column's header", () => {
  it("applies 数值(万元) to every row without a unit of its own, exactly", () => {
    const csv =
      "指标,县(区),年份,数值(万元),单位\n技术市场成交合同金额,凉州区,2023,52000,\n技术市场成交合同金额,民勤县,2023,3.1,亿元\n";
    const read = readObservationsCsv(csv);
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r["region"], r["value"], r["unit"]])).toEqual([
      ["凉州区", "52000", "万元"],
      ["民勤县", "3.1", "亿元"],
    ]);
    const { observations } = validateObservations(wuwei14, read.rows);
    // 52,000万元 = 5.2亿元; the row that names 亿元 keeps it.
    expect(observations.map((o) => [o.region, o.value, o.unit])).toEqual([
      ["liangzhou", "5.2", "cny-100m"],
      ["minqin", "3.1", "cny-100m"],
    ]);
  });

  it("reads full-width brackets and English headers, and in JSON keys too", () => {
    expect(
      readObservationsCsv("indicator,region,year,value (%)\nrd-intensity,wuwei,2023,0.9\n").rows[0]?.["unit"],
    ).toBe("%");
    expect(readObservationsCsv("指标,地区,年份,数值（亿元）\nx,武威市,2023,1\n").rows[0]?.["unit"]).toBe("亿元");
    const json = readObservationsJson('[{"指标": "x", "地区": "武威市", "年份": 2023, "数值(万元)": 120}]');
    expect(json.rows[0]).toMatchObject({ value: 120, unit: "万元" });
    // A bracket in another header is not a unit.
    expect(readObservationsCsv("指标,县(区),年份,数值\nx,凉州区,2023,1\n").rows[0]?.["unit"]).toBeUndefined();
  });
});

describe("a number with an unquoted thousands comma", () => {
  it("is one cell too many, and the message says to quote it or drop the comma, in both languages", () => {
    const read = readObservationsCsv("指标,地区,年份,数值\n选派科技特派员,武威市,2023,1,000\n");
    expect(read.rows).toEqual([]);
    const [issue] = read.issues;
    expect([issue?.code, issue?.line]).toEqual(["malformed-csv", 2]);
    expect(issue?.message.zh).toBe(
      '此行不是格式正确的 CSV 数据行（本行有 5 个单元格，表头只有 4 列；带千位逗号的数字（如 1,000）须加引号，或去掉逗号）："选派科技特派员,武威市,2023,1,000"',
    );
    expect(issue?.message.en).toContain(
      'a number with a thousands comma (1,000) must be quoted ("1,000") or written without the comma',
    );
    // Another extra cell gets no such hint.
    const other = readObservationsCsv("indicator,region,year,value\nrd-intensity,wuwei,2023,1,extra\n").issues[0];
    expect(other?.message.en).toContain("5 cells where the header has 4): ");
  });
});

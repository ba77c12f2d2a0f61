import { readFileSync } from "node:fs";
import { writeXlsx } from "@wuwei/sti-plan/io";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { wuwei14 } from "../src/index.js";
import { displayWidth } from "../src/report/width.js";
import { EXAMPLE, run } from "./support/cli.js";
import { q } from "./support/exact.js";

const pkg = (await import("../package.json", { with: { type: "json" } })).default as { version: string };

describe("wuwei-sti-plan: help, version, usage errors", () => {
  it("prints the version", async () => {
    const r = await run(["--version"]);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect((await run(["-v"])).stdout).toBe(`${pkg.version}\n`);
  });

  it("prints the main help with no arguments and with --help, in either language", async () => {
    const none = await run([]);
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("用法：wuwei-sti-plan <命令> [选项]");
    const en = await run(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("Usage: wuwei-sti-plan <command> [options]");
    const before = await run(["--lang", "en", "--help"]);
    expect(before.stdout).toBe(en.stdout);
  });

  it("prints each command's help", async () => {
    for (const [command, words] of [
      ["report", "--as-of DATE"],
      ["validate", "Exits 1 when there are errors"],
      ["indicators", "Lists the plan's indicators"],
      ["schema", "JSON Schema"],
    ] as const) {
      const r = await run([command, "--help", "--lang", "en"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain(words);
      expect(r.stderr).toBe("");
    }
    expect((await run(["report", "--help"])).stdout).toContain("--as-of 日期");
  });

  it("exits 2 with a message on stderr for an unknown command, option or value", async () => {
    const cases: [string[], string][] = [
      [["reprot"], '未知命令 "reprot"（是否想用 report？）'],
      [["report", "--metod", "schedule"], '未知选项 "--metod"（是否想用 --method？）'],
      [["report", "--as-of"], "--as-of 后缺少取值"],
      [["report", "--bom=yes"], "--bom 不带取值"],
      [["report", "--method", "linear"], '--method：应为 schedule、growth-ratio、projection 之一，实际为 "linear"'],
      [["report", "--format", "pdf"], "--format"],
      [["report", "--as-of", "2023-02-30"], '--as-of：应为 YYYY-MM-DD 格式的日期，实际为 "2023-02-30"'],
      [["report", "--region", "lanzhou"], '--region：未知地区 "lanzhou"'],
      [["report", "a.csv", "b.csv"], "多余的参数：b.csv"],
      [["report", "--lang", "fr"], '--lang: expected zh or en, received "fr"'],
      [["report", "missing.csv"], "无法读取 missing.csv：文件不存在（请检查路径和文件名）"],
      [["report", "--plan", "missing.json"], "无法读取 missing.json：文件不存在（请检查路径和文件名）"],
      [["report", "--format", "svg"], "--format svg 需要数据文件"],
      [["validate"], "缺少要检查的文件"],
      [["--frobnicate"], '未知选项 "--frobnicate"'],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout, argv.join(" ")).toBe("");
      expect(r.stderr, argv.join(" ")).toContain(message);
    }
  });
});

describe("wuwei-sti-plan: the option parser's errors in the user's language", () => {
  it("names an unknown option, a missing value and a value given to a switch, in English too", async () => {
    const cases: [string[], string][] = [
      [
        ["report", "--metod", "schedule", "--lang", "en"],
        'wuwei-sti-plan: unknown option "--metod" (did you mean --method?)\n',
      ],
      [["report", "--lang", "en", "--as-of"], "wuwei-sti-plan: --as-of needs a value\n"],
      [["report", "--bom=yes", "--lang", "en"], "wuwei-sti-plan: --bom takes no value\n"],
      [
        ["report", "missing.csv", "--lang", "en"],
        "wuwei-sti-plan: cannot read missing.csv: no such file (check the path and the name)\n",
      ],
    ];
    for (const [argv, first] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toBe(`${first}Run wuwei-sti-plan report --help for usage.\n`);
    }
  });
});

describe("wuwei-sti-plan report (the plan itself)", () => {
  it("lists every target with baseline, required growth and yearly milestones", async () => {
    const r = await run(["report", "--region", "wuwei"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("武威市“十四五”科技创新规划（武政办发〔2022〕9号）目标与序时进度");
    // 14.1 → 28 over five years: 2.78 a year on the linear path; (28/14.1)^(1/5) − 1 = 14.70 % a year.
    const turnover = lines.find((l) => l.startsWith("技术市场成交合同金额"));
    expect(turnover).toMatch(/14\.1 \(2020\)\s+达到 28 \(2025\)\s+14\.7%\s+16\.88\s+19\.66\s+22\.44\s+25\.22\s+28\s*$/);
    // R&D intensity: 0.62 → 1.5, 1.148 due in 2023 (METHODS.md), 19.3 % a year.
    const rd = lines.find((l) => l.startsWith("研发经费投入强度"));
    expect(rd).toMatch(/19\.3%\s+0\.796\s+0\.972\s+1\.148\s+1\.324\s+1\.5\s*$/);
  });

  it("accepts a region by its Chinese name or alias", async () => {
    const byId = await run(["report", "--region", "tianzhu", "--format", "json"]);
    const byAlias = await run(["report", "--region", "天祝县", "--format", "json"]);
    expect(byAlias.stdout).toBe(byId.stdout);
    const rows = JSON.parse(byId.stdout).rows as { region: { id: string } }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.region.id === "tianzhu")).toBe(true);
  });

  it("writes CSV with a BOM to --out when asked", async () => {
    const r = await run(["report", "--format", "csv", "--bom", "--out", "plan.csv", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("wrote plan.csv\n");
    const csv = r.written["plan.csv"] ?? "";
    expect(csv.startsWith("\uFEFFindicator,indicator_name,")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const targets = wuwei14.indicators.reduce((n, i) => n + i.targets.reduce((m, t) => m + t.regions.length, 0), 0);
    expect(rows).toHaveLength(1 + targets);
  });
});

describe("wuwei-sti-plan report FILE", () => {
  it("reports the example data as of a given date, text aligned by display width", async () => {
    const r = await run(["report", "example.csv", "--as-of", "2023-12-31"], { files: { "example.csv": EXAMPLE } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[1]).toBe("评估日期：2023-12-31　方法：序时进度法　地区：全部");
    const start = lines.findIndex((l) => l.startsWith("指标 "));
    const end = lines.indexOf("", start);
    const table = lines.slice(start, end);
    expect(new Set(table.map(displayWidth)).size).toBe(1);
    // R&D intensity 0.62 → 1.5, derived for 2023 from the counties' components: 100 × 57,658万元 / 655.2亿元
    // = 0.880006; completion 0.260006 / 0.88 = 29.5 %, time share 60 %.
    const rd = table.find((l) => l.startsWith("研发经费投入强度"));
    expect(rd).toMatch(/0\.880006 \(2023\)\s+滞后于序时进度\s+29\.5%\s+60\.0%\s+-30\.5个百分点/);
    // Technology contract turnover 14.1 → 28 with 25.8 in 2023: completion 11.7 / 13.9 = 84.2 %.
    const turnover = table.find((l) => l.startsWith("技术市场成交合同金额"));
    expect(turnover).toMatch(/25\.8 \(2023\)\s+符合序时进度\s+84\.2%\s+60\.0%\s+\+24\.2个百分点/);
  });

  it("uses today's date (from the CLI layer) when --as-of is absent, and says so in the header", async () => {
    const r = await run(["report", "example.csv", "--lang", "en"], {
      files: { "example.csv": EXAMPLE },
      today: "2022-12-31",
    });
    expect(r.stdout.split("\n")[1]).toBe("as of: 2022-12-31 · method: time-proportional schedule · region: all");
  });

  it("reads standard input with -", async () => {
    const r = await run(["report", "-", "--as-of", "2023-12-31", "--format", "json"], { stdin: EXAMPLE });
    expect(r.code).toBe(0);
    const card = JSON.parse(r.stdout);
    expect(card.asOf).toBe("2023-12-31");
    expect(card.rows.find((row: { indicator: { id: string } }) => row.indicator.id === "rd-intensity").latest).toEqual({
      year: 2023,
      // 100 × 5.7658亿元 / 655.2亿元, exact in the JSON (the text report rounds it to 0.880006).
      value: q("576.58", "655.2"),
    });
  });

  it("reads JSON files", async () => {
    const json = JSON.stringify([{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }]);
    const r = await run(["report", "data.json", "--as-of", "2023-12-31", "--format", "csv", "--lang", "en"], {
      files: { "data.json": json },
    });
    expect(r.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(r.stdout, { header: true, skipEmptyLines: true }).data;
    const rd = rows.find((row) => row["indicator"] === "rd-intensity");
    expect(rd).toMatchObject({
      status: "behind-schedule",
      completion: "0.375",
      timeShare: "0.6",
      latest_value: "0.95",
    });
  });

  it("prints the data's problems on stderr, reports the valid rows and exits 1", async () => {
    const messy = "指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\nrd-intensity,兰州市,2023,0.9\n";
    const r = await run(["report", "messy.csv", "--as-of", "2023-12-31"], { files: { "messy.csv": messy } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("messy.csv: 错误: 第3行");
    expect(r.stderr).toContain("记分卡只使用 1 条有效数据");
    expect(r.stdout).toContain("0.95 (2023)");
  });

  it("renders every format", async () => {
    const files = { "example.csv": EXAMPLE };
    const base = ["report", "example.csv", "--as-of", "2023-12-31"];
    const md = await run([...base, "--format", "markdown"], { files });
    expect(md.stdout.startsWith("## 武威市“十四五”科技创新规划")).toBe(true);
    const svg = await run([...base, "--format", "svg"], { files });
    expect(svg.stdout.startsWith("<svg ")).toBe(true);
    const html = await run([...base, "--format", "html", "--lang", "en"], { files });
    expect(html.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    for (const r of [md, svg, html]) expect(r.code).toBe(0);
  });

  it("colours only for a terminal without NO_COLOR or --no-color", async () => {
    const files = { "example.csv": EXAMPLE };
    const argv = ["report", "example.csv", "--as-of", "2023-12-31"];
    const esc = "\u001b[";
    expect((await run(argv, { files, isTTY: true })).stdout).toContain(esc);
    expect((await run(argv, { files, isTTY: false })).stdout).not.toContain(esc);
    expect((await run(argv, { files, isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(esc);
    expect((await run([...argv, "--no-color"], { files, isTTY: true })).stdout).not.toContain(esc);
    expect((await run([...argv, "--out", "x.txt"], { files, isTTY: true })).written["x.txt"]).not.toContain(esc);
  });
});

describe("wuwei-sti-plan validate", () => {
  const messy = [
    "# 示例：有问题的数据",
    "指标,地区,年份,数值,单位",
    "rd-intensity,武威市,2023,0.95,%",
    "rd-intensity,兰州市,2023,0.9,%",
    "high-tech-enterprises,武威市,2023,六十,家",
    "rd-intensity,武威市,2031,1.2,%",
    "tech-contract-turnover,武威市,2023,-3,亿元",
    "",
  ].join("\n");

  it("prints each problem with its file line and exits 1", async () => {
    const r = await run(["validate", "messy.csv"], { files: { "messy.csv": messy } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    // The place is the file line and the column, not the row index of the parsed array.
    expect(lines.slice(0, 4)).toEqual([
      'messy.csv: 错误: 第4行，地区：未知地区 "兰州市"；是否指 凉州区、武威市？',
      'messy.csv: 错误: 第5行，数值：数值 "六十" 不是数字',
      'messy.csv: 错误: 第6行，年份：年份 "2031" 超出 2015—2030 的范围',
      'messy.csv: 错误: 第7行，数值："-3" 为负数；以亿元计的数值不能小于0',
    ]);
    expect(lines[4]).toBe("messy.csv: 1 条有效数据；4 个错误，0 个警告");
  });

  it("speaks English when asked", async () => {
    const r = await run(["validate", "messy.csv", "--lang", "en"], { files: { "messy.csv": messy } });
    expect(r.stdout.split("\n")[0]).toBe(
      'messy.csv: error: line 4, region: unknown region "兰州市"; did you mean 凉州区, 武威市?',
    );
    expect(r.stdout.trim().split("\n").at(-1)).toBe("messy.csv: 1 valid figure; 4 errors, 0 warnings");
    const report = await run(["report", "messy.csv", "--lang", "en", "--as-of", "2026-11-27"], {
      files: { "messy.csv": messy },
    });
    expect(report.stderr.trim().split("\n").at(-1)).toBe(
      "messy.csv: 4 errors, 0 warnings; the scorecard uses the 1 valid figure",
    );
  });

  it("names a repeated row by its line; an empty value is no figure (info), not an error", async () => {
    const files = {
      "d.csv":
        "指标,地区,年份,数值\nrd-intensity,武威市,2023,0.9\nrd-intensity,武威市,2023,0.9\nrd-intensity,武威市,2024,\n",
    };
    const zh = (await run(["validate", "d.csv"], { files })).stdout.split("\n");
    expect(zh.slice(0, 4)).toEqual([
      'd.csv: 警告: 第3行：研发经费投入强度 / 武威市 / 2023年 的数值 "0.9" 与第2行重复，已忽略此重复行',
      "d.csv: 提示: 第4行第4列：无数据（空单元格），不计为数据，也不算错误",
      "d.csv: 读取为 csv, utf-8, 长表：4 行，得到 2 个数据；跳过 0 行，无数据 1 处，无法读取 0 行",
      "d.csv: 1 条有效数据；0 个错误，1 个警告，1 条提示",
    ]);
    const en = (await run(["validate", "d.csv", "--lang", "en"], { files })).stdout.split("\n");
    expect(en.slice(0, 2)).toEqual([
      'd.csv: warning: line 3: the figure "0.9" for R&D intensity / Wuwei City / 2023 repeats line 2; this repeat is dropped',
      "d.csv: info: line 4, column 4: no figure (an empty cell): neither a figure nor an error",
    ]);
    // JSON input keeps the path, which points into the file.
    const json = await run(["validate", "-"], { stdin: '[{"indicator":"rd-intensity","region":"wuwei","year":2023}]' });
    expect(json.stdout.split("\n")[0]).toBe("stdin: 错误: 第1行，rows[0].value：缺少数值（字段 value）");
  });

  it("exits 0 on warnings alone, and on the example data", async () => {
    const warned = "indicator,region,year,value,colour\nrd-intensity,wuwei,2023,0.95,blue\n";
    const w = await run(["validate", "w.csv", "--lang", "en"], { files: { "w.csv": warned } });
    expect(w.code).toBe(0);
    expect(w.stdout).toMatch(/^w\.csv: warning: line 2/);
    const ok = await run(["validate", "-"], { stdin: EXAMPLE });
    expect(ok).toMatchObject({ code: 0, stdout: "stdin: 275 条有效数据；没有发现问题\n" });
  });

  it("reads a GBK file as Excel on Chinese Windows saves it, and names a file that is no table", async () => {
    // "指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\n" in GBK: 指 d6b8 标 b1ea 地 b5d8 区 c7f8 年 c4ea 份 b7dd
    // 数 cafd 值 d6b5 武 cee4 威 cdfe 市 cad0. Before issue 12 this was refused as "not UTF-8".
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const gbk = new Uint8Array([
      ...[
        0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xb5, 0xd8, 0xc7, 0xf8, 0x2c, 0xc4, 0xea, 0xb7, 0xdd, 0x2c, 0xca, 0xfd, 0xd6,
        0xb5,
      ],
      0x0a,
      ...ascii("rd-intensity,"),
      ...[0xce, 0xe4, 0xcd, 0xfe, 0xca, 0xd0],
      ...ascii(",2023,0.95\n"),
    ]);
    const r = await run(["validate", "gbk.csv"], { files: { "gbk.csv": gbk } });
    expect(r).toMatchObject({ code: 0, stdout: "gbk.csv: 1 条有效数据；没有发现问题\n" });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const old = await run(["validate", "old.csv"], { files: { "old.csv": xls } });
    expect(old.code).toBe(1);
    expect(old.stdout).toMatch(/^old\.csv: 错误: 这个文件是旧版 Excel 97-2003 工作簿（\.xls）。.*另存为/);
  });

  it("reads a wide workbook with the region from --region, and names cells by sheet and cell", async () => {
    const book = writeXlsx([
      {
        name: "表1",
        rows: [
          ["指标名称", "单位", "2022年", "2023年"],
          ["高新技术企业数", "家", 66, "—"],
          ["技术市场成交合同金额", "亿元", "三点五", { number: "4.2" }],
        ],
      },
    ]);
    const r = await run(["validate", "t.xlsx", "--region", "wuwei"], { files: { "t.xlsx": book } });
    expect(r.stdout.split("\n")).toEqual([
      "t.xlsx: 提示: 表1!D2：无数据（—），不计为数据，也不算错误",
      't.xlsx: 错误: 表1!C3：数值 "三点五" 不是数字',
      "t.xlsx: 读取为 xlsx, 宽表：3 行，得到 3 个数据；跳过 0 行，无数据 1 处，无法读取 0 行",
      "t.xlsx: 2 条有效数据；1 个错误，0 个警告，1 条提示",
      "",
    ]);
    expect(r.code).toBe(1);
  });
});

describe("wuwei-sti-plan indicators and schema", () => {
  it("lists the catalogue as text, one line per target, aligned", async () => {
    const r = await run(["indicators"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`${wuwei14.title.zh}：指标目录（${wuwei14.indicators.length} 项）`);
    const table = lines.slice(2, -1);
    expect(new Set(table.map(displayWidth)).size).toBe(1);
    const fiscal = table.filter((l) => l.startsWith("fiscal-st-share "));
    expect(fiscal).toHaveLength(2);
    expect(fiscal[1]).toContain("凉州区、民勤县、古浪县、天祝藏族自治县");
  });

  it("lists it as JSON, CSV and Markdown", async () => {
    const json = JSON.parse((await run(["indicators", "--format", "json"])).stdout) as { id: string }[];
    expect(json.map((i) => i.id)).toEqual(wuwei14.indicators.map((i) => i.id));
    const csv = Papa.parse<Record<string, string>>((await run(["indicators", "--format", "csv"])).stdout, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(csv.find((row) => row["indicator"] === "rd-intensity")).toMatchObject({
      name_zh: "研发经费投入强度",
      value: "1.5",
      year: "2025",
      regions: "wuwei",
    });
    const md = (await run(["indicators", "--format", "markdown", "--lang", "en"])).stdout;
    expect(md).toContain("| rd-intensity | R&D intensity (%) |");
  });

  it("starts the catalogue's CSV with a BOM for Excel when asked, as report does", async () => {
    const plain = (await run(["indicators", "--format", "csv"])).stdout;
    expect(plain.startsWith("indicator,name_zh,name_en,")).toBe(true);
    const bom = await run(["indicators", "--format", "csv", "--bom"]);
    expect(bom.code).toBe(0);
    expect(bom.stdout).toBe(`\uFEFF${plain}`);
    const headline = await run(["indicators", "--headline", "--format", "csv", "--bom"]);
    expect(headline.stdout.startsWith("\uFEFF行,代码,指标名称,")).toBe(true);
  });

  it("prints the observation JSON Schema", async () => {
    const r = await run(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["indicator", "region", "year", "value"]);
  });
});

describe("wuwei-sti-plan indicators --headline (表1)", () => {
  it("prints the eight rows of 表1 in table order with names, unit, 2020, 2025 and attribute", async () => {
    const r = await run(["indicators", "--headline", "--format", "json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as {
      row: number;
      id: string;
      unit: string;
      baseline: string;
      target: string;
      attribute: string;
    }[];
    expect(rows.map((x) => [x.row, x.id, x.unit, x.baseline, x.target, x.attribute])).toEqual([
      [1, "st-progress-rank", "位", "7", "达到 6", "预期性"],
      [2, "rd-intensity", "%", "0.62", "力争 1.5", "预期性"],
      [3, "fiscal-st-share", "%", "市本级 0.75", "市本级 力争 2；各县区本级 力争 1", "预期性"],
      [4, "enterprise-rd-share", "%", "1.18", "达到 1.2", "预期性"],
      [5, "rd-personnel-per-10k", "人年", "6.68", "达到 7.1", "预期性"],
      [6, "high-value-patents-per-10k", "件", "1.43", "不低于 1.71", "预期性"],
      [7, "tech-contract-turnover", "亿元", "14.1", "达到 28", "预期性"],
      [8, "high-tech-enterprises", "家", "59", "不低于 70", "预期性"],
    ]);
  });

  it("lines the text table up by display width, in English too", async () => {
    for (const lang of ["zh", "en"]) {
      const r = await run(["indicators", "--headline", "--lang", lang]);
      expect(r.code).toBe(0);
      const table = r.stdout
        .split("\n")
        .slice(2)
        .filter((l) => l !== "");
      expect(table).toHaveLength(10);
      expect(new Set(table.map((l) => displayWidth(l))).size).toBe(1);
    }
    const en = await run(["indicators", "--headline", "--lang", "en"]);
    expect(en.stdout).toContain("R&D intensity");
    expect(en.stdout).toContain("city own level strive for 2; each county's own level strive for 1");
  });
});

describe("wuwei-sti-plan schema plan", () => {
  it("prints the plan's JSON Schema, and refuses an unknown schema name with exit code 2", async () => {
    const plan = await run(["schema", "plan"]);
    expect(plan.code).toBe(0);
    const schema = JSON.parse(plan.stdout);
    expect([schema.title, schema.$schema]).toEqual(["Plan", "https://json-schema.org/draft/2020-12/schema"]);
    expect(schema.required).toEqual(expect.arrayContaining(["indicators", "regions", "period"]));
    const observation = await run(["schema"]);
    expect(JSON.parse(observation.stdout).title).toBe("Observation");
    const bad = await run(["schema", "plans"]);
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toContain("plans");
  });
});

describe("wuwei-sti-plan --plan FILE: the same machinery for another plan", () => {
  const skeleton = readFileSync(new URL("../examples/plan-15-skeleton.json", import.meta.url), "utf8");

  it("reports a 15th plan written as JSON: its targets, required growth and milestones for 2026–2030", async () => {
    const r = await run(["report", "--plan", "plan15.json"], { files: { "plan15.json": skeleton } });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("2026–2030");
    // R&D intensity 1.1 (2025) → 2 (2030): (2/1.1)^(1/5) − 1 = 12.7 %; the line rises 0.18 a year.
    expect(r.stdout).toMatch(
      /研发经费投入强度\(%\)\s+武威市\s+1\.1 \(2025\)\s+力争 2 \(2030\)\s+12\.7%\s+1\.28\s+1\.46\s+1\.64\s+1\.82\s+2/,
    );
  });

  it("validates and scores figures against the plan given", async () => {
    const data =
      "indicator,region,year,value\nhigh-tech-enterprises,wuwei,2025,70\nhigh-tech-enterprises,wuwei,2027,82\n";
    const ok = await run(["validate", "data.csv", "--plan", "plan15.json"], {
      files: { "plan15.json": skeleton, "data.csv": data },
    });
    expect(ok.code).toBe(0);
    const card = await run(
      ["report", "data.csv", "--plan", "plan15.json", "--as-of", "2028-06-30", "--format", "json"],
      {
        files: { "plan15.json": skeleton, "data.csv": data },
      },
    );
    expect(card.code).toBe(0);
    const row = JSON.parse(card.stdout).rows.find(
      (x: { target: { id: string } }) => x.target.id === "high-tech-enterprises.2030",
    );
    // (82 − 70) / (100 − 70) = 0.4 against (2027 − 2025) / 5 = 0.4: on schedule.
    expect([row.status, row.figures.completion, row.figures.timeShare]).toEqual(["on-schedule", "0.4", "0.4"]);
    // A figure of the 14th plan's indicators is unknown to the 15th.
    const old = await run(["validate", "old.csv", "--plan", "plan15.json"], {
      files: { "plan15.json": skeleton, "old.csv": "indicator,region,year,value\nst-progress-rank,wuwei,2027,6\n" },
    });
    expect(old.code).toBe(1);
    expect(old.stdout + old.stderr).toContain("st-progress-rank");
  });

  it("refuses a broken plan with every problem and its path, exit 1; an unreadable file is a usage error, exit 2", async () => {
    const broken = JSON.parse(skeleton);
    broken.indicators[0].targets[0].year = 2035;
    broken.indicators[0].targets[0].regions = ["lanzhou"];
    const r = await run(["indicators", "--plan", "p.json", "--lang", "en"], {
      files: { "p.json": JSON.stringify(broken) },
    });
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr).toContain(
      "p.json: out-of-period: indicators.0.targets.0.year: target year 2035 is outside the period 2026–2030",
    );
    expect(r.stderr).toContain('p.json: unknown-reference: indicators.0.targets.0.regions.0: unknown region "lanzhou"');
    expect(r.stderr).toContain("p.json: 2 problems in the plan; it cannot be used");
    const garbage = await run(["indicators", "--plan", "p.json"], { files: { "p.json": "{ not json" } });
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain("不是 UTF-8 编码的有效 JSON");
    const missing = await run(["indicators", "--plan", "nowhere.json"]);
    expect(missing.code).toBe(2);
  });
});

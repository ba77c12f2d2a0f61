/**
 * Usage errors of the command line as data: each code from the command line, exit code 2, its message in Chinese
 * and in English, and the JSON line on stderr with `--format json`.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type UsageErrorCode, usageErrorMessages } from "../src/cli/usage.js";
import { EXAMPLE, type RunOptions, run } from "./support/cli.js";

const PAGE = fileURLToPath(new URL("../src/cli/desk.html", import.meta.url));
const DATA = { files: { "data.csv": EXAMPLE } };

interface Case {
  readonly argv: readonly string[];
  readonly options?: RunOptions;
  readonly zh: string;
  readonly en: string;
}

/** One or more command lines per code, with the message each gives, written out by hand. */
const CASES: Readonly<Partial<Record<UsageErrorCode, readonly Case[]>>> = {
  "unknown-command": [
    {
      argv: ["reprot"],
      zh: '未知命令 "reprot"（是否想用 report？）',
      en: 'unknown command "reprot" (did you mean report?)',
    },
    { argv: ["frobnicate"], zh: '未知命令 "frobnicate"', en: 'unknown command "frobnicate"' },
  ],
  "unknown-option": [
    {
      argv: ["report", "--metod", "schedule"],
      zh: '未知选项 "--metod"（是否想用 --method？）',
      en: 'unknown option "--metod" (did you mean --method?)',
    },
    { argv: ["--frobnicate"], zh: '未知选项 "--frobnicate"', en: 'unknown option "--frobnicate"' },
  ],
  "missing-value": [
    { argv: ["report", "--as-of"], zh: "--as-of 后缺少取值", en: "--as-of needs a value" },
    // Followed by another option (the `--lang` the cases add), which node's parser calls ambiguous.
    { argv: ["report", "--region"], zh: "--region 后缺少取值", en: "--region needs a value" },
  ],
  "unexpected-value": [{ argv: ["report", "--bom=yes"], zh: "--bom 不带取值", en: "--bom takes no value" }],
  "unexpected-argument": [
    { argv: ["report", "a.csv", "b.csv"], zh: "多余的参数：b.csv", en: "unexpected argument: b.csv" },
    { argv: ["indicators", "x", "y"], zh: "多余的参数：x y", en: "unexpected argument: x y" },
  ],
  "unknown-format": [
    {
      argv: ["report", "--format", "docx"],
      zh: '--format：应为 text、markdown、csv、json、svg、html、report、pdf、xlsx 之一，实际为 "docx"',
      en: '--format: expected one of text, markdown, csv, json, svg, html, report, pdf, xlsx, received "docx"',
    },
    {
      argv: ["draft", "plan.txt", "--format", "yaml"],
      options: { files: { "plan.txt": "一、总体要求\n" } },
      zh: '--format：应为 text、json 之一，实际为 "yaml"',
      en: '--format: expected one of text, json, received "yaml"',
    },
    {
      argv: ["template", "--format", "ods"],
      zh: '--format：应为 csv、xlsx 之一，实际为 "ods"',
      en: '--format: expected one of csv, xlsx, received "ods"',
    },
  ],
  "unknown-method": [
    {
      argv: ["report", "--method", "linear"],
      zh: '--method：应为 schedule、growth-ratio、projection 之一，实际为 "linear"',
      en: '--method: expected one of schedule, growth-ratio, projection, received "linear"',
    },
  ],
  "unknown-view": [
    {
      argv: ["report", "--view", "map"],
      zh: '--view：应为 scorecard、levels 之一，实际为 "map"',
      en: '--view: expected one of scorecard, levels, received "map"',
    },
  ],
  "unknown-layout": [
    {
      argv: ["validate", "data.csv", "--layout", "tall"],
      options: DATA,
      zh: '--layout：应为 auto、long、wide 之一，实际为 "tall"',
      en: '--layout: expected one of auto, long, wide, received "tall"',
    },
    {
      argv: ["template", "--layout", "tall"],
      zh: '--layout：应为 wide、long 之一，实际为 "tall"',
      en: '--layout: expected one of wide, long, received "tall"',
    },
  ],
  "bad-as-of": [
    {
      argv: ["report", "--as-of", "2023-02-30"],
      zh: '--as-of：应为 YYYY-MM-DD 格式的日期，实际为 "2023-02-30"',
      en: '--as-of: expected a date YYYY-MM-DD, received "2023-02-30"',
    },
  ],
  "bad-years": [
    {
      argv: ["template", "--years", "2025-2021"],
      zh: '--years：应为“起始年-结束年”（如 2021-2025，最多 31 年），收到 "2025-2021"',
      en: '--years: expected FROM-TO (such as 2021-2025, at most 31 years), got "2025-2021"',
    },
  ],
  "unknown-region": [
    {
      argv: ["report", "--region", "minqing"],
      zh: '--region：未知地区 "minqing"，可用：wuwei、liangzhou、minqin、gulang、tianzhu（是否想用 minqin？）',
      en: '--region: unknown region "minqing"; known: wuwei, liangzhou, minqin, gulang, tianzhu (did you mean minqin?)',
    },
  ],
  "unknown-schema": [
    {
      argv: ["schema", "person"],
      zh: "未知的 schema：person（可用：observation、plan）",
      en: "unknown schema: person (observation or plan)",
    },
  ],
  "missing-file": [
    {
      argv: ["validate"],
      zh: "缺少要检查的文件（或 - 表示标准输入）",
      en: "missing the file to check (or - for standard input)",
    },
    { argv: ["draft"], zh: "draft 需要一个文本文件（规划全文）", en: "draft needs a text file (the plan's full text)" },
  ],
  "needs-data-file": [
    {
      argv: ["report", "--view", "levels"],
      zh: "--view levels 需要数据文件：分级记分卡比较的是各地区的进展",
      en: "--view levels needs a data file: the scorecard by level compares the regions' progress",
    },
    {
      argv: ["report", "--format", "svg"],
      zh: "--format svg 需要数据文件：图表显示的是进展",
      en: "--format svg needs a data file: the chart shows progress",
    },
    {
      argv: ["report", "--format", "report"],
      zh: "--format report 需要数据文件：评估报告写的是进展",
      en: "--format report needs a data file: the evaluation report is about progress",
    },
    {
      argv: ["report", "--format", "pdf"],
      zh: "--format pdf 需要数据文件：评估报告写的是进展",
      en: "--format pdf needs a data file: the evaluation report is about progress",
    },
  ],
  "levels-format": [
    {
      argv: ["report", "data.csv", "--view", "levels", "--format", "csv"],
      options: DATA,
      zh: '--view levels 的格式应为 text、markdown、json、svg、html 之一，实际为 "csv"',
      en: '--view levels: the format must be one of text, markdown, json, svg, html, received "csv"',
    },
  ],
  "needs-out": [
    {
      argv: ["report", "data.csv", "--format", "pdf"],
      options: DATA,
      zh: "--format pdf 需要 --out 文件名",
      en: "--format pdf needs --out FILE (a PDF is not written to the terminal)",
    },
    {
      argv: ["report", "--format", "xlsx", "--out", "r.xlsx"],
      zh: "--format xlsx 需要数据文件和 --out 文件名（工作簿不输出到终端）",
      en: "--format xlsx needs a data file and --out FILE (a workbook is not written to the terminal)",
    },
    {
      argv: ["template", "--format", "xlsx"],
      zh: "--format xlsx 需要 --out 文件名（工作簿不写到终端）",
      en: "--format xlsx needs --out FILE (a workbook is not written to a terminal)",
    },
  ],
  "no-browser": [
    {
      argv: ["report", "data.csv", "--format", "pdf", "--out", "r.pdf"],
      options: DATA,
      zh: "找不到可用的无头浏览器（需要 playwright-core 和 Chromium，可用 CHROMIUM_PATH 指定），无法直接生成 PDF。请改用 --format report --out 报告.html，在浏览器中打开后选择“打印”→“另存为 PDF”（纸张 A4）。",
      en: "no headless browser found (PDF needs playwright-core and Chromium; set CHROMIUM_PATH to point at one), so no PDF was written. Use --format report --out report.html instead, open it in a browser and print it to PDF (paper A4).",
    },
  ],
  "desk-page-missing": [
    {
      argv: ["desk"],
      zh: "找不到监测工作台页面 desk.html（在源码目录中请先运行 npm run build）",
      en: "the desk page desk.html is missing (in a clone, run npm run build first)",
    },
  ],
  "cannot-read": [
    {
      argv: ["report", "missing.csv"],
      zh: "无法读取 missing.csv：文件不存在（请检查路径和文件名）",
      en: "cannot read missing.csv: no such file (check the path and the name)",
    },
    {
      argv: ["report", "--plan", "missing.json"],
      zh: "无法读取 missing.json：文件不存在（请检查路径和文件名）",
      en: "cannot read missing.json: no such file (check the path and the name)",
    },
    {
      argv: ["draft", "gone.txt"],
      zh: "无法读取 gone.txt：文件不存在（请检查路径和文件名）",
      en: "cannot read gone.txt: no such file (check the path and the name)",
    },
  ],
};

/** Run the CLI with a writeFile that fails with `errno`; everything else as `run` does it. */
async function runFailingWrite(argv: readonly string[], errno: string, files: Record<string, string> = {}) {
  const { code, stdout, stderr } = await run(argv, {
    files,
    writeFile: async (path) => {
      throw Object.assign(new Error(`${errno}: ${path}`), { code: errno });
    },
  });
  return { code, stdout, stderr };
}

const hint = (argv: readonly string[], lang: "zh" | "en") => {
  const known = ["report", "validate", "indicators", "schema", "desk", "draft", "template"];
  const command = known.includes(argv[0] ?? "") ? `${argv[0]} ` : "";
  return lang === "zh"
    ? `运行 wuwei-sti-plan ${command}--help 查看用法。`
    : `Run wuwei-sti-plan ${command}--help for usage.`;
};

describe("usage errors: each code from the command line, in Chinese and in English", () => {
  for (const [code, cases] of Object.entries(CASES)) {
    it(code, async () => {
      for (const c of cases ?? []) {
        for (const lang of ["zh", "en"] as const) {
          const argv = [...c.argv, "--lang", lang];
          const r = await run(argv, c.options);
          const label = argv.join(" ");
          expect(r.code, label).toBe(2);
          expect(r.stdout, label).toBe("");
          expect(r.stderr, label).toBe(`wuwei-sti-plan: ${c[lang]}\n${hint(c.argv, lang)}\n`);
        }
      }
    });
  }

  it("bad-lang: told in English whatever the language, as the user asked for neither", async () => {
    const r = await run(["report", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'wuwei-sti-plan: --lang: expected zh or en, received "fr"\n运行 wuwei-sti-plan --help 查看用法。\n',
    );
    expect(usageErrorMessages.zh["bad-lang"]({ value: "fr" })).toBe('--lang：应为 zh 或 en，实际为 "fr"');
  });

  it("bad-arguments: the option parser's own words, in either language", () => {
    const p = { detail: "Unexpected argument 'x'" };
    expect(usageErrorMessages.zh["bad-arguments"](p)).toBe("Unexpected argument 'x'");
    expect(usageErrorMessages.en["bad-arguments"](p)).toBe("Unexpected argument 'x'");
  });

  it("cannot-write: --out that cannot be written, with the reason; the desk without one", async () => {
    const zh = await runFailingWrite(["report", "--out", "no/such/list.txt"], "ENOENT");
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      "wuwei-sti-plan: 无法写入 no/such/list.txt：所在文件夹不存在（请先建立文件夹或改用其他路径）\n运行 wuwei-sti-plan report --help 查看用法。\n",
    );
    const en = await runFailingWrite(["report", "--out", "ro.txt", "--lang", "en"], "EROFS");
    expect(en.stderr).toBe(
      "wuwei-sti-plan: cannot write ro.txt: permission denied\nRun wuwei-sti-plan report --help for usage.\n",
    );
    const page = "<!doctype html><html><body></body></html>\n";
    const desk = await runFailingWrite(["desk", "--out", "d.html", "--lang", "en"], "EACCES", { [PAGE]: page });
    expect(desk.code).toBe(2);
    expect(desk.stderr).toBe("wuwei-sti-plan: cannot write d.html\nRun wuwei-sti-plan desk --help for usage.\n");
    const deskZh = await runFailingWrite(["desk", "--out", "d.html"], "EACCES", { [PAGE]: page });
    expect(deskZh.stderr).toBe("wuwei-sti-plan: 无法写入 d.html\n运行 wuwei-sti-plan desk --help 查看用法。\n");
  });

  it("has a template in both languages for every code, and every code is tried above", () => {
    const codes = Object.keys(usageErrorMessages.zh).sort();
    expect(Object.keys(usageErrorMessages.en).sort()).toEqual(codes);
    const tried = [...Object.keys(CASES), "bad-lang", "bad-arguments", "cannot-write"].sort();
    expect(tried).toEqual(codes);
  });
});

describe("usage errors with --format json: one JSON line on stderr", () => {
  it("gives the code, the params and the message in the chosen language", async () => {
    const r = await run(["report", "--format", "json", "--method", "linear"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      '{"code":"unknown-method","params":{"allowed":["schedule","growth-ratio","projection"],"value":"linear"},' +
        '"message":"--method：应为 schedule、growth-ratio、projection 之一，实际为 \\"linear\\""}\n',
    );
  });

  it("in English, for the option parser's errors and for a missing file", async () => {
    const parse = await run(["validate", "--format=json", "--lang", "en", "--sheet"]);
    expect(parse.code).toBe(2);
    expect(JSON.parse(parse.stderr)).toEqual({
      code: "missing-value",
      params: { option: "--sheet" },
      message: "--sheet needs a value",
    });
    const read = await run(["validate", "gone.csv", "--format", "json", "--lang", "en"]);
    expect(read.code).toBe(2);
    expect(read.stderr.split("\n")).toEqual([
      '{"code":"cannot-read","params":{"path":"gone.csv","reason":{"errno":"ENOENT","detail":"ENOENT: gone.csv"}},' +
        '"message":"cannot read gone.csv: no such file (check the path and the name)"}',
      "",
    ]);
  });

  it("stays text where the command has no JSON output, or another format is asked for", async () => {
    const template = await run(["template", "--format", "json", "--lang", "en"]);
    expect(template.code).toBe(2);
    expect(template.stderr).toBe(
      'wuwei-sti-plan: --format: expected one of csv, xlsx, received "json"\nRun wuwei-sti-plan template --help for usage.\n',
    );
    const last = await run(["report", "--format", "json", "--format", "text", "--method", "x", "--lang", "en"]);
    expect(last.stderr).toBe(
      'wuwei-sti-plan: --method: expected one of schedule, growth-ratio, projection, received "x"\nRun wuwei-sti-plan report --help for usage.\n',
    );
  });
});

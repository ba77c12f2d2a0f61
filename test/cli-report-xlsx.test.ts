/**
 * What an office opens: the cells of `report --format xlsx` (numbers as numbers, the wording of targets in words,
 * the problems sheet with the counts) and the document `validate --format json` prints for pipelines.
 */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { run } from "./support/cli.js";

/** A long table as a county office sends it: one unreadable value on line 4 (the header is line 1). */
const FILE = [
  "指标,地区,年份,数值,单位",
  "R&D经费投入强度,武威市,2023,0.95,%",
  "高新技术企业数,武威市,2023,58,家",
  "高新技术企业数,武威市,2022,abc,家",
  "技术合同成交额,古浪,2023,3.2,亿元",
].join("\n");

type Cell = { readonly type: "text"; readonly text: string } | { readonly type: "number"; readonly text: string };

/** Each sheet of a workbook by name, as rows of cells keyed by column letter — read from the XML itself. */
function sheets(bytes: Uint8Array): Map<string, Map<number, Map<string, Cell>>> {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] as Uint8Array);
  const fromXml = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const shared = [...text("xl/sharedStrings.xml").matchAll(/<si><t[^>]*>([\s\S]*?)<\/t><\/si>/g)].map((m) =>
    fromXml(m[1] ?? ""),
  );
  const names = [...text("xl/workbook.xml").matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1] ?? "");
  const out = new Map<string, Map<number, Map<string, Cell>>>();
  names.forEach((name, i) => {
    const rows = new Map<number, Map<string, Cell>>();
    for (const row of text(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<row r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells = new Map<string, Cell>();
      for (const c of (row[2] ?? "").matchAll(/<c r="([A-Z]+)\d+"((?: \w+="[^"]*")*)>([\s\S]*?)<\/c>/g)) {
        const attributes = c[2] ?? "";
        const body = c[3] ?? "";
        const v = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
        if (/t="s"/.test(attributes)) cells.set(c[1] ?? "", { type: "text", text: shared[Number(v)] ?? "" });
        else if (/t="inlineStr"/.test(attributes))
          cells.set(c[1] ?? "", { type: "text", text: fromXml(body.match(/<t[^>]*>([\s\S]*?)<\/t>/)?.[1] ?? "") });
        else if (v !== undefined) cells.set(c[1] ?? "", { type: "number", text: v });
      }
      rows.set(Number(row[1]), cells);
    }
    out.set(name, rows);
  });
  return out;
}

const t = (text: string): Cell => ({ type: "text", text });
const n = (text: string): Cell => ({ type: "number", text });

describe("report --format xlsx: the cells an office opens", () => {
  it("writes the scorecard with numbers as numbers, exact, and the problems sheet with the counts", async () => {
    const r = await run(["report", "f.csv", "--format", "xlsx", "--out", "r.xlsx", "--as-of", "2023-12-31"], {
      files: { "f.csv": FILE },
    });
    // Rejected rows make the exit code 1; the scorecard is written from the valid figures all the same.
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('数值 "abc" 不是数字')]);
    const book = sheets(r.writtenBytes["r.xlsx"] as Uint8Array);
    expect([...book.keys()]).toEqual(["记分卡", "数据问题"]);
    const card = book.get("记分卡") as Map<number, Map<string, Cell>>;
    const header = card.get(1) as Map<string, Cell>;
    expect([header.get("A"), header.get("D"), header.get("F"), header.get("M"), header.get("N")]).toEqual([
      t("指标代码"),
      t("单位"),
      t("目标表述"),
      t("完成程度（1 = 100%）"),
      t("时间进度（1 = 100%）"),
    ]);
    const rd = [...card.values()].find((row) => row.get("A")?.text === "rd-intensity") as Map<string, Cell>;
    // 表1 (line 36 of the plan): R&D intensity 0.62 % in 2020, to strive for 1.5 % in 2025. Reported 0.95 for 2023:
    // completion (0.95 − 0.62) / (1.5 − 0.62) = 0.33 / 0.88 = 0.375; time share (2023 − 2020) / (2025 − 2020) = 0.6.
    expect(["C", "D", "E", "F", "G", "H", "I", "J", "L", "M", "N"].map((k) => rd.get(k))).toEqual([
      t("武威市"),
      t("%"),
      n("2025"),
      t("力争"),
      n("1.5"),
      n("2020"),
      n("0.62"),
      n("2023"),
      n("0.95"),
      n("0.375"),
      n("0.6"),
    ]);
    // The problems sheet: 5 lines (header and 4 rows), 4 figures read, 3 valid, 1 rejected with its place.
    const problems = book.get("数据问题") as Map<number, Map<string, Cell>>;
    const pairs = [...problems.values()].map((row) => [row.get("A")?.text, row.get("B")?.text]);
    expect(pairs).toContainEqual(["读取行数", "5"]);
    expect(pairs).toContainEqual(["读到的数据", "4"]);
    expect(pairs).toContainEqual(["有效数据", "3"]);
    expect(pairs).toContainEqual(["拒收的行", "1"]);
    const rejected = [...problems.values()].find((row) => row.get("B")?.text === "not-a-number");
    expect([rejected?.get("A"), rejected?.get("C"), rejected?.get("D")]).toEqual([
      t("错误"),
      t("第4行，数值"),
      t('数值 "abc" 不是数字'),
    ]);
  });

  it("says the wording in English with --lang en, the kind of target included", async () => {
    const r = await run(
      ["report", "f.csv", "--format", "xlsx", "--out", "r.xlsx", "--as-of", "2023-12-31", "--lang", "en"],
      { files: { "f.csv": FILE } },
    );
    const card = sheets(r.writtenBytes["r.xlsx"] as Uint8Array).get("Scorecard") as Map<number, Map<string, Cell>>;
    const wording = new Map([...card.values()].map((row) => [row.get("A")?.text, row.get("F")?.text]));
    expect(wording.get("rd-intensity")).toBe("strive for");
    // 专栏/正文: 每年…以上 is an annual floor, 累计 a cumulative target: the words say which.
    expect([...wording.values()]).toContain("at least (a year)");
    expect([...wording.values()]).toContain("at least (in total)");
  });
});

describe("validate --format json: { observations, problems } for pipelines", () => {
  it("prints the figures it kept, exact and resolved, and every problem with its place; exits 1 on an error", async () => {
    const r = await run(["validate", "f.csv", "--format", "json"], { files: { "f.csv": FILE } });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as {
      observations: unknown[];
      problems: { counts: Record<string, number>; problems: { code: string; place: { zh: string } }[] };
    };
    expect(doc.observations).toEqual([
      { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95", unit: "percent" },
      { indicator: "high-tech-enterprises", region: "wuwei", year: 2023, value: "58", unit: "enterprise" },
      // 古浪 is 古浪县; 3.2 亿元 stays in the indicator's unit (亿元).
      { indicator: "tech-contract-turnover", region: "gulang", year: 2023, value: "3.2", unit: "cny-100m" },
    ]);
    expect(doc.problems.counts).toMatchObject({ lines: 5, read: 4, valid: 3, rejected: 1 });
    expect(doc.problems.problems.map((p) => [p.code, p.place.zh])).toEqual([["not-a-number", "第4行，数值"]]);
  });

  it("is refused for an unknown format with exit 2", async () => {
    const r = await run(["validate", "f.csv", "--format", "xml"], { files: { "f.csv": FILE } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format");
  });
});

describe("the chart and the evaluation report say what they were drawn from", () => {
  it("SVG: a footer line with the counts of reading and validation", async () => {
    const r = await run(["report", "f.csv", "--format", "svg", "--out", "r.svg", "--as-of", "2023-12-31"], {
      files: { "f.csv": FILE },
    });
    const svg = r.written["r.svg"] ?? "";
    // 5 lines (a header and 4 rows), 4 figures, 3 valid; the 3 used; 1 row rejected (abc); 1 error, no warning.
    expect(svg).toContain(
      "f.csv：读取 5 行，得到 4 个数据，有效 3 个，记分卡使用 3 个；跳过 0 行，无数据 0 处，拒收 1 行；错误 1 个，警告 0 个</text>",
    );
  });

  it("evaluation report: the counts above the problems appendix, and the problem with its place", async () => {
    const r = await run(
      ["report", "f.csv", "--format", "report", "--out", "r.html", "--as-of", "2023-12-31", "--lang", "en"],
      { files: { "f.csv": FILE } },
    );
    const html = r.written["r.html"] ?? "";
    expect(html).toContain(
      '<p class="read-counts">f.csv: 5 lines read giving 4 figures, 3 valid, 3 used in the scorecard; 0 lines skipped, 0 cells without a figure, 1 row rejected</p>',
    );
    expect(html).toMatch(/<tr data-code="not-a-number"><td class="num">1<\/td><td>line 4, value<\/td>/);
  });
});

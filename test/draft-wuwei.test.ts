/**
 * draftPlan on our plan's text (data/wuwei14.txt) against the hand-made encoding wuwei14: the outline exactly, the
 * headline table's cells and the body targets above the thresholds of issue 14, and the review list's entries for
 * the figures the text leaves undecided (read from the document by hand).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { draftPlan, scoreDraft } from "../src/draft/index.js";
import { safeDefinePlan, wuwei14 } from "../src/index.js";

const root = resolve(import.meta.dirname, "..");
const bytes = new Uint8Array(readFileSync(join(root, "data/wuwei14.txt")));
const result = draftPlan(bytes, { text: "data/wuwei14.txt" });
const { plan } = result;

describe("draftPlan(data/wuwei14.txt)", () => {
  it("drafts the outline exactly: 8 chapters, 23 boxes, 104 tasks, every one on wuwei14's line", () => {
    expect(plan.chapters.length).toBe(8);
    expect(plan.boxes.length).toBe(23);
    expect(plan.boxes.reduce((n, b) => n + b.tasks.length, 0)).toBe(104);
    const score = scoreDraft(plan, wuwei14);
    expect(score.outline.missed).toEqual([]);
    expect(score.outline.extra).toEqual([]);
  });

  it("reads the document's metadata (lines 3–28)", () => {
    expect(plan.title?.zh).toBe("武威市“十四五”科技创新规划");
    expect(plan.document.number).toBe("武政办发〔2022〕9号");
    expect(plan.document.source).toEqual({ line: 10, quote: "武政办发〔2022〕9号" });
    expect(plan.document.issuer?.zh).toBe("武威市人民政府办公室");
    expect([plan.document.written, plan.document.issued, plan.document.published]).toEqual([
      "2022-01-05",
      "2022-01-05",
      "2022-01-12T10:25:00+08:00",
    ]);
    expect(plan.period).toEqual({ start: 2021, end: 2025 });
    expect(plan.baselineYear).toBe(2020);
    expect(plan.basedOn.map((b) => [b.number, b.source.line])).toEqual([
      ["甘政办发〔2021〕90号", 28],
      ["武政发〔2021〕17号", 28],
    ]);
  });

  it("recovers at least 95 % of 表1's cells and 85 % of the body targets, with their line", () => {
    const score = scoreDraft(plan, wuwei14);
    // 表1 (lines 84–160): 8 rows × (name, unit, attribute, 2020, 2025) plus the second 2025 figure of row 3 (1%).
    expect(score.tableCells.expected).toBe(41);
    expect(score.tableCells.recall).toBeGreaterThanOrEqual(0.95);
    // 34 statements of targets outside the table: 76 (4), 78 (2), 80 (2), 82, 214 (2), 232, 242, 328, 356, 432,
    // 438, 440, 442, 452 (5), 464, 480, 496, 504 (3), 562 (4).
    expect(score.bodyTargets.expected).toBe(34);
    expect(score.bodyTargets.recall).toBeGreaterThanOrEqual(0.85);
    expect(score.bodyTargets.precision).toBeGreaterThanOrEqual(0.85);
  });

  it("reads row 3 of 表1 as two targets, city and county level, from one cell (lines 114–118)", () => {
    const row = plan.indicators.find((i) => i.headline?.row === 3);
    expect(row?.baselines.map((b) => [b.value, b.year, b.source])).toEqual([
      ["0.75", 2020, { line: 116, quote: "市本级0.75" }],
    ]);
    expect(row?.targets.map((t) => [t.value, t.regions, t.comparator, t.source.quote])).toEqual([
      ["2", ["city"], "strive-for", "力争分别达到2%1%"],
      ["1", ["counties"], "strive-for", "力争分别达到2%1%"],
    ]);
    // The same two figures restated in the goals (line 76) and in box 19 (line 504).
    expect(row?.targets[0]?.alsoStated?.map((s) => s.line)).toEqual([76, 504]);
  });

  it("states the kind the text states: 每年 (440), 年度 (442), 累计 (480), 新增 (214), 只增不减 (504)", () => {
    const kindAt = (line: number, value: string | undefined) =>
      plan.indicators
        .flatMap((i) => i.targets)
        .find((t) => [t.source, ...(t.alsoStated ?? [])].some((s) => s.line === line) && t.value === value)?.kind;
    expect(kindAt(440, "3")).toBe("annual-floor");
    expect(kindAt(442, "90")).toBe("annual-floor");
    expect(kindAt(480, "100")).toBe("cumulative");
    expect(kindAt(214, "20")).toBe("increment");
    expect(kindAt(214, "10")).toBe("increment");
    expect(kindAt(504, undefined)).toBe("never-decrease");
  });

  it("lists the figures without a year, the guessed kinds, the rank without peers and the stray figure", () => {
    const at = (code: string) => result.review.filter((r) => r.code === code).map((r) => r.line);
    // 232 确保品种优良率达到98%以上, 242 …95%以上, 328 新发展…3个, 356 推进4个…, 452 每个产业培育1个… state no
    // year (504's fiscal shares do not either, but they restate 表1's row 3, whose header gives 2025).
    expect(at("year-assumed")).toEqual([232, 242, 328, 356, 452]);
    // 争取建成…100家以上 (80) and 吸纳…20名以上 (452, 464) say neither 累计 nor 达到.
    expect(at("kind-assumed")).toEqual([80, 452]);
    expect(at("rank-peers")).toEqual([98]);
    expect(at("unclassified-figure")).toEqual([186]);
    expect(result.problems.map((p) => p.path.join("."))).toEqual(["indicators.0.peers"]);
  });

  it("passes safeDefinePlan once the reviewer gives the rank its peers (14 prefecture-level divisions)", () => {
    const edited = JSON.parse(JSON.stringify(plan));
    edited.indicators[0].peers = 14;
    expect(safeDefinePlan(edited).success).toBe(true);
  });
});

describe("honesty on every text", () => {
  const fixtures = resolve(root, "test/fixtures/draft");
  const texts = [
    ["data/wuwei14.txt", bytes],
    ...readdirSync(fixtures)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => [f, new Uint8Array(readFileSync(join(fixtures, f)))] as const),
  ] as const;

  it.each(texts)("%s: every quote is on its line, every figure in its quote", (_name, input) => {
    const drafted = draftPlan(input);
    const textLines = (drafted.encoding === "gb18030" ? new TextDecoder("gb18030") : new TextDecoder())
      .decode(input)
      .split(/\r\n|\n/);
    const onLine = (s: { line: number; quote: string }) => textLines[s.line - 1]?.includes(s.quote) === true;
    const sources: { line: number; quote: string }[] = [];
    const figures: { value: string; quote: string }[] = [];
    for (const ind of drafted.plan.indicators) {
      sources.push(ind.source);
      for (const b of ind.baselines) {
        sources.push(b.source);
        figures.push({ value: b.value, quote: b.source.quote });
      }
      for (const t of ind.targets) {
        for (const s of [t.source, ...(t.alsoStated ?? [])]) {
          sources.push(s);
          if (t.value !== undefined) figures.push({ value: t.value, quote: s.quote });
        }
      }
    }
    for (const c of drafted.plan.chapters) {
      sources.push(c.source);
      for (const s of c.sections) sources.push(s.source, ...s.items.map((i) => i.source));
    }
    for (const b of drafted.plan.boxes) sources.push(b.source, ...b.tasks.map((t) => t.source));
    sources.push(...drafted.plan.basedOn.map((b) => b.source), drafted.plan.document.source);
    expect(sources.filter((s) => !onLine(s))).toEqual([]);
    expect(
      figures.filter(
        (f) => !f.quote.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).includes(f.value),
      ),
    ).toEqual([]);
    expect(drafted.review.filter((r) => r.quote !== "" && textLines[r.line - 1]?.includes(r.quote) !== true)).toEqual(
      [],
    );
  });

  it("imports only the model and the internal helpers, never the embedded plan, and reads no clock", () => {
    const dir = resolve(root, "src/draft");
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), "utf8");
      // Statements at the start of a line (the doc examples, inside comments, import the package by its name).
      const imports = [...source.matchAll(/^(?:import|export)[^;]*? from "([^"]+)"/gm)].map((m) => m[1] as string);
      expect(
        imports.filter((i) => !/^(\.\/|\.\.\/model\/|\.\.\/internal\/)/.test(i)),
        file,
      ).toEqual([]);
      expect(source, file).not.toMatch(/Date\.now|new Date\(|Math\.random/);
    }
  });

  it("has no rule naming anything of Wuwei or Gansu", () => {
    const dir = resolve(root, "src/draft");
    for (const file of readdirSync(dir)) {
      // The package's own name (@wuwei/sti-plan, in the doc examples) is not a rule.
      const source = readFileSync(join(dir, file), "utf8").replaceAll("@wuwei/sti-plan", "");
      expect(source, file).not.toMatch(/武威|凉州|民勤|古浪|天祝|甘肃|wuwei|gansu/i);
    }
  });
});

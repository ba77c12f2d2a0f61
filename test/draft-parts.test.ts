/**
 * The drafter's parts on short texts written for each case: table layouts and broken rows, commitments the model
 * cannot hold, bytes that are not text, purity; diffPlans and scoreDraft on hand-made changes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPlans, draftPlan, scoreDraft } from "../src/draft/index.js";

const HEAD = ["某市“十五五”科技创新规划", "一、发展目标", "(一)主要目标"];
const draft = (...body: string[]) => draftPlan([...HEAD, ...body].join("\n"));
const targets = (r: ReturnType<typeof draftPlan>) =>
  r.plan.indicators.flatMap((i) => i.targets.map((t) => [i.name.zh, t.kind, t.comparator, t.value, t.year]));
/** Review items but those about the document's missing number, issuer and dates (these short texts have none). */
const codes = (r: ReturnType<typeof draftPlan>) =>
  r.review
    .filter((x) => x.code !== "defaults" && x.code !== "missing-metadata" && x.path?.[0] !== "document")
    .map((x) => [x.line, x.code])
    .sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1])));

describe("indicator tables", () => {
  it("one cell per line: a row missing a cell is reported, the others drafted", () => {
    const r = draft(
      "表1 主要指标",
      "指标名称",
      "2025",
      "(实际)",
      "2030",
      "(目标)",
      "属性",
      "研发经费投入强度(%)",
      "2.1",
      "2.8",
      "预期性",
      "高新技术企业数(家)",
      "500",
      "约束性",
      "技术合同成交额(亿元)",
      "80",
      "120",
      "预期性",
    );
    const rows = r.plan.indicators.map((i) => [
      i.headline?.row,
      i.name.zh,
      i.attribute,
      i.baselines[0]?.value,
      i.targets[0]?.value,
    ]);
    expect(rows).toEqual([
      [1, "研发经费投入强度", "expected", "2.1", "2.8"],
      [2, "技术合同成交额", "expected", "80", "120"],
    ]);
    // Line 15 is 高新技术企业数(家): two cells (500, 约束性) where the header has four columns.
    expect(codes(r)).toEqual([[15, "table-shape"]]);
  });

  it("| rows with a star for binding rows explained by the note, and two figures without levels", () => {
    const r = draft(
      "表1 主要指标",
      "| 指标 | 2025年 | 2030年 |",
      "| 森林覆盖率*(%) | 12.5 | 13 |",
      "| 科技馆数量(个) | 2 | 3、4 |",
      "注：带*的为约束性指标。",
    );
    expect(r.plan.indicators.map((i) => [i.name.zh, i.attribute, i.targets.map((t) => t.value)])).toEqual([
      ["森林覆盖率", "binding", ["13"]],
      ["科技馆数量", "expected", []],
    ]);
    expect(r.plan.indicators[0]?.notes).toEqual(["注：带*的为约束性指标。"]);
    // Line 7 (科技馆数量): no star, so no attribute; and 3、4 in one cell with no 市、县两级 in the name to say which
    // is which.
    expect(codes(r)).toEqual([
      [7, "ambiguous-values"],
      [7, "attribute-missing"],
    ]);
  });
});

describe("commitments of the body", () => {
  it("由X提高到Y gives a baseline and a target; 前N位 a rank; 2035 lies outside the period", () => {
    const r = draft(
      "到2030年，研发经费投入强度由2025年的1.8%提高到2.5%，综合科技创新水平进入全国前10位。到2035年，高新技术企业达到900家。",
    );
    expect(targets(r)).toEqual([
      ["研发经费投入强度", "end-level", "reach", "2.5", 2030],
      ["综合科技创新水平", "rank", "at-least", "10", 2030],
    ]);
    expect(r.plan.indicators[0]?.baselines.map((b) => [b.value, b.year, b.source.quote])).toEqual([
      ["1.8", 2025, "1.8%"],
    ]);
    expect(codes(r)).toEqual([
      [4, "out-of-period"],
      [4, "plan-check"],
      [4, "rank-peers"],
    ]);
  });

  it("年均增长, 个百分点 and 翻一番 are listed, not drafted; 控制在…以内 is lower-is-better", () => {
    const r = draft(
      "到2030年，技术合同成交额年均增长12%以上，科技进步贡献率提高3个百分点，高新技术企业数量翻一番。",
      "到2030年，万元地区生产总值能耗控制在0.5吨以内。",
    );
    expect(targets(r)).toEqual([["万元地区生产总值能耗", "end-level", "reach", "0.5", 2030]]);
    expect(r.plan.indicators[0]?.direction).toBe("decrease");
    expect(codes(r)).toEqual([
      [4, "unsupported"],
      [4, "unsupported"],
      [4, "unsupported"],
      [5, "direction-assumed"],
    ]);
  });

  it("figures in a look back (“十四五”以来, 2025年) are facts, not targets", () => {
    const r = draft("“十四五”以来，全市高新技术企业达到310家。2025年，全市技术合同成交额达到56亿元。");
    expect(targets(r)).toEqual([]);
    expect(codes(r)).toEqual([]);
  });
});

describe("input", () => {
  it("reports bytes that are neither UTF-8 nor GB18030", () => {
    const r = draftPlan(new Uint8Array([0xff, 0xff, 0x0a]));
    expect(r.review[0]?.code).toBe("undecodable");
    expect(r.review.some((x) => x.code === "missing-metadata" && x.path?.join(".") === "title")).toBe(true);
  });

  it("is pure: the bytes are left as they were, the same text gives the same draft, the result is frozen", () => {
    const bytes = new TextEncoder().encode([...HEAD, "到2030年，高新技术企业达到900家。"].join("\n"));
    const copy = bytes.slice();
    const a = draftPlan(bytes);
    expect(bytes).toEqual(copy);
    expect(draftPlan(bytes)).toEqual(a);
    expect(Object.isFrozen(a.plan.indicators[0]?.targets[0])).toBe(true);
  });
});

describe("diffPlans and scoreDraft", () => {
  const base = draft("到2030年，高新技术企业达到900家，技术合同成交额达到120亿元。").plan;

  it("matches renamed indicators by their line and lists what was removed and added", () => {
    const reviewed = JSON.parse(JSON.stringify(base));
    reviewed.indicators[0].id = "high-tech";
    reviewed.indicators[0].targets[0].id = "high-tech.2030";
    reviewed.indicators.pop();
    reviewed.decisions.push({ id: "d1", title: "x", lines: [4], decision: "y" });
    const changes = diffPlans(base, reviewed).map((c) => [c.change, c.path, c.line]);
    expect(changes).toEqual([
      ["changed", "indicators[line-4-1].id", 4],
      ["changed", "indicators[line-4-1].targets[line-4-1.2030].id", 4],
      ["removed", "indicators[line-4-2]", 4],
      ["added", "decisions[0]", undefined],
    ]);
  });

  it("counts a wrong year as one missed and one extra body target", () => {
    const reference = JSON.parse(JSON.stringify(base));
    reference.indicators[1].targets[0].year = 2029;
    const s = scoreDraft(base, reference).bodyTargets;
    expect([s.expected, s.drafted, s.matched, s.recall, s.precision]).toEqual([2, 2, 1, 0.5, 0.5]);
    expect(s.missed).toEqual(["line 4 end-level 120 2029"]);
    expect(s.extra).toEqual(["line 4 end-level 120 2030"]);
  });
});

describe("any text", () => {
  // Pieces of plans shuffled with noise: the drafter never throws, and every quote it gives is on its line.
  const pieces = [
    "某省“十五五”科技创新规划",
    "一、发展目标",
    "第二章 主要任务",
    "(一)主要目标",
    "1.培育企业。每年新增企业5家以上。",
    "专栏1 重点任务",
    "表1 主要指标",
    "指标名称",
    "2025",
    "(实际)",
    "属性",
    "预期性",
    "| 指标 | 2025年 | 2030年 |",
    "| A(%) | 1 | 2%、3% |",
    "到2030年，市、县两级投入分别达到2%、1%，由2025年的3家增加到9家。",
    "——坚持创新。",
    "注：",
    "",
  ];
  it("quotes a table row spread over several lines by its first cell only (found by the property below)", () => {
    // Seed 715524325: the cells "!" and the title line were quoted together, a text on no single line.
    const text = ["表1 主要指标", "属性", "!", "某省“十五五”科技创新规划"].join("\n");
    const shape = draftPlan(text).review.find((item) => item.code === "table-shape");
    expect([shape?.line, shape?.quote]).toEqual([3, "!"]);
  });

  it("never throws and quotes only its lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 30 })), { maxLength: 40 }),
        (parts) => {
          const text = parts.join("\n");
          const lines = text.split(/\r\n|\n|\r/);
          const r = draftPlan(text);
          for (const item of r.review) {
            if (item.quote !== "") expect(lines[item.line - 1]).toContain(item.quote);
          }
          for (const ind of r.plan.indicators) {
            for (const t of ind.targets) expect(lines[t.source.line - 1]).toContain(t.source.quote);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

/**
 * ProgressError as data (issue 11, item 5): a code, the place, params naming the rule, and messages in Chinese and
 * English rendered from the params by progressErrorMessages — the same shape as every other problem.
 */
import {
  aggregateRegions,
  assess,
  assessPlan,
  cagr,
  completion,
  geometricPath,
  ProgressError,
  progressErrorMessages,
  revisePlan,
  timeShareAt,
  validateObservations,
  wuwei14,
} from "@wuwei/sti-plan";
import { describe, expect, it } from "vitest";
import { thrown } from "./support/thrown.js";

const rd = {
  direction: "increase" as const,
  baseline: { year: 2020, value: "0.62" },
  target: { year: 2025, value: "1.5" },
};

describe("ProgressError: code, place, params, both languages", () => {
  it("a decimal written with a comma", () => {
    const e = thrown(ProgressError, () =>
      assess({ ...rd, series: [{ year: 2023, value: "0,95" }] }, { method: "schedule" }),
    );
    expect([e.code, e.path, e.params]).toEqual([
      "invalid-decimal",
      ["input", "series", 0, "value"],
      { rule: "decimal-string", received: '"0,95"' },
    ]);
    expect(e.messages).toEqual({
      zh: '应为十进制数字字符串（如 "0.62"），实际为 "0,95"',
      en: 'expected a decimal string such as "0.62", got "0,95"',
    });
    expect(e.message).toBe('input.series.0.value: expected a decimal string such as "0.62", got "0,95"');
  });

  it("a method that is not one of three, a bad date, an unknown region", () => {
    const method = thrown(ProgressError, () => assess({ ...rd, series: [] }, { method: "linear" as never }));
    expect(method.params).toEqual({
      rule: "one-of",
      received: '"linear"',
      allowed: ["schedule", "growth-ratio", "projection"],
    });
    expect(method.messages.zh).toBe('应为 schedule、growth-ratio、projection 之一，实际为 "linear"');
    const date = thrown(ProgressError, () => timeShareAt({ start: 2021, end: 2025 }, "2023-02-29"));
    expect([date.code, date.params.rule, date.messages.zh]).toEqual([
      "invalid-date",
      "iso-date",
      '应为 ISO 格式的日期（如 "2023-12-31"），实际为 "2023-02-29"',
    ]);
    const region = thrown(ProgressError, () =>
      assessPlan(wuwei14, [], { asOf: "2024-06-30", method: "schedule", region: "lanzhou" }),
    );
    expect([region.code, region.path, region.messages.zh]).toEqual([
      "unknown-region",
      ["options", "region"],
      '规划中没有地区 "lanzhou"',
    ]);
  });

  it("years in the wrong order and a geometric path through zero", () => {
    const g = thrown(ProgressError, () => geometricPath({ year: 2020, value: "0" }, { year: 2025, value: "1" }));
    expect([g.params.rule, g.messages.zh]).toEqual(["geometric-path", "等比路径需要非零且同号的基期值和目标值"]);
    const y = thrown(ProgressError, () => cagr("1", "2", 0));
    expect([y.params, y.messages.en]).toEqual([
      { rule: "positive-years", received: "0" },
      "years must be more than 0, got 0",
    ]);
    const dup = thrown(ProgressError, () =>
      assess(
        {
          ...rd,
          series: [
            { year: 2023, value: "1" },
            { year: 2023, value: "1.1" },
          ],
        },
        { method: "schedule" },
      ),
    );
    expect([dup.code, dup.params, dup.messages.zh]).toEqual([
      "duplicate-year",
      { rule: "duplicate-year", year: 2023 },
      "2023年有两个数值",
    ]);
  });

  it("a revision of an unknown target; an aggregate of an unknown indicator", () => {
    const r = thrown(ProgressError, () =>
      revisePlan(wuwei14, [
        {
          id: "r1",
          target: "nope",
          value: "1",
          effective: "2023-01-01",
          reason: { zh: "调整", en: "revised" },
          source: "test",
        },
      ]),
    );
    expect([r.code, r.path, r.messages.en]).toEqual([
      "unknown-target",
      ["revisions", 0, "target"],
      'the plan has no target "nope"',
    ]);
    const a = thrown(ProgressError, () => aggregateRegions(wuwei14, "nope", [], { year: 2023 }));
    expect([a.code, a.messages.zh]).toEqual(["unknown-indicator", '规划中没有指标 "nope"']);
  });

  it("every rule renders in both languages from its params alone", () => {
    const rules = Object.keys(progressErrorMessages.en);
    expect(Object.keys(progressErrorMessages.zh).sort()).toEqual([...rules].sort());
    for (const rule of rules) {
      const params = {
        rule,
        received: '"x"',
        year: 2025,
        otherYear: 2020,
        allowed: ["a", "b"],
        what: "points",
      } as const;
      const zh = progressErrorMessages.zh[rule as keyof typeof progressErrorMessages.zh](params as never);
      const en = progressErrorMessages.en[rule as keyof typeof progressErrorMessages.en](params as never);
      expect(zh.length, rule).toBeGreaterThan(3);
      expect(en.length, rule).toBeGreaterThan(3);
      expect(zh, rule).not.toContain("undefined");
      expect(en, rule).not.toContain("undefined");
    }
  });

  it("completion's own check (the example's case)", () => {
    const e = thrown(ProgressError, () => completion("0.62", "1.5", "abc"));
    expect([e.code, e.path]).toEqual(["invalid-decimal", ["value"]]);
  });
});

describe("AssessmentNote codes", () => {
  it("every note of a whole plan's assessment has a code from ASSESSMENT_NOTE_CODES", async () => {
    const { readFileSync } = await import("node:fs");
    const { readObservations } = await import("@wuwei/sti-plan/io");
    const { ASSESSMENT_NOTE_CODES } = await import("@wuwei/sti-plan");
    const csv = readFileSync(new URL("../examples/wuwei-2020-2025.csv", import.meta.url), "utf8");
    const rows = readObservations(csv).rows;
    const codes = new Set<string>();
    for (const method of ["schedule", "growth-ratio", "projection"] as const) {
      for (const r of assessPlan(wuwei14, validateObservations(wuwei14, rows), { asOf: "2024-06-30", method })
        .results) {
        for (const n of r.notes) codes.add(n.code);
      }
    }
    // The example data draw many kinds of remark (derived city values, provisional data, aspirational targets…).
    expect(codes.size).toBeGreaterThan(5);
    expect([...codes].filter((c) => !(ASSESSMENT_NOTE_CODES as readonly string[]).includes(c))).toEqual([]);
  });
});

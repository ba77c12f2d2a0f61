/**
 * One problem model (issue 11): problems are data — a code from a literal union and the params its message is built
 * from — so the exported per-locale maps render every message again; one list of methods; one result discriminant.
 */
import { describe, expect, it } from "vitest";
import {
  assess,
  issueMessages,
  METHODS,
  planIssueMessages,
  safeDefinePlan,
  safeParseValue,
  validateObservations,
  wuwei14,
} from "../src/index.js";
import { readObservationsCsv } from "../src/io/index.js";
import { run } from "./support/cli.js";

describe("issues keep their params", () => {
  it("every issue of a messy file renders again from issueMessages and its params, in both languages", () => {
    // What an office might send: a misspelt indicator, a county written as a city, a value in the wrong unit,
    // a percentage over 100, a repeated row with another value and a year out of range.
    const csv = [
      "指标,地区,年份,数值,单位",
      "研发经费投入强度,武威市,2023,0.9,",
      "研发经费投入强,武威市,2023,0.9,",
      "高新技术企业数,兰州市,2023,70,",
      "技术市场成交合同金额,武威市,2023,16.2,%",
      "研发经费投入强度,武威市,2022,120,",
      "研发经费投入强度,武威市,2023,0.95,",
      "研发经费投入强度,武威市,1999,0.5,",
    ].join("\n");
    const read = readObservationsCsv(csv);
    const { issues } = validateObservations(wuwei14, read.rows);
    expect(new Set(issues.map((i) => i.code))).toEqual(
      new Set([
        "unknown-indicator",
        "unknown-region",
        "unit-not-convertible",
        "percent-out-of-range",
        "duplicate-conflict",
        "year-out-of-range",
      ]),
    );
    for (const issue of issues) {
      expect(issueMessages.zh[issue.code](issue.params), issue.code).toBe(issue.message.zh);
      expect(issueMessages.en[issue.code](issue.params), issue.code).toBe(issue.message.en);
      expect(issue.params.received).toBe(issue.received);
      expect(Object.isFrozen(issue.params)).toBe(true);
    }
  });
});

describe("one list of methods, one result discriminant", () => {
  it("METHODS is what assess accepts and what --method accepts", async () => {
    expect(METHODS).toEqual(["schedule", "growth-ratio", "projection"]);
    const input = { direction: "increase", baseline: { year: 2020, value: "1" }, series: [] } as const;
    for (const method of METHODS) expect(assess(input, { method }).method).toBe(method);
    expect(() => assess(input, { method: "trend" as never })).toThrowError(/schedule, growth-ratio, projection/);
    const cli = await run(["report", "--method", "trend"]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain("schedule、growth-ratio、projection");
  });

  it("safe results say success, as zod's safeParse does: safeDefinePlan and safeParseValue", () => {
    expect(safeDefinePlan({}).success).toBe(false);
    expect(safeParseValue("1.5", { unit: "percent" })).toEqual({ success: true, value: "1.5", from: "percent" });
    const bad = safeParseValue("abc", { unit: "percent" });
    expect(bad.success).toBe(false);
  });
});

describe("plan problems are the same model", () => {
  it("every problem of a broken plan renders again from planIssueMessages and its params, in both languages", () => {
    const plan = JSON.parse(JSON.stringify(wuwei14));
    plan.indicators[1].id = plan.indicators[0].id; // a duplicate id
    plan.indicators[2].targets[0].regions.push("lanzhou"); // a region the plan does not have
    plan.indicators[3].targets[0].year = 2030; // outside 2021–2025
    plan.indicators[4].unit = 7; // not an id: a schema problem
    const result = safeDefinePlan(plan);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.params.rule])).toEqual([
      ["invalid", "schema"],
      ["duplicate-id", "duplicate-id"],
      ["unknown-reference", "unknown-reference"],
      ["out-of-period", "target-year-outside"],
    ]);
    for (const issue of result.issues) {
      expect(planIssueMessages.zh[issue.params.rule](issue.params)).toBe(issue.message.zh);
      expect(planIssueMessages.en[issue.params.rule](issue.params)).toBe(issue.message.en);
      expect(Object.isFrozen(issue.params)).toBe(true);
    }
    const [schema, duplicate, unknown, outside] = result.issues;
    // zod's own words for a number where a string belongs, in its Chinese and English locales.
    expect(schema?.message).toEqual({
      zh: "无效输入：期望 string，实际接收 数字",
      en: "Invalid input: expected string, received number",
    });
    expect(duplicate?.message.zh).toBe(`指标编号“${wuwei14.indicators[0]?.id}”重复（首次出现在 indicators.0）`);
    expect(unknown?.message).toEqual({ zh: "未知的地区“lanzhou”", en: 'unknown region "lanzhou"' });
    expect(outside?.message.zh).toBe("目标年2030不在规划期2021–2025内");
  });

  it("a schema problem keeps no part of the caller's data and freezes none of it", () => {
    const plan = JSON.parse(JSON.stringify(wuwei14));
    plan.regions = { not: "a list" };
    const result = safeDefinePlan(plan);
    expect(result.success).toBe(false);
    expect(Object.isFrozen(plan.regions)).toBe(false);
    if (!result.success) expect(JSON.stringify(result.issues)).not.toContain('"a list"');
  });
});

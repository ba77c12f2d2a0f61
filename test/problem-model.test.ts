/**
 * One problem model (issue 11): problems are data — a code from a literal union and the params its message is built
 * from — so the exported per-locale maps render every message again; one list of methods; one result discriminant.
 */
import { describe, expect, it } from "vitest";
import {
  assess,
  issueMessages,
  METHODS,
  parseValue,
  safeDefinePlan,
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

  it("safe results say success, as zod's safeParse does: safeDefinePlan and parseValue", () => {
    expect(safeDefinePlan({}).success).toBe(false);
    expect(parseValue("1.5", { unit: "percent" })).toEqual({ success: true, value: "1.5", from: "percent" });
    const bad = parseValue("abc", { unit: "percent" });
    expect(bad.success).toBe(false);
  });
});

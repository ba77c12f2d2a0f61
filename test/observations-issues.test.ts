/**
 * Every issue code, in both languages: what triggers it, where it points, how severe it is, and that both messages
 * say what was received (or which field is concerned).
 */
import {
  assessPlan,
  formatIssue,
  issueMessages,
  OBSERVATION_ISSUE_CODES,
  type ObservationIssue,
  type ObservationIssueCode,
  validateObservations,
  wuwei14,
} from "@wuwei/sti-plan";
import { readObservationsCsv, readObservationsJson } from "@wuwei/sti-plan/io";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "./support/fixture-plan.js";

const ok = { indicator: "tech-contract-turnover", region: "liangzhou", year: 2023, value: "4.2" };
const validate = (rows: unknown) => validateObservations(fixturePlan, rows).issues;

interface Case {
  readonly code: ObservationIssueCode;
  readonly issues: () => readonly ObservationIssue[];
  readonly row: number | null;
  readonly path: readonly (string | number)[];
  readonly severity: "error" | "warning";
  /** Text both messages must contain: the received value or the field. */
  readonly mentions: string;
  readonly line?: number;
}

const throwing = Object.defineProperty({ indicator: "rd-intensity", region: "wuwei", year: 2023 }, "value", {
  enumerable: true,
  get() {
    throw new Error("boom");
  },
});

const cases: Case[] = [
  { code: "not-an-array", issues: () => validate("rows"), row: null, path: [], severity: "error", mentions: '"rows"' },
  { code: "not-an-object", issues: () => validate([42]), row: 0, path: [0], severity: "error", mentions: "42" },
  {
    code: "unreadable-row",
    issues: () => validate([throwing]),
    row: 0,
    path: [0],
    severity: "error",
    mentions: "boom",
  },
  {
    code: "missing-field",
    issues: () => validate([{ ...ok, value: " " }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: "value",
  },
  {
    code: "unknown-field",
    issues: () => validate([{ ...ok, colour: "red" }]),
    row: 0,
    path: [0, "colour"],
    severity: "warning",
    mentions: "colour",
  },
  {
    code: "invalid-text",
    issues: () => validate([{ ...ok, note: { text: "x" } }]),
    row: 0,
    path: [0, "note"],
    severity: "error",
    mentions: "note",
  },
  {
    code: "unknown-indicator",
    issues: () => validate([{ ...ok, indicator: "rd-intensty" }]),
    row: 0,
    path: [0, "indicator"],
    severity: "error",
    mentions: '"rd-intensty"',
  },
  {
    code: "unknown-region",
    issues: () => validate([{ ...ok, region: "永昌县" }]),
    row: 0,
    path: [0, "region"],
    severity: "error",
    mentions: '"永昌县"',
  },
  {
    code: "region-out-of-scope",
    issues: () => validate([{ ...ok, indicator: "rd-intensity", region: "凉州区", value: "0.5" }]),
    row: 0,
    path: [0, "region"],
    severity: "error",
    mentions: '"凉州区"',
  },
  {
    code: "own-level-region",
    issues: () => validate([{ ...ok, indicator: "high-tech-enterprises", region: "市本级", value: "12" }]),
    row: 0,
    path: [0, "region"],
    severity: "error",
    mentions: '"市本级"',
  },
  {
    code: "year-out-of-range",
    issues: () => validate([{ ...ok, year: 2031 }]),
    row: 0,
    path: [0, "year"],
    severity: "error",
    mentions: "2031",
  },
  {
    code: "not-a-number",
    issues: () => validate([{ ...ok, value: "4.2.1" }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: '"4.2.1"',
  },
  {
    code: "not-finite",
    issues: () => validate([{ ...ok, value: "1e400" }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: '"1e400"',
  },
  {
    code: "negative-value",
    issues: () => validate([{ ...ok, value: -3 }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: "-3",
  },
  {
    code: "percent-out-of-range",
    issues: () => validate([{ ...ok, indicator: "rd-intensity", region: "wuwei", value: "100.5%" }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: "100.5",
  },
  {
    code: "rank-out-of-range",
    issues: () => validate([{ ...ok, indicator: "st-progress-rank", region: "wuwei", value: "15" }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: "15",
  },
  {
    code: "fractional-count",
    issues: () => validate([{ ...ok, indicator: "st-commissioners", value: "2.5" }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: "2.5",
  },
  {
    code: "unknown-unit",
    issues: () => validate([{ ...ok, unit: "美元" }]),
    row: 0,
    path: [0, "unit"],
    severity: "error",
    mentions: '"美元"',
  },
  {
    code: "unit-not-convertible",
    issues: () => validate([{ ...ok, indicator: "rd-intensity", region: "wuwei", value: "14.1亿元" }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: '"14.1亿元"',
  },
  {
    code: "unit-conflict",
    issues: () => validate([{ ...ok, value: "14.1亿元", unit: "万元" }]),
    row: 0,
    path: [0, "value"],
    severity: "error",
    mentions: '"14.1亿元"',
  },
  {
    code: "invalid-status",
    issues: () => validate([{ ...ok, status: "X" }]),
    row: 0,
    path: [0, "status"],
    severity: "error",
    mentions: '"X"',
  },
  {
    code: "duplicate-identical",
    issues: () => validate([ok, { ...ok, value: "4.20" }]),
    row: 1,
    path: [1],
    severity: "warning",
    mentions: '"4.2"',
  },
  {
    code: "duplicate-conflict",
    issues: () => validate([ok, { ...ok, value: "4.3" }]),
    row: 1,
    path: [1, "value"],
    severity: "error",
    mentions: '"4.3"',
  },
  {
    code: "superseded",
    issues: () => validate([{ ...ok, value: "4.3", status: "初步" }, ok]),
    row: 0,
    path: [0, "status"],
    severity: "warning",
    mentions: '"4.3"',
  },
  {
    code: "not-utf8",
    // "指标,地区" in GBK, as Excel writes a CSV on a Chinese Windows.
    issues: () => readObservationsCsv(new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0x2c, 0xb5, 0xd8, 0xc7, 0xf8])).issues,
    row: null,
    path: [],
    severity: "error",
    mentions: "d6 b8 b1 ea",
  },
  {
    code: "malformed-csv",
    issues: () => readObservationsCsv("indicator,region,year,value\nrd-intensity,wuwei,2023,1,234\n").issues,
    row: null,
    path: [],
    severity: "error",
    mentions: "rd-intensity,wuwei,2023,1,234",
    line: 2,
  },
  {
    code: "malformed-json",
    issues: () => readObservationsJson('[{"indicator": "rd-intensity",]').issues,
    row: null,
    path: [],
    severity: "error",
    mentions: "rd-intensity",
    line: 1,
  },
  {
    code: "not-assessed",
    // The fixture plan has no targets: a valid figure goes into no row of assessPlan, which says so.
    issues: () => assessPlan(fixturePlan, [ok], { asOf: "2024-06-30", method: "schedule" }).unused,
    row: 0,
    path: [0],
    severity: "warning",
    mentions: "2023",
  },
  {
    code: "implausible-value",
    // No baseline in the fixture plan: the series' other years 4.2 and 5 give the range; 50 × 5 = 250 ≤ 42000.
    issues: () =>
      validate([
        { ...ok, year: 2021 },
        { ...ok, year: 2022, value: "5" },
        { ...ok, value: "42000" },
      ]),
    row: 2,
    path: [2, "value"],
    severity: "warning",
    mentions: "42000",
  },
  {
    code: "county-above-city",
    // 凉州区 4.2 > 武威市 3 in 2023.
    issues: () => validate([{ ...ok, region: "wuwei", value: "3" }, ok]),
    row: 1,
    path: [1, "value"],
    severity: "warning",
    mentions: "4.2",
  },
  {
    code: "invalid-reporting",
    // 口径 "每季度" names none of 当年新增 / 累计新增 / 期末存量.
    issues: () => validate([{ ...ok, reporting: "每季度" }]),
    row: 0,
    path: [0, "reporting"],
    severity: "error",
    mentions: "每季度",
  },
  {
    code: "reporting-not-convertible",
    // Running totals of 2021 and 2023 for a flow indicator: the 2023 flow needs the 2022 running total.
    issues: () =>
      validateObservations(wuwei14, [
        { indicator: "high-level-talent-absorbed", region: "wuwei", year: 2021, value: "3", reporting: "累计" },
        { indicator: "high-level-talent-absorbed", region: "wuwei", year: 2023, value: "12", reporting: "累计" },
      ]).issues,
    row: 1,
    path: [1, "reporting"],
    severity: "error",
    mentions: "2022",
  },
  {
    code: "reporting-suspect",
    // 3, 8, 12 never fall and 12 ≥ 0.8 × 3 × 3 = 7.2: they look like running totals, not yearly flows.
    issues: () =>
      validateObservations(
        wuwei14,
        [3, 8, 12].map((v, i) => ({
          indicator: "high-level-talent-absorbed",
          region: "wuwei",
          year: 2021 + i,
          value: v,
        })),
      ).issues,
    row: 2,
    path: [2, "value"],
    severity: "warning",
    mentions: "23",
  },
  {
    code: "duplicate-column",
    issues: () => readObservationsCsv("指标,地区,年份,数值,value\n").issues,
    row: null,
    path: [],
    severity: "error",
    mentions: "数值, value",
    line: 1,
  },
];

describe("issue codes", () => {
  it("the table covers every code exactly once", () => {
    expect(cases.map((c) => c.code).sort()).toEqual([...OBSERVATION_ISSUE_CODES].sort());
  });

  it.each(cases.map((c) => [c.code, c] as const))("%s", (code, c) => {
    const found = c.issues().filter((i) => i.code === code);
    expect(found.length, JSON.stringify(c.issues())).toBeGreaterThan(0);
    const issue = found.find((i) => i.row === c.row) as ObservationIssue;
    expect(issue).toBeDefined();
    expect(issue.path).toEqual(c.path);
    expect(issue.severity).toBe(c.severity);
    expect(issue.line).toBe(c.line);
    for (const lang of ["zh", "en"] as const) {
      expect(issue.message[lang].length).toBeGreaterThan(0);
      expect(issue.message[lang]).toContain(c.mentions);
      expect(formatIssue(issue, lang)).toContain(issue.message[lang]);
    }
    // The two languages are different texts, not one copied into both.
    expect(issue.message.zh).not.toBe(issue.message.en);
    expect(/[\u4e00-\u9fff]/.test(issue.message.zh.replace(c.mentions, ""))).toBe(true);
  });

  it("every code has a message template in each locale", () => {
    for (const lang of ["zh", "en"] as const) {
      expect(Object.keys(issueMessages[lang]).sort()).toEqual([...OBSERVATION_ISSUE_CODES].sort());
    }
  });

  it("suggests the closest ids and Chinese names for a misspelt indicator", () => {
    const [issue] = validate([{ ...ok, indicator: "技术市场成交金额" }]);
    expect(issue?.code).toBe("unknown-indicator");
    expect(issue?.message.zh).toContain("技术市场成交合同金额");
    expect(issue?.message.en).toContain("技术市场成交合同金额");
  });

  it("formats the place in the chosen language", () => {
    const rows = readObservationsCsv("indicator,region,year,value\nrd-intensity,凉州区,2023,0.5\n").rows;
    const [issue] = validateObservations(fixturePlan, rows).issues;
    expect(issue && formatIssue(issue, "en")).toBe(
      'line 2, rows[0].region: the indicator "R&D intensity" is not reported for region "凉州区"; it is reported for Wuwei City',
    );
    expect(issue && formatIssue(issue, "zh")).toBe(
      '第2行，rows[0].region：指标“研发经费投入强度”不按地区 "凉州区" 填报，只适用于武威市',
    );
  });

  it("uses the configured year window", () => {
    const issues = validateObservations(fixturePlan, [{ ...ok, year: 2019 }], {
      years: { from: 2020, to: 2025 },
    }).issues;
    expect(issues.map((i) => [i.code, i.message.en])).toEqual([
      ["year-out-of-range", "year 2019 is outside 2020–2025"],
    ]);
    // Default window: baseline year 2020 − 5 … period end 2025 + 5.
    expect(
      validate([
        { ...ok, year: 2015 },
        { ...ok, year: 2030, value: "1" },
      ]),
    ).toEqual([]);
    expect(validate([{ ...ok, year: 2014 }]).map((i) => i.message.en)).toEqual(["year 2014 is outside 2015–2030"]);
  });
});

describe("messages name units by their symbols, not their ids", () => {
  it("says 家 / enterprises and 万元 / % rather than enterprise and cny-10k", async () => {
    const { wuwei14 } = await import("../src/plans/wuwei14/index.js");
    const { validateObservations: validate } = await import("../src/observations/index.js");
    const { issues } = validate(wuwei14, [
      { indicator: "high-tech-enterprises", region: "wuwei", year: 2023, value: "12.5" },
      { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "1.2万元" },
    ]);
    const [fraction, unit] = issues;
    expect(fraction?.code).toBe("fractional-count");
    expect(fraction?.message.zh).toBe('"12.5" 不是整数（单位：家）');
    expect(fraction?.message.en).toBe('"12.5" is not a whole number of enterprises');
    expect(unit?.code).toBe("unit-not-convertible");
    expect(unit?.message.zh).toContain("的单位为万元，无法换算为%");
    expect(unit?.message.en).toContain("is in 10 thousand yuan, which cannot be converted to %");
  });
});

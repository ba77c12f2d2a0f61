/** validateObservations: normalisation, duplicates, robustness against any input, and the throwing sibling. */
import { ObservationsError, parseObservations, validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { ObservationSchema } from "@wuwei/sti-plan/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "./support/fixture-plan.js";

const ok = { indicator: "tech-contract-turnover", region: "liangzhou", year: 2023, value: "4.2" };

/** Rows accounted for: kept, named by an error, or dropped as a repeat with a warning. */
function accounted(result: ReturnType<typeof validateObservations>): Set<number> {
  const set = new Set(result.rows);
  for (const issue of result.issues) {
    const drops = issue.code === "duplicate-identical" || issue.code === "superseded";
    if (issue.row !== null && (issue.severity === "error" || drops)) set.add(issue.row);
  }
  return set;
}

describe("validateObservations", () => {
  it("normalises names, aliases, full-width text and units to ids and decimal strings", () => {
    const result = validateObservations(fixturePlan, [
      {
        indicator: "技术市场成交合同金额（亿元）",
        region: "天祝县",
        year: "２０２３年",
        value: "141000万元",
        status: "P",
      },
      { indicator: "High-tech enterprises", region: "凉州", year: 2023, value: 12, status: "正式", source: "年鉴" },
      { indicator: "rd-intensity", region: "Wuwei City", year: 2022, value: "0.71%", note: "" },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([0, 1, 2]);
    expect(result.observations).toEqual([
      {
        indicator: "tech-contract-turnover",
        region: "tianzhu",
        year: 2023,
        value: "14.1",
        unit: "cny-100m",
        status: "provisional",
      },
      {
        indicator: "high-tech-enterprises",
        region: "liangzhou",
        year: 2023,
        value: "12",
        unit: "enterprise",
        status: "normal",
        source: "年鉴",
      },
      { indicator: "rd-intensity", region: "wuwei", year: 2022, value: "0.71", unit: "percent" },
    ]);
    for (const o of result.observations) expect(ObservationSchema.safeParse(o).success).toBe(true);
  });

  it.each([
    ["A", "normal"],
    ["final", "normal"],
    ["正式", "normal"],
    ["p", "provisional"],
    ["初步", "provisional"],
    ["E", "estimated"],
    ["估计", "estimated"],
    ["F", "forecast"],
    ["预测", "forecast"],
    ["B", "break"],
    ["断点", "break"],
  ])("reads status %s as %s", (status, expected) => {
    expect(validateObservations(fixturePlan, [{ ...ok, status }]).observations[0]?.status).toBe(expected);
  });

  it("settles duplicates by status precedence: normal > provisional > estimated > forecast", () => {
    const result = validateObservations(fixturePlan, [
      { ...ok, value: "4.0", status: "F" },
      { ...ok, value: "4.1", status: "E" },
      { ...ok, value: "4.2", status: "P" },
      { ...ok, value: "4.3" },
      { ...ok, value: "4.30", status: "A" },
    ]);
    expect(result.rows).toEqual([3]);
    expect(result.observations.map((o) => o.value)).toEqual(["4.3"]);
    expect(result.issues.map((i) => [i.row, i.code, i.severity])).toEqual([
      [0, "superseded", "warning"],
      [1, "superseded", "warning"],
      [2, "superseded", "warning"],
      [4, "duplicate-identical", "warning"],
    ]);
  });

  it("rejects every row of a conflict at the top status, and keeps rows of other years", () => {
    const result = validateObservations(fixturePlan, [ok, { ...ok, value: "5" }, { ...ok, year: 2024 }]);
    expect(result.rows).toEqual([2]);
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([
      [0, "duplicate-conflict"],
      [1, "duplicate-conflict"],
    ]);
  });

  it("reports several problems of one row together", () => {
    const result = validateObservations(fixturePlan, [{ indicator: "nope", region: "nowhere", year: "soon" }]);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["unknown-indicator", [0, "indicator"]],
      ["unknown-region", [0, "region"]],
      ["not-a-number", [0, "year"]],
      ["missing-field", [0, "value"]],
    ]);
  });

  it("never throws, and names every bad row, whatever it is given", () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
        getOwnPropertyDescriptor() {
          throw new Error("no descriptor");
        },
      },
    );
    for (const input of [undefined, null, 0, "x", {}, { length: 3 }, revoked.proxy, new Map()]) {
      const result = validateObservations(fixturePlan, input);
      expect(result.observations).toEqual([]);
      expect(result.issues.map((i) => i.code)).toEqual(["not-an-array"]);
    }
    const rows = [hostile, [1, 2], null, () => 1, Symbol("s"), "x".repeat(1_000_000), { value: { deep: [[[{}]]] } }];
    const result = validateObservations(fixturePlan, rows);
    expect(result.observations).toEqual([]);
    expect([...accounted(result)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(result.issues.find((i) => i.row === 0)?.code).toBe("unreadable-row");
    expect(result.issues.find((i) => i.row === 5)?.received.length).toBeLessThan(80);
  });

  it("does not mutate its input, and __proto__ or constructor keys never reach Object.prototype", () => {
    const rows = JSON.parse(
      `[{"indicator":"tech-contract-turnover","region":"liangzhou","year":2023,"value":"4.2","__proto__":{"polluted":true}},
        {"indicator":"tech-contract-turnover","region":"minqin","year":2023,"value":"1","constructor":{"prototype":{"polluted":true}}},
        {"__proto__":{"indicator":"rd-intensity"}}]`,
    );
    const before = JSON.stringify(rows);
    const result = validateObservations(fixturePlan, rows);
    expect(JSON.stringify(rows)).toBe(before);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(result.rows).toEqual([0, 1]);
    expect(result.issues.map((i) => [i.row, i.code, i.path])).toEqual([
      [0, "unknown-field", [0, "__proto__"]],
      [1, "unknown-field", [1, "constructor"]],
      [2, "missing-field", [2, "indicator"]],
      [2, "missing-field", [2, "region"]],
      [2, "missing-field", [2, "year"]],
      [2, "missing-field", [2, "value"]],
      [2, "unknown-field", [2, "__proto__"]],
    ]);
    expect(Object.isFrozen(result.observations[0])).toBe(true);
    const frozen = Object.freeze([Object.freeze({ ...ok })]);
    expect(validateObservations(fixturePlan, frozen).rows).toEqual([0]);
  });

  it("accounts for every row of arbitrary input, and never throws (property)", () => {
    const validRow = fc.record({
      indicator: fc.constantFrom("tech-contract-turnover", "技术市场成交合同金额", "rd-intensity", "st-progress-rank"),
      region: fc.constantFrom("wuwei", "凉州区", "天祝", "minqin", "lanzhou"),
      year: fc.oneof(fc.integer({ min: 2010, max: 2035 }), fc.constantFrom("2023", "２０２３年")),
      value: fc.oneof(
        fc.double({ noNaN: false }),
        fc.constantFrom("1.5", "14.1亿元", "141000万元", "第6位", "１，２３４", "-1", "abc"),
      ),
      status: fc.constantFrom(undefined, "A", "P", "E", "F", "B", "x"),
    });
    const row = fc.oneof(
      validRow,
      fc.anything(),
      fc.dictionary(fc.string(), fc.anything()),
      fc.dictionary(fc.constantFrom("indicator", "region", "year", "value", "__proto__", "constructor"), fc.anything()),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const result = validateObservations(fixturePlan, rows);
        const seen = accounted(result);
        expect([...seen].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i));
        // Kept rows carry no error.
        const errors = new Set(result.issues.filter((i) => i.severity === "error").map((i) => i.row));
        for (const kept of result.rows) expect(errors.has(kept)).toBe(false);
        for (const o of result.observations) expect(ObservationSchema.safeParse(o).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseObservations", () => {
  it("returns the observations when there are only warnings", () => {
    expect(parseObservations(fixturePlan, [{ ...ok, extra: 1 }])).toEqual([{ ...ok, unit: "cny-100m" }]);
  });

  it("throws ObservationsError with every issue and the valid observations", () => {
    let caught: unknown;
    try {
      parseObservations(fixturePlan, [ok, { ...ok, region: "兰州" }, 7]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ObservationsError);
    const error = caught as ObservationsError;
    expect(error.issues.map((i) => i.code)).toEqual(["unknown-region", "not-an-object"]);
    expect(error.observations).toEqual([{ ...ok, unit: "cny-100m" }]);
    expect(error.message).toContain("2 errors");
  });
});

describe("the Wuwei 14th plan's headline indicators", () => {
  it("accepts figures for 表1's indicators by id and by Chinese name", () => {
    const result = validateObservations(wuwei14, [
      { indicator: "st-progress-rank", region: "武威市", year: 2023, value: "第6位" },
      { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.81%" },
      { indicator: "tech-contract-turnover", region: "wuwei", year: 2023, value: "162000万元" },
      { indicator: "high-tech-enterprises", region: "wuwei", year: 2023, value: "６６" },
      { indicator: "fiscal-st-share", region: "民勤县", year: 2023, value: "1.1" },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.observations.map((o) => [o.indicator, o.region, o.value])).toEqual([
      ["st-progress-rank", "wuwei", "6"],
      ["rd-intensity", "wuwei", "0.81"],
      ["tech-contract-turnover", "wuwei", "16.2"],
      ["high-tech-enterprises", "wuwei", "66"],
      ["fiscal-st-share", "minqin", "1.1"],
    ]);
  });

  it("refuses a rank beyond Gansu's 14 prefecture-level divisions and a tech turnover in percent", () => {
    const result = validateObservations(wuwei14, [
      { indicator: "st-progress-rank", region: "wuwei", year: 2023, value: "15" },
      { indicator: "tech-contract-turnover", region: "wuwei", year: 2023, value: "1.5%" },
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(["rank-out-of-range", "unit-not-convertible"]);
  });
});

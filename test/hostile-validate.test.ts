/**
 * Hostile input for validateObservations: wrong shapes, deep nesting, prototype keys, a million rows, huge cells,
 * numbers that are not numbers. Nothing may throw, hang or touch Object.prototype, and every row is accounted for.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type ValidateObservationsResult, validateObservations, wuwei14 } from "../src/index.js";
import { STRESS_TIMEOUT } from "./support/stress.js";

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  // Nothing reached a prototype.
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(({} as Record<string, unknown>)["indicator"]).toBeUndefined();
  expect(({} as Record<string, unknown>)["value"]).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(Object.getPrototypeOf([])).toBe(Array.prototype);
});

/**
 * Every row is exactly one of: kept (its index in `rows`), rejected (named by an error), or dropped as a repeat
 * (named by a duplicate-identical or superseded warning).
 */
function expectAccounted(result: ValidateObservationsResult, length: number): void {
  const kept = new Set(result.rows);
  const rejected = new Set<number>();
  const repeats = new Set<number>();
  for (const issue of result.issues) {
    if (issue.row === null) continue;
    if (issue.severity === "error") rejected.add(issue.row);
    else if (issue.code === "duplicate-identical" || issue.code === "superseded") repeats.add(issue.row);
  }
  expect(result.observations).toHaveLength(result.rows.length);
  expect(kept.size).toBe(result.rows.length);
  for (const row of kept) {
    expect(rejected.has(row)).toBe(false);
    expect(repeats.has(row)).toBe(false);
  }
  let accounted = 0;
  for (let i = 0; i < length; i++) if (kept.has(i) || rejected.has(i) || repeats.has(i)) accounted++;
  expect(accounted).toBe(length);
  expect(kept.size + rejected.size + repeats.size).toBe(length);
}

const good = { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" };

describe("not an array", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["an object", { 0: good, length: 1 }],
    ["a string", "rd-intensity,wuwei,2023,0.95"],
    ["a number", 42],
    ["a function", () => [good]],
    ["a symbol", Symbol("rows")],
    ["a Map", new Map([[0, good]])],
    [
      "a revoked proxy",
      (() => {
        const { proxy, revoke } = Proxy.revocable([good], {});
        revoke();
        return proxy;
      })(),
    ],
  ])("%s gives one not-an-array issue", (_, rows) => {
    const result = validateObservations(wuwei14, rows);
    expect(result.observations).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(["not-an-array"]);
  });
});

describe("deep nesting", () => {
  const DEPTH = 100_000;
  // Built in a loop: a recursive builder would overflow the stack before the library is even called.
  const deepArray = () => {
    let v: unknown = [];
    for (let i = 0; i < DEPTH; i++) v = [v];
    return v;
  };
  const deepObject = () => {
    let v: unknown = {};
    for (let i = 0; i < DEPTH; i++) v = { value: v };
    return v;
  };

  it("an array of 100,000 nested arrays is one row that is not an object", () => {
    const rows = [deepArray(), good];
    const result = validateObservations(wuwei14, rows);
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([[0, "not-an-object"]]);
    expectAccounted(result, rows.length);
  });

  it("rows whose fields are nested 100,000 levels deep are rejected field by field", () => {
    const rows = [
      { ...good, value: deepObject() },
      { ...good, indicator: deepArray() },
      { ...good, region: deepObject(), year: deepArray() },
      deepObject(),
    ];
    const result = validateObservations(wuwei14, rows);
    const codes = result.issues.map((i) => `${i.row}:${i.code}:${i.path.slice(1).join(".")}`);
    expect(codes).toContain("0:not-a-number:value");
    expect(codes).toContain("1:unknown-indicator:indicator");
    expect(codes).toContain("2:unknown-region:region");
    expect(codes).toContain("2:not-a-number:year");
    expectAccounted(result, rows.length);
    for (const issue of result.issues) expect(issue.received.length).toBeLessThan(200);
  });
});

describe("prototype keys", () => {
  it("own __proto__, constructor and prototype keys (as JSON.parse makes them) are data, never a prototype", () => {
    const rows = JSON.parse(`[
      {"__proto__": {"polluted": "yes", "indicator": "rd-intensity"}, "region": "wuwei", "year": 2023, "value": "0.9"},
      {"indicator": "rd-intensity", "region": "wuwei", "year": 2022, "value": "0.8", "constructor": {"prototype": {"polluted": 1}}},
      {"indicator": "rd-intensity", "region": "wuwei", "year": 2021, "value": "0.7", "prototype": {"polluted": 1}},
      {"__proto__": null, "indicator": "rd-intensity", "region": "wuwei", "year": 2020, "value": "0.62"},
      {"indicator": "__proto__", "region": "constructor", "year": "prototype", "value": "__proto__"}
    ]`) as unknown[];
    expect(Object.hasOwn(rows[0] as object, "__proto__")).toBe(true);
    const result = validateObservations(wuwei14, rows);
    // Row 0 has no own indicator: the one inside __proto__ is never read.
    expect(result.issues.filter((i) => i.row === 0).map((i) => i.code)).toEqual(["missing-field", "unknown-field"]);
    expect(result.issues.filter((i) => i.row === 1).map((i) => `${i.code}:${String(i.path[1])}`)).toEqual([
      "unknown-field:constructor",
    ]);
    expect(result.issues.filter((i) => i.row === 4).map((i) => i.code)).toEqual([
      "unknown-indicator",
      "unknown-region",
      "not-a-number",
      "not-a-number",
    ]);
    expect(result.rows).toEqual([1, 2, 3]);
    expect(result.observations.every((o) => Object.getPrototypeOf(o) === Object.prototype)).toBe(true);
    expectAccounted(result, rows.length);
  });

  it("rows with a null prototype, getters that throw and proxies are read or rejected, never a crash", () => {
    const bare = Object.assign(Object.create(null) as object, good);
    const throwing = Object.defineProperty({ ...good }, "value", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const trap = new Proxy(
      { ...good },
      {
        getOwnPropertyDescriptor() {
          throw new Error("trap");
        },
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const rows = [bare, throwing, trap];
    const result = validateObservations(wuwei14, rows);
    expect(result.rows).toEqual([0]);
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([
      [1, "unreadable-row"],
      [2, "unreadable-row"],
    ]);
    expectAccounted(result, rows.length);
  });
});

describe("numbers that are not numbers", () => {
  it.each([
    [Number.NaN, "not-a-number"],
    ["NaN", "not-a-number"],
    [Number.POSITIVE_INFINITY, "not-finite"],
    [Number.NEGATIVE_INFINITY, "not-finite"],
    ["Infinity", "not-finite"],
    ["-∞", "not-finite"],
    ["1e400", "not-finite"],
    ["1e-400", "not-finite"],
    ["1e-99999999", "not-finite"],
    ["1e30", "not-finite"],
    ["9".repeat(31), "not-finite"],
    ["0x10", "unknown-unit"],
    ["", "missing-field"],
    ["   ", "missing-field"],
  ])("%s is rejected as %s", (value, code) => {
    const result = validateObservations(wuwei14, [{ ...good, indicator: "tech-contract-turnover", value }]);
    expect(result.observations).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual([code]);
  });

  it.each([
    [-0, "0"],
    ["-0", "0"],
    ["-0.000", "0"],
    ["１２．５", "12.5"],
    ["１，２３４．５", "1234.5"],
    ["\u2212\u0030", "0"],
    [1e-7, "0.0000001"],
    ["1.5e3", "1500"],
    [" 7 ", "7"],
  ])("%s is read exactly as %s", (value, expected) => {
    const result = validateObservations(wuwei14, [{ ...good, indicator: "tech-contract-turnover", value }]);
    // 1e-7 and 1500 亿元 are implausible against 14.1–28 亿元 (a warning); reading them exactly is the subject here.
    expect(result.issues.filter((i) => i.code !== "implausible-value")).toEqual([]);
    expect(result.observations[0]?.value).toBe(expected);
  });

  it("years that are not years are rejected", () => {
    const years = [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      2023.5,
      "２０２３年",
      "2023.0",
      "1e3",
      Number.MAX_VALUE,
      20230,
    ];
    const rows = years.map((year) => ({ ...good, year }));
    const result = validateObservations(wuwei14, rows);
    expect(result.rows).toEqual([4]);
    expect(result.observations[0]?.year).toBe(2023);
    expectAccounted(result, rows.length);
  });
});

describe("huge cells", () => {
  const TEN_MB = "9".repeat(10 * 1024 * 1024);

  it(
    "a 10 MB cell in any field is rejected, and its issue quotes only a little of it",
    () => {
      const rows = [
        { ...good, value: TEN_MB },
        { ...good, indicator: TEN_MB },
        { ...good, region: TEN_MB },
        { ...good, year: TEN_MB },
        { ...good, status: TEN_MB },
        { ...good, unit: TEN_MB },
        { ...good, note: TEN_MB },
        { ...good, year: 2022, [TEN_MB.slice(0, 1_000_000)]: 1 },
      ];
      const result = validateObservations(wuwei14, rows);
      expect(result.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.code])).toEqual([
        [0, "not-a-number"],
        [1, "unknown-indicator"],
        [2, "unknown-region"],
        [3, "not-a-number"],
        [4, "invalid-status"],
        [5, "unknown-unit"],
      ]);
      // A 10 MB note is text, and kept whole; the 1 MB unknown key is a warning.
      expect(result.rows).toEqual([6, 7]);
      for (const issue of result.issues) {
        expect(issue.received.length).toBeLessThan(200);
        expect(issue.message.en.length).toBeLessThan(2_000);
      }
      expectAccounted(result, rows.length);
    },
    STRESS_TIMEOUT,
  );
});

// The stress cases prove that every row is accounted for, with no hang and no crash; how fast they run is measured
// by `npm run bench` (scripts/bench.mjs, "stress" cases, with budgets there). The timeout only stops a real hang.
describe("a million rows", () => {
  it(
    "validates 1,000,000 small rows and accounts for every one",
    () => {
      // Every indicator of the plan in the city, years 1000–9999: about 315,000 distinct figures, so most of the
      // million rows also repeat a figure (identically or not), which exercises the settling of repeats.
      const indicators = wuwei14.indicators.filter((i) => i.regions.includes("wuwei")).map((i) => i.id);
      const N = 1_000_000;
      const rows: unknown[] = new Array(N);
      for (let i = 0; i < N; i++) {
        const k = i % 10;
        rows[i] =
          k === 7
            ? { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "abc" } // not a number
            : k === 9
              ? null // not an object
              : {
                  indicator: indicators[i % indicators.length],
                  region: "wuwei",
                  year: 1000 + (Math.floor(i / indicators.length) % 9000),
                  value: String((i % 13) + 1),
                };
      }
      const result = validateObservations(wuwei14, rows, { years: { from: 1000, to: 9999 } });
      expectAccounted(result, N);
      // Rows 7 and 9 of every ten are errors.
      expect(result.issues.filter((i) => i.code === "not-a-number")).toHaveLength(N / 10);
      expect(result.issues.filter((i) => i.code === "not-an-object")).toHaveLength(N / 10);
    },
    STRESS_TIMEOUT,
  );

  it(
    "settles 200,000 repeats of one figure, and 20,000 conflicting figures, without stack overflow or quadratic time",
    () => {
      const same = Array.from({ length: 200_000 }, () => good);
      const a = validateObservations(wuwei14, same);
      expect(a.rows).toEqual([0]);
      expect(a.issues).toHaveLength(199_999);
      expectAccounted(a, same.length);
      const conflicting = Array.from({ length: 20_000 }, (_, i) => ({ ...good, value: String(i % 100) }));
      const b = validateObservations(wuwei14, conflicting);
      expect(b.rows).toEqual([]);
      expectAccounted(b, conflicting.length);
    },
    STRESS_TIMEOUT,
  );
});

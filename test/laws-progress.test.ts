/**
 * Property laws of the progress functions, on generated decimal strings (never floats): integers scaled by 10^-k
 * and written out as text, so every generated value is exact.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AssessInput,
  type AssessOptions,
  assess,
  assessPlan,
  completion,
  geometricPath,
  linearPath,
  ProgressError,
  validateObservations,
  wuwei14,
} from "../src/index.js";
import { Dec } from "../src/internal/decimal.js";
import { nthRoot } from "../src/progress/generic.js";
import { fig } from "./support/figures.js";

/** Write `n · 10^-k` as a canonical decimal string ("-0.05", "12", "0"). */
function scaled(n: bigint, k: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(k + 1, "0");
  const int = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k).replace(/0+$/, "");
  const text = frac === "" ? int : `${int}.${frac}`;
  return negative && text !== "0" ? `-${text}` : text;
}

/** Shift a decimal string by `p` places to the left of the point (divide by 10^p), exactly. */
function shift(text: string, p: number): string {
  const negative = text.startsWith("-");
  const [int = "0", frac = ""] = text.replace("-", "").split(".");
  const places = frac.length + p;
  const digits = places < 0 ? `${int}${frac}${"0".repeat(-places)}` : `${int}${frac}`;
  return scaled(BigInt(`${negative ? "-" : ""}${digits}`), Math.max(places, 0));
}

/** A decimal string: an integer of up to `digits` digits, scaled by 10^-k with k ≤ `places`. */
const decimal = (digits = 12, places = 6) =>
  fc
    .tuple(
      fc.bigInt({ min: -(10n ** BigInt(digits)), max: 10n ** BigInt(digits) }),
      fc.integer({ min: 0, max: places }),
    )
    .map(([n, k]) => scaled(n, k));

/** Several decimal strings of one common scale, as bigints (for exact comparisons) and as text. */
const sameScale = (count: number, digits = 12, places = 6) =>
  fc
    .tuple(
      fc.array(fc.bigInt({ min: -(10n ** BigInt(digits)), max: 10n ** BigInt(digits) }), {
        minLength: count,
        maxLength: count,
      }),
      fc.integer({ min: 0, max: places }),
    )
    .map(([ns, k]) => ({ ns, k, texts: ns.map((n) => scaled(n, k)) }));

describe("the generators", () => {
  it("write exact decimal strings", () => {
    expect(scaled(-5n, 2)).toBe("-0.05");
    expect(scaled(1200n, 2)).toBe("12");
    expect(scaled(-0n, 3)).toBe("0");
    expect(shift("14.1", -4)).toBe("141000");
    expect(shift("141000", 4)).toBe("14.1");
  });
});

describe("completion", () => {
  it("is exactly 0 at the baseline and 1 at the target, in either direction", () => {
    fc.assert(
      fc.property(decimal(), decimal(), (baseline, target) => {
        fc.pre(baseline !== target);
        expect(completion(baseline, target, baseline)).toBe("0");
        expect(completion(baseline, target, target)).toBe("1");
      }),
      { numRuns: 500 },
    );
  });

  it("does not exist when the target equals the baseline", () => {
    fc.assert(
      fc.property(decimal(), decimal(), (baseline, value) => {
        expect(completion(baseline, baseline, value)).toBeNull();
      }),
    );
  });

  it("never falls as the value moves towards the target (rounding to six places keeps the order)", () => {
    fc.assert(
      fc.property(sameScale(4), ({ ns, texts }) => {
        const [b = 0n, t = 0n, x1 = 0n, x2 = 0n] = ns;
        const [bt = "", tt = "", x1t = "", x2t = ""] = texts;
        fc.pre(b !== t);
        // Order the two values so that `nearer` is at least as far along towards the target as `farther`.
        const up = t > b;
        const [farther, nearer] = (up ? x1 <= x2 : x1 >= x2) ? [x1t, x2t] : [x2t, x1t];
        const cFar = completion(bt, tt, farther);
        const cNear = completion(bt, tt, nearer);
        expect(cFar).not.toBeNull();
        expect(cNear).not.toBeNull();
        expect(compare(cFar as string, cNear as string)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});

/** Compare two decimal strings exactly (−1, 0, 1). */
function compare(a: string, b: string): number {
  const places = Math.max(a.split(".")[1]?.length ?? 0, b.split(".")[1]?.length ?? 0);
  const big = (s: string) => {
    const negative = s.startsWith("-");
    const [int = "0", frac = ""] = s.replace("-", "").split(".");
    const n = BigInt(int + frac.padEnd(places, "0"));
    return negative ? -n : n;
  };
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const years = fc
  .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 15 }))
  .map(([t0, span]) => ({ t0, t1: t0 + span }));

describe("milestone paths", () => {
  it("the linear path starts at the baseline and ends at the target exactly, one milestone a year", () => {
    fc.assert(
      fc.property(years, decimal(), decimal(), ({ t0, t1 }, x0, x1) => {
        const path = linearPath({ year: t0, value: x0 }, { year: t1, value: x1 });
        expect(path).toHaveLength(t1 - t0 + 1);
        expect(path[0]).toEqual({ year: t0, value: x0 });
        expect(path[path.length - 1]).toEqual({ year: t1, value: x1 });
      }),
      { numRuns: 300 },
    );
  });

  it("the geometric path starts at the baseline and ends at the target exactly (same sign, not zero)", () => {
    const nonZero = decimal().filter((s) => s !== "0");
    fc.assert(
      fc.property(years, nonZero, nonZero, ({ t0, t1 }, a, b) => {
        const x0 = a;
        // Same sign as the baseline.
        const x1 = a.startsWith("-") === b.startsWith("-") ? b : b.startsWith("-") ? b.slice(1) : `-${b}`;
        const path = geometricPath({ year: t0, value: x0 }, { year: t1, value: x1 });
        expect(path).toHaveLength(t1 - t0 + 1);
        expect(path[0]).toEqual({ year: t0, value: x0 });
        expect(path[path.length - 1]).toEqual({ year: t1, value: x1 });
      }),
      { numRuns: 300 },
    );
  });
});

describe("the growth ratio on the geometric path", () => {
  it("is exactly 1 for a series that grows by an exact constant factor", () => {
    // x_y = a·q^(y−t0) with q = 1 + p/100 is an exact decimal. Both rates are (q^n)^(1/n) − 1 computed to 40
    // significant digits, so their ratio is 1 within about 1e-38: far inside the half-unit 5e-7 of the written
    // figure, which must therefore read exactly "1".
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: -50, max: 80 }).filter((p) => p !== 0),
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        (a, p, span, at, negative) => {
          fc.pre(at < span);
          const t0 = 2020;
          const q = 100n + BigInt(p);
          const value = (n: number) => {
            const exact = BigInt(a) * q ** BigInt(n);
            return scaled(negative ? -exact : exact, 2 * n);
          };
          const series = Array.from({ length: at }, (_, i) => ({ year: t0 + i + 1, value: value(i + 1) }));
          // Higher is better when the good way is the way the series goes (up for a positive growing series).
          const goingUp = p > 0 !== negative;
          const result = assess(
            {
              direction: goingUp ? "increase" : "decrease",
              baseline: { year: t0, value: value(0) },
              target: { year: t0 + span, value: value(span) },
              series,
            },
            { method: "growth-ratio" },
          );
          expect(fig(result, "progressValue")).toBe("1");
          expect(result.status).toBe("substantial-progress");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("is 1 within the rounding of the written path when the series is geometricPath's own milestones", () => {
    // geometricPath writes each milestone to six places, so a milestone x_y carries an absolute error of at most
    // e = 5e-7 (the 40-digit arithmetic adds ~1e-40 relative, nothing at this scale). Then the actual rate
    // (x_y/x0)^(1/n) − 1 is off by at most about (1 + r)·e/(n·|x_y|), and the progress value actual/|required| by
    // that divided by |r|, plus 5e-7 for writing it out. The test allows twice that bound.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }).map((n) => scaled(BigInt(n), 3)),
        fc.integer({ min: 1, max: 10_000_000 }).map((n) => scaled(BigInt(n), 3)),
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (x0, x1, span, at) => {
          fc.pre(at < span && x0 !== x1);
          const t0 = 2020;
          const path = geometricPath({ year: t0, value: x0 }, { year: t0 + span, value: x1 });
          const r = (Number(x1) / Number(x0)) ** (1 / span) - 1;
          fc.pre(Math.abs(r) >= 0.001);
          const milestone = path[at] as { year: number; value: string };
          fc.pre(Number(milestone.value) > 0);
          const result = assess(
            {
              direction: Number(x1) > Number(x0) ? "increase" : "decrease",
              baseline: { year: t0, value: x0 },
              target: { year: t0 + span, value: x1 },
              series: path.slice(1, at + 1),
            },
            { method: "growth-ratio" },
          );
          const bound = 2 * (((1 + Math.abs(r)) * 5e-7) / (at * Number(milestone.value) * Math.abs(r)) + 5e-7);
          expect(Math.abs(Number(fig(result, "progressValue")) - 1)).toBeLessThanOrEqual(bound);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// The regions the plan reports technology-contract turnover (亿元) for.
const turnoverRegions = wuwei14.indicators.find((i) => i.id === "tech-contract-turnover")?.regions ?? ["wuwei"];

describe("units", () => {
  it("figures in 万元 give the same observations and the same assessments as the same figures in 亿元", () => {
    const series = fc.uniqueArray(
      fc.record({
        year: fc.integer({ min: 2016, max: 2025 }),
        value: fc.integer({ min: 0, max: 10_000_000 }).map((n) => scaled(BigInt(n), 4)),
        status: fc.constantFrom(undefined, "P", "E", "F", "B"),
        region: fc.constantFrom(...turnoverRegions),
      }),
      { selector: (r) => `${r.region}/${r.year}`, maxLength: 15 },
    );
    fc.assert(
      fc.property(
        series,
        fc.constantFrom("2023-12-31", "2026-11-27", "2022-06-30"),
        fc.boolean(),
        (rows, asOf, written) => {
          const row = (r: (typeof rows)[number], value: string, unit: string) => ({
            indicator: "tech-contract-turnover",
            region: r.region,
            year: r.year,
            ...(written ? { value: `${value}${unit}` } : { value, unit }),
            ...(r.status === undefined ? {} : { status: r.status }),
          });
          const yi = validateObservations(
            wuwei14,
            rows.map((r) => row(r, r.value, "亿元")),
          );
          const wan = validateObservations(
            wuwei14,
            rows.map((r) => row(r, shift(r.value, -4), "万元")),
          );
          // Plausibility warnings about generated figures are not this law's subject: no error.
          expect(wan.issues.filter((i) => i.severity === "error")).toEqual([]);
          expect(wan).toStrictEqual(yi);
          for (const method of ["schedule", "growth-ratio", "projection"] as const) {
            expect(assessPlan(wuwei14, wan.observations, { asOf, method })).toStrictEqual(
              assessPlan(wuwei14, yi.observations, { asOf, method }),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

// Any input of the documented shape, with values from the whole range the library accepts.
const anyValue = fc.oneof(
  decimal(12, 6),
  decimal(30, 30), // up to 1e30, and down to 1e-30
  fc.constantFrom("0", "-0", "0.000", "1", "-1", "100", "0.000001"),
);
const point = fc.record(
  {
    year: fc.integer({ min: 2010, max: 2035 }),
    value: anyValue,
    status: fc.constantFrom("normal", "provisional", "estimated", "forecast", "break"),
  },
  { requiredKeys: ["year", "value"] },
);
const anyInput: fc.Arbitrary<AssessInput> = fc.record(
  {
    direction: fc.constantFrom("increase", "decrease"),
    baseline: fc.record({ year: fc.integer({ min: 2010, max: 2035 }), value: anyValue }),
    target: fc.record({ year: fc.integer({ min: 2010, max: 2035 }), value: anyValue }, { requiredKeys: ["year"] }),
    limit: anyValue,
    series: fc.array(point, { maxLength: 12 }),
  },
  { requiredKeys: ["direction", "series"] },
);
const anyOptions: fc.Arbitrary<AssessOptions> = fc.record(
  {
    method: fc.constantFrom("schedule", "growth-ratio", "projection"),
    asOf: fc.constantFrom("2019-01-01", "2023-12-31", "2025-12-31", "2026-11-27", "2024-02-29T08:00:00+08:00"),
    allowBreaks: fc.boolean(),
    comparator: fc.constantFrom("at-least", "reach", "strive-for", "ensure", "never-decrease"),
    kind: fc.constantFrom("end-level", "annual-floor", "cumulative", "increment", "rank", "never-decrease"),
    from: fc.integer({ min: 2010, max: 2035 }),
    baseYear: fc.integer({ min: 2010, max: 2035 }),
    attribute: fc.constantFrom("expected", "binding"),
  },
  { requiredKeys: ["method"] },
);
const hasDuplicateYears = (input: AssessInput) => new Set(input.series.map((p) => p.year)).size !== input.series.length;

const FIGURE = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;
/** The figures of each member of the Assessment union, by method and kind (docs/methodology.md). */
const FIGURE_NAMES: Record<string, Partial<Record<string, string[]>>> = {
  schedule: {
    "end-level": ["completion", "timeShare", "expectedValue", "lead", "aheadOfPath"],
    increment: ["increment", "expectedIncrement", "completion", "timeShare", "lead"],
    rank: ["positionsGained", "positionsNeeded", "expectedPositionsGained", "timeShare"],
    "annual-floor": ["yearsMet", "yearsElapsed", "yearsMissed", "years"],
    cumulative: ["total", "expectedTotal", "completion", "timeShare", "lead"],
    "never-decrease": ["falls", "comparisons", "years"],
  },
  "growth-ratio": Object.fromEntries(
    ["end-level", "increment", "never-decrease"].map((k) => [
      k,
      ["baseYear", "progressValue", "score", "actualRate", "requiredRate", "limitFactor"],
    ]),
  ),
  projection: Object.fromEntries(
    ["end-level", "increment"].map((k) => [k, ["projectedValue", "projectedCompletion", "slope", "growthProjection"]]),
  ),
};
const WORDS = new Set(["met", "missed", "fell", "held", "rose"]);

describe("assess on any input", () => {
  it("never throws, except the documented duplicate-year error, and returns well-formed, frozen results", () => {
    fc.assert(
      fc.property(anyInput, anyOptions, (input, options) => {
        let result: ReturnType<typeof assess>;
        try {
          result = assess(input, options);
        } catch (error) {
          // Two values for one year is the one refusal that is not data: it names the offending point.
          expect(error).toBeInstanceOf(ProgressError);
          expect((error as ProgressError).code).toBe("duplicate-year");
          expect(hasDuplicateYears(input)).toBe(true);
          return;
        }
        expect(result.method).toBe(options.method);
        expect(Object.isFrozen(result)).toBe(true);
        expect(Object.isFrozen(result.figures)).toBe(true);
        // Every member of the union has exactly its own named figures, whatever the input.
        expect(Object.keys(result.figures), `${result.method} ${result.kind}`).toEqual(
          FIGURE_NAMES[result.method]?.[result.kind] ?? [],
        );
        for (const [name, value] of Object.entries(result.figures) as [string, unknown][]) {
          if (value === null) continue;
          if (typeof value === "number") expect(Number.isInteger(value), name).toBe(true);
          else if (Array.isArray(value)) {
            for (const y of value as { year: number; result?: string | null; change?: string | null }[]) {
              expect(Number.isInteger(y.year)).toBe(true);
              const word = y.result ?? y.change ?? null;
              expect(word === null || WORDS.has(word), `${name}: ${word}`).toBe(true);
            }
          } else expect(typeof value === "string" && FIGURE.test(value), `${name}: ${String(value)}`).toBe(true);
        }
        for (const note of result.notes) {
          expect(note.message.zh.length).toBeGreaterThan(0);
          expect(note.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("survives a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(anyInput, anyOptions, (input, options) => {
        fc.pre(!hasDuplicateYears(input));
        const result = assess(input, options);
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it("assessPlan results survive a JSON round trip unchanged", () => {
    const validated = validateObservations(wuwei14, [
      { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" },
      { indicator: "tech-contract-turnover", region: "wuwei", year: 2022, value: "15.5" },
      { indicator: "tech-contract-turnover", region: "wuwei", year: 2024, value: "18.25", status: "P" },
    ]);
    for (const method of ["schedule", "growth-ratio", "projection"] as const) {
      const result = assessPlan(wuwei14, validated.observations, { asOf: "2024-12-31", method });
      expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    }
  });
});

describe("the n-th root behind every growth rate", () => {
  it("agrees with decimal.js's exp(ln) power to 37 significant digits, and gives the same written rates", () => {
    fc.assert(
      fc.property(
        decimal(20, 12).filter((v) => !v.startsWith("-") && v !== "0"),
        fc.integer({ min: 1, max: 40 }),
        (text, n) => {
          const x = new Dec(text);
          const fast = nthRoot(x, n);
          const slow = x.pow(new Dec(1).div(n));
          expect(fast.minus(slow).abs().lte(slow.times("1e-37"))).toBe(true);
          const written = (d: InstanceType<typeof Dec>) => d.minus(1).toDecimalPlaces(6).toFixed();
          expect(written(fast)).toBe(written(slow));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("is exact where the root is: 1.21 → 1.1, 1.331 → 1.1 (cube), 1 → 1", () => {
    expect(nthRoot(new Dec("1.21"), 2).minus("1.1").abs().lte("1e-39")).toBe(true);
    expect(nthRoot(new Dec("1.331"), 3).minus("1.1").abs().lte("1e-39")).toBe(true);
    expect(nthRoot(new Dec("1"), 7).toFixed()).toBe("1");
  });
});

/**
 * Exact to the end (issue 11): a figure derived from county figures is never rounded before it is judged, and a
 * city figure equal to the sum of its counties' is never said to differ from it.
 *
 * The case by hand: the plan's 2025 target for technology-contract turnover (技术市场成交合同金额) is 28 亿元 for the city
 * (表1, lines 146–150 of data/wuwei14.txt: 14.1 in 2020, 28 in 2025). Counties reporting 100000 + 60000 + 60000 + 59999.9999 万元 = 279999.9999 万元
 * = 27.99999999 亿元 for 2025 fall short of 28 by 0.00000001 亿元 (100 元): target missed, exactly as when the city
 * reports 27.99999999 itself. Rounded to six places (28.000000) the derived figure used to pass as achieved.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessPlan, type Observation, validateObservations, wuwei14 } from "../src/index.js";
import { renderText, scorecard } from "../src/report/index.js";
import { fig } from "./support/figures.js";

const TARGET = "tech-contract-turnover.2025";

/** The rows an office sends: a county name, the year, the figure and its unit column as written. */
function countyRows(values: readonly string[], unit = "万元", year = 2025) {
  const names = ["凉州区", "民勤县", "古浪县", "天祝县"];
  return values.map((value, i) => ({ indicator: "技术市场成交合同金额", region: names[i], year, value, unit }));
}

function judged(observations: readonly Observation[], asOf = "2026-03-31") {
  const report = assessPlan(wuwei14, observations, { asOf, method: "schedule", region: "wuwei" });
  const row = report.results.find((r) => r.target === TARGET);
  if (row === undefined) throw new Error("no row for the target");
  return row;
}

const valid = (rows: unknown) => {
  const result = validateObservations(wuwei14, rows);
  // Plausibility warnings about generated figures are not this law's subject: no error.
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  return result.observations;
};

describe("exactness of county-derived figures (issue 11)", () => {
  it("counties at 279999.9999 万元 against 28 亿元: target missed, the same as the city reporting 27.99999999", () => {
    const fromCounties = judged(valid(countyRows(["100000", "60000", "60000", "59999.9999"])));
    expect(fromCounties.latest).toEqual({ year: 2025, value: "27.99999999" });
    expect(fromCounties.status).toBe("target-missed");
    expect(fromCounties.notes.map((n) => n.code)).toContain("derived-from-counties");

    const fromCity = judged(
      valid([{ indicator: "tech-contract-turnover", region: "wuwei", year: 2025, value: "27.99999999" }]),
    );
    expect(fromCity.status).toBe("target-missed");
    expect(fromCity.latest).toEqual({ year: 2025, value: "27.99999999" });
    // Completion (27.99999999 − 14.1) / (28 − 14.1) = 13.89999999 / 13.9, exact in both.
    expect(fig(fromCounties, "completion")).toBe(fig(fromCity, "completion"));
  });

  it("a city figure equal to the sum of its counties' gets no 'differs' note", () => {
    const rows = [
      ...countyRows(["100000", "60000", "60000", "59999.9999"]),
      { indicator: "tech-contract-turnover", region: "wuwei", year: 2025, value: "27.99999999" },
    ];
    const row = judged(valid(rows));
    expect(row.notes.map((n) => n.code)).not.toContain("city-differs-from-counties");
    expect(row.status).toBe("target-missed");
  });

  it("the text report rounds for people only: it shows 28 but says not achieved", () => {
    const card = scorecard(wuwei14, valid(countyRows(["100000", "60000", "60000", "59999.9999"])), {
      asOf: "2026-03-31",
      method: "schedule",
      region: "wuwei",
      lang: "en",
    });
    const row = card.rows.find((r) => r.target.id === TARGET);
    expect(row?.latest?.value).toBe("27.99999999");
    const line = renderText(card, { lang: "en" })
      .split("\n")
      .find((l) => l.includes("28 (2025)") && l.includes("missed"));
    expect(line).toBeDefined();
  });

  it("law: a city figure, or county figures that sum to it exactly, give the same assessment and no 'differs' note", () => {
    // Four county figures in 万元 with up to four decimals (what a statistics office sends), their exact sum in 亿元.
    const cents = fc.bigInt({ min: 0n, max: 10n ** 11n });
    fc.assert(
      fc.property(
        fc.tuple(cents, cents, cents, cents),
        fc.constantFrom(2023, 2024, 2025),
        fc.constantFrom("schedule", "growth-ratio", "projection") as fc.Arbitrary<
          "schedule" | "growth-ratio" | "projection"
        >,
        (parts, year, method) => {
          // n · 10^-4 万元 = n · 10^-8 亿元.
          const wan = parts.map((n) => write(n, 4));
          const yi = write(
            parts.reduce((s, n) => s + n, 0n),
            8,
          );
          const counties = valid(countyRows(wan, "万元", year));
          const city = valid([{ indicator: "tech-contract-turnover", region: "wuwei", year, value: yi }]);
          const options = { asOf: `${year + 1}-03-31`, method, region: "wuwei" } as const;
          const a = assessPlan(wuwei14, counties, options).results.find((r) => r.target === TARGET);
          const b = assessPlan(wuwei14, city, options).results.find((r) => r.target === TARGET);
          const both = assessPlan(wuwei14, [...counties, ...city], options).results.find((r) => r.target === TARGET);
          expect(a?.status).toBe(b?.status);
          expect(a?.figures).toEqual(b?.figures);
          expect(a?.latest).toEqual(b?.latest);
          expect(both?.status).toBe(b?.status);
          expect(both?.notes.map((n) => n.code)).not.toContain("city-differs-from-counties");
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** `n · 10^-k` as a canonical decimal string. */
function write(n: bigint, k: number): string {
  const digits = n.toString().padStart(k + 1, "0");
  const int = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k).replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

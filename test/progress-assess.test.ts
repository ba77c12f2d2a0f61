import { describe, expect, it } from "vitest";
import {
  type AssessInput,
  type AssessOptions,
  aggregateGrowthRatio,
  assess,
  ProgressError,
} from "../src/progress/index.js";
import { q, six } from "./support/exact.js";
import { fig } from "./support/figures.js";

const rd = (series: AssessInput["series"]): AssessInput => ({
  direction: "increase",
  baseline: { year: 2020, value: "0.62" },
  target: { year: 2025, value: "1.5" },
  series,
});
const codes = (a: { notes: readonly { code: string }[] }) => a.notes.map((n) => n.code);

describe("schedule method (序时进度)", () => {
  it("R&D intensity 0.62 → 1.5 with 0.95 in 2023: C = 0.375 against τ = 0.6, 22.5 points behind", () => {
    const a = assess(rd([{ year: 2023, value: "0.95" }]), { method: "schedule" });
    expect(a.method).toBe("schedule");
    expect(a.status).toBe("behind-schedule");
    expect(a.figures).toEqual({
      completion: "0.375",
      timeShare: "0.6",
      expectedValue: "1.148",
      lead: "-0.225",
      aheadOfPath: "-0.198",
    });
    expect(codes(a)).toContain("time-share-from-data-years");
  });

  it("energy intensity −13.5 % target, −7.3 % after three years: expected −8.1 %, 0.8 points behind", () => {
    const a = assess(
      {
        direction: "decrease",
        baseline: { year: 2020, value: "0" },
        target: { year: 2025, value: "-13.5" },
        series: [{ year: 2023, value: "-7.3" }],
      },
      { method: "schedule" },
    );
    expect(a.status).toBe("behind-schedule");
    expect(fig(a, "expectedValue")).toBe("-8.1");
    expect(fig(a, "aheadOfPath")).toBe("-0.8");
    expect(fig(a, "completion")).toBe(q("7.3", "13.5")); // 0.540741 rounded; exact, never rounded
  });

  it("is on schedule when completion reaches the time share (1.2 in 2023: 0.58/0.88 = 0.659091)", () => {
    const a = assess(rd([{ year: 2023, value: "1.2" }]), { method: "schedule" });
    expect(a.status).toBe("on-schedule");
    expect(six(fig(a, "lead"))).toBe("0.059091");
    expect(String(fig(a, "lead")).length).toBeGreaterThan(30); // 0.0590909…, not rounded
  });

  it("achieved early, regressing, target missed", () => {
    const early = assess(rd([{ year: 2024, value: "1.6" }]), { method: "schedule" });
    expect(early.status).toBe("target-achieved");
    expect(codes(early)).toContain("achieved-early");
    expect(assess(rd([{ year: 2023, value: "0.5" }]), { method: "schedule" }).status).toBe("regressing");
    expect(assess(rd([{ year: 2025, value: "1.4" }]), { method: "schedule" }).status).toBe("target-missed");
  });

  it("asOf after the target year makes a final evaluation and says when the final data are missing", () => {
    const a = assess(rd([{ year: 2024, value: "1.4" }]), { method: "schedule", asOf: "2026-03-31" });
    expect(a.status).toBe("on-schedule");
    expect(codes(a)).toContain("final-data-missing");
    const before = assess(rd([{ year: 2024, value: "1.4" }]), { method: "schedule", asOf: "2025-06-30" });
    expect(codes(before)).not.toContain("final-data-missing");
  });

  it("works for lower-is-better: 10 → 8 with 11 is regressing, with 8.5 on schedule after 3 of 5", () => {
    const input = (v: string): AssessInput => ({
      direction: "decrease",
      baseline: { year: 2020, value: "10" },
      target: { year: 2025, value: "8" },
      series: [{ year: 2023, value: v }],
    });
    expect(assess(input("11"), { method: "schedule" }).status).toBe("regressing");
    const on = assess(input("8.5"), { method: "schedule" });
    expect(on.status).toBe("on-schedule");
    expect(fig(on, "completion")).toBe("0.75");
    expect(assess(input("7.9"), { method: "schedule" }).status).toBe("target-achieved");
  });

  it("is not assessable without a target, a baseline or data after the baseline", () => {
    const noTarget = assess(
      { direction: "increase", baseline: { year: 2020, value: "1" }, series: [] },
      { method: "schedule" },
    );
    expect(noTarget.status).toBe("not-assessable");
    expect(codes(noTarget)).toEqual(["no-target"]);
    expect(codes(assess({ ...rd([]), baseline: undefined } as unknown as AssessInput, { method: "schedule" }))).toEqual(
      ["no-baseline"],
    );
    expect(codes(assess(rd([{ year: 2019, value: "0.5" }]), { method: "schedule" }))).toEqual(["no-data"]);
  });

  it("never compares across a break unless allowed", () => {
    const series = [
      { year: 2021, value: "0.7" },
      { year: 2022, value: "1.0", status: "break" },
      { year: 2023, value: "1.1" },
    ] as const;
    const refused = assess(rd(series), { method: "schedule" });
    expect(refused.status).toBe("not-assessable");
    expect(codes(refused)).toEqual(["break-in-series"]);
    const allowed = assess(rd(series), { method: "schedule", allowBreaks: true });
    expect(allowed.status).toBe("behind-schedule"); // 0.48 / 0.88 = 0.545 < 0.6
    expect(codes(allowed)).toContain("break-allowed");
  });

  it("notes provisional data, drops forecasts, notes aspirational and binding targets", () => {
    const a = assess(
      rd([
        { year: 2023, value: "0.95", status: "provisional" },
        { year: 2024, value: "2", status: "forecast" },
      ]),
      { method: "schedule", comparator: "strive-for", attribute: "binding" },
    );
    expect(a.status).toBe("behind-schedule");
    expect(codes(a)).toEqual([
      "forecast-excluded",
      "provisional-data",
      "time-share-from-data-years",
      "aspirational",
      "binding-off-track",
    ]);
    expect(a.notes[0]?.message.zh).toContain("预测");
  });

  it("refuses bad input with a code and a place, and never mutates it", () => {
    expect(() =>
      assess({ ...rd([]), direction: undefined } as unknown as AssessInput, { method: "schedule" }),
    ).toThrowError(/direction is required/);
    expect(() => assess(rd([{ year: 2023, value: "0,95" }]), { method: "schedule" })).toThrowError(
      expect.objectContaining({ code: "invalid-decimal", path: ["input", "series", 0, "value"] }),
    );
    expect(() => assess(rd([]), { method: "sideways" } as unknown as AssessOptions)).toThrowError(ProgressError);
    const input = rd([
      { year: 2023, value: "0.95" },
      { year: 2021, value: "0.7" },
    ]);
    const copy = structuredClone(input);
    const a = assess(input, { method: "projection" });
    expect(input).toEqual(copy);
    expect(Object.isFrozen(a) && Object.isFrozen(a.figures) && Object.isFrozen(a.notes)).toBe(true);
  });
});

describe("growth-ratio method (Open SDG ProgressMeasure)", () => {
  const gr = (input: AssessInput, extra: Partial<AssessOptions> = {}) =>
    assess(input, { method: "growth-ratio", ...extra });

  it("R&D example: CAGR_a 15.29 %, CAGR_r 19.33 %, ratio 0.79, moderate progress", () => {
    const a = gr(rd([{ year: 2023, value: "0.95" }]));
    expect(a.status).toBe("moderate-progress");
    const ca = (0.95 / 0.62) ** (1 / 3) - 1;
    const cr = (1.5 / 0.62) ** (1 / 5) - 1;
    expect(Number(fig(a, "actualRate"))).toBeCloseTo(ca, 6);
    expect(Number(fig(a, "requiredRate"))).toBeCloseTo(cr, 6);
    expect(Number(fig(a, "progressValue"))).toBeCloseTo(ca / cr, 6);
    expect(Number(fig(a, "score"))).toBeCloseTo(7.1429 * (ca / cr) - 4.2857, 5);
    expect(fig(a, "baseYear")).toBe(2020);
  });

  it("Open SDG feature test 1-5-3: lower is better, 10 → 30, target 1 ⇒ deterioration", () => {
    const a = gr({
      direction: "decrease",
      baseline: { year: 2015, value: "10" },
      target: { year: 2030, value: "1" },
      series: [{ year: 2020, value: "30" }],
    });
    expect(a.status).toBe("deterioration");
    const pv = -(3 ** (1 / 5) - 1) / Math.abs(0.1 ** (1 / 15) - 1);
    expect(Number(fig(a, "progressValue"))).toBeCloseTo(pv, 6);
    expect(fig(a, "score")).toBe("-5");
  });

  it("moves the base year to the first later year with data", () => {
    const a = gr(
      {
        direction: "increase",
        series: [
          { year: 2016, value: "10" },
          { year: 2018, value: "12.1" },
        ],
      },
      { baseYear: 2015 },
    );
    expect(fig(a, "baseYear")).toBe(2016);
    expect(fig(a, "progressValue")).toBe("0.1");
    expect(a.status).toBe("substantial-progress");
    expect(fig(a, "score")).toBe("5");
    expect(codes(a)).toContain("base-year-moved");
    const none = gr({ direction: "increase", series: [{ year: 2016, value: "10" }] }, { baseYear: 2017 });
    expect(none.status).toBe("not-assessable");
    expect(codes(none)).toEqual(["base-year-after-latest"]);
  });

  it("needs two points, one sign and data", () => {
    expect(codes(gr({ direction: "increase", series: [] }))).toEqual(["no-data"]);
    expect(codes(gr({ direction: "increase", series: [{ year: 2020, value: "1" }] }))).toEqual([
      "fewer-than-two-points",
    ]);
    const flip = gr({
      direction: "increase",
      baseline: { year: 2020, value: "-5" },
      series: [{ year: 2022, value: "3" }],
    });
    expect(flip.status).toBe("not-assessable");
    expect(codes(flip)).toEqual(["opposite-sign"]);
  });

  it("replaces a base of 0 and a target of 0 by 0.001", () => {
    const base0 = gr({
      direction: "increase",
      baseline: { year: 2020, value: "0" },
      series: [{ year: 2022, value: "0.00121" }],
    });
    expect(fig(base0, "progressValue")).toBe("0.1");
    expect(codes(base0)).toContain("zero-base-replaced");
    const target0 = gr({
      direction: "decrease",
      baseline: { year: 2020, value: "10" },
      target: { year: 2030, value: "0" },
      series: [{ year: 2022, value: "8.1" }],
    });
    // CAGR_a = 0.9 − 1 = −0.1; CAGR_r = (0.0001)^(1/10) − 1 = 10^−0.4 − 1; pv = 0.1 / |CAGR_r|.
    const cr = 10 ** -0.4 - 1;
    expect(Number(fig(target0, "progressValue"))).toBeCloseTo(0.1 / Math.abs(cr), 6);
    expect(target0.status).toBe("limited-progress");
    expect(codes(target0)).toContain("zero-target-replaced");
  });

  it("uses the sign rule for negative values: −100 → −81 is 10 % smaller in magnitude", () => {
    const a = gr({
      direction: "increase",
      baseline: { year: 2020, value: "-100" },
      series: [{ year: 2022, value: "-81" }],
    });
    // CAGR_a = −0.1, sign −1, d +1: pv = +0.1 (the value rose toward zero).
    expect(fig(a, "progressValue")).toBe("0.1");
    expect(a.status).toBe("substantial-progress");
  });

  // sdg-build decides target_achieved from the latest value before it computes the progress value, so an achieved
  // target scores 5 even where the progress value is undefined (one data point, opposite signs).
  it("decides target achieved before the checks that leave the progress value undefined", () => {
    const onePoint = gr({
      direction: "increase",
      baseline: { year: 2020, value: "12" },
      target: { year: 2025, value: "10" },
      series: [],
    });
    expect([onePoint.status, fig(onePoint, "score"), fig(onePoint, "progressValue")]).toEqual([
      "target-achieved",
      "5",
      null,
    ]);
    expect(codes(onePoint)).toContain("fewer-than-two-points");
    const signChange = gr({
      direction: "increase",
      baseline: { year: 2020, value: "-1" },
      target: { year: 2025, value: "3" },
      series: [{ year: 2023, value: "5" }],
    });
    expect([signChange.status, fig(signChange, "score"), fig(signChange, "progressValue")]).toEqual([
      "target-achieved",
      "5",
      null,
    ]);
    // Where it is defined, the progress value is still reported: (13/10)^(1/3) − 1 over (12/10)^(1/5) − 1.
    const ahead = gr({
      direction: "increase",
      baseline: { year: 2020, value: "10" },
      target: { year: 2025, value: "12" },
      series: [{ year: 2023, value: "13" }],
    });
    expect(ahead.status).toBe("target-achieved");
    expect(fig(ahead, "score")).toBe("5");
    expect(Number(fig(ahead, "progressValue"))).toBeCloseTo((1.3 ** (1 / 3) - 1) / (1.2 ** (1 / 5) - 1), 6);
  });

  it("target achieved overrides everything, base equal to target included; otherwise base = target is not assessable", () => {
    const same = (v: string) =>
      gr({
        direction: "increase",
        baseline: { year: 2020, value: "10" },
        target: { year: 2025, value: "10" },
        series: [{ year: 2022, value: v }],
      });
    const achieved = same("11");
    expect(achieved.status).toBe("target-achieved");
    expect(fig(achieved, "score")).toBe("5");
    expect(fig(achieved, "progressValue")).toBeNull();
    const flat = same("9");
    expect(flat.status).toBe("not-assessable");
    expect(codes(flat)).toEqual(["base-equals-target"]);
  });

  it("scores at the published breakpoints: −60 % → −5, 0 → −2.5, 60 % → 0, 95 % → 2.5, 130 % → 5", () => {
    // Base 100 (2020), target 400 (2022): CAGR_r = 1, so pv = CAGR_a = x2021/100 − 1.
    const at = (v: string) =>
      gr({
        direction: "increase",
        baseline: { year: 2020, value: "100" },
        target: { year: 2022, value: "400" },
        series: [{ year: 2021, value: v }],
      });
    const rows = ["40", "100", "160", "195", "230"].map((v) => at(v));
    expect(rows.map((r) => fig(r, "progressValue"))).toEqual(["-0.6", "0", "0.6", "0.95", "1.3"]);
    // 4.1667 × −0.6 − 2.5 = −5.00002 → −5; 7.1429 × 0.6 − 4.2857 = 0.00004; × 0.95 = 2.500055; × 1.3 = 5.00007 → 5.
    expect(rows.map((r) => fig(r, "score"))).toEqual(["-5", "-2.5", "0.00004", "2.500055", "5"]);
    expect(rows.map((r) => r.status)).toEqual([
      "deterioration",
      "limited-progress",
      "moderate-progress",
      "substantial-progress",
      "substantial-progress",
    ]);
  });

  it("without a target compares growth with 1.5 % / 0.5 % / 0 and scores 125, 500, 250 as written", () => {
    const at = (v: string) =>
      gr({ direction: "increase", baseline: { year: 2020, value: "100" }, series: [{ year: 2021, value: v }] });
    const rows = ["98", "100.2", "100.5", "101", "101.5", "102"].map(at);
    expect(rows.map((r) => fig(r, "progressValue"))).toEqual(["-0.02", "0.002", "0.005", "0.01", "0.015", "0.02"]);
    expect(rows.map((r) => fig(r, "score"))).toEqual(["-5", "-1.5", "0", "1.25", "2.5", "5"]);
    expect(rows.map((r) => r.status)).toEqual([
      "deterioration",
      "limited-progress",
      "moderate-progress",
      "moderate-progress",
      "substantial-progress",
      "substantial-progress",
    ]);
    const down = gr({
      direction: "decrease",
      baseline: { year: 2020, value: "100" },
      series: [{ year: 2021, value: "98" }],
    });
    expect(fig(down, "progressValue")).toBe("0.02");
    expect(down.status).toBe("substantial-progress");
  });

  it("scales the thresholds by C_l near a natural limit", () => {
    const cl = 1 - 0.5 ** 4.44; // base 50 (or 150) against a limit of 100
    const run = (base: string, latest: string, limit?: string) =>
      gr({
        direction: "increase",
        baseline: { year: 2020, value: base },
        series: [{ year: 2021, value: latest }],
        ...(limit === undefined ? {} : { limit }),
      });
    const free = run("50", "50.725"); // pv 0.0145
    expect(free.status).toBe("moderate-progress");
    const limited = run("50", "50.725", "100");
    expect(Number(fig(limited, "limitFactor"))).toBeCloseTo(cl, 6);
    expect(limited.status).toBe("substantial-progress"); // 0.0145 ≥ 0.015 × C_l = 0.014309
    expect(Number(fig(limited, "score"))).toBeCloseTo(Math.min((500 * 0.0145) / cl - 5, 5), 5);
    const mid = run("50", "50.5", "100"); // pv 0.01: moderate, 250 × 0.01 / C_l − 1.25
    expect(Number(fig(mid, "score"))).toBeCloseTo((250 * 0.01) / cl - 1.25, 5);
    expect(Number(fig(run("150", "151", "100"), "limitFactor"))).toBeCloseTo(cl, 6);
    expect(fig(run("250", "251", "100"), "limitFactor")).toBe("1");
    const atLimit = run("100", "100.1", "100");
    expect(fig(atLimit, "limitFactor")).toBe("0");
    expect(fig(atLimit, "score")).toBe("5");
    // A limit of 0, as sdg-build accepts it (ProgressMeasure.py tests b ≥ 2l first): C_l = 1, the same status and
    // score as no limit. Base 1 → 2 is pv 1: substantial, min(500 × 1 / 1 − 5, 5) = 5. (It used to be refused.)
    const zero = run("1", "2", "0");
    const none = run("1", "2");
    expect(fig(zero, "limitFactor")).toBe("1");
    expect([zero.status, fig(zero, "score"), fig(zero, "progressValue")]).toEqual(["substantial-progress", "5", "1"]);
    expect([none.status, fig(none, "score")]).toEqual([zero.status, fig(zero, "score")]);
    const slow = run("50", "50.725", "0"); // pv 0.0145 < 0.015: moderate, as without a limit
    expect([slow.status, fig(slow, "score")]).toEqual([free.status, fig(free, "score")]);
  });

  it("flags a progress value that explodes when the base sits next to the target", () => {
    const a = gr({
      direction: "increase",
      baseline: { year: 2020, value: "99" },
      target: { year: 2030, value: "100" },
      series: [{ year: 2021, value: "90" }],
    });
    expect(a.status).toBe("deterioration");
    expect(Number(fig(a, "progressValue"))).toBeLessThan(-10);
    expect(codes(a)).toContain("progress-value-explodes");
  });

  it("does not apply to a rank and refuses a break", () => {
    const rank = assess(
      {
        direction: "decrease",
        baseline: { year: 2020, value: "7" },
        target: { year: 2025, value: "6" },
        series: [{ year: 2022, value: "6" }],
      },
      { method: "growth-ratio", kind: "rank" },
    );
    expect(rank.status).toBe("not-assessable");
    expect(codes(rank)).toEqual(["method-not-applicable", "rank-ordinal"]);
    const broken = gr(rd([{ year: 2022, value: "0.9", status: "break" }]));
    expect(codes(broken)).toEqual(["break-in-series"]);
  });
});

describe("projection method (ESCAP)", () => {
  const pr = (series: AssessInput["series"], extra: Partial<AssessOptions> = {}) =>
    assess(rd(series), { method: "projection", ...extra });

  it("fits an equal-weight least-squares line from the baseline on: 0.62, 0.7, 0.8, 0.95 → 1.149 in 2025", () => {
    // x̄ = 2021.5, ȳ = 0.7675, Sxy = 0.545, Sxx = 5, slope 0.109; 0.7675 + 0.109 × 3.5 = 1.149.
    const a = pr([
      { year: 2021, value: "0.7" },
      { year: 2022, value: "0.8" },
      { year: 2023, value: "0.95" },
    ]);
    expect(a.status).toBe("accelerate");
    expect(fig(a, "projectedValue")).toBe("1.149");
    expect(fig(a, "slope")).toBe("0.109");
    expect(fig(a, "projectedCompletion")).toBe(q("0.529", "0.88")); // 0.601136…
    expect(codes(a)).toContain("regression-equal-weights");
  });

  it("on track, reverse trend, achieved, missed", () => {
    expect(
      fig(
        pr([
          { year: 2021, value: "0.9" },
          { year: 2022, value: "1.1" },
          { year: 2023, value: "1.3" },
        ]),
        "projectedValue",
      ),
    ).toBe("1.764");
    expect(
      pr([
        { year: 2021, value: "0.9" },
        { year: 2022, value: "1.1" },
        { year: 2023, value: "1.3" },
      ]).status,
    ).toBe("on-track");
    expect(
      pr([
        { year: 2021, value: "0.6" },
        { year: 2022, value: "0.55" },
      ]).status,
    ).toBe("reverse-trend");
    expect(
      pr([
        { year: 2021, value: "0.6" },
        { year: 2023, value: "1.5" },
      ]).status,
    ).toBe("target-achieved");
    expect(
      pr([
        { year: 2023, value: "1.2" },
        { year: 2025, value: "1.4" },
      ]).status,
    ).toBe("target-missed");
  });

  it("fits only after the last break, and only when breaks are allowed", () => {
    const series = [
      { year: 2021, value: "0.7" },
      { year: 2022, value: "1.0", status: "break" },
      { year: 2023, value: "1.1" },
    ] as const;
    expect(codes(pr(series))).toEqual(["break-in-series"]);
    const a = pr(series, { allowBreaks: true });
    expect(fig(a, "projectedValue")).toBe("1.3");
    expect(a.status).toBe("accelerate");
    expect(codes(a)).toEqual(["break-allowed", "fit-after-break", "regression-equal-weights"]);
    const single = pr([{ year: 2023, value: "1.1", status: "break" }], { allowBreaks: true });
    expect(codes(single)).toContain("fewer-than-two-points");
  });

  it("needs a target", () => {
    expect(
      codes(
        assess({ direction: "increase", baseline: { year: 2020, value: "1" }, series: [] }, { method: "projection" }),
      ),
    ).toEqual(["no-target"]);
  });
});

describe("aggregateGrowthRatio (Open SDG, several series)", () => {
  const series = (latest: string, target?: string) =>
    assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "100" },
        ...(target === undefined ? {} : { target: { year: 2022, value: target } }),
        series: [{ year: 2021, value: latest }],
      },
      { method: "growth-ratio" },
    );

  it("averages the scores and bands the mean", () => {
    // scores: 2.500055 (pv 0.95 against CAGR_r = 1) and −2.5 (pv 0) → mean 0.0000275 → moderate. The mean is of the
    // exact scores, not of scores rounded to six places (which gave 0.000028).
    const mixed = aggregateGrowthRatio([series("195", "400"), series("100", "400")]);
    expect(fig(mixed, "score")).toBe("0.0000275");
    expect(mixed.status).toBe("moderate-progress");
    expect(aggregateGrowthRatio([series("230", "400"), series("195", "400")]).status).toBe("substantial-progress");
    expect(aggregateGrowthRatio([series("100", "400"), series("101", "400")]).status).toBe("limited-progress");
    expect(aggregateGrowthRatio([series("40", "400")]).status).toBe("deterioration");
  });

  it("is achieved only when every scored series achieved, and leaves unscored series out with a note", () => {
    const achieved = series("130", "120");
    expect(aggregateGrowthRatio([achieved, achieved]).status).toBe("target-achieved");
    expect(aggregateGrowthRatio([achieved, series("100", "400")]).status).not.toBe("target-achieved");
    const unscored = assess({ direction: "increase", series: [] }, { method: "growth-ratio" });
    const r = aggregateGrowthRatio([achieved, unscored]);
    // Counts are numbers now (they were the strings "1" and "2").
    expect([r.status, r.figures.seriesScored, r.figures.seriesTotal]).toEqual(["target-achieved", 1, 2]);
    expect(r.notes[0]?.code).toBe("series-without-score");
    expect(aggregateGrowthRatio([unscored]).status).toBe("not-assessable");
    expect(() => aggregateGrowthRatio([assess(rd([]), { method: "schedule" })])).toThrowError(/growth-ratio/);
  });
});

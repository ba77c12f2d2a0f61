/**
 * Type tests of the typed results (issue 11), run by `vitest run` (typecheck mode, vitest.config.ts) and by
 * `npm run typecheck`: a misspelt figure does not compile, and narrowing on method and kind gives that member's
 * figures.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type AnnualFloorYear,
  type Assessment,
  type AssessmentNote,
  type AssessmentNoteParams,
  assess,
  assessmentNoteMessages,
  assessPlan,
  type CombinedGrowthRatio,
  type Figure,
  type GrowthRatioFigures,
  type NeverDecreaseYear,
  type ObservationIssue,
  type RegionLevel,
  type ScheduleLevelFigures,
  type TargetAssessment,
  wuwei14,
} from "../src/index.js";
import { type ScorecardRow, scorecard } from "../src/report/index.js";

const input = {
  direction: "increase",
  baseline: { year: 2020, value: "0.62" },
  target: { year: 2025, value: "1.5" },
  series: [{ year: 2023, value: "0.95" }],
} as const;

describe("Assessment is a union discriminated by method and kind", () => {
  it("narrowing on method and kind gives that member's figures", () => {
    const a = assess(input, { method: "schedule" });
    expectTypeOf(a).toEqualTypeOf<Assessment>();
    if (a.method === "schedule" && a.kind === "end-level") {
      expectTypeOf(a.figures).toEqualTypeOf<ScheduleLevelFigures>();
      expectTypeOf(a.figures.completion).toEqualTypeOf<Figure>();
      expectTypeOf(a.figures.lead).toEqualTypeOf<string | null>();
    }
    if (a.method === "schedule" && a.kind === "annual-floor") {
      expectTypeOf(a.figures.years).toEqualTypeOf<readonly AnnualFloorYear[]>();
      expectTypeOf(a.figures.yearsMet).toEqualTypeOf<number | null>();
    }
    if (a.method === "schedule" && a.kind === "never-decrease") {
      expectTypeOf(a.figures.years).toEqualTypeOf<readonly NeverDecreaseYear[]>();
    }
    if (a.method === "growth-ratio" && a.kind === "end-level") {
      expectTypeOf(a.figures).toEqualTypeOf<GrowthRatioFigures>();
      expectTypeOf(a.figures.baseYear).toEqualTypeOf<number | null>();
    }
    if (a.method === "projection" && a.kind === "rank") {
      // A kind the method cannot measure has no figures at all.
      expectTypeOf(a.figures).toEqualTypeOf<{ readonly [key: string]: never }>();
    }
  });

  it("a misspelt figure does not compile, on a narrowed member or on the union", () => {
    const a = assess(input, { method: "schedule" });
    if (a.method === "schedule" && a.kind === "end-level") {
      // @ts-expect-error: there is no figure "completon"
      a.figures.completon;
      // @ts-expect-error: a growth-ratio figure is not a schedule figure
      a.figures.progressValue;
    }
    // @ts-expect-error: without narrowing, no member-specific figure can be read by name
    a.figures.completion;
  });

  it("years are data, never key names", () => {
    const a = assess(input, { method: "schedule", kind: "annual-floor" });
    if (a.method === "schedule" && a.kind === "annual-floor") {
      expectTypeOf(a.figures.years[0]).toEqualTypeOf<AnnualFloorYear | undefined>();
      // @ts-expect-error: "year.2023" is not a figure
      a.figures["year.2023"];
    }
  });
});

describe("results built on Assessment stay discriminated", () => {
  it("assessPlan rows, scorecard rows and combined growth ratios", () => {
    const report = assessPlan(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
    expectTypeOf(report.results).toEqualTypeOf<readonly TargetAssessment[]>();
    expectTypeOf(report.unused).toEqualTypeOf<readonly ObservationIssue[]>();
    const row = report.results[0];
    if (row?.method === "schedule" && row.kind === "rank") {
      expectTypeOf(row.figures.positionsGained).toEqualTypeOf<Figure>();
      expectTypeOf(row.target).toEqualTypeOf<string>();
    }
    const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
    expectTypeOf(card.rows).toEqualTypeOf<readonly ScorecardRow[]>();
    expectTypeOf(card.rows[0]?.assessment).toEqualTypeOf<Assessment | undefined>();
    expectTypeOf<CombinedGrowthRatio["figures"]["seriesScored"]>().toEqualTypeOf<number>();
  });

  it("plain numbers are accepted as values", () => {
    const rows = [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.95 }];
    expectTypeOf(rows).toExtend<Parameters<typeof assessPlan>[1]>();
    assessPlan(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.95 }], {
      asOf: "2023-12-31",
      method: "schedule",
    });
  });
});

describe("assessment notes are discriminated by code", () => {
  it("narrowing on code gives that note's params; a misspelt param does not compile", () => {
    const report = assessPlan(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
    const n: AssessmentNote | undefined = report.results[0]?.notes[0];
    if (n?.code === "no-data") {
      expectTypeOf(n.params).toEqualTypeOf<AssessmentNoteParams["no-data"]>();
      expectTypeOf(n.params.after).toEqualTypeOf<number | null>();
      // @ts-expect-error: no-data's params have no `years`
      n.params.years;
    }
    if (n?.code === "not-derived-from-counties") {
      expectTypeOf(n.params.level).toEqualTypeOf<RegionLevel>();
      expectTypeOf(n.params.known).toEqualTypeOf<AssessmentNoteParams["not-derived-from-counties"]["known"]>();
    }
    expectTypeOf(assessmentNoteMessages.en["missing-years"]).parameter(0).toEqualTypeOf<{
      readonly years: readonly number[];
    }>();
  });
});

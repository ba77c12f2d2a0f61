import { describe, expect, it } from "vitest";
import { wuwei14 } from "../src/index.js";
import {
  classLabel,
  EVALUATION_CLASSES,
  evaluationClasses,
  type ScheduleClassInput,
  scheduleClass,
  scorecard,
} from "../src/report/index.js";
import { fixture } from "./support/scorecard-fixture.js";

// Three years of five gone (data for 2023, baseline 2020, target 2025): τ = 3/5 = 0.6.
const at = (completion: string | null, status: ScheduleClassInput["status"] = "on-schedule"): ScheduleClassInput => ({
  status,
  completion,
  timeShare: "0.6",
  latestYear: 2023,
  targetYear: 2025,
});

describe("the four classes of a mid-term review, default band 5 points", () => {
  it("快于预期 from C − τ = +0.05 on, exactly", () => {
    expect(scheduleClass(at("0.65"))).toBe("faster"); // 0.65 − 0.6 = 0.05
    expect(scheduleClass(at("0.649999"))).toBe("in-line"); // 0.049999
    expect(scheduleClass(at("0.9"))).toBe("faster");
  });

  it("基本符合预期 within 5 points either side, whatever the status says", () => {
    expect(scheduleClass(at("0.6"))).toBe("in-line");
    expect(scheduleClass(at("0.58", "behind-schedule"))).toBe("in-line"); // −0.02
    expect(scheduleClass(at("0.55", "behind-schedule"))).toBe("in-line"); // −0.05, the lower edge
  });

  it("相对滞后 below −0.05, and whenever the figure moved away from the target", () => {
    expect(scheduleClass(at("0.549999", "behind-schedule"))).toBe("lagging"); // −0.050001
    expect(scheduleClass(at("0.375", "behind-schedule"))).toBe("lagging"); // the R&D example: −0.225
    expect(scheduleClass(at("-0.1", "regressing"))).toBe("lagging");
    expect(scheduleClass(at("0.7", "regressing"))).toBe("lagging"); // regressing wins over the lead
  });

  it("提前实现 when the target is met before its year; 已实现 and 未实现 once the target year is in", () => {
    expect(scheduleClass(at("1.158273", "target-achieved"))).toBe("achieved-early");
    expect(scheduleClass({ ...at("1", "target-achieved"), latestYear: 2025 })).toBe("achieved");
    expect(scheduleClass({ ...at("0.9", "target-missed"), latestYear: 2025, timeShare: "1" })).toBe("missed");
    expect(scheduleClass(at(null, "not-assessable"))).toBe("not-assessable");
  });

  it("uses the status where the kind of target has no completion (floors, never-decrease)", () => {
    expect(scheduleClass({ ...at(null), timeShare: null })).toBe("in-line");
    expect(scheduleClass({ ...at(null, "behind-schedule"), timeShare: null })).toBe("lagging");
  });

  it("takes another band", () => {
    expect(scheduleClass(at("0.69"), { band: "0.1" })).toBe("in-line");
    expect(scheduleClass(at("0.7"), { band: "0.1" })).toBe("faster");
    expect(scheduleClass(at("0.6"), { band: "0" })).toBe("faster"); // no band: C ≥ τ is ahead
    expect(scheduleClass(at("0.599999", "behind-schedule"), { band: "0" })).toBe("lagging");
  });

  it("refuses what it cannot class, with a clear error", () => {
    expect(() => scheduleClass(at("0.5", "moderate-progress"))).toThrow(/not a status of the schedule method/);
    for (const band of ["1", "-0.1", "abc", "0.05.1"]) {
      expect(() => scheduleClass(at("0.6"), { band })).toThrow(RangeError);
    }
  });

  it("has labels in both languages for every class", () => {
    expect(EVALUATION_CLASSES.slice(0, 4).map((c) => classLabel(c))).toEqual([
      "提前实现",
      "快于预期",
      "基本符合预期",
      "相对滞后",
    ]);
    expect(EVALUATION_CLASSES.map((c) => classLabel(c, "en")).every((l) => /^[a-z ]+$/.test(l))).toBe(true);
  });
});

describe("evaluationClasses", () => {
  it("classes the rows of a scorecard worked by hand", () => {
    const classes = evaluationClasses(fixture);
    // R&D −0.225 lagging; high-tech +0.036364 in line; turnover achieved in 2023 < 2025; rank regressing;
    // Minqin no baseline; Tianzhu never-decrease on schedule.
    expect(classes?.byRow).toEqual(["lagging", "in-line", "achieved-early", "lagging", "not-assessable", "in-line"]);
    expect(classes?.counts).toEqual({ "achieved-early": 1, "in-line": 2, lagging: 2, "not-assessable": 1 });
    expect(classes?.band).toBe("0.05");
  });

  it("reads the assessment the library makes: R&D 1.12 % in 2023 is behind schedule but broadly as expected", () => {
    // C = (1.12 − 0.62) / (1.5 − 0.62) = 0.5 / 0.88 = 0.568182; τ = 0.6; C − τ = −0.031818.
    const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "1.12" }], {
      asOf: "2023-12-31",
      method: "schedule",
      region: "wuwei",
    });
    const i = card.rows.findIndex((r) => r.indicator.id === "rd-intensity");
    expect(card.rows[i]?.status).toBe("behind-schedule");
    expect(evaluationClasses(card)?.byRow[i]).toBe("in-line");
    // 1.09: C = 0.47 / 0.88 = 0.534091, C − τ = −0.065909: lagging.
    const lower = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "1.09" }], {
      asOf: "2023-12-31",
      method: "schedule",
      region: "wuwei",
    });
    expect(evaluationClasses(lower)?.byRow[i]).toBe("lagging");
  });

  it("gives none for a scorecard of another method", () => {
    expect(evaluationClasses({ ...fixture, method: "growth-ratio" })).toBeNull();
  });
});

/** The worked example of docs/methodology.md: every figure there is recomputed here by the library. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type AssessInput, assess, cagr, geometricPath, linearPath, requiredRate } from "../src/progress/index.js";

const doc = readFileSync(join(resolve(import.meta.dirname, ".."), "docs/methodology.md"), "utf8");
const input: AssessInput = {
  direction: "increase",
  baseline: { year: 2020, value: "0.62" },
  target: { year: 2025, value: "1.5" },
  series: [{ year: 2023, value: "0.95" }],
};
const pct = (s: string | null | undefined) => `${(Number(s) * 100).toFixed(2)} %`;
const round = (s: string | null | undefined, places: number) => Number(s).toFixed(places);

describe("docs/methodology.md worked example", () => {
  const schedule = assess(input, { method: "schedule" });
  const growth = assess(input, { method: "growth-ratio" });
  const projection = assess(input, { method: "projection" });

  it("states the growth-ratio figures the library computes", () => {
    const actual = cagr("0.62", "0.95", 3);
    const required = requiredRate({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" });
    expect(pct(actual)).toBe("15.29 %");
    expect(pct(required)).toBe("19.33 %");
    expect(doc).toContain(`CAGR_a = ${pct(growth.figures.actualRate)}`);
    expect(doc).toContain(`CAGR_r = ${pct(growth.figures.requiredRate)}`);
    expect(doc).toContain(`ratio ${round(growth.figures.progressValue, 2)}, score ${round(growth.figures.score, 2)}`);
    expect(growth.status).toBe("moderate-progress");
    expect(doc).toContain("| `moderate-progress` |");
  });

  it("states the schedule figures the library computes", () => {
    expect(schedule.figures.completion).toBe("0.375");
    expect(schedule.figures.timeShare).toBe("0.6");
    expect(doc).toContain(
      `C = ${schedule.figures.completion} against τ = ${schedule.figures.timeShare}: lead ${schedule.figures.lead}, i.e. ${(
        -Number(schedule.figures.lead) * 100
      ).toFixed(1)} points behind`,
    );
    const linear = linearPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" })[3]?.value;
    const geometric = geometricPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" })[3]?.value;
    expect(doc).toContain(`linear path value for 2023 = ${linear} (geometric path ${round(geometric, 3)})`);
    expect(doc).toContain(`the geometric path expects only ${round(geometric, 3)}`);
    expect(schedule.status).toBe("behind-schedule");
  });

  it("states the projection figures the library computes", () => {
    const f = projection.figures;
    expect(doc).toContain(
      `slope ${f.slope} a year, ${f.projectedValue} in 2025 (completion ${f.projectedCompletion}); UNSD growth projection ${round(
        f.growthProjection,
        3,
      )}`,
    );
    expect(projection.status).toBe("accelerate");
  });
});

/** The worked example of docs/methodology.md: every figure there is recomputed here by the library. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type AssessInput, assess, cagr, geometricPath, linearPath, requiredRate } from "../src/progress/index.js";
import { fig } from "./support/figures.js";

const doc = readFileSync(join(resolve(import.meta.dirname, ".."), "docs/methodology.md"), "utf8");
const input: AssessInput = {
  direction: "increase",
  baseline: { year: 2020, value: "0.62" },
  target: { year: 2025, value: "1.5" },
  series: [{ year: 2023, value: "0.95" }],
};
const pct = (s: unknown) => `${(Number(s) * 100).toFixed(2)} %`;
const round = (s: unknown, places: number) => Number(s).toFixed(places);

describe("docs/methodology.md worked example", () => {
  const schedule = assess(input, { method: "schedule" });
  const growth = assess(input, { method: "growth-ratio" });
  const projection = assess(input, { method: "projection" });

  it("states the growth-ratio figures the library computes", () => {
    const actual = cagr("0.62", "0.95", 3);
    const required = requiredRate({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" });
    expect(pct(actual)).toBe("15.29 %");
    expect(pct(required)).toBe("19.33 %");
    expect(doc).toContain(`CAGR_a = ${pct(fig(growth, "actualRate"))}`);
    expect(doc).toContain(`CAGR_r = ${pct(fig(growth, "requiredRate"))}`);
    expect(doc).toContain(`ratio ${round(fig(growth, "progressValue"), 2)}, score ${round(fig(growth, "score"), 2)}`);
    expect(growth.status).toBe("moderate-progress");
    expect(doc).toContain("| `moderate-progress` |");
  });

  it("states the schedule figures the library computes", () => {
    expect(fig(schedule, "completion")).toBe("0.375");
    expect(fig(schedule, "timeShare")).toBe("0.6");
    expect(doc).toContain(
      `C = ${fig(schedule, "completion")} against τ = ${fig(schedule, "timeShare")}: lead ${fig(schedule, "lead")}, i.e. ${(
        -Number(fig(schedule, "lead")) * 100
      ).toFixed(1)} points behind`,
    );
    const linear = linearPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" })[3]?.value;
    const geometric = geometricPath({ year: 2020, value: "0.62" }, { year: 2025, value: "1.5" })[3]?.value;
    expect(doc).toContain(`linear path value for 2023 = ${linear} (geometric path ${round(geometric, 3)})`);
    expect(doc).toContain(`the geometric path expects only ${round(geometric, 3)}`);
    expect(schedule.status).toBe("behind-schedule");
  });

  it("states the projection figures the library computes", () => {
    // Narrowing on method and kind gives the projection's named figures.
    if (projection.method !== "projection" || projection.kind !== "end-level") throw new Error("not a projection");
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

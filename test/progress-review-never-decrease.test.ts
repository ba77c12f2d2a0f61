import { describe, expect, it } from "vitest";
import { assess } from "../src/progress/index.js";

const codes = (a: { notes: readonly { code: string }[] }) => a.notes.map((n) => n.code);

describe("review: never-decrease at the final evaluation needs every year of the period", () => {
  const nd = (points: Record<number, string>, asOf: string) =>
    assess(
      {
        direction: "increase",
        baseline: { year: 2020, value: "5" },
        target: { year: 2025 },
        series: Object.entries(points).map(([year, value]) => ({ year: Number(year), value })),
      },
      { method: "schedule", kind: "never-decrease", asOf },
    );

  it("2021 and 2022 rose, 2023–2025 unknown, asOf 2026: not achieved but not assessable, the missing years named", () => {
    // 5 → 6 → 7: no fall in the two years known; nothing is known of 2023, 2024, 2025, so 只增不减 over 2021–2025
    // cannot be confirmed (as for an annual floor with a gap in a finished period).
    const a = nd({ 2021: "6", 2022: "7" }, "2026-06-30");
    expect(a.status).toBe("not-assessable");
    expect(a.figures).toMatchObject({
      falls: 0,
      comparisons: 2,
      years: [
        { year: 2021, change: "rose" },
        { year: 2022, change: "rose" },
      ],
    });
    expect(a.notes.find((n) => n.code === "missing-years")?.message.en).toBe("no data for 2023, 2024, 2025");
  });

  it("a gap inside a finished period (2021, 2023–2025 known) is not assessable either: a fall may hide in it", () => {
    const a = nd({ 2021: "6", 2023: "7", 2024: "7", 2025: "8" }, "2026-06-30");
    expect(a.status).toBe("not-assessable");
    expect(codes(a)).toContain("missing-years");
  });

  it("every year known and no fall: achieved; a fall already seen: missed whatever is missing", () => {
    expect(nd({ 2021: "6", 2022: "6", 2023: "7", 2024: "7", 2025: "8" }, "2026-06-30").status).toBe("target-achieved");
    expect(nd({ 2021: "6", 2022: "5.5" }, "2026-06-30").status).toBe("target-missed");
    // While the period runs a gap only gets a note, as before.
    expect(nd({ 2021: "6", 2023: "7" }, "2024-06-30").status).toBe("on-schedule");
  });
});

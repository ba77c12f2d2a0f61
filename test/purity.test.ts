/**
 * The library leaves its users' programs as it found them: no global settings of decimal.js or zod changed, no
 * prototype touched, no clock read (the same call gives the same answer whatever the time), inputs not mutated.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import DecimalJs from "decimal.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { assess, assessPlan, validateObservations, wuwei14 } from "../src/index.js";
import { readObservationsCsv } from "../src/io/index.js";
import { renderHtml, renderText, scorecard } from "../src/report/index.js";
import { planJsonSchema } from "../src/schema/index.js";

const root = resolve(import.meta.dirname, "..");
const csv = readFileSync(resolve(root, "examples/wuwei-2020-2025.csv"));

/** Everything the library does in a typical run, from file text to rendered report. */
function everything() {
  const read = readObservationsCsv(csv);
  const { observations, issues } = validateObservations(wuwei14, read.rows);
  const results = (["schedule", "growth-ratio", "projection"] as const).map((method) => {
    const card = scorecard(wuwei14, observations, { asOf: "2026-11-27", method });
    return {
      plan: assessPlan(wuwei14, observations, { asOf: "2024-06-30", method }),
      card,
      text: renderText(card),
      html: renderHtml(card, { lang: "en" }),
    };
  });
  const single = assess(
    {
      direction: "increase",
      baseline: { year: 2020, value: "0.62" },
      target: { year: 2025, value: "1.5" },
      series: [{ year: 2023, value: "0.95" }],
    },
    { method: "growth-ratio", asOf: "2024-01-01" },
  );
  return { rows: read.rows.length, issues, observations, results, single, schema: planJsonSchema() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("purity", () => {
  it("changes neither decimal.js's global settings nor zod's global configuration", () => {
    const decimalSettings = () => ({
      precision: DecimalJs.precision,
      rounding: DecimalJs.rounding,
      toExpNeg: DecimalJs.toExpNeg,
      toExpPos: DecimalJs.toExpPos,
      minE: DecimalJs.minE,
      maxE: DecimalJs.maxE,
      modulo: DecimalJs.modulo,
      crypto: DecimalJs.crypto,
    });
    const decimalBefore = decimalSettings();
    const zodBefore = { ...z.config() };
    everything();
    expect(decimalSettings()).toEqual(decimalBefore);
    // decimal.js's defaults, as its documentation gives them.
    expect([DecimalJs.precision, DecimalJs.rounding, DecimalJs.toExpNeg, DecimalJs.toExpPos]).toEqual([20, 4, -7, 21]);
    expect({ ...z.config() }).toEqual(zodBefore);
  });

  it("reads no clock: the same calls give the same results a year apart", () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T08:00:00+08:00") });
    const now = everything();
    vi.setSystemTime(new Date("2031-02-03T23:59:59+08:00"));
    const later = everything();
    expect(later).toEqual(now);
  });

  it("adds nothing to Object.prototype or Array.prototype", () => {
    const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort();
    everything();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys);
  });

  it("does not mutate the rows and observations it is given", () => {
    const rows = readObservationsCsv(csv).rows;
    const rowsCopy = structuredClone(rows);
    const { observations } = validateObservations(wuwei14, rows);
    expect(rows).toEqual(rowsCopy);
    const observationsCopy = structuredClone(observations);
    scorecard(wuwei14, observations, { asOf: "2026-11-27", method: "schedule" });
    assessPlan(wuwei14, observations, { asOf: "2026-11-27", method: "growth-ratio" });
    expect(observations).toEqual(observationsCopy);
  });

  it("exports only frozen data: every exported object but the zod schemas (which zod caches into lazily) is deep-frozen", async () => {
    const entries = await Promise.all([
      import("../src/index.js"),
      import("../src/io/index.js"),
      import("../src/report/index.js"),
      import("../src/schema/index.js"),
    ]);
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === null || typeof value !== "object") return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], `${path}.${key}`);
    };
    let objects = 0;
    for (const entry of entries) {
      for (const [name, value] of Object.entries(entry)) {
        if (value === null || typeof value !== "object" || value instanceof z.ZodType) continue;
        objects++;
        walk(value, name);
      }
    }
    expect(objects).toBeGreaterThanOrEqual(3); // wuwei14, the issue codes, the messages, …
    expect(unfrozen).toEqual([]);
  });
});

/**
 * The JSON renderer in pieces (issue 13, item 6: a national scorecard is about 250 MB of JSON, which the CLI writes
 * piece by piece instead of as one string). The pieces joined must be exactly the text `JSON.stringify` gives for a
 * deep copy with sorted keys and a two-space indent — the published behaviour of `JSON.stringify` is the reference.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservations } from "@wuwei/sti-plan/io";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderJson, scorecard, scorecardByLevel } from "../src/report/index.js";
import { renderJsonChunks } from "../src/report/json.js";
import { planOverview } from "../src/report/overview.js";

/** A deep copy with every object's keys sorted, written independently of the renderer. */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortedCopy((value as Record<string, unknown>)[key]);
  return out;
}
const reference = (value: unknown) => `${JSON.stringify(sortedCopy(value), null, 2)}\n`;
const joined = (value: unknown) => [...renderJsonChunks(value)].join("");

describe("renderJsonChunks", () => {
  it("gives JSON.stringify's text for members JSON leaves out, empty lists and objects, nested text with breaks", () => {
    const tricky = {
      z: "last",
      b: undefined,
      a: [],
      c: {},
      d: [undefined, () => 1, { z: 1, y: [1, { x: 'a\nb "q"' }], w: undefined }, null, [[], [{}]]],
      e: null,
      f: { g: { h: [1, 2, { i: "中文" }] } },
      n: 1.5,
    };
    expect(joined(tricky)).toBe(reference(tricky));
    // Written out by hand for one small case: the top two levels by the chunker, the rest by JSON.stringify.
    expect(joined({ b: [{ y: 1, x: [2] }], a: 0 })).toBe(
      '{\n  "a": 0,\n  "b": [\n    {\n      "x": [\n        2\n      ],\n      "y": 1\n    }\n  ]\n}\n',
    );
    for (const scalar of [null, 1, "x", [], {}]) expect(joined(scalar)).toBe(reference(scalar));
  });

  const rows = readObservations(readFileSync(resolve(import.meta.dirname, "../examples/wuwei-2020-2025.csv"))).rows;
  const validated = validateObservations(wuwei14, rows);
  const card = scorecard(wuwei14, validated, { asOf: "2026-11-27", method: "schedule" });

  it("gives the example scorecard, the plan overview and the scorecard by level exactly as JSON.stringify does", () => {
    expect(joined(card)).toBe(reference(card));
    expect(renderJson(card)).toBe(reference(card));
    const overview = planOverview(wuwei14);
    expect(renderJson(overview)).toBe(reference(overview));
    const levels = scorecardByLevel(card, wuwei14);
    expect(renderJson(levels)).toBe(reference(levels));
  });

  it("cuts a large document into pieces of about a million characters", () => {
    const big = { rows: Array.from({ length: 3000 }, (_, i) => ({ id: i, text: "x".repeat(1000) })) };
    const pieces = [...renderJsonChunks(big)];
    // 3,000 rows of about 1,030 characters: about 3.1 million characters, so three or four pieces.
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    expect(pieces.length).toBeLessThanOrEqual(4);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeLessThan((1 << 20) + 2000);
    expect(pieces.join("")).toBe(reference(big));
  });

  it("orders index-like keys as an object does (numerically, first) and writes numbers as JSON does", () => {
    // Insertion order z, 10, a, 9: a sorted copy lists "9", "10" (array-index keys, numerically), then "a", "z".
    const value = { rows: [{ row: { z: 1, "10": -0, a: Number.NaN, "9": Number.POSITIVE_INFINITY, "01": 2 } }] };
    expect(joined(value)).toBe(reference(value));
    expect(joined(value)).toContain(
      '"9": null,\n        "10": 0,\n        "01": 2,\n        "a": null,\n        "z": 1',
    );
  });

  it("leaves out an own __proto__ key as a sorted copy does, and throws on a cycle instead of writing forever", () => {
    // JSON.parse makes `__proto__` an own key; a copy made by assignment sets the prototype instead of copying it.
    const parsed: unknown = JSON.parse('{"rows":[{"row":{"__proto__":{"a":1},"b":2}}],"__proto__":3}');
    expect(joined(parsed)).toBe(reference(parsed));
    expect(joined(parsed)).toBe('{\n  "rows": [\n    {\n      "row": {\n        "b": 2\n      }\n    }\n  ]\n}\n');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic["self"] = { back: cyclic };
    // Each level is a new sorted copy, so JSON.stringify cannot see the cycle: the stack runs out.
    expect(() => joined({ rows: [{ row: cyclic }] })).toThrow(RangeError);
  });

  /** The renderer before it wrote rows itself: JSON.stringify with a replacer that sorts each object's keys. */
  const replacer = (_key: string, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) out[key] = (v as Record<string, unknown>)[key];
    return out;
  };
  it("gives JSON.stringify's text for any value (dates, boxed values, null prototypes, sparse arrays, nesting)", () => {
    const anything = fc.anything({
      withBoxedValues: true,
      withDate: true,
      withNullPrototype: true,
      withSparseArray: true,
      withMap: true,
      withTypedArray: true,
      maxDepth: 5,
    });
    fc.assert(
      fc.property(anything, (value) => {
        const expected = `${JSON.stringify(value, replacer, 2) ?? "null"}\n`;
        expect(joined(value)).toBe(expected);
        expect(joined({ rows: [{ deep: value }] })).toBe(
          `${JSON.stringify({ rows: [{ deep: value }] }, replacer, 2)}\n`,
        );
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { validateObservations } from "../src/observations/index.js";
import { wuwei14 } from "../src/plans/wuwei14/index.js";
import { scorecard } from "../src/report/index.js";

// R&D intensity in Wuwei: baseline 0.62 % (2020), target 1.5 % by 2025 (表1). 0.95 reported for 2023, assessed as of
// 2024-06-30: completion (0.95 − 0.62) / (1.5 − 0.62) = 0.33 / 0.88 = 0.375; time share (2023 − 2020) / (2025 −
// 2020) = 0.6. The second row names no indicator of the plan, so validation drops it with an error.
const rows = [
  { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" },
  { indicator: "no-such-indicator", region: "wuwei", year: 2023, value: "1" },
];
const options = { asOf: "2024-06-30", method: "schedule", region: "wuwei" } as const;

describe("scorecard takes what validateObservations returned", () => {
  it("gives the same rows and the same unused figures as from the rows themselves", () => {
    const fromValidated = scorecard(wuwei14, validateObservations(wuwei14, rows), options);
    const fromRows = scorecard(wuwei14, rows, options);
    const rd = fromValidated.rows.find((r) => r.indicator.id === "rd-intensity");
    expect([rd?.status, rd?.figures["completion"], rd?.figures["timeShare"]]).toEqual([
      "behind-schedule",
      "0.375",
      "0.6",
    ]);
    expect(fromValidated.rows).toEqual(fromRows.rows);
    expect(fromValidated.unused.map((u) => [u.code, u.row])).toEqual([["unknown-indicator", 1]]);
    expect(fromRows.unused.map((u) => [u.code, u.row])).toEqual([["unknown-indicator", 1]]);
  });
});

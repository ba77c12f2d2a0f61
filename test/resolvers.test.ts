/**
 * One resolver each for regions, indicators, units and dates (issue 11): a name accepted in one place is accepted in
 * every other — a CSV file, validation, the queries and the CLI's options.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assess,
  findIndicatorByName,
  findRegion,
  getUnit,
  safeParseValue,
  validateObservations,
  wuwei14,
} from "../src/index.js";
import { readObservationsCsv } from "../src/io/index.js";
import { normaliseName } from "../src/model/resolve.js";
import { IsoDateSchema } from "../src/schema/index.js";
import { run } from "./support/cli.js";

describe("regions: 民勤 (the Chinese name of 民勤县 without 县) everywhere", () => {
  it("in a CSV file, in findRegion and in --region", async () => {
    const csv = "指标,地区,年份,数值\nhigh-tech-enterprises,民勤,2023,12\n";
    const read = readObservationsCsv(csv);
    const checked = validateObservations(wuwei14, read.rows);
    expect(checked.issues).toEqual([]);
    expect(checked.observations[0]?.region).toBe("minqin");

    expect(findRegion(wuwei14, "民勤")?.id).toBe("minqin");

    const byShort = await run(["report", "--region", "民勤", "--format", "json"]);
    expect(byShort.code).toBe(0);
    const byId = await run(["report", "--region", "minqin", "--format", "json"]);
    expect(JSON.parse(byShort.stdout).region).toBe("minqin");
    expect(byShort.stdout).toBe(byId.stdout);
  });

  it("full-width and spaced names resolve alike in validation and the queries", () => {
    for (const name of [
      "天祝县",
      "Tianzhu Tibetan Autonomous County",
      "tianzhu tibetan autonomous county",
      "ｔｉａｎｚｈｕ",
    ]) {
      const fromQuery = findRegion(wuwei14, name)?.id;
      const fromRows = validateObservations(wuwei14, [
        { indicator: "high-tech-enterprises", region: name, year: 2023, value: "3" },
      ]).observations[0]?.region;
      expect([name, fromQuery]).toEqual([name, "tianzhu"]);
      expect([name, fromRows]).toEqual([name, "tianzhu"]);
    }
    expect(findRegion(wuwei14, "兰州市")).toBeUndefined();
  });
});

describe("indicators and units: the names validation accepts, the queries accept", () => {
  it("an indicator by its name with the unit in brackets, as 表1 prints it", () => {
    expect(findIndicatorByName(wuwei14, "研发经费投入强度(%)")?.id).toBe("rd-intensity");
    const rows = validateObservations(wuwei14, [
      { indicator: "研发经费投入强度(%)", region: "wuwei", year: 2023, value: "0.9" },
    ]);
    expect(rows.observations[0]?.indicator).toBe("rd-intensity");
  });

  it("a unit by symbol, alias or full-width form in getUnit and in safeParseValue alike", () => {
    for (const label of ["亿元", "亿", "cny-100m", "100 million yuan"]) {
      expect(getUnit(wuwei14, label).id).toBe("cny-100m");
      // 1.5 亿元 is 15000 万元.
      expect(safeParseValue("1.5", { unit: "cny-10k", from: label })).toEqual({
        success: true,
        value: "15000",
        from: "cny-100m",
      });
    }
    expect(getUnit(wuwei14, "％").id).toBe("percent");
  });
});

describe("dates: one reader for assess, the plan schema and --as-of", () => {
  it("a day that does not exist is refused by each", async () => {
    const input = { direction: "increase", baseline: { year: 2020, value: "1" }, series: [] } as const;
    expect(() => assess(input, { method: "schedule", asOf: "2023-02-29" })).toThrowError(
      expect.objectContaining({ code: "invalid-date" }),
    );
    expect(IsoDateSchema.safeParse("2023-02-29").success).toBe(false);
    expect((await run(["report", "--as-of", "2023-02-29"])).code).toBe(2);
    // 2024 is a leap year: 29 February exists for all three.
    expect(assess(input, { method: "schedule", asOf: "2024-02-29" }).status).toBe("not-assessable");
    expect(IsoDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect((await run(["report", "--as-of", "2024-02-29"])).code).toBe(0);
  });
});

describe("normaliseName", () => {
  const slow = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  it("gives what NFKC, lower case and no white space give, for any text (its ASCII shortcut included)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => {
        expect(normaliseName(text)).toBe(slow(text));
      }),
      { numRuns: 2000 },
    );
  });
  it("folds full-width letters, case and inner spaces", () => {
    // Ｗｕｗｅｉ (full-width) → wuwei by NFKC; "RD Intensity" loses its space and case.
    expect(normaliseName("Ｗｕｗｅｉ")).toBe("wuwei");
    expect(normaliseName(" RD Intensity ")).toBe("rdintensity");
    expect(normaliseName("RD-INTENSITY")).toBe("rd-intensity");
    expect(normaliseName("民勤 县")).toBe("民勤县");
  });
});

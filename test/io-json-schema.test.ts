/** The shipped JSON Schema equals the generated one, and accepts exactly the canonical rows. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { validateObservations } from "@wuwei/sti-plan";
import { readObservationsCsv } from "@wuwei/sti-plan/io";
import { observationJsonSchema } from "@wuwei/sti-plan/schema";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "./support/fixture-plan.js";

const root = resolve(import.meta.dirname, "..");
const ajv = new Ajv2020({ strict: true, allErrors: true });
const check = ajv.compile(observationJsonSchema());

describe("observation JSON Schema", () => {
  it("is shipped as schemas/observation.schema.json, identical to observationJsonSchema() (run scripts/gen-schemas.mjs)", () => {
    const shipped = JSON.parse(readFileSync(resolve(root, "schemas/observation.schema.json"), "utf8"));
    expect(shipped).toEqual(observationJsonSchema());
  });

  it("is draft 2020-12 and lists the canonical fields", () => {
    const schema = observationJsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["additionalProperties"]).toBe(false);
    expect(Object.keys(schema["properties"] as object)).toEqual([
      "indicator",
      "region",
      "year",
      "value",
      "unit",
      "status",
      "reporting",
      "source",
      "note",
    ]);
  });

  it("accepts the valid rows of the messy CSV once converted to canonical JSON", () => {
    const read = readObservationsCsv(readFileSync(resolve(root, "test/fixtures/messy.csv")));
    const { observations } = validateObservations(fixturePlan, read.rows);
    expect(observations.length).toBe(9);
    for (const o of observations) expect(check(JSON.parse(JSON.stringify(o))), JSON.stringify(check.errors)).toBe(true);
    // The raw rows, as people wrote them, are not canonical.
    for (const row of read.rows) expect(check({ ...row })).toBe(false);
  });

  it.each([
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.81 }, true],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.81", status: "provisional" }, true],
    [{ indicator: "研发经费投入强度", region: "wuwei", year: 2023, value: "0.81" }, false],
    [{ indicator: "rd-intensity", region: "天祝县", year: 2023, value: "0.81" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: "2023", value: "0.81" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023.5, value: "0.81" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.81%" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "1,234" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "1e3" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.81", status: "P" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.81", colour: "red" }, false],
    [{ indicator: "rd-intensity", region: "wuwei", year: 2023 }, false],
  ])("%j valid: %s", (row, valid) => {
    expect(check(row)).toBe(valid);
  });
});

/** The plan's JSON Schema and the embedded plan as JSON, shipped for systems not written in TypeScript. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { definePlan, wuwei14 } from "../src/index.js";
import { planJsonSchema } from "../src/schema/index.js";

const root = resolve(import.meta.dirname, "..");
const shipped = (path: string) => JSON.parse(readFileSync(resolve(root, path), "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats["default"](ajv);
const check = ajv.compile(planJsonSchema());

describe("plan JSON Schema and data/wuwei14.json", () => {
  it("ships schemas/plan.schema.json identical to planJsonSchema() (run scripts/gen-schemas.mjs)", () => {
    expect(shipped("schemas/plan.schema.json")).toEqual(planJsonSchema());
  });

  it("ships data/wuwei14.json identical to the embedded plan, and definePlan gives the plan back from it", () => {
    const json = shipped("data/wuwei14.json");
    expect(json).toEqual(JSON.parse(JSON.stringify(wuwei14)));
    expect(definePlan(json)).toEqual(wuwei14);
  });

  it("accepts the embedded plan with a standard JSON Schema validator", () => {
    expect(check(shipped("data/wuwei14.json")), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  });

  it("rejects a plan with a bad id, a decimal written as a number and a missing title, naming each place", () => {
    const broken = JSON.parse(JSON.stringify(wuwei14));
    broken.id = "Wuwei 15";
    broken.indicators[1].targets[0].value = 1.5;
    delete broken.chapters[0].title;
    expect(check(broken)).toBe(false);
    const places = (check.errors ?? []).map((e) => e.instancePath);
    expect(places).toEqual(expect.arrayContaining(["/id", "/indicators/1/targets/0/value", "/chapters/0"]));
  });

  it("accepts the illustrative 15th-plan skeleton (examples/plan-15-skeleton.json), as definePlan does", () => {
    const skeleton = shipped("examples/plan-15-skeleton.json");
    expect(check(skeleton), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    const plan = definePlan(skeleton);
    expect([plan.period, plan.baselineYear, plan.indicators.length]).toEqual([{ start: 2026, end: 2030 }, 2025, 5]);
  });
});

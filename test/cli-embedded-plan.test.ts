import { describe, expect, it } from "vitest";
import { embeddedPlanJson, embeddedPlanSource } from "../scripts/embedded-plan.mjs";
import { definePlan } from "../src/model/definePlan.js";
import { wuwei14 } from "../src/plans/wuwei14/index.js";

// The built CLI embeds the plan as definePlan's output in JSON and only deep-freezes it at load (no zod, no
// cross-checks on a cold start). These tests prove that what it embeds passes the full check and equals its output.
describe("the CLI's embedded plan", () => {
  it("passes the full definePlan check and equals its output, undefined properties and key order included", async () => {
    const json: string = await embeddedPlanJson();
    const embedded = JSON.parse(json);
    const checked = definePlan(embedded);
    expect(checked).toStrictEqual(embedded);
    expect(embedded).toStrictEqual(wuwei14);
    // Same keys in the same order as the sources' definePlan output, so every command writes the same bytes.
    expect(json === JSON.stringify(wuwei14)).toBe(true);
  });

  it("is deep-frozen by the module that replaces the plan in the bundle", async () => {
    const source: string = await embeddedPlanSource();
    expect(source).toContain("deepFreeze(JSON.parse(");
    expect(source).not.toMatch(/import \{[^}]*definePlan/);
  });
});

/**
 * The embedded plan as a value: unique ids, deep-frozen, round-trips through JSON and definePlan, and a broken copy
 * gets every one of its problems reported with its path.
 */

import { definePlan, PlanValidationError, safeDefinePlan, wuwei14 } from "@wuwei/sti-plan";
import { describe, expect, it } from "vitest";

/** Every object and array inside a value, with its path. */
function nodes(value: unknown, path = "plan"): { path: string; node: object }[] {
  if (value === null || typeof value !== "object") return [];
  const children = Array.isArray(value)
    ? value.flatMap((v, i) => nodes(v, `${path}[${i}]`))
    : Object.entries(value).flatMap(([k, v]) => nodes(v, `${path}.${k}`));
  return [{ path, node: value }, ...children];
}

/** A fresh mutable copy of the embedded plan. */
// biome-ignore lint/suspicious/noExplicitAny: a test edits the plain JSON freely
const copy = (): any => JSON.parse(JSON.stringify(wuwei14));

describe("ids", () => {
  const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
  const unique = (list: readonly string[]) => expect(new Set(list).size).toBe(list.length);

  it("are unique within each kind", () => {
    unique(ids(wuwei14.regions));
    unique(ids(wuwei14.units));
    unique(ids(wuwei14.principles));
    unique(ids(wuwei14.decisions));
    unique(ids(wuwei14.chapters));
    unique(ids(wuwei14.chapters.flatMap((c) => c.sections)));
    unique(ids(wuwei14.chapters.flatMap((c) => c.sections.flatMap((s) => s.items))));
    unique(ids(wuwei14.boxes));
    unique(ids(wuwei14.boxes.flatMap((b) => b.tasks)));
    unique(ids(wuwei14.indicators));
    unique(ids(wuwei14.indicators.flatMap((i) => i.targets)));
  });

  it("name each section and item after its chapter and section", () => {
    for (const c of wuwei14.chapters) {
      expect(c.id).toBe(`ch${c.number}`);
      for (const s of c.sections) {
        expect(s.id).toBe(`${c.id}.s${s.number}`);
        for (const item of s.items) expect(item.id).toBe(`${s.id}.item-${item.number}`);
      }
    }
    expect(wuwei14.boxes.map((b) => b.id)).toEqual(wuwei14.boxes.map((_, i) => `box-${i + 1}`));
  });

  it("name each target after its indicator", () => {
    for (const i of wuwei14.indicators) for (const t of i.targets) expect(t.id.startsWith(`${i.id}.`)).toBe(true);
  });
});

describe("freezing", () => {
  it("freezes every object and array of the plan", () => {
    const all = nodes(wuwei14);
    expect(all.length).toBeGreaterThan(1000);
    const thawed = all.filter((n) => !Object.isFrozen(n.node)).map((n) => n.path);
    expect(thawed).toEqual([]);
  });

  it("rejects writes", () => {
    expect(() => {
      (wuwei14.indicators[0] as { id: string }).id = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (wuwei14.boxes as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(wuwei14.indicators[0]?.id).toBe("st-progress-rank");
  });
});

describe("round trip", () => {
  it("definePlan(JSON copy) deep-equals the embedded plan", () => {
    const again = definePlan(JSON.parse(JSON.stringify(wuwei14)));
    expect(again).toEqual(wuwei14);
    expect(again).not.toBe(wuwei14);
  });

  it("never changes or freezes its input", () => {
    const input = copy();
    const before = JSON.stringify(input);
    definePlan(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.indicators[0])).toBe(false);
  });
});

describe("a broken plan", () => {
  const broken = () => {
    const plan = copy();
    // 1. a duplicate indicator id
    plan.indicators[1].id = "st-progress-rank";
    // 2. an unknown region in a target
    plan.indicators[2].targets[1].regions.push("lanzhou");
    // 3. a target year outside 2021–2025
    plan.indicators[6].targets[0].year = 2030;
    // 4. a missing title
    delete plan.boxes[3].title;
    return plan;
  };

  it("gets ALL its problems reported with their paths, schema problems first", () => {
    const result = safeDefinePlan(broken());
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid", "boxes.3.title"],
      ["duplicate-id", "indicators.1.id"],
      ["unknown-reference", "indicators.2.targets.1.regions.4"],
      ["out-of-period", "indicators.6.targets.0.year"],
    ]);
    const messages = result.issues.map((i) => i.message.en).join("\n");
    expect(messages).toContain('duplicate indicator id "st-progress-rank"');
    expect(messages).toContain('unknown region "lanzhou"');
    expect(messages).toContain("target year 2030 is outside the period 2021–2025");
  });

  it("leaves out cross-reference problems inside a place the schema rejected", () => {
    const plan = copy();
    plan.indicators[3].regions = "wuwei";
    plan.indicators[3].targets[0].regions.push("lanzhou");
    const result = safeDefinePlan(plan);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid", "indicators.3.regions"],
    ]);
  });

  it("survives data too broken to cross-check", () => {
    for (const input of [null, 42, "plan", [], { indicators: 3 }]) {
      const result = safeDefinePlan(input);
      expect(result.success).toBe(false);
      expect(result.success ? [] : result.issues.every((i) => i.code === "invalid")).toBe(true);
    }
  });

  it("reports every schema problem at once, not only the first", () => {
    const plan = broken();
    delete plan.chapters[0].title;
    plan.indicators[0].baselines[0].value = "7.0.0";
    plan.boxes[0].tasks[0].id = "Box 1";
    const result = safeDefinePlan(plan);
    expect(result.success).toBe(false);
    if (result.success) return;
    const invalid = result.issues.filter((i) => i.code === "invalid");
    expect(invalid.map((i) => i.path.join(".")).sort()).toEqual([
      "boxes.0.tasks.0.id",
      "boxes.3.title",
      "chapters.0.title",
      "indicators.0.baselines.0.value",
    ]);
    // …followed by the three cross-reference problems of the broken plan.
    expect(result.issues.slice(invalid.length).map((i) => i.code)).toEqual([
      "duplicate-id",
      "unknown-reference",
      "out-of-period",
    ]);
  });

  it("throws PlanValidationError from definePlan with the same problems", () => {
    const plan = broken();
    let caught: unknown;
    try {
      definePlan(plan);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanValidationError);
    const error = caught as PlanValidationError;
    expect(error.issues).toHaveLength(4);
    expect(error.message).toContain("invalid plan: 4 problems");
    expect(error.message).toContain("indicators.6.targets.0.year");
  });

  it("reports a task linked to an unknown indicator, and a box in an unknown section", () => {
    const plan = copy();
    plan.boxes[15].tasks[0].indicators = ["high-tech-enterprise"];
    plan.boxes[0].section = "ch3.s9";
    const result = safeDefinePlan(plan);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["unknown-reference", "boxes.0.section"],
      ["unknown-reference", "boxes.15.tasks.0.indicators.0"],
    ]);
  });
});

describe("regions as a tree, targets by level", () => {
  it("expands the embedded plan's 'each county: 1 %' (levels: county) into the four counties, in plan order", () => {
    const target = wuwei14.indicators
      .find((i) => i.id === "fiscal-st-share")
      ?.targets.find((t) => t.id === "fiscal-st-share.2025.county");
    expect(target?.levels).toEqual(["county"]);
    expect(target?.regions).toEqual(["liangzhou", "minqin", "gulang", "tianzhu"]);
  });

  it("accepts a province above the city, and refuses a parent that is not of a higher level", () => {
    const ok = copy();
    ok.regions = [{ id: "gansu", name: { zh: "甘肃省", en: "Gansu Province" }, level: "province" }, ...ok.regions];
    ok.regions[1].parent = "gansu";
    expect(safeDefinePlan(ok).success).toBe(true);

    const wrong = copy();
    wrong.regions[2].parent = "liangzhou"; // 民勤县 under 凉州区: a county under a county
    const result = safeDefinePlan(wrong);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["inconsistent", "regions.2.parent"],
    ]);
  });

  it("says so when the levels of a target match none of the indicator's regions", () => {
    const plan = copy();
    const indicator = plan.indicators.find((i: { id: string }) => i.id === "st-progress-rank");
    indicator.targets[0].regions = [];
    indicator.targets[0].levels = ["county"]; // the province's ranking of cities: the city only
    const result = safeDefinePlan(plan);
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      {
        zh: "该指标没有县级地区（层级 county）",
        en: "none of the indicator's regions is at the level county",
      },
    ]);
    expect(result.success ? [] : result.issues.map((i) => i.params)).toEqual([
      { rule: "levels-match-no-region", levels: ["county"] },
    ]);
  });
});

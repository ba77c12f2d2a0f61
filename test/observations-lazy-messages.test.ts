import { describe, expect, it } from "vitest";
import { safeParseValue, validateObservations, wuwei14 } from "../src/index.js";

// Messages are rendered when first read (issue 13, item 7), yet an issue must read, freeze, clone and serialise as a
// plain `{ zh, en }` message would. The texts below are written from the locales' templates by hand: the default
// years of the 14th plan are 2015–2030 (five years either side of the baseline year 2020 and the period's end 2025).
describe("issue messages, rendered when read", () => {
  const row = { indicator: "rd-intensity", region: "wuwei", year: 2035, value: "1" };
  const EN = "year 2035 is outside 2015–2030";
  const ZH = "年份 2035 超出 2015—2030 的范围";

  it("reads as plain text in both languages, the same each time", () => {
    const [issue] = validateObservations(wuwei14, [row]).issues;
    expect(issue?.code).toBe("year-out-of-range");
    expect(issue?.message.en).toBe(EN);
    expect(issue?.message.zh).toBe(ZH);
    expect(issue?.message.en).toBe(EN);
  });

  it("is a frozen object with the enumerable keys zh and en", () => {
    const [issue] = validateObservations(wuwei14, [row]).issues;
    expect(Object.isFrozen(issue)).toBe(true);
    expect(Object.isFrozen(issue?.message)).toBe(true);
    expect(Object.keys(issue?.message ?? {})).toEqual(["zh", "en"]);
    expect(() => {
      (issue?.message as { en: string }).en = "changed";
    }).toThrow(TypeError);
    expect(issue?.message.en).toBe(EN);
  });

  it("serialises and clones with its texts", () => {
    const [issue] = validateObservations(wuwei14, [row]).issues;
    expect(JSON.parse(JSON.stringify(issue)).message).toEqual({ zh: ZH, en: EN });
    expect(structuredClone(issue)?.message).toEqual({ zh: ZH, en: EN });
    expect({ ...issue?.message }).toEqual({ zh: ZH, en: EN });
  });

  it("is the same for a failed safeParseValue", () => {
    const bad = safeParseValue("abc", { unit: "percent" });
    expect(bad.success ? "" : bad.message.en).toBe('the value "abc" is not a number');
    expect(JSON.parse(JSON.stringify(bad)).message.en).toBe('the value "abc" is not a number');
  });
});

describe("suggestions remembered per name", () => {
  it("gives every row with the same misspelt name its own, equal list", () => {
    const rows = [0, 1, 2].map((i) => ({ indicator: "rd-intensty", region: "wuwei", year: 2021 + i, value: "1" }));
    const issues = validateObservations(wuwei14, rows).issues;
    expect(issues.map((i) => i.code)).toEqual(["unknown-indicator", "unknown-indicator", "unknown-indicator"]);
    // rd-intensty is rd-intensity with one letter left out.
    expect(issues.map((i) => i.params.suggestions?.[0])).toEqual(["rd-intensity", "rd-intensity", "rd-intensity"]);
    expect(issues[0]?.params.suggestions).not.toBe(issues[1]?.params.suggestions);
  });
});

import {
  findBoxByTitle,
  findIndicator,
  findIndicatorByName,
  findRegion,
  findTaskByTitle,
  getIndicator,
  getRegion,
  getUnit,
  headlineIndicators,
  targetsFor,
  UnknownIdError,
  wuwei14,
} from "@wuwei/sti-plan";
import { describe, expect, it } from "vitest";
import { thrown } from "./support/thrown.js";

describe("getIndicator / findIndicator", () => {
  it("returns the plan's own frozen indicator", () => {
    const rd = getIndicator(wuwei14, "rd-intensity");
    expect(rd).toBe(wuwei14.indicators[1]);
    expect(Object.isFrozen(rd)).toBe(true);
    expect(findIndicator(wuwei14, "tech-contract-turnover")?.unit).toBe("cny-100m");
    expect(findIndicator(wuwei14, "rd-intensty")).toBeUndefined();
  });

  it("throws UnknownIdError with the closest ids for a misspelt id", () => {
    const error = thrown(UnknownIdError, () => getIndicator(wuwei14, "rd-intensty"));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("UnknownIdError");
    expect(error.code).toBe("unknown-id");
    expect(error.kind).toBe("indicator");
    expect(error.id).toBe("rd-intensty");
    expect(error.suggestions[0]).toBe("rd-intensity");
    expect(error.message).toContain('unknown indicator "rd-intensty" in plan wuwei-14');
    expect(error.message).toContain('did you mean "rd-intensity"');
  });

  it("suggests nothing when nothing is close", () => {
    const error = thrown(UnknownIdError, () => getIndicator(wuwei14, "zzzz-qqqq"));
    expect(error.suggestions).toEqual([]);
    expect(error.message).not.toContain("did you mean");
  });
});

describe("headlineIndicators", () => {
  it("lists the eight 表1 rows in row order", () => {
    expect(headlineIndicators(wuwei14).map((i) => i.id)).toEqual([
      "st-progress-rank",
      "rd-intensity",
      "fiscal-st-share",
      "enterprise-rd-share",
      "rd-personnel-per-10k",
      "high-value-patents-per-10k",
      "tech-contract-turnover",
      "high-tech-enterprises",
    ]);
  });

  it("orders by row, not by position, and leaves the plan untouched", () => {
    const reversed = { ...wuwei14, indicators: [...wuwei14.indicators].reverse() };
    expect(headlineIndicators(reversed).map((i) => i.headline?.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(wuwei14.indicators[0]?.id).toBe("st-progress-rank");
  });
});

describe("targetsFor", () => {
  it("returns all targets without options", () => {
    expect(targetsFor(wuwei14, "fiscal-st-share").map((t) => t.id)).toEqual([
      "fiscal-st-share.2025.city",
      "fiscal-st-share.2025.county",
    ]);
  });

  it("filters by region id, name or alias", () => {
    expect(targetsFor(wuwei14, "fiscal-st-share", { region: "wuwei" }).map((t) => t.value)).toEqual(["2"]);
    for (const county of ["liangzhou", "民勤县", "Gulang County", "天祝县"]) {
      expect(targetsFor(wuwei14, "fiscal-st-share", { region: county }).map((t) => t.value)).toEqual(["1"]);
    }
    expect(targetsFor(wuwei14, "rd-intensity", { region: "minqin" })).toEqual([]);
  });

  it("filters by the year a target is due", () => {
    expect(targetsFor(wuwei14, "rd-intensity", { year: 2025 }).map((t) => t.value)).toEqual(["1.5"]);
    expect(targetsFor(wuwei14, "rd-intensity", { year: 2024 })).toEqual([]);
    // Annual floors and never-decrease apply to every year from 2021 to 2025.
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect(targetsFor(wuwei14, "tech-smes-evaluated", { year }).map((t) => t.value)).toEqual(["90"]);
      expect(targetsFor(wuwei14, "fiscal-st-expenditure", { year, region: "gulang" })).toHaveLength(1);
    }
    expect(targetsFor(wuwei14, "tech-smes-evaluated", { year: 2020 })).toEqual([]);
    expect(targetsFor(wuwei14, "tech-smes-evaluated", { year: 2026 })).toEqual([]);
    // A cumulative total is due at the end.
    expect(targetsFor(wuwei14, "st-innovation-platforms", { year: 2023 })).toEqual([]);
    expect(targetsFor(wuwei14, "st-innovation-platforms", { year: 2025 })).toHaveLength(1);
  });

  it("rejects an unknown indicator or region", () => {
    expect(thrown(UnknownIdError, () => targetsFor(wuwei14, "rd-intensty")).kind).toBe("indicator");
    const region = thrown(UnknownIdError, () => targetsFor(wuwei14, "rd-intensity", { region: "minqn" }));
    expect(region.kind).toBe("region");
    expect(region.suggestions[0]).toBe("minqin");
  });
});

describe("lookups by Chinese text", () => {
  it("finds indicators by exact name first, then by substring", () => {
    expect(findIndicatorByName(wuwei14, "高新技术企业数")?.id).toBe("high-tech-enterprises");
    // Exact beats an earlier partial match: "省级科技创新型企业" is also inside a park indicator's name, which comes
    // first once the indicators are reversed.
    const reversed = { ...wuwei14, indicators: [...wuwei14.indicators].reverse() };
    expect(findIndicatorByName(reversed, "工业园区新增省级科技创新型企业")).toBeDefined();
    expect(findIndicatorByName(reversed, "省级科技创新型企业")?.id).toBe("provincial-innovative-enterprises");
    expect(findIndicatorByName(reversed, "科技创新型企业")?.id).toBe("park-provincial-innovative-enterprises-added");
    expect(findIndicatorByName(wuwei14, "研发经费")?.id).toBe("rd-intensity");
    expect(findIndicatorByName(wuwei14, " 科普从业人员 ")?.id).toBe("sci-pop-workers");
    // "GDP" is the id of the GDP component indicator (地区生产总值), which validation accepts in a CSV: the one
    // resolver finds it here too. A name the plan does not have is still not found.
    expect(findIndicatorByName(wuwei14, "GDP")?.id).toBe("gdp");
    expect(findIndicatorByName(wuwei14, "人均收入")).toBeUndefined();
    expect(findIndicatorByName(wuwei14, "")).toBeUndefined();
  });

  it("finds boxes by title", () => {
    expect(findBoxByTitle(wuwei14, "自主创新能力提升重点工程")?.id).toBe("box-16");
    expect(findBoxByTitle(wuwei14, "现代农业")?.id).toBe("box-2");
    expect(findBoxByTitle(wuwei14, "科技支撑引领现代农业发展重点任务")?.id).toBe("box-5");
    expect(findBoxByTitle(wuwei14, "太空")).toBeUndefined();
  });

  it("finds tasks by title", () => {
    expect(findTaskByTitle(wuwei14, "智慧医疗")?.id).toBe("box-12.task-4");
    expect(findTaskByTitle(wuwei14, "加强农业种质资源创新")?.id).toBe("box-5.task-1");
    expect(findTaskByTitle(wuwei14, "生产安全")?.id).toBe("box-14.task-2");
    expect(findTaskByTitle(wuwei14, "科普")?.id).toBe("box-23.task-2");
    expect(findTaskByTitle(wuwei14, "月球")).toBeUndefined();
  });
});

describe("regions and units", () => {
  it("resolves regions by id, name and alias", () => {
    expect(findRegion(wuwei14, "tianzhu")?.name.zh).toBe("天祝藏族自治县");
    expect(findRegion(wuwei14, "天祝县")?.id).toBe("tianzhu");
    expect(findRegion(wuwei14, "天祝")?.id).toBe("tianzhu");
    expect(findRegion(wuwei14, "武威市")?.id).toBe("wuwei");
    expect(findRegion(wuwei14, "wuwei city")?.id).toBe("wuwei");
    expect(findRegion(wuwei14, "张掖市")).toBeUndefined();
    expect(getRegion(wuwei14, "凉州区").id).toBe("liangzhou");
    const error = thrown(UnknownIdError, () => getRegion(wuwei14, "liangzou"));
    expect([error.kind, error.suggestions[0]]).toEqual(["region", "liangzhou"]);
  });

  it("resolves units by id, symbol and alias", () => {
    expect(getUnit(wuwei14, "percent").dimension).toBe("percent");
    expect(getUnit(wuwei14, "亿元").id).toBe("cny-100m");
    expect(getUnit(wuwei14, "亿").id).toBe("cny-100m");
    expect(getUnit(wuwei14, "人年").id).toBe("person-year");
    const error = thrown(UnknownIdError, () => getUnit(wuwei14, "cny-100"));
    expect(error.kind).toBe("unit");
    expect(error.suggestions).toContain("cny-100m");
  });
});

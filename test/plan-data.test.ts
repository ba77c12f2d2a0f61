/**
 * The embedded plan against its text: every quote is on its line, the outline and boxes are complete, and every
 * figure matches values read by hand from `data/wuwei14.txt`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Indicator, type Target, validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const text = readFileSync(resolve(root, wuwei14.document.text));
const lines = text.toString("utf8").split("\n");

/** Every `{ line, quote }` object anywhere in a value, with its path. */
function sources(value: unknown, path = "plan"): { path: string; line: number; quote: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sources(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const o = value as Record<string, unknown>;
  const own =
    typeof o["line"] === "number" && typeof o["quote"] === "string"
      ? [{ path, line: o["line"], quote: o["quote"] }]
      : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => sources(v, `${path}.${k}`))];
}

const indicator = (id: string): Indicator => {
  const found = wuwei14.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found as Indicator;
};

/** A compact view of a target for comparison with hand-written expectations. */
const view = (t: Target | (typeof wuwei14.indicators)[number]["targets"][number]) => ({
  kind: t.kind,
  comparator: t.comparator,
  value: t.value,
  year: t.year,
  from: t.from,
  regions: [...t.regions],
});

describe("provenance", () => {
  const all = sources(wuwei14);

  it("finds the sources of every title and figure", () => {
    // 1 document + 2 basedOn + 4 principles + 8 chapters + 30 sections + 30 items + 23 boxes + 104 tasks = 202,
    // plus indicators, baselines, targets and alsoStated.
    expect(all.length).toBeGreaterThan(202 + 60);
  });

  it.each(all.map((s) => [s.path, s] as const))("%s quotes its line", (_path, s) => {
    expect(lines[s.line - 1], `line ${s.line}`).toContain(s.quote);
  });

  it("quotes the 表1 cells as printed", () => {
    expect(lines[107]).toBe("0.62");
    expect(lines[115]).toBe("市本级0.75");
    // The table omits the 、 that line 76 has between the two figures.
    expect(lines[117]).toBe("力争分别达到2%1%");
    expect(lines[75]).toContain("力争达到2%、1%");
  });
});

describe("document", () => {
  it("has the metadata of 武政办发〔2022〕9号 (lines 3–25)", () => {
    expect(wuwei14.title.zh).toBe(lines[24]);
    expect(wuwei14.document.number).toBe(lines[9]);
    expect(lines[2]).toContain(wuwei14.document.indexNumber);
    expect(lines[5]).toContain(`成文日期: ${wuwei14.document.written}`);
    expect(lines[4]).toContain(`发文日期: ${wuwei14.document.issued}`);
    expect(lines[7]).toContain("发布日期: 2022-01-12 10:25");
    expect(wuwei14.document.published).toBe("2022-01-12T10:25:00+08:00");
    expect(lines[18]?.trim()).toBe(wuwei14.document.issuer.zh);
    expect(wuwei14.period).toEqual({ start: 2021, end: 2025 });
    expect(wuwei14.baselineYear).toBe(2020);
    expect(wuwei14.basedOn.map((b) => b.number)).toEqual(["甘政办发〔2021〕90号", "武政发〔2021〕17号"]);
  });

  it("ships the text it cites, with the hash it states (587 lines, 83,117 bytes)", () => {
    expect(wuwei14.document.text).toBe("data/wuwei14.txt");
    expect(createHash("sha256").update(text).digest("hex")).toBe(wuwei14.document.sha256);
    expect(text.length).toBe(83117);
    expect(lines.length).toBe(587); // 586 line feeds; the last line has none
  });
});

describe("outline", () => {
  it("has the four basic principles, verbatim with the document's ASCII commas", () => {
    expect(wuwei14.principles.map((p) => [p.title.zh, p.source.line])).toEqual([
      ["坚持市场导向,突出创新服务", 64],
      ["坚持创新驱动,突出高端引领", 66],
      ["坚持开放协同,突出资源整合", 68],
      ["坚持特色发展,突出先行先试", 70],
    ]);
  });

  it("has the eight chapters in order", () => {
    expect(wuwei14.chapters.map((c) => [c.id, c.number, c.title.zh, c.source.line])).toEqual([
      ["ch1", 1, "基础与形势", 30],
      ["ch2", 2, "思路与目标", 56],
      ["ch3", 3, "拓展创新发展新空间", 162],
      ["ch4", 4, "创新驱动引领产业高质量发展", 224],
      ["ch5", 5, "强化科技支撑民生改善", 346],
      ["ch6", 6, "实施科技创新重点工程", 422],
      ["ch7", 7, "优化创新创业生态环境", 512],
      ["ch8", 8, "保障措施", 566],
    ]);
  });

  it("has every section with its number of numbered items", () => {
    const counts = Object.fromEntries(
      wuwei14.chapters.flatMap((c) => c.sections.map((s) => [s.id, s.items.length] as const)),
    );
    expect(counts).toEqual({
      "ch1.s1": 6,
      "ch1.s2": 0,
      "ch2.s1": 0,
      "ch2.s2": 0,
      "ch2.s3": 4,
      "ch3.s1": 0,
      "ch3.s2": 0,
      "ch3.s3": 0,
      "ch3.s4": 0,
      "ch4.s1": 4,
      "ch4.s2": 3,
      "ch4.s3": 0,
      "ch4.s4": 0,
      "ch4.s5": 0,
      "ch4.s6": 0,
      "ch5.s1": 0,
      "ch5.s2": 0,
      "ch5.s3": 0,
      "ch5.s4": 0,
      "ch5.s5": 0,
      "ch6.s1": 3,
      "ch6.s2": 4,
      "ch6.s3": 3,
      "ch6.s4": 3,
      "ch7.s1": 0,
      "ch7.s2": 0,
      "ch7.s3": 0,
      "ch7.s4": 0,
      "ch8.s1": 0,
      "ch8.s2": 0,
      "ch8.s3": 0,
      "ch8.s4": 0,
    });
  });

  it("takes item titles from the lead phrase of their line", () => {
    const ch1 = wuwei14.chapters[0]?.sections[0]?.items[0];
    expect(ch1).toMatchObject({ id: "ch1.s1.item-1", number: 1, source: { line: 36 } });
    expect(ch1?.title.zh).toBe("科技综合实力持续提升");
    const seeds = wuwei14.chapters[3]?.sections[0]?.items.map((i) => [i.title.zh, i.source.line]);
    expect(seeds).toEqual([
      ["农业种质资源创新", 232],
      ["现代农机装备与节水灌溉设施", 234],
      ["绿色农畜产品精深加工", 236],
      ["建设现代农业科技支撑体系", 238],
    ]);
    const goals = wuwei14.chapters[1]?.sections[2]?.items.map((i) => [i.title.zh, i.source.line]);
    expect(goals).toEqual([
      ["科技创新综合实力持续提升", 76],
      ["产业技术创新水平不断攀升", 78],
      ["科技创新资源加速聚集", 80],
      ["科技创新创业环境更加优化", 82],
    ]);
  });

  it("numbers items and sections from 1 without gaps", () => {
    for (const c of wuwei14.chapters) {
      expect(c.sections.map((s) => s.number)).toEqual(c.sections.map((_, i) => i + 1));
      for (const s of c.sections) expect(s.items.map((i) => i.number)).toEqual(s.items.map((_, i) => i + 1));
    }
  });
});

describe("boxes", () => {
  it("has the 23 boxes with their task counts (counted by hand)", () => {
    expect(wuwei14.boxes.map((b) => b.tasks.length)).toEqual([
      5, 3, 5, 5, 8, 6, 5, 4, 6, 5, 3, 5, 4, 6, 3, 3, 5, 5, 5, 3, 3, 3, 4,
    ]);
    expect(wuwei14.boxes.reduce((n, b) => n + b.tasks.length, 0)).toBe(104);
  });

  it("gives each box its kind, place and line", () => {
    expect(wuwei14.boxes.map((b) => `${b.id} ${b.kind} ${b.chapter}/${b.section ?? "-"} ${b.source.line}`)).toEqual([
      "box-1 key-tasks ch3/ch3.s1 168",
      "box-2 key-tasks ch3/ch3.s2 184",
      "box-3 key-tasks ch3/ch3.s3 196",
      "box-4 key-tasks ch3/ch3.s4 212",
      "box-5 key-tasks ch4/ch4.s1 240",
      "box-6 key-tasks ch4/ch4.s2 268",
      "box-7 key-tasks ch4/ch4.s3 286",
      "box-8 key-tasks ch4/ch4.s4 302",
      "box-9 key-tasks ch4/ch4.s5 316",
      "box-10 key-tasks ch4/ch4.s6 334",
      "box-11 key-directions ch5/ch5.s1 354",
      "box-12 key-directions ch5/ch5.s2 366",
      "box-13 key-directions ch5/ch5.s3 382",
      "box-14 key-directions ch5/ch5.s4 396",
      "box-15 key-directions ch5/ch5.s5 414",
      "box-16 key-projects ch6/ch6.s1 436",
      "box-17 key-projects ch6/ch6.s2 456",
      "box-18 key-projects ch6/ch6.s3 478",
      "box-19 key-projects ch6/ch6.s4 500",
      "box-20 key-points ch7/ch7.s1 520",
      "box-21 key-points ch7/ch7.s2 532",
      "box-22 key-points ch7/ch7.s3 544",
      "box-23 key-tasks ch7/ch7.s4 556",
    ]);
  });

  it("takes box titles verbatim from the 专栏 line", () => {
    for (const b of wuwei14.boxes) {
      expect(lines[b.source.line - 1]).toBe(`专栏${b.number}\u00a0\u00a0${b.title.zh}`);
    }
  });

  it("takes task titles from the lead phrase, or a clause of a one-sentence task", () => {
    const task = (box: number, n: number) => wuwei14.boxes[box - 1]?.tasks[n - 1];
    expect(task(1, 1)?.title.zh).toBe("推进高效节水技术推广示范基地建设");
    expect(task(16, 2)).toMatchObject({
      id: "box-16.task-2",
      title: { zh: "知识产权优势企业培育" },
      source: { line: 440 },
      indicators: ["ip-advantage-enterprises"],
    });
    expect(task(19, 2)?.title.zh).toBe("加大财政科技投入力度");
    expect(task(22, 1)?.source.line).toBe(546);
    for (const b of wuwei14.boxes) {
      b.tasks.forEach((t, i) => {
        expect(t.number).toBe(i + 1);
        expect(t.id).toBe(`${b.id}.task-${i + 1}`);
        expect(lines[t.source.line - 1]?.startsWith(`${t.number}.`)).toBe(true);
        expect(lines[t.source.line - 1]).toContain(t.title.zh);
        expect(t.title.zh).not.toContain("。");
      });
    }
  });

  it("links tasks to the indicators they state", () => {
    const links = wuwei14.boxes.flatMap((b) => b.tasks.flatMap((t) => (t.indicators ?? []).map((i) => `${t.id}→${i}`)));
    expect(links).toEqual([
      "box-4.task-1→park-provincial-innovative-enterprises-added",
      "box-4.task-1→park-high-tech-enterprises-added",
      "box-5.task-1→livestock-breed-coverage",
      "box-9.task-6→testing-bodies-added",
      "box-11.task-1→upgraded-provincial-agri-parks",
      "box-16.task-1→high-tech-enterprises",
      "box-16.task-2→ip-advantage-enterprises",
      "box-16.task-3→tech-smes-evaluated",
      "box-17.task-4→high-level-talent-absorbed",
      "box-18.task-1→st-innovation-platforms",
      "box-19.task-2→fiscal-st-expenditure",
      "box-19.task-2→fiscal-st-share",
      "box-23.task-3→provincial-sci-pop-bases",
      "box-23.task-3→municipal-sci-pop-bases",
      "box-23.task-3→sci-pop-venues",
      "box-23.task-3→sci-pop-workers",
    ]);
  });
});

describe("English names", () => {
  it("use the glossary's terms wherever the Chinese has them", () => {
    const titles = [
      ...wuwei14.indicators.map((i) => i.name),
      ...wuwei14.boxes.flatMap((b) => [b.title, ...b.tasks.map((t) => t.title)]),
      ...wuwei14.chapters.flatMap((c) => [
        c.title,
        ...c.sections.flatMap((s) => [s.title, ...s.items.map((i) => i.title)]),
      ]),
    ];
    const glossary: [string, RegExp, number][] = [
      ["科技特派员", /commissioner/i, 5],
      ["高新技术企业", /high-tech enterprise/i, 5],
      ["科技型中小企业", /technology-based SME/i, 1],
      ["科普基地", /science popularisation base/i, 2],
      ["检验检测认证", /testing, inspection and certification/i, 2],
      ["专精特新", /specialised and innovative/i, 1],
      ["科技创新平台", /S&T innovation platform/i, 2],
    ];
    for (const [zh, en, count] of glossary) {
      const found = titles.filter((t) => t.zh.includes(zh));
      expect(found.length, zh).toBe(count);
      for (const t of found) expect(t.en, t.zh).toMatch(en);
    }
    // 社会安全 is public order and safety, not social security (welfare).
    expect(wuwei14.boxes[13]?.tasks[0]?.title).toEqual({ zh: "社会安全治理", en: "Social safety governance" });
  });
});

describe("表1 headline indicators (lines 84–160)", () => {
  const headline = wuwei14.indicators.filter((i) => i.headline);

  it("has the eight rows in table order, all 预期性 (expected)", () => {
    expect(headline.map((i) => [i.headline?.row, i.id, i.attribute])).toEqual([
      [1, "st-progress-rank", "expected"],
      [2, "rd-intensity", "expected"],
      [3, "fiscal-st-share", "expected"],
      [4, "enterprise-rd-share", "expected"],
      [5, "rd-personnel-per-10k", "expected"],
      [6, "high-value-patents-per-10k", "expected"],
      [7, "tech-contract-turnover", "expected"],
      [8, "high-tech-enterprises", "expected"],
    ]);
    expect(wuwei14.indicators.slice(0, 8).map((i) => i.id)).toEqual(headline.map((i) => i.id));
  });

  it("has the 2020 (实际) column as baselines", () => {
    expect(
      Object.fromEntries(headline.map((i) => [i.id, i.baselines.map((b) => `${b.region} ${b.year} ${b.value}`)])),
    ).toEqual({
      "st-progress-rank": ["wuwei 2020 7"],
      "rd-intensity": ["wuwei 2020 0.62"],
      "fiscal-st-share": ["wuwei 2020 0.75"],
      "enterprise-rd-share": ["wuwei 2020 1.18"],
      "rd-personnel-per-10k": ["wuwei 2020 6.68"],
      "high-value-patents-per-10k": ["wuwei 2020 1.43"],
      "tech-contract-turnover": ["wuwei 2020 14.1"],
      "high-tech-enterprises": ["wuwei 2020 59"],
    });
    expect(headline.map((i) => i.baselines[0]?.source.line)).toEqual([100, 108, 116, 124, 132, 140, 148, 156]);
  });

  it("has the 2025 (预期) column as targets, with the body's wording", () => {
    expect(Object.fromEntries(headline.map((i) => [i.id, i.targets.map(view)]))).toEqual({
      "st-progress-rank": [
        { kind: "rank", comparator: "reach", value: "6", year: 2025, from: undefined, regions: ["wuwei"] },
      ],
      "rd-intensity": [
        { kind: "end-level", comparator: "strive-for", value: "1.5", year: 2025, from: undefined, regions: ["wuwei"] },
      ],
      "fiscal-st-share": [
        { kind: "end-level", comparator: "strive-for", value: "2", year: 2025, from: undefined, regions: ["wuwei"] },
        {
          kind: "end-level",
          comparator: "strive-for",
          value: "1",
          year: 2025,
          from: undefined,
          regions: ["liangzhou", "minqin", "gulang", "tianzhu"],
        },
      ],
      "enterprise-rd-share": [
        { kind: "end-level", comparator: "reach", value: "1.2", year: 2025, from: undefined, regions: ["wuwei"] },
      ],
      "rd-personnel-per-10k": [
        { kind: "end-level", comparator: "reach", value: "7.1", year: 2025, from: undefined, regions: ["wuwei"] },
      ],
      "high-value-patents-per-10k": [
        { kind: "end-level", comparator: "at-least", value: "1.71", year: 2025, from: undefined, regions: ["wuwei"] },
      ],
      "tech-contract-turnover": [
        { kind: "end-level", comparator: "reach", value: "28", year: 2025, from: undefined, regions: ["wuwei"] },
      ],
      "high-tech-enterprises": [
        { kind: "end-level", comparator: "at-least", value: "70", year: 2025, from: undefined, regions: ["wuwei"] },
      ],
    });
    expect(headline.flatMap((i) => i.targets.map((t) => t.source.line))).toEqual([
      102, 110, 118, 118, 126, 134, 142, 150, 158,
    ]);
  });

  it("records where the body states the same targets", () => {
    const also = (id: string) => indicator(id).targets.flatMap((t) => (t.alsoStated ?? []).map((s) => s.line));
    expect(also("rd-intensity")).toEqual([76]);
    expect(also("fiscal-st-share")).toEqual([76, 504, 76, 504]);
    expect(also("enterprise-rd-share")).toEqual([78]);
    expect(also("rd-personnel-per-10k")).toEqual([80]);
    expect(also("high-value-patents-per-10k")).toEqual([76]);
    expect(also("tech-contract-turnover")).toEqual([82]);
    expect(also("high-tech-enterprises")).toEqual([78, 438]);
  });

  it("describes units, directions, aggregation and regions", () => {
    expect(headline.map((i) => [i.id, i.unit, i.direction, i.basis, i.aggregation, i.regions])).toEqual([
      ["st-progress-rank", "rank", "decrease", "whole-area", { method: "none" }, ["wuwei"]],
      [
        "rd-intensity",
        "percent",
        "increase",
        "whole-area",
        { method: "ratio", numerator: "rd-expenditure", denominator: "gdp", scale: "100" },
        ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
      ],
      [
        "fiscal-st-share",
        "percent",
        "increase",
        "own-level",
        { method: "none" },
        ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
      ],
      [
        "enterprise-rd-share",
        "percent",
        "increase",
        "whole-area",
        {
          method: "ratio",
          numerator: "enterprise-rd-expenditure",
          denominator: "enterprise-main-business-revenue",
          scale: "100",
        },
        ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
      ],
      [
        "rd-personnel-per-10k",
        "person-year",
        "increase",
        "whole-area",
        { method: "ratio", numerator: "rd-personnel", denominator: "population", scale: "10000" },
        ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
      ],
      [
        "high-value-patents-per-10k",
        "patent",
        "increase",
        "whole-area",
        { method: "ratio", numerator: "high-value-invention-patents", denominator: "population", scale: "10000" },
        ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
      ],
      [
        "tech-contract-turnover",
        "cny-100m",
        "increase",
        "whole-area",
        { method: "sum" },
        ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
      ],
      [
        "high-tech-enterprises",
        "enterprise",
        "increase",
        "whole-area",
        { method: "sum" },
        ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
      ],
    ]);
    expect(indicator("st-progress-rank").peers).toBe(14);
  });
});

describe("body indicators", () => {
  it("has every other quantitative commitment with its target (values read by hand)", () => {
    const body = wuwei14.indicators.filter((i) => !i.headline && i.targets.length > 0);
    expect(
      Object.fromEntries(body.map((i) => [i.id, i.targets.map((t) => ({ ...view(t), line: t.source.line }))])),
    ).toEqual({
      "park-provincial-innovative-enterprises-added": [
        {
          kind: "increment",
          comparator: "at-least",
          value: "20",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 214,
        },
      ],
      "park-high-tech-enterprises-added": [
        {
          kind: "increment",
          comparator: "at-least",
          value: "10",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 214,
        },
      ],
      "seed-variety-quality-rate": [
        {
          kind: "end-level",
          comparator: "ensure",
          value: "98",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 232,
        },
      ],
      "livestock-breed-coverage": [
        {
          kind: "end-level",
          comparator: "ensure",
          value: "95",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 242,
        },
      ],
      "testing-bodies-added": [
        {
          kind: "increment",
          comparator: "reach",
          value: "3",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 328,
        },
      ],
      "upgraded-provincial-agri-parks": [
        {
          kind: "end-level",
          comparator: "reach",
          value: "4",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 356,
        },
      ],
      "high-tech-enterprises-newly-certified": [
        {
          kind: "annual-floor",
          comparator: "ensure",
          value: "5",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 432,
        },
      ],
      "ip-advantage-enterprises": [
        {
          kind: "annual-floor",
          comparator: "at-least",
          value: "3",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 440,
        },
      ],
      "tech-smes-evaluated": [
        {
          kind: "annual-floor",
          comparator: "at-least",
          value: "90",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 442,
        },
      ],
      "st-commissioners-dispatched": [
        {
          kind: "annual-floor",
          comparator: "at-least",
          value: "500",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 452,
        },
      ],
      "high-level-talent-absorbed": [
        {
          kind: "cumulative",
          comparator: "at-least",
          value: "20",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 452,
        },
      ],
      "commissioner-demo-bases-per-industry": [
        {
          kind: "end-level",
          comparator: "reach",
          value: "1",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 452,
        },
      ],
      "demo-households-per-commissioner": [
        {
          kind: "annual-floor",
          comparator: "reach",
          value: "1",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 452,
        },
      ],
      "commissioner-work-funding": [
        {
          kind: "annual-floor",
          comparator: "reach",
          value: "1",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 452,
        },
      ],
      "st-innovation-platforms": [
        {
          kind: "cumulative",
          comparator: "strive-for",
          value: "100",
          year: 2025,
          from: 2021,
          regions: ["wuwei"],
          line: 480,
        },
      ],
      "fiscal-st-expenditure": [
        {
          kind: "never-decrease",
          comparator: "never-decrease",
          value: undefined,
          year: 2025,
          from: 2021,
          regions: ["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"],
          line: 504,
        },
      ],
      "provincial-sci-pop-bases": [
        {
          kind: "end-level",
          comparator: "at-least",
          value: "10",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 562,
        },
      ],
      "municipal-sci-pop-bases": [
        {
          kind: "end-level",
          comparator: "at-least",
          value: "30",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 562,
        },
      ],
      "sci-pop-venues": [
        {
          kind: "end-level",
          comparator: "at-least",
          value: "5",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 562,
        },
      ],
      "sci-pop-workers": [
        {
          kind: "end-level",
          comparator: "at-least",
          value: "1000",
          year: 2025,
          from: undefined,
          regions: ["wuwei"],
          line: 562,
        },
      ],
    });
  });

  it("has the 2020 figures of the body as baselines", () => {
    const baselines = wuwei14.indicators
      .filter((i) => !i.headline)
      .flatMap((i) => i.baselines.map((b) => `${i.id} ${b.region} ${b.year} ${b.value} @${b.source.line}`));
    expect(baselines).toEqual([
      "st-progress-index wuwei 2020 46.09 @36",
      "invention-patents-per-10k wuwei 2020 1.43 @36",
      "professionals-per-10k wuwei 2020 174.68 @36",
      "fiscal-st-share-citywide wuwei 2020 0.52 @46",
      "tech-contract-turnover-13th wuwei 2020 58.4 @42",
      "provincial-innovative-enterprises wuwei 2020 22 @38",
      "little-giant-enterprises wuwei 2020 3 @38",
      "specialised-smes wuwei 2020 15 @38",
      "tech-smes-evaluated wuwei 2020 94 @38",
    ]);
  });

  it("marks 确保 commitments binding and everything else expected", () => {
    const binding = wuwei14.indicators.filter((i) => i.attribute === "binding").map((i) => i.id);
    expect(binding).toEqual([
      "seed-variety-quality-rate",
      "livestock-breed-coverage",
      "high-tech-enterprises-newly-certified",
      "fiscal-st-expenditure",
    ]);
    for (const id of binding) {
      const t = indicator(id).targets[0];
      expect(t && lines[t.source.line - 1]).toContain(`确保${t?.source.quote.replace(/^确保/, "")}`);
    }
  });

  it("keeps the two fiscal shares apart: own-level 0.75, citywide 0.52", () => {
    expect(indicator("fiscal-st-share").basis).toBe("own-level");
    expect(indicator("fiscal-st-share-citywide")).toMatchObject({
      basis: "whole-area",
      targets: [],
      baselines: [{ value: "0.52", source: { line: 46 } }],
    });
    expect(indicator("fiscal-st-expenditure").basis).toBe("own-level");
  });

  it("counts indicators and targets", () => {
    expect(wuwei14.indicators.length).toBe(47);
    expect(wuwei14.indicators.filter((i) => i.role === "component").length).toBe(11);
    expect(wuwei14.indicators.reduce((n, i) => n + i.targets.length, 0)).toBe(29);
  });

  it("states the four figures of the 科技特派员 item (line 452), the per-industry base included", () => {
    const line452 = wuwei14.indicators
      .filter((i) => i.targets.some((t) => t.source.line === 452))
      .map((i) => [i.id, i.unit, i.aggregation.method, i.targets[0]?.value]);
    expect(line452).toEqual([
      ["st-commissioners-dispatched", "person", "sum", "500"],
      ["high-level-talent-absorbed", "person", "sum", "20"],
      ["commissioner-demo-bases-per-industry", "item", "none", "1"],
      ["demo-households-per-commissioner", "household-per-person", "none", "1"],
      ["commissioner-work-funding", "cny-10k", "none", "1"],
    ]);
    expect(lines[451]).toContain("每个产业培育1个科技特派员创新创业示范基地、每名科技特派员每年培育1户科技示范户");
  });

  it("accepts its own baselines and targets as reported figures in each indicator's unit", () => {
    // 174.68 professionals per 10,000 people (line 36) is a ratio, not a whole count of persons; an average of
    // demonstration households per commissioner may be fractional too.
    const rows = wuwei14.indicators.flatMap((i) => [
      ...i.baselines.map((b) => ({ indicator: i.id, region: b.region, year: b.year, value: b.value })),
      ...i.targets.flatMap((t) =>
        t.value === undefined
          ? []
          : t.regions.map((region) => ({ indicator: i.id, region, year: t.year, value: t.value })),
      ),
    ]);
    expect(rows.length).toBe(17 + 31);
    const { observations, issues } = validateObservations(wuwei14, rows);
    expect(issues).toEqual([]);
    expect(observations.length).toBe(rows.length);
    const more = validateObservations(wuwei14, [
      { indicator: "professionals-per-10k", region: "wuwei", year: 2022, value: "176.5" },
      { indicator: "demo-households-per-commissioner", region: "wuwei", year: 2022, value: "1.4" },
      { indicator: "st-commissioners-dispatched", region: "wuwei", year: 2022, value: "500.5" },
    ]);
    expect(more.issues.map((i) => [i.row, i.code])).toEqual([[2, "fractional-count"]]);
    expect(indicator("professionals-per-10k").unit).toBe("person-per-10k");
  });
});

describe("decisions", () => {
  it("records every decision with its lines, and puts each on the data it concerns", () => {
    const notes = new Set(
      wuwei14.indicators
        .flatMap((i) => [
          ...(i.notes ?? []),
          ...i.baselines.flatMap((b) => b.notes ?? []),
          ...i.targets.flatMap((t) => t.notes ?? []),
        ])
        .concat(wuwei14.regions.flatMap((r) => r.notes ?? [])),
    );
    const ids = wuwei14.decisions.map((d) => d.id);
    expect(ids).toContain("fiscal-share-own-level");
    expect(ids).toContain("fiscal-share-county-targets");
    expect(ids).toContain("tech-contract-annual-vs-cumulative");
    expect(ids).toContain("patents-all-vs-high-value");
    expect(ids).toContain("innovation-platforms-100");
    expect(ids).toContain("rank-target");
    expect(ids).toContain("per-industry-bases");
    expect(ids).toContain("figureless-commitments");
    for (const d of wuwei14.decisions) {
      expect(d.decision.startsWith(`${d.id}: `), d.id).toBe(true);
      for (const line of d.lines) expect(lines[line - 1]?.trim(), `${d.id} line ${line}`).not.toBe("");
      expect(notes.has(d.decision), `${d.id} is on the data`).toBe(true);
    }
  });

  it("is mirrored in docs/decisions.md", () => {
    const doc = readFileSync(resolve(root, "docs/decisions.md"), "utf8");
    for (const d of wuwei14.decisions) {
      expect(doc, d.id).toContain(`\`${d.id}\``);
      expect(doc, d.id).toContain(d.lines.join(", "));
      // The paragraph under the heading is the decision's text without its id, capitalised.
      const body = d.decision.slice(d.id.length + 2);
      expect(doc, d.id).toContain(`${body.charAt(0).toUpperCase()}${body.slice(1)}`);
    }
  });

  it("reads 力争 as hedging its own clause only (line 76)", () => {
    expect(lines[75]).toMatch(/力争全社会.*1\.5%,.*比重力争达到2%、1%,每万人口高价值发明专利拥有量达到1\.71件以上/);
    expect(indicator("rd-intensity").targets[0]?.comparator).toBe("strive-for");
    expect(indicator("high-value-patents-per-10k").targets[0]?.comparator).toBe("at-least");
    expect(indicator("rd-personnel-per-10k").targets[0]?.comparator).toBe("reach");
    expect(indicator("st-innovation-platforms").targets[0]?.comparator).toBe("strive-for");
  });

  it("keeps 表1's 70 over the 倍增 programme's doubling of 59 (line 432)", () => {
    expect(lines[431]).toContain("启动实施高新技术企业和科技型中小企业“倍增”计划");
    expect(lines[431]).toContain("直接列入“高新技术企业倍增计划”");
    expect(indicator("high-tech-enterprises").targets.map((t) => t.value)).toEqual(["70"]);
    const figureless = wuwei14.decisions.find((d) => d.id === "figureless-commitments")?.decision;
    for (const id of ["high-tech-enterprises", "high-tech-enterprises-newly-certified", "tech-smes-evaluated"]) {
      expect(indicator(id).notes, id).toContain(figureless);
    }
  });
});

import { describe, expect, it } from "vitest";
import { wuwei14 } from "../src/index.js";
import type { Observation } from "../src/observations/schema.js";
import {
  renderTrajectories,
  renderTrajectory,
  type Scorecard,
  scorecard,
  type Trajectory,
  trajectories,
} from "../src/report/index.js";
import { fixture, fixtureRows } from "./support/scorecard-fixture.js";

/** The attributes of every element of an SVG string that has the given class. */
function elements(svg: string, cls: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(/<([a-z]+)\s([^>]*?)\/?>/g)) {
    const attrs: Record<string, string> = { tag: m[1] ?? "" };
    for (const a of (m[2] ?? "").matchAll(/([a-z0-9-]+)="([^"]*)"/g)) attrs[a[1] ?? ""] = a[2] ?? "";
    if ((attrs["class"] ?? "").split(" ").includes(cls)) out.push(attrs);
  }
  return out;
}

/** "2020:0.62 2021:0.796" → [[2020, "0.62"], [2021, "0.796"]]. */
const pairs = (values: string) => values.split(" ").map((p) => p.split(":") as [string, string]);
/** "x,y x,y" → numbers. */
const vertices = (points: string) => points.split(" ").map((p) => p.split(",").map(Number) as [number, number]);

const one = (list: readonly Trajectory[], indicator: string, region = "wuwei"): Trajectory => {
  const t = list.find((x) => x.indicator.id === indicator && x.region.id === region);
  if (t === undefined) throw new Error(`no trajectory for ${indicator} in ${region}`);
  return t;
};

const o = (indicator: string, region: string, year: number, value: string, extra: Partial<Observation> = {}) =>
  ({ indicator, region, year, value, ...extra }) as Observation;

// R&D intensity in the city, as an office would send it: two final years, then a provisional one.
// The plan (表1, line 122): 0.62 % in 2020, 1.5 % in 2025.
const rdFigures: readonly Observation[] = [
  o("rd-intensity", "wuwei", 2021, "0.70"),
  o("rd-intensity", "wuwei", 2022, "0.80"),
  o("rd-intensity", "wuwei", 2023, "0.95", { status: "provisional" }),
];

const rdCard = (method: "schedule" | "growth-ratio", observations = rdFigures): Scorecard =>
  scorecard(wuwei14, observations, { asOf: "2023-12-31", method, region: "wuwei" });

describe("trajectory of R&D intensity (0.62 % in 2020 → 1.5 % in 2025)", () => {
  it("draws one marker per reported year, the provisional one hollow", () => {
    const t = one(trajectories(rdCard("schedule"), { plan: wuwei14, observations: rdFigures }), "rd-intensity");
    const svg = renderTrajectory(t);
    const points = elements(svg, "tj-pt");
    expect(points.map((p) => p["data-year"])).toEqual(["2021", "2022", "2023"]);
    expect(points.map((p) => p["data-value"])).toEqual(["0.70", "0.80", "0.95"]);
    expect(points.map((p) => p["fill"])).toEqual(["#0072B2", "#0072B2", "#ffffff"]);
    expect(points[2]?.["data-status"]).toBe("provisional");
  });

  it("runs the linear path from the baseline to the target: 2023 = 0.62 + 3/5 × 0.88 = 1.148", () => {
    const svg = renderTrajectory(one(trajectories(rdCard("schedule")), "rd-intensity"));
    const [linear, ...others] = elements(svg, "tj-plan");
    expect(others).toEqual([]); // the schedule method draws no geometric path
    expect(linear?.["data-path"]).toBe("linear");
    // Every year: 0.62 + (y − 2020)/5 × 0.88, worked by hand.
    expect(pairs(linear?.["data-values"] ?? "")).toEqual([
      ["2020", "0.62"],
      ["2021", "0.796"],
      ["2022", "0.972"],
      ["2023", "1.148"],
      ["2024", "1.324"],
      ["2025", "1.5"],
    ]);
    // The drawn line starts on the baseline marker and ends on the target's year, higher up.
    const xy = vertices(linear?.["points"] ?? "");
    const base = elements(svg, "tj-base")[0];
    expect(xy[0]).toEqual([Number(base?.["cx"]), Number(base?.["cy"])]);
    const target = elements(svg, "tj-target")[0];
    expect([target?.["data-year"], target?.["data-value"]]).toEqual(["2025", "1.5"]);
    expect(xy).toHaveLength(6);
    const last = xy[5] as [number, number];
    expect(last[1]).toBeLessThan((xy[0] as [number, number])[1]);
    // Equal yearly steps: the 2023 vertex is 3/5 of the way between the ends, in pixels too.
    const first = xy[0] as [number, number];
    const at2023 = xy[3] as [number, number];
    expect(at2023[1]).toBeCloseTo(first[1] + 0.6 * (last[1] - first[1]), 0);
  });

  it("adds the geometric path under the growth-ratio method: 2023 = 0.62 × (1.5/0.62)^(3/5) ≈ 1.05344", () => {
    const svg = renderTrajectory(one(trajectories(rdCard("growth-ratio")), "rd-intensity"), { lang: "en" });
    const geometric = elements(svg, "tj-plan").find((e) => e["data-path"] === "geometric");
    const values = new Map(pairs(geometric?.["data-values"] ?? ""));
    expect(values.get("2020")).toBe("0.62");
    expect(values.get("2025")).toBe("1.5");
    // ln(1.5/0.62) = 0.883501; × 0.6 = 0.530101; e^0.530101 = 1.699103; × 0.62 = 1.053444 (by hand, 6 digits).
    expect(Math.abs(Number(values.get("2023")) - 1.053444)).toBeLessThan(1e-6);
    expect(svg).toContain("planned path (constant growth)");
    expect(elements(svg, "tj-plan").map((e) => e["stroke-dasharray"])).toEqual(["6 4", "1.5 3"]);
  });

  it("is accessible: role img, a title and an aria-label that lists the figures, lang set", () => {
    const svg = renderTrajectory(
      one(trajectories(rdCard("schedule"), { plan: wuwei14, observations: rdFigures }), "rd-intensity"),
    );
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="研发经费投入强度/);
    expect(svg).toContain('lang="zh-CN"');
    // Values as people read them, by the display rule (0.70 is printed 0.7); data-value keeps them exact.
    expect(svg).toMatch(
      /<title>研发经费投入强度\(%\)（武威市）；目标值：力争 1\.5 \(2025\)；状态：滞后于序时进度；基期 0\.62 \(2020\)；武威市：2021 0\.7, 2022 0\.8, 2023 0\.95<\/title>/,
    );
    expect(svg).toContain("Noto Sans CJK SC");
  });
});

describe("series, breaks and kinds of target", () => {
  // High-tech enterprises: the city reports nothing itself; each county reports its count (凉州区 carries most).
  const counties = ["liangzhou", "minqin", "gulang", "tianzhu"] as const;
  const perCounty: Record<(typeof counties)[number], readonly string[]> = {
    liangzhou: ["40", "42", "44"],
    minqin: ["9", "9", "10"],
    gulang: ["6", "7", "7"],
    tianzhu: ["6", "6", "7"],
  };
  const hte = counties.flatMap((c) => perCounty[c].map((v, i) => o("high-tech-enterprises", c, 2021 + i, v)));

  it("derives the city's years from its counties and draws each county with its own colour, marker and dash", () => {
    const card = scorecard(wuwei14, hte, { asOf: "2023-12-31", method: "schedule" });
    const t = one(trajectories(card, { plan: wuwei14, observations: hte }), "high-tech-enterprises");
    // City = sum of the four counties: 40+9+6+6 = 61, 42+9+7+6 = 64, 44+10+7+7 = 68.
    expect(t.series[0]?.points.map((p) => [p.year, p.value, p.derived])).toEqual([
      [2021, "61", true],
      [2022, "64", true],
      [2023, "68", true],
    ]);
    expect(t.series.map((s) => s.region.id)).toEqual(["wuwei", ...counties]);
    const svg = renderTrajectory(t);
    const points = elements(svg, "tj-pt");
    expect(points).toHaveLength(15);
    const bySeries = new Map(points.map((p) => [p["data-series"], p]));
    const looks = [...bySeries.values()];
    expect(new Set(looks.map((p) => p["data-shape"])).size).toBe(5);
    expect(new Set(looks.map((p) => p["data-dash"])).size).toBe(5);
    expect(new Set(looks.map((p) => p["data-colour"])).size).toBe(5);
    // The legend names every series.
    for (const name of ["武威市", "凉州区", "民勤县", "古浪县", "天祝藏族自治县"])
      expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain("含由县区汇总的年份");
  });

  it("gives no county line on a city chart when the counties have targets of their own", () => {
    const shares = [o("fiscal-st-share", "wuwei", 2022, "1.2"), o("fiscal-st-share", "minqin", 2022, "0.7")];
    const card = scorecard(wuwei14, shares, { asOf: "2022-12-31", method: "schedule" });
    const list = trajectories(card, { plan: wuwei14, observations: shares });
    expect(one(list, "fiscal-st-share").series.map((s) => s.region.id)).toEqual(["wuwei"]);
    expect(one(list, "fiscal-st-share", "minqin").series[0]?.points.map((p) => p.value)).toEqual(["0.7"]);
  });

  it("leaves a gap and a mark at a break in series", () => {
    const figures = [
      o("rd-intensity", "wuwei", 2021, "0.70"),
      o("rd-intensity", "wuwei", 2022, "0.80"),
      o("rd-intensity", "wuwei", 2023, "1.02", { status: "break" }),
      o("rd-intensity", "wuwei", 2024, "1.10"),
    ];
    const card = scorecard(wuwei14, figures, { asOf: "2024-12-31", method: "schedule", region: "wuwei" });
    const svg = renderTrajectory(one(trajectories(card, { plan: wuwei14, observations: figures }), "rd-intensity"), {
      lang: "en",
    });
    const lines = elements(svg, "tj-line");
    expect(lines.map((l) => vertices(l["points"] ?? "").length)).toEqual([2, 2]); // 2021–2022, then 2023–2024
    expect(elements(svg, "tj-break").map((b) => b["data-year"])).toEqual(["2023"]);
    expect(svg).toContain(">break in series</text>");
    // The mark sits halfway between 2022 and 2023.
    const pts = elements(svg, "tj-pt");
    const x2022 = Number(pts[1]?.["d"]?.match(/^M([\d.]+)/)?.[1]) + 4.5;
    const x2023 = Number(pts[2]?.["d"]?.match(/^M([\d.]+)/)?.[1]) + 4.5;
    expect(Number(elements(svg, "tj-break")[0]?.["x1"])).toBeCloseTo((x2022 + x2023) / 2, 0);
  });

  it("draws a cumulative target as running totals against a path from 0 to the total", () => {
    // 100 platforms over 2021–2025 (box 18, line 480): 20 built in 2021, 25 in 2022.
    const built = [
      o("st-innovation-platforms", "wuwei", 2021, "20"),
      o("st-innovation-platforms", "wuwei", 2022, "25"),
    ];
    const card = scorecard(wuwei14, built, { asOf: "2022-12-31", method: "schedule" });
    const t = one(trajectories(card, { plan: wuwei14, observations: built }), "st-innovation-platforms");
    expect(t.series[0]?.points.map((p) => p.value)).toEqual(["20", "45"]);
    // 0 at the end of 2020, 100 in 2025: 20 a year.
    expect(t.linear.map((m) => m.value)).toEqual(["0", "20", "40", "60", "80", "100"]);
    expect(t.targetPoint).toEqual({ year: 2025, value: "100" });
  });

  it("draws an annual floor as a line and an increment's target as baseline plus increment", () => {
    const figures = [
      o("st-commissioners-dispatched", "wuwei", 2021, "520"),
      o("park-high-tech-enterprises-added", "wuwei", 2020, "0"),
      o("park-high-tech-enterprises-added", "wuwei", 2022, "4"),
    ];
    const card = scorecard(wuwei14, figures, { asOf: "2022-12-31", method: "schedule" });
    const list = trajectories(card, { plan: wuwei14, observations: figures });
    const floor = one(list, "st-commissioners-dispatched");
    expect([floor.floor, floor.linear, floor.targetPoint]).toEqual([{ from: 2021, to: 2025, value: "500" }, [], null]);
    expect(elements(renderTrajectory(floor), "tj-floor")[0]?.["data-value"]).toBe("500");
    // 10 more high-tech enterprises in the parks (line 214), from a reported 0 in 2020: 2 a year.
    const added = one(list, "park-high-tech-enterprises-added");
    expect(added.targetPoint).toEqual({ year: 2025, value: "10" });
    expect(added.linear.map((m) => m.value)).toEqual(["0", "2", "4", "6", "8", "10"]);
  });

  it("puts the first place at the top of a rank chart", () => {
    const ranks = [o("st-progress-rank", "wuwei", 2021, "7"), o("st-progress-rank", "wuwei", 2022, "6")];
    const card = scorecard(wuwei14, ranks, { asOf: "2022-12-31", method: "schedule" });
    const svg = renderTrajectory(one(trajectories(card, { plan: wuwei14, observations: ranks }), "st-progress-rank"));
    const y = (p: Record<string, string> | undefined) => Number(p?.["d"]?.match(/^M[\d.]+,([\d.]+)/)?.[1]);
    const [seventh, sixth] = elements(svg, "tj-pt");
    expect(y(sixth)).toBeLessThan(y(seventh));
    expect(svg).toContain("第1位在上");
  });
});

describe("trajectories from a scorecard alone", () => {
  it("has the latest figure, and a reported baseline as a point", () => {
    const list = trajectories(fixture);
    expect(list).toHaveLength(fixtureRows.length);
    const rd = one(list, "rd-intensity");
    expect(rd.series[0]?.points.map((p) => [p.year, p.value])).toEqual([[2023, "0.95"]]);
    expect(rd.linear.find((m) => m.year === 2023)?.value).toBe("1.148");
    const spending = one(list, "fiscal-st-expenditure", "tianzhu");
    expect(spending.series[0]?.points.map((p) => [p.year, p.value])).toEqual([
      [2020, "0.41"],
      [2023, "0.52"],
    ]);
    expect([spending.linear, spending.targetPoint, spending.floor]).toEqual([[], null, null]);
    // No baseline (Minqin's share): no path, the latest figure still drawn.
    const minqin = one(list, "fiscal-st-share", "minqin");
    expect(minqin.linear).toEqual([]);
    expect(elements(renderTrajectory(minqin), "tj-pt")).toHaveLength(1);
    expect(Object.isFrozen(rd.series[0]?.points)).toBe(true);
  });

  it("escapes every text", () => {
    const hostile: Scorecard = {
      ...fixture,
      rows: [
        {
          ...(fixtureRows[0] as Scorecard["rows"][number]),
          indicator: {
            ...(fixtureRows[0] as Scorecard["rows"][number]).indicator,
            name: { zh: `强度<script>alert("x")</script>&'`, en: `R&D <b>"'` },
          },
          region: { id: 'a"b', name: { zh: "<武威市>", en: "<Wuwei>" } },
        },
      ],
    };
    const svg = renderTrajectories(trajectories(hostile), { lang: "zh" });
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<武威市>");
    expect(svg).toContain("强度&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;&#39;");
    expect(svg).toContain('data-series="a&#34;b"');
    const en = renderTrajectory(trajectories(hostile)[0] as Trajectory, { lang: "en" });
    expect(en).toContain("R&#38;D &#60;b&#62;&#34;&#39;");
  });

  it("lays small multiples out in a grid, each chart with its own name", () => {
    const list = trajectories(fixture);
    const svg = renderTrajectories(list, { columns: 3 });
    const inner = [...svg.matchAll(/<svg x="(\d+)" y="(\d+)"[^>]*aria-label="([^"]*)"/g)];
    expect(inner).toHaveLength(6);
    expect(inner.map((m) => m[1])).toEqual(["0", "616", "1232", "0", "616", "1232"]);
    expect(new Set(inner.map((m) => m[2])).size).toBe(2);
    expect(inner[0]?.[3]).toMatch(/^研发经费投入强度/);
    expect(svg).toMatch(/<title>指标走势（6项）<\/title>/);
  });
});

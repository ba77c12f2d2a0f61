/**
 * Trajectory charts: each target's reported figures year by year against the planned path from the baseline to
 * the target, as SVG.
 *
 * @module
 */
import { Dec, toDecimalString } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import { convertible } from "../internal/units.js";
import type { Plan } from "../model/definePlan.js";
import type { Observation } from "../observations/schema.js";
import { geometricPath, linearPath, rollUpSeries } from "../progress/index.js";
import { escapeXml as esc } from "./escape.js";
import { type EvaluationRow, evaluationHead, evaluationRows } from "./evaluation-data.js";
import { statusLabel } from "./labels.js";
import { langAttr } from "./page.js";
import type { AssessmentStatus, Method, ObservationStatus } from "./progress-types.js";
import { FONT_FAMILY } from "./svg.js";
import { formatValue, indicatorText, targetText } from "./table.js";
import type { Lang, ReportIndicator, ReportRegion, ReportTarget, Scorecard } from "./types.js";
import { displayWidth } from "./width.js";

/**
 * One year of a series drawn in a trajectory chart.
 *
 * @example
 * ```ts
 * import type { TrajectoryPoint } from "@wuwei/sti-plan/report";
 * const point: TrajectoryPoint = { year: 2023, value: "0.95", status: "provisional", derived: false };
 * point.status; //=> "provisional"
 * ```
 * @category Evaluation
 */
export interface TrajectoryPoint {
  /** The year. */
  readonly year: number;
  /** The value in the indicator's unit (for a cumulative target, the running total from its first year). */
  readonly value: string;
  /** The SDMX status of the figure: provisional, estimated and forecast figures are drawn hollow; a break leaves a gap. */
  readonly status?: ObservationStatus;
  /** `true` when the city's figure was derived from its counties' (no figure of its own for that year). */
  readonly derived: boolean;
}

/**
 * The figures of one region in a trajectory chart.
 *
 * @example
 * ```ts
 * import type { TrajectorySeries } from "@wuwei/sti-plan/report";
 * const series: TrajectorySeries = { region: { id: "minqin", name: { zh: "民勤县", en: "Minqin County" } }, main: false, points: [] };
 * series.main; //=> false
 * ```
 * @category Evaluation
 */
export interface TrajectorySeries {
  /** The region. */
  readonly region: ReportRegion;
  /** `true` for the region the target belongs to; `false` for a county drawn beside its city. */
  readonly main: boolean;
  /** The figures, by year. */
  readonly points: readonly TrajectoryPoint[];
}

/**
 * What a trajectory chart shows for one target in one region: the planned paths, the target, and the reported
 * series. Made by {@link trajectories}, drawn by {@link renderTrajectory}.
 *
 * @example
 * ```ts
 * import { scorecard, trajectories, type Trajectory } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule", region: "wuwei" });
 * const rd: Trajectory | undefined = trajectories(card).find((t) => t.indicator.id === "rd-intensity");
 * rd?.linear.find((m) => m.year === 2023)?.value; //=> "1.148"
 * ```
 * @category Evaluation
 */
export interface Trajectory {
  /** The indicator. */
  readonly indicator: ReportIndicator;
  /** The region the target belongs to. */
  readonly region: ReportRegion;
  /** The target. */
  readonly target: ReportTarget;
  /** The scorecard's status for the row. */
  readonly status: AssessmentStatus;
  /** The method that gave the status (it decides which planned paths are drawn). */
  readonly method: Method;
  /** The baseline used, or `null`. */
  readonly baseline: { readonly year: number; readonly value: string } | null;
  /**
   * The linear (序时进度) path, one value a year from the baseline to the target: from the baseline to the target
   * value (end levels, ranks), to baseline + increment (increments), from 0 the year before the first year counted
   * to the total (cumulative). Empty without a baseline, for annual floors and for never-decrease.
   */
  readonly linear: readonly { readonly year: number; readonly value: string }[];
  /** The constant-growth path `x0·(X* ÷ x0)^((y − t0)/(T − t0))` where drawn (growth-ratio method), else `null`. */
  readonly geometric: readonly { readonly year: number; readonly value: string }[] | null;
  /** An annual floor's figure, drawn as a line over the years it applies to; `null` otherwise. */
  readonly floor: { readonly from: number; readonly to: number; readonly value: string } | null;
  /** Where the target is marked, or `null` (annual floor, never-decrease, increment without a baseline). */
  readonly targetPoint: { readonly year: number; readonly value: string } | null;
  /** The region's own series first, then any counties drawn beside it. */
  readonly series: readonly TrajectorySeries[];
}

/**
 * The reported figures {@link trajectories} draws, with the plan they belong to.
 *
 * @example
 * ```ts
 * import type { TrajectorySource } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const source: TrajectorySource = { plan: wuwei14, observations: [] };
 * source.observations.length; //=> 0
 * ```
 * @category Evaluation
 */
export interface TrajectorySource {
  /** The plan the scorecard was made from (units, regions, how counties add up). */
  readonly plan: Plan;
  /** The figures the scorecard was made from, as `validateObservations` returns them. */
  readonly observations: readonly Observation[];
}

/**
 * Options of {@link trajectories}.
 *
 * @example
 * ```ts
 * import type { TrajectoryOptions } from "@wuwei/sti-plan/report";
 * const options: TrajectoryOptions = { paths: ["linear", "geometric"] };
 * options.paths?.length; //=> 2
 * ```
 * @category Evaluation
 */
export interface TrajectoryOptions {
  /**
   * Which planned paths to draw. By default the linear path, and also the geometric one when the scorecard's
   * method is `growth-ratio` (the method that measures against constant growth).
   */
  readonly paths?: readonly ("linear" | "geometric")[];
}

type YearValue = { readonly year: number; readonly value: string };

function safePath(make: () => readonly YearValue[]): readonly YearValue[] | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/** The plan's target of a row (for `from`), when the plan is known. */
function planTarget(plan: Plan | undefined, row: EvaluationRow) {
  return plan?.indicators.find((i) => i.id === row.indicator.id)?.targets.find((t) => t.id === row.target.id);
}

/** The figures of one indicator and region, in the indicator's unit, up to `lastYear`. */
function ownPoints(
  plan: Plan,
  observations: readonly Observation[],
  indicatorId: string,
  region: string,
  lastYear: number,
): TrajectoryPoint[] {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  const units = new Map(plan.units.map((u) => [u.id, u]));
  const unit = indicator ? units.get(indicator.unit) : undefined;
  const out: TrajectoryPoint[] = [];
  for (const o of observations) {
    if (o.indicator !== indicatorId || o.region !== region || o.year > lastYear) continue;
    let value = o.value;
    if (o.unit !== undefined && indicator !== undefined && o.unit !== indicator.unit) {
      const from = units.get(o.unit);
      // A figure in a unit that does not convert cannot be drawn; the scorecard row says why (unit-mismatch).
      if (from === undefined || unit === undefined || !convertible(from, unit)) continue;
      value = toDecimalString(new Dec(o.value).times(new Dec(10).pow(from.scale - unit.scale)));
    }
    out.push(
      o.status === undefined
        ? { year: o.year, value, derived: false }
        : { year: o.year, value, status: o.status, derived: false },
    );
  }
  return out;
}

/**
 * Years a region has no figure for but its subtree gives a complete value: the value the series step rolls up
 * (`rollUpSeries`, the same one `assessPlan` uses), as the scorecard uses it.
 */
function derivedPoints(
  plan: Plan,
  observations: readonly Observation[],
  indicatorId: string,
  region: string,
  own: readonly TrajectoryPoint[],
  lastYear: number,
): TrajectoryPoint[] {
  if (!plan.indicators.some((i) => i.id === indicatorId) || !plan.regions.some((r) => r.id === region)) return [];
  const series = rollUpSeries(plan, observations, { indicator: indicatorId, region, lastYear });
  const out: TrajectoryPoint[] = [];
  for (const p of series.points) {
    if (!p.derived || own.some((o) => o.year === p.year)) continue;
    out.push(
      p.status === undefined
        ? { year: p.year, value: p.value, derived: true }
        : { year: p.year, value: p.value, status: p.status, derived: true },
    );
  }
  return out;
}

/** Running totals from `from` on; the total stops at the first missing year (a total with a hole understates). */
function runningTotals(points: readonly TrajectoryPoint[], from: number): TrajectoryPoint[] {
  const out: TrajectoryPoint[] = [];
  let total = new Dec(0);
  let expected = from;
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    if (p.year < from) continue;
    if (p.year !== expected) break;
    total = total.plus(p.value);
    out.push({ ...p, value: toDecimalString(total) });
    expected++;
  }
  return out;
}

/**
 * Arrange a scorecard's rows as trajectory charts: one per target and region, in the scorecard's order, with the
 * planned path from the baseline to the target (linear; geometric too under the growth-ratio method), the target,
 * and the reported figures of each year up to the as-of year. With `source` (the plan and the figures the
 * scorecard was made from) every year is drawn: figures in another unit of the same scaled family are converted,
 * a city's years without a figure of its own get the value derived from its counties where all of them reported
 * (as `assessPlan` does), and on a city's chart each county that reports the indicator but has no target of its
 * own gets a line. Without `source` the chart has the scorecard's latest figure only.
 *
 * @param card - the scorecard
 * @param source - the plan and the observations the scorecard was made from
 * @param options - which planned paths to draw
 * @returns one trajectory per scorecard row, deep-frozen
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { scorecard, trajectories } from "@wuwei/sti-plan/report";
 * const observations = [
 *   { indicator: "rd-intensity", region: "wuwei", year: 2021, value: "0.7" },
 *   { indicator: "rd-intensity", region: "wuwei", year: 2022, value: "0.8", status: "provisional" },
 * ] as const;
 * const card = scorecard(wuwei14, observations, { asOf: "2022-12-31", method: "growth-ratio", region: "wuwei" });
 * const rd = trajectories(card, { plan: wuwei14, observations }).find((t) => t.indicator.id === "rd-intensity");
 * rd?.series[0]?.points.map((p) => p.value); //=> ["0.7", "0.8"]
 * rd?.geometric?.find((m) => m.year === 2023)?.value; //=> "1.053444"
 * ```
 * @category Evaluation
 */
export function trajectories(
  card: Scorecard,
  source?: TrajectorySource,
  options: TrajectoryOptions = {},
): readonly Trajectory[] {
  const head = evaluationHead(card);
  const lastYear = Number(head.asOf.slice(0, 4));
  const paths = options.paths ?? (head.method === "growth-ratio" ? ["linear", "geometric"] : ["linear"]);
  const rows = evaluationRows(card);
  const out: Trajectory[] = [];
  for (const row of rows) {
    const { target, indicator } = row;
    const d = indicator.direction === "increase" ? 1 : -1;
    const from = planTarget(source?.plan, row)?.from ?? head.plan.period.start;
    const base = row.baseline === null ? null : { year: row.baseline.year, value: row.baseline.value };
    let linear: readonly YearValue[] = [];
    let geometric: readonly YearValue[] | null = null;
    let floor: Trajectory["floor"] = null;
    let targetPoint: YearValue | null = null;
    const value = target.value;
    if (value !== null) {
      if (target.kind === "end-level" || target.kind === "rank") {
        targetPoint = { year: target.year, value };
        if (base !== null && base.year < target.year) {
          if (paths.includes("linear")) linear = safePath(() => linearPath(base, targetPoint as YearValue)) ?? [];
          if (paths.includes("geometric")) geometric = safePath(() => geometricPath(base, targetPoint as YearValue));
        }
      } else if (target.kind === "increment") {
        if (base !== null) {
          const end = { year: target.year, value: toDecimalString(new Dec(base.value).plus(new Dec(value).times(d))) };
          targetPoint = end;
          if (base.year < target.year && paths.includes("linear")) linear = safePath(() => linearPath(base, end)) ?? [];
        }
      } else if (target.kind === "cumulative") {
        targetPoint = { year: target.year, value };
        if (paths.includes("linear") && from - 1 < target.year) {
          linear = safePath(() => linearPath({ year: from - 1, value: "0" }, { year: target.year, value })) ?? [];
        }
      } else if (target.kind === "annual-floor") {
        floor = { from, to: target.year, value };
      }
    }

    const series: TrajectorySeries[] = [];
    if (source !== undefined) {
      const { plan, observations } = source;
      const own = ownPoints(plan, observations, indicator.id, row.region.id, lastYear);
      let points = [...own, ...derivedPoints(plan, observations, indicator.id, row.region.id, own, lastYear)].sort(
        (a, b) => a.year - b.year,
      );
      if (target.kind === "cumulative") points = runningTotals(points, from);
      series.push({ region: row.region, main: true, points });
      const counties = plan.regions.filter((r) => r.parent === row.region.id);
      for (const county of counties) {
        // A county with a target of its own has its own chart.
        if (rows.some((r) => r.indicator.id === indicator.id && r.region.id === county.id)) continue;
        let cp = ownPoints(plan, observations, indicator.id, county.id, lastYear).sort((a, b) => a.year - b.year);
        if (cp.length === 0) continue;
        if (target.kind === "cumulative") cp = runningTotals(cp, from);
        series.push({
          region: { id: county.id, name: { zh: county.name.zh, en: county.name.en } },
          main: false,
          points: cp,
        });
      }
    } else {
      const points: TrajectoryPoint[] = [];
      if (row.baseline?.origin === "reported") {
        points.push({ year: row.baseline.year, value: row.baseline.value, derived: false });
      }
      if (row.latest !== null && target.kind !== "cumulative" && row.latest.year !== row.baseline?.year) {
        points.push(
          row.latest.status === undefined
            ? { year: row.latest.year, value: row.latest.value, derived: false }
            : { year: row.latest.year, value: row.latest.value, status: row.latest.status, derived: false },
        );
      }
      series.push({ region: row.region, main: true, points });
    }

    out.push({
      indicator,
      region: row.region,
      target,
      status: row.status,
      method: head.method,
      baseline: base,
      linear,
      geometric,
      floor,
      targetPoint,
      series,
    });
  }
  return deepFreeze(out);
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing

/**
 * Options of {@link renderTrajectory} and {@link renderTrajectories}.
 *
 * @example
 * ```ts
 * import type { TrajectoryChartOptions } from "@wuwei/sti-plan/report";
 * const options: TrajectoryChartOptions = { lang: "en", columns: 3 };
 * options.columns; //=> 3
 * ```
 * @category Evaluation
 */
export interface TrajectoryChartOptions {
  /** Language of the labels (`"zh"` by default). */
  readonly lang?: Lang;
  /** Small multiples: charts per row (2 by default). */
  readonly columns?: number;
  /** Width of one chart in SVG pixels (600 by default, at least 360); long titles wrap to it. */
  readonly width?: number;
}

/** A series' look: Okabe–Ito colour, marker shape and dash pattern, all three distinct per series. @internal */
export interface SeriesStyle {
  readonly colour: string;
  readonly shape: Shape;
  readonly dash: string;
}

type Shape = "circle" | "square" | "triangle" | "diamond" | "triangle-down" | "plus";

/**
 * Okabe and Ito's colour-blind-safe palette (Okabe & Ito 2008, "Color Universal Design"), without yellow (too light
 * on white) and black (kept for the planned path and the target). Each series also has its own marker and dash,
 * so the lines are told apart without colour, in grey print as well. @internal
 */
export const SERIES_STYLES: readonly SeriesStyle[] = deepFreeze([
  { colour: "#0072B2", shape: "circle", dash: "none" },
  { colour: "#D55E00", shape: "square", dash: "7 3" },
  { colour: "#009E73", shape: "triangle", dash: "2 2" },
  { colour: "#CC79A7", shape: "diamond", dash: "8 3 2 3" },
  { colour: "#E69F00", shape: "triangle-down", dash: "4 2 1 2" },
  { colour: "#56B4E9", shape: "plus", dash: "1 3" },
]);

const PLAN_COLOUR = "#000000";
const MUTED = "#57606a";

const WORDS = {
  linear: { zh: "序时进度线（线性）", en: "planned path (linear)" },
  geometric: { zh: "等速增长路径（几何）", en: "planned path (constant growth)" },
  target: { zh: "目标值", en: "target" },
  floor: { zh: "每年下限", en: "annual floor" },
  hollow: { zh: "空心：初步/估计/预测数", en: "hollow: provisional / estimated / forecast" },
  break: { zh: "口径调整", en: "break in series" },
  derived: { zh: "含由县区汇总的年份", en: "some years derived from the counties" },
  noData: { zh: "暂无报送数据", en: "no figures reported" },
  unit: { zh: "单位", en: "unit" },
  status: { zh: "状态", en: "status" },
  trajectory: { zh: "指标走势", en: "trajectories" },
  baseline: { zh: "基期", en: "baseline" },
  cumulative: { zh: "累计值", en: "running total" },
  rankAxis: { zh: "位次越小越好，第1位在上", en: "first place at the top" },
} as const;

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function textWidth(text: string, size: number): number {
  let w = 0;
  for (const char of text) w += displayWidth(char) === 2 ? size : size * 0.58;
  return w;
}

/** The path of a marker centred on (x, y). */
function shapePath(shape: Shape | "star", x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${fmt(x + dx)},${fmt(y + dy)}`;
  switch (shape) {
    case "circle":
      return `M${p(-r, 0)}A${fmt(r)},${fmt(r)} 0 1,0 ${p(r, 0)}A${fmt(r)},${fmt(r)} 0 1,0 ${p(-r, 0)}Z`;
    case "square":
      return `M${p(-r * 0.9, -r * 0.9)}L${p(r * 0.9, -r * 0.9)}L${p(r * 0.9, r * 0.9)}L${p(-r * 0.9, r * 0.9)}Z`;
    case "triangle":
      return `M${p(0, -r * 1.2)}L${p(r * 1.1, r * 0.8)}L${p(-r * 1.1, r * 0.8)}Z`;
    case "triangle-down":
      return `M${p(0, r * 1.2)}L${p(r * 1.1, -r * 0.8)}L${p(-r * 1.1, -r * 0.8)}Z`;
    case "diamond":
      return `M${p(0, -r * 1.3)}L${p(r * 1.3, 0)}L${p(0, r * 1.3)}L${p(-r * 1.3, 0)}Z`;
    case "plus": {
      const a = r * 0.4;
      const b = r * 1.2;
      return `M${p(-a, -b)}L${p(a, -b)}L${p(a, -a)}L${p(b, -a)}L${p(b, a)}L${p(a, a)}L${p(a, b)}L${p(-a, b)}L${p(-a, a)}L${p(-b, a)}L${p(-b, -a)}L${p(-a, -a)}Z`;
    }
    case "star": {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r * 1.5 : r * 0.65;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push(p(rr * Math.cos(angle), rr * Math.sin(angle)));
      }
      return `M${pts.join("L")}Z`;
    }
  }
}

/** A step of 1, 2 or 5 times a power of ten giving about five intervals. */
function niceStep(range: number): number {
  const raw = range / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
}

const hollow = (status: ObservationStatus | undefined) =>
  status === "provisional" || status === "estimated" || status === "forecast";

/** "研发经费投入强度（武威市）", "R&D intensity (Wuwei City)". */
function chartTitle(t: Trajectory, lang: Lang): string {
  const name = indicatorText(t.indicator, lang);
  return lang === "zh" ? `${name}（${t.region.name.zh}）` : `${name} (${t.region.name.en})`;
}

/** The accessible one-line description of a chart. */
function describe(t: Trajectory, lang: Lang): string {
  const sep = lang === "zh" ? "；" : "; ";
  const colon = lang === "zh" ? "：" : ": ";
  const parts = [
    chartTitle(t, lang),
    `${WORDS.target[lang]}${colon}${targetText(t.target, t.indicator, lang)}`,
    `${WORDS.status[lang]}${colon}${statusLabel(t.status, lang)}`,
  ];
  // Read by people (screen readers, tooltips): values by the display rule; the data-* attributes keep them exact.
  if (t.baseline !== null) parts.push(`${WORDS.baseline[lang]} ${formatValue(t.baseline.value)} (${t.baseline.year})`);
  for (const s of t.series) {
    if (s.points.length === 0) continue;
    parts.push(`${s.region.name[lang]}${colon}${s.points.map((p) => `${p.year} ${formatValue(p.value)}`).join(", ")}`);
  }
  return parts.join(sep);
}

interface Drawn {
  readonly width: number;
  readonly height: number;
  readonly label: string;
  readonly body: string;
}

/** Break a text into lines no wider than `max`: Chinese at any character, English between words. */
function wrap(text: string, size: number, max: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line !== "" && textWidth((line + token).trimEnd(), size) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/** The smallest and the default width of a chart, in SVG pixels. */
const MIN_WIDTH = 360;
const DEFAULT_WIDTH = 600;

/** Draw one chart's content (no outer `<svg>`). */
function draw(t: Trajectory, lang: Lang, chartWidth: number): Drawn {
  const width = Math.max(MIN_WIDTH, Math.round(chartWidth));
  const left = 56;
  const right = width - 22;
  const nums = (list: readonly YearValue[] | null | undefined) => (list ?? []).map((m) => Number(m.value));
  const rank = t.target.kind === "rank";

  // Title and subtitle, wrapped to the width; the plot starts below them.
  const colon = lang === "zh" ? "：" : ": ";
  const derived = t.series.some((s) => s.points.some((p) => p.derived));
  const subtitle = [
    `${WORDS.target[lang]}${colon}${targetText(t.target, t.indicator, lang)}`,
    `${WORDS.unit[lang]}${colon}${t.indicator.unit.symbol[lang]}${t.target.kind === "cumulative" ? ` (${WORDS.cumulative[lang]})` : ""}`,
    `${WORDS.status[lang]}${colon}${statusLabel(t.status, lang)}`,
    ...(derived ? [WORDS.derived[lang]] : []),
    ...(rank ? [WORDS.rankAxis[lang]] : []),
  ].join(lang === "zh" ? "　" : " · ");
  const titleLines = wrap(chartTitle(t, lang), 15, width - 28);
  const subtitleLines = wrap(subtitle, 12, width - 28);
  const top = 6 + titleLines.length * 19 + 2 + subtitleLines.length * 16 + 26;
  const bottom = top + 208;

  // Domains.
  const years = [
    ...t.linear.map((m) => m.year),
    ...(t.geometric ?? []).map((m) => m.year),
    ...(t.floor ? [t.floor.from, t.floor.to] : []),
    ...(t.targetPoint ? [t.targetPoint.year] : []),
    ...(t.baseline ? [t.baseline.year] : []),
    ...t.series.flatMap((s) => s.points.map((p) => p.year)),
    t.target.year,
  ];
  const yMin = Math.min(...years);
  const yMax = Math.max(...years);
  const values = [
    ...nums(t.linear),
    ...nums(t.geometric),
    ...(t.floor ? [Number(t.floor.value)] : []),
    ...(t.targetPoint ? [Number(t.targetPoint.value)] : []),
    ...(t.baseline ? [Number(t.baseline.value)] : []),
    ...t.series.flatMap((s) => s.points.map((p) => Number(p.value))),
  ];
  let vMin = values.length > 0 ? Math.min(...values) : 0;
  let vMax = values.length > 0 ? Math.max(...values) : 1;
  if (vMax === vMin) {
    const pad = vMax === 0 ? 1 : Math.abs(vMax) * 0.1;
    vMin -= pad;
    vMax += pad;
  }
  // Ranks: whole places, one place of room either side (not above the first), the first place at the top (a rise
  // in the chart is a gain in rank).
  if (rank) {
    vMin = Math.max(1, vMin - 1);
    vMax += 1;
  }
  const step = rank ? Math.max(1, Math.round(niceStep(vMax - vMin))) : niceStep(vMax - vMin);
  const lo = Math.floor(vMin / step) * step;
  const hi = Math.ceil(vMax / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const x = (year: number) =>
    yMax === yMin ? (left + right) / 2 : left + ((year - yMin) / (yMax - yMin)) * (right - left);
  const y = (v: number) =>
    rank ? top + ((v - lo) / (hi - lo)) * (bottom - top) : bottom - ((v - lo) / (hi - lo)) * (bottom - top);

  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="__H__" fill="#ffffff"/>`);
  let headY = 6;
  for (const line of titleLines) {
    headY += 19;
    parts.push(`<text class="tj-title" x="14" y="${headY}">${esc(line)}</text>`);
  }
  headY += 2;
  for (const line of subtitleLines) {
    headY += 16;
    parts.push(`<text class="tj-sub" x="14" y="${headY}">${esc(line)}</text>`);
  }

  // Grid and axes.
  for (let v = lo, i = 0; v <= hi + step / 1e6 && i < 20; v = lo + ++i * step) {
    const gy = fmt(y(v));
    parts.push(`<line class="tj-grid" x1="${left}" x2="${right}" y1="${gy}" y2="${gy}"/>`);
    parts.push(
      `<text class="tj-tick" x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${v.toFixed(decimals)}</text>`,
    );
  }
  parts.push(`<line class="tj-axis" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`);
  const everyOther = yMax - yMin > 12;
  for (let yr = yMin; yr <= yMax; yr++) {
    if (everyOther && (yr - yMin) % 2 === 1) continue;
    parts.push(`<text class="tj-tick" x="${fmt(x(yr))}" y="${bottom + 16}" text-anchor="middle">${yr}</text>`);
  }

  // Planned paths, floor and target.
  const polyline = (list: readonly YearValue[]) =>
    list.map((m) => `${fmt(x(m.year))},${fmt(y(Number(m.value)))}`).join(" ");
  const dataValues = (list: readonly YearValue[]) => list.map((m) => `${m.year}:${m.value}`).join(" ");
  if (t.linear.length > 0) {
    parts.push(
      `<polyline class="tj-plan" data-path="linear" data-values="${esc(dataValues(t.linear))}" points="${polyline(t.linear)}" fill="none" stroke="${PLAN_COLOUR}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
  }
  if (t.geometric !== null && t.geometric.length > 0) {
    parts.push(
      `<polyline class="tj-plan" data-path="geometric" data-values="${esc(dataValues(t.geometric))}" points="${polyline(t.geometric)}" fill="none" stroke="${PLAN_COLOUR}" stroke-width="1.5" stroke-dasharray="1.5 3"/>`,
    );
  }
  if (t.floor !== null) {
    const fy = fmt(y(Number(t.floor.value)));
    parts.push(
      `<line class="tj-floor" data-value="${esc(t.floor.value)}" x1="${fmt(x(t.floor.from))}" x2="${fmt(x(t.floor.to))}" y1="${fy}" y2="${fy}" stroke="${PLAN_COLOUR}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
  }
  if (t.baseline !== null && t.linear.length > 0) {
    parts.push(
      `<circle class="tj-base" data-year="${t.baseline.year}" data-value="${esc(t.baseline.value)}" cx="${fmt(x(t.baseline.year))}" cy="${fmt(y(Number(t.baseline.value)))}" r="3" fill="${PLAN_COLOUR}"/>`,
    );
  }
  if (t.targetPoint !== null) {
    const tx = x(t.targetPoint.year);
    const ty = y(Number(t.targetPoint.value));
    parts.push(
      `<path class="tj-target" data-year="${t.targetPoint.year}" data-value="${esc(t.targetPoint.value)}" d="${shapePath("star", tx, ty, 5)}" fill="${PLAN_COLOUR}"/>`,
    );
    const label = `${WORDS.target[lang]} ${formatValue(t.targetPoint.value)}`;
    parts.push(label9(fmt(tx - 9), fmt(ty - 9), "end", label));
  }

  // Series: lines broken at a break in series, markers hollow for provisional, estimated and forecast figures.
  let anyHollow = false;
  let anyBreak = false;
  t.series.forEach((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] as SeriesStyle;
    const runs: TrajectoryPoint[][] = [];
    for (const p of s.points) {
      const run = runs.at(-1);
      if (run === undefined || p.status === "break") runs.push([p]);
      else run.push(p);
    }
    const width = s.main ? 2.25 : 1.5;
    for (const run of runs) {
      if (run.length < 2) continue;
      parts.push(
        `<polyline class="tj-line" data-series="${esc(s.region.id)}" points="${polyline(run)}" fill="none" stroke="${style.colour}" stroke-width="${width}"${style.dash === "none" ? "" : ` stroke-dasharray="${style.dash}"`}/>`,
      );
    }
    s.points.forEach((p, k) => {
      if (p.status === "break" && k > 0) {
        anyBreak = true;
        const prev = s.points[k - 1] as TrajectoryPoint;
        const bx = fmt((x(prev.year) + x(p.year)) / 2);
        parts.push(
          `<line class="tj-break" data-series="${esc(s.region.id)}" data-year="${p.year}" x1="${bx}" x2="${bx}" y1="${top}" y2="${bottom}" stroke="${style.colour}" stroke-width="1.25" stroke-dasharray="3 3"/>`,
        );
        parts.push(label9(bx, fmt(top - 4), "middle", WORDS.break[lang], style.colour));
      }
    });
    for (const p of s.points) {
      const open = hollow(p.status);
      anyHollow ||= open;
      parts.push(
        `<path class="tj-pt" data-series="${esc(s.region.id)}" data-shape="${style.shape}" data-dash="${style.dash}" data-colour="${style.colour}" data-year="${p.year}" data-value="${esc(p.value)}"${p.status === undefined ? "" : ` data-status="${p.status}"`}${p.derived ? ` data-derived="true"` : ""} d="${shapePath(style.shape, x(p.year), y(Number(p.value)), s.main ? 4.5 : 4)}" fill="${open ? "#ffffff" : style.colour}" stroke="${style.colour}" stroke-width="1.6"/>`,
      );
    }
  });
  if (t.series.every((s) => s.points.length === 0)) {
    parts.push(
      `<text class="tj-empty" x="${fmt((left + right) / 2)}" y="${fmt(top + 22)}" text-anchor="middle">${esc(WORDS.noData[lang])}</text>`,
    );
  }

  // Legend: every series with its marker and dash, then the planned paths, the target and the conventions used.
  const items: { sample: string; label: string }[] = [];
  const sampleLine = (colour: string, dash: string, w: number) =>
    `<line x1="0" x2="26" y1="0" y2="0" stroke="${colour}" stroke-width="${w}"${dash === "none" ? "" : ` stroke-dasharray="${dash}"`}/>`;
  t.series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const style = SERIES_STYLES[i % SERIES_STYLES.length] as SeriesStyle;
    items.push({
      sample: `${sampleLine(style.colour, style.dash, s.main ? 2.25 : 1.5)}<path d="${shapePath(style.shape, 13, 0, 4)}" fill="${style.colour}" stroke="${style.colour}" stroke-width="1.6"/>`,
      label: s.region.name[lang],
    });
  });
  if (t.linear.length > 0) items.push({ sample: sampleLine(PLAN_COLOUR, "6 4", 1.5), label: WORDS.linear[lang] });
  if (t.geometric !== null && t.geometric.length > 0) {
    items.push({ sample: sampleLine(PLAN_COLOUR, "1.5 3", 1.5), label: WORDS.geometric[lang] });
  }
  if (t.floor !== null) items.push({ sample: sampleLine(PLAN_COLOUR, "6 4", 1.5), label: WORDS.floor[lang] });
  if (t.targetPoint !== null) {
    items.push({
      sample: `<path d="${shapePath("star", 13, 0, 5)}" fill="${PLAN_COLOUR}"/>`,
      label: WORDS.target[lang],
    });
  }
  if (anyHollow) {
    items.push({
      sample: `<path d="${shapePath("circle", 13, 0, 4.5)}" fill="#ffffff" stroke="${MUTED}" stroke-width="1.6"/>`,
      label: WORDS.hollow[lang],
    });
  }
  if (anyBreak) {
    items.push({
      sample: `<line x1="13" x2="13" y1="-7" y2="7" stroke="${MUTED}" stroke-width="1.25" stroke-dasharray="3 3"/>`,
      label: WORDS.break[lang],
    });
  }
  let lx = 16;
  let ly = bottom + 40;
  for (const item of items) {
    const w = 32 + textWidth(item.label, 12) + 18;
    if (lx + w > width - 8 && lx > 16) {
      lx = 16;
      ly += 20;
    }
    parts.push(
      `<g class="tj-legend" transform="translate(${fmt(lx)},${fmt(ly)})">${item.sample}<text x="32" y="4">${esc(item.label)}</text></g>`,
    );
    lx += w;
  }
  const height = ly + 16;
  return {
    width,
    height,
    label: describe(t, lang),
    body: parts.join("\n").replace("__H__", String(height)),
  };
}

/**
 * A small label on a white halo, so it stays readable where it crosses a line: the same text twice, the first one
 * stroked white (renderers without `paint-order` would paint a stroke over the text itself).
 */
function label9(x: string, y: string, anchor: "end" | "middle", text: string, colour?: string): string {
  const at = `x="${x}" y="${y}" text-anchor="${anchor}"`;
  return `<text class="tj-halo" ${at} aria-hidden="true">${esc(text)}</text><text class="tj-label" ${at}${colour === undefined ? "" : ` fill="${colour}"`}>${esc(text)}</text>`;
}

const STYLE = `.tj{font-family:${FONT_FAMILY.replace(/"/g, "'")};fill:#1f2328}.tj-title{font-size:15px;font-weight:700}.tj-sub{font-size:12px;fill:${MUTED}}.tj-tick{font-size:11px;fill:${MUTED}}.tj-label{font-size:11px}.tj-halo{font-size:11px;fill:#ffffff;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round}.tj-legend{font-size:12px}.tj-empty{font-size:13px;fill:${MUTED}}.tj-grid{stroke:#e1e4e8;stroke-width:1}.tj-axis{stroke:#8c959f;stroke-width:1}`;

/**
 * Draw one trajectory as an SVG chart: the reported figure of each year (a marker per year, the region's own line
 * solid, counties beside it each with its own colour, marker and dash), the linear planned path from the
 * baseline to the target (dashed) and the constant-growth path where drawn (dotted), the target as a star, an
 * annual floor as a line; provisional, estimated and forecast figures hollow; a break in series as a gap in the
 * line with a dashed mark. Colours from the Okabe–Ito palette; every series also differs by marker and dash. A
 * `<title>`, `role="img"` and an `aria-label` listing the figures make it readable without sight; CJK fonts are
 * listed first so Chinese renders; every text is escaped.
 *
 * @param trajectory - one of {@link trajectories}
 * @param options - language
 * @returns the SVG document
 * @example
 * ```ts
 * import { renderTrajectory, scorecard, trajectories } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2023-12-31", method: "schedule", region: "wuwei",
 * });
 * const rd = trajectories(card).find((t) => t.indicator.id === "rd-intensity");
 * const svg = rd ? renderTrajectory(rd) : "";
 * svg.startsWith("<svg"); //=> true
 * svg.includes('data-path="linear" data-values="2020:0.62 2021:0.796 2022:0.972 2023:1.148 2024:1.324 2025:1.5"'); //=> true
 * ```
 * @category Evaluation
 */
export function renderTrajectory(trajectory: Trajectory, options: TrajectoryChartOptions = {}): string {
  const lang = options.lang ?? "zh";
  const chart = draw(trajectory, lang, options.width ?? DEFAULT_WIDTH);
  const label = esc(chart.label);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tj" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-label="${label}" lang="${langAttr(lang)}">`,
    `<title>${label}</title>`,
    `<style>${STYLE}</style>`,
    chart.body,
    "</svg>",
    "",
  ].join("\n");
}

/**
 * Draw several trajectories as small multiples in one SVG: the charts of {@link renderTrajectory} in a grid
 * (`columns` per row, 2 by default), each keeping its own legend and accessible name.
 *
 * @param list - trajectories (for example all of a scorecard's, or one chapter's)
 * @param options - language and columns
 * @returns the SVG document
 * @example
 * ```ts
 * import { renderTrajectories, scorecard, trajectories } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule", region: "wuwei" });
 * const list = trajectories(card).slice(0, 4);
 * const svg = renderTrajectories(list, { columns: 2, lang: "en" });
 * svg.match(/<svg /g)?.length; //=> 5
 * ```
 * @category Evaluation
 */
export function renderTrajectories(list: readonly Trajectory[], options: TrajectoryChartOptions = {}): string {
  const lang = options.lang ?? "zh";
  const columns = Math.max(1, Math.floor(options.columns ?? 2));
  const charts = list.map((t) => draw(t, lang, options.width ?? DEFAULT_WIDTH));
  const cellW = charts[0]?.width ?? DEFAULT_WIDTH;
  const gap = 16;
  const rowsOf: Drawn[][] = [];
  charts.forEach((c, i) => {
    if (i % columns === 0) rowsOf.push([]);
    rowsOf.at(-1)?.push(c);
  });
  const parts: string[] = [];
  let y = 0;
  for (const row of rowsOf) {
    const h = Math.max(...row.map((c) => c.height));
    row.forEach((c, i) => {
      parts.push(
        `<svg x="${i * (cellW + gap)}" y="${y}" width="${c.width}" height="${c.height}" viewBox="0 0 ${c.width} ${c.height}" role="img" aria-label="${esc(c.label)}">`,
        `<title>${esc(c.label)}</title>`,
        c.body,
        "</svg>",
      );
    });
    y += h + gap;
  }
  const width = Math.min(columns, Math.max(1, charts.length)) * (cellW + gap) - gap;
  const height = Math.max(1, y - gap);
  const title = esc(
    lang === "zh" ? `${WORDS.trajectory.zh}（${list.length}项）` : `${WORDS.trajectory.en} (${list.length})`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="tj" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${title}" lang="${langAttr(lang)}">`,
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

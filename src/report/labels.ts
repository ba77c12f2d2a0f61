/**
 * Words of the reports in Chinese and English: statuses, methods, comparators, column headers.
 *
 * @module
 */
import type { Comparator, Direction, TargetKind } from "../model/schema.js";
import type { AssessmentStatus, Method } from "./progress-types.js";
import type { Lang } from "./types.js";

type Words = Readonly<Record<Lang, string>>;

/** Every status, in the order reports list them (best first within each method, `not-assessable` last). @internal */
export const STATUS_ORDER: readonly AssessmentStatus[] = [
  "target-achieved",
  "on-schedule",
  "behind-schedule",
  "regressing",
  "target-missed",
  "substantial-progress",
  "moderate-progress",
  "limited-progress",
  "deterioration",
  "on-track",
  "accelerate",
  "reverse-trend",
  "not-assessable",
];

const STATUS: Readonly<Record<AssessmentStatus, Words>> = {
  "target-achieved": { zh: "已实现", en: "achieved" },
  "on-schedule": { zh: "符合序时进度", en: "on schedule" },
  "behind-schedule": { zh: "滞后于序时进度", en: "behind schedule" },
  regressing: { zh: "倒退", en: "regressing" },
  "target-missed": { zh: "未实现", en: "missed" },
  "substantial-progress": { zh: "显著进展", en: "substantial progress" },
  "moderate-progress": { zh: "有进展但需加快", en: "moderate progress" },
  "limited-progress": { zh: "进展有限", en: "limited progress" },
  deterioration: { zh: "恶化", en: "deterioration" },
  "on-track": { zh: "预计可实现", en: "on track" },
  accelerate: { zh: "需加快进度", en: "accelerate" },
  "reverse-trend": { zh: "需扭转趋势", en: "reverse trend" },
  "not-assessable": { zh: "无法评估", en: "not assessable" },
};

/**
 * The label of an assessment status in Chinese or English, as the reports print it.
 *
 * @param status - an assessment status
 * @param lang - `"zh"` (default) or `"en"`
 * @returns the label
 * @example
 * ```ts
 * import { statusLabel } from "@wuwei/sti-plan/report";
 * statusLabel("behind-schedule"); //=> "滞后于序时进度"
 * statusLabel("behind-schedule", "en"); //=> "behind schedule"
 * ```
 * @category Report
 */
export function statusLabel(status: AssessmentStatus, lang: Lang = "zh"): string {
  return STATUS[status][lang];
}

const METHOD: Readonly<Record<Method, Words>> = {
  schedule: { zh: "序时进度法", en: "time-proportional schedule" },
  "growth-ratio": { zh: "增速比值法", en: "growth ratio (Open SDG)" },
  projection: { zh: "趋势外推法", en: "projection (UN ESCAP)" },
};

/**
 * The name of a progress method in Chinese or English.
 *
 * @param method - `"schedule"`, `"growth-ratio"` or `"projection"`
 * @param lang - `"zh"` (default) or `"en"`
 * @returns the name
 * @example
 * ```ts
 * import { methodLabel } from "@wuwei/sti-plan/report";
 * methodLabel("schedule"); //=> "序时进度法"
 * methodLabel("growth-ratio", "en"); //=> "growth ratio (Open SDG)"
 * ```
 * @category Report
 */
export function methodLabel(method: Method, lang: Lang = "zh"): string {
  return METHOD[method][lang];
}

/** The tone of a status: decides its colour. @internal */
export type Tone = "achieved" | "good" | "warn" | "behind" | "missed" | "worse" | "none";

const TONE: Readonly<Record<AssessmentStatus, Tone>> = {
  "target-achieved": "achieved",
  "on-schedule": "good",
  "substantial-progress": "good",
  "on-track": "good",
  "moderate-progress": "warn",
  accelerate: "warn",
  "behind-schedule": "behind",
  "limited-progress": "behind",
  regressing: "worse",
  deterioration: "worse",
  "reverse-trend": "worse",
  "target-missed": "missed",
  "not-assessable": "none",
};

/** @internal */
export function toneOf(status: AssessmentStatus): Tone {
  return TONE[status];
}

/** Colours of the chart and the HTML page (readable on white, distinguishable in print). @internal */
export const TONE_COLOUR: Readonly<Record<Tone, string>> = {
  achieved: "#1a7f37",
  good: "#2da44e",
  warn: "#bf8700",
  behind: "#e16f24",
  missed: "#cf222e",
  worse: "#82071e",
  none: "#8c959f",
};

/** ANSI SGR codes for the terminal. @internal */
export const TONE_ANSI: Readonly<Record<Tone, string>> = {
  achieved: "1;32",
  good: "32",
  warn: "33",
  behind: "33",
  missed: "31",
  worse: "1;31",
  none: "2",
};

/** How a target's wording reads before its figure. @internal */
function comparatorWords(comparator: Comparator, direction: Direction, lang: Lang): string {
  const lower = direction === "decrease";
  const words: Readonly<Record<Comparator, Words>> = {
    "at-least": lower ? { zh: "不高于", en: "at most" } : { zh: "不低于", en: "at least" },
    reach: { zh: "达到", en: "reach" },
    "strive-for": { zh: "力争", en: "strive for" },
    ensure: { zh: "确保", en: "ensure" },
    "never-decrease": { zh: "只增不减", en: "never decrease" },
  };
  return words[comparator][lang];
}

/**
 * How a target's kind reads: in Chinese before the comparator ("每年", "累计", "新增"), in English after the figure
 * ("a year", "in total", "more"); nothing for an end level. @internal
 */
function kindWords(kind: TargetKind, lang: Lang): string {
  const words: Readonly<Partial<Record<TargetKind, Words>>> = {
    "annual-floor": { zh: "每年", en: "a year" },
    cumulative: { zh: "累计", en: "in total" },
    increment: { zh: "新增", en: "more" },
  };
  return words[kind]?.[lang] ?? "";
}

/**
 * A target's wording, composed once for every renderer: in Chinese the kind before the comparator ("每年不低于 2",
 * "新增达到 3"), in English after the figure ("at least 2 a year", "reach 3 more"). `figure` is the figure to
 * place (`null` for a target without one, such as never-decrease); left out, for a table with the figure in a
 * column of its own, the English kind goes in brackets after the comparator ("at least (a year)"). @internal
 */
export function targetWording(
  target: { readonly kind: TargetKind; readonly comparator: Comparator },
  direction: Direction,
  lang: Lang,
  figure?: string | null,
): string {
  const kind = kindWords(target.kind, lang);
  const words = comparatorWords(target.comparator, direction, lang);
  if (figure === undefined && lang === "en") return kind === "" ? words : `${words} (${kind})`;
  const placed = figure === undefined || figure === null ? "" : ` ${figure}`;
  return lang === "zh" ? `${kind}${words}${placed}` : `${words}${placed}${kind ? ` ${kind}` : ""}`;
}

/** The words of the reports. @internal */
export const WORDS = {
  scorecard: { zh: "进展记分卡", en: "progress scorecard" },
  overview: { zh: "目标与序时进度", en: "targets and milestones" },
  asOf: { zh: "评估日期", en: "as of" },
  method: { zh: "方法", en: "method" },
  region: { zh: "地区", en: "region" },
  allRegions: { zh: "全部", en: "all" },
  indicator: { zh: "指标", en: "indicator" },
  baseline: { zh: "基期值", en: "baseline" },
  target: { zh: "目标值", en: "target" },
  latest: { zh: "最新值", en: "latest" },
  status: { zh: "状态", en: "status" },
  notes: { zh: "说明", en: "notes" },
  requiredRate: { zh: "年均增速要求", en: "required growth" },
  summary: { zh: "汇总", en: "summary" },
  byStatus: { zh: "按状态", en: "by status" },
  byChapter: { zh: "按章节", en: "by chapter" },
  byRegion: { zh: "按地区", en: "by region" },
  binding: { zh: "约束性指标", en: "binding indicators" },
  bindingMark: { zh: "* 约束性指标", en: "* binding indicator" },
  total: { zh: "共", en: "total" },
  none: { zh: "无", en: "none" },
  chart: { zh: "完成进度与时间进度", en: "completion against time share" },
  illustrative: { zh: "", en: "" },
  /** The method as the evaluation report's cover and the desk page's form name it. */
  assessmentMethod: { zh: "评估方法", en: "method" },
} as const satisfies Record<string, Words>;

/** A problem's severity in words, wherever a report, the desk page or the CLI names it (decision `severity-words`). @internal */
export const SEVERITY_WORDS = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
} as const satisfies Record<"error" | "warning" | "info", Words>;

/** A figure's label and how to show it. @internal */
export interface FigureFormat {
  readonly label: Words;
  /** `fraction`: a share shown as a percentage; `points`: a difference of shares in percentage points. */
  readonly as: "fraction" | "points" | "number";
}

/** Labels of the figures the progress methods produce; unknown keys are shown by their key. @internal */
export const FIGURES: Readonly<Record<string, FigureFormat>> = {
  completion: { label: { zh: "完成进度", en: "completion" }, as: "fraction" },
  timeShare: { label: { zh: "时间进度", en: "time share" }, as: "fraction" },
  lead: { label: { zh: "进度差", en: "lead" }, as: "points" },
  expectedValue: { label: { zh: "序时应达值", en: "due by now" }, as: "number" },
  aheadOfPath: { label: { zh: "超出序时值", en: "ahead of path" }, as: "number" },
  increment: { label: { zh: "新增", en: "increment" }, as: "number" },
  expectedIncrement: { label: { zh: "序时应新增", en: "increment due" }, as: "number" },
  total: { label: { zh: "累计", en: "total" }, as: "number" },
  expectedTotal: { label: { zh: "序时应累计", en: "total due" }, as: "number" },
  positionsGained: { label: { zh: "位次提升", en: "positions gained" }, as: "number" },
  positionsNeeded: { label: { zh: "需提升位次", en: "positions needed" }, as: "number" },
  expectedPositionsGained: { label: { zh: "序时应提升", en: "positions due" }, as: "number" },
  yearsMet: { label: { zh: "达标年数", en: "years met" }, as: "number" },
  yearsElapsed: { label: { zh: "已过年数", en: "years elapsed" }, as: "number" },
  yearsMissed: { label: { zh: "未达标年数", en: "years missed" }, as: "number" },
  falls: { label: { zh: "下降次数", en: "falls" }, as: "number" },
  comparisons: { label: { zh: "比较次数", en: "comparisons" }, as: "number" },
  baseYear: { label: { zh: "基年", en: "base year" }, as: "number" },
  actualRate: { label: { zh: "实际年均增速", en: "actual growth" }, as: "fraction" },
  requiredRate: { label: { zh: "所需年均增速", en: "required growth" }, as: "fraction" },
  progressValue: { label: { zh: "增速比值", en: "growth ratio" }, as: "fraction" },
  score: { label: { zh: "得分", en: "score" }, as: "number" },
  projectedValue: { label: { zh: "预计目标年值", en: "projected value" }, as: "number" },
  projectedCompletion: { label: { zh: "预计完成进度", en: "projected completion" }, as: "fraction" },
  slope: { label: { zh: "年均变化", en: "slope" }, as: "number" },
  growthProjection: { label: { zh: "按增速预计值", en: "growth projection" }, as: "number" },
};

/** The figures the tables show for each method (CSV and JSON carry them all). @internal */
export const TABLE_FIGURES: Readonly<Record<Method, readonly string[]>> = {
  schedule: ["completion", "timeShare", "lead"],
  "growth-ratio": ["actualRate", "requiredRate", "progressValue", "score"],
  projection: ["projectedValue", "projectedCompletion"],
};

/**
 * The evaluation report (中期评估报告 / 终期评估报告): a print-ready A4 HTML document made from a scorecard.
 *
 * @module
 */
import { FIELD_ZH } from "../observations/locales/zh.js";
import {
  type ClassOptions,
  classLabel,
  EVALUATION_CLASSES,
  type EvaluationClass,
  evaluationClasses,
} from "./classes.js";
import { escapeXml as esc } from "./escape.js";
import { type EvaluationRow, evaluationHead, evaluationRows, evaluationSummary } from "./evaluation-data.js";
import { methodLabel, SEVERITY_WORDS, STATUS_ORDER, statusLabel, TONE_COLOUR, toneOf, WORDS } from "./labels.js";
import { htmlPage } from "./page.js";
import type { AssessmentStatus } from "./progress-types.js";
import { FONT_FAMILY } from "./svg.js";
import {
  figureLabel,
  formatFigure,
  indicatorText,
  latestText,
  MISSING,
  readCountsLine,
  targetText,
  valueText,
} from "./table.js";
import { renderTrajectory, type Trajectory, trajectories } from "./trajectory.js";
import type { Lang, Scorecard, StatusCounts } from "./types.js";

/**
 * A problem found while reading or validating the figures, as the data-problems appendix lists it. The issues of
 * `validateObservations` and of the file readers have this shape.
 *
 * @example
 * ```ts
 * import type { ReportProblem } from "@wuwei/sti-plan/report";
 * const problem: ReportProblem = { code: "unknown-region", severity: "error", line: 4, path: [2, "region"],
 *   message: { zh: "未知地区", en: "unknown region" } };
 * problem.line; //=> 4
 * ```
 * @category Evaluation
 */
export interface ReportProblem {
  /** A stable code (`unknown-region`, `not-a-number`, …). */
  readonly code: string;
  /** Errors rejected the row; warnings kept it; information (a skipped title or footnote, a cell with no figure) changed nothing. */
  readonly severity: "error" | "warning" | "info";
  /** The 1-based line of the file, when the figures came from a file. */
  readonly line?: number;
  /** Where in the input: `[row, field]`, `[row]` or `[]`. */
  readonly path: readonly (string | number)[];
  /** The message in Chinese and English. */
  readonly message: { readonly zh: string; readonly en: string };
}

/** A problem as the appendix lists it: its place already in words. */
interface Listed {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  readonly place: string;
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * Options of {@link renderEvaluationReport}.
 *
 * @example
 * ```ts
 * import type { EvaluationReportOptions } from "@wuwei/sti-plan/report";
 * const options: EvaluationReportOptions = { lang: "en", stage: "mid-term", band: "0.05", source: "data.csv" };
 * options.stage; //=> "mid-term"
 * ```
 * @category Evaluation
 */
export interface EvaluationReportOptions extends ClassOptions {
  /** Language (the scorecard's by default). */
  readonly lang?: Lang;
  /**
   * `mid-term` (中期评估) or `final` (终期评估). By default `final` when the scorecard's date is after the end of
   * the plan period, else `mid-term`.
   */
  readonly stage?: "mid-term" | "final";
  /** The charts, from {@link trajectories} with the plan and the figures; by default from the scorecard alone. */
  readonly trajectories?: readonly Trajectory[];
  /** The problems found reading and validating the figures, for the data-problems appendix. */
  readonly problems?: readonly ReportProblem[];
  /** Where the figures came from (a file name), printed on the cover. */
  readonly source?: string;
}

type Words = Readonly<Record<Lang, string>>;

/**
 * Width of a chart in the report, in SVG pixels. Two charts share the width of an A4 page (about 87 mm each), so
 * a 420-pixel chart prints its 12-pixel labels at about 7 pt.
 */
const CHART_WIDTH = 420;
const W = {
  midTerm: { zh: "实施情况中期评估报告", en: "Mid-term evaluation report" },
  final: { zh: "实施情况终期评估报告", en: "Final evaluation report" },
  region: { zh: "评估范围", en: "Regions" },
  allRegions: { zh: "全市及各县区", en: "the city and every county" },
  data: { zh: "数据来源", en: "Data" },
  targets: { zh: "评估目标", en: "Targets assessed" },
  generated: {
    zh: "本报告由 @wuwei/sti-plan 根据报送数据生成，数值按规划原文逐条核对；评估结论以报送数据为准。",
    en: "Made by @wuwei/sti-plan from the reported figures; every target is as the plan states it. The verdicts are only as good as the figures reported.",
  },
  contents: { zh: "目录", en: "Contents" },
  summary: { zh: "一、总体情况", en: "1. Summary" },
  chapters: { zh: "二、分章节情况", en: "2. By chapter" },
  regions: { zh: "三、分地区情况", en: "3. By region" },
  charts: { zh: "四、主要指标走势", en: "4. Trajectories" },
  problems: { zh: "附录一　数据问题", en: "Appendix A. Data problems" },
  wholeInput: { zh: "整个文件", en: "the whole input" },
  methods: { zh: "附录二　评估方法", en: "Appendix B. Methods" },
  cls: { zh: "评估类别", en: "class" },
  count: { zh: "项数", en: "targets" },
  share: { zh: "占比", en: "share" },
  rule: { zh: "判定标准", en: "rule" },
  total: { zh: "合计", en: "total" },
  binding: { zh: "其中约束性指标", en: "of which binding" },
  noProblems: {
    zh: "读取和校验报送数据时未发现问题。",
    en: "No problems were found reading and validating the figures.",
  },
  notAssessable: { zh: "无法评估的目标及原因", en: "Targets that could not be assessed, and why" },
  noneNotAssessable: { zh: "所有目标均可评估。", en: "Every target could be assessed." },
  place: { zh: "位置", en: "place" },
  severity: { zh: "级别", en: "severity" },
  code: { zh: "代码", en: "code" },
  messageCol: { zh: "说明", en: "message" },
  reason: { zh: "原因", en: "reason" },
  figure: { zh: "图", en: "Figure" },
  otherMethod: {
    zh: "提前实现、快于预期、基本符合预期、相对滞后四类以序时进度法的完成进度与时间进度划分；本报告采用其他方法，按该方法的状态汇总。",
    en: "The four classes read the schedule method's completion against the time share; this report uses another method and counts its statuses instead.",
  },
} as const satisfies Record<string, Words>;

/** The rule of each class, as the summary table states it (band in percentage points). */
function ruleText(cls: EvaluationClass, points: string, lang: Lang): string {
  const zh: Record<EvaluationClass, string> = {
    "achieved-early": "目标年份之前已达到目标值",
    faster: `完成进度超过时间进度 ${points} 个百分点及以上`,
    "in-line": `完成进度与时间进度相差不足 ${points} 个百分点（落后恰为 ${points} 个百分点也计入）`,
    lagging: `完成进度落后时间进度超过 ${points} 个百分点，或较基期倒退`,
    achieved: "目标年份数据已达到目标值",
    missed: "目标年份数据未达到目标值",
    "not-assessable": "缺少基期值、数据或目标，见附录一",
  };
  const en: Record<EvaluationClass, string> = {
    "achieved-early": "target reached before its year",
    faster: `completion ahead of the time share by ${points} points or more`,
    "in-line": `completion within ${points} points of the time share (exactly ${points} behind included)`,
    lagging: `completion behind the time share by more than ${points} points, or worse than the baseline`,
    achieved: "the target year's figure reaches the target",
    missed: "the target year's figure falls short",
    "not-assessable": "no baseline, data or target: see appendix A",
  };
  return (lang === "zh" ? zh : en)[cls];
}

/** A string for a CSS `content:` value: quotes, backslashes, line breaks and `<` escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

function style(header: string, footer: string): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: ${FONT_FAMILY}; color: #1f2328; line-height: 1.55; font-size: 10.5pt; }
body { margin: 0 auto; max-width: 180mm; padding: 12mm 0; }
h1 { font-size: 22pt; margin: 0; letter-spacing: .04em; }
h2 { font-size: 14pt; margin: 0 0 4mm; padding-bottom: 1.5mm; border-bottom: 1.5pt solid #1f2328; }
h3 { font-size: 11.5pt; margin: 6mm 0 2mm; }
p { margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 0 0 4mm; }
thead { display: table-header-group; }
th, td { border: .5pt solid #b8c0c8; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
th { background: #eef1f4; font-weight: 700; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.status { font-weight: 600; white-space: nowrap; }
td.class, th.class { white-space: nowrap; }
table.detail td:nth-child(2), table.not-assessable td:nth-child(2) { white-space: nowrap; }
table.detail td:nth-child(4) { min-width: 6.5em; }
td.status::before { content: ""; display: inline-block; width: .65em; height: .65em; border-radius: 50%; margin-right: .35em; background: currentColor; }
caption { caption-side: top; text-align: left; font-weight: 700; margin-bottom: 1.5mm; }
.cover { padding-top: 45mm; text-align: center; }
.cover .plan { font-size: 16pt; font-weight: 700; margin-bottom: 3mm; }
.cover .number { font-size: 12pt; margin-bottom: 14mm; }
.cover table.meta { width: auto; margin: 16mm auto 0; font-size: 11pt; }
.cover table.meta th, .cover table.meta td { border: 0; background: none; padding: 1mm 3mm; }
.cover table.meta th { text-align: right; color: #57606a; font-weight: 400; }
.cover .note { margin-top: 24mm; font-size: 9pt; color: #57606a; }
.toc ol { padding-left: 0; list-style: none; }
.toc a { color: inherit; text-decoration: none; }
.charts { font-size: 0; }
figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart { display: inline-block; width: 49%; vertical-align: top; margin: 0 0 5mm; font-size: 10pt; }
figure.chart:nth-child(odd) { margin-right: 2%; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 8.5pt; color: #57606a; margin-top: 1mm; }
.methods dt { font-weight: 700; margin-top: 2.5mm; }
.methods dd { margin: 0 0 0 4mm; }
.formula { font-family: "Noto Serif CJK SC", "Times New Roman", serif; font-style: italic; white-space: nowrap; }
.sources li { margin-bottom: 1mm; }
section.page, nav.page { break-before: page; page-break-before: always; }
h2, h3, caption { break-after: avoid; page-break-after: avoid; }
tr, .keep { break-inside: avoid; page-break-inside: avoid; }
@media screen {
  html { background: #e9ecef; }
  body { background: #fff; padding: 15mm 15mm; box-shadow: 0 0 4mm rgba(0,0,0,.15); max-width: 210mm; }
  section.page { margin-top: 12mm; padding-top: 12mm; border-top: 1px dashed #b8c0c8; }
}
@page {
  size: A4;
  margin: 20mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(header)}; font-size: 8pt; color: #57606a; }
  @top-right { content: ${cssString(footer)}; font-size: 8pt; color: #57606a; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #57606a; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-center { content: none; }
}
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  th { background: #eef1f4; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
}

const percent = (n: number, total: number) => (total === 0 ? MISSING : `${((n / total) * 100).toFixed(1)}%`);

function statusCell(status: AssessmentStatus, lang: Lang): string {
  return `<td class="status" data-status="${status}" style="color:${TONE_COLOUR[toneOf(status)]}">${esc(statusLabel(status, lang))}</td>`;
}

/** The place of a problem: the file line and field, else the path. */
function placeText(problem: ReportProblem, lang: Lang): string {
  const field = typeof problem.path[1] === "string" ? problem.path[1] : undefined;
  if (problem.line !== undefined) {
    return lang === "zh"
      ? `第${problem.line}行${field === undefined ? "" : `，${FIELD_ZH[field] ?? field}`}`
      : `line ${problem.line}${field === undefined ? "" : `, ${field}`}`;
  }
  if (problem.path.length === 0) return W.wholeInput[lang];
  const [row, ...rest] = problem.path;
  return `rows[${String(row)}]${rest.map((p) => `.${String(p)}`).join("")}`;
}

/** The figures a details table shows for the method. */
function figureColumns(
  method: Scorecard["method"],
): readonly ("completion" | "timeShare" | "progressValue" | "projectedCompletion")[] {
  if (method === "schedule") return ["completion", "timeShare"];
  if (method === "growth-ratio") return ["progressValue"];
  return ["projectedCompletion"];
}

/** "已实现 1 · 符合序时进度 2" from counts. */
function countsLine(counts: StatusCounts, lang: Lang): string {
  const parts = STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0).map((s) => `${statusLabel(s, lang)} ${counts[s]}`);
  return parts.length > 0 ? parts.join(lang === "zh" ? "，" : ", ") : MISSING;
}

/**
 * Print a scorecard as an evaluation report (中期评估报告 before the end of the plan period, 终期评估报告 after it):
 * one self-contained HTML document for A4 paper, with
 * - a cover: the plan's title, its document number, the kind of report, the as-of date, the method, the regions;
 * - 一、总体情况: the targets by class — 提前实现 / 快于预期 / 基本符合预期 / 相对滞后 (see {@link scheduleClass}, schedule
 *   method only) — and by status, the scorecard's own totals, binding indicators apart;
 * - 二、分章节情况: one table per chapter, a row per target and region;
 * - 三、分地区情况: one row per region;
 * - 四、主要指标走势: the trajectory chart of every target ({@link renderTrajectory});
 * - 附录一: every problem found reading and validating the figures, one row each, and the targets that could not be
 *   assessed with the reasons; 附录二: the methods, with formulas and sources.
 *
 * For print: `@page` A4 with margins, the plan and the kind of report in the top margin, the date at the top right
 * and "page / pages" at the foot (CSS page-margin boxes, which Chromium prints from version 131), none on the
 * cover; every section from a new page, table headers repeated on each page, rows and charts never split. No
 * scripts, no external assets, every text escaped.
 *
 * @param card - the scorecard
 * @param options - language, stage, band, charts, problems, source
 * @returns the HTML document
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { renderEvaluationReport, scorecard } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2024-03-31", method: "schedule", region: "wuwei",
 * });
 * const html = renderEvaluationReport(card);
 * html.startsWith('<!doctype html>\n<html lang="zh-CN">'); //=> true
 * html.includes("<h1>实施情况中期评估报告</h1>"); //=> true
 * html.includes("@page"); //=> true
 * ```
 * @category Evaluation
 */
export function renderEvaluationReport(card: Scorecard, options: EvaluationReportOptions = {}): string {
  const head = evaluationHead(card);
  const lang = options.lang ?? head.lang;
  const rows = evaluationRows(card);
  const summary = evaluationSummary(card);
  const classes = evaluationClasses(card, options.band === undefined ? {} : { band: options.band });
  const stage = options.stage ?? (head.asOf > `${head.plan.period.end}-12-31` ? "final" : "mid-term");
  const kind = stage === "final" ? W.final[lang] : W.midTerm[lang];
  const t = (w: Words) => esc(w[lang]);
  const colon = lang === "zh" ? "：" : ": ";
  const charts = options.trajectories ?? trajectories(card);
  // The problems to list: those passed in, else those the scorecard carries from reading its file.
  const listed: readonly Listed[] =
    options.problems?.map((p) => ({ ...p, place: placeText(p, lang) })) ??
    head.read?.problems.map((p) => ({ ...p, place: p.place?.[lang] ?? W.wholeInput[lang] })) ??
    [];
  const source = options.source ?? head.read?.source ?? undefined;
  const regionName =
    head.region === null
      ? W.allRegions[lang]
      : (rows.find((r) => r.region.id === head.region)?.region.name[lang] ?? head.region);
  const planTitle = head.plan.title[lang];
  const classOf = (i: number): EvaluationClass | null => classes?.byRow[i] ?? null;
  const points = classes === null ? "5" : String(Number(classes.band) * 100);

  // Cover.
  const cover = `<section class="cover" id="cover">
<p class="plan">${esc(planTitle)}</p>
<p class="number">${esc(head.plan.number)}</p>
<h1>${esc(kind)}</h1>
<table class="meta"><tbody>
<tr><th scope="row">${t(WORDS.asOf)}</th><td>${esc(head.asOf)}</td></tr>
<tr><th scope="row">${t(WORDS.assessmentMethod)}</th><td>${esc(methodLabel(head.method, lang))}</td></tr>
<tr><th scope="row">${t(W.region)}</th><td>${esc(regionName)}</td></tr>
<tr><th scope="row">${t(W.targets)}</th><td>${summary.total}</td></tr>
${options.source === undefined ? "" : `<tr><th scope="row">${t(W.data)}</th><td>${esc(options.source)}</td></tr>\n`}</tbody></table>
<p class="note">${t(W.generated)}</p>
</section>`;

  const sectionIds = [
    ["summary", W.summary],
    ["chapters", W.chapters],
    ["regions", W.regions],
    ["charts", W.charts],
    ["problems", W.problems],
    ["methods", W.methods],
  ] as const;
  const toc = `<nav class="toc page" aria-label="${t(W.contents)}"><h2>${t(W.contents)}</h2><ol>${sectionIds
    .map(([id, w]) => `<li><a href="#${id}">${t(w)}</a></li>`)
    .join("")}</ol></nav>`;

  // 一、总体情况.
  const summaryParts: string[] = [];
  if (classes !== null) {
    const shown = EVALUATION_CLASSES.filter(
      (c) =>
        (classes.counts[c] ?? 0) > 0 || c === "achieved-early" || c === "faster" || c === "in-line" || c === "lagging",
    );
    const sentence =
      lang === "zh"
        ? `截至${head.asOf}，共评估${summary.total}项目标（按地区分别计），其中${shown
            .map((c) => `${classLabel(c, "zh")}${classes.counts[c] ?? 0}项`)
            .join("，")}。`
        : `As of ${head.asOf}, ${summary.total} targets were assessed (each region counted separately): ${shown
            .map((c) => `${classes.counts[c] ?? 0} ${classLabel(c, "en")}`)
            .join(", ")}.`;
    summaryParts.push(`<p>${esc(sentence)}</p>`);
    summaryParts.push(`<table class="classes">
<caption>${lang === "zh" ? "表1　按评估类别" : "Table 1. By class"}</caption>
<thead><tr><th scope="col">${t(W.cls)}</th><th scope="col" class="num">${t(W.count)}</th><th scope="col" class="num">${t(W.share)}</th><th scope="col">${t(W.rule)}</th></tr></thead>
<tbody>
${shown
  .map((c) => {
    const n = classes.counts[c] ?? 0;
    return `<tr data-class="${c}"><th scope="row">${esc(classLabel(c, lang))}</th><td class="num">${n}</td><td class="num">${percent(n, summary.total)}</td><td>${esc(ruleText(c, points, lang))}</td></tr>`;
  })
  .join("\n")}
<tr class="total"><th scope="row">${t(W.total)}</th><td class="num">${summary.total}</td><td class="num">${percent(summary.total, summary.total)}</td><td></td></tr>
</tbody>
</table>`);
  } else {
    summaryParts.push(`<p>${t(W.otherMethod)}</p>`);
  }
  const statuses = STATUS_ORDER.filter((s) => (summary.byStatus[s] ?? 0) > 0);
  summaryParts.push(`<table class="statuses">
<caption>${lang === "zh" ? `表${classes === null ? 1 : 2}　按${esc(methodLabel(head.method, "zh"))}状态` : `Table ${classes === null ? 1 : 2}. By status (${esc(methodLabel(head.method, "en"))})`}</caption>
<thead><tr><th scope="col">${t(WORDS.status)}</th><th scope="col" class="num">${t(W.count)}</th><th scope="col" class="num">${t(W.binding)}</th></tr></thead>
<tbody>
${statuses
  .map(
    (s) =>
      `<tr data-status="${s}">${statusCell(s, lang)
        .replace("<td", '<th scope="row"')
        .replace(
          /<\/td>$/,
          "</th>",
        )}<td class="num" data-count="${s}">${summary.byStatus[s] ?? 0}</td><td class="num" data-binding="${s}">${summary.binding.byStatus[s] ?? 0}</td></tr>`,
  )
  .join("\n")}
<tr class="total"><th scope="row">${t(W.total)}</th><td class="num" data-count="total">${summary.total}</td><td class="num" data-binding="total">${summary.binding.total}</td></tr>
</tbody>
</table>`);
  const summarySection = `<section class="page" id="summary">
<h2>${t(W.summary)}</h2>
${summaryParts.join("\n")}
</section>`;

  // 二、分章节情况.
  const figureKeys = figureColumns(head.method);
  const detailHead = `<thead><tr><th scope="col">${t(WORDS.indicator)}</th><th scope="col">${t(WORDS.region)}</th><th scope="col" class="num">${t(WORDS.baseline)}</th><th scope="col">${t(WORDS.target)}</th><th scope="col" class="num">${t(WORDS.latest)}</th>${figureKeys
    .map((k) => `<th scope="col" class="num">${esc(figureLabel(k, lang))}</th>`)
    .join(
      "",
    )}<th scope="col">${t(WORDS.status)}</th>${classes === null ? "" : `<th scope="col" class="class">${t(W.cls)}</th>`}</tr></thead>`;
  const detailRow = (row: EvaluationRow, i: number) => {
    const cls = classOf(i);
    return `<tr data-indicator="${esc(row.indicator.id)}" data-region="${esc(row.region.id)}"><td>${esc(indicatorText(row.indicator, lang))}</td><td>${esc(row.region.name[lang])}</td><td class="num">${esc(valueText(row.baseline))}</td><td>${esc(targetText(row.target, row.indicator, lang))}</td><td class="num">${esc(latestText(row, lang))}</td>${figureKeys
      .map((k) => `<td class="num">${esc(formatFigure(k, row[k], lang))}</td>`)
      .join(
        "",
      )}${statusCell(row.status, lang)}${cls === null ? "" : `<td class="class" data-class="${cls}">${esc(classLabel(cls, lang))}</td>`}</tr>`;
  };
  const chapterTables = summary.byChapter.map((chapter, n) => {
    const members = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.indicator.chapter === chapter.id);
    const caption =
      lang === "zh"
        ? `表${n + 3}　${chapter.name.zh}（${chapter.total}项：${countsLine(chapter.byStatus, "zh")}）`
        : `Table ${n + 3}. ${chapter.name.en} (${chapter.total}: ${countsLine(chapter.byStatus, "en")})`;
    return `<table class="detail" data-chapter="${esc(chapter.id)}">
<caption>${esc(caption)}</caption>
${detailHead}
<tbody>
${members.map(({ row, i }) => detailRow(row, i)).join("\n")}
</tbody>
</table>`;
  });
  const flags = rows.some((r) => r.latest?.status !== undefined);
  const binding = rows.some((r) => r.indicator.binding);
  const chapterNotes = [
    ...(binding ? [lang === "zh" ? "* 约束性指标。" : "* binding indicator."] : []),
    ...(flags
      ? [
          lang === "zh"
            ? "p 初步数据，e 估计值，b 口径调整后的首个数据。"
            : "p provisional, e estimated, b first figure after a break in series.",
        ]
      : []),
  ];
  const chaptersSection = `<section class="page" id="chapters">
<h2>${t(W.chapters)}</h2>
${chapterTables.join("\n")}
${chapterNotes.map((n) => `<p class="note">${esc(n)}</p>`).join("\n")}
</section>`;

  // 三、分地区情况.
  const regionColumns: readonly (EvaluationClass | AssessmentStatus)[] =
    classes === null
      ? statuses
      : EVALUATION_CLASSES.filter(
          (c) =>
            (classes.counts[c] ?? 0) > 0 ||
            c === "achieved-early" ||
            c === "faster" ||
            c === "in-line" ||
            c === "lagging",
        );
  const regionLabel = (c: EvaluationClass | AssessmentStatus) =>
    classes === null ? statusLabel(c as AssessmentStatus, lang) : classLabel(c as EvaluationClass, lang);
  const regionTable = `<table class="regions">
<caption>${esc(lang === "zh" ? `表${summary.byChapter.length + 3}　各地区目标评估结果` : `Table ${summary.byChapter.length + 3}. Targets by region`)}</caption>
<thead><tr><th scope="col">${t(WORDS.region)}</th><th scope="col" class="num">${t(W.total)}</th>${regionColumns
    .map((c) => `<th scope="col" class="num">${esc(regionLabel(c))}</th>`)
    .join("")}<th scope="col">${t(WORDS.status)}</th></tr></thead>
<tbody>
${summary.byRegion
  .map((g) => {
    const cells = regionColumns.map((c) => {
      const n =
        classes === null
          ? (g.byStatus[c as AssessmentStatus] ?? 0)
          : rows.filter((r, i) => r.region.id === g.id && classOf(i) === c).length;
      return `<td class="num">${n}</td>`;
    });
    return `<tr data-region="${esc(g.id)}"><th scope="row">${esc(g.name[lang])}</th><td class="num">${g.total}</td>${cells.join("")}<td>${esc(countsLine(g.byStatus, lang))}</td></tr>`;
  })
  .join("\n")}
</tbody>
</table>`;
  const regionsSection = `<section class="page" id="regions">
<h2>${t(W.regions)}</h2>
${regionTable}
</section>`;

  // 四、主要指标走势.
  const figures = charts.map((tr, i) => {
    const caption =
      lang === "zh"
        ? `图${i + 1}　${indicatorText(tr.indicator, "zh")}（${tr.region.name.zh}）`
        : `Figure ${i + 1}. ${indicatorText(tr.indicator, "en")} (${tr.region.name.en})`;
    return `<figure class="chart" data-indicator="${esc(tr.indicator.id)}" data-region="${esc(tr.region.id)}">
${renderTrajectory(tr, { lang, width: CHART_WIDTH }).trimEnd()}
<figcaption>${esc(caption)}</figcaption>
</figure>`;
  });
  const chartIntro =
    lang === "zh"
      ? "实线为报送数据（空心标记为初步、估计或预测数），虚线为由基期值到目标值的序时进度线，点线为等速增长路径（增速比值法），五角星为目标值；口径调整处断开并标注。各序列颜色、标记形状和线型均不相同，黑白打印也可区分。"
      : "Solid lines are the reported figures (hollow markers: provisional, estimated or forecast), the dashed line the planned linear path from the baseline to the target, the dotted line the constant-growth path (growth-ratio method), the star the target; a break in series leaves a gap with a mark. Each series differs in colour, marker and dash, so the charts read in black and white too.";
  const chartsSection = `<section class="page" id="charts">
<h2>${t(W.charts)}</h2>
<p>${esc(chartIntro)}</p>
<div class="charts">
${figures.join("\n")}
</div>
</section>`;

  // 附录一 数据问题.
  const problemRows = listed.map(
    (p, i) =>
      `<tr data-code="${esc(p.code)}"><td class="num">${i + 1}</td><td>${esc(p.place)}</td><td>${t(SEVERITY_WORDS[p.severity])}</td><td><code>${esc(p.code)}</code></td><td>${esc(p.message[lang])}</td></tr>`,
  );
  const countsParagraph =
    head.read === undefined ? "" : `<p class="read-counts">${esc(readCountsLine(head.read, lang))}</p>\n`;
  const problemsTable =
    listed.length === 0
      ? `${countsParagraph}<p>${t(W.noProblems)}</p>`
      : `${countsParagraph}<table class="problems">
<caption>${esc(lang === "zh" ? `读取和校验报送数据时发现的问题（${listed.length}项）${source === undefined ? "" : `：${source}`}` : `Problems found reading and validating the figures (${listed.length})${source === undefined ? "" : `: ${source}`}`)}</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">${t(W.place)}</th><th scope="col">${t(W.severity)}</th><th scope="col">${t(W.code)}</th><th scope="col">${t(W.messageCol)}</th></tr></thead>
<tbody>
${problemRows.join("\n")}
</tbody>
</table>`;
  const unassessed = rows.filter((r) => r.status === "not-assessable");
  const unassessedTable =
    unassessed.length === 0
      ? `<p>${t(W.noneNotAssessable)}</p>`
      : `<table class="not-assessable">
<thead><tr><th scope="col">${t(WORDS.indicator)}</th><th scope="col">${t(WORDS.region)}</th><th scope="col">${t(W.reason)}</th></tr></thead>
<tbody>
${unassessed
  .map(
    (r) =>
      `<tr data-indicator="${esc(r.indicator.id)}" data-region="${esc(r.region.id)}"><td>${esc(indicatorText(r.indicator, lang))}</td><td>${esc(r.region.name[lang])}</td><td>${esc(r.notes.map((n) => n.message[lang]).join(lang === "zh" ? "；" : "; ") || MISSING)}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`;
  const problemsSection = `<section class="page appendix" id="problems">
<h2>${t(W.problems)}</h2>
${problemsTable}
<h3>${t(W.notAssessable)}</h3>
${unassessedTable}
</section>`;

  const methodsSection = `<section class="page appendix methods" id="methods">
<h2>${t(W.methods)}</h2>
${methodsAppendix(lang, points, head.method)}
</section>`;

  const title = `${planTitle}${lang === "zh" ? "" : " — "}${kind}`;
  const headerText = lang === "zh" ? `${planTitle}${kind}` : `${planTitle} · ${kind}`;
  const footerText = `${WORDS.asOf[lang]}${colon}${head.asOf}`;
  return htmlPage(
    lang,
    title,
    style(headerText, footerText),
    [cover, toc, summarySection, chaptersSection, regionsSection, chartsSection, problemsSection, methodsSection].join(
      "\n",
    ),
  );
}

/** 附录二: the methods, short, with formulas and sources. */
function methodsAppendix(lang: Lang, points: string, method: Scorecard["method"]): string {
  const f = (text: string) => `<span class="formula">${esc(text)}</span>`;
  if (lang === "zh") {
    return `<p>本报告采用${esc(methodLabel(method, "zh"))}。全部计算均以精确十进制进行，结果只在输出时保留六位小数；评估日期作为参数给定。</p>
<dl>
<dt>完成进度与时间进度（序时进度法）</dt>
<dd>完成进度 ${f("C = (x_t − x_0) / (X* − x_0)")}，时间进度 ${f("τ = (t − t_0) / (T − t_0)")}，按最新数据年份计算（2023年数据对应2021—2025年规划的 3/5）；进度差 ${f("C − τ")}。其中 x_0、t_0 为基期值和基期年份，x_t、t 为最新值及其年份，X*、T 为目标值和目标年份。</dd>
<dt>评估类别</dt>
<dd>提前实现：目标年份之前已达到目标值；快于预期：${f(`C − τ ≥ ${points}%`)}；基本符合预期：${f(`−${points}% ≤ C − τ < ${points}%`)}；相对滞后：${f(`C − τ < −${points}%`)}，或较基期倒退。国家发展改革委《“十四五”规划〈纲要〉实施中期评估报告》（2023年12月）使用这四类，但未公布划分标准；${esc(points)}个百分点的容差是本库的决定（见 docs/methodology.md）。每年、只增不减等没有完成进度的目标，符合进度计为基本符合预期，滞后计为相对滞后。</dd>
<dt>序时进度线与等速增长路径</dt>
<dd>线性：${f("x_0 + (X* − x_0)·(y − t_0)/(T − t_0)")}；几何（等速增长）：${f("x_0·(X*/x_0)^((y − t_0)/(T − t_0))")}。例：研发经费投入强度由0.62%（2020年）到1.5%（2025年），2023年线性路径为 0.62 + 3/5 × 0.88 = 1.148，几何路径约为1.053。</dd>
<dt>各类目标</dt>
<dd>每年下限：逐年判断是否达到；累计：各年数值之和与“目标 × 已计年数 / 总年数”比较，缺年不评估；新增：${f("d·(x_t − x_0)")} 与“目标 × τ”比较；位次：按整位次计算；只增不减：逐年不低于上年。</dd>
<dt>增速比值法与趋势外推法</dt>
<dd>增速比值：实际年均增速 ${f("(x_t/x_0)^(1/(t − t_0)) − 1")} 与所需年均增速 ${f("(X*/x_0)^(1/(T − t_0)) − 1")} 之比，分档 0.95 / 0.6 / 0（Eurostat、Open SDG）。趋势外推：以等权最小二乘直线外推至目标年份（UN ESCAP）。</dd>
<dt>数据约定</dt>
<dd>初步数、估计数参与评估并在表中标注（p、e），预测数不参与评估；口径调整（b）前后的数据不相互比较。全市未报送而各县区均已报送的年份，全市数值由县区汇总（比值指标由分子、分母分别汇总后重新计算，不做平均）。</dd>
</dl>
<h3>资料来源</h3>
<ol class="sources">
<li>武威市人民政府办公室《武威市“十四五”科技创新规划》（武政办发〔2022〕9号）：目标值、基期值及其原文出处。</li>
<li>国家发展改革委主任郑栅洁向十四届全国人大常委会第七次会议所作《“十四五”规划〈纲要〉实施中期评估报告》，2023年12月26日（新华社、财新网2023年12月28日报道）：提前实现、快于预期、基本符合预期、相对滞后四类。</li>
<li>Eurostat, Sustainable development in the European Union, monitoring report; Open SDG, progress-methodology（增速比值法）。</li>
<li>UN ESCAP, Asia and the Pacific SDG Progress Report, methodology（趋势外推法）。</li>
<li>Okabe M., Ito K., Color Universal Design (CUD), 2008（图表配色）。</li>
</ol>`;
  }
  return `<p>This report uses the ${esc(methodLabel(method, "en"))} method. All arithmetic is exact decimal arithmetic, rounded to six places only when written out; the evaluation date is an argument.</p>
<dl>
<dt>Completion and time share (schedule method)</dt>
<dd>Completion ${f("C = (x_t − x_0) / (X* − x_0)")}, time share ${f("τ = (t − t_0) / (T − t_0)")} counted in data years (2023 data are 3/5 of a 2021–2025 plan); lead ${f("C − τ")}. x_0, t_0: baseline value and year; x_t, t: latest value and its year; X*, T: target value and year.</dd>
<dt>Classes</dt>
<dd>Achieved early: the target reached before its year; faster than expected: ${f(`C − τ ≥ ${points} points`)}; broadly as expected: ${f(`−${points} ≤ C − τ < ${points} points`)}; lagging: ${f(`C − τ < −${points} points`)}, or worse than the baseline. The NDRC's mid-term review of the national 14th plan (December 2023) uses these four classes without publishing thresholds; the ${esc(points)}-point band is this library's decision (docs/methodology.md). Targets without a completion (annual floors, never-decrease) count as broadly as expected when on schedule and as lagging when behind.</dd>
<dt>Planned paths</dt>
<dd>Linear: ${f("x_0 + (X* − x_0)·(y − t_0)/(T − t_0)")}; geometric (constant growth): ${f("x_0·(X*/x_0)^((y − t_0)/(T − t_0))")}. For R&D intensity, 0.62 % (2020) to 1.5 % (2025): 0.62 + 3/5 × 0.88 = 1.148 in 2023 on the linear path, about 1.053 on the geometric one.</dd>
<dt>Kinds of target</dt>
<dd>Annual floors: each year on its own; cumulative: the running total against target × years counted / years in the span, a missing year not assessable; increments: ${f("d·(x_t − x_0)")} against target × τ; ranks: whole places; never-decrease: each year at least the year before.</dd>
<dt>Growth ratio and projection</dt>
<dd>Growth ratio: actual ${f("(x_t/x_0)^(1/(t − t_0)) − 1")} over required ${f("(X*/x_0)^(1/(T − t_0)) − 1")} compound growth, bands 0.95 / 0.6 / 0 (Eurostat, Open SDG). Projection: an equal-weight least-squares line extended to the target year (UN ESCAP).</dd>
<dt>Data conventions</dt>
<dd>Provisional and estimated figures are used and flagged (p, e); forecasts are not used; figures are not compared across a break in series (b). Where the city reported nothing for a year and every county did, the city's value is derived from them (ratios from the summed numerators and denominators, never averaged).</dd>
</dl>
<h3>Sources</h3>
<ol class="sources">
<li>Wuwei City 14th Five-Year Plan for Science and Technology Innovation (武政办发〔2022〕9号): targets, baselines and the lines that state them.</li>
<li>NDRC, Mid-term evaluation report on the implementation of the 14th Five-Year Plan outline, presented to the NPC Standing Committee on 26 December 2023 (reported by Xinhua and Caixin, 28 December 2023): the four classes.</li>
<li>Eurostat, Sustainable development in the European Union, monitoring report; Open SDG, progress methodology (growth ratio).</li>
<li>UN ESCAP, Asia and the Pacific SDG Progress Report, methodology (projection).</li>
<li>Okabe M., Ito K., Color Universal Design (CUD), 2008 (chart colours).</li>
</ol>`;
}

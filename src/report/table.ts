/**
 * The table every tabular renderer prints: cells as display text, built once from a scorecard or an overview.
 *
 * @internal
 * @module
 */
import { dec, toDecimalString } from "../internal/decimal.js";
import {
  FIGURES,
  methodLabel,
  SEVERITY_WORDS,
  STATUS_ORDER,
  statusLabel,
  TABLE_FIGURES,
  type Tone,
  targetWording,
  toneOf,
  WORDS,
} from "./labels.js";
import type { AssessmentStatus } from "./progress-types.js";
import type {
  Lang,
  PlanOverview,
  ReadSummary,
  Report,
  ReportIndicator,
  ReportTarget,
  Scorecard,
  ScorecardRow,
  StatusCounts,
} from "./types.js";

/** A column of a display table. @internal */
export interface Column {
  readonly header: string;
  readonly align: "left" | "right";
}

/** A cell: its text and, for a status cell, its tone. @internal */
export interface Cell {
  readonly text: string;
  readonly tone?: Tone;
}

/** Title lines, columns, rows and footnotes. @internal */
export interface DisplayTable {
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  readonly footnotes: readonly string[];
  /** Summary lines (scorecards only). */
  readonly summary: readonly string[];
}

/**
 * What an empty cell shows. An ASCII hyphen, not an em dash: the em dash is East Asian "ambiguous" and many Chinese
 * terminals draw it two columns wide, which would break the alignment of the text table.
 *
 * @internal
 */
export const MISSING = "-";

/**
 * The one rounding rule of the library, applied only here, when a report is written for people (text, Markdown,
 * HTML, SVG): half-even, to {@link DISPLAY_PLACES} places for a value of an indicator (baseline, latest value),
 * to one decimal of a percentage for a share or a lead, and to four places for any other figure of a method.
 * Everything before this point — series, aggregates, assessment figures, CSV and JSON — is exact.
 *
 * @internal
 */
export const DISPLAY_PLACES = { value: 6, percent: 1, figure: 4 } as const;

/** Format a figure of a method by its key. @internal */
export function formatFigure(key: string, value: string | null, lang: Lang): string {
  if (value === null) return MISSING;
  const format = FIGURES[key]?.as ?? "number";
  const v = dec(value);
  if (format === "fraction") return `${v.times(100).toFixed(DISPLAY_PLACES.percent)}%`;
  if (format === "points") {
    const points = v.times(100).toFixed(DISPLAY_PLACES.percent);
    const signed = v.isPositive() && !v.isZero() ? `+${points}` : points;
    return lang === "zh" ? `${signed}个百分点` : `${signed} pp`;
  }
  return toDecimalString(v, DISPLAY_PLACES.figure);
}

/** A value of an indicator as a person reads it: rounded by {@link DISPLAY_PLACES}. @internal */
export function formatValue(value: string): string {
  return toDecimalString(dec(value), DISPLAY_PLACES.value);
}

/** The label of a figure key; `year.2023` (a per-year column of the CSV) is that year. @internal */
export function figureLabel(key: string, lang: Lang): string {
  const year = /^year\.(\d{4})$/.exec(key)?.[1];
  if (year !== undefined) return lang === "zh" ? `${year}年` : year;
  return FIGURES[key]?.label[lang] ?? key;
}

/** The figure keys of a set of rows: known keys in their usual order, then the others as they appear. @internal */
export function figureKeys(rows: readonly { readonly figures: Readonly<Record<string, string | null>> }[]): string[] {
  const seen: string[] = [];
  for (const row of rows) for (const key of Object.keys(row.figures)) if (!seen.includes(key)) seen.push(key);
  const known = Object.keys(FIGURES).filter((k) => seen.includes(k));
  return [...known, ...seen.filter((k) => !known.includes(k))];
}

/** "研发经费投入强度(%)", with a `*` for a binding indicator. @internal */
export function indicatorText(indicator: ReportIndicator, lang: Lang): string {
  const name = indicator.name[lang];
  const symbol = indicator.unit.symbol[lang];
  const unit = /[)）]$/.test(name) ? "" : lang === "zh" ? `(${symbol})` : ` (${symbol})`;
  return `${name}${unit}${indicator.binding ? "*" : ""}`;
}

/** "力争 1.5 (2025)", "每年不低于 2 (2025)". @internal */
export function targetText(target: ReportTarget, indicator: ReportIndicator, lang: Lang): string {
  const text = targetWording(target, indicator.direction, lang, target.value);
  return `${text} (${target.year})${target.revision ? (lang === "zh" ? " 已调整" : " revised") : ""}`;
}

/** Eurostat's flags for observation statuses other than normal. @internal */
export const STATUS_FLAGS = { provisional: "p", estimated: "e", forecast: "f", break: "b" } as const;

const FLAG_WORDS = {
  p: { zh: "初步数据", en: "provisional" },
  e: { zh: "估计值", en: "estimated" },
  f: { zh: "预测值", en: "forecast" },
  b: { zh: "口径调整", en: "break in series" },
} as const;

/** "0.62 (2020)", "8 (2023p)" for a provisional value. @internal */
export function valueText(
  point: { readonly year: number; readonly value: string; readonly status?: string } | null,
): string {
  if (point === null) return MISSING;
  const flag = STATUS_FLAGS[point.status as keyof typeof STATUS_FLAGS] ?? "";
  return `${formatValue(point.value)} (${point.year}${flag})`;
}

/**
 * The latest-value cell of a scorecard row: "0.95 (2023)"; for a cumulative target, the running total the judgement
 * uses with the years it covers, "累计 12 (2021-2023)" / "total 12 (2021-2023)", not the last year's figure.
 *
 * @internal
 */
export function latestText(row: Pick<ScorecardRow, "latest" | "runningTotal">, lang: Lang): string {
  const rt = row.runningTotal;
  if (rt === undefined) return valueText(row.latest);
  const flag = STATUS_FLAGS[rt.status as keyof typeof STATUS_FLAGS] ?? "";
  const years = rt.from === rt.to ? `${rt.to}` : `${rt.from}-${rt.to}`;
  return `${lang === "zh" ? "累计" : "total"} ${formatValue(rt.value)} (${years}${flag})`;
}

/** The legend of the flags used in a set of rows. @internal */
export function flagLegend(statuses: readonly (string | undefined)[], lang: Lang): string | null {
  const used = Object.entries(STATUS_FLAGS).filter(([status]) => statuses.includes(status));
  if (used.length === 0) return null;
  return used.map(([, flag]) => `${flag} ${FLAG_WORDS[flag][lang]}`).join(" · ");
}

/** "已实现 2 · 符合序时进度 3". @internal */
export function countsText(counts: StatusCounts, lang: Lang): string {
  const parts = STATUS_ORDER.filter((s) => (counts[s] ?? 0) > 0).map((s) => `${statusLabel(s, lang)} ${counts[s]}`);
  return parts.length > 0 ? parts.join(" · ") : WORDS.none[lang];
}

/** The first title line: plan title, document number and report kind. @internal */
export function titleText(report: Report, lang: Lang): string {
  const what = report.kind === "scorecard" ? WORDS.scorecard[lang] : WORDS.overview[lang];
  return lang === "zh"
    ? `${report.plan.title.zh}（${report.plan.number}）${what}`
    : `${report.plan.title.en} (${report.plan.number}): ${what}`;
}

function regionText(report: Report, lang: Lang): string {
  if (report.region === null) return WORDS.allRegions[lang];
  const row = report.rows.find((r) => r.region.id === report.region);
  return row ? row.region.name[lang] : report.region;
}

/** The second title line: as-of date, method, region. @internal */
export function subtitleText(report: Report, lang: Lang): string {
  const colon = lang === "zh" ? "：" : ": ";
  const parts =
    report.kind === "scorecard"
      ? [
          `${WORDS.asOf[lang]}${colon}${report.asOf}`,
          `${WORDS.method[lang]}${colon}${methodLabel(report.method, lang)}`,
          `${WORDS.region[lang]}${colon}${regionText(report, lang)}`,
        ]
      : [
          `${report.plan.period.start}–${report.plan.period.end}`,
          `${WORDS.region[lang]}${colon}${regionText(report, lang)}`,
        ];
  return parts.join(lang === "zh" ? "　" : " · ");
}

/** The summary lines of a scorecard. @internal */
export function summaryLines(card: Scorecard, lang: Lang): string[] {
  const colon = lang === "zh" ? "：" : ": ";
  // Chinese text takes full-width brackets without spaces: 按状态（共36项）, 凉州区（2项）.
  const count = (n: number, total = false) =>
    lang === "zh" ? `（${total ? "共" : ""}${n}项）` : ` (${total ? `${WORDS.total.en} ` : ""}${n})`;
  const { summary } = card;
  const group = (g: { name: { zh: string; en: string }; total: number; byStatus: StatusCounts }) =>
    `  ${g.name[lang]}${count(g.total)}${colon}${countsText(g.byStatus, lang)}`;
  return [
    `${WORDS.byStatus[lang]}${count(summary.total, true)}${colon}${countsText(summary.byStatus, lang)}`,
    `${WORDS.binding[lang]}${count(summary.binding.total)}${colon}${summary.binding.total > 0 ? countsText(summary.binding.byStatus, lang) : WORDS.none[lang]}`,
    `${WORDS.byChapter[lang]}${colon.trim()}`,
    ...summary.byChapter.map(group),
    `${WORDS.byRegion[lang]}${colon.trim()}`,
    ...summary.byRegion.map(group),
  ];
}

/**
 * The years an annual target was missed, as a note: the table has no column for each year, and without it a row
 * "每年不低于 3 … 5 (2025) 未实现" would not say why.
 */
function missedYearsNote(row: ScorecardRow, lang: Lang): string[] {
  const a = row.assessment;
  const years =
    a.method === "schedule" && a.kind === "annual-floor"
      ? a.figures.years.filter((y) => y.result === "missed").map((y) => String(y.year))
      : [];
  if (years.length === 0) return [];
  return [lang === "zh" ? `${years.join("、")}年未达到年度目标` : `annual target not met in ${years.join(", ")}`];
}

function scorecardTable(card: Scorecard, lang: Lang): DisplayTable {
  const keys = TABLE_FIGURES[card.method].filter((key) => card.rows.some((row) => key in row.figures));
  const footnotes: string[] = [];
  const ref = (row: ScorecardRow): string =>
    [
      ...new Set(
        [...row.notes.map((note) => note.message[lang]), ...missedYearsNote(row, lang)].map((text) => {
          const index = footnotes.indexOf(text);
          return index < 0 ? footnotes.push(text) : index + 1;
        }),
      ),
    ]
      .sort((a, b) => a - b)
      .map((n) => `[${n}]`)
      .join("");
  const rows = card.rows.map((row): Cell[] => [
    { text: indicatorText(row.indicator, lang) },
    { text: row.region.name[lang] },
    { text: valueText(row.baseline) },
    { text: targetText(row.target, row.indicator, lang) },
    { text: latestText(row, lang) },
    { text: statusLabel(row.status, lang), tone: toneOf(row.status) },
    ...keys.map((key) => ({ text: formatFigure(key, row.figures[key] ?? null, lang) })),
    { text: ref(row) },
  ]);
  const hasBinding = card.rows.some((r) => r.indicator.binding);
  return {
    title: titleText(card, lang),
    subtitle: subtitleText(card, lang),
    columns: [
      ...targetColumns(lang),
      { header: WORDS.latest[lang], align: "right" },
      { header: WORDS.status[lang], align: "left" },
      ...keys.map((key): Column => ({ header: figureLabel(key, lang), align: "right" })),
      { header: WORDS.notes[lang], align: "left" },
    ],
    rows,
    footnotes: [
      ...footnotes.map((text, i) => `[${i + 1}] ${text}`),
      ...(hasBinding ? [WORDS.bindingMark[lang]] : []),
      ...[
        flagLegend(
          card.rows.map((r) => r.latest?.status),
          lang,
        ),
      ].filter((f) => f !== null),
      ...unusedLines(card, lang),
      ...readLines(card, lang),
    ],
    summary: summaryLines(card, lang),
  };
}

/** "读取 … 行：…" — the counts of {@link ReadSummary}, one line, in the language. @internal */
export function readCountsLine(read: ReadSummary, lang: Lang): string {
  const c = read.counts;
  const src = read.source === null ? "" : lang === "zh" ? `${read.source}：` : `${read.source}: `;
  return lang === "zh"
    ? `${src}读取 ${c.lines} 行，得到 ${c.read} 个数据，有效 ${c.valid} 个，记分卡使用 ${c.used} 个；跳过 ${c.skipped} 行，无数据 ${c.noFigure} 处，拒收 ${c.rejected} 行`
    : `${src}${count(c.lines, "line")} read giving ${count(c.read, "figure")}, ${c.valid} valid, ${c.used} used in the scorecard; ${count(c.skipped, "line")} skipped, ${count(c.noFigure, "cell")} without a figure, ${count(c.rejected, "row")} rejected`;
}

/** "1 row", "2 rows". */
const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A problem of {@link ReadSummary} as one line: severity, place, message. @internal */
export function readProblemLine(p: ReadSummary["problems"][number], lang: Lang): string {
  const severity = SEVERITY_WORDS[p.severity][lang];
  const sep = lang === "zh" ? "：" : ": ";
  return `${severity}${sep}${p.place === null ? "" : `${p.place[lang]}${sep}`}${p.message[lang]}`;
}

/** The read summary as footnote lines: the counts, then every problem indented under them. */
function readLines(card: Scorecard, lang: Lang): string[] {
  const read = card.read;
  if (read === undefined) return [];
  return [
    `${lang === "zh" ? "数据读取与校验" : "Reading and validation"}${lang === "zh" ? "：" : ": "}${readCountsLine(read, lang)}`,
    ...read.problems.map((p) => `  ${readProblemLine(p, lang)}`),
  ];
}

/** The observations that went into no row: a heading line, then one line each (nothing dropped in silence). */
function unusedLines(card: Scorecard, lang: Lang): string[] {
  if (card.unused.length === 0) return [];
  const n = card.unused.length;
  return [
    lang === "zh" ? `未使用的数据（${n}条）：` : `Figures not used (${n}):`,
    ...card.unused.map((u) => {
      const where = u.line ?? (u.row === null ? null : u.row + 1);
      const place =
        where === null
          ? ""
          : lang === "zh"
            ? `第${where}${u.line === undefined ? "条" : "行"}：`
            : `${u.line === undefined ? "#" : "line "}${where}: `;
      return `  ${place}${u.message[lang]}`;
    }),
  ];
}

/** The columns both tables start with: indicator, region, baseline and target. */
function targetColumns(lang: Lang): Column[] {
  return [
    { header: WORDS.indicator[lang], align: "left" },
    { header: WORDS.region[lang], align: "left" },
    { header: WORDS.baseline[lang], align: "right" },
    { header: WORDS.target[lang], align: "left" },
  ];
}

function overviewTable(overview: PlanOverview, lang: Lang): DisplayTable {
  const years = [...new Set(overview.rows.flatMap((r) => r.milestones.map((m) => m.year)))].sort((a, b) => a - b);
  const hasBinding = overview.rows.some((r) => r.indicator.binding);
  return {
    title: titleText(overview, lang),
    subtitle: subtitleText(overview, lang),
    columns: [
      ...targetColumns(lang),
      { header: WORDS.requiredRate[lang], align: "right" },
      ...years.map((year): Column => ({ header: String(year), align: "right" })),
    ],
    rows: overview.rows.map((row): Cell[] => [
      { text: indicatorText(row.indicator, lang) },
      { text: row.region.name[lang] },
      { text: valueText(row.baseline) },
      { text: targetText(row.target, row.indicator, lang) },
      { text: formatFigure("requiredRate", row.requiredRate, lang) },
      ...years.map((year) => ({ text: row.milestones.find((m) => m.year === year)?.value ?? MISSING })),
    ]),
    footnotes: hasBinding ? [WORDS.bindingMark[lang]] : [],
    summary: [],
  };
}

/** The display table of a report. @internal */
export function displayTable(report: Report, lang: Lang): DisplayTable {
  return report.kind === "scorecard" ? scorecardTable(report, lang) : overviewTable(report, lang);
}

/** Count statuses. @internal */
export function countStatuses(statuses: readonly AssessmentStatus[]): StatusCounts {
  const counts: Partial<Record<AssessmentStatus, number>> = {};
  for (const status of STATUS_ORDER) {
    const n = statuses.filter((s) => s === status).length;
    if (n > 0) counts[status] = n;
  }
  return counts;
}

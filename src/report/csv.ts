import { csvQuote } from "../internal/text.js";
import { statusLabel } from "./labels.js";
import type { Assessment } from "./progress-types.js";
import { figureKeys, figureLabel } from "./table.js";
import type { Lang, Report, Scorecard } from "./types.js";

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * ```ts
 * import type { CsvOptions } from "@wuwei/sti-plan/report";
 * const options: CsvOptions = { lang: "zh", bom: true };
 * options.bom; //=> true
 * ```
 * @category Report
 */
export interface CsvOptions {
  /** Language of the header and of the name and label columns; the report's own `lang` when absent. */
  readonly lang?: Lang;
  /** Start with a UTF-8 byte order mark, so that Excel opens the file as UTF-8 (Chinese text intact). */
  readonly bom?: boolean;
}

/** Quote a field as RFC 4180 requires: when it holds a comma, a quote, CR or LF; quotes doubled. @internal */
export function field(value: string | number | boolean | null): string {
  return csvQuote(value === null ? "" : String(value));
}

type Col<R> = readonly [zh: string, en: string, get: (row: R) => string | number | boolean | null];

/** What a row of either report says of its target: indicator, region, target and baseline. */
type TargetRow = Report["rows"][number];

/** The columns both reports start with. */
function targetColumns<R extends TargetRow>(lang: Lang): Col<R>[] {
  return [
    ["指标代码", "indicator", (r) => r.indicator.id],
    ["指标名称", "indicator_name", (r) => r.indicator.name[lang]],
    ["单位", "unit", (r) => r.indicator.unit.symbol[lang]],
    ["属性", "attribute", (r) => r.indicator.attribute],
    ["地区代码", "region", (r) => r.region.id],
    ["地区", "region_name", (r) => r.region.name[lang]],
    ["目标代码", "target", (r) => r.target.id],
    ["目标类型", "target_kind", (r) => r.target.kind],
    ["目标表述", "comparator", (r) => r.target.comparator],
    ["目标值", "target_value", (r) => r.target.value],
    ["目标年份", "target_year", (r) => r.target.year],
    ["基期年份", "baseline_year", (r) => r.baseline?.year ?? null],
    ["基期值", "baseline_value", (r) => r.baseline?.value ?? null],
  ];
}

/**
 * Print a scorecard or a plan overview as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where
 * needed), one row per target and region, with ids beside the names and the figures as exact decimal strings
 * (fractions, not percentages), ready for a spreadsheet or a database.
 *
 * @param report - a {@link Scorecard} or a {@link PlanOverview}
 * @param options - language of the header, byte order mark for Excel
 * @returns the CSV text
 * @example
 * ```ts
 * import { planOverview, renderCsv } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const csv = renderCsv(planOverview(wuwei14, { region: "wuwei" }), { lang: "en" });
 * csv.split("\r\n")[0]?.split(",").slice(0, 3); //=> ["indicator", "indicator_name", "unit"]
 * ```
 * @category Report
 */
export function renderCsv(report: Report, options: CsvOptions = {}): string {
  const lang = options.lang ?? report.lang;
  const lines: string[] = [];
  const emit = <R>(columns: readonly Col<R>[], rows: readonly R[]) => {
    lines.push(columns.map((c) => field(lang === "zh" ? c[0] : c[1])).join(","));
    for (const row of rows) lines.push(columns.map((c) => field(c[2](row))).join(","));
  };
  if (report.kind === "scorecard") {
    type R = (typeof report.rows)[number];
    const keys = figureKeys(report.rows);
    const columns: Col<R>[] = [
      ...targetColumns<R>(lang),
      ["最新年份", "latest_year", (r) => r.latest?.year ?? null],
      ["最新值", "latest_value", (r) => r.latest?.value ?? null],
      // A cumulative target's running total, the figure its judgement uses, and the years it covers.
      ["累计值", "running_total", (r) => r.runningTotal?.value ?? null],
      ["累计起始年", "running_total_from", (r) => r.runningTotal?.from ?? null],
      ["累计截止年", "running_total_to", (r) => r.runningTotal?.to ?? null],
      ["方法", "method", () => report.method],
      ["状态代码", "status", (r) => r.status],
      ["状态", "status_label", (r) => statusLabel(r.status, lang)],
      ...keys.map((key): Col<R> => [figureLabel(key, "zh"), key, (r) => r.figures[key] ?? null]),
      // A flat file has a column per year: the per-year results of annual floors and never-decrease rows.
      ...yearsOf(report.rows).map(
        (year): Col<R> => [`${year}年`, `year.${year}`, (r) => yearResults(r.assessment).get(year) ?? null],
      ),
      ["说明", "notes", (r) => r.notes.map((n) => n.message[lang]).join("; ")],
    ];
    emit(columns, report.rows);
  } else {
    type R = (typeof report.rows)[number];
    const years = [...new Set(report.rows.flatMap((r) => r.milestones.map((m) => m.year)))].sort((a, b) => a - b);
    const columns: Col<R>[] = [
      ...targetColumns<R>(lang),
      ["年均增速要求", "required_rate", (r) => r.requiredRate],
      ...years.map(
        (year): Col<R> => [String(year), String(year), (r) => r.milestones.find((m) => m.year === year)?.value ?? null],
      ),
    ];
    emit(columns, report.rows);
  }
  return `${options.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

/** Each year's result of an annual floor (met / missed) or a never-decrease row (rose / held / fell). */
function yearResults(assessment: Assessment): Map<number, string | null> {
  const out = new Map<number, string | null>();
  if (assessment.method !== "schedule") return out;
  if (assessment.kind === "annual-floor") for (const y of assessment.figures.years) out.set(y.year, y.result);
  if (assessment.kind === "never-decrease") for (const y of assessment.figures.years) out.set(y.year, y.change);
  return out;
}

/** The years any row has a per-year result for, in order. */
function yearsOf(rows: readonly { readonly assessment: Assessment }[]): number[] {
  return [...new Set(rows.flatMap((r) => [...yearResults(r.assessment).keys()]))].sort((a, b) => a - b);
}

/**
 * The problems of a scorecard built from a file ({@link Scorecard}`.read`) as a CSV of their own — the CLI writes it
 * beside the scorecard's CSV (`--out card.csv` also writes `card.problems.csv`), so that the scorecard stays one
 * rectangular table. The first row after the header is the counts (`summary`), then one row per problem with its
 * severity, code, place and message in the language. Without a read summary: the header alone.
 *
 * @param card - the scorecard
 * @param options - language and byte order mark, as {@link renderCsv}
 * @returns the CSV text (CRLF line ends)
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { renderProblemsCsv, scorecard } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule", lang: "en", read: {
 *   source: "a.csv", format: "csv", encoding: "utf-8", layout: "long",
 *   counts: { lines: 2, read: 1, valid: 0, used: 0, skipped: 0, noFigure: 0, rejected: 1 },
 *   problems: [{ severity: "error", code: "unknown-region", place: { zh: "第2行，地区", en: "line 2, region" },
 *     message: { zh: "未知地区", en: "unknown region" } }] } });
 * renderProblemsCsv(card).split("\r\n")[2]; //=> "error,unknown-region,\"line 2, region\",unknown region"
 * ```
 * @category Report
 */
export function renderProblemsCsv(card: Scorecard, options: CsvOptions = {}): string {
  const lang = options.lang ?? card.lang;
  const lines = [lang === "zh" ? "级别,代码,位置,说明" : "severity,code,place,message"];
  const read = card.read;
  if (read !== undefined) {
    const c = read.counts;
    lines.push(
      [
        "summary",
        "counts",
        read.source,
        lang === "zh"
          ? `读取 ${c.lines} 行；数据 ${c.read}；有效 ${c.valid}；使用 ${c.used}；跳过 ${c.skipped}；无数据 ${c.noFigure}；拒收 ${c.rejected}`
          : `lines ${c.lines}; figures ${c.read}; valid ${c.valid}; used ${c.used}; skipped ${c.skipped}; no figure ${c.noFigure}; rejected ${c.rejected}`,
      ]
        .map(field)
        .join(","),
    );
    for (const p of read.problems) {
      lines.push([p.severity, p.code, p.place?.[lang] ?? "", p.message[lang]].map(field).join(","));
    }
  }
  return `${options.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

/**
 * A scorecard as the sheets of a workbook, as plain data: the CLI hands them to io's `writeXlsx`.
 *
 * @module
 */
import { SEVERITY_WORDS, statusLabel, targetWording } from "./labels.js";
import type { Lang, Scorecard } from "./types.js";

/**
 * One cell of {@link SheetData}: text, a whole number, an exact decimal kept as written (`{ number: "0.95" }`), or
 * `null` for an empty cell. The same shape as io's `XlsxCell`.
 *
 * @example
 * ```ts
 * import type { SheetCell } from "@wuwei/sti-plan/report";
 * const cell: SheetCell = { number: "0.95" };
 * typeof cell; //=> "object"
 * ```
 * @category Report
 */
export type SheetCell = string | number | { readonly number: string } | null;

/**
 * One sheet: its name and its rows from A1 on, and column widths in characters.
 *
 * @example
 * ```ts
 * import type { SheetData } from "@wuwei/sti-plan/report";
 * const sheet: SheetData = { name: "记分卡", rows: [["指标"]], widths: [20] };
 * sheet.rows.length; //=> 1
 * ```
 * @category Report
 */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
  readonly widths: readonly number[];
}

const num = (value: string | null | undefined): SheetCell =>
  value === null || value === undefined ? null : { number: value };

/**
 * A scorecard as two sheets: 记分卡 / Scorecard — one row per target and region, figures as numbers with their exact
 * digits (never rounded), the unit in the header of the value columns ("基期值（%）") — and 数据问题 / Problems: the
 * counts of reading and validation and every problem with its place ({@link Scorecard}`.read`), or a line saying
 * the scorecard was built from figures given directly.
 *
 * @param card - the scorecard
 * @param options - the language (the scorecard's by default)
 * @returns the two sheets
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { scorecard, scorecardSheets } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }],
 *   { asOf: "2023-12-31", method: "schedule", region: "wuwei" });
 * const [main] = scorecardSheets(card);
 * const row = main?.rows.find((r) => r[0] === "rd-intensity");
 * [row?.[3], row?.[11]]; //=> ["%", { number: "0.95" }]
 * ```
 * @category Report
 */
export function scorecardSheets(card: Scorecard, options: { readonly lang?: Lang } = {}): readonly SheetData[] {
  const lang = options.lang ?? card.lang;
  const zh = lang === "zh";
  const header = zh
    ? [
        "指标代码",
        "指标名称",
        "地区",
        "单位",
        "目标年份",
        "目标表述",
        "目标值（按单位）",
        "基期年份",
        "基期值（按单位）",
        "最新年份",
        "状态",
        "最新值（按单位）",
        "完成程度（1 = 100%）",
        "时间进度（1 = 100%）",
        "累计值（按单位）",
        "累计起始年",
        "累计截止年",
        "说明",
      ]
    : [
        "indicator",
        "name",
        "region",
        "unit",
        "target year",
        "comparator",
        "target (in unit)",
        "baseline year",
        "baseline (in unit)",
        "latest year",
        "status",
        "latest (in unit)",
        "completion (1 = 100%)",
        "time share (1 = 100%)",
        "running total (in unit)",
        "running total from",
        "running total to",
        "notes",
      ];
  const rows: SheetCell[][] = [header];
  for (const r of card.rows) {
    rows.push([
      r.indicator.id,
      r.indicator.name[lang],
      r.region.name[lang],
      r.indicator.unit.symbol[lang],
      r.target.year,
      targetWording(r.target, r.indicator.direction, lang),
      num(r.target.value),
      r.baseline?.year ?? null,
      num(r.baseline?.value),
      r.latest?.year ?? null,
      statusLabel(r.status, lang),
      num(r.latest?.value),
      num(r.figures["completion"]),
      num(r.figures["timeShare"]),
      num(r.runningTotal?.value),
      r.runningTotal?.from ?? null,
      r.runningTotal?.to ?? null,
      r.notes.map((n) => n.message[lang]).join(zh ? "；" : "; ") || null,
    ]);
  }
  const problems: SheetCell[][] = [zh ? ["级别", "代码", "位置", "说明"] : ["severity", "code", "place", "message"]];
  const read = card.read;
  if (read === undefined) {
    problems.push([
      null,
      null,
      null,
      zh
        ? "记分卡由直接给出的数据生成，没有读取文件"
        : "the scorecard was built from figures given directly, no file was read",
    ]);
  } else {
    const c = read.counts;
    const countRows: [string, string, number][] = [
      ["读取行数", "lines read", c.lines],
      ["读到的数据", "figures read", c.read],
      ["有效数据", "figures valid", c.valid],
      ["记分卡使用", "figures used", c.used],
      ["跳过的行", "lines skipped", c.skipped],
      ["无数据的单元格", "cells without a figure", c.noFigure],
      ["拒收的行", "rows rejected", c.rejected],
    ];
    const counts: SheetCell[][] = [
      [zh ? "文件" : "file", read.source ?? ""],
      ...countRows.map(([z, e, n]): SheetCell[] => [zh ? z : e, n]),
      [],
    ];
    problems.unshift(...counts);
    for (const p of read.problems) {
      problems.push([SEVERITY_WORDS[p.severity][lang], p.code, p.place?.[lang] ?? null, p.message[lang]]);
    }
  }
  return [
    { name: zh ? "记分卡" : "Scorecard", rows, widths: [22, 28, 12, 10, 10, 12, 14, 10, 14, 10, 14, 14, 12, 12, 40] },
    { name: zh ? "数据问题" : "Problems", rows: problems, widths: [16, 22, 22, 60] },
  ];
}

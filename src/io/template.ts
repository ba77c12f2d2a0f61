/**
 * The form a city sends its counties to fill in: every indicator of the plan that applies to a region, its unit, its
 * 口径 (what one figure means: 当年新增, 累计新增 or 期末存量), an empty cell per year, and instructions, in the layout the reader (`readObservations`) reads back without options.
 * Built once here for the CLI's `template` command and the desk's template download.
 *
 * @internal
 * @module
 */

import { csvQuote, type Lang, inLang as t } from "../internal/text.js";
import type { Plan } from "../model/definePlan.js";
import { REPORTING_LABELS, reportingOf } from "../model/reporting.js";
import { writeXlsx, type XlsxCell } from "./writeXlsx.js";

/** The instructions, for a plan whose baseline year is `base`. */
function instructions(lang: Lang, base: number): readonly string[] {
  const L = REPORTING_LABELS;
  return lang === "zh"
    ? [
        "填报说明：",
        "1. 每个单元格只填一个数字；单位见“单位”列。若用其他单位（如万元而不是亿元），请把单位写在数字后面（如 5200万元）。",
        "2. 没有数据的单元格留空或填“—”，不要用 0 代替“没有数据”。",
        `3. “口径”列说明每个数字的含义：${L.flow.zh}＝当年内新增的数量；${L["running-total"].zh}＝自${base}年末起到当年末的累计新增（${base}年为0，即截至当年累计）；${L.stock.zh}＝当年末的总量（比重、强度等比率为当年的值）。`,
        `4. 请按“口径”列填报；若手头数据是另一种口径，可把该行的“口径”改为 ${L.flow.zh}、${L["running-total"].zh} 或 ${L.stock.zh}（也可写 当年、累计、期末），读取时按此精确换算。`,
        "5. 请勿改动指标名称、单位和年份表头，请勿增删列或合并单元格；可以在“备注”列注明初步数等情况。",
        "6. 填好后保存为 Excel 工作簿（.xlsx）或“CSV UTF-8（逗号分隔）”报送；可先用 wuwei-sti-plan validate 检查。",
      ]
    : [
        "Notes:",
        '1. One number per cell; the unit is in the "unit" column. In another unit (10 thousand yuan instead of 100 million yuan), write it after the number (5200万元).',
        "2. Leave a cell without a figure empty or write —; never 0 for a missing figure.",
        `3. The "basis" column (口径) says what each figure means: ${L.flow.en} (${L.flow.zh}) = the amount added during the year; ${L["running-total"].en} (${L["running-total"].zh}) = the total added from the end of ${base} to the end of the year (0 in ${base}); ${L.stock.en} (${L.stock.zh}) = the level at the end of the year (for a rate or a ratio, the year's value).`,
        `4. Report in the basis of the row; figures kept in another basis can be entered after changing the row's basis to "${L.flow.en}", "${L["running-total"].en}" or "${L.stock.en}" (or flow, running-total, stock; 当年, 累计, 期末): they are converted exactly when read.`,
        '5. Do not change the indicator names, units or year headers; do not add, remove or merge columns. Use the "note" column for provisional figures and the like.',
        '6. Save as an Excel workbook (.xlsx) or "CSV UTF-8 (Comma delimited)"; wuwei-sti-plan validate checks the file first.',
      ];
}

/** What the form is for. @internal */
export interface TemplateOptions {
  /** `wide`: an indicator per row, a year per column; `long`: a figure per row. */
  readonly layout: "wide" | "long";
  /** The region's id. */
  readonly region: string;
  /** The years of the form. */
  readonly years: readonly number[];
  /** Language of the headers and instructions. */
  readonly lang: Lang;
}

/** The form's rows and the width of its table. @internal */
export interface TemplateTable {
  readonly rows: readonly (readonly XlsxCell[])[];
  readonly width: number;
  readonly layout: "wide" | "long";
  readonly years: readonly number[];
  readonly lang: Lang;
}

/** The form as rows of cells (title, header, one row per indicator or figure, instructions). @internal */
export function templateTable(plan: Plan, options: TemplateOptions): TemplateTable {
  const { lang, layout, years } = options;
  const regionId = options.region;
  const region = plan.regions.find((r) => r.id === regionId);
  const indicators = plan.indicators.filter((i) => i.regions.includes(regionId));
  const unitOf = (id: string) => plan.units.find((u) => u.id === id)?.symbol[lang] ?? id;
  const nameOf = (i: (typeof indicators)[number]) => i.name[lang];
  const basisOf = (i: (typeof indicators)[number]) => REPORTING_LABELS[reportingOf(i)][lang];
  const regionName = region?.name.zh ?? regionId;
  const span = years.length === 1 ? `${years[0]}` : `${years[0]}—${years.at(-1)}`;
  // The region's Chinese name opens the title in both languages: the reader takes a wide form's region from it.
  const title =
    lang === "zh"
      ? `${regionName}科技创新主要指标填报表（${span}年）`
      : `${regionName} ${region?.name.en ?? ""}: S&T innovation indicators ${span.replace("—", "–")} (form)`;

  let rows: XlsxCell[][];
  if (layout === "wide") {
    const header = [
      t(lang, "指标名称", "indicator"),
      t(lang, "单位", "unit"),
      t(lang, "口径", "basis"),
      ...years.map((y) => (lang === "zh" ? `${y}年` : String(y))),
      t(lang, "备注", "note"),
    ];
    rows = [
      [title],
      header,
      ...indicators.map((i) => [nameOf(i), unitOf(i.unit), basisOf(i), ...years.map(() => null), null]),
    ];
  } else {
    const header = [
      t(lang, "指标", "indicator"),
      t(lang, "地区", "region"),
      t(lang, "年份", "year"),
      t(lang, "数值", "value"),
      t(lang, "单位", "unit"),
      t(lang, "口径", "basis"),
      t(lang, "备注", "note"),
    ];
    rows = [
      [title],
      header,
      ...indicators.flatMap((i) =>
        years.map((y) => [nameOf(i), region?.name[lang] ?? regionId, y, null, unitOf(i.unit), basisOf(i), null]),
      ),
    ];
  }
  const width = rows[1]?.length ?? 1;
  rows.push([], ...instructions(lang, plan.baselineYear).map((line) => [line]));

  return { rows, width, layout, years, lang };
}

const csvCell = (cell: XlsxCell): string =>
  csvQuote(cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.number : String(cell));

/** The form as CSV text with a byte order mark, for Excel. @internal */
export function templateCsv(table: TemplateTable): string {
  const { rows, width } = table;
  return `\uFEFF${rows.map((r) => Array.from({ length: Math.max(width, r.length) }, (_, k) => csvCell(r[k])).join(",")).join("\r\n")}\r\n`;
}

/** The form as an `.xlsx` workbook. @internal */
export function templateXlsx(table: TemplateTable): Uint8Array {
  const { rows, width, layout, years, lang } = table;
  return writeXlsx([
    {
      name: t(lang, "填报表", "form"),
      rows,
      merges: [`A1:${String.fromCharCode(64 + Math.min(width, 26))}1`],
      widths: layout === "wide" ? [36, 10, 12, ...years.map(() => 10), 20] : [36, 14, 8, 10, 10, 12, 20],
    },
  ]);
}

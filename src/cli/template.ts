/**
 * `template`: the form a city sends its counties, as CSV or `.xlsx`, in the layout the reader reads back without
 * options: every indicator that applies to the region, its unit, the years, empty cells, and instructions.
 *
 * @internal
 * @module
 */
import { writeXlsx, type XlsxCell } from "../io/index.js";
import type { Lang } from "../report/types.js";
import { regionOf } from "./commands.js";
import { type CommandContext, UsageError } from "./context.js";

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

const INSTRUCTIONS: Readonly<Record<Lang, readonly string[]>> = {
  zh: [
    "填报说明：",
    "1. 每个单元格只填一个数字；单位见“单位”列。若用其他单位（如万元而不是亿元），请把单位写在数字后面（如 5200万元）。",
    "2. 没有数据的单元格留空或填“—”，不要用 0 代替“没有数据”。",
    "3. 请勿改动指标名称、单位和年份表头，请勿增删列或合并单元格；可以在“备注”列说明口径或注明初步数。",
    "4. 填好后保存为 Excel 工作簿（.xlsx）或“CSV UTF-8（逗号分隔）”报送；可先用 wuwei-sti-plan validate 检查。",
  ],
  en: [
    "Notes:",
    '1. One number per cell; the unit is in the "unit" column. In another unit (10 thousand yuan instead of 100 million yuan), write it after the number (5200万元).',
    "2. Leave a cell without a figure empty or write —; never 0 for a missing figure.",
    '3. Do not change the indicator names, units or year headers; do not add, remove or merge columns. Use the "note" column for definitions or provisional figures.',
    '4. Save as an Excel workbook (.xlsx) or "CSV UTF-8 (Comma delimited)"; wuwei-sti-plan validate checks the file first.',
  ],
};

/** `2021-2025`, `2021–2025` or `2023`: the years of the form. */
function yearsOf(ctx: CommandContext): number[] {
  const option = ctx.values.years;
  const { start, end } = ctx.plan.period;
  if (option === undefined) return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  const m = typeof option === "string" ? /^\s*(\d{4})\s*(?:[-–—~至]\s*(\d{4}))?\s*$/.exec(option) : null;
  const from = Number(m?.[1]);
  const to = Number(m?.[2] ?? m?.[1]);
  if (m === null || from > to || to - from > 30 || from < 1900 || to > 2099) {
    throw new UsageError(
      t(
        ctx.lang,
        `--years：应为“起始年-结束年”（如 2021-2025，最多 31 年），收到 "${String(option)}"`,
        `--years: expected FROM-TO (such as 2021-2025, at most 31 years), got "${String(option)}"`,
      ),
    );
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const csvCell = (cell: XlsxCell): string => {
  const text = cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.number : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** `template [--layout wide|long] [--region R] [--years 2021-2025] [--format csv|xlsx] [--out FILE]`. @internal */
export async function templateCommand(ctx: CommandContext): Promise<number> {
  const { lang, plan } = ctx;
  const layout = ctx.values.layout ?? "wide";
  if (layout !== "wide" && layout !== "long") {
    throw new UsageError(
      t(
        lang,
        `--layout：应为 wide 或 long，收到 "${String(layout)}"`,
        `--layout: expected wide or long, got "${String(layout)}"`,
      ),
    );
  }
  const format = ctx.values.format ?? "csv";
  if (format !== "csv" && format !== "xlsx") {
    throw new UsageError(
      t(
        lang,
        `--format：应为 csv 或 xlsx，收到 "${String(format)}"`,
        `--format: expected csv or xlsx, got "${String(format)}"`,
      ),
    );
  }
  const out = ctx.values.out;
  if (format === "xlsx" && typeof out !== "string") {
    throw new UsageError(
      t(
        lang,
        "--format xlsx 需要 --out 文件名（工作簿不写到终端）",
        "--format xlsx needs --out FILE (a workbook is not written to a terminal)",
      ),
    );
  }
  const regionId = regionOf(ctx) ?? plan.regions[0]?.id ?? "";
  const region = plan.regions.find((r) => r.id === regionId);
  const years = yearsOf(ctx);
  const indicators = plan.indicators.filter((i) => i.regions.includes(regionId));
  const unitOf = (id: string) => plan.units.find((u) => u.id === id)?.symbol[lang] ?? id;
  const nameOf = (i: (typeof indicators)[number]) => i.name[lang];
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
      ...years.map((y) => (lang === "zh" ? `${y}年` : String(y))),
      t(lang, "备注", "note"),
    ];
    rows = [[title], header, ...indicators.map((i) => [nameOf(i), unitOf(i.unit), ...years.map(() => null), null])];
  } else {
    const header = [
      t(lang, "指标", "indicator"),
      t(lang, "地区", "region"),
      t(lang, "年份", "year"),
      t(lang, "数值", "value"),
      t(lang, "单位", "unit"),
      t(lang, "备注", "note"),
    ];
    rows = [
      [title],
      header,
      ...indicators.flatMap((i) =>
        years.map((y) => [nameOf(i), region?.name[lang] ?? regionId, y, null, unitOf(i.unit), null]),
      ),
    ];
  }
  const width = rows[1]?.length ?? 1;
  rows.push([], ...INSTRUCTIONS[lang].map((line) => [line]));

  if (format === "xlsx") {
    const bytes = writeXlsx([
      {
        name: t(lang, "填报表", "form"),
        rows,
        merges: [`A1:${String.fromCharCode(64 + Math.min(width, 26))}1`],
        widths: layout === "wide" ? [36, 10, ...years.map(() => 10), 20] : [36, 14, 8, 10, 10, 20],
      },
    ]);
    await ctx.io.writeFile(out as string, bytes);
  } else {
    const text = `\uFEFF${rows.map((r) => Array.from({ length: Math.max(width, r.length) }, (_, k) => csvCell(r[k])).join(",")).join("\r\n")}\r\n`;
    if (typeof out === "string") await ctx.io.writeFile(out, text);
    else ctx.io.stdout(text);
  }
  if (typeof out === "string") ctx.io.stderr(t(lang, `已写入 ${out}\n`, `wrote ${out}\n`));
  return 0;
}

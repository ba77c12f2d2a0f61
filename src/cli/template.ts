/**
 * `template`: the form a city sends its counties, as CSV or `.xlsx`, in the layout the reader reads back without
 * options: every indicator that applies to the region, its unit, its 口径 (当年新增, 累计新增 or 期末存量), the years,
 * empty cells, and instructions (what each 口径 means).
 *
 * @internal
 * @module
 */
import { templateCsv, templateTable, templateXlsx } from "../io/template.js";
import type { Lang } from "../report/types.js";
import { regionOf, writeOut } from "./commands.js";
import { type CommandContext, UsageError } from "./context.js";

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/**
 * `2021-2025`, `2021–2025` or `2023`: the years of the form. By default the baseline year and the plan period
 * (2020–2025): a county the plan gives no baseline reports its own, without which its targets cannot be assessed.
 */
function yearsOf(ctx: CommandContext): number[] {
  const option = ctx.values["years"];
  const { end } = ctx.plan.period;
  const start = ctx.plan.baselineYear;
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

/** `template [--layout wide|long] [--region R] [--years 2021-2025] [--format csv|xlsx] [--out FILE]`. @internal */
export async function templateCommand(ctx: CommandContext): Promise<number> {
  const { lang, plan } = ctx;
  const layout = ctx.values["layout"] ?? "wide";
  if (layout !== "wide" && layout !== "long") {
    throw new UsageError(
      t(
        lang,
        `--layout：应为 wide 或 long，收到 "${String(layout)}"`,
        `--layout: expected wide or long, got "${String(layout)}"`,
      ),
    );
  }
  const format = ctx.values["format"] ?? "csv";
  if (format !== "csv" && format !== "xlsx") {
    throw new UsageError(
      t(
        lang,
        `--format：应为 csv 或 xlsx，收到 "${String(format)}"`,
        `--format: expected csv or xlsx, got "${String(format)}"`,
      ),
    );
  }
  const out = ctx.values["out"];
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
  const table = templateTable(plan, { layout, region: regionId, years: yearsOf(ctx), lang });
  if (format === "xlsx") {
    await writeOut(ctx, out as string, templateXlsx(table));
  } else {
    const text = templateCsv(table);
    if (typeof out === "string") await writeOut(ctx, out, text);
    else ctx.io.stdout(text);
  }
  return 0;
}

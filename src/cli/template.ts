/**
 * `template`: the form a city sends its counties, as CSV or `.xlsx`, in the layout the reader reads back without
 * options: every indicator that applies to the region, its unit, its 口径 (当年新增, 累计新增 or 期末存量), the years,
 * empty cells, and instructions (what each 口径 means).
 *
 * @internal
 * @module
 */
import { templateCsv, templateTable, templateXlsx } from "../io/template.js";
import { regionOf, writeOut } from "./commands.js";
import type { CommandContext } from "./context.js";
import { UsageError } from "./usage.js";

/**
 * `2021-2025`, `2021–2025` or `2023`: the years of the form. By default the baseline year and the plan period
 * (2020–2025): a county the plan gives no baseline reports its own, without which its targets cannot be assessed.
 */
function yearsOf(ctx: CommandContext<"template">): number[] {
  const option = ctx.values["years"];
  const { end } = ctx.plan.period;
  const start = ctx.plan.baselineYear;
  if (option === undefined) return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  const m = typeof option === "string" ? /^\s*(\d{4})\s*(?:[-–—~至]\s*(\d{4}))?\s*$/.exec(option) : null;
  const from = Number(m?.[1]);
  const to = Number(m?.[2] ?? m?.[1]);
  if (m === null || from > to || to - from > 30 || from < 1900 || to > 2099) {
    throw new UsageError("bad-years", { value: String(option) });
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** `template [--layout wide|long] [--region R] [--years 2021-2025] [--format csv|xlsx] [--out FILE]`. @internal */
export async function templateCommand(ctx: CommandContext<"template">): Promise<number> {
  const { lang, plan } = ctx;
  const layout = ctx.values["layout"] ?? "wide";
  if (layout !== "wide" && layout !== "long") {
    throw new UsageError("unknown-layout", { allowed: ["wide", "long"], value: String(layout) });
  }
  const format = ctx.values["format"] ?? "csv";
  if (format !== "csv" && format !== "xlsx") {
    throw new UsageError("unknown-format", { allowed: ["csv", "xlsx"], value: String(format) });
  }
  const out = ctx.values["out"];
  if (format === "xlsx" && typeof out !== "string") {
    throw new UsageError("needs-out", { format: "xlsx", dataFile: false });
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

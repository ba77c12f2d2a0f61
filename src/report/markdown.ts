import { mdCell, mdTable } from "../internal/text.js";
import { displayTable } from "./table.js";
import type { Lang, Report } from "./types.js";

/**
 * Options of {@link renderMarkdown}, {@link renderSvg} and {@link renderHtml}.
 *
 * @example
 * ```ts
 * import type { RenderOptions } from "@wuwei/sti-plan/report";
 * const options: RenderOptions = { lang: "en" };
 * options.lang; //=> "en"
 * ```
 * @category Report
 */
export interface RenderOptions {
  /** Language; the report's own `lang` when absent. */
  readonly lang?: Lang;
}

/**
 * Print a scorecard or a plan overview as Markdown (GitHub-flavoured table), for issues, wikis and reports.
 *
 * @param report - a {@link Scorecard} or a {@link PlanOverview}
 * @param options - language
 * @returns the Markdown, ending with a newline
 * @example
 * ```ts
 * import { planOverview, renderMarkdown } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const md = renderMarkdown(planOverview(wuwei14, { region: "wuwei" }));
 * md.split("\n")[0]; //=> "## 武威市“十四五”科技创新规划（武政办发〔2022〕9号）目标与序时进度"
 * ```
 * @category Report
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const lang = options.lang ?? report.lang;
  const table = displayTable(report, lang);
  const out = [
    `## ${mdCell(table.title)}`,
    "",
    table.subtitle,
    "",
    ...mdTable(
      table.columns,
      table.rows.map((row) => row.map((c) => c.text)),
    ),
  ];
  if (table.footnotes.length > 0) out.push("", ...table.footnotes.map((f) => `- ${f}`));
  if (table.summary.length > 0) {
    out.push("", ...table.summary.map((s) => (s.startsWith("  ") ? `  - ${s.trim()}` : `- ${s}`)));
  }
  return `${out.join("\n")}\n`;
}

import { TONE_ANSI } from "./labels.js";
import { type Cell, type Column, displayTable } from "./table.js";
import type { Lang, Report } from "./types.js";
import { displayWidth, pad } from "./width.js";

/**
 * Options of {@link renderText}.
 *
 * @example
 * ```ts
 * import type { TextOptions } from "@wuwei/sti-plan/report";
 * const options: TextOptions = { lang: "en", color: false };
 * options.color; //=> false
 * ```
 * @category Report
 */
export interface TextOptions {
  /** Language; the report's own `lang` when absent. */
  readonly lang?: Lang;
  /**
   * Colour the status cells and the header with ANSI escapes. Off unless asked for: the renderer never looks at
   * the terminal; the caller decides (the CLI turns it on only for a TTY without `NO_COLOR`).
   */
  readonly color?: boolean;
}

const GAP = "  ";

/**
 * Print a scorecard or a plan overview as a plain-text table for a terminal. Columns are aligned by display width,
 * so Chinese characters count as two columns and every line of the table has the same width.
 *
 * @param report - a {@link Scorecard} or a {@link PlanOverview}
 * @param options - language and colour
 * @returns the text, ending with a newline
 * @example
 * ```ts
 * import { planOverview, renderText } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const text = renderText(planOverview(wuwei14, { region: "wuwei" }), { lang: "en" });
 * text.split("\n")[0]; //=> "Wuwei City 14th Five-Year Plan for Science and Technology Innovation (武政办发〔2022〕9号): targets and milestones"
 * ```
 * @category Report
 */
export function renderText(report: Report, options: TextOptions = {}): string {
  const lang = options.lang ?? report.lang;
  const color = options.color === true;
  const table = displayTable(report, lang);
  const out = [table.title, table.subtitle, "", ...alignTable(table.columns, table.rows, color)];
  if (table.footnotes.length > 0) out.push("", ...table.footnotes);
  if (table.summary.length > 0) out.push("", ...table.summary);
  return `${out.join("\n")}\n`;
}

/**
 * Lay out a table for a terminal: a header line, a rule of dashes, one line per row; cells padded to their column's
 * display width (so every line has the same width), two spaces between columns.
 *
 * @internal
 */
export function alignTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], color: boolean): string[] {
  const widths = columns.map((column, i) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[i]?.text ?? ""))),
  );
  const paint = (text: string, code: string | undefined) => (color && code ? `\u001b[${code}m${text}\u001b[0m` : text);
  const line = (cells: readonly Cell[], header: boolean) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? { text: "" };
        const align = header ? "left" : column.align;
        // Colour only the text, so the padding stays plain and the display width is unchanged.
        const code = header ? "1" : cell.tone === undefined ? undefined : TONE_ANSI[cell.tone];
        return pad(paint(cell.text, code), widths[i] ?? 0, align);
      })
      .join(GAP);
  return [
    line(
      columns.map((c) => ({ text: c.header })),
      true,
    ),
    widths.map((w) => "-".repeat(w)).join(GAP),
    ...rows.map((row) => line(row, false)),
  ];
}

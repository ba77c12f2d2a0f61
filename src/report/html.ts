import { escapeXml as esc } from "./escape.js";
import { TONE_COLOUR } from "./labels.js";
import type { RenderOptions } from "./markdown.js";
import { htmlPage, htmlTableParts, pageStyle } from "./page.js";
import { FONT_FAMILY, renderSvg } from "./svg.js";
import { displayTable } from "./table.js";
import type { Report } from "./types.js";

const STYLE = `${pageStyle(FONT_FAMILY)}table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #d8dee4; padding: .35rem .5rem; text-align: left; vertical-align: top; white-space: nowrap; }
td.wrap { white-space: normal; min-width: 10em; }
.table-wrap { overflow-x: auto; }
th { background: #f6f8fa; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.status { white-space: nowrap; font-weight: 600; }
td.status::before { content: ""; display: inline-block; width: .7em; height: .7em; border-radius: 50%; margin-right: .4em; background: currentColor; }
.chart svg { max-width: 100%; height: auto; }
ul.notes, ul.summary { padding-left: 1.2rem; }
footer { color: #57606a; font-size: .8rem; margin-top: 2rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  tr, .chart { break-inside: avoid; }
  th { background: none; border-bottom: 2px solid #1f2328; }
  .chart svg { width: 100%; }
  .table-wrap { overflow: visible; }
  @page { size: A4 landscape; margin: 12mm; }
}
`;

/**
 * Print a scorecard (table, totals and chart) or a plan overview (table) as one self-contained HTML page: styles
 * and the SVG chart inline, no scripts, no external assets, a print stylesheet (A4 landscape), the page's `lang`
 * set and every text escaped. Open it in a browser, print it, or attach it to an e-mail.
 *
 * @param report - a {@link Scorecard} or a {@link PlanOverview}
 * @param options - language
 * @returns the HTML document
 * @example
 * ```ts
 * import { planOverview, renderHtml } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const html = renderHtml(planOverview(wuwei14), { lang: "en" });
 * html.startsWith('<!doctype html>\n<html lang="en">'); //=> true
 * ```
 * @category Report
 */
export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const lang = options.lang ?? report.lang;
  const table = displayTable(report, lang);
  const { head, body } = htmlTableParts(table.columns, table.rows, (cell, c, i) => {
    if (cell.tone !== undefined) {
      return `<td class="status" style="color:${TONE_COLOUR[cell.tone]}">${esc(cell.text)}</td>`;
    }
    if (c.align === "right") return `<td class="num">${esc(cell.text)}</td>`;
    return i <= 1 || i === table.columns.length - 1
      ? `<td class="wrap">${esc(cell.text)}</td>`
      : `<td>${esc(cell.text)}</td>`;
  });
  const sections: string[] = [];
  if (report.kind === "scorecard") {
    // Lines indented by two spaces belong to the line above them.
    const items: { text: string; sub: string[] }[] = [];
    for (const line of table.summary) {
      const last = items.at(-1);
      if (line.startsWith("  ") && last) last.sub.push(line.trim());
      else items.push({ text: line, sub: [] });
    }
    const summary = items
      .map(
        (item) =>
          `<li>${esc(item.text)}${item.sub.length > 0 ? `<ul>${item.sub.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>` : ""}</li>`,
      )
      .join("\n");
    sections.push(`<h2>${lang === "zh" ? "汇总" : "Summary"}</h2>\n<ul class="summary">\n${summary}\n</ul>`);
    sections.push(
      `<h2>${lang === "zh" ? "进展图" : "Chart"}</h2>\n<figure class="chart">\n${renderSvg(report, { lang })}</figure>`,
    );
  }
  const footnotes =
    table.footnotes.length > 0
      ? `<ul class="notes">\n${table.footnotes.map((f) => `<li>${esc(f)}</li>`).join("\n")}\n</ul>`
      : "";
  return htmlPage(
    lang,
    table.title,
    STYLE,
    `<h1>${esc(table.title)}</h1>
<p class="subtitle">${esc(table.subtitle)}</p>
${sections[0] ?? ""}
<h2>${lang === "zh" ? "明细" : "Details"}</h2>
<div class="table-wrap">
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
${footnotes}
${sections[1] ?? ""}
<footer>${esc(report.plan.title[lang])} · ${esc(report.plan.number)}</footer>`,
  );
}

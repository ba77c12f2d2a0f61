/**
 * The frame every HTML report shares: the `lang` attribute, the document around a page's body, and a table's
 * header and rows from the renderers' columns and cells (each renderer says how it writes a cell).
 *
 * @internal
 * @module
 */
import { escapeXml as esc } from "./escape.js";
import type { Cell, Column } from "./table.js";
import type { Lang } from "./types.js";

/** The `lang` attribute of an HTML page or SVG drawing in a language. @internal */
export const langAttr = (lang: Lang): string => (lang === "zh" ? "zh-CN" : "en");

/**
 * The start of a report page's stylesheet, the same on every screen page: light scheme, the body's font (`font`,
 * a CSS font list), width and line height, the title, subtitle and section headings. The page goes on with its
 * own rules. @internal
 */
export const pageStyle = (font: string): string => `
:root { color-scheme: light; }
body { font-family: ${font}; color: #1f2328; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.subtitle { color: #57606a; margin: 0 0 1.5rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
`;

/**
 * A self-contained HTML document: doctype, `lang`, UTF-8, viewport, the title (escaped), the styles inline, then
 * the body (already HTML); it ends with a newline. @internal
 */
export function htmlPage(lang: Lang, title: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="${langAttr(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The header cells (`<th scope="col">`, escaped) and the body rows (one `<tr>` a line) of an HTML table; `td`
 * writes each cell, an absent one as empty text. @internal
 */
export function htmlTableParts(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  td: (cell: Cell, column: Column, index: number) => string,
): { readonly head: string; readonly body: string } {
  return {
    head: columns.map((c) => `<th scope="col">${esc(c.header)}</th>`).join(""),
    body: rows.map((row) => `<tr>${columns.map((c, i) => td(row[i] ?? { text: "" }, c, i)).join("")}</tr>`).join("\n"),
  };
}

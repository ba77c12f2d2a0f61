/**
 * Small text helpers every renderer shares — the readers' and writers' of `io` as much as those of `report` and
 * the CLI's: picking the Chinese or English word, quoting a CSV field, escaping a Markdown cell and laying out a
 * Markdown table. One definition each, so that a table or a field is written the same way wherever it is written.
 *
 * @internal
 * @module
 */

/** Chinese or English. @internal */
export type Lang = "zh" | "en";

/** The Chinese or the English text, by `lang`. @internal */
export const inLang = (lang: Lang, zh: string, en: string): string => (lang === "zh" ? zh : en);

/** Quote a CSV field as RFC 4180 requires: when it holds a comma, a quote, CR or LF; quotes doubled. @internal */
export function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Escape a Markdown table cell: backslashes and pipes escaped, line breaks made spaces. @internal */
export const mdCell = (text: string): string =>
  text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** A column of a Markdown table: its header and how it aligns (`---` where `align` is absent). @internal */
export interface MdColumn {
  readonly header: string;
  readonly align?: "left" | "right";
}

/**
 * A GitHub-flavoured Markdown table as lines: the header, the alignment row, then one line per row, every cell
 * escaped; a row shorter than the columns gets empty cells. @internal
 */
export function mdTable(columns: readonly MdColumn[], rows: readonly (readonly string[])[]): string[] {
  const rule = (c: MdColumn) => (c.align === "right" ? "---:" : c.align === "left" ? ":---" : "---");
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(columns.map((c) => mdCell(c.header))),
    line(columns.map(rule)),
    ...rows.map((row) => line(columns.map((_, i) => mdCell(row[i] ?? "")))),
  ];
}

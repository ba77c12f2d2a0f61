/**
 * Reading reported figures from CSV or tab-separated text.
 *
 * @module
 */
import Papa from "papaparse";
import { truncate } from "../observations/describe.js";
import type { ObservationIssue } from "../observations/issues.js";
import { makeIssue } from "../observations/makeIssue.js";
import { columnsOf, duplicateColumnIssues, type ReadResult, type ReadRow, readDecoded, readResult } from "./shared.js";

/**
 * Read reported figures from CSV text or bytes: one row per data line, each with the 1-based file line it starts
 * on, ready for `validateObservations`. Parsing is papaparse's; this function adds what statistical exports need:
 *
 * - UTF-8 with or without a byte-order mark; other bytes (a GBK export from Excel) give a `not-utf8` issue that says
 *   to re-save the file as UTF-8;
 * - comma- or tab-separated, detected from the header line;
 * - headers in English (`indicator, region, year, value, unit, status, source, note`, and SDMX's `OBS_VALUE`,
 *   `TIME_PERIOD`, `OBS_STATUS`) or Chinese (`指标, 地区, 年份, 数值, 单位, 状态, 来源, 备注` and variants such as
 *   指标名称, 指标代码, 区域, 县区, 年度, 值, 数据);
 * - lines starting with `#` are comments and empty lines are skipped, but both count for line numbers;
 * - a value column whose header names a unit in brackets (`数值(万元)`, `value (%)`) gives that unit to every row
 *   without a unit of its own;
 * - empty cells are left out of the row, so validation reports a missing field rather than an empty value.
 *
 * A line papaparse cannot read (an unclosed quote) or one with more cells than the header (an unquoted "1,234")
 * makes no row and gets a `malformed-csv` error with its line; two columns naming the same field give a
 * `duplicate-column` error and no rows. Never throws.
 *
 * @param input - the file's text, or its bytes
 * @returns the rows and the file's issues
 * @example
 * ```ts
 * import { readObservationsCsv } from "@wuwei/sti-plan/io";
 * const csv = "# illustrative figures\n指标\t地区\t年份\t数值\n技术市场成交合同金额\t凉州区\t2023\t4.2亿元\n";
 * readObservationsCsv(csv).rows;
 * //=> [{ indicator: "技术市场成交合同金额", region: "凉州区", year: "2023", value: "4.2亿元", line: 3 }]
 * ```
 * @category IO
 */
export function readObservationsCsv(input: string | Uint8Array): ReadResult {
  return readDecoded(input, (text) => readCsvText(text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text));
}

/** The first line of a text that passes a test, found without splitting the whole text; "" if none does. */
function firstLine(text: string, test: (line: string) => boolean): string {
  for (let from = 0; from <= text.length; ) {
    const end = text.indexOf("\n", from);
    const line = text.slice(from, end === -1 ? text.length : end);
    if (test(line)) return line;
    if (end === -1) break;
    from = end + 1;
  }
  return "";
}

function readCsvText(text: string): ReadResult {
  const issues: ObservationIssue[] = [];
  const rows: ReadRow[] = [];

  const headerLine = firstLine(text, (l) => l.trim() !== "" && !l.startsWith("#"));
  const tabs = headerLine.split("\t").length - 1;
  const commas = headerLine.split(",").length - 1;
  const delimiter = tabs > 0 && tabs >= commas ? "\t" : ",";

  const records: { cells: string[]; line: number; errors: { zh: string; en: string }[] }[] = [];
  // A record starts where the previous one ended, after any comment lines papaparse skipped; its line is the
  // number of line breaks before that offset, plus one.
  let previous = 0;
  let position = 0;
  let newlines = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    comments: "#",
    skipEmptyLines: false,
    step: (result) => {
      let start = previous;
      while (start < text.length && text.startsWith("#", start)) {
        const next = text.indexOf("\n", start);
        start = next === -1 ? text.length : next + 1;
      }
      previous = result.meta.cursor;
      // Jump from line break to line break: a long cell costs one search, not one step per character.
      for (let at = text.indexOf("\n", position); at !== -1 && at < start; at = text.indexOf("\n", at + 1)) newlines++;
      if (start > position) position = start;
      records.push({
        cells: result.data.map((c) => String(c)),
        line: newlines + 1,
        errors: result.errors.map((e) => {
          if (e.code !== "MissingQuotes") return { zh: `CSV 解析错误：${e.message}`, en: e.message };
          const last = text.replace(/\n$/, "").split("\n").length;
          return {
            zh: `引号未闭合：从此行到文件末尾（第${last}行）都被读成了一个单元格，因此这些行都没有成为数据`,
            en: `an unclosed quote: every line from here to the end of the file (line ${last}) was read as one cell, so none of them makes a row`,
          };
        }),
      });
    },
  });

  const data = records.filter((r) => r.cells.some((c) => c.trim() !== "") || r.errors.length > 0);
  const header = data.shift();
  if (header === undefined) {
    issues.push(makeIssue("malformed-csv", "error", null, [], { received: '""', detail: "no header line" }));
    return readResult(rows, issues);
  }
  const columns = columnsOf(header.cells, (name) => name.trim());
  const fields = columns.fields;
  const clashes = duplicateColumnIssues(fields, header.line);
  if (clashes.length > 0) return readResult(rows, clashes);

  for (const record of data) {
    const extra = record.cells.slice(fields.length).filter((c) => c.trim() !== "");
    if (record.errors.length > 0 || extra.length > 0) {
      // A number written with a thousands comma and no quotes (1,000) splits into two cells: say so.
      const comma = extra.length > 0 && extra.every((c) => /^\d{3}(\.\d+)?$/.test(c.trim()));
      const detailText = record.errors[0] ?? {
        zh: `本行有 ${record.cells.length} 个单元格，表头只有 ${fields.length} 列${comma ? "；带千位逗号的数字（如 1,000）须加引号，或去掉逗号" : ""}`,
        en: `${record.cells.length} cells where the header has ${fields.length}${comma ? '; a number with a thousands comma (1,000) must be quoted ("1,000") or written without the comma' : ""}`,
      };
      const detail = detailText.en;
      issues.push(
        makeIssue(
          "malformed-csv",
          "error",
          null,
          [],
          {
            received: JSON.stringify(truncate(record.cells.join(delimiter === "\t" ? "\t" : ","))),
            detail,
            detailText,
          },
          record.line,
        ),
      );
      continue;
    }
    const entries: [string, unknown][] = [];
    fields.forEach(({ field }, i) => {
      const cell = (record.cells[i] ?? "").trim();
      if (cell !== "") entries.push([field, cell]);
    });
    rows.push(columns.row(entries, record.line));
  }
  return readResult(rows, issues);
}

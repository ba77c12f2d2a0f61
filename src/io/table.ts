/**
 * From a grid of cells (a CSV's records or a sheet's rows) to rows for validation: title lines, blank lines,
 * footnotes and missing markers are skipped and listed; the header is found; long and wide layouts are read.
 *
 * @internal
 * @module
 */

import { readReporting } from "../model/reporting.js";
import { cellRef } from "./cells.js";
import {
  bracketOfHeader,
  duplicates,
  fieldOf,
  headerDefaults,
  makeRow,
  type ReadRow,
  withHeaderUnit,
} from "./columns.js";
import { type FilePlace, problem, quote, type ReadProblem } from "./problems.js";

/**
 * How a table is laid out: `long`, one figure per row (indicator, region, year, value columns); `wide`, one indicator
 * per row with a column per year (`2021`, `2021年`, `2021年度`), as statistical yearbooks and 表1 print them.
 *
 * @example
 * ```ts
 * import { readObservations, type Layout } from "@wuwei/sti-plan/io";
 * const layout: Layout | null = readObservations("指标名称,单位,2021年,2022年\n研发经费投入强度,%,0.71,0.78\n", { region: "武威市" }).layout;
 * layout; //=> "wide"
 * ```
 * @category IO
 */
export type Layout = "long" | "wide";

/** One record of the grid: its line (or sheet row) and its cells. @internal */
export interface GridRecord {
  readonly line: number;
  readonly cells: readonly string[];
  /** Why the text parser could not read this record, when it could not. */
  readonly error?: { readonly zh: string; readonly en: string };
}

/** What a table gives. @internal */
export interface TableResult {
  rows: ReadRow[];
  places: FilePlace[];
  problems: ReadProblem[];
  layout: Layout | null;
  header: boolean;
  counts: { lines: number; skipped: number; noFigure: number; rejected: number };
}

/** Options of the table reader. @internal */
export interface TableOptions {
  readonly layout?: Layout | "auto";
  readonly region?: string;
  readonly sheet?: string;
  /** Region given by the sheet's name, used after a title's. */
  readonly sheetRegion?: string;
  /** Whether `#` lines are comments (text files). */
  readonly comments: boolean;
  readonly delimiter?: string;
}

const nfkc = (text: string): string => text.normalize("NFKC").trim();

const MISSING = /^(?:[—–\-―‐‑]+|\/|…+|\.{3,}|·+|空|无|暂无|缺|n\/?a|null|none)$/i;

/**
 * Whether a cell means "no figure": empty, or a marker offices write (—, –, -, /, …, 空, 无, 暂无; full-width forms
 * too).
 *
 * @internal
 */
export function isMissing(cell: string): boolean {
  const text = nfkc(cell);
  return text === "" || MISSING.test(text);
}

const YEAR = /^((?:19|20)\d{2})\s*(?:年|年度|年末|年底)?$/;
const YEAR_WORD = /^((?:19|20)\d{2})\s*(?:年度?)?\s*([^\d\s].*)$/;

/**
 * The year a header cell names (`2021`, `2021年`, `2021年度`) and the 口径 it states, if any, as written: in brackets
 * (`2021年(累计)`, `2021年（当年新增）`, `2021(期末)`) or after the year (`2021年累计`). `undefined` when the cell names
 * no year, or brackets something other than a 口径 (`2021年(初步数)`).
 *
 * @internal
 */
export function yearColumn(cell: string): { readonly year: number; readonly reporting?: string } | undefined {
  const text = nfkc(cell);
  const m = YEAR.exec(text);
  if (m !== null) return { year: Number(m[1]) };
  const bracket = bracketOfHeader(text);
  if (bracket !== undefined) {
    const y = YEAR.exec(nfkc(bracket.name));
    if (y === null || bracket.unit !== undefined || bracket.reporting === undefined) return undefined;
    return { year: Number(y[1]), reporting: bracket.reporting };
  }
  const w = YEAR_WORD.exec(text);
  if (w?.[2] === undefined || readReporting(w[2]) === undefined) return undefined;
  return { year: Number(w[1]), reporting: w[2] };
}

/** The year a header cell names (`2021`, `2021年`, `2021年度`, `2021年(累计)`), or undefined. @internal */
export function yearOf(cell: string): number | undefined {
  return yearColumn(cell)?.year;
}

const FOOTNOTE = /^(?:注|说明|资料来源|备注|数据来源|来源|填报说明|note|notes|source)\s*(?:[:：]|\d|[（(]?\d|[、.．])/i;

/** Text cells that are not empty. */
const filled = (cells: readonly string[]): string[] => cells.map((c) => c.trim()).filter((c) => c !== "");

/** How many cells are not empty, without building the list (every data line is asked). */
function filledCount(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.trim() !== "") n++;
  return n;
}

function isFootnote(cells: readonly string[]): boolean {
  if (filledCount(cells) !== 1) return false;
  const f = filled(cells);
  return f.length === 1 && FOOTNOTE.test(nfkc(f[0] ?? ""));
}

const NUMERIC = /^[-+]?[\d,，.]+%?$/;

/** Extra indicator-column names of wide tables (besides the long-table synonyms). */
const WIDE_INDICATOR = new Set(["项目", "指标项目", "名称", "主要指标", "指标名", "item"]);
/** Columns of a wide table that are read silently as nothing: row numbers. */
const ROW_NUMBER = new Set(["序号", "编号", "no", "no.", "#", "行次"]);

interface WideColumns {
  indicator: number;
  unit: number | undefined;
  region: number | undefined;
  note: number | undefined;
  /** A 口径 column: the basis of each row's figures. */
  reporting: number | undefined;
  /** The year columns, each with the 口径 its header states (`2021年(累计)`), if any. */
  years: { column: number; year: number; reporting?: string }[];
  ignored: { column: number; name: string }[];
}

/** The names of a header row, with an empty cell taking the name above it (a merged group header). */
function headerNames(header: GridRecord, above: readonly GridRecord[]): string[] {
  const width = Math.max(header.cells.length, ...above.map((r) => r.cells.length));
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = (header.cells[c] ?? "").trim();
    for (let r = above.length - 1; name === "" && r >= 0; r--) name = (above[r]?.cells[c] ?? "").trim();
    names.push(name);
  }
  return names;
}

function wideColumns(names: readonly string[]): WideColumns | null {
  const years: { column: number; year: number; reporting?: string }[] = [];
  let indicator: number | undefined;
  let unit: number | undefined;
  let region: number | undefined;
  let note: number | undefined;
  let reporting: number | undefined;
  const others: { column: number; name: string }[] = [];
  names.forEach((name, column) => {
    if (name === "") return;
    const year = yearColumn(name);
    if (year !== undefined) {
      years.push({ column, ...year });
      return;
    }
    const key = nfkc(name).toLowerCase();
    const field = fieldOf(name, column);
    if (field === "indicator" || WIDE_INDICATOR.has(key)) indicator ??= column;
    else if (field === "unit") unit ??= column;
    else if (field === "region") region ??= column;
    else if (field === "note") note ??= column;
    else if (field === "reporting") reporting ??= column;
    else if (!ROW_NUMBER.has(key)) others.push({ column, name });
  });
  if (years.length === 0) return null;
  // No column named as the indicator's: the first other column left of the years holds the names.
  if (indicator === undefined) {
    const first = others.find((o) => o.column < (years[0]?.column ?? 0));
    if (first === undefined) return null;
    indicator = first.column;
  }
  if (others.some((o) => o.column !== indicator && NUMERIC.test(o.name))) return null;
  return { indicator, unit, region, note, reporting, years, ignored: others.filter((o) => o.column !== indicator) };
}

function isLongHeader(cells: readonly string[]): boolean {
  const fields = new Set(cells.map((c, i) => (c.trim() === "" ? "" : fieldOf(c, i))));
  const known = ["indicator", "region", "year", "value"].filter((f) => fields.has(f)).length;
  // A value column and one more: a merged group header such as 指标名称 | 单位 | 年份 (over the year columns) is not one.
  return known >= 2 && fields.has("value");
}

/** A region named at the start of a title (`民勤县科技创新主要指标` → 民勤县; `武威市凉州区…` → 凉州区). @internal */
export function regionOfTitle(title: string): string | undefined {
  const text = nfkc(title)
    .replace(/^[“"'‘]?十[三四五六]五[”"'’]?/, "")
    .replace(/^\d{4}\s*(?:[-—–~至到]\s*\d{4})?\s*年度?/, "")
    .replace(/^[“"'‘]?十[三四五六]五[”"'’]?/, "");
  const re = /[\u4e00-\u9fff]{1,8}?(?:藏族自治县|自治县|自治州|自治旗|县|区|市|旗)/y;
  let last: string | undefined;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === "全市" || m[0] === "市") break;
    last = m[0];
  }
  return last;
}

/** The name and unit of a wide table's indicator cell: numbering removed, a unit in brackets split off. */
function indicatorCell(text: string): { name: string; unit: string | undefined } {
  const name = text
    .trim()
    .replace(/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*/, "")
    .replace(/^[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]\s*/, "");
  const m = /^(.+?)\s*[(（]\s*([^()（）]{1,8})\s*[)）]$/.exec(name);
  if (m?.[1] !== undefined && m[2] !== undefined && !/[\u4e00-\u9fff]{4}/.test(m[2])) {
    return { name: m[1], unit: m[2] };
  }
  return { name, unit: undefined };
}

const SECTION = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])/;

/**
 * Read a grid as a table.
 *
 * @internal
 */
export function readTable(records: readonly GridRecord[], options: TableOptions): TableResult {
  const result: TableResult = {
    rows: [],
    places: [],
    problems: [],
    layout: null,
    header: false,
    counts: { lines: records.length, skipped: 0, noFigure: 0, rejected: 0 },
  };
  const { sheet } = options;
  const placeOf = (line: number, column?: number): FilePlace => {
    if (sheet !== undefined) {
      return column === undefined ? { sheet, line } : { sheet, line, column: column + 1, cell: cellRef(column, line) };
    }
    return column === undefined ? { line } : { line, column: column + 1 };
  };
  const skip = (code: "title-line" | "blank-line" | "footnote" | "comment-line", r: GridRecord) => {
    result.counts.skipped++;
    // A merged range repeats its value in every cell: name it once.
    const cells = filled(r.cells).filter((c, i, all) => i === 0 || c !== all[i - 1]);
    result.problems.push(problem(code, placeOf(r.line), { received: quote(cells.join(" ")) }));
  };
  const isBlank = (r: GridRecord) => r.error === undefined && filledCount(r.cells) === 0;
  const isComment = (r: GridRecord) => options.comments && (r.cells[0] ?? "").trimStart().startsWith("#");

  // 1. The header: the first line that reads as a long or a wide header, within the first 50 lines that have text.
  const forced = options.layout === "auto" ? undefined : options.layout;
  let headerIndex = -1;
  let wide: WideColumns | null = null;
  const before: GridRecord[] = [];
  for (let i = 0, seen = 0; i < records.length && seen < 50; i++) {
    const r = records[i] as GridRecord;
    if (isBlank(r) || isComment(r)) continue;
    seen++;
    if (forced !== "wide" && isLongHeader(r.cells)) {
      headerIndex = i;
      break;
    }
    if (forced !== "long") {
      wide = wideColumns(headerNames(r, before));
      if (wide !== null) {
        headerIndex = i;
        break;
      }
    }
    before.push(r);
  }
  if (headerIndex === -1 && forced === "long") {
    // Forced long with no recognisable header: the first line with text is the header, as the CSV reader does.
    headerIndex = records.findIndex((r) => !isBlank(r) && !isComment(r));
  }
  const firstText = records.find((r) => !isBlank(r) && !isComment(r));
  if (headerIndex === -1) {
    result.problems.push(
      problem("no-header", firstText === undefined ? null : placeOf(firstText.line), {
        received: firstText === undefined ? '""' : quote(filled(firstText.cells).join(" ")),
      }),
    );
    result.counts.rejected = records.filter((r) => !isBlank(r)).length;
    return result;
  }
  result.header = true;
  result.layout = wide === null ? "long" : "wide";
  const header = records[headerIndex] as GridRecord;

  // Lines above the header: titles (a region may be named there), blank lines, comments.
  let titleRegion: string | undefined;
  for (const r of records.slice(0, headerIndex)) {
    if (isBlank(r)) skip("blank-line", r);
    else if (isComment(r)) skip("comment-line", r);
    else if (isFootnote(r.cells)) skip("footnote", r);
    else {
      titleRegion ??= regionOfTitle([...new Set(filled(r.cells))].join(""));
      skip("title-line", r);
    }
  }

  // 2. The data lines.
  const headerKey = header.cells.map((c) => c.trim()).join("\u0000");
  let inFootnotes = false;
  const dataStart = headerIndex + 1;
  const classify = (r: GridRecord): boolean => {
    if (isBlank(r)) {
      skip("blank-line", r);
      return true;
    }
    if (isComment(r)) {
      skip("comment-line", r);
      return true;
    }
    if (r.error === undefined && isFootnote(r.cells)) {
      inFootnotes = true;
      skip("footnote", r);
      return true;
    }
    // After a footnote, a line with one cell of text continues it ("2. 2023年为初步数").
    if (inFootnotes && filledCount(r.cells) === 1) {
      skip("footnote", r);
      return true;
    }
    // The joined line can equal the header's only if it starts with its first cell: most lines stop there.
    if (headerKey.startsWith((r.cells[0] ?? "").trim()) && r.cells.map((c) => c.trim()).join("\u0000") === headerKey) {
      // The header repeated (a table printed over several pages).
      skip("title-line", r);
      return true;
    }
    return false;
  };

  if (wide === null) {
    const fields = header.cells.map((name, i) => ({ field: fieldOf(name, i), name: name.trim() }));
    // Excel's padding: empty header cells at the end are no columns.
    while (fields.length > 0 && fields[fields.length - 1]?.name === "") fields.pop();
    const headerUnit = headerDefaults(header.cells);
    const clashes = duplicates(fields.filter((f) => f.name !== ""));
    if (clashes.size > 0) {
      for (const [field, names] of clashes) {
        result.problems.push(problem("duplicate-column", placeOf(header.line), { field, received: names.join(", ") }));
      }
      result.counts.rejected = records.length - dataStart;
      return result;
    }
    const valueColumn = fields.findIndex((f) => f.field === "value");
    for (const r of records.slice(dataStart)) {
      if (classify(r)) continue;
      const extra = r.cells.length > fields.length ? r.cells.slice(fields.length).filter((c) => c.trim() !== "") : [];
      if (r.error !== undefined || extra.length > 0) {
        const comma = extra.length > 0 && extra.every((c) => /^\d{3}(\.\d+)?$/.test(c.trim()));
        const detail = r.error ?? {
          zh: `本行有 ${r.cells.length} 个单元格，表头只有 ${fields.length} 列${comma ? "；带千位逗号的数字（如 1,000）须加引号，或去掉逗号" : ""}`,
          en: `${r.cells.length} cells where the header has ${fields.length}${comma ? '; a number with a thousands comma (1,000) must be quoted ("1,000") or written without the comma' : ""}`,
        };
        result.counts.rejected++;
        result.problems.push(
          problem("malformed-line", placeOf(r.line), {
            received: quote(r.cells.join(options.delimiter ?? ","), 60),
            detail,
          }),
        );
        continue;
      }
      if (valueColumn !== -1 && isMissing(r.cells[valueColumn] ?? "")) {
        result.counts.noFigure++;
        const marker = (r.cells[valueColumn] ?? "").trim();
        result.problems.push(
          problem("no-figure", placeOf(r.line, valueColumn), {
            received: marker === "" ? '""' : marker,
          }),
        );
        continue;
      }
      const entries: [string, unknown][] = [];
      fields.forEach(({ field, name }, i) => {
        const cell = (r.cells[i] ?? "").trim();
        if (cell !== "" && name !== "") entries.push([field, cell]);
      });
      let withRegion = withHeaderUnit(entries, headerUnit);
      const fallback = options.region ?? titleRegion ?? options.sheetRegion;
      if (!withRegion.some(([f]) => f === "region") && fallback !== undefined) {
        withRegion = [...withRegion, ["region", fallback]];
      }
      result.rows.push(makeRow(withRegion, r.line));
      result.places.push(placeOf(r.line));
    }
    return result;
  }

  // Wide.
  const w = wide;
  const region = options.region ?? titleRegion ?? options.sheetRegion;
  for (const o of w.ignored) {
    result.problems.push(problem("ignored-column", placeOf(header.line, o.column), { received: o.name }));
  }
  const yearsSeen = new Map<number, number>();
  for (const y of w.years) yearsSeen.set(y.year, (yearsSeen.get(y.year) ?? 0) + 1);
  const twice = [...yearsSeen].filter(([, n]) => n > 1).map(([y]) => y);
  if (twice.length > 0) {
    result.problems.push(
      problem("duplicate-column", placeOf(header.line), {
        field: "year",
        received: w.years
          .filter((y) => twice.includes(y.year))
          .map((y) => (header.cells[y.column] ?? "").trim() || String(y.year))
          .join(", "),
      }),
    );
    result.counts.rejected = records.length - dataStart;
    return result;
  }
  if (w.region === undefined && region === undefined) {
    result.problems.push(
      problem("no-region", placeOf(header.line), { received: quote(filled(header.cells).join(" ")) }),
    );
  }
  for (const r of records.slice(dataStart)) {
    if (classify(r)) continue;
    if (r.error !== undefined) {
      result.counts.rejected++;
      result.problems.push(
        problem("malformed-line", placeOf(r.line), {
          received: quote(r.cells.join(options.delimiter ?? ","), 60),
          detail: r.error,
        }),
      );
      continue;
    }
    const rawName = (r.cells[w.indicator] ?? "").trim();
    const values = w.years.map((y) => (r.cells[y.column] ?? "").trim());
    if (
      SECTION.test(rawName) &&
      values.every((v) => isMissing(v)) &&
      (w.unit === undefined || (r.cells[w.unit] ?? "").trim() === "")
    ) {
      // A section heading inside the table ("一、创新投入").
      skip("title-line", r);
      continue;
    }
    const { name, unit: bracketUnit } = indicatorCell(rawName);
    const unit = w.unit === undefined ? bracketUnit : (r.cells[w.unit] ?? "").trim() || bracketUnit;
    const rowRegion = w.region === undefined ? region : (r.cells[w.region] ?? "").trim() || region;
    const note = w.note === undefined ? "" : (r.cells[w.note] ?? "").trim();
    // The row's 口径 cell wins over its year column's header (`2021年(累计)`), as a row's 单位 does over a header's.
    const rowReporting = w.reporting === undefined ? "" : (r.cells[w.reporting] ?? "").trim();
    w.years.forEach(({ column, year, reporting }, k) => {
      const cell = values[k] ?? "";
      if (isMissing(cell)) {
        result.counts.noFigure++;
        result.problems.push(problem("no-figure", placeOf(r.line, column), { received: cell === "" ? '""' : cell }));
        return;
      }
      const entries: [string, unknown][] = [];
      if (name !== "") entries.push(["indicator", name]);
      if (rowRegion !== undefined && rowRegion !== "") entries.push(["region", rowRegion]);
      entries.push(["year", String(year)], ["value", cell]);
      if (unit !== undefined && unit !== "") entries.push(["unit", unit]);
      if (note !== "") entries.push(["note", note]);
      const basis = rowReporting === "" ? reporting : rowReporting;
      if (basis !== undefined) entries.push(["reporting", basis]);
      result.rows.push(makeRow(entries, r.line));
      result.places.push(placeOf(r.line, column));
    });
  }
  return result;
}

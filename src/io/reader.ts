/**
 * The reader behind {@link readObservations}, with what reads zip archives passed in: the CLI loads the `.xlsx` reader
 * (and fflate) only for a file whose bytes are a zip archive, so that reading a CSV never evaluates them.
 *
 * @internal
 * @module
 */
import Papa from "papaparse";
import { fieldOf, headerDefaults, makeRow, type ReadRow, withHeaderUnit } from "./columns.js";
import { elementStarts, lineAt } from "./json.js";
import { type FilePlace, problem, quote, type ReadProblem } from "./problems.js";
import { decodeText, hexHead, sniffBinary, sniffMarkup, type TextEncodingName } from "./sniff.js";
import {
  type GridRecord,
  isMissing,
  type Layout,
  readTable,
  regionOfTitle,
  type TableResult,
  yearColumn,
  yearOf,
} from "./table.js";
import type { Sheet } from "./xlsx.js";

/**
 * The format a file was read as: comma- or tab-separated text, a JSON array, JSON Lines (one object per line) or an
 * `.xlsx` workbook.
 *
 * @example
 * ```ts
 * import { readObservations, type FileFormat } from "@wuwei/sti-plan/io";
 * const format: FileFormat | null = readObservations('{"指标":"rd-intensity","地区":"武威市","年份":2023,"数值":0.95}\n').format;
 * format; //=> "jsonl"
 * ```
 * @category IO
 */
export type FileFormat = "csv" | "tsv" | "json" | "jsonl" | "xlsx";

/**
 * Options of {@link readObservations}. Without them everything is found from the file itself.
 *
 * @example
 * ```ts
 * import type { ReadObservationsOptions } from "@wuwei/sti-plan/io";
 * const options: ReadObservationsOptions = { layout: "wide", region: "民勤县", sheet: "表1" };
 * options.layout; //=> "wide"
 * ```
 * @category IO
 */
export interface ReadObservationsOptions {
  /** Read as this format instead of finding it out. */
  readonly format?: FileFormat;
  /** Decode text bytes in this encoding instead of finding it out. */
  readonly encoding?: TextEncodingName;
  /** Read tables as this layout; `auto` (the default) finds it from the header. */
  readonly layout?: Layout | "auto";
  /** The region of rows that name none (no region column, no region in the title or sheet name). */
  readonly region?: string;
  /** The sheet of a workbook to read, by name or 1-based number; default: every visible sheet. */
  readonly sheet?: string | number;
}

/**
 * How the lines of a file were used: `lines` seen (for a workbook, rows with any cell), `rows` made, lines
 * `skipped` on purpose (titles, blank lines, footnotes, comments), cells or rows with `noFigure` (a missing marker or
 * an empty cell), and lines `rejected` with an error. The header line is the one line in none of these counts.
 *
 * @example
 * ```ts
 * import { readObservations, type ReadCounts } from "@wuwei/sti-plan/io";
 * const counts: ReadCounts = readObservations("指标,地区,年份,数值\nrd-intensity,武威市,2023,—\n").counts;
 * counts; //=> { lines: 2, rows: 0, skipped: 0, noFigure: 1, rejected: 0 }
 * ```
 * @category IO
 */
export interface ReadCounts {
  readonly lines: number;
  readonly rows: number;
  readonly skipped: number;
  readonly noFigure: number;
  readonly rejected: number;
}

/**
 * What {@link readObservations} found: the rows for `validateObservations`, the place of each row in the file
 * (`places[i]` is where `rows[i]` came from: its line, and for a wide table or a workbook the cell), the file's
 * problems (errors, warnings, and `info` for every line skipped on purpose), the format, the text encoding (`null` for
 * a workbook or text given as a string), the layout, the sheets read, and the counts.
 *
 * @example
 * ```ts
 * import { readObservations, type ObservationFile } from "@wuwei/sti-plan/io";
 * const file: ObservationFile = readObservations("指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\n");
 * [file.format, file.layout, file.rows.length, file.places[0]]; //=> ["csv", "long", 1, { line: 2 }]
 * ```
 * @category IO
 */
export interface ObservationFile {
  readonly rows: readonly ReadRow[];
  readonly places: readonly FilePlace[];
  readonly problems: readonly ReadProblem[];
  readonly format: FileFormat | null;
  readonly encoding: TextEncodingName | null;
  readonly layout: Layout | null;
  readonly sheets: readonly string[];
  readonly counts: ReadCounts;
}

/**
 * What reading a zip archive needs, from xlsx.ts (with fflate): its entries' names, to tell a workbook from a Word
 * file or a plain zip, and a workbook's sheets (throwing for one it cannot read). @internal
 */
export interface ZipReader {
  readonly entries: (bytes: Uint8Array) => string[] | null;
  readonly sheets: (bytes: Uint8Array) => Sheet[];
}

interface Draft {
  rows: ReadRow[];
  places: FilePlace[];
  problems: ReadProblem[];
  format: FileFormat | null;
  encoding: TextEncodingName | null;
  layout: Layout | null;
  sheets: string[];
  counts: { lines: number; skipped: number; noFigure: number; rejected: number };
}

const empty = (format: FileFormat | null, encoding: TextEncodingName | null): Draft => ({
  rows: [],
  places: [],
  problems: [],
  format,
  encoding,
  layout: null,
  sheets: [],
  counts: { lines: 0, skipped: 0, noFigure: 0, rejected: 0 },
});

function finish(d: Draft): ObservationFile {
  return Object.freeze({
    rows: Object.freeze(d.rows),
    places: Object.freeze(d.places.map((p) => Object.freeze(p))),
    problems: Object.freeze(d.problems),
    format: d.format,
    encoding: d.encoding,
    layout: d.layout,
    sheets: Object.freeze(d.sheets),
    counts: Object.freeze({ ...d.counts, rows: d.rows.length }),
  });
}

/** Append without spreading: a wide sheet gives hundreds of thousands of rows, more than a call's arguments. */
function append<T>(target: T[], source: readonly T[]): void {
  for (const item of source) target.push(item);
}

function addTable(d: Draft, t: TableResult): void {
  append(d.rows, t.rows);
  append(d.places, t.places);
  append(d.problems, t.problems);
  d.layout ??= t.layout;
  d.counts.lines += t.counts.lines;
  d.counts.skipped += t.counts.skipped;
  d.counts.noFigure += t.counts.noFigure;
  d.counts.rejected += t.counts.rejected;
}

/** The delimiter of a text table: tab when the first lines hold at least as many tabs as commas. */
function delimiterOf(text: string): "," | "\t" {
  let tabs = 0;
  let commas = 0;
  let lines = 0;
  for (const line of text.split("\n", 200)) {
    if (line.trim() === "") continue;
    for (const ch of line) {
      if (ch === "\t") tabs++;
      else if (ch === ",") commas++;
    }
    if (++lines >= 20) break;
  }
  return tabs > 0 && tabs >= commas ? "\t" : ",";
}

/** Every record of a delimited text, with the line it starts on. */
function parseDelimited(text: string, delimiter: string): GridRecord[] {
  const records: GridRecord[] = [];
  let previous = 0;
  let position = 0;
  let newlines = 0;
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  if (body === "") return records;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const start = previous;
      previous = result.meta.cursor;
      for (; position < start; position++) if (body.charCodeAt(position) === 10) newlines++;
      const error = result.errors[0];
      // Counted only for an unclosed quote (once per file at most): counting every time made reading quadratic.
      const last = error?.code === "MissingQuotes" ? body.split("\n").length : 0;
      records.push({
        line: newlines + 1,
        cells: result.data.map((c) => String(c)),
        ...(error === undefined
          ? {}
          : {
              error:
                error.code === "MissingQuotes"
                  ? {
                      zh: `引号未闭合：从此行到文件末尾（第${last}行）都被读成了一个单元格`,
                      en: `an unclosed quote: every line from here to the end of the file (line ${last}) was read as one cell`,
                    }
                  : { zh: `CSV 解析错误：${error.message}`, en: error.message },
            }),
      });
    },
  });
  return records;
}

/** The fields of a JSON object, expanded to one row per year when its keys are years (a wide row). */
function jsonRows(element: Record<string, unknown>, line: number, d: Draft, region: string | undefined): void {
  const keys = Object.keys(element);
  const value = (key: string): unknown => Object.getOwnPropertyDescriptor(element, key)?.value;
  const named = keys.map((key, i) => ({ key, field: fieldOf(key, i) }));
  const seen = new Map<string, string[]>();
  for (const { key, field } of named) if (yearOf(key) === undefined) seen.set(field, [...(seen.get(field) ?? []), key]);
  for (const [field, names] of seen) {
    if (names.length > 1) {
      d.counts.rejected++;
      d.problems.push(problem("duplicate-column", { line }, { field, received: names.join(", ") }));
      return;
    }
  }
  const yearKeys = keys.filter((k) => yearOf(k) !== undefined);
  const base = named
    .filter(({ key }) => yearOf(key) === undefined)
    .map(({ key, field }) => [field, value(key)] as [string, unknown]);
  const missing = (v: unknown) => v === null || v === undefined || (typeof v === "string" && isMissing(v));
  const withRegion = (entries: readonly (readonly [string, unknown])[]): (readonly [string, unknown])[] =>
    region !== undefined && !entries.some(([f]) => f === "region") ? [...entries, ["region", region]] : [...entries];
  if (yearKeys.length > 0 && !base.some(([f]) => f === "value")) {
    d.layout ??= "wide";
    for (const key of yearKeys) {
      const v = value(key);
      if (missing(v)) {
        d.counts.noFigure++;
        d.problems.push(problem("no-figure", { line }, { received: v === null || v === "" ? '""' : String(v) }));
        continue;
      }
      const column = yearColumn(key);
      const entries: (readonly [string, unknown])[] = [...base, ["year", String(column?.year)], ["value", v]];
      // A key's 口径 (`"2021年(累计)": 3`) when the object states none of its own.
      if (column?.reporting !== undefined && !base.some(([f]) => f === "reporting")) {
        entries.push(["reporting", column.reporting]);
      }
      d.rows.push(makeRow(withRegion(entries), line));
      d.places.push({ line });
    }
    return;
  }
  d.layout ??= "long";
  const v = base.find(([f]) => f === "value");
  if (v !== undefined && missing(v[1])) {
    d.counts.noFigure++;
    d.problems.push(problem("no-figure", { line }, { received: v[1] === null || v[1] === "" ? '""' : String(v[1]) }));
    return;
  }
  const headerUnit = headerDefaults(keys);
  d.rows.push(makeRow(withRegion(withHeaderUnit(base, headerUnit)), line));
  d.places.push({ line });
}

const describeJson = (v: unknown): string =>
  v === null
    ? "null"
    : Array.isArray(v)
      ? "an array"
      : typeof v === "string"
        ? quote(v)
        : typeof v === "object"
          ? "an object"
          : String(v);

function readJson(text: string, d: Draft, region: string | undefined): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, " ");
    const at = /position (\d+)/.exec(message);
    d.counts.rejected++;
    d.problems.push(
      problem(
        "malformed-json",
        { line: at ? lineAt(text, Number(at[1])) : 1 },
        {
          received: quote(text.trim().slice(0, 40)),
          detail: { zh: message, en: message },
        },
      ),
    );
    return;
  }
  if (!Array.isArray(data)) {
    d.counts.rejected++;
    d.problems.push(
      problem(
        "malformed-json",
        { line: lineAt(text, 0) },
        {
          received: describeJson(data),
          detail: {
            zh: `应为由对象组成的数组 [ {…}, {…} ]，却是 ${describeJson(data)}`,
            en: `expected an array of objects [ {…}, {…} ], found ${describeJson(data)}`,
          },
        },
      ),
    );
    return;
  }
  const starts = elementStarts(text);
  d.counts.lines = data.length;
  data.forEach((element: unknown, i) => {
    const line = lineAt(text, starts[i] ?? 0);
    if (typeof element !== "object" || element === null || Array.isArray(element)) {
      d.counts.rejected++;
      d.problems.push(problem("not-an-object", { line }, { received: describeJson(element) }));
      return;
    }
    jsonRows(element as Record<string, unknown>, line, d, region);
  });
}

function readJsonLines(text: string, d: Draft, region: string | undefined): void {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  d.counts.lines = lines.length;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") {
      d.counts.skipped++;
      d.problems.push(problem("blank-line", { line }, { received: '""' }));
      return;
    }
    let element: unknown;
    try {
      element = JSON.parse(raw);
    } catch (error) {
      const message = (error as Error).message.replace(/\s+/g, " ");
      d.counts.rejected++;
      d.problems.push(
        problem("malformed-json", { line }, { received: quote(raw, 60), detail: { zh: message, en: message } }),
      );
      return;
    }
    if (typeof element !== "object" || element === null || Array.isArray(element)) {
      d.counts.rejected++;
      d.problems.push(problem("not-an-object", { line }, { received: describeJson(element) }));
      return;
    }
    jsonRows(element as Record<string, unknown>, line, d, region);
  });
}

function formatOfText(text: string): FileFormat {
  const head = text.trimStart();
  if (head.startsWith("[")) return "json";
  if (head.startsWith("{")) {
    const first = head.split("\n", 1)[0] ?? "";
    try {
      const value: unknown = JSON.parse(first);
      if (typeof value === "object" && value !== null) return "jsonl";
    } catch {
      // A JSON value over several lines.
    }
    return "json";
  }
  return delimiterOf(text) === "\t" ? "tsv" : "csv";
}

function readWorkbook(bytes: Uint8Array, options: ReadObservationsOptions, d: Draft, zip: ZipReader): void {
  let sheets: Sheet[];
  try {
    sheets = zip.sheets(bytes);
  } catch (error) {
    // An XlsxError carries its Chinese text in `zh`; anything else has only its message.
    const message = String((error as Error).message);
    const zh = (error as { zh?: unknown }).zh;
    const detail = { zh: typeof zh === "string" ? zh : message, en: message };
    d.problems.push(problem("malformed-xlsx", null, { received: hexHead(bytes), detail }));
    return;
  }
  const chosen = options.sheet;
  let selected: Sheet[];
  if (chosen !== undefined) {
    const byName = sheets.find((s) => s.name === String(chosen) || s.name.trim() === String(chosen).trim());
    const byNumber =
      typeof chosen === "number" || /^\d+$/.test(String(chosen)) ? sheets[Number(chosen) - 1] : undefined;
    const sheet = byName ?? byNumber;
    if (sheet === undefined) {
      d.problems.push(
        problem("no-sheet", null, { received: `${String(chosen)} (${sheets.map((s) => s.name).join(", ")})` }),
      );
      return;
    }
    selected = [sheet];
  } else {
    selected = sheets.filter((s) => !s.hidden);
    const detail = {
      zh: "这是隐藏的工作表（用 --sheet 指定即可读取）",
      en: "it is hidden (name it with --sheet to read it)",
    };
    for (const s of sheets.filter((x) => x.hidden)) {
      d.problems.push(problem("other-sheet", null, { received: s.name, detail }));
    }
  }
  const tables = selected.map((sheet) => {
    const name = regionOfTitle(sheet.name);
    const table = readTable(sheet.rows, {
      layout: options.layout ?? "auto",
      ...(options.region === undefined ? {} : { region: options.region }),
      sheet: sheet.name,
      ...(name !== undefined && name === sheet.name.trim() ? { sheetRegion: name } : {}),
      comments: false,
    });
    return { sheet, table };
  });
  const anyHeader = tables.some((t) => t.table.header);
  for (const { sheet, table } of tables) {
    for (const ref of sheet.formulasWithoutValue) {
      const m = /^([A-Z]+)(\d+)$/.exec(ref);
      d.problems.push(
        problem(
          "formula-without-value",
          { sheet: sheet.name, line: Number(m?.[2] ?? 0), cell: ref },
          { received: ref },
        ),
      );
    }
    if (!table.header && anyHeader) {
      const detail = { zh: "没有可读的表头", en: "it has no readable header" };
      d.problems.push(problem("other-sheet", null, { received: sheet.name, detail }));
      continue;
    }
    d.sheets.push(sheet.name);
    addTable(d, table);
  }
  if (selected.length === 0) d.problems.push(problem("no-header", null, { received: '""' }));
}

/**
 * {@link readObservations} with the zip reader given: see there. @internal
 */
export function readWith(
  input: Uint8Array | string,
  options: ReadObservationsOptions,
  zip: ZipReader,
): ObservationFile {
  let text: string;
  let encoding: TextEncodingName | null = null;
  if (typeof input === "string") {
    text = input.replace(/^\uFEFF/, "");
  } else if (input instanceof Uint8Array) {
    // Sniffed whatever format is asked for: PDF bytes are a PDF even when the caller expects CSV.
    const kind = sniffBinary(input, zip.entries);
    if (kind === "xlsx") {
      const d = empty("xlsx", null);
      readWorkbook(input, options, d, zip);
      return finish(d);
    }
    if (kind !== null) {
      const d = empty(null, null);
      d.problems.push(problem("not-a-data-file", null, { received: hexHead(input), kind }));
      return finish(d);
    }
    const decoded = decodeText(input, options.encoding);
    if (decoded === null) {
      const d = empty(null, null);
      const binary = input.subarray(0, 4096).includes(0);
      d.problems.push(
        binary
          ? problem("not-a-data-file", null, { received: hexHead(input), kind: "binary" })
          : problem("unknown-encoding", null, { received: hexHead(input) }),
      );
      return finish(d);
    }
    text = decoded.text;
    encoding = decoded.encoding;
  } else {
    const d = empty(null, null);
    d.problems.push(problem("not-a-data-file", null, { received: describeJson(input), kind: "binary" }));
    return finish(d);
  }
  text = text.replace(/\r\n?/g, "\n");
  const markup = sniffMarkup(text);
  if (markup !== null) {
    const d = empty(null, encoding);
    d.problems.push(problem("not-a-data-file", null, { received: quote(text.trimStart().slice(0, 20)), kind: markup }));
    return finish(d);
  }
  const format = options.format === undefined || options.format === "xlsx" ? formatOfText(text) : options.format;
  const d = empty(format, encoding);
  if (format === "json") {
    readJson(text, d, options.region);
  } else if (format === "jsonl") {
    readJsonLines(text, d, options.region);
  } else {
    const delimiter = format === "tsv" ? "\t" : ",";
    const records = parseDelimited(text, delimiter);
    addTable(
      d,
      readTable(records, {
        layout: options.layout ?? "auto",
        ...(options.region === undefined ? {} : { region: options.region }),
        comments: true,
        delimiter,
      }),
    );
  }
  return finish(d);
}

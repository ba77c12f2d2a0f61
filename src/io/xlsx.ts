/**
 * Reading `.xlsx` workbooks: fflate unzips, and a small scanner reads the few SpreadsheetML parts a table needs
 * (workbook, relationships, shared strings, styles for dates, each sheet's cells and merged ranges). Cell values are
 * kept as the text the file holds, so numbers never pass through a binary float.
 *
 * The scanner accepts no document type declaration and expands only the five predefined entities and numeric
 * character references, so entity-expansion attacks ("billion laughs") and external entities cannot occur; a
 * workbook whose parts would unzip to more than 200 MB is refused before anything is decompressed.
 *
 * @internal
 * @module
 */
import { unzipSync } from "fflate";
import { Dec, toDecimalString } from "../internal/decimal.js";
import { cellRef, parseRef } from "./cells.js";

/** Names of the entries of a zip archive, or `null` when it cannot be read. @internal */
export function zipEntries(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/** One row of a sheet: its 1-based number and its cells' texts by 0-based column (`""` where empty). @internal */
export interface SheetRow {
  readonly line: number;
  readonly cells: string[];
}

/** A sheet as the table reader needs it. @internal */
export interface Sheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: SheetRow[];
  /** Cells that hold a formula without a cached result (`C5`). */
  readonly formulasWithoutValue: string[];
}

/** Why a workbook could not be read, in both languages. @internal */
export class XlsxError extends Error {
  readonly zh: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
  }
}

const MAX_UNZIPPED = 200 * 1024 * 1024;

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decode the predefined entities and character references of XML text. @internal */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (all, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? all;
  });
}

/** A tag or a text run of an XML document, with the namespace prefix removed from the name. */
type Token =
  | { kind: "open"; name: string; attrs: string; selfClosing: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!|([^<]+)/g;

function* tokens(xml: string): Generator<Token> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    const [all, slash, rawName, attrs, selfClosing, cdata, text] = m;
    if (rawName !== undefined) {
      const name = rawName.slice(rawName.indexOf(":") + 1);
      if (slash === "/") yield { kind: "close", name };
      else yield { kind: "open", name, attrs: attrs ?? "", selfClosing: selfClosing === "/" };
    } else if (text !== undefined) yield { kind: "text", text: unescapeXml(text) };
    else if (cdata !== undefined) yield { kind: "text", text: cdata };
    else if (all === "<!")
      throw new XlsxError(
        "工作簿含有文档类型声明（DTD），出于安全原因不予读取",
        "a part declares a document type (DTD), which is refused for safety",
      );
  }
}

/** The mutable token {@link scan} hands its visitor: one object for the whole document. */
interface ScanToken {
  kind: "open" | "close" | "text";
  name: string;
  attrs: string;
  selfClosing: boolean;
  text: string;
}

/**
 * The same tokens as {@link tokens}, handed to a visitor in one reused object: a sheet has millions of tags, and a
 * generator yielding a new object for each is most of the time spent reading it.
 */
function scan(xml: string, visit: (t: ScanToken) => void): void {
  const t: ScanToken = { kind: "text", name: "", attrs: "", selfClosing: false, text: "" };
  // A tag ends at its first `>`: writers escape `>` in the attributes of cells (and a tag misread after the cells, a
  // tooltip with a bare `>`, only shifts text that is ignored there); the general pattern's quote tracking costs a lot.
  const re = /<(\/?)([A-Za-z_][\w.:-]*)([^>]*)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!|([^<]+)/g;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    const [all, slash, rawName, rawAttrs, cdata, text] = m;
    if (rawName !== undefined) {
      const colon = rawName.indexOf(":");
      const attrs = rawAttrs ?? "";
      t.name = colon === -1 ? rawName : rawName.slice(colon + 1);
      t.kind = slash === "/" ? "close" : "open";
      t.selfClosing = attrs.endsWith("/");
      t.attrs = t.selfClosing ? attrs.slice(0, -1) : attrs;
    } else if (text !== undefined || cdata !== undefined) {
      t.kind = "text";
      t.text = text !== undefined ? unescapeXml(text) : (cdata ?? "");
    } else if (all === "<!") {
      throw new XlsxError(
        "工作簿含有文档类型声明（DTD），出于安全原因不予读取",
        "a part declares a document type (DTD), which is refused for safety",
      );
    } else continue;
    visit(t);
  }
}

/** The attributes of a tag, without namespace prefixes. */
function attributes(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of attrs.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] ?? "").slice((m[1] ?? "").indexOf(":") + 1);
    // Keep the first of `r:id` and `id`: relationship ids are the namespaced ones on <sheet>.
    if (!out.has(name) || (m[1] ?? "").includes(":")) out.set(name, unescapeXml(m[2] ?? m[3] ?? ""));
  }
  return out;
}

/** One unprefixed attribute of a tag, found without building a map (the hot path: every cell of a sheet). */
function attr(attrs: string, name: string): string | undefined {
  let at = attrs.indexOf(`${name}=`);
  while (at > 0 && !/\s/.test(attrs[at - 1] ?? "")) at = attrs.indexOf(`${name}=`, at + 1);
  if (at <= 0) return undefined;
  const quote = attrs[at + name.length + 1];
  if (quote !== '"' && quote !== "'") return undefined;
  const start = at + name.length + 2;
  const end = attrs.indexOf(quote, start);
  return end === -1 ? undefined : unescapeXml(attrs.slice(start, end));
}

/** Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a custom number format code shows a date: y, m, d, h or s outside quotes, brackets and escapes. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymdhs]/i.test(bare) && !/^[#0.,%E+\-\s]*$/.test(bare);
}

/** A spreadsheet serial date as `YYYY-MM-DD` (with the time when it has one). */
function serialToDate(serial: number, date1904: boolean): string {
  // Day 0 is 1899-12-31 in the 1900 system, which counts a 29 February 1900 that never was: serial 60.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const ms = Math.round((days - 25569) * 86400000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}

/**
 * The text of a numeric cell value as Excel shows it in the General format: the file's own digits when they have at
 * most 15 significant digits (Excel keeps 15), else rounded to 15, which removes binary noise such as
 * 0.30000000000000004 written by a formula; never in exponent form.
 *
 * @internal
 */
export function excelNumberText(raw: string): string {
  const text = raw.trim();
  // The common case, at most 15 characters of plain digits: at most 15 significant digits, kept as written.
  if (text.length <= 15 && /^-?\d+(\.\d+)?$/.test(text)) return text;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return text;
  const digits = text
    .replace(/[eE].*$/, "")
    .replace(/[-+.]/g, "")
    .replace(/^0+/, "")
    .replace(/0+$/, "");
  if (digits.length <= 15 && !/[eE]/.test(text)) return text.replace(/^\+/, "");
  return toDecimalString(new Dec(text).toSignificantDigits(15, Dec.ROUND_HALF_UP));
}

interface Styles {
  readonly dateStyles: ReadonlySet<number>;
}

function readStyles(xml: string | undefined): Styles {
  const dateStyles = new Set<number>();
  if (xml === undefined) return { dateStyles };
  const custom = new Map<number, string>();
  let inXfs = false;
  let index = 0;
  for (const t of tokens(xml)) {
    if (t.kind === "open" && t.name === "numFmt") {
      const a = attributes(t.attrs);
      custom.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "");
    } else if (t.kind === "open" && t.name === "cellXfs") inXfs = !t.selfClosing;
    else if (t.kind === "close" && t.name === "cellXfs") inXfs = false;
    else if (inXfs && t.kind === "open" && t.name === "xf") {
      const id = Number(attributes(t.attrs).get("numFmtId") ?? 0);
      const code = custom.get(id);
      if (code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code)) dateStyles.add(index);
      index++;
    }
  }
  return { dateStyles };
}

function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  for (const t of tokens(xml)) {
    if (t.kind === "open") {
      if (t.name === "si") {
        if (t.selfClosing) strings.push("");
        current = t.selfClosing ? null : "";
      } else if (t.name === "rPh") phonetic += t.selfClosing ? 0 : 1;
      else if (t.name === "t" && !t.selfClosing) inText = true;
    } else if (t.kind === "close") {
      if (t.name === "si" && current !== null) {
        strings.push(current);
        current = null;
      } else if (t.name === "rPh") phonetic--;
      else if (t.name === "t") inText = false;
    } else if (inText && phonetic === 0 && current !== null) current += t.text;
  }
  return strings;
}

function resolveTarget(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

function readSheet(
  name: string,
  hidden: boolean,
  xml: string,
  shared: readonly string[],
  styles: Styles,
  date1904: boolean,
): Sheet {
  const rows = new Map<number, string[]>();
  const merges: string[] = [];
  const formulasWithoutValue: string[] = [];
  let rowNumber = 0;
  let column = -1;
  let cell: { type: string; style: number; ref: string; value: string; inline: string; formula: boolean } | null = null;
  let inValue = false;
  let inInline = false;
  let inText = false;
  let phonetic = 0;
  const put = (row: number, col: number, text: string) => {
    let cells = rows.get(row);
    if (cells === undefined) {
      cells = [];
      rows.set(row, cells);
    }
    while (cells.length < col) cells.push("");
    cells[col] = text;
  };
  scan(xml, (t) => {
    if (t.kind === "open") {
      switch (t.name) {
        case "row": {
          const r = Number(attr(t.attrs, "r"));
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          column = -1;
          break;
        }
        case "c": {
          const ref = attr(t.attrs, "r");
          const parsed = ref === undefined ? null : parseRef(ref);
          column = parsed?.column ?? column + 1;
          if (parsed !== null) rowNumber = parsed.row;
          cell = {
            type: attr(t.attrs, "t") ?? "n",
            style: Number(attr(t.attrs, "s") ?? 0),
            ref: ref ?? cellRef(column, rowNumber),
            value: "",
            inline: "",
            formula: false,
          };
          if (t.selfClosing) cell = null;
          break;
        }
        case "v":
          inValue = !t.selfClosing;
          break;
        case "f":
          if (cell !== null) cell.formula = true;
          break;
        case "is":
          inInline = !t.selfClosing;
          break;
        case "t":
          inText = !t.selfClosing;
          break;
        case "rPh":
          if (!t.selfClosing) phonetic++;
          break;
        case "mergeCell": {
          const ref = attributes(t.attrs).get("ref");
          if (ref !== undefined) merges.push(ref);
          break;
        }
      }
    } else if (t.kind === "close") {
      if (t.name === "v") inValue = false;
      else if (t.name === "is") inInline = false;
      else if (t.name === "t") inText = false;
      else if (t.name === "rPh") phonetic--;
      else if (t.name === "c" && cell !== null) {
        const c = cell;
        cell = null;
        let text: string;
        if (c.type === "s") text = shared[Number(c.value)] ?? "";
        else if (c.type === "inlineStr") text = c.inline;
        else if (c.type === "b") text = c.value === "1" ? "TRUE" : c.value === "0" ? "FALSE" : c.value;
        else if (c.type === "n" && c.value.trim() !== "") {
          text =
            styles.dateStyles.has(c.style) && Number.isFinite(Number(c.value))
              ? serialToDate(Number(c.value), date1904)
              : excelNumberText(c.value);
        } else text = c.value; // str (a formula's text result), e (an error such as #DIV/0!), d (ISO date)
        if (c.formula && c.value === "" && c.type !== "inlineStr") formulasWithoutValue.push(c.ref);
        if (text !== "") put(rowNumber, column, text);
      }
    } else if (cell !== null && phonetic === 0) {
      if (inValue) cell.value += t.text;
      else if (inInline && inText) cell.inline += t.text;
    }
  });
  // A merged range shows its top-left value across the range: give that value to every cell of it.
  for (const ref of merges) {
    const [from, to] = ref.split(":").map(parseRef);
    if (from === null || from === undefined || to === null || to === undefined) continue;
    const value = rows.get(from.row)?.[from.column] ?? "";
    if (value === "") continue;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.column; c <= to.column; c++) if (r !== from.row || c !== from.column) put(r, c, value);
    }
  }
  const sorted = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([line, cells]) => ({ line, cells }));
  return { name, hidden, rows: sorted, formulasWithoutValue };
}

/**
 * Every sheet of a workbook, in workbook order, with its cells as text. Throws {@link XlsxError} for a workbook it
 * cannot read.
 *
 * @internal
 */
export function readXlsx(bytes: Uint8Array): Sheet[] {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name.endsWith(".xml") || file.name.endsWith(".rels");
        if (wanted) total += file.originalSize;
        return wanted;
      },
    });
  } catch (error) {
    throw new XlsxError(
      `压缩结构损坏（${(error as Error).message}）`,
      `its zip structure is damaged (${(error as Error).message})`,
    );
  }
  if (total > MAX_UNZIPPED) {
    throw new XlsxError("解压后超过 200 MB，不予读取", "it would unzip to more than 200 MB, which is refused");
  }
  const decoder = new TextDecoder("utf-8");
  const text = (path: string): string | undefined => {
    const file = files[path];
    return file === undefined ? undefined : decoder.decode(file);
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw new XlsxError("缺少 xl/workbook.xml", "xl/workbook.xml is missing");
  const rels = new Map<string, string>();
  for (const t of tokens(text("xl/_rels/workbook.xml.rels") ?? "")) {
    if (t.kind === "open" && t.name === "Relationship") {
      const a = attributes(t.attrs);
      rels.set(a.get("Id") ?? "", resolveTarget(a.get("Target") ?? ""));
    }
  }
  const entries: { name: string; hidden: boolean; path: string }[] = [];
  let date1904 = false;
  for (const t of tokens(workbook)) {
    if (t.kind !== "open") continue;
    const a = attributes(t.attrs);
    if (t.name === "workbookPr") date1904 = a.get("date1904") === "1" || a.get("date1904") === "true";
    if (t.name === "sheet") {
      const path = rels.get(a.get("id") ?? "") ?? "";
      entries.push({ name: a.get("name") ?? "", hidden: (a.get("state") ?? "visible") !== "visible", path });
    }
  }
  const shared = readSharedStrings(text("xl/sharedStrings.xml"));
  const styles = readStyles(text("xl/styles.xml"));
  const sheets: Sheet[] = [];
  for (const e of entries) {
    const xml = text(e.path);
    // Chart sheets and dialog sheets have no cells; a missing part is a damaged workbook.
    if (xml === undefined) {
      if (/chartsheets|dialogsheets/.test(e.path)) continue;
      throw new XlsxError(`缺少工作表“${e.name}”（${e.path}）`, `sheet "${e.name}" (${e.path}) is missing`);
    }
    sheets.push(readSheet(e.name, e.hidden, xml, shared, styles, date1904));
  }
  return sheets;
}

/**
 * What io's reader needs to open zip archives (its `ZipReader`): the entries' names, to tell a workbook from other
 * zip files, and a workbook's sheets. @internal
 */
export const zipReader = Object.freeze({ entries: zipEntries, sheets: readXlsx });

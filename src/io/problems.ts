/**
 * The problems of a file, as data: io's own codes (never borrowed from validation), the place in the file, and a
 * message in Chinese and English built from the problem's params.
 *
 * @module
 */

/**
 * Every kind of file problem {@link readObservations} reports.
 *
 * Refused files (error, no rows): `not-a-data-file` (a `.xls`, PDF, image, Word file, archive…, named in
 * `params.kind`), `unknown-encoding`, `malformed-xlsx`, `malformed-json`, `no-header`, `no-sheet`.
 * Rows that make no figure (error): `malformed-line`, `not-an-object`, `duplicate-column`.
 * File-wide (error): `no-region` (a wide table with no region column, no region in its title and no `region` option).
 * Skipped and listed (info, never errors): `title-line`, `blank-line`, `footnote`, `comment-line`, `no-figure` (a
 * missing marker such as — or 暂无, or an empty cell), `ignored-column`, `other-sheet`, `formula-without-value`.
 *
 * @example
 * ```ts
 * import type { ReadProblemCode } from "@wuwei/sti-plan/io";
 * const code: ReadProblemCode = "footnote";
 * code; //=> "footnote"
 * ```
 * @category IO
 */
export type ReadProblemCode =
  | "not-a-data-file"
  | "unknown-encoding"
  | "malformed-xlsx"
  | "malformed-json"
  | "no-header"
  | "no-sheet"
  | "malformed-line"
  | "not-an-object"
  | "duplicate-column"
  | "no-region"
  | "title-line"
  | "blank-line"
  | "footnote"
  | "comment-line"
  | "no-figure"
  | "ignored-column"
  | "other-sheet"
  | "formula-without-value";

/**
 * Where something is in a file: the 1-based `line` (for a spreadsheet, the row number Excel shows), and for a cell
 * its 1-based `column`; in an `.xlsx` file also the `sheet` and the `cell` reference (`C5`).
 *
 * @example
 * ```ts
 * import type { FilePlace } from "@wuwei/sti-plan/io";
 * const place: FilePlace = { sheet: "Sheet1", line: 5, column: 3, cell: "C5" };
 * place.cell; //=> "C5"
 * ```
 * @category IO
 */
export interface FilePlace {
  readonly line: number;
  readonly column?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

/**
 * The values a file problem's message is built from. `received` is a short printable rendering of what was found.
 *
 * @example
 * ```ts
 * import type { ReadProblemParams } from "@wuwei/sti-plan/io";
 * const params: ReadProblemParams = { received: "d0 cf 11 e0", kind: "xls" };
 * params.kind; //=> "xls"
 * ```
 * @category IO
 */
export interface ReadProblemParams {
  readonly received: string;
  /** What the file is, for `not-a-data-file`. */
  readonly kind?: NotDataKind;
  /** A detail in both languages (a parser's reason). */
  readonly detail?: { readonly zh: string; readonly en: string };
  /** A field name, for `duplicate-column`. */
  readonly field?: string;
  /** How many, for counts (cells of a missing marker, columns). */
  readonly count?: number;
}

/**
 * What a file that is not reported figures turned out to be.
 *
 * @example
 * ```ts
 * import type { NotDataKind } from "@wuwei/sti-plan/io";
 * const kind: NotDataKind = "pdf";
 * kind; //=> "pdf"
 * ```
 * @category IO
 */
export type NotDataKind =
  | "xls"
  | "encrypted-office"
  | "doc"
  | "docx"
  | "pptx"
  | "xlsb"
  | "ods"
  | "zip"
  | "pdf"
  | "png"
  | "jpeg"
  | "gif"
  | "webp"
  | "html"
  | "xml-spreadsheet"
  | "rtf"
  | "gzip"
  | "rar"
  | "7z"
  | "binary";

/**
 * A problem of a file: its code, severity (`info` for lines skipped on purpose, never an error), place, the params
 * and a message in Chinese and English. `row` is always `null` and `path` empty: the shape matches validation's
 * issues, so both lists can be printed and sorted together.
 *
 * @example
 * ```ts
 * import { readObservations, type ReadProblem } from "@wuwei/sti-plan/io";
 * const [p]: readonly ReadProblem[] = readObservations("注：2023年为初步数").problems;
 * [p?.code, p?.severity]; //=> ["no-header", "error"]
 * ```
 * @category IO
 */
export interface ReadProblem {
  readonly code: ReadProblemCode;
  readonly severity: "error" | "warning" | "info";
  readonly place: FilePlace | null;
  readonly line?: number;
  readonly row: null;
  readonly path: readonly [];
  readonly received: string;
  readonly params: ReadProblemParams;
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * One language's messages of the file problems: a function of the params for every {@link ReadProblemCode}.
 *
 * @example
 * ```ts
 * import { readProblemMessages, type ReadProblemMessages } from "@wuwei/sti-plan/io";
 * const zh: ReadProblemMessages = readProblemMessages.zh;
 * zh["blank-line"]({ received: '""' }); //=> "空行，已跳过"
 * ```
 * @category IO
 */
export type ReadProblemMessages = { readonly [C in ReadProblemCode]: (p: ReadProblemParams) => string };

const KIND_ZH: Readonly<Record<NotDataKind, string>> = {
  xls: "旧版 Excel 97-2003 工作簿（.xls）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”或“CSV UTF-8（逗号分隔）”",
  "encrypted-office": "加密（设了打开密码）的 Office 文件。请去掉密码后另存为 .xlsx 或 CSV UTF-8",
  doc: "Word 97-2003 文档（.doc），不是表格。请把表格复制到 Excel，另存为 .xlsx 或 CSV UTF-8",
  docx: "Word 文档（.docx），不是表格。请把表格复制到 Excel，另存为 .xlsx 或 CSV UTF-8",
  pptx: "PowerPoint 演示文稿，不是表格。请把数据放进 Excel，另存为 .xlsx 或 CSV UTF-8",
  xlsb: "Excel 二进制工作簿（.xlsb）。请另存为“Excel 工作簿（.xlsx）”或 CSV UTF-8",
  ods: "OpenDocument 电子表格（.ods）。请另存为 .xlsx 或 CSV UTF-8",
  zip: "压缩包（zip），不是 xlsx 工作簿。请先解压，再读取其中的 .xlsx 或 .csv 文件",
  pdf: "PDF 文档，其中的表格无法可靠读取。请向报送单位索取 .xlsx 或 CSV 原表",
  png: "PNG 图片。图片中的表格无法读取，请索取 .xlsx 或 CSV 原表",
  jpeg: "JPEG 图片（照片或扫描件）。请索取 .xlsx 或 CSV 原表",
  gif: "GIF 图片。请索取 .xlsx 或 CSV 原表",
  webp: "WebP 图片。请索取 .xlsx 或 CSV 原表",
  html: "网页（HTML）文件，常见于系统导出的“伪 .xls”。请用 Excel 打开后另存为 .xlsx 或 CSV UTF-8",
  "xml-spreadsheet": "Excel 2003 XML 表格。请用 Excel 打开后另存为 .xlsx 或 CSV UTF-8",
  rtf: "RTF 文档，不是表格。请把表格复制到 Excel，另存为 .xlsx 或 CSV UTF-8",
  gzip: "gzip 压缩文件。请先解压",
  rar: "RAR 压缩包。请先解压",
  "7z": "7z 压缩包。请先解压",
  binary: "二进制文件，不是文本表格、JSON 或 .xlsx。请另存为 .xlsx 或 CSV UTF-8",
};

const KIND_EN: Readonly<Record<NotDataKind, string>> = {
  xls: 'an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8 (Comma delimited)"',
  "encrypted-office": "a password-protected Office file. Remove the password and save it as .xlsx or CSV UTF-8",
  doc: "a Word 97-2003 document (.doc), not a table. Copy the table into Excel and save it as .xlsx or CSV UTF-8",
  docx: "a Word document (.docx), not a table. Copy the table into Excel and save it as .xlsx or CSV UTF-8",
  pptx: "a PowerPoint presentation, not a table. Put the figures in Excel and save it as .xlsx or CSV UTF-8",
  xlsb: 'an Excel binary workbook (.xlsb). Save it as "Excel Workbook (.xlsx)" or CSV UTF-8',
  ods: "an OpenDocument spreadsheet (.ods). Save it as .xlsx or CSV UTF-8",
  zip: "a zip archive that is not an .xlsx workbook. Unzip it and read the .xlsx or .csv file inside",
  pdf: "a PDF document; its tables cannot be read reliably. Ask the office for the .xlsx or CSV it was made from",
  png: "a PNG image; a table in a picture cannot be read. Ask for the .xlsx or CSV",
  jpeg: "a JPEG image (a photo or a scan). Ask for the .xlsx or CSV",
  gif: "a GIF image. Ask for the .xlsx or CSV",
  webp: "a WebP image. Ask for the .xlsx or CSV",
  html: 'a web page (HTML), as some systems export under an ".xls" name. Open it in Excel and save it as .xlsx or CSV UTF-8',
  "xml-spreadsheet": "an Excel 2003 XML spreadsheet. Open it in Excel and save it as .xlsx or CSV UTF-8",
  rtf: "an RTF document, not a table. Copy the table into Excel and save it as .xlsx or CSV UTF-8",
  gzip: "a gzip-compressed file. Decompress it first",
  rar: "a RAR archive. Extract it first",
  "7z": "a 7z archive. Extract it first",
  binary: "a binary file, neither a text table, JSON nor .xlsx. Save it as .xlsx or CSV UTF-8",
};

const zh: ReadProblemMessages = {
  "not-a-data-file": (p) => `这个文件是${KIND_ZH[p.kind ?? "binary"]}（文件开头：${p.received}）`,
  "unknown-encoding": (p) =>
    `无法识别文件编码：既不是 UTF-8、GB18030/GBK，也不是带 BOM 的 UTF-16（开头字节：${p.received}）。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”`,
  "malformed-xlsx": (p) => `无法读取这个 .xlsx 工作簿：${p.detail?.zh ?? p.received}。请用 Excel 打开后重新保存`,
  "malformed-json": (p) => `JSON 格式错误：${p.detail?.zh ?? p.received}`,
  "no-header": (p) =>
    `找不到表头：长表需要“指标、地区、年份、数值”等列，宽表需要指标列和年份列（2021、2021年、2021年度）（读到：${p.received}）`,
  "no-sheet": (p) => `工作簿中没有名为或序号为 ${p.received} 的工作表`,
  "malformed-line": (p) => `本行无法读取：${p.detail?.zh ?? p.received}`,
  "not-an-object": (p) => `这一项不是对象（键值对），而是 ${p.received}`,
  "duplicate-column": (p) => `有多列都表示“${p.field ?? ""}”：${p.received}；请只保留一列`,
  "no-region": () =>
    "宽表没有地区：请加一列“地区”，或在标题中写明地区（如“民勤县科技创新主要指标”），或用 --region 指定",
  "title-line": (p) => `标题行，已跳过：${p.received}`,
  "blank-line": () => "空行，已跳过",
  footnote: (p) => `注释行，已跳过：${p.received}`,
  "comment-line": (p) => `以 # 开头的注释行，已跳过：${p.received}`,
  "no-figure": (p) => `无数据（${p.received === '""' ? "空单元格" : p.received}），不计为数据，也不算错误`,
  "ignored-column": (p) => `列“${p.received}”不是年份、指标、地区、单位或备注，已忽略`,
  "other-sheet": (p) => `工作表“${p.received}”已跳过：${p.detail?.zh ?? "没有可读的表头"}`,
  "formula-without-value": (p) => `单元格只有公式、没有保存计算结果（${p.received}）；请在 Excel 中打开并保存一次`,
};

const en: ReadProblemMessages = {
  "not-a-data-file": (p) => `this file is ${KIND_EN[p.kind ?? "binary"]} (it starts with ${p.received})`,
  "unknown-encoding": (p) =>
    `unknown text encoding: neither UTF-8, GB18030/GBK nor UTF-16 with a byte-order mark (first bytes ${p.received}). Save it from Excel as "CSV UTF-8 (Comma delimited)"`,
  "malformed-xlsx": (p) =>
    `this .xlsx workbook cannot be read: ${p.detail?.en ?? p.received}. Open it in Excel and save it again`,
  "malformed-json": (p) => `malformed JSON: ${p.detail?.en ?? p.received}`,
  "no-header": (p) =>
    `no header found: a long table needs columns such as indicator, region, year, value; a wide table an indicator column and year columns (2021, 2021年, 2021年度) (found ${p.received})`,
  "no-sheet": (p) => `the workbook has no sheet named or numbered ${p.received}`,
  "malformed-line": (p) => `this line cannot be read: ${p.detail?.en ?? p.received}`,
  "not-an-object": (p) => `this element is not an object (key-value pairs) but ${p.received}`,
  "duplicate-column": (p) => `several columns mean "${p.field ?? ""}": ${p.received}; keep only one`,
  "no-region": () =>
    'the wide table names no region: add a column "region" (地区), name the region in the title (民勤县科技创新主要指标), or give --region',
  "title-line": (p) => `a title line, skipped: ${p.received}`,
  "blank-line": () => "a blank line, skipped",
  footnote: (p) => `a footnote, skipped: ${p.received}`,
  "comment-line": (p) => `a comment line (#), skipped: ${p.received}`,
  "no-figure": (p) =>
    `no figure (${p.received === '""' ? "an empty cell" : p.received}): neither a figure nor an error`,
  "ignored-column": (p) => `column "${p.received}" is no year, indicator, region, unit or note: ignored`,
  "other-sheet": (p) => `sheet "${p.received}" skipped: ${p.detail?.en ?? "it has no readable header"}`,
  "formula-without-value": (p) =>
    `the cell holds a formula with no saved result (${p.received}); open and save the file in Excel once`,
};

/**
 * The messages of every file problem, by language, built from a problem's params (so a stored problem can be
 * rendered again in the other language).
 *
 * @example
 * ```ts
 * import { readProblemMessages } from "@wuwei/sti-plan/io";
 * readProblemMessages.en["blank-line"]({ received: '""' }); //=> "a blank line, skipped"
 * ```
 * @category IO
 */
export const readProblemMessages: { readonly zh: ReadProblemMessages; readonly en: ReadProblemMessages } =
  Object.freeze({
    zh: Object.freeze(zh),
    en: Object.freeze(en),
  });

const SEVERITY: Readonly<Record<ReadProblemCode, ReadProblem["severity"]>> = {
  "not-a-data-file": "error",
  "unknown-encoding": "error",
  "malformed-xlsx": "error",
  "malformed-json": "error",
  "no-header": "error",
  "no-sheet": "error",
  "malformed-line": "error",
  "not-an-object": "error",
  "duplicate-column": "error",
  "no-region": "error",
  "title-line": "info",
  "blank-line": "info",
  footnote: "info",
  "comment-line": "info",
  "no-figure": "info",
  "ignored-column": "info",
  "other-sheet": "info",
  "formula-without-value": "warning",
};

/** Build a frozen problem. @internal */
export function problem(code: ReadProblemCode, place: FilePlace | null, params: ReadProblemParams): ReadProblem {
  const frozenPlace = place === null ? null : Object.freeze({ ...place });
  return Object.freeze({
    code,
    severity: SEVERITY[code],
    place: frozenPlace,
    ...(place === null ? {} : { line: place.line }),
    row: null,
    path: Object.freeze([]) as readonly [],
    received: params.received,
    params: Object.freeze({ ...params }),
    message: Object.freeze({ zh: zh[code](params), en: en[code](params) }),
  });
}

/**
 * A place in words: `第5行` / `line 5`, with the sheet and cell for a spreadsheet (`Sheet1!C5`) or the column for
 * text (`第5行第3列`).
 *
 * @example
 * ```ts
 * import { formatPlace } from "@wuwei/sti-plan/io";
 * formatPlace({ line: 5, column: 3 }, "zh"); //=> "第5行第3列"
 * formatPlace({ sheet: "表1", line: 5, column: 3, cell: "C5" }, "en"); //=> "表1!C5"
 * ```
 * @category IO
 */
export function formatPlace(place: FilePlace, lang: "zh" | "en"): string {
  if (place.sheet !== undefined) {
    if (place.cell !== undefined) return `${place.sheet}!${place.cell}`;
    return lang === "zh" ? `${place.sheet} 第${place.line}行` : `${place.sheet}, row ${place.line}`;
  }
  if (lang === "zh") return `第${place.line}行${place.column === undefined ? "" : `第${place.column}列`}`;
  return `line ${place.line}${place.column === undefined ? "" : `, column ${place.column}`}`;
}

/** A short quoted rendering of a text for a message. @internal */
export function quote(text: string, max = 40): string {
  const one = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(one.length > max ? `${one.slice(0, max - 1)}…` : one);
}

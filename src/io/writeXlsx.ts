/**
 * Writing small `.xlsx` workbooks (templates, scorecards) with fflate: numbers as numbers, text as shared strings.
 *
 * @module
 */
import { zipSync } from "fflate";
import { cellRef } from "./cells.js";

/**
 * One cell to write: text (a shared string), a number, a number given as its exact decimal text (`{ number: "0.1" }`,
 * written as those digits), or `null` / `undefined` for an empty cell.
 *
 * @example
 * ```ts
 * import type { XlsxCell } from "@wuwei/sti-plan/io";
 * const cells: XlsxCell[] = ["研发经费投入强度", "%", { number: "0.71" }, 2023, null];
 * cells.length; //=> 5
 * ```
 * @category IO
 */
export type XlsxCell = string | number | { readonly number: string } | null | undefined;

/**
 * One sheet to write: its name (at most 31 characters; `[]:*?/\` are replaced by `_`), its rows from A1 on,
 * merged ranges (`A1:F1`), and optional column widths in characters.
 *
 * @example
 * ```ts
 * import type { XlsxSheet } from "@wuwei/sti-plan/io";
 * const sheet: XlsxSheet = { name: "表1", rows: [["指标", "2021年"], ["研发经费投入强度", 0.71]], widths: [24, 10] };
 * sheet.rows.length; //=> 2
 * ```
 * @category IO
 */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  readonly merges?: readonly string[];
  readonly widths?: readonly number[];
}

/** Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF). */
const notXmlChar = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff;
};

const escapeXml = (text: string): string =>
  Array.from(text, (ch) => (notXmlChar(ch) ? "" : ch))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function sheetNames(sheets: readonly XlsxSheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((s, i) => {
    const base = (
      s.name
        .replace(/[[\]:*?/\\]/g, "_")
        .replace(/^'|'$/g, "_")
        .trim() || `Sheet${i + 1}`
    ).slice(0, 31);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Write sheets as an `.xlsx` workbook (Office Open XML, as Excel and WPS open it): numbers as numeric cells,
 * `{ number: "…" }` as numeric cells with exactly those digits, text as shared strings, merged ranges and column
 * widths kept. A number that is not finite, or a `{ number }` that is not a plain decimal, is written as text, so
 * nothing is lost. Pure: the same sheets give the same bytes (the zip entries carry a fixed date).
 *
 * @param sheets - the sheets, in order (an empty list writes one empty sheet, as a workbook needs one)
 * @returns the bytes of the `.xlsx` file
 * @example
 * ```ts
 * import { readObservations, writeXlsx } from "@wuwei/sti-plan/io";
 * const bytes = writeXlsx([{ name: "数据", rows: [["指标", "地区", "年份", "数值"], ["rd-intensity", "武威市", 2023, { number: "0.95" }]] }]);
 * const read = readObservations(bytes);
 * [read.format, read.rows[0]?.value]; //=> ["xlsx", "0.95"]
 * ```
 * @category IO
 */
export function writeXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const list = sheets.length === 0 ? [{ name: "Sheet1", rows: [] }] : sheets;
  const names = sheetNames(list);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  list.forEach((sheet, s) => {
    const rowsXml = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((cell, c) => {
            const ref = cellRef(c, r + 1);
            if (cell === null || cell === undefined || cell === "") return "";
            if (typeof cell === "number" && Number.isFinite(cell)) return `<c r="${ref}"><v>${String(cell)}</v></c>`;
            if (typeof cell === "object" && DECIMAL.test(cell.number)) return `<c r="${ref}"><v>${cell.number}</v></c>`;
            const text = typeof cell === "object" ? cell.number : String(cell);
            return `<c r="${ref}" t="s"><v>${shared(text)}</v></c>`;
          })
          .join("");
        return cells === "" ? "" : `<row r="${r + 1}">${cells}</row>`;
      })
      .join("");
    const cols =
      sheet.widths === undefined || sheet.widths.length === 0
        ? ""
        : `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(1, Math.min(255, w))}" customWidth="1"/>`).join("")}</cols>`;
    const merges =
      sheet.merges === undefined || sheet.merges.length === 0
        ? ""
        : `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join("")}</mergeCells>`;
    files[`xl/worksheets/sheet${s + 1}.xml`] = enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${cols}<sheetData>${rowsXml}</sheetData>${merges}</worksheet>`,
    );
  });
  const sheetEntries = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  files["xl/workbook.xml"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetEntries}</sheets></workbook>`,
  );
  const n = names.length;
  files["xl/_rels/workbook.xml.rels"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files["xl/sharedStrings.xml"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`)
      .join("")}</sst>`,
  );
  files["xl/styles.xml"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
  );
  files["_rels/.rels"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["[Content_Types].xml"] = enc.encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        "",
      )}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  // [Content_Types].xml first, as some readers expect; a fixed date keeps the output the same for the same input.
  const ordered: Record<string, Uint8Array> = { "[Content_Types].xml": files["[Content_Types].xml"] as Uint8Array };
  for (const [k, v] of Object.entries(files)) if (k !== "[Content_Types].xml") ordered[k] = v;
  return zipSync(ordered, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/**
 * One reader for every file an office sends: it finds out from the bytes what the file is (its format and encoding),
 * reads long and wide tables, skips title lines, footnotes and missing markers with a word for each, and names a file
 * it cannot read for what it is.
 *
 * @module
 */
import { type ObservationFile, type ReadObservationsOptions, readWith } from "./reader.js";
import { zipReader } from "./xlsx.js";

export type { FileFormat, ObservationFile, ReadCounts, ReadObservationsOptions } from "./reader.js";

/**
 * Read reported figures from any file an office sends, deciding from its bytes, never its name:
 *
 * - **format**: an `.xlsx` workbook (every visible sheet, or `options.sheet`); CSV or TSV (tab-separated, as Excel's
 *   "Unicode 文本" is); a JSON array of objects; JSON Lines;
 * - **encoding** of text: UTF-8 with or without a byte-order mark, UTF-16 LE/BE (with a mark, or unmistakably
 *   without one), else GB18030 (which covers GBK, what Excel on Chinese Windows saves);
 * - **layout**: long (indicator, region, year, value columns) or wide (an indicator per row, a column per year:
 *   `2021`, `2021年`, `2021年度`; a 单位 column or not; the region from a column, the title — 民勤县科技创新主要指标
 *   —, a sheet named after a region, or `options.region`).
 *
 * Title lines above the header, Excel's empty padding cells, blank lines, footnotes (注, 说明, 资料来源, 备注,
 * 数据来源) and section headings are skipped, each listed as an `info` problem. Missing markers (—, –, -, /, …, 空,
 * 无, 暂无, an empty cell) make no row and are counted and listed (`no-figure`, info). A file that is none of the
 * formats above (`.xls`, PDF, image, Word, zip…) gives one `not-a-data-file` error naming what it is and what to do.
 * Every line is a row, a skipped line or a problem, with its place. Never throws; the input is not changed.
 *
 * Cells of a workbook keep the digits the file holds (Excel keeps 15 significant digits; longer binary noise such as
 * 0.30000000000000004 is rounded to 15, as Excel shows it); dates become `YYYY-MM-DD`; merged cells give their value
 * to the whole range, so a merged header names every column under it.
 *
 * @param input - the file's bytes, or its text
 * @param options - to force a format, encoding, layout or sheet, or give the region of rows that name none
 * @returns the rows, their places, the problems, and what the file was found to be
 * @example
 * ```ts
 * import { readObservations } from "@wuwei/sti-plan/io";
 * const csv = "民勤县科技创新主要指标,,,\n指标名称,单位,2022年,2023年\n研发经费投入强度,%,—,0.71\n注：2023年为初步数,,,\n";
 * const file = readObservations(csv);
 * file.rows; //=> [{ indicator: "研发经费投入强度", region: "民勤县", year: "2023", value: "0.71", unit: "%", line: 3 }]
 * file.problems.map((p) => `${p.severity} ${p.code} ${p.line}`); //=> ["info title-line 1", "info no-figure 3", "info footnote 4"]
 * ```
 * @category IO
 */
export function readObservations(input: Uint8Array | string, options: ReadObservationsOptions = {}): ObservationFile {
  return readWith(input, options, zipReader);
}

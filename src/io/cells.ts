/**
 * Spreadsheet cell references (`C5`): kept apart from the workbook reader so that a CSV's places can name cells
 * without loading it.
 *
 * @internal
 * @module
 */

/** 0-based column of a cell reference (`C5` → 2) and its row (5), or null. @internal */
export function parseRef(ref: string): { column: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (m === null) return null;
  let column = 0;
  for (const ch of m[1] ?? "") column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column: column - 1, row: Number(m[2]) };
}

/** The reference of a 0-based column and 1-based row: (2, 5) → `C5`. @internal */
export function cellRef(column: number, row: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}

/**
 * Indicator tables (表N …主要指标): the header's columns (name, unit, years with 实际/预期, attribute, notes) and
 * the rows, whether each cell stands on a line of its own (a table copied from a web page) or a row is one line
 * with cells separated by tabs, runs of spaces or `|`.
 *
 * @internal
 * @module
 */
import { type ReviewItem, review } from "./review.js";
import { decimalOf, fold } from "./text.js";
import { unitOf } from "./units.js";

/** One cell with where it stands. @internal */
export interface Cell {
  readonly text: string;
  readonly line: number;
}

/** A parsed value cell. @internal */
export interface ValueCell {
  readonly values: readonly string[];
  readonly quote: string;
  readonly line: number;
  readonly comparator?: "at-least" | "strive-for" | "ensure";
  /** `[ ]` around a figure: a total over the period (the national outline's convention). */
  readonly cumulative: boolean;
  /** Words before the figure that name a level (市本级). */
  readonly qualifier?: string;
  /** 分别 (respectively): one figure per level named in the indicator's name. */
  readonly respectively: boolean;
}

/** A parsed table row. @internal */
export interface TableRow {
  readonly row: number;
  readonly name: Cell & { readonly clean: string };
  readonly unit?: string;
  readonly category?: string;
  readonly attribute?: "expected" | "binding";
  readonly attributeCell?: Cell;
  readonly starred: boolean;
  readonly baselines: readonly (ValueCell & { year: number })[];
  readonly targets: readonly (ValueCell & { year: number })[];
  readonly notes: readonly string[];
}

/** A parsed table. @internal */
export interface Table {
  readonly number: number;
  readonly caption: Cell;
  readonly baselineYear?: number;
  readonly rows: readonly TableRow[];
  readonly notes: readonly Cell[];
  /** Lines the table occupies (caption to last note). */
  readonly lines: ReadonlySet<number>;
}

type Role =
  | { kind: "serial" }
  | { kind: "category" }
  | { kind: "name" }
  | { kind: "unit" }
  | { kind: "attribute" }
  | { kind: "note" }
  | { kind: "year"; year: number; qualifier: string }
  | { kind: "other"; text: string };

const squeeze = (s: string) => s.replace(/\s+/g, "");
const ATTRIBUTE = /^(预期性|约束性)$/;
const EMPTY = /^(—+|-+|－+|\/|／|无|暂无|…+)?$/;
const HEADER_WORD =
  /^(序号|类别|类型|领域|一级指标|二级指标|指标|指标名称|名称|主要指标|单位|计量单位|属性|指标属性|性质|备注|基期值?|目标值?|现状值?|规划目标|\d{4}年?|[(][^)]*[)]|\d{4}年?[(].*[)]|\d{4}年?(实际|预期|目标|基期|规划)值?)$/;

function roleOf(text: string): Role {
  const t = squeeze(text);
  if (t === "序号") return { kind: "serial" };
  if (/^(类别|类型|领域|一级指标)$/.test(t)) return { kind: "category" };
  if (/^(指标|指标名称|名称|主要指标|二级指标)$/.test(t)) return { kind: "name" };
  if (/^(单位|计量单位)$/.test(t)) return { kind: "unit" };
  if (/^(属性|指标属性|性质)$/.test(t)) return { kind: "attribute" };
  if (t === "备注") return { kind: "note" };
  const y = /^(\d{4})年?(?:[(]?([^)]*)[)]?)?$/.exec(t);
  if (y) return { kind: "year", year: Number(y[1]), qualifier: y[2] ?? "" };
  return { kind: "other", text: t };
}

/**
 * Split a one-line row into cells — `|`, tabs, or runs of two or more spaces — each cut from the original line (the
 * fold keeps positions), so that quotes stay exact.
 */
function splitRow(line: string): string[] | undefined {
  const l = fold(line);
  const sep = l.includes("|") ? /\|/g : l.includes("\t") ? /\t/g : /\s{2,}/g;
  const cells: string[] = [];
  let at = 0;
  for (const m of l.matchAll(sep)) {
    cells.push(line.slice(at, m.index).trim());
    at = (m.index ?? 0) + m[0].length;
  }
  cells.push(line.slice(at).trim());
  if (sep.source === "\\|") {
    if (cells[0] === "") cells.shift();
    if (cells[cells.length - 1] === "") cells.pop();
    return cells.length >= 2 ? cells : undefined;
  }
  const kept = sep.source === "\\t" ? cells : cells.filter((c) => c !== "");
  return kept.filter((c) => c !== "").length >= 3 ? kept : undefined;
}

/** Parse a value cell: `0.62`, `市本级0.75`, `力争分别达到2%1%`, `≥70`, `[75]`, `—`. */
function readValueCell(cell: Cell, raw: string): ValueCell | "empty" | undefined {
  const t = fold(cell.text).trim();
  if (EMPTY.test(squeeze(t))) return "empty";
  const figures = [...t.matchAll(/(\d+(?:\.\d+)?)\s*(?:%)?/g)];
  if (figures.length === 0) return undefined;
  const first = figures[0] as RegExpMatchArray;
  const prefix = t
    .slice(0, first.index)
    .replace(/[[(（]/g, "")
    .trim();
  const last = figures[figures.length - 1] as RegExpMatchArray;
  const suffix = t.slice((last.index ?? 0) + last[0].length).trim();
  const between = figures
    .slice(1)
    .map((f, k) => {
      const prev = figures[k] as RegExpMatchArray;
      return t.slice((prev.index ?? 0) + prev[0].length, f.index);
    })
    .join("");
  if (!/^[、,，和及;；/\s]*$/.test(between)) return undefined;
  if (!/^(以上|以内|左右|及以上|[\])］】]|)$/.test(suffix.replace(/\s/g, ""))) return undefined;
  let comparator: ValueCell["comparator"];
  if (/确保/.test(prefix)) comparator = "ensure";
  else if (/力争|争取/.test(prefix)) comparator = "strive-for";
  else if (/[≥>]|不低于|不少于|超过|至少/.test(prefix) || /以上/.test(suffix)) comparator = "at-least";
  const qualifierText = prefix
    .replace(/确保|力争|争取|分别|达到|不低于|不少于|超过|至少|[≥>≈约]/g, "")
    .replace(/[[\]［］【】]/g, "")
    .trim();
  if (qualifierText !== "" && !/^[\u4e00-\u9fff]{1,6}$/.test(qualifierText)) return undefined;
  const values = figures.map((f) => decimalOf(f[1] as string)).filter((v): v is string => v !== undefined);
  const result: ValueCell = {
    values,
    quote: raw.trim(),
    line: cell.line,
    cumulative: /^[[［【]/.test(t) || /累计/.test(prefix),
    respectively: /分别/.test(prefix) || values.length > 1,
  };
  if (comparator) Object.assign(result, { comparator });
  if (qualifierText !== "") Object.assign(result, { qualifier: qualifierText });
  return result;
}

/** Name and unit of a name cell: `综合科技进步水平(位)`, `研发经费投入强度(%` (bracket left open), `…*`. */
function parseName(text: string): { clean: string; unit?: string; starred: boolean } {
  const original = text.trim();
  const t = fold(original);
  const starred = /[*★☆※]/.test(t);
  const m = /^(.*?)\s*[(]([^()]*)[)]?\s*$/.exec(t);
  const unstar = (x: string) => x.replace(/[*★☆※]/g, "").trim();
  if (m && (m[1] as string) !== "" && (unitOf(m[2] as string) !== undefined || /^[^\d]{1,6}$/.test(m[2] as string))) {
    return { clean: unstar(original.slice(0, (m[1] as string).length)), unit: (m[2] as string).trim(), starred };
  }
  return { clean: unstar(original), starred };
}

/** Find and parse every indicator table. @internal */
export function scanTables(lines: readonly string[], out: ReviewItem[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const caption = fold(lines[i] ?? "").trim();
    const cap = /^表\s*(\d{1,2})\s*(.*)$/.exec(caption);
    if (!cap || !/指标/.test(cap[2] as string) || caption.length > 60) continue;
    const table = parseTable(lines, i, Number(cap[1]), out);
    if (table) {
      tables.push(table);
      i = Math.max(...table.lines) - 1;
    }
  }
  return tables;
}

function isProse(text: string): boolean {
  const t = fold(text).trim();
  return (
    /。/.test(t) ||
    t.length > 60 ||
    /^[一二三四五六七八九十]{1,3}、/.test(t) ||
    /^[(][一二三四五六七八九十]{1,3}[)]/.test(t) ||
    /^专栏\s*\d/.test(t) ||
    /^表\s*\d/.test(t)
  );
}

function parseTable(lines: readonly string[], at: number, number: number, out: ReviewItem[]): Table | undefined {
  const used = new Set<number>([at + 1]);
  const caption: Cell = { text: (lines[at] ?? "").trim(), line: at + 1 };
  // Gather cells: one per line, or rows of one line each.
  let j = at + 1;
  while (j < lines.length && (lines[j] ?? "").trim() === "") j++;
  const firstRow = splitRow(lines[j] ?? "");
  const rowsOfCells: Cell[][] = [];
  let header: Cell[] = [];
  const notes: Cell[] = [];
  if (firstRow) {
    // Row layout: each line a row.
    for (; j < lines.length; j++) {
      const raw = lines[j] ?? "";
      if (raw.trim() === "") continue;
      if (/^\s*(注|说明)\s*[:：]/.test(raw) || /^\s*注\d/.test(fold(raw))) break;
      const cells = splitRow(raw);
      if (!cells) break;
      used.add(j + 1);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c.trim()))) continue; // Markdown separator
      const row = cells.map((c) => ({ text: c, line: j + 1 }));
      if (header.length === 0) header = row;
      else rowsOfCells.push(row);
    }
  } else {
    // Cell layout: one cell per line; the header is the run of header words.
    const cells: Cell[] = [];
    for (; j < lines.length; j++) {
      const raw = lines[j] ?? "";
      if (raw.trim() === "") continue;
      if (/^\s*(注|说明)\s*[:：]/.test(raw) || isProse(raw)) break;
      cells.push({ text: raw.trim(), line: j + 1 });
    }
    let k = 0;
    while (k < cells.length && HEADER_WORD.test(squeeze(fold((cells[k] as Cell).text)))) k++;
    header = cells.slice(0, k);
    // Fold qualifiers such as (实际) into the year before them.
    const merged: Cell[] = [];
    for (const c of header) {
      const prev = merged[merged.length - 1];
      if (prev && /^[(（]/.test(c.text.trim()) && /^\d{4}年?$/.test(squeeze(fold(prev.text)))) {
        merged[merged.length - 1] = { text: `${prev.text}${c.text.trim()}`, line: prev.line };
      } else merged.push(c);
    }
    header = merged;
    const body = cells.slice(k);
    const hasAttribute = header.some((c) => roleOf(fold(c.text)).kind === "attribute");
    let row: Cell[] = [];
    for (const c of body) {
      row.push(c);
      const ends = hasAttribute ? ATTRIBUTE.test(squeeze(c.text)) : row.length === header.length;
      if (ends) {
        rowsOfCells.push(row);
        row = [];
      }
    }
    if (row.length > 0) rowsOfCells.push(row);
    for (const c of cells) used.add(c.line);
  }
  // Notes under the table.
  for (; j < lines.length; j++) {
    const raw = lines[j] ?? "";
    if (raw.trim() === "") {
      if (notes.length > 0) break;
      continue;
    }
    const f = fold(raw).trim();
    if (notes.length === 0 ? /^(注|说明)\s*\d?\s*[:：]?/.test(f) : /^\d{1,2}[.、]|^[(]\d[)]|^注/.test(f)) {
      notes.push({ text: raw.trim(), line: j + 1 });
      used.add(j + 1);
    } else break;
  }
  if (header.length === 0) return undefined;

  const roles = header.map((c) => roleOf(fold(c.text)));
  let nameAt = roles.findIndex((r) => r.kind === "name");
  if (nameAt === -1) nameAt = roles.findIndex((r) => r.kind === "other");
  if (nameAt === -1) nameAt = 0;
  const years = roles
    .map((r, index) => ({ r, index }))
    .filter((x): x is { r: Extract<Role, { kind: "year" }>; index: number } => x.r.kind === "year");
  const isBase = (q: string) => /实际|基期|现状|完成/.test(q);
  const isTarget = (q: string) => /预期|目标|规划|预计/.test(q);
  let baseCols = years.filter((y) => isBase(y.r.qualifier));
  let targetCols = years.filter((y) => isTarget(y.r.qualifier));
  if (baseCols.length === 0 && targetCols.length === 0 && years.length >= 2) {
    baseCols = years.slice(0, 1);
    targetCols = years.slice(1);
    if (years.length > 2) {
      out.push(
        review(
          "table-years",
          (header[0] as Cell).line,
          (lines[(header[0] as Cell).line - 1] ?? "").trim(),
          `表${number}表头有${years.length}个年份而没有“实际”“目标”字样；第一个年份按基期、其余按目标年起草。`,
          `Table ${number} has ${years.length} year columns without 实际/目标; the first is drafted as the baseline, the others as target years.`,
        ),
      );
    }
  } else if (baseCols.length === 0 && targetCols.length === 0) {
    out.push(
      review(
        "table-years",
        (header[0] as Cell).line,
        (lines[(header[0] as Cell).line - 1] ?? "").trim(),
        `表${number}表头没有能区分基期和目标的年份，数值列未起草。`,
        `Table ${number}'s header has no years telling baseline from target; its value columns are not drafted.`,
      ),
    );
  } else {
    for (const y of years) {
      if (!baseCols.includes(y) && !targetCols.includes(y)) {
        if (y.index < (targetCols[0]?.index ?? Number.POSITIVE_INFINITY)) baseCols.push(y);
        else targetCols.push(y);
      }
    }
  }
  const attributeAt = roles.findIndex((r) => r.kind === "attribute");
  const unitAt = roles.findIndex((r) => r.kind === "unit");
  const categoryAt = roles.findIndex((r) => r.kind === "category");
  const noteAt = roles.findIndex((r) => r.kind === "note");

  const rows: TableRow[] = [];
  let category: string | undefined;
  for (const cellsIn of rowsOfCells) {
    let cells = cellsIn;
    // A category cell merged over several rows appears on the first of them only.
    if (categoryAt !== -1 && cells.length === header.length - 1) {
      cells = [
        ...cells.slice(0, categoryAt),
        { text: category ?? "", line: (cells[0] as Cell).line },
        ...cells.slice(categoryAt),
      ];
    }
    // A row that leaves its last column (the attribute) empty.
    if (
      attributeAt === header.length - 1 &&
      cells.length === header.length - 1 &&
      !ATTRIBUTE.test(squeeze((cells[cells.length - 1] as Cell).text))
    ) {
      cells = [...cells, { text: "", line: (cells[0] as Cell).line }];
    }
    const rowLine = (cells[0] as Cell).line;
    if (cells.length !== header.length) {
      out.push(
        review(
          "table-shape",
          rowLine,
          // The first cell's own text: a row's cells may stand on several lines, and a quote stays on its line.
          (cells[0] as Cell).text,
          `表${number}的这一行有${cells.length}个单元格，表头有${header.length}列；该行未起草。`,
          `This row of table ${number} has ${cells.length} cells where the header has ${header.length} columns; the row is not drafted.`,
        ),
      );
      continue;
    }
    if (categoryAt !== -1 && (cells[categoryAt] as Cell).text !== "") category = (cells[categoryAt] as Cell).text;
    const nameCell = cells[nameAt] as Cell;
    const parsedName = parseName(nameCell.text);
    const unitText = unitAt !== -1 ? fold((cells[unitAt] as Cell).text).trim() : parsedName.unit;
    const attrCell = attributeAt !== -1 ? (cells[attributeAt] as Cell) : undefined;
    const attrText = attrCell ? squeeze(attrCell.text) : "";
    const attribute = attrText === "约束性" ? "binding" : attrText === "预期性" ? "expected" : undefined;
    const readCells = (cols: typeof years) => {
      const got: (ValueCell & { year: number })[] = [];
      for (const col of cols) {
        const cell = cells[col.index] as Cell;
        const v = readValueCell(cell, cell.text);
        if (v === "empty") continue;
        if (v === undefined) {
          out.push(
            review(
              "table-cell",
              cell.line,
              cell.text.trim(),
              `表${number}“${parsedName.clean}”${col.r.year}年一栏无法读成数值，未起草。`,
              `Table ${number}, "${parsedName.clean}", ${col.r.year}: the cell does not read as a figure; not drafted.`,
            ),
          );
          continue;
        }
        got.push({ ...v, year: col.r.year });
      }
      return got;
    };
    const row: TableRow = {
      row: rows.length + 1,
      name: { ...nameCell, text: nameCell.text.trim(), clean: parsedName.clean },
      starred: parsedName.starred,
      baselines: readCells(baseCols),
      targets: readCells(targetCols),
      notes: noteAt !== -1 && (cells[noteAt] as Cell).text.trim() !== "" ? [(cells[noteAt] as Cell).text.trim()] : [],
    };
    if (unitText !== undefined) Object.assign(row, { unit: unitText });
    if (category !== undefined) Object.assign(row, { category });
    if (attribute !== undefined) Object.assign(row, { attribute });
    if (attrCell !== undefined) Object.assign(row, { attributeCell: attrCell });
    rows.push(row);
  }
  const result: Table = { number, caption, rows, notes, lines: used };
  const base = baseCols[0]?.r.year;
  if (base !== undefined) Object.assign(result, { baselineYear: base });
  return result;
}

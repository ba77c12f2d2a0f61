/**
 * What the file readers share: naming columns, reading a unit from a header, building rows safely. Plan-agnostic
 * and free of validation's modules, so `readObservations` depends on nothing of `observations`.
 *
 * @internal
 * @module
 */
import { readReporting } from "../model/reporting.js";

/**
 * A row read from a file: the cells under their field names (`indicator`, `region`, `year`, `value`, `unit`,
 * `status`, `source`, `note`; unknown columns keep their own name) and the 1-based `line` of the file it starts on.
 *
 * @example
 * ```ts
 * import { readObservationsCsv, type ReadRow } from "@wuwei/sti-plan/io";
 * const [row]: readonly ReadRow[] = readObservationsCsv("指标,地区,年份,数值\nrd-intensity,武威市,2023,0.81").rows;
 * row; //=> { indicator: "rd-intensity", region: "武威市", year: "2023", value: "0.81", line: 2 }
 * ```
 * @category IO
 */
export type ReadRow = Readonly<Record<string, unknown>> & { readonly line: number };

const HEADERS: Readonly<Record<string, readonly string[]>> = {
  indicator: ["indicator", "indicator_id", "指标", "指标名称", "指标代码", "指标id", "指标编码", "指标编号", "指标项"],
  region: [
    "region",
    "region_id",
    "area",
    "地区",
    "区域",
    "县区",
    "县(区)",
    "地区名称",
    "行政区",
    "行政区划",
    "地区代码",
  ],
  year: ["year", "time_period", "period", "年份", "年度", "年", "时间"],
  value: ["value", "obs_value", "数值", "值", "数据", "指标值", "数额"],
  unit: ["unit", "unit_measure", "单位", "计量单位"],
  status: ["status", "obs_status", "状态", "数据状态", "标记"],
  reporting: ["reporting", "basis", "口径", "统计口径", "填报口径", "数据口径"],
  source: ["source", "来源", "数据来源"],
  note: ["note", "notes", "comment", "备注", "说明", "注释"],
};

const normaliseHeader = (text: string): string =>
  text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

const HEADER_LOOKUP: ReadonlyMap<string, string> = new Map(
  Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field] as const)),
);

/**
 * The field a column or key names: English or Chinese headers and their variants map to the field; anything else
 * keeps its own name (so validation can warn about it). A value header with a unit or a 口径 in brackets
 * (`数值(万元)`, `数值(累计)`) names the value. A column named `line` would clash with the row's file line and is
 * renamed `line (column)`.
 *
 * @internal
 */
export function fieldOf(header: string, position: number): string {
  const field = HEADER_LOOKUP.get(normaliseHeader(header));
  if (field !== undefined) return field;
  if (valueHeader(header) !== undefined) return "value";
  const own = header.trim();
  if (own === "") return `column ${position + 1}`;
  return own === "line" ? "line (column)" : own;
}

/**
 * What a header says in brackets after its name: `数值(万元)` → a unit, `2021年(累计)` → a 口径, `数值（当年，万元）`
 * → both (parts separated by a comma, a semicolon or 、). A part that {@link readReporting} knows is the 口径; the
 * one other part, if any, the unit. `undefined` when the header has no brackets, or names two 口径 or two units.
 *
 * @internal
 */
export function bracketOfHeader(
  header: string,
): { readonly name: string; readonly unit?: string; readonly reporting?: string } | undefined {
  const match = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(header.normalize("NFKC").trim());
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  const parts = match[2]
    .split(/[,，;；、]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const reporting = parts.filter((p) => readReporting(p) !== undefined);
  const units = parts.filter((p) => readReporting(p) === undefined);
  if (parts.length === 0 || reporting.length > 1 || units.length > 1) return undefined;
  return {
    name: match[1],
    ...(units[0] === undefined ? {} : { unit: units[0] }),
    ...(reporting[0] === undefined ? {} : { reporting: reporting[0] }),
  };
}

/** The bracket of a value column's header (`数值(万元)`, `value (cumulative)`), or `undefined`. */
function valueHeader(header: string): ReturnType<typeof bracketOfHeader> {
  const bracket = bracketOfHeader(header);
  return bracket !== undefined && HEADER_LOOKUP.get(normaliseHeader(bracket.name)) === "value" ? bracket : undefined;
}

/**
 * The unit a value column's header names in brackets — `数值(万元)`, `数值（%）`, `value (100 million yuan)` — or
 * `undefined`. Spreadsheets often put the unit in the header instead of a column of its own. A 口径 in the
 * brackets (`数值(累计)`) is no unit: see {@link reportingOfHeader}.
 *
 * @internal
 */
export function unitOfHeader(header: string): string | undefined {
  return valueHeader(header)?.unit;
}

/**
 * The 口径 a value column's header names in brackets, as written — `数值(累计)`, `数值（当年新增）`,
 * `value (running total)` — or `undefined`.
 *
 * @internal
 */
export function reportingOfHeader(header: string): string | undefined {
  return valueHeader(header)?.reporting;
}

/**
 * What the headers of a table say of every row: the unit and the 口径 of the value column's header, if it names
 * them. @internal
 */
export interface HeaderDefaults {
  readonly unit?: string | undefined;
  readonly reporting?: string | undefined;
}

/** The unit and 口径 the headers of a table name for every row. @internal */
export function headerDefaults(headers: readonly string[]): HeaderDefaults {
  const unit = headers.map(unitOfHeader).find((u) => u !== undefined);
  const reporting = headers.map(reportingOfHeader).find((r) => r !== undefined);
  return { unit, reporting };
}

/**
 * The entries of a row, with the unit and the 口径 of the value column's header (`数值(万元)`, `数值(累计)`) added
 * where the row names none of its own: a row's own 单位 or 口径 cell wins over its header's.
 *
 * @internal
 */
export function withHeaderUnit(
  entries: readonly (readonly [string, unknown])[],
  defaults: HeaderDefaults,
): (readonly [string, unknown])[] {
  if (!entries.some(([field]) => field === "value")) return [...entries];
  const out = [...entries];
  if (defaults.unit !== undefined && !entries.some(([field]) => field === "unit")) out.push(["unit", defaults.unit]);
  if (defaults.reporting !== undefined && !entries.some(([field]) => field === "reporting")) {
    out.push(["reporting", defaults.reporting]);
  }
  return out;
}

/** Build a row without ever touching a prototype (`__proto__` is an ordinary key here). @internal */
export function makeRow(entries: readonly (readonly [string, unknown])[], line: number): ReadRow {
  const row: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    // Plain assignment keeps rows of the same columns on one shape (fast for 100,000s of rows); only `__proto__`
    // would reach the prototype that way, so it alone is defined as an own property.
    if (key === "__proto__") {
      Object.defineProperty(row, key, { value, enumerable: true, writable: true, configurable: true });
    } else row[key] = value;
  }
  if ("line" in row) delete row["line"];
  row["line"] = line;
  return Object.freeze(row) as ReadRow;
}

/** Fields named more than once, with the names used. @internal */
export function duplicates(fields: readonly { field: string; name: string }[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const { field, name } of fields) seen.set(field, [...(seen.get(field) ?? []), name]);
  for (const [field, names] of seen) if (names.length < 2) seen.delete(field);
  return seen;
}

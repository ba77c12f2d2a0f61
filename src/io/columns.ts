/**
 * What the file readers share: naming columns, reading a unit from a header, building rows safely. Plan-agnostic
 * and free of validation's modules, so `readObservations` depends on nothing of `observations`.
 *
 * @internal
 * @module
 */
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
 * keeps its own name (so validation can warn about it). A column named `line` would clash with the row's file line
 * and is renamed `line (column)`.
 *
 * @internal
 */
export function fieldOf(header: string, position: number): string {
  const field = HEADER_LOOKUP.get(normaliseHeader(header));
  if (field !== undefined) return field;
  if (unitOfHeader(header) !== undefined) return "value";
  const own = header.trim();
  if (own === "") return `column ${position + 1}`;
  return own === "line" ? "line (column)" : own;
}

/**
 * The unit a value column's header names in brackets — `数值(万元)`, `数值（%）`, `value (100 million yuan)` — or
 * `undefined`. Spreadsheets often put the unit in the header instead of a column of its own.
 *
 * @internal
 */
export function unitOfHeader(header: string): string | undefined {
  const match = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(header.normalize("NFKC").trim());
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return HEADER_LOOKUP.get(normaliseHeader(match[1])) === "value" ? match[2] : undefined;
}

/**
 * The entries of a row, with the unit of a `数值(万元)` column added where the row names no unit of its own.
 *
 * @internal
 */
export function withHeaderUnit(
  entries: readonly (readonly [string, unknown])[],
  headerUnit: string | undefined,
): (readonly [string, unknown])[] {
  if (headerUnit === undefined || entries.some(([field]) => field === "unit")) return [...entries];
  return entries.some(([field]) => field === "value") ? [...entries, ["unit", headerUnit] as const] : [...entries];
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
  if ("line" in row) delete row.line;
  row.line = line;
  return Object.freeze(row) as ReadRow;
}

/** Fields named more than once, with the names used. @internal */
export function duplicates(fields: readonly { field: string; name: string }[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const { field, name } of fields) seen.set(field, [...(seen.get(field) ?? []), name]);
  for (const [field, names] of seen) if (names.length < 2) seen.delete(field);
  return seen;
}

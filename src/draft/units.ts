/**
 * The units the drafter recognises after a figure or in a table header, as the model's units. Longer symbols come
 * first so that 亿元 wins over 元 and 人年 over 人.
 *
 * @internal
 * @module
 */
import type { PlanInput } from "../model/schema.js";

type UnitInput = PlanInput["units"][number];

const u = (
  id: string,
  zh: string,
  en: string,
  dimension: UnitInput["dimension"],
  scale = 0,
  aliases?: string[],
): UnitInput =>
  aliases ? { id, symbol: { zh, en }, dimension, scale, aliases } : { id, symbol: { zh, en }, dimension, scale };

/** Known units by their Chinese symbol. @internal */
export const UNITS: readonly UnitInput[] = [
  u("percent", "%", "%", "percent", 0, ["％", "百分比"]),
  u("per-mille", "‰", "‰", "ratio", -3),
  u("rank", "位", "rank", "rank", 0, ["名次"]),
  u("person-year", "人年", "person-years", "per-capita"),
  u("person-time-10k", "万人次", "10 thousand person-times", "count"),
  u("person-time", "人次", "person-times", "count"),
  u("person-10k", "万人", "10 thousand persons", "count"),
  u("cny-100m", "亿元", "100 million yuan", "currency", 8, ["亿"]),
  u("cny-10k", "万元", "10 thousand yuan", "currency", 4, ["万"]),
  u("cny", "元", "yuan", "currency", 0),
  u("mu-10k", "万亩", "10 thousand mu", "count"),
  u("mu", "亩", "mu", "count"),
  u("tonne-10k", "万吨", "10 thousand tonnes", "count"),
  u("tonne", "吨", "tonnes", "count"),
  u("km2", "平方公里", "square kilometres", "count"),
  u("km", "公里", "kilometres", "count"),
  u("enterprise", "家", "enterprises", "count"),
  u("item", "个", "items", "count"),
  u("project", "项", "projects", "count"),
  u("person", "名", "persons", "count"),
  u("people", "人", "persons", "count"),
  u("household", "户", "households", "count"),
  u("patent", "件", "pieces", "count"),
  u("seat", "座", "sites", "count"),
  u("institution", "所", "institutions", "count"),
  u("team", "支", "teams", "count"),
  u("set", "台", "units", "count"),
  u("set-of", "套", "sets", "count"),
  u("kind", "种", "kinds", "count"),
  u("paper", "篇", "papers", "count"),
  u("batch", "批", "batches", "count"),
];

const BY_SYMBOL = new Map(UNITS.map((unit) => [unit.symbol.zh, unit]));

/** The unit of a symbol (`%`, `亿元`, `家`), or `undefined`. @internal */
export function unitOf(symbol: string): UnitInput | undefined {
  const s = symbol.trim().replace("％", "%");
  return BY_SYMBOL.get(s) ?? UNITS.find((unit) => unit.aliases?.includes(s));
}

/** A regular-expression alternation of every symbol, longest first. @internal */
export const UNIT_PATTERN = [...UNITS]
  .map((unit) => unit.symbol.zh)
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\%]/g, (c) => (c === "%" ? "%" : `\\${c}`)))
  .join("|");

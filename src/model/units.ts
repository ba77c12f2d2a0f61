/**
 * The units of Chinese statistical reporting the library knows without a plan: percentages, ranks, counts of
 * things and people, per-capita figures and currency at the scales yearbooks use (元, 万元, 亿元; SDMX UNIT_MULT
 * 0, 4, 8). Plan-agnostic: a plan lists its own units (the Wuwei 14th plan uses exactly these), and value parsing
 * falls back to these when it is given no plan.
 *
 * @internal
 * @module
 */
import type { PlanInput } from "./schema.js";

/** The standard units. Currency units convert by powers of ten. @internal */
export const STANDARD_UNITS = [
  { id: "percent", symbol: { zh: "%", en: "%" }, dimension: "percent", scale: 0, aliases: ["％", "百分比"] },
  { id: "rank", symbol: { zh: "位", en: "rank" }, dimension: "rank", scale: 0, aliases: ["名次", "第"] },
  { id: "enterprise", symbol: { zh: "家", en: "enterprises" }, dimension: "count", scale: 0 },
  { id: "item", symbol: { zh: "个", en: "items" }, dimension: "count", scale: 0, aliases: ["项", "座"] },
  { id: "person", symbol: { zh: "名", en: "persons" }, dimension: "count", scale: 0, aliases: ["人"] },
  { id: "household", symbol: { zh: "户", en: "households" }, dimension: "count", scale: 0 },
  { id: "person-year", symbol: { zh: "人年", en: "person-years" }, dimension: "per-capita", scale: 0 },
  { id: "patent", symbol: { zh: "件", en: "patents" }, dimension: "per-capita", scale: 0 },
  // Ratios of people or households to people: fractional figures (174.68 professionals per 10,000 people).
  {
    id: "person-per-10k",
    symbol: { zh: "人/万人", en: "persons per 10,000 population" },
    dimension: "per-capita",
    scale: 0,
    aliases: ["人每万人"],
  },
  {
    id: "household-per-person",
    symbol: { zh: "户/人", en: "households per person" },
    dimension: "per-capita",
    scale: 0,
  },
  { id: "cny", symbol: { zh: "元", en: "yuan" }, dimension: "currency", scale: 0, aliases: ["人民币元", "CNY"] },
  { id: "cny-10k", symbol: { zh: "万元", en: "10 thousand yuan" }, dimension: "currency", scale: 4, aliases: ["万"] },
  { id: "cny-100m", symbol: { zh: "亿元", en: "100 million yuan" }, dimension: "currency", scale: 8, aliases: ["亿"] },
] as const satisfies PlanInput["units"];

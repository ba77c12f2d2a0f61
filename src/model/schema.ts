/**
 * The plan-agnostic model: zod schemas for any five-year plan written as plain data, and the types
 * inferred from them. The Wuwei 14th plan is one instance (`wuwei14`); the 15th plan can be another.
 *
 * @module
 */

import * as z from "zod";
import { readIsoDate } from "../internal/dates.js";
import { COMPARATORS, TARGET_KINDS } from "./kinds.js";
import { REPORTING_BASES } from "./reporting.js";

/**
 * A stable identifier: lower-case ASCII letters and digits, words joined by `-` or `.`
 * (for example `rd-intensity`, `box-16.task-1`).
 *
 * @example
 * ```ts
 * import { IdSchema } from "@wuwei/sti-plan/schema";
 * IdSchema.safeParse("rd-intensity").success; //=> true
 * IdSchema.safeParse("R&D").success; //=> false
 * ```
 * @category Model
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "ids are lower-case ASCII words joined by - or .");

/**
 * A decimal number written as a string, so that no figure passes through a binary float:
 * an optional minus sign, digits without leading zeros, an optional fraction (`"0.62"`, `"28"`, `"-1.5"`).
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from "@wuwei/sti-plan/schema";
 * DecimalStringSchema.safeParse("0.62").success; //=> true
 * DecimalStringSchema.safeParse("1e3").success; //=> false
 * ```
 * @category Model
 */
export const DecimalStringSchema = z
  .string()
  .regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, "a decimal string such as 0.62 or 28 (no exponent, no grouping)");

/**
 * A text in Chinese (`zh`, verbatim from the document where it quotes one) and English (`en`).
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from "@wuwei/sti-plan/schema";
 * LocalizedTextSchema.parse({ zh: "研发经费投入强度", en: "R&D intensity" }).en; //=> "R&D intensity"
 * ```
 * @category Model
 */
export const LocalizedTextSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});

/**
 * Where a title or figure comes from: a 1-based line of the plan's text and a short exact quote from that line.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "@wuwei/sti-plan/schema";
 * SourceSchema.parse({ line: 108, quote: "0.62" }).line; //=> 108
 * ```
 * @category Model
 */
export const SourceSchema = z.object({
  line: z.number().int().positive(),
  quote: z.string().min(1),
});

/**
 * A calendar year (1900–2200).
 *
 * @example
 * ```ts
 * import { YearSchema } from "@wuwei/sti-plan/schema";
 * YearSchema.safeParse(2025).success; //=> true
 * ```
 * @category Model
 */
export const YearSchema = z.number().int().min(1900).max(2200);

/**
 * An ISO 8601 date (`2022-01-05`) or date-time with offset (`2022-01-12T10:25:00+08:00`).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "@wuwei/sti-plan/schema";
 * IsoDateSchema.safeParse("2022-01-05").success; //=> true
 * ```
 * @category Model
 */
export const IsoDateSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: false })])
  // The library's one date reader decides; the formats above describe it in the JSON Schema.
  .refine((value) => readIsoDate(value) !== undefined, { message: "not a calendar date" });

/**
 * Which way is better. `"increase"`: higher is better. `"decrease"`: lower is better (a provincial rank).
 *
 * @example
 * ```ts
 * import { DirectionSchema } from "@wuwei/sti-plan/schema";
 * DirectionSchema.options; //=> ["increase", "decrease"]
 * ```
 * @category Model
 */
export const DirectionSchema = z.enum(["increase", "decrease"]);

/**
 * An indicator's attribute: `"expected"` (预期性, guidance) or `"binding"` (约束性, a duty of government).
 *
 * @example
 * ```ts
 * import { AttributeSchema } from "@wuwei/sti-plan/schema";
 * AttributeSchema.options; //=> ["expected", "binding"]
 * ```
 * @category Model
 */
export const AttributeSchema = z.enum(["expected", "binding"]);

/**
 * What a target counts.
 * - `end-level`: the level reached by the target year (到2025年…达到…).
 * - `annual-floor`: a minimum every year of the period (每年…以上).
 * - `cumulative`: a total summed over the period (累计…).
 * - `increment`: growth of a stock since the baseline (新增…).
 * - `rank`: a position in a ranking, lower is better (第6位).
 * - `never-decrease`: a trend constraint, each year at least the year before (只增不减).
 *
 * @example
 * ```ts
 * import { TargetKindSchema } from "@wuwei/sti-plan/schema";
 * TargetKindSchema.options.length; //=> 6
 * ```
 * @category Model
 */
export const TargetKindSchema = z.enum(TARGET_KINDS);

/**
 * The wording that decides what counts as achieved.
 * - `at-least` (以上): achieved when the value is at or beyond the target in the indicator's direction.
 * - `reach` (达到): achieved when the value reaches the target.
 * - `strive-for` (力争 / 争取): aspirational; the same test as `reach`, reported as aspirational.
 * - `ensure` (确保): a firm commitment; the same test as `at-least`.
 * - `never-decrease` (只增不减): each year at least the year before; no numeric target.
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from "@wuwei/sti-plan/schema";
 * ComparatorSchema.parse("strive-for"); //=> "strive-for"
 * ```
 * @category Model
 */
export const ComparatorSchema = z.enum(COMPARATORS);

/**
 * The level of a region, from the top: the nation (全国), a province (省、自治区、直辖市), a prefecture-level city
 * (地级市、自治州), a county-level unit (县、区、县级市、自治县) and a township (乡、镇、街道). A region's parent is
 * always of a higher level, so the regions of a plan form a tree of any depth from a township up to the nation.
 *
 * @example
 * ```ts
 * import { RegionLevelSchema } from "@wuwei/sti-plan/schema";
 * RegionLevelSchema.options; //=> ["nation", "province", "city", "county", "township"]
 * ```
 * @category Model
 */
export const RegionLevelSchema = z.enum(["nation", "province", "city", "county", "township"]);

/**
 * A region a target can apply to.
 *
 * @example
 * ```ts
 * import { RegionSchema } from "@wuwei/sti-plan/schema";
 * RegionSchema.parse({ id: "minqin", name: { zh: "民勤县", en: "Minqin County" }, level: "county", parent: "wuwei" }).level;
 * //=> "county"
 * ```
 * @category Model
 */
export const RegionSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  level: RegionLevelSchema,
  /** The region this one belongs to (a county's city, a city's province): of a higher level. */
  parent: IdSchema.optional(),
  /** Other names people write for it (天祝县 for 天祝藏族自治县, 全市 for the city). */
  aliases: z.array(z.string().min(1)).optional(),
  /**
   * Names of the region's own government level (市本级: the city government's own budget, not the whole area).
   * Accepted only for indicators with `basis` `own-level`; for a whole-area indicator they are refused.
   */
  ownLevelAliases: z.array(z.string().min(1)).optional(),
  notes: z.array(z.string().min(1)).optional(),
});

/**
 * A unit of measurement. Units of one `dimension` convert by powers of ten: 亿元 has `scale` 8, 万元 4, 元 0.
 *
 * @example
 * ```ts
 * import { UnitSchema } from "@wuwei/sti-plan/schema";
 * UnitSchema.parse({ id: "cny-100m", symbol: { zh: "亿元", en: "100 million yuan" }, dimension: "currency", scale: 8 }).scale;
 * //=> 8
 * ```
 * @category Model
 */
export const UnitSchema = z.object({
  id: IdSchema,
  symbol: LocalizedTextSchema,
  /** `percent` values lie in 0–100; `rank` values are positive integers; `count` values are whole numbers. */
  dimension: z.enum(["percent", "rank", "count", "currency", "ratio", "per-capita"]),
  /** Power of ten relative to the base unit of the dimension (CNY for currency). */
  scale: z.number().int().default(0),
  /** Other spellings accepted on input ("%", "亿"). */
  aliases: z.array(z.string().min(1)).optional(),
});

/**
 * How regional values combine into the city's value.
 * - `sum`: counts and flows add up.
 * - `ratio`: the value is `scale × numerator / denominator` of two component series (R&D intensity = 100 × R&D
 *   expenditure / GDP); the city's value is derived from the summed components.
 * - `none`: never aggregated (a rank, a share of an own-level budget).
 *
 * @example
 * ```ts
 * import { AggregationSchema } from "@wuwei/sti-plan/schema";
 * AggregationSchema.parse({ method: "sum" }).method; //=> "sum"
 * ```
 * @category Model
 */
export const AggregationSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("sum") }),
  z.object({
    method: z.literal("ratio"),
    numerator: IdSchema,
    denominator: IdSchema,
    scale: DecimalStringSchema,
  }),
  z.object({ method: z.literal("none") }),
]);

/**
 * A baseline: the value of an indicator in a region in a year before the period.
 *
 * @example
 * ```ts
 * import { BaselineSchema } from "@wuwei/sti-plan/schema";
 * BaselineSchema.parse({ region: "wuwei", year: 2020, value: "0.62", source: { line: 108, quote: "0.62" } }).value;
 * //=> "0.62"
 * ```
 * @category Model
 */
export const BaselineSchema = z.object({
  region: IdSchema,
  year: YearSchema,
  value: DecimalStringSchema,
  source: SourceSchema,
  notes: z.array(z.string().min(1)).optional(),
});

/**
 * A target: what the plan commits an indicator to, for which regions (each region separately), by when.
 *
 * @example
 * ```ts
 * import { TargetSchema } from "@wuwei/sti-plan/schema";
 * TargetSchema.parse({
 *   id: "rd-intensity.2025", kind: "end-level", comparator: "strive-for", value: "1.5", year: 2025,
 *   regions: ["wuwei"], source: { line: 76, quote: "力争全社会研发经费支出占地区生产总值的比重达到1.5%" },
 * }).kind;
 * //=> "end-level"
 * ```
 * @category Model
 */
export const TargetSchema = z.object({
  id: IdSchema,
  kind: TargetKindSchema,
  comparator: ComparatorSchema,
  /** The figure, in the indicator's unit; absent only for `never-decrease`. */
  value: DecimalStringSchema.optional(),
  /** The year by which the target is due (the last year of an annual floor or a cumulative total). */
  year: YearSchema,
  /** First year counted by an annual floor or a cumulative total; the plan's first year when absent. */
  from: YearSchema.optional(),
  /**
   * The regions the target applies to, each on its own. With `levels`, `definePlan` adds every region of those
   * levels among the indicator's regions, in the plan's order, so a checked plan always lists them here.
   */
  regions: z.array(IdSchema).default([]),
  /**
   * Levels the target applies to, each region on its own: "each county: 1 %" is `levels: ["county"]`, as the text
   * says it, instead of a list of ids that must be kept in step with the regions.
   */
  levels: z.array(RegionLevelSchema).min(1).optional(),
  source: SourceSchema,
  /** Other places in the document that state the same target. */
  alsoStated: z.array(SourceSchema).optional(),
  notes: z.array(z.string().min(1)).optional(),
});

/**
 * What one reported figure of an indicator means, its 口径: `flow` (当年新增, the year's new amount),
 * `running-total` (累计新增, the running total since the end of the baseline year) or `stock` (期末存量, the level at
 * year end). See {@link index!reportingOf} for the default and {@link index!REPORTING_LABELS} for the names.
 *
 * @example
 * ```ts
 * import { ReportingSchema } from "@wuwei/sti-plan/schema";
 * ReportingSchema.options; //=> ["flow", "running-total", "stock"]
 * ```
 * @category Model
 */
export const ReportingSchema = z.enum(REPORTING_BASES);

/**
 * An indicator: something the plan measures, with its baselines and targets.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from "@wuwei/sti-plan/schema";
 * const result = IndicatorSchema.safeParse({ id: "x" });
 * result.success; //=> false
 * ```
 * @category Model
 */
export const IndicatorSchema = z.object({
  id: IdSchema,
  name: LocalizedTextSchema,
  /**
   * Other names people write for it (研发投入强度 for 研发经费投入强度). Each names this indicator only: a name that
   * could mean two indicators is given to neither, with a decision.
   */
  aliases: z.array(z.string().min(1)).optional(),
  /**
   * `indicator` (the default): something the plan measures. `component`: the numerator or denominator of a ratio
   * indicator (R&D expenditure, GDP), reported so that ratios can be derived from regional sums; it has no targets.
   */
  role: z.enum(["indicator", "component"]).default("indicator"),
  unit: IdSchema,
  direction: DirectionSchema,
  attribute: AttributeSchema,
  /** Present for the rows of the headline table (表1): the 1-based row. */
  headline: z.object({ row: z.number().int().positive() }).optional(),
  /** `own-level` when the figure is about a government's own budget (本级) rather than the whole area. */
  basis: z.enum(["whole-area", "own-level"]).default("whole-area"),
  /**
   * What a reported figure means (口径): `flow`, `running-total` or `stock`. When absent, `definePlan` sets it from
   * the targets' kinds (`reportingOf`): `flow` for a cumulative target, `running-total` for an increment,
   * `stock` otherwise. A cumulative target needs `flow`; an increment needs `running-total` or `stock`.
   */
  reporting: ReportingSchema.optional(),
  /** The chapter (and section) whose text states the indicator, for grouping. */
  chapter: IdSchema,
  section: IdSchema.optional(),
  /** Peer-set size of a rank (Gansu has 14 prefecture-level divisions). */
  peers: z.number().int().positive().optional(),
  aggregation: AggregationSchema,
  /** The regions for which figures may be reported. */
  regions: z.array(IdSchema).min(1),
  source: SourceSchema,
  baselines: z.array(BaselineSchema),
  targets: z.array(TargetSchema),
  notes: z.array(z.string().min(1)).optional(),
});

/**
 * A numbered item inside a section of the plan's body (1.科技综合实力持续提升。…).
 *
 * @example
 * ```ts
 * import { ItemSchema } from "@wuwei/sti-plan/schema";
 * ItemSchema.shape.number.safeParse(1).success; //=> true
 * ```
 * @category Model
 */
export const ItemSchema = z.object({
  id: IdSchema,
  number: z.number().int().positive(),
  title: LocalizedTextSchema,
  source: SourceSchema,
});

/**
 * A section (节) of a chapter: (一), (二), …
 *
 * @example
 * ```ts
 * import { SectionSchema } from "@wuwei/sti-plan/schema";
 * SectionSchema.shape.items.safeParse([]).success; //=> true
 * ```
 * @category Model
 */
export const SectionSchema = z.object({
  id: IdSchema,
  number: z.number().int().positive(),
  title: LocalizedTextSchema,
  source: SourceSchema,
  items: z.array(ItemSchema),
});

/**
 * A chapter (章) of the plan: 一、基础与形势 …
 *
 * @example
 * ```ts
 * import { ChapterSchema } from "@wuwei/sti-plan/schema";
 * ChapterSchema.shape.sections.safeParse([]).success; //=> true
 * ```
 * @category Model
 */
export const ChapterSchema = z.object({
  id: IdSchema,
  number: z.number().int().positive(),
  title: LocalizedTextSchema,
  source: SourceSchema,
  sections: z.array(SectionSchema),
});

/**
 * A numbered task of a box.
 *
 * @example
 * ```ts
 * import { TaskSchema } from "@wuwei/sti-plan/schema";
 * TaskSchema.shape.number.safeParse(2).success; //=> true
 * ```
 * @category Model
 */
export const TaskSchema = z.object({
  id: IdSchema,
  number: z.number().int().positive(),
  title: LocalizedTextSchema,
  source: SourceSchema,
  /** Indicators whose targets this task states. */
  indicators: z.array(IdSchema).optional(),
});

/**
 * A box (专栏) of key tasks, directions or projects.
 *
 * @example
 * ```ts
 * import { BoxSchema } from "@wuwei/sti-plan/schema";
 * BoxSchema.shape.kind.options; //=> ["key-tasks", "key-directions", "key-projects", "key-points"]
 * ```
 * @category Model
 */
export const BoxSchema = z.object({
  id: IdSchema,
  number: z.number().int().positive(),
  title: LocalizedTextSchema,
  /** 重点任务 key tasks, 重点方向 key directions, 重点工程 key projects, 重点 key points. */
  kind: z.enum(["key-tasks", "key-directions", "key-projects", "key-points"]),
  chapter: IdSchema,
  section: IdSchema.optional(),
  source: SourceSchema,
  tasks: z.array(TaskSchema).min(1),
});

/**
 * A basic principle (基本原则).
 *
 * @example
 * ```ts
 * import { PrincipleSchema } from "@wuwei/sti-plan/schema";
 * PrincipleSchema.shape.title.safeParse({ zh: "坚持市场导向，突出创新服务", en: "Market orientation" }).success; //=> true
 * ```
 * @category Model
 */
export const PrincipleSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  source: SourceSchema,
});

/**
 * A decision taken where the document is ambiguous or contradicts itself, recorded on the data.
 *
 * @example
 * ```ts
 * import { DecisionSchema } from "@wuwei/sti-plan/schema";
 * DecisionSchema.shape.lines.safeParse([46, 116]).success; //=> true
 * ```
 * @category Model
 */
export const DecisionSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  lines: z.array(z.number().int().positive()).min(1),
  decision: z.string().min(1),
});

/**
 * A whole plan: document metadata, outline, regions, units, indicators and targets.
 *
 * @example
 * ```ts
 * import { PlanSchema } from "@wuwei/sti-plan/schema";
 * PlanSchema.safeParse({}).success; //=> false
 * ```
 * @category Model
 */
export const PlanSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  document: z.object({
    number: z.string().min(1),
    indexNumber: z.string().min(1).optional(),
    issuer: LocalizedTextSchema,
    written: IsoDateSchema,
    issued: IsoDateSchema,
    published: IsoDateSchema.optional(),
    /**
     * The text that every `source.line` refers to: for a packaged plan, its path inside the package (the embedded
     * plan's is `data/wuwei14.txt`, reachable as `@wuwei/sti-plan/data/wuwei14.txt`).
     */
    text: z.string().min(1),
    /** SHA-256 of that text's bytes (lowercase hex), so a copy can be checked before its lines are trusted. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    /** The public page the document was published on. */
    url: z.url().optional(),
    source: SourceSchema,
  }),
  period: z.object({ start: YearSchema, end: YearSchema }),
  baselineYear: YearSchema,
  basedOn: z.array(z.object({ title: LocalizedTextSchema, number: z.string().min(1), source: SourceSchema })),
  regions: z.array(RegionSchema).min(1),
  units: z.array(UnitSchema).min(1),
  principles: z.array(PrincipleSchema),
  chapters: z.array(ChapterSchema),
  boxes: z.array(BoxSchema),
  indicators: z.array(IndicatorSchema),
  decisions: z.array(DecisionSchema),
});

/** A stable identifier. See {@link IdSchema}. @category Model */
export type Id = z.output<typeof IdSchema>;
/** A decimal number as a string. See {@link DecimalStringSchema}. @category Model */
export type DecimalString = z.output<typeof DecimalStringSchema>;
/** Chinese and English text. See {@link LocalizedTextSchema}. @category Model */
export type LocalizedText = z.output<typeof LocalizedTextSchema>;
/** Provenance of a figure or title. See {@link SourceSchema}. @category Model */
export type Source = z.output<typeof SourceSchema>;
/** Which way is better. See {@link DirectionSchema}. @category Model */
export type Direction = z.output<typeof DirectionSchema>;
/** 预期性 or 约束性. See {@link AttributeSchema}. @category Model */
export type Attribute = z.output<typeof AttributeSchema>;
/** What a target counts. See {@link TargetKindSchema}. @category Model */
export type TargetKind = z.output<typeof TargetKindSchema>;
/** The achieved test of a target. See {@link ComparatorSchema}. @category Model */
export type Comparator = z.output<typeof ComparatorSchema>;
/** City or county. See {@link RegionLevelSchema}. @category Model */
export type RegionLevel = z.output<typeof RegionLevelSchema>;
/** A region. See {@link RegionSchema}. @category Model */
export type Region = z.output<typeof RegionSchema>;
/** A unit. See {@link UnitSchema}. @category Model */
export type Unit = z.output<typeof UnitSchema>;
/** How regional values combine. See {@link AggregationSchema}. @category Model */
export type Aggregation = z.output<typeof AggregationSchema>;
/** A baseline figure. See {@link BaselineSchema}. @category Model */
export type Baseline = z.output<typeof BaselineSchema>;
/** A target. See {@link TargetSchema}. @category Model */
export type Target = z.output<typeof TargetSchema>;
/** An indicator. See {@link IndicatorSchema}. @category Model */
export type Indicator = z.output<typeof IndicatorSchema>;
/** A numbered item of a section. See {@link ItemSchema}. @category Model */
export type Item = z.output<typeof ItemSchema>;
/** A section. See {@link SectionSchema}. @category Model */
export type Section = z.output<typeof SectionSchema>;
/** A chapter. See {@link ChapterSchema}. @category Model */
export type Chapter = z.output<typeof ChapterSchema>;
/** A task of a box. See {@link TaskSchema}. @category Model */
export type Task = z.output<typeof TaskSchema>;
/** A box (专栏). See {@link BoxSchema}. @category Model */
export type Box = z.output<typeof BoxSchema>;
/** A basic principle. See {@link PrincipleSchema}. @category Model */
export type Principle = z.output<typeof PrincipleSchema>;
/** A recorded decision. See {@link DecisionSchema}. @category Model */
export type Decision = z.output<typeof DecisionSchema>;
/**
 * A plan as written (the input {@link definePlan} accepts; defaults such as `basis` may be left out).
 *
 * @example
 * ```ts
 * import type { PlanInput } from "@wuwei/sti-plan";
 * const period: PlanInput["period"] = { start: 2026, end: 2030 };
 * period.end - period.start + 1; //=> 5
 * ```
 * @category Model
 */
export type PlanInput = z.input<typeof PlanSchema>;
/**
 * The data of a plan as checked by {@link PlanSchema}, defaults filled in, before freezing.
 *
 * @example
 * ```ts
 * import { type PlanData, wuwei14 } from "@wuwei/sti-plan";
 * import { PlanSchema } from "@wuwei/sti-plan/schema";
 * const data: PlanData = PlanSchema.parse(JSON.parse(JSON.stringify(wuwei14)));
 * data.baselineYear; //=> 2020
 * ```
 * @category Model
 */
export type PlanData = z.output<typeof PlanSchema>;

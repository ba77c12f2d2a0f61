/**
 * The review list: everything the drafter could not decide, each with its line, in Chinese and English.
 *
 * @module
 */

/**
 * What a review item is about.
 * - `undecodable`: the bytes are neither UTF-8 nor GB18030.
 * - `missing-metadata`: the title, 文号, issuer, a date or the period is not in the text.
 * - `year-assumed`: a figure states no year; the plan's last year was taken.
 * - `kind-assumed`: what a figure counts was guessed from its verb (建成…100家 read as a total over the period).
 * - `unsupported`: a commitment the model cannot hold as a target (年均增长, 翻一番, 个百分点, 倍).
 * - `unclassified-figure`: a figure in the forward-looking part with no word of commitment.
 * - `ambiguous-values`: several figures for one indicator and no way to tell which region each is for.
 * - `out-of-period`: a target year outside the plan's period (a 2035 vision).
 * - `strict-comparator`: 超过 (more than) drafted as at least.
 * - `table-cell`: a table cell that does not parse.
 * - `table-shape`: a table row with more or fewer cells than its header.
 * - `table-years`: which column is the baseline and which the target could not be told from the header.
 * - `attribute-missing`: a table row without 预期性 / 约束性.
 * - `unit-unknown`: a unit the drafter does not know.
 * - `region-level`: a target for a lower level of government; its regions are a placeholder to replace.
 * - `rank-peers`: a rank indicator needs the size of its peer set, which the text does not give.
 * - `direction-assumed`: a name that reads as lower-is-better (下降, 降低…), drafted as `decrease`.
 * - `outline-numbering`: a numbered line that continues neither the section's items nor a box's tasks, or a gap.
 * - `box-kind`: a box title that names none of the usual kinds (重点任务, 重点方向, 重点工程, 重点).
 * - `defaults`: fields the text never states, filled by convention (English texts, body attributes, aggregation).
 * - `plan-check`: a problem `safeDefinePlan` found in the draft.
 *
 * @example
 * ```ts
 * import type { ReviewCode } from "@wuwei/sti-plan/draft";
 * const code: ReviewCode = "year-assumed";
 * code; //=> "year-assumed"
 * ```
 * @category Draft
 */
export type ReviewCode =
  | "undecodable"
  | "missing-metadata"
  | "year-assumed"
  | "kind-assumed"
  | "unsupported"
  | "unclassified-figure"
  | "ambiguous-values"
  | "out-of-period"
  | "strict-comparator"
  | "table-cell"
  | "table-shape"
  | "table-years"
  | "attribute-missing"
  | "unit-unknown"
  | "region-level"
  | "rank-peers"
  | "direction-assumed"
  | "outline-numbering"
  | "box-kind"
  | "defaults"
  | "plan-check";

/**
 * One thing for a person to decide: the line it is on, the words in question, what the drafter did, in Chinese and
 * English, and where in the draft it landed (`path`, when it landed anywhere).
 *
 * @example
 * ```ts
 * import { draftPlan, type ReviewItem } from "@wuwei/sti-plan/draft";
 * const text = "某市“十四五”科技创新规划\n一、发展目标\n(一)主要目标\n新发展检验检测机构3个。";
 * const item: ReviewItem | undefined = draftPlan(text).review.find((r) => r.code === "year-assumed");
 * item?.line; //=> 4
 * item?.quote; //=> "新发展检验检测机构3个"
 * ```
 * @category Draft
 */
export interface ReviewItem {
  /** What it is about. */
  readonly code: ReviewCode;
  /** The 1-based line of the text (the title's line for items about the whole document). */
  readonly line: number;
  /** The words of that line in question (empty when the line has none to quote). */
  readonly quote: string;
  /** What the drafter found and did. */
  readonly message: { readonly zh: string; readonly en: string };
  /** Where in the drafted plan the figure or field went, as property names and indexes. */
  readonly path?: readonly (string | number)[];
}

/** Make a review item. @internal */
export function review(
  code: ReviewCode,
  line: number,
  quote: string,
  zh: string,
  en: string,
  path?: (string | number)[],
): ReviewItem {
  return path === undefined
    ? { code, line, quote, message: { zh, en } }
    : { code, line, quote, message: { zh, en }, path };
}

/**
 * Problems found in reported figures, as data: a code from a closed union, where it is, and a message in
 * Chinese and English built from per-locale maps (`locales/zh.ts`, `locales/en.ts`).
 *
 * @module
 */
import { en } from "./locales/en.js";
import { zh } from "./locales/zh.js";

/**
 * Every kind of problem {@link validateObservations}, the file readers of `@wuwei/sti-plan/io` and `assessPlan`
 * report about reported figures.
 *
 * Input shape: `not-an-array`, `not-an-object`, `unreadable-row` (reading the row threw), `missing-field`,
 * `unknown-field` (warning), `invalid-text` (source or note not text).
 * References: `unknown-indicator`, `unknown-region`, `region-out-of-scope` (the indicator is not reported for that
 * region, nor does it add up from it), `own-level-region` (a name of a government's own level, 市本级, for a whole-area indicator),
 * `year-out-of-range`.
 * Values: `not-a-number`, `not-finite` (infinite, or too large or too precise to keep exactly), `negative-value`,
 * `percent-out-of-range`, `rank-out-of-range`, `fractional-count`, `unknown-unit`, `unit-not-convertible`,
 * `unit-conflict` (the value's own unit and the unit field disagree), `invalid-status`.
 * Duplicates: `duplicate-identical` (warning, the repeat is dropped), `duplicate-conflict`, `superseded` (warning,
 * a figure of lower status precedence is dropped).
 * 口径 (reporting basis): `invalid-reporting` (the row's 口径 names none of 当年新增, 累计新增, 期末存量),
 * `reporting-not-convertible` (a figure stated in another 口径 cannot be converted exactly: a year it needs is
 * missing, the stock at the end of the baseline year is unknown, or it is of the baseline year or earlier),
 * `reporting-suspect` (warning: a series that states no 口径 looks like the other reading; both figures are named,
 * nothing is changed).
 * Files: `not-utf8`, `malformed-csv`, `malformed-json`, `duplicate-column`.
 * Assessment: `not-assessed` (warning from `assessPlan`: a valid figure that no target of the plan uses — an
 * indicator without a target in that region, from which no city value is derived).
 * Plausibility (warnings; the figure is kept unchanged): `implausible-value` (about 100× or 1/100 of the baseline or
 * the usual range: a percentage written as a ratio, 万元 written as 亿元), `county-above-city` (a county figure above
 * the city's for a summed indicator).
 *
 * @example
 * ```ts
 * import type { ObservationIssueCode } from "@wuwei/sti-plan";
 * const code: ObservationIssueCode = "unknown-region";
 * code; //=> "unknown-region"
 * ```
 * @category Observations
 */
export type ObservationIssueCode =
  | "not-an-array"
  | "not-an-object"
  | "unreadable-row"
  | "missing-field"
  | "unknown-field"
  | "invalid-text"
  | "unknown-indicator"
  | "unknown-region"
  | "region-out-of-scope"
  | "own-level-region"
  | "year-out-of-range"
  | "not-a-number"
  | "not-finite"
  | "negative-value"
  | "percent-out-of-range"
  | "rank-out-of-range"
  | "fractional-count"
  | "unknown-unit"
  | "unit-not-convertible"
  | "unit-conflict"
  | "invalid-status"
  | "duplicate-identical"
  | "duplicate-conflict"
  | "superseded"
  | "invalid-reporting"
  | "reporting-not-convertible"
  | "reporting-suspect"
  | "not-utf8"
  | "malformed-csv"
  | "malformed-json"
  | "duplicate-column"
  | "not-assessed"
  | "implausible-value"
  | "county-above-city";

/**
 * Every {@link ObservationIssueCode}, in a fixed order.
 *
 * @example
 * ```ts
 * import { OBSERVATION_ISSUE_CODES } from "@wuwei/sti-plan";
 * OBSERVATION_ISSUE_CODES.includes("duplicate-conflict"); //=> true
 * ```
 * @category Observations
 */
export const OBSERVATION_ISSUE_CODES: readonly ObservationIssueCode[] = Object.freeze([
  "not-an-array",
  "not-an-object",
  "unreadable-row",
  "missing-field",
  "unknown-field",
  "invalid-text",
  "unknown-indicator",
  "unknown-region",
  "region-out-of-scope",
  "own-level-region",
  "year-out-of-range",
  "not-a-number",
  "not-finite",
  "negative-value",
  "percent-out-of-range",
  "rank-out-of-range",
  "fractional-count",
  "unknown-unit",
  "unit-not-convertible",
  "unit-conflict",
  "invalid-status",
  "duplicate-identical",
  "duplicate-conflict",
  "superseded",
  "invalid-reporting",
  "reporting-not-convertible",
  "reporting-suspect",
  "not-utf8",
  "malformed-csv",
  "malformed-json",
  "duplicate-column",
  "not-assessed",
  "implausible-value",
  "county-above-city",
] as const);

/**
 * The language of a message: Chinese (`zh`) or English (`en`).
 *
 * @example
 * ```ts
 * import type { IssueLanguage } from "@wuwei/sti-plan";
 * const lang: IssueLanguage = "zh";
 * lang; //=> "zh"
 * ```
 * @category Observations
 */
export type IssueLanguage = "zh" | "en";

/**
 * The values a message is built from. `received` is always present: a short, printable rendering of what was
 * found (a quoted string, a number, `undefined`, `{indicator, …}` for an object).
 *
 * @example
 * ```ts
 * import { issueMessages, type IssueParams } from "@wuwei/sti-plan";
 * const params: IssueParams = { field: "year", received: "2035", from: 2015, to: 2030 };
 * issueMessages.en["year-out-of-range"](params); //=> "year 2035 is outside 2015–2030"
 * ```
 * @category Observations
 */
export interface IssueParams {
  /** What was found, rendered for people. */
  readonly received: string;
  /** The field concerned (`value`, `region`, …). */
  readonly field?: string;
  /** Close matches for a misspelt id or name. */
  readonly suggestions?: readonly string[];
  /** The indicator id concerned. */
  readonly indicator?: string;
  /** A unit id (the indicator's unit, or the unit a value was stated in). */
  readonly unit?: string;
  /** The symbol of `unit` in Chinese and English (万元, 10 thousand yuan), for messages. */
  readonly unitName?: { readonly zh: string; readonly en: string };
  /** A second unit id (the one a value cannot be converted to, or the conflicting one). */
  readonly target?: string;
  /** The symbol of `target` in Chinese and English. */
  readonly targetName?: { readonly zh: string; readonly en: string };
  /** Lower bound of an allowed range. */
  readonly from?: number;
  /** Upper bound of an allowed range. */
  readonly to?: number;
  /** The name of `indicator` in Chinese and English, for messages. */
  readonly indicatorName?: { readonly zh: string; readonly en: string };
  /** Allowed regions. */
  readonly regions?: readonly string[];
  /** The names of `regions`, listed in Chinese and in English, for messages. */
  readonly regionNames?: { readonly zh: string; readonly en: string };
  /** `detail` in words, in Chinese and English (names instead of ids), for messages. */
  readonly detailText?: { readonly zh: string; readonly en: string };
  /** Other rows concerned, as 0-based row indices (at most ten are named). */
  readonly rows?: readonly number[];
  /** The file lines of `rows`, where known. */
  readonly lines?: readonly (number | undefined)[];
  /** The status of the row concerned. */
  readonly status?: string;
  /** The status of the row that is kept instead. */
  readonly kept?: string;
  /** Extra detail (a parser's own words). */
  readonly detail?: string;
  /** The figure concerned, as a decimal string in `unit`. */
  readonly value?: string;
  /** What the figure probably meant, as a decimal string (in `target` when given, else in `unit`). */
  readonly probable?: string;
  /** Why a figure looks implausible: `percent-as-ratio`, `hundredfold`, `unit-scale`, `county-above-city`. */
  readonly reason?: string;
  /** The figure compared with: the baseline or usual range (`lo–hi`), or the city's figure. */
  readonly baseline?: string;
  /** The indicator's own 口径 (`flow`, `running-total`, `stock`). */
  readonly reporting?: string;
  /** The name of `reporting` in Chinese and English (当年新增, new in the year). */
  readonly reportingName?: { readonly zh: string; readonly en: string };
  /** The 口径 a row states, or the other reading of a series. */
  readonly stated?: string;
  /** The name of `stated` in Chinese and English. */
  readonly statedName?: { readonly zh: string; readonly en: string };
  /** A year concerned (the year a conversion needs). */
  readonly year?: number;
  /** The figure the indicator's own 口径 gives (a total, or a gain since the baseline), as a decimal string. */
  readonly figure?: string;
  /** The figure the other reading gives, as a decimal string. */
  readonly otherFigure?: string;
}

/**
 * A message template: builds the text of one issue code in one language from its parameters.
 *
 * @example
 * ```ts
 * import type { IssueMessage } from "@wuwei/sti-plan";
 * const shout: IssueMessage = (p) => `bad ${p.received}!`;
 * shout({ received: "x" }); //=> "bad x!"
 * ```
 * @category Observations
 */
export type IssueMessage = (params: IssueParams) => string;

/**
 * The message templates of one language: one per issue code.
 *
 * @example
 * ```ts
 * import { issueMessages, type IssueLocale } from "@wuwei/sti-plan";
 * const locale: IssueLocale = issueMessages.zh;
 * locale["not-an-array"]({ received: "null" }); //=> "数据应为由数据行组成的数组，实际收到 null"
 * ```
 * @category Observations
 */
export type IssueLocale = Readonly<Record<ObservationIssueCode, IssueMessage>>;

/**
 * The message templates, per language, like zod's locales.
 *
 * @example
 * ```ts
 * import { issueMessages } from "@wuwei/sti-plan";
 * issueMessages.en["missing-field"]({ field: "value", received: "undefined" }); //=> "the field value is missing"
 * issueMessages.zh["missing-field"]({ field: "value", received: '" "' }); //=> '缺少数值（字段 value，实际收到 " "）'
 * ```
 * @category Observations
 */
export const issueMessages: Readonly<Record<IssueLanguage, IssueLocale>> = Object.freeze({
  zh: Object.freeze(zh),
  en: Object.freeze(en),
});

/**
 * One problem found in reported figures.
 *
 * @example
 * ```ts
 * import { issueMessages, validateObservations, wuwei14, type ObservationIssue } from "@wuwei/sti-plan";
 * const [issue]: readonly ObservationIssue[] = validateObservations(wuwei14, [42]).issues;
 * issue?.code; //=> "not-an-object"
 * issue?.path; //=> [0]
 * issue && issueMessages.en[issue.code](issue.params) === issue.message.en; //=> true
 * ```
 * @category Observations
 */
export interface ObservationIssue {
  /** 0-based index of the input row; `null` when the problem concerns the whole input or a file line that made no row. */
  readonly row: number | null;
  /** 1-based line of the file the row came from, when it came from a file reader. */
  readonly line?: number;
  /** Where in the input: `[row, field]`, `[row]` or `[]`. */
  readonly path: readonly (string | number)[];
  /** What kind of problem. */
  readonly code: ObservationIssueCode;
  /** Errors reject the row; warnings keep it (or drop a repeat that another row already gives). */
  readonly severity: "error" | "warning";
  /** What was found, rendered for people. */
  readonly received: string;
  /**
   * The values the message was built from: `issueMessages[lang][code](issue.params)` renders it again, in either
   * language or in a locale of your own.
   */
  readonly params: IssueParams;
  /** The message in Chinese and in English. */
  readonly message: { readonly zh: string; readonly en: string };
}

/**
 * Render an issue as one line of text in the chosen language: where it is (file line, row and field), then the
 * message.
 *
 * @param issue - the issue to render
 * @param lang - `"zh"` or `"en"`
 * @returns the text
 * @example
 * ```ts
 * import { formatIssue, validateObservations, wuwei14 } from "@wuwei/sti-plan";
 * const [issue] = validateObservations(wuwei14, ["2023,1.5"]).issues;
 * issue && formatIssue(issue, "en"); //=> 'rows[0]: expected a row object with indicator, region, year and value, received "2023,1.5"'
 * issue && formatIssue(issue, "zh"); //=> 'rows[0]：数据行应为包含指标、地区、年份和数值的对象，实际收到 "2023,1.5"'
 * ```
 * @category Observations
 */
export function formatIssue(issue: ObservationIssue, lang: IssueLanguage): string {
  const [row, ...rest] = issue.path;
  const where =
    typeof row === "number"
      ? `rows[${row}]${rest.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("")}`
      : "";
  const message = lang === "zh" ? issue.message.zh : issue.message.en;
  if (lang === "zh") {
    const place = [issue.line === undefined ? "" : `第${issue.line}行`, where].filter(Boolean).join("，");
    return place ? `${place}：${message}` : message;
  }
  const place = [issue.line === undefined ? "" : `line ${issue.line}`, where].filter(Boolean).join(", ");
  return place ? `${place}: ${message}` : message;
}

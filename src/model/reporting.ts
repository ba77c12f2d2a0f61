/**
 * The 口径 (reporting basis) of a figure: what one reported number of an indicator means. Plain lists and pure
 * functions, without zod, so that validation and the file readers can use them without bundling the schemas.
 *
 * @module
 */

/**
 * Every reporting basis, in a fixed order: `flow` (当年新增, the year's new amount), `running-total` (累计新增, the
 * running total added since the end of the plan's baseline year, 0 in that year) and `stock` (期末存量, the level at
 * the end of the year — for a rate or a ratio, the year's value).
 *
 * @example
 * ```ts
 * import { REPORTING_BASES } from "@wuwei/sti-plan";
 * REPORTING_BASES; //=> ["flow", "running-total", "stock"]
 * ```
 * @category Model
 */
export const REPORTING_BASES = Object.freeze(["flow", "running-total", "stock"] as const);

/**
 * A reporting basis (口径). See {@link REPORTING_BASES}.
 *
 * @example
 * ```ts
 * import type { Reporting } from "@wuwei/sti-plan";
 * const basis: Reporting = "running-total";
 * basis; //=> "running-total"
 * ```
 * @category Model
 */
export type Reporting = (typeof REPORTING_BASES)[number];

/**
 * The name of each reporting basis in Chinese and English, as the catalogue, the template, `--help` and the report
 * print them.
 *
 * @example
 * ```ts
 * import { REPORTING_LABELS } from "@wuwei/sti-plan";
 * REPORTING_LABELS["running-total"].zh; //=> "累计新增"
 * REPORTING_LABELS.flow.en; //=> "new in the year"
 * ```
 * @category Model
 */
export const REPORTING_LABELS: Readonly<Record<Reporting, { readonly zh: string; readonly en: string }>> =
  Object.freeze({
    flow: Object.freeze({ zh: "当年新增", en: "new in the year" }),
    "running-total": Object.freeze({ zh: "累计新增", en: "running total since the base year" }),
    stock: Object.freeze({ zh: "期末存量", en: "level at year end" }),
  });

/**
 * The reporting basis an indicator has when its data does not state one: `flow` when one of its targets is a
 * `cumulative` total (the target sums yearly flows), `running-total` when one is an `increment` (the target reads
 * the gain since the baseline), `stock` otherwise (end levels, ranks, annual floors, never-decrease).
 *
 * @param indicator - the indicator, with its own `reporting` if it states one
 * @returns the indicator's reporting basis
 * @example
 * ```ts
 * import { reportingOf } from "@wuwei/sti-plan";
 * reportingOf({ targets: [{ kind: "cumulative" }] }); //=> "flow"
 * reportingOf({ targets: [{ kind: "increment" }] }); //=> "running-total"
 * reportingOf({ targets: [] }); //=> "stock"
 * reportingOf({ reporting: "stock", targets: [{ kind: "increment" }] }); //=> "stock"
 * ```
 * @category Model
 */
export function reportingOf(indicator: {
  readonly reporting?: Reporting | undefined;
  readonly targets: readonly { readonly kind: string }[];
}): Reporting {
  if (indicator.reporting !== undefined) return indicator.reporting;
  if (indicator.targets.some((t) => t.kind === "cumulative")) return "flow";
  if (indicator.targets.some((t) => t.kind === "increment")) return "running-total";
  return "stock";
}

/** The words offices write for each basis, normalised (NFKC, no spaces, lower case). Longest first where it matters. */
const WORDS: readonly (readonly [Reporting, readonly string[]])[] = [
  [
    "running-total",
    [
      "running-total",
      "runningtotal",
      "running_total",
      "cumulative",
      "累计",
      "累计新增",
      "累计数",
      "累计值",
      "截至当年累计",
      "截止当年累计",
      "截至本年累计",
      "截至年底累计",
      "截至年末累计",
      "自基期累计",
      "十四五以来累计",
      "“十四五”以来累计",
      "本期累计",
      "累计完成",
    ],
  ],
  [
    "flow",
    [
      "flow",
      "yearly",
      "annual",
      "当年",
      "当年新增",
      "本年",
      "本年新增",
      "当年数",
      "本年数",
      "当期",
      "年度新增",
      "当年完成",
      "本年完成",
    ],
  ],
  [
    "stock",
    ["stock", "level", "期末", "期末数", "期末存量", "年末", "年末数", "年底数", "存量", "总量", "年末存量", "期末值"],
  ],
];

const LOOKUP: ReadonlyMap<string, Reporting> = new Map([
  ...WORDS.flatMap(([basis, words]) => words.map((w) => [normalise(w), basis] as const)),
  // The labels, in both languages, as the template writes them.
  ...REPORTING_BASES.flatMap((basis) =>
    [REPORTING_LABELS[basis].zh, REPORTING_LABELS[basis].en].map((w) => [normalise(w), basis] as const),
  ),
]);

function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").replace(/[（(]/g, "(").replace(/[）)]/g, ")").toLowerCase();
}

/**
 * The reporting basis a cell or field names — `flow`, `running-total`, `stock`, their labels, or the words offices
 * write (当年新增, 当年, 本年新增, 累计, 累计新增, 截至当年累计, 期末, 年末数, 存量 …) — or `undefined`.
 *
 * @param text - the text as written
 * @returns the basis, or `undefined` when the text names none
 * @example
 * ```ts
 * import { readReporting } from "@wuwei/sti-plan";
 * readReporting("截至当年累计"); //=> "running-total"
 * readReporting(" 本年新增 "); //=> "flow"
 * readReporting("年末数"); //=> "stock"
 * readReporting("running total since the base year"); //=> "running-total"
 * readReporting("万元"); //=> undefined
 * ```
 * @category Model
 */
export function readReporting(text: string): Reporting | undefined {
  if (text.length > 40) return undefined;
  return LOOKUP.get(normalise(text));
}

/**
 * The data of a scorecard and of a plan overview, independent of how they are printed.
 *
 * @module
 */
import type { Attribute, Comparator, Direction, LocalizedText, TargetKind } from "../model/schema.js";
import type {
  Assessment,
  AssessmentNote,
  AssessmentStatus,
  Method,
  ObservationIssue,
  ObservationStatus,
} from "./progress-types.js";

/**
 * The language of a rendered report: Chinese (`zh`, the default) or English (`en`).
 *
 * @example
 * ```ts
 * import type { Lang } from "@wuwei/sti-plan/report";
 * const lang: Lang = "en";
 * lang; //=> "en"
 * ```
 * @category Report
 */
export type Lang = "zh" | "en";

/**
 * The plan a report is about: id, title, document number and period.
 *
 * @example
 * ```ts
 * import { planOverview, type ReportPlan } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const plan: ReportPlan = planOverview(wuwei14).plan;
 * plan.number; //=> "武政办发〔2022〕9号"
 * ```
 * @category Report
 */
export interface ReportPlan {
  /** The plan's id (`wuwei-14`). */
  readonly id: string;
  /** The plan's title. */
  readonly title: LocalizedText;
  /** The document number (文号). */
  readonly number: string;
  /** First and last year of the plan period. */
  readonly period: { readonly start: number; readonly end: number };
}

/**
 * What a report row says about its indicator.
 *
 * @example
 * ```ts
 * import { planOverview, type ReportIndicator } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const row = planOverview(wuwei14).rows.find((r) => r.indicator.id === "rd-intensity");
 * const indicator: ReportIndicator | undefined = row?.indicator;
 * indicator?.unit.symbol.zh; //=> "%"
 * ```
 * @category Report
 */
export interface ReportIndicator {
  /** The indicator's id. */
  readonly id: string;
  /** Its name in Chinese and English. */
  readonly name: LocalizedText;
  /** Its unit: id and symbol. */
  readonly unit: { readonly id: string; readonly symbol: LocalizedText };
  /** Which way is better. */
  readonly direction: Direction;
  /** 预期性 (`expected`) or 约束性 (`binding`). */
  readonly attribute: Attribute;
  /** `true` for a binding (约束性) indicator, the ones a report must flag. */
  readonly binding: boolean;
  /** The chapter that states the indicator. */
  readonly chapter: string;
  /** The row of the headline table (表1), or `null`. */
  readonly headlineRow: number | null;
}

/**
 * A region named in a report row.
 *
 * @example
 * ```ts
 * import { planOverview, type ReportRegion } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const region: ReportRegion | undefined = planOverview(wuwei14, { region: "minqin" }).rows[0]?.region;
 * region?.name.zh; //=> "民勤县"
 * ```
 * @category Report
 */
export interface ReportRegion {
  /** The region's id. */
  readonly id: string;
  /** Its name. */
  readonly name: LocalizedText;
}

/**
 * The target of a report row, as the plan states it (or as revised).
 *
 * @example
 * ```ts
 * import { planOverview, type ReportTarget } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const row = planOverview(wuwei14).rows.find((r) => r.indicator.id === "tech-contract-turnover");
 * const target: ReportTarget | undefined = row?.target;
 * [target?.value, target?.year]; //=> ["28", 2025]
 * ```
 * @category Report
 */
export interface ReportTarget {
  /** The target's id. */
  readonly id: string;
  /** What the target counts (end level, annual floor, …). */
  readonly kind: TargetKind;
  /** The wording that decides what counts as achieved. */
  readonly comparator: Comparator;
  /** The figure, or `null` for a never-decrease target. */
  readonly value: string | null;
  /** The year it is due. */
  readonly year: number;
  /** The id of the revision in force, if the target was revised (动态调整). */
  readonly revision: string | null;
}

/**
 * One row of a scorecard: one target of one indicator in one region, with the assessment of the chosen method.
 *
 * @example
 * ```ts
 * import { scorecard, type ScorecardRow } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
 * const row: ScorecardRow | undefined = card.rows[0];
 * row?.status; //=> "not-assessable"
 * ```
 * @category Report
 */
export interface ScorecardRow {
  /** The indicator. */
  readonly indicator: ReportIndicator;
  /** The region the target applies to. */
  readonly region: ReportRegion;
  /** The target. */
  readonly target: ReportTarget;
  /** The baseline used, from the plan or reported, or `null` when there is none. */
  readonly baseline: {
    readonly year: number;
    readonly value: string;
    readonly origin: "plan" | "reported" | "definition";
  } | null;
  /** The latest reported value up to `asOf`, or `null`. */
  readonly latest: { readonly year: number; readonly value: string; readonly status?: ObservationStatus } | null;
  /**
   * For a cumulative target (累计) the schedule method judged: the running total its judgement uses — the sum of the
   * yearly figures of `from` (the first year counted) to `to` (the latest year), exact, with the latest figure's
   * status. The renderers print it in the latest-value cell (`累计 12 (2021-2023)`), where the last year's figure
   * alone (`4 (2023)`) would read as the whole. Absent for other targets and where no total could be formed.
   */
  readonly runningTotal?: {
    readonly from: number;
    readonly to: number;
    readonly value: string;
    readonly status?: ObservationStatus;
  };
  /** The status the method gives. */
  readonly status: AssessmentStatus;
  /**
   * The method's scalar figures (completion, time share, rates, …) by name, as exact decimal strings (counts as
   * whole numbers), `null` where undefined: what the tables print. The typed figures, per-year results included,
   * are in `assessment`.
   */
  readonly figures: Readonly<Record<string, string | null>>;
  /** The assessment of the row, typed: narrow on `method` and `kind` to read its named figures. */
  readonly assessment: Assessment;
  /** Why the row is not assessable, and other remarks, in Chinese and English. */
  readonly notes: readonly AssessmentNote[];
}

/**
 * Counts of rows by status, only the statuses that occur.
 *
 * @example
 * ```ts
 * import { scorecard, type StatusCounts } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const counts: StatusCounts = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" }).summary.byStatus;
 * counts["on-schedule"]; //=> undefined
 * ```
 * @category Report
 */
export type StatusCounts = Readonly<Partial<Record<AssessmentStatus, number>>>;

/**
 * Rows counted by status within a group (a chapter or a region).
 *
 * @example
 * ```ts
 * import { scorecard, type ScorecardGroup } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule", region: "wuwei" });
 * const group: ScorecardGroup | undefined = card.summary.byRegion[0];
 * group?.name.zh; //=> "武威市"
 * ```
 * @category Report
 */
export interface ScorecardGroup {
  /** The chapter or region id. */
  readonly id: string;
  /** Its title or name. */
  readonly name: LocalizedText;
  /** Number of rows in the group. */
  readonly total: number;
  /** Rows by status. */
  readonly byStatus: StatusCounts;
}

/**
 * The totals of a scorecard.
 *
 * @example
 * ```ts
 * import { scorecard, type ScorecardSummary } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
 * const summary: ScorecardSummary = card.summary;
 * summary.total === card.rows.length; //=> true
 * ```
 * @category Report
 */
export interface ScorecardSummary {
  /** Number of rows. */
  readonly total: number;
  /** Rows by status. */
  readonly byStatus: StatusCounts;
  /** Rows by the chapter that states the indicator, in the plan's chapter order. */
  readonly byChapter: readonly ScorecardGroup[];
  /** Rows by region, in the plan's region order. */
  readonly byRegion: readonly ScorecardGroup[];
  /** Rows of binding (约束性) indicators. */
  readonly binding: { readonly total: number; readonly byStatus: StatusCounts };
}

/**
 * A scorecard: every target of the plan (for every region it applies to, or one region) assessed by one method
 * as of one date, with the totals. Made by {@link scorecard}; printed by the `render*` functions.
 *
 * @example
 * ```ts
 * import { scorecard, type Scorecard } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const card: Scorecard = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
 * [card.kind, card.asOf, card.method, card.lang]; //=> ["scorecard", "2023-12-31", "schedule", "zh"]
 * ```
 * @category Report
 */
export interface Scorecard {
  /** Always `"scorecard"`; tells it apart from a {@link PlanOverview}. */
  readonly kind: "scorecard";
  /** The plan. */
  readonly plan: ReportPlan;
  /** The date the assessment is as of (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The method used. */
  readonly method: Method;
  /** The region the scorecard is limited to, or `null` for all. */
  readonly region: string | null;
  /** The language renderers use unless told otherwise. */
  readonly lang: Lang;
  /** One row per target and region. */
  readonly rows: readonly ScorecardRow[];
  /** The totals. */
  readonly summary: ScorecardSummary;
  /** Every input row that went into no row of the scorecard, and why (from `assessPlan`); the renderers list them. */
  readonly unused: readonly ObservationIssue[];
  /**
   * What reading and validating the file found (counts and every problem with its place), when the scorecard was
   * built from a file and the caller passed it ({@link ScorecardOptions}`.read`); every renderer prints it.
   */
  readonly read?: ReadSummary;
}

/**
 * One problem of a file as the reports list it: severity, code, the place in the file in both languages
 * ("第4行，地区" / "line 4, region", "民勤县!D4"), `null` for the whole file, and the message in Chinese and English.
 *
 * @example
 * ```ts
 * import type { ReadSummaryProblem } from "@wuwei/sti-plan/report";
 * const p: ReadSummaryProblem = { severity: "error", code: "not-a-number", place: { zh: "第3行，数值", en: "line 3, value" },
 *   message: { zh: "数值不是数字", en: "value is not a number" } };
 * p.place?.en; //=> "line 3, value"
 * ```
 * @category Report
 */
export interface ReadSummaryProblem {
  /** `error`: the row was rejected; `warning`: kept, with a remark; `info`: a line skipped on purpose, a cell without a figure. */
  readonly severity: "error" | "warning" | "info";
  /** The problem's code, from the reader (`ReadProblemCode`) or from validation (`ObservationIssueCode`). */
  readonly code: string;
  /** Where in the file, in both languages, or `null` for the whole file. */
  readonly place: LocalizedText | null;
  /** The message. */
  readonly message: LocalizedText;
}

/**
 * What reading and validating a file of reported figures found, for the reports: the file, its format, and the
 * counts — lines read, figures read, figures valid, figures used by the scorecard, lines skipped on purpose (titles,
 * footnotes, blank lines), cells without a figure, rows rejected (by the reader or by validation) — and the problems.
 * Built once by the caller (the CLI, from `readObservations` and `validateObservations`); the renderers only print it.
 *
 * @example
 * ```ts
 * import type { ReadSummary } from "@wuwei/sti-plan/report";
 * const read: ReadSummary = { source: "data.csv", format: "csv", encoding: "utf-8", layout: "long",
 *   counts: { lines: 3, read: 2, valid: 1, used: 1, skipped: 0, noFigure: 0, rejected: 1 }, problems: [] };
 * read.counts.rejected; //=> 1
 * ```
 * @category Report
 */
export interface ReadSummary {
  /** The file's name as the user gave it (`stdin` for standard input), or `null`. */
  readonly source: string | null;
  /** `csv`, `tsv`, `json`, `jsonl`, `xlsx`, or `null` when the file was none of these. */
  readonly format: string | null;
  /** The text encoding found (`utf-8`, `gb18030`, `utf-16le`, …), `null` for a workbook. */
  readonly encoding: string | null;
  /** `long` or `wide` for a table, else `null`. */
  readonly layout: string | null;
  /** The counts. */
  readonly counts: {
    /** Lines (or sheet rows) of the file looked at. */
    readonly lines: number;
    /** Figures the reader found. */
    readonly read: number;
    /** Figures that passed validation. */
    readonly valid: number;
    /** Valid figures that went into a row of the scorecard. */
    readonly used: number;
    /** Lines skipped on purpose: titles, footnotes, comments, blank lines. */
    readonly skipped: number;
    /** Cells with a missing marker (—, /, 暂无, empty): no figure, not an error. */
    readonly noFigure: number;
    /** Rows rejected, by the reader or by validation (rows with an error). */
    readonly rejected: number;
  };
  /** Every problem, errors and warnings and the information worth listing, in file order. */
  readonly problems: readonly ReadSummaryProblem[];
}

/**
 * One row of a plan overview: a target in a region, its baseline, the compound annual growth it requires and
 * the value each year on the straight line from baseline to target.
 *
 * @example
 * ```ts
 * import { planOverview, type PlanOverviewRow } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const row: PlanOverviewRow | undefined = planOverview(wuwei14).rows.find((r) => r.indicator.id === "tech-contract-turnover");
 * row?.milestones.map((m) => m.value); //=> ["16.88", "19.66", "22.44", "25.22", "28"]
 * ```
 * @category Report
 */
export interface PlanOverviewRow {
  /** The indicator. */
  readonly indicator: ReportIndicator;
  /** The region. */
  readonly region: ReportRegion;
  /** The target. */
  readonly target: ReportTarget;
  /** The plan's baseline for the region, or `null`. */
  readonly baseline: { readonly year: number; readonly value: string } | null;
  /** The compound annual growth rate from baseline to target as a fraction (`"0.1"` is 10 % a year), or `null`. */
  readonly requiredRate: string | null;
  /** The value due each year on the linear path from the baseline to the target (empty without one). */
  readonly milestones: readonly { readonly year: number; readonly value: string }[];
}

/**
 * What the plan commits to, without any reported figures: every target with its baseline, required growth and
 * yearly milestones. Made by {@link planOverview}.
 *
 * @example
 * ```ts
 * import { planOverview, type PlanOverview } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const overview: PlanOverview = planOverview(wuwei14, { lang: "en" });
 * [overview.kind, overview.lang]; //=> ["plan-overview", "en"]
 * ```
 * @category Report
 */
export interface PlanOverview {
  /** Always `"plan-overview"`; tells it apart from a {@link Scorecard}. */
  readonly kind: "plan-overview";
  /** The plan. */
  readonly plan: ReportPlan;
  /** The region the overview is limited to, or `null` for all. */
  readonly region: string | null;
  /** The language renderers use unless told otherwise. */
  readonly lang: Lang;
  /** One row per target and region. */
  readonly rows: readonly PlanOverviewRow[];
}

/**
 * What the renderers accept: a scorecard or a plan overview.
 *
 * @example
 * ```ts
 * import { planOverview, renderText, type Report } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const report: Report = planOverview(wuwei14);
 * renderText(report).startsWith(wuwei14.title.zh); //=> true
 * ```
 * @category Report
 */
export type Report = Scorecard | PlanOverview;

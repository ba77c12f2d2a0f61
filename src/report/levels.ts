/**
 * The scorecard by level: summaries per level (province, city, county…) and per region, every indicator's regions
 * ranked by completion against the time share, and a region × indicator matrix — all read from a scorecard, exact.
 *
 * @module
 */
import { Dec } from "../internal/decimal.js";
import { deepFreeze } from "../internal/freeze.js";
import type { Plan } from "../model/definePlan.js";
import type { RegionLevel } from "../model/schema.js";
import { type ClassOptions, EVALUATION_CLASSES, type EvaluationClass, evaluationClasses } from "./classes.js";
import type { AssessmentStatus, Method } from "./progress-types.js";
import { countStatuses } from "./table.js";
import type {
  Lang,
  ReportIndicator,
  ReportPlan,
  ReportRegion,
  ReportTarget,
  Scorecard,
  ScorecardRow,
  StatusCounts,
} from "./types.js";

/** The levels of a region tree, from the top. @internal */
export const LEVEL_ORDER: readonly RegionLevel[] = ["nation", "province", "city", "county", "township"];

/**
 * Counts of rows by evaluation class, only the classes that occur.
 *
 * @example
 * ```ts
 * import type { ClassCounts } from "@wuwei/sti-plan/report";
 * const counts: ClassCounts = { faster: 2, lagging: 1 };
 * counts.faster; //=> 2
 * ```
 * @category Report
 */
export type ClassCounts = Readonly<Partial<Record<EvaluationClass, number>>>;

/**
 * The rows of one level of the region tree (every province, every city, every county…), counted.
 *
 * @example
 * ```ts
 * import type { LevelSummary } from "@wuwei/sti-plan/report";
 * const county: LevelSummary = { level: "county", regions: 2, total: 2, byStatus: { "on-schedule": 2 }, byClass: { "in-line": 2 } };
 * county.regions; //=> 2
 * ```
 * @category Report
 */
export interface LevelSummary {
  /** The level. */
  readonly level: RegionLevel;
  /** How many regions of the level have at least one row. */
  readonly regions: number;
  /** Rows (targets × regions) of the level. */
  readonly total: number;
  /** Rows by status. */
  readonly byStatus: StatusCounts;
  /** Rows by evaluation class, or `null` for a scorecard not made by the schedule method. */
  readonly byClass: ClassCounts | null;
}

/**
 * The rows of one region, counted, with its place in the tree.
 *
 * @example
 * ```ts
 * import type { RegionSummary } from "@wuwei/sti-plan/report";
 * const r: RegionSummary = { region: { id: "minqin", name: { zh: "民勤县", en: "Minqin County" } }, level: "county",
 *   parent: { id: "wuwei", name: { zh: "武威市", en: "Wuwei City" } }, total: 1, byStatus: { "behind-schedule": 1 },
 *   byClass: { lagging: 1 } };
 * r.parent?.id; //=> "wuwei"
 * ```
 * @category Report
 */
export interface RegionSummary {
  /** The region. */
  readonly region: ReportRegion;
  /** Its level. */
  readonly level: RegionLevel;
  /** The region it belongs to (id and name), or `null` at the top. */
  readonly parent: ReportRegion | null;
  /** Its rows. */
  readonly total: number;
  /** Rows by status. */
  readonly byStatus: StatusCounts;
  /** Rows by evaluation class, or `null` for a scorecard not made by the schedule method. */
  readonly byClass: ClassCounts | null;
}

/**
 * One region's place in the ranking of a target: its status, class and schedule figures, exact.
 *
 * @example
 * ```ts
 * import type { RankingEntry } from "@wuwei/sti-plan/report";
 * const e: RankingEntry = { region: { id: "a", name: { zh: "甲县", en: "A" } }, status: "behind-schedule", class: "lagging",
 *   completion: "0.4", timeShare: "0.6", lead: "-0.2", rank: 2 };
 * e.rank; //=> 2
 * ```
 * @category Report
 */
export interface RankingEntry {
  /** The region. */
  readonly region: ReportRegion;
  /** The status the method gives. */
  readonly status: AssessmentStatus;
  /** The evaluation class, or `null` for a scorecard not made by the schedule method. */
  readonly class: EvaluationClass | null;
  /** Completion `C` (schedule method), exact, or `null`. */
  readonly completion: string | null;
  /** Time share `τ` (schedule method), exact, or `null`. */
  readonly timeShare: string | null;
  /** Lead `C − τ`, exact, or `null` where the row has none (not assessable, annual floors, ranks, other methods). */
  readonly lead: string | null;
  /**
   * Place by lead, 1 for the largest; regions with an equal lead share a place and the next place is skipped
   * (1, 2, 2, 4); `null` for a region without a lead.
   */
  readonly rank: number | null;
}

/**
 * The regions of one level ranked on one target of an indicator, by lead (completion minus time share).
 *
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { type IndicatorRanking, scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const levels = scorecardByLevel(scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" }), wuwei14);
 * const ranking: IndicatorRanking | undefined = levels.rankings.find(
 *   (r) => r.indicator.id === "fiscal-st-share" && r.level === "county",
 * );
 * [ranking?.entries.length, ranking?.unranked, ranking?.leaders]; //=> [4, 4, []]
 * ```
 * @category Report
 */
export interface IndicatorRanking {
  /** The indicator. */
  readonly indicator: ReportIndicator;
  /** The target (a level's own target, where the plan sets one per level). */
  readonly target: ReportTarget;
  /** The level of the regions ranked. */
  readonly level: RegionLevel;
  /**
   * Every region of the level the target applies to: those with a lead first, by lead from the largest (exact
   * decimal comparison; equal leads in the plan's region order), then those without one, in the plan's order,
   * with `rank: null` — named, never dropped.
   */
  readonly entries: readonly RankingEntry[];
  /** The regions with the largest lead (more than one on a tie); empty when no region has a lead. */
  readonly leaders: readonly ReportRegion[];
  /** The regions with the smallest lead (more than one on a tie); empty when no region has a lead. */
  readonly laggards: readonly ReportRegion[];
  /** How many entries have no lead (listed last). */
  readonly unranked: number;
}

/**
 * A column of the region × indicator matrix: an indicator, or one of its targets where a region has several.
 *
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { type LevelMatrixColumn, scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const levels = scorecardByLevel(scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" }), wuwei14);
 * const column: LevelMatrixColumn | undefined = levels.matrix.columns[0];
 * column?.target; //=> null
 * ```
 * @category Report
 */
export interface LevelMatrixColumn {
  /** The indicator. */
  readonly indicator: ReportIndicator;
  /**
   * The target's id when the indicator has more than one target for some region (one column each), else `null`:
   * one column for the indicator, whatever level's target each region has.
   */
  readonly target: string | null;
}

/**
 * A cell of the matrix: one row of the scorecard.
 *
 * @example
 * ```ts
 * import type { LevelMatrixCell } from "@wuwei/sti-plan/report";
 * const cell: LevelMatrixCell = { target: "fiscal-st-share.county", status: "on-schedule", class: "faster", lead: "0.1" };
 * cell.class; //=> "faster"
 * ```
 * @category Report
 */
export interface LevelMatrixCell {
  /** The id of the target of this row. */
  readonly target: string;
  /** The status the method gives. */
  readonly status: AssessmentStatus;
  /** The evaluation class, or `null` for a scorecard not made by the schedule method. */
  readonly class: EvaluationClass | null;
  /** Lead `C − τ`, exact, or `null`. */
  readonly lead: string | null;
}

/**
 * A row of the matrix: a region and its cell under each column (`null` where no target of the column applies).
 *
 * @example
 * ```ts
 * import type { LevelMatrixRow } from "@wuwei/sti-plan/report";
 * const row: LevelMatrixRow = { region: { id: "a", name: { zh: "甲县", en: "A" } }, level: "county", parent: null, cells: [null] };
 * row.cells.length; //=> 1
 * ```
 * @category Report
 */
export interface LevelMatrixRow {
  /** The region. */
  readonly region: ReportRegion;
  /** Its level. */
  readonly level: RegionLevel;
  /** The region it belongs to (id and name), or `null` at the top. */
  readonly parent: ReportRegion | null;
  /** One cell per column, in the columns' order. */
  readonly cells: readonly (LevelMatrixCell | null)[];
}

/**
 * A scorecard read by level. Made by {@link scorecardByLevel}; printed by {@link renderLevelsText},
 * {@link renderLevelsMarkdown}, {@link renderLevelsHtml}, {@link renderLevelsSvg} and `renderJson`.
 *
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { type ScorecardLevels, scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
 * const levels: ScorecardLevels = scorecardByLevel(card, wuwei14);
 * [levels.kind, levels.band, levels.matrix.rows.length]; //=> ["scorecard-levels", "0.05", 5]
 * ```
 * @category Report
 */
export interface ScorecardLevels {
  /** Always `"scorecard-levels"`. */
  readonly kind: "scorecard-levels";
  /** The plan. */
  readonly plan: ReportPlan;
  /** The scorecard's date. */
  readonly asOf: string;
  /** The scorecard's method; classes and leads exist only for `schedule`. */
  readonly method: Method;
  /** The region the scorecard is limited to, or `null`. */
  readonly region: string | null;
  /** The language renderers use unless told otherwise. */
  readonly lang: Lang;
  /** The band of the classes (see `scheduleClass`), or `null` for a scorecard not made by the schedule method. */
  readonly band: string | null;
  /** One summary per level that has rows, from the top (nation, province, city, county, township). */
  readonly levels: readonly LevelSummary[];
  /** One summary per region that has rows, in the plan's region order. */
  readonly regions: readonly RegionSummary[];
  /** One ranking per indicator, target and level, in the scorecard's order. */
  readonly rankings: readonly IndicatorRanking[];
  /** The region × indicator matrix: regions in the plan's order, indicators in the scorecard's order. */
  readonly matrix: { readonly columns: readonly LevelMatrixColumn[]; readonly rows: readonly LevelMatrixRow[] };
}

function classCounts(classes: readonly (EvaluationClass | null)[]): ClassCounts | null {
  if (classes.some((c) => c === null)) return null;
  const counts: Partial<Record<EvaluationClass, number>> = {};
  for (const cls of EVALUATION_CLASSES) {
    const n = classes.filter((c) => c === cls).length;
    if (n > 0) counts[cls] = n;
  }
  return counts;
}

/** The lead of a row: the schedule method's `lead`, else `C − τ` when both are there, else `null`. */
function leadOf(row: ScorecardRow): string | null {
  if (row.status === "not-assessable") return null;
  const lead = row.figures["lead"] ?? null;
  if (lead !== null) return lead;
  const c = row.figures["completion"] ?? null;
  const tau = row.figures["timeShare"] ?? null;
  return c === null || tau === null ? null : new Dec(c).minus(tau).toFixed();
}

/**
 * Read a scorecard by level of the region tree: how many targets each level and each region has in each status
 * and evaluation class; for each indicator, target and level, the regions ranked by their lead (completion minus
 * time share, `C − τ`, the schedule method's own figure, compared exactly), with the leaders and the laggards and
 * every region without an assessment listed last by name; and a region × indicator matrix whose cells hold the
 * status, class and lead. Nothing is rounded: the renderers round, by the library's one display rule.
 *
 * The classes and leads belong to the schedule method (see `evaluationClasses`); for a scorecard made by another
 * method they are `null`, every ranking entry is unranked, and the counts by status remain.
 *
 * @param card - a scorecard
 * @param plan - the plan the scorecard was made from: it gives each region's level and parent
 * @param options - the band of the classes (default `"0.05"`)
 * @returns the levels, deep-frozen
 * @throws RangeError when `plan` is not the scorecard's plan or lacks one of its regions
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2023-12-31", method: "schedule",
 * });
 * const levels = scorecardByLevel(card, wuwei14);
 * levels.levels.map((l) => l.level); //=> ["city", "county"]
 * const rd = levels.rankings.find((r) => r.indicator.id === "rd-intensity" && r.level === "city");
 * [rd?.entries[0]?.lead, rd?.entries[0]?.class, rd?.leaders.map((r) => r.id)]; //=> ["-0.225", "lagging", ["wuwei"]]
 * ```
 * @category Report
 */
export function scorecardByLevel(card: Scorecard, plan: Plan, options?: ClassOptions): ScorecardLevels {
  if (card.plan.id !== plan.id) {
    throw new RangeError(`the scorecard is of plan "${card.plan.id}", not of "${plan.id}"`);
  }
  const byId = new Map(plan.regions.map((r) => [r.id, r]));
  const named = (id: string): ReportRegion => {
    const found = byId.get(id);
    return { id, name: found ? { zh: found.name.zh, en: found.name.en } : { zh: id, en: id } };
  };
  const regionInfo = new Map(
    plan.regions.map((r, i) => [r.id, { level: r.level, parent: r.parent === undefined ? null : named(r.parent), i }]),
  );
  const info = (id: string) => {
    const found = regionInfo.get(id);
    if (found === undefined) throw new RangeError(`region "${id}" of the scorecard is not a region of the plan`);
    return found;
  };
  const classes = evaluationClasses(card, options ?? {});
  const rows = card.rows.map((row, i) => ({
    row,
    cls: classes === null ? null : (classes.byRow[i] ?? null),
    lead: classes === null ? null : leadOf(row),
    ...info(row.region.id),
  }));
  type Item = (typeof rows)[number];
  const summarise = (members: readonly Item[]) => ({
    total: members.length,
    byStatus: countStatuses(members.map((m) => m.row.status)),
    byClass: classes === null ? null : classCounts(members.map((m) => m.cls)),
  });

  const levels: LevelSummary[] = LEVEL_ORDER.flatMap((level) => {
    const members = rows.filter((m) => m.level === level);
    if (members.length === 0) return [];
    return [{ level, regions: new Set(members.map((m) => m.row.region.id)).size, ...summarise(members) }];
  });

  const byRegion = new Map<string, Item[]>();
  const push = (map: Map<string, Item[]>, key: string, m: Item) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [m]);
    else list.push(m);
  };
  for (const m of rows) push(byRegion, m.row.region.id, m);
  const regionOrder = [...byRegion.keys()].sort((a, b) => info(a).i - info(b).i);
  const regions: RegionSummary[] = regionOrder.map((id) => {
    const members = byRegion.get(id) ?? [];
    const first = members[0] as Item;
    return { region: first.row.region, level: first.level, parent: first.parent, ...summarise(members) };
  });

  // Rankings: one per indicator, target and level, in the scorecard's order of first appearance.
  const groups = new Map<string, Item[]>();
  for (const m of rows) {
    const key = `${m.row.indicator.id}\u0000${m.row.target.id}\u0000${m.level}`;
    push(groups, key, m);
  }
  const rankings: IndicatorRanking[] = [...groups.values()].map((members) => {
    const first = members[0] as Item;
    const inPlanOrder = [...members].sort((a, b) => a.i - b.i);
    const withLead = inPlanOrder.flatMap((m) => (m.lead === null ? [] : [{ m, lead: new Dec(m.lead) }]));
    // A stable sort keeps the plan's order among equal leads.
    const sorted = withLead.sort((a, b) => b.lead.cmp(a.lead));
    const entries: RankingEntry[] = [];
    sorted.forEach(({ m, lead }, n) => {
      const prev = sorted[n - 1];
      const rank = prev?.lead.eq(lead) ? (entries[n - 1]?.rank as number) : n + 1;
      entries.push(entry(m, rank));
    });
    for (const m of inPlanOrder) if (m.lead === null) entries.push(entry(m, null));
    const top = sorted[0]?.lead;
    const bottom = sorted.at(-1)?.lead;
    return {
      indicator: first.row.indicator,
      target: first.row.target,
      level: first.level,
      entries,
      leaders: top === undefined ? [] : sorted.filter((x) => x.lead.eq(top)).map((x) => r(x.m)),
      laggards: bottom === undefined ? [] : sorted.filter((x) => x.lead.eq(bottom)).map((x) => r(x.m)),
      unranked: members.length - sorted.length,
    };
  });

  // Matrix columns: one per indicator, or one per target of an indicator where a region has several of its targets.
  const columns: LevelMatrixColumn[] = [];
  const indicators = new Map<string, Item[]>();
  for (const m of rows) push(indicators, m.row.indicator.id, m);
  for (const members of indicators.values()) {
    const indicator = (members[0] as Item).row.indicator;
    const perRegion = new Map<string, number>();
    for (const m of members) perRegion.set(m.row.region.id, (perRegion.get(m.row.region.id) ?? 0) + 1);
    if ([...perRegion.values()].every((n) => n === 1)) columns.push({ indicator, target: null });
    else for (const id of new Set(members.map((m) => m.row.target.id))) columns.push({ indicator, target: id });
  }
  const matrixRows: LevelMatrixRow[] = regionOrder.map((id) => {
    const members = byRegion.get(id) ?? [];
    const first = members[0] as Item;
    return {
      region: first.row.region,
      level: first.level,
      parent: first.parent,
      cells: columns.map((column) => {
        const m = members.find(
          (x) =>
            x.row.indicator.id === column.indicator.id && (column.target === null || x.row.target.id === column.target),
        );
        return m === undefined ? null : { target: m.row.target.id, status: m.row.status, class: m.cls, lead: m.lead };
      }),
    };
  });

  return deepFreeze({
    kind: "scorecard-levels",
    plan: card.plan,
    asOf: card.asOf,
    method: card.method,
    region: card.region,
    lang: card.lang,
    band: classes === null ? null : classes.band,
    levels,
    regions,
    rankings,
    matrix: { columns, rows: matrixRows },
  });

  function r(m: Item): ReportRegion {
    return m.row.region;
  }
  function entry(m: Item, rank: number | null): RankingEntry {
    return {
      region: m.row.region,
      status: m.row.status,
      class: m.cls,
      completion: classes === null ? null : (m.row.figures["completion"] ?? null),
      timeShare: classes === null ? null : (m.row.figures["timeShare"] ?? null),
      lead: m.lead,
      rank,
    };
  }
}

/**
 * 口径 (reporting basis) in validation: each (indicator, region) series is converted exactly from the 口径 its rows
 * state to the indicator's own, and a series that states none but looks like the other reading is warned about.
 * Called by `validateObservations` once repeats are settled; the only place that converts between flows, running
 * totals and stocks (decisions reporting-conversion and reporting-warning in `docs/decisions.md`).
 *
 * @internal
 * @module
 */
import { Dec, toDecimalString } from "../internal/decimal.js";
import type { Plan } from "../model/definePlan.js";
import { REPORTING_LABELS, type Reporting, readReporting, reportingOf } from "../model/reporting.js";
import type { IssueParams, ObservationIssue } from "./issues.js";
import { makeIssue } from "./makeIssue.js";
import type { Observation } from "./schema.js";
import { compareFigures, type Draft, decOf, exactNumber, type Figures, type Series, seriesName } from "./series.js";

/** A kept row, with the 口径 it stated (none: the indicator's own). @internal */
export interface BasisCandidate {
  readonly row: number;
  readonly line: number | undefined;
  readonly observation: Observation;
  readonly reporting?: Reporting | undefined;
  /** The value as parsed, when the reader kept it. */
  readonly decimal?: Dec | undefined;
}

/**
 * Read the 口径 a row states: `undefined` for none, `null` for text that names no 口径.
 *
 * @internal
 */
export function statedReporting(value: unknown): Reporting | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") return null;
  if (value.trim() === "") return undefined;
  return readReporting(value) ?? null;
}

type Indicator = Plan["indicators"][number];

const labels = (basis: Reporting) => REPORTING_LABELS[basis];

/**
 * Convert one series to its indicator's 口径, or warn when it states none and looks like the other reading. A
 * rejected figure is marked dropped; a converted one replaces its observation.
 *
 * @internal
 */
export function applyReporting(plan: Plan, f: Figures, s: Series, issues: ObservationIssue[]): void {
  const { indicator } = s;
  if (s.idx.length === 0) return;
  const own = reportingOf(indicator);
  // In year order (each year has one figure once repeats are settled).
  const sorted = s.ordered ? s.idx : [...s.idx].sort((a, b) => (f.obs[a]?.year as number) - (f.obs[b]?.year as number));
  let stated = false;
  for (const i of sorted) if (f.rep[i] !== undefined) stated = true;
  if (!stated) {
    if (mayBeSuspect(plan, f, indicator, own, sorted)) {
      const warning = suspect(
        plan,
        indicator,
        own,
        sorted.map((i) => candidate(f, i)),
      );
      if (warning !== undefined) issues.push(warning);
    }
    return;
  }
  const replaced = new Map<number, BasisCandidate | null>();
  convert(
    plan,
    indicator,
    own,
    sorted.map((i) => candidate(f, i)),
    replaced,
    issues,
  );
  if (replaced.size === 0) return;
  for (const i of s.idx) {
    const r = replaced.get(f.row[i] as number);
    if (r === undefined) continue;
    if (r === null) f.dropped[i] = 1;
    else {
      f.obs[i] = r.observation as Draft;
      if (r.decimal !== f.dec[i] && r.decimal !== undefined) {
        f.dec[i] = r.decimal;
        f.num[i] = exactNumber(r.decimal, r.observation.value);
      }
    }
  }
  s.idx = s.idx.filter((i) => f.dropped[i] !== 1);
}

const candidate = (f: Figures, i: number): BasisCandidate => ({
  row: f.row[i] as number,
  line: f.line[i],
  observation: f.obs[i] as Observation,
  reporting: f.rep[i],
  decimal: f.dec[i],
});

/**
 * What {@link suspect} looks at first, by comparisons alone: whether the series could fire at all (rising flows over
 * three consecutive years from a positive figure; running totals that fall from one year to the next). Only a series
 * that passes is examined in full.
 */
function mayBeSuspect(
  plan: Plan,
  f: Figures,
  indicator: Indicator,
  own: Reporting,
  sorted: readonly number[],
): boolean {
  if (own === "stock" || indicator.direction !== "increase") return false;
  const B = plan.baselineYear;
  const yearOf = (i: number) => f.obs[i]?.year as number;
  let first = 0;
  while (first < sorted.length && yearOf(sorted[first] as number) <= B) first++;
  if (first === sorted.length) return false;
  if (own === "flow") {
    if (sorted.length - first < MIN_RUN) return false;
    for (let k = first + 1; k < sorted.length; k++) {
      const prev = sorted[k - 1] as number;
      const cur = sorted[k] as number;
      if (yearOf(cur) !== yearOf(prev) + 1 || compareFigures(f, cur, prev) <= 0) return false;
    }
    return decOf(f, sorted[first] as number).gt(0);
  }
  // With the baseline year's figure, if any, before the later ones.
  const start = first > 0 && yearOf(sorted[first - 1] as number) === B ? first - 1 : first;
  for (let k = start + 1; k < sorted.length; k++) {
    const prev = sorted[k - 1] as number;
    const cur = sorted[k] as number;
    if (yearOf(cur) === yearOf(prev) + 1 && compareFigures(f, cur, prev) < 0) return true;
  }
  return false;
}

function baseParams(plan: Plan, indicator: Indicator, own: Reporting, c: BasisCandidate): IssueParams {
  return {
    received: JSON.stringify(c.observation.value),
    field: "reporting",
    indicator: indicator.id,
    indicatorName: indicator.name,
    reporting: own,
    reportingName: labels(own),
    detailText: seriesName(plan, indicator, c.observation.region),
  };
}

/**
 * Convert one series (sorted by year) to the indicator's 口径 through the running total since the end of the
 * baseline year B, which is 0 in B by definition: a flow adds to the previous year's running total, a stock less the
 * stock at the end of B is the running total. Rows already in the indicator's 口径 are kept as they are.
 */
function convert(
  plan: Plan,
  indicator: Indicator,
  own: Reporting,
  series: readonly BasisCandidate[],
  replaced: Map<number, BasisCandidate | null>,
  issues: ObservationIssue[],
): void {
  const B = plan.baselineYear;
  const byYear = new Map(series.map((c) => [c.observation.year, c]));
  const basisOf = (c: BasisCandidate): Reporting => c.reporting ?? own;
  const region = series[0]?.observation.region ?? "";
  // The stock at the end of the baseline year: a stock row of that year, else the plan's baseline when the
  // indicator's own figures are stocks.
  const baseRow = byYear.get(B);
  let stockAtBase: Dec | undefined;
  if (baseRow !== undefined && basisOf(baseRow) === "stock") stockAtBase = new Dec(baseRow.observation.value);
  else if (own === "stock") {
    const b = indicator.baselines.find((x) => x.region === region && x.year === B);
    if (b !== undefined) stockAtBase = new Dec(b.value);
  }

  // Running total at the end of year y: a decimal, or the reason it cannot be known.
  type Known = { ok: true; value: Dec } | { ok: false; detail: "gap" | "stock-base"; year: number };
  const memo = new Map<number, Known>();
  const runningTotal = (y: number): Known => {
    if (y === B) return { ok: true, value: new Dec(0) };
    const seen = memo.get(y);
    if (seen !== undefined) return seen;
    let result: Known;
    const c = byYear.get(y);
    if (c === undefined) result = { ok: false, detail: "gap", year: y };
    else {
      const v = new Dec(c.observation.value);
      const basis = basisOf(c);
      if (basis === "running-total") result = { ok: true, value: v };
      else if (basis === "stock") {
        result =
          stockAtBase === undefined
            ? { ok: false, detail: "stock-base", year: B }
            : { ok: true, value: v.minus(stockAtBase) };
      } else {
        const before = runningTotal(y - 1);
        result = before.ok ? { ok: true, value: before.value.plus(v) } : before;
      }
    }
    memo.set(y, result);
    return result;
  };

  for (const c of series) {
    const stated = basisOf(c);
    if (stated === own) {
      if (c.reporting !== undefined) {
        replaced.set(c.row, { ...c, observation: { ...c.observation, reporting: own } });
      }
      continue;
    }
    const y = c.observation.year;
    const refuse = (detail: "gap" | "stock-base" | "before-base", year: number) => {
      replaced.set(c.row, null);
      issues.push(
        makeIssue(
          "reporting-not-convertible",
          "error",
          c.row,
          [c.row, "reporting"],
          {
            ...baseParams(plan, indicator, own, c),
            stated,
            statedName: labels(stated),
            year,
            from: B,
            detail,
          },
          c.line,
        ),
      );
    };
    let value: Dec | undefined;
    if (y < B || (y === B && own === "flow")) {
      refuse("before-base", y);
      continue;
    }
    if (own === "running-total") {
      const rt = runningTotal(y);
      if (!rt.ok) refuse(rt.detail, rt.year);
      else value = rt.value;
    } else if (own === "flow") {
      const now = runningTotal(y);
      const before = runningTotal(y - 1);
      if (!now.ok) refuse(now.detail, now.year);
      else if (!before.ok) refuse(before.detail, before.year);
      else value = now.value.minus(before.value);
    } else {
      const rt = runningTotal(y);
      if (stockAtBase === undefined) refuse("stock-base", B);
      else if (!rt.ok) refuse(rt.detail, rt.year);
      else value = stockAtBase.plus(rt.value);
    }
    if (value !== undefined) {
      replaced.set(c.row, {
        ...c,
        observation: { ...c.observation, value: toDecimalString(value), reporting: own },
        decimal: value,
      });
    }
  }
}

/** Fewest figures in consecutive years before a flow series is said to look like running totals. */
const MIN_RUN = 3;

/**
 * A series without a statement that looks like the other reading: flows that rise every year over at least three
 * consecutive years and end at 0.8 × n × the first figure or more (running totals of n similar years end at about
 * n × the first); running totals that fall from one year to the next (running totals of additions never fall).
 */
function suspect(
  plan: Plan,
  indicator: Indicator,
  own: Reporting,
  series: readonly BasisCandidate[],
): ObservationIssue | undefined {
  if (own === "stock" || indicator.direction !== "increase") return undefined;
  const B = plan.baselineYear;
  const after = series.filter((c) => c.observation.year > B);
  const last = after[after.length - 1];
  if (last === undefined) return undefined;
  const values = after.map((c) => new Dec(c.observation.value));
  const sum = values.reduce((s, v) => s.plus(v), new Dec(0));
  const latest = values[values.length - 1] as Dec;
  const years = after.map((c) => c.observation.year);
  let fires = false;
  let figure: Dec;
  let otherFigure: Dec;
  let at: BasisCandidate = last;
  if (own === "flow") {
    const consecutive = years.every((y, i) => i === 0 || y === (years[i - 1] as number) + 1);
    const rising = values.every((v, i) => i === 0 || v.gt(values[i - 1] as Dec));
    const firstValue = values[0] as Dec;
    fires =
      after.length >= MIN_RUN &&
      consecutive &&
      rising &&
      firstValue.gt(0) &&
      latest.gte(firstValue.times(after.length).times("0.8"));
    figure = sum;
    otherFigure = latest;
  } else {
    const base = series.find((c) => c.observation.year === B);
    const withBase = base === undefined ? after : [base, ...after];
    for (let i = 1; i < withBase.length; i++) {
      const prev = withBase[i - 1] as BasisCandidate;
      const cur = withBase[i] as BasisCandidate;
      if (
        cur.observation.year === prev.observation.year + 1 &&
        new Dec(cur.observation.value).lt(new Dec(prev.observation.value))
      ) {
        fires = true;
        at = cur;
        break;
      }
    }
    figure = base === undefined ? latest : latest.minus(new Dec(base.observation.value));
    otherFigure = sum;
  }
  if (!fires) return undefined;
  const other: Reporting = own === "flow" ? "running-total" : "flow";
  return makeIssue(
    "reporting-suspect",
    "warning",
    at.row,
    [at.row, "value"],
    {
      ...baseParams(plan, indicator, own, at),
      received: after.map((c) => c.observation.value).join(", "),
      stated: other,
      statedName: labels(other),
      from: years[0] as number,
      to: last.observation.year,
      figure: toDecimalString(figure),
      otherFigure: toDecimalString(otherFigure),
    },
    at.line,
  );
}

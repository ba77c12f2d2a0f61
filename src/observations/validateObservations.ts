/**
 * Checking reported figures against a plan: every row becomes an observation or is named by an issue.
 *
 * @module
 */
import type { Dec } from "../internal/decimal.js";
import { freezeParams } from "../internal/freeze.js";
import { convertible } from "../internal/units.js";
import type { Plan } from "../model/definePlan.js";
import type { Reporting } from "../model/reporting.js";
import { findUnit, indicatorsOf, normaliseName, ownLevelOf, type Resolver, regionsOf } from "../model/resolve.js";
import { applyReporting, statedReporting } from "./basis.js";
import { describe, truncate } from "./describe.js";
import type { IssueParams, ObservationIssue, ObservationIssueCode } from "./issues.js";
import { issueMessage, issueOf, makeIssue } from "./makeIssue.js";
import { plausibilityIssues } from "./plausibility.js";
import { type ParseFailure, parseValue } from "./safeParseValue.js";
import type { Observation, ObservationStatus } from "./schema.js";
import { type Draft, exactNumber, type Figures, newFigures, type Series } from "./series.js";
import { precedence, readStatus } from "./status.js";

/**
 * Options of {@link validateObservations}.
 *
 * @example
 * ```ts
 * import type { ValidateObservationsOptions } from "@wuwei/sti-plan";
 * const options: ValidateObservationsOptions = { years: { from: 2020, to: 2025 } };
 * options.years?.to; //=> 2025
 * ```
 * @category Observations
 */
export interface ValidateObservationsOptions {
  /**
   * The years figures may be reported for, inclusive. Default: five years before the plan's baseline year to five
   * years after its period (2015–2030 for the 14th plan).
   */
  readonly years?: { readonly from?: number; readonly to?: number };
}

/**
 * The result of {@link validateObservations}.
 *
 * Every input row is exactly one of: kept (its index is in `rows`), rejected (named by at least one `error` issue),
 * or dropped as a repeat (named by a `duplicate-identical` or `superseded` warning).
 *
 * @example
 * ```ts
 * import { validateObservations, wuwei14, type ValidateObservationsResult } from "@wuwei/sti-plan";
 * const result: ValidateObservationsResult = validateObservations(wuwei14, []);
 * result.observations.length; //=> 0
 * ```
 * @category Observations
 */
export interface ValidateObservationsResult {
  /** The valid figures, normalised: ids, integer years, values as decimal strings in the indicator's unit. */
  readonly observations: readonly Observation[];
  /** For each observation, the 0-based index of the input row it came from. */
  readonly rows: readonly number[];
  /** Every problem found, errors and warnings, in row order. */
  readonly issues: readonly ObservationIssue[];
}

const FIELDS = new Set([
  "indicator",
  "region",
  "year",
  "value",
  "unit",
  "status",
  "reporting",
  "source",
  "note",
  "line",
]);

/**
 * Check reported figures against a plan and normalise them. Never throws, whatever it is given: not an array,
 * `null` rows, nested garbage, `__proto__` keys, huge strings, getters that throw.
 *
 * A row is an object with `indicator` (id, Chinese or English name), `region` (id, name or alias such as 天祝县 or
 * 凉州), `year` (a number or text such as "2023" or "２０２３年"), `value` (see {@link safeParseValue}: "1,234",
 * "14.1亿元", "１．５%"), and optionally `unit` (the unit `value` is in), `status` (normal/A/正式, provisional/P/初步,
 * estimated/E/估计, forecast/F/预测, break/B/断点), `reporting` (the 口径 the value is in: flow/当年新增,
 * running-total/累计新增/截至当年累计, stock/期末存量/年末数), `source` and `note`. A positive integer `line` (set by the file
 * readers of `@wuwei/sti-plan/io`) is copied to the row's issues. Other keys are warned about and ignored.
 *
 * Values are converted exactly to the indicator's unit and checked against it (no negative figures; percentages in
 * 0–100; ranks from 1 to the peer-set size; whole counts). The region must be one the indicator is reported for,
 * or — for a whole-area indicator that adds up (`sum`, `ratio`, a ratio's component) — below one: a contribution.
 * Two figures for the same indicator, region and year: an identical repeat is dropped with a warning; different
 * figures are settled by status (normal > provisional > estimated > forecast, the weaker one dropped with a
 * `superseded` warning), otherwise each is an error.
 *
 * Each indicator's series in each region is then put in the indicator's own 口径 ({@link reportingOf}): a figure
 * stated in another is converted exactly (a running total to a flow by differencing, the running total of the
 * baseline year being 0; flows to a running total by summing; a stock through the stock at the end of the baseline
 * year), or rejected with `reporting-not-convertible` when a year it needs is missing. A series that states no 口径
 * but looks like the other reading gets a `reporting-suspect` warning naming both figures; it is never changed.
 *
 * @param plan - the plan whose indicators, regions and units the figures refer to
 * @param rows - the figures as reported (any value; an array of row objects is expected)
 * @param options - the allowed years
 * @returns the valid observations, the input row of each, and every issue
 * @example
 * ```ts
 * import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
 * const { observations, issues } = validateObservations(wuwei14, null);
 * observations; //=> []
 * issues.map((i) => i.code); //=> ["not-an-array"]
 * ```
 * @category Observations
 */
export function validateObservations(
  plan: Plan,
  rows: unknown,
  options: ValidateObservationsOptions = {},
): ValidateObservationsResult {
  const issues: ObservationIssue[] = [];
  let list: readonly unknown[] | undefined;
  let length = 0;
  try {
    if (Array.isArray(rows)) {
      list = rows;
      length = rows.length;
    }
  } catch {
    list = undefined;
  }
  if (list === undefined) {
    issues.push(makeIssue("not-an-array", "error", null, [], { received: describe(rows) }));
    return freezeResult([], [], issues);
  }

  const from = options.years?.from ?? plan.baselineYear - 5;
  const to = options.years?.to ?? plan.period.end + 5;
  const context = makeContext(plan, from, to);
  const figures = newFigures();
  const all: Series[] = [];
  const bySeries = new Map<Plan["indicators"][number], Map<string, Series>>();

  for (let index = 0; index < length; index++) {
    try {
      const row = list[index];
      if (typeof row !== "object" || row === null || Array.isArray(row)) {
        issues.push(makeIssue("not-an-object", "error", index, [index], { received: describe(row) }));
        continue;
      }
      // The fields are read once, in a fixed order (a getter runs once); a row the fast path below does not
      // accept outright goes to `checkRow`, which finds every problem it has.
      const lineValue = own(row, "line");
      const line =
        typeof lineValue === "number" && Number.isInteger(lineValue) && lineValue > 0 ? lineValue : undefined;
      const indicatorValue = own(row, "indicator");
      const regionValue = own(row, "region");
      const yearValue = own(row, "year");
      const value = own(row, "value");
      const unitValue = own(row, "unit");
      const statusValue = own(row, "status");
      const reportingValue = own(row, "reporting");
      const source = own(row, "source");
      const note = own(row, "note");
      // Fast path: everything plain and right. Each step either accepts its field or leaves `ok` false.
      let ok = false;
      let indicator: Plan["indicators"][number] | undefined;
      let series: Series | undefined;
      let year = 0;
      let parsed: FastValue | undefined;
      let status: ObservationStatus | undefined | null;
      let reporting: Reporting | undefined | null;
      if (typeof indicatorValue === "string" && typeof regionValue === "string") {
        indicator = context.indicator(indicatorValue);
        const region = indicator === undefined ? undefined : context.regions.resolve(regionValue);
        if (indicator !== undefined && region !== undefined) {
          series = bySeries.get(indicator)?.get(region);
          if (series === undefined && context.scope(indicator).has(region))
            series = seriesOf(bySeries, all, indicator, region);
        }
        if (series !== undefined) {
          year = readYear(yearValue) ?? 0;
          status = context.status(statusValue);
          reporting =
            typeof reportingValue === "string" ? context.reporting(reportingValue) : statedReporting(reportingValue);
          ok =
            year >= from &&
            year <= to &&
            year !== 0 &&
            status !== null &&
            reporting !== null &&
            plainText(source) &&
            plainText(note);
          if (ok) {
            parsed = context.value(indicator as Plan["indicators"][number], value, unitValue);
            ok = parsed !== undefined && knownKeys(row);
          }
        }
      }
      if (!ok || parsed === undefined || series === undefined || indicator === undefined) {
        const fields = {
          indicator: indicatorValue,
          region: regionValue,
          year: yearValue,
          value,
          unit: unitValue,
          status: statusValue,
          reporting: reportingValue,
          source,
          note,
        };
        const candidate = checkRow(context, row, index, issues, line, fields);
        if (candidate === undefined) continue;
        // A row with warnings only (an unknown column) is kept.
        const ind = context.indicatorById.get(candidate.observation.indicator) as Plan["indicators"][number];
        const s = seriesOf(bySeries, all, ind, candidate.observation.region);
        const d = candidate.decimal as Dec;
        const o = candidate.observation;
        add(figures, s, o, index, line, d, exactNumber(d, o.value), candidate.reporting);
        continue;
      }
      const o: Draft = { indicator: indicator.id, region: series.region, year, value: parsed, unit: indicator.unit };
      if (status !== undefined && status !== null) o.status = status;
      if (typeof source === "string" ? source.trim() !== "" : typeof source === "number") o.source = String(source);
      if (typeof note === "string" ? note.trim() !== "" : typeof note === "number") o.note = String(note);
      add(figures, series, o, index, line, undefined, context.number, reporting ?? undefined);
    } catch (error) {
      // Reading the row threw part-way (a getter, a proxy): reject the whole row.
      issues.push(
        makeIssue("unreadable-row", "error", index, [index], {
          received: "the row",
          detail: truncate(errorText(error)),
        }),
      );
    }
  }

  // The later steps, series by series; their issues are merged into the row checks' by row.
  const later: ObservationIssue[] = [];
  for (const s of all) if (s.repeated !== undefined) settleRepeats(context, figures, s, later);
  // 口径: each series converted to its indicator's own, or warned about (src/observations/basis.ts).
  for (const s of all) applyReporting(plan, figures, s, later);
  // Plausibility of the figures as they will be assessed (src/observations/plausibility.ts); never changes one.
  plausibilityIssues(plan, figures, all, bySeries, later);

  const observations: Observation[] = [];
  const kept: number[] = [];
  const { obs, dropped } = figures;
  for (let i = 0; i < obs.length; i++) {
    if (dropped[i] === 1) continue;
    observations.push(Object.freeze(obs[i] as Draft));
    kept.push(figures.row[i] as number);
  }
  // A loop, not push(...): spreading 100,000+ issues as arguments overflows the stack.
  for (const issue of later) issues.push(issue);
  if (later.length > 0) issues.sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
  return freezeResult(observations, kept, issues);
}

/** Append an accepted figure to the columns and to its series. */
function add(
  f: Figures,
  s: Series,
  o: Draft,
  row: number,
  line: number | undefined,
  d: Dec | undefined,
  n: number,
  reporting: Reporting | undefined,
): void {
  const i = f.obs.length;
  f.obs.push(o);
  f.row.push(row);
  f.line.push(line);
  f.dec.push(d);
  f.num.push(n);
  f.rep.push(reporting);
  f.dropped.push(0);
  const year = o.year;
  if (s.byYear === undefined && year >= s.maxYear) {
    // Years that never fall: a repeat can only be of the latest year, and its figures stand together.
    if (year === s.maxYear) {
      if (s.repeated === undefined) s.repeated = [year];
      else if (s.repeated[s.repeated.length - 1] !== year) s.repeated.push(year);
    }
    s.maxYear = year;
    s.idx.push(i);
    return;
  }
  // Not after every year so far: look the year up (the map is made the first time).
  s.ordered = false;
  let byYear = s.byYear;
  if (byYear === undefined) {
    byYear = new Map();
    for (const j of s.idx) {
      const y = f.obs[j]?.year as number;
      const known = byYear.get(y);
      if (known === undefined) byYear.set(y, j);
      else if (typeof known === "number") byYear.set(y, [known, j]);
      else known.push(j);
    }
    s.byYear = byYear;
  }
  s.idx.push(i);
  if (year > s.maxYear) s.maxYear = year;
  const before = byYear.get(year);
  if (before === undefined) byYear.set(year, i);
  else if (typeof before === "number") {
    byYear.set(year, [before, i]);
    if (s.repeated === undefined) s.repeated = [year];
    else s.repeated.push(year);
  } else before.push(i);
}

/** The series of an indicator in a region, made (and listed) the first time. */
function seriesOf(
  bySeries: Map<Plan["indicators"][number], Map<string, Series>>,
  all: Series[],
  indicator: Plan["indicators"][number],
  region: string,
): Series {
  let inIndicator = bySeries.get(indicator);
  if (inIndicator === undefined) {
    inIndicator = new Map();
    bySeries.set(indicator, inIndicator);
  }
  let s = inIndicator.get(region);
  if (s === undefined) {
    s = newSeries(indicator, region);
    inIndicator.set(region, s);
    all.push(s);
  }
  return s;
}

function newSeries(indicator: Plan["indicators"][number], region: string): Series {
  return {
    indicator,
    region,
    idx: [],
    maxYear: Number.NEGATIVE_INFINITY,
    ordered: true,
    byYear: undefined,
    repeated: undefined,
  };
}

/** A figure read on the fast path: its canonical decimal string; its number is left in `Context.number`. */
type FastValue = string;

interface Context {
  readonly plan: Plan;
  readonly indicators: Resolver;
  readonly regions: Resolver;
  readonly ownLevel: Resolver;
  readonly indicatorById: ReadonlyMap<string, Plan["indicators"][number]>;
  readonly unitById: ReadonlyMap<string, Plan["units"][number]>;
  readonly regionById: ReadonlyMap<string, Plan["regions"][number]>;
  readonly years: { readonly from: number; readonly to: number };
  /** The regions an indicator's figures may be reported for (see {@link regionScope}). */
  readonly scope: (indicator: Plan["indicators"][number]) => ReadonlySet<string>;
  /** The indicator a name resolves to, remembered per name. */
  readonly indicator: (text: string) => Plan["indicators"][number] | undefined;
  /** The status a field names: `undefined` for none, `null` for anything else than a known word. */
  readonly status: (value: unknown) => ObservationStatus | undefined | null;
  /** The 口径 a text names ({@link statedReporting}), remembered. */
  readonly reporting: (text: string) => Reporting | null | undefined;
  /**
   * The canonical decimal string of a plain figure (digits, an optional sign and fraction, at most 15 digits) that
   * passes every check of its indicator's unit with no conversion, its number left in `number`; `undefined` for
   * anything else, which `checkRow` then reads in full.
   */
  readonly value: (indicator: Plan["indicators"][number], input: unknown, unit: unknown) => FastValue | undefined;
  /** The number of the last figure `value` accepted. */
  number: number;
  /**
   * A value read in full ({@link parseValue}) for an indicator (none: only whether it is a figure at all), remembered
   * per `key` ({@link valueKey}; `undefined`: not remembered); `undefined` when the indicator's unit is unknown.
   */
  readonly parse: (
    key: string | undefined,
    indicator: Plan["indicators"][number] | undefined,
    input: unknown,
    unit: string | undefined,
  ) => Parsed | undefined;
  /**
   * The frozen params and the message of a problem, made once per `key` (`undefined`: made each time): a file that
   * misspells a name, or names a region out of scope, or writes a bad value, does so on many rows, and each row's
   * issue is the same problem at another place.
   */
  readonly problem: (key: string | undefined, code: ObservationIssueCode, params: () => IssueParams) => Problem;
  /** The names of an indicator's regions, listed in Chinese and in English, made once per indicator. */
  readonly regionNames: (indicator: Plan["indicators"][number]) => { readonly zh: string; readonly en: string };
}

/** What {@link parseValue} gives. */
type Parsed = ReturnType<typeof parseValue>;

/** The params of a problem, deep-frozen, and its message rendering them (when read). */
interface Problem {
  readonly params: IssueParams;
  readonly message: { readonly zh: string; readonly en: string };
}

/** Most problems or values remembered in one call, and the longest text remembered. */
const MAX_REMEMBERED = 10_000;
const MAX_TEXT = 200;

/** The key a value read in full is remembered by: the indicator, the stated unit and the text; none for other values. */
function valueKey(
  indicator: Plan["indicators"][number] | undefined,
  input: unknown,
  unit: string | undefined,
): string | undefined {
  if (typeof input !== "string" || input.length > MAX_TEXT || (unit !== undefined && unit.length > MAX_TEXT))
    return undefined;
  return `${indicator?.id ?? ""}\u0000${unit ?? ""}\u0000${input}`;
}

/** The key a problem about a text is shared by (`parts`, then the text); none for a text too long to remember. */
function sharedKey(text: string | undefined, ...parts: readonly string[]): string | undefined {
  return text === undefined || text.length > MAX_TEXT ? undefined : `${parts.join("\u0000")}\u0000${text}`;
}

/** The unit a value is read in when its indicator is unknown: only whether it is a figure at all is asked. */
const ANY_FIGURE = Object.freeze({
  id: "x",
  symbol: Object.freeze({ zh: "x", en: "x" }),
  dimension: "ratio",
  scale: 0,
} as const);

/** Remember a function's answers for one call, per text (files repeat the same few names). */
function rememberedText<T>(find: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  // A long text is not kept, except the last one: a row's fast path and its full check ask about the same text.
  let lastText: string | undefined;
  let lastFound: T | undefined;
  return (text) => {
    if (text.length > 200) {
      if (text !== lastText) {
        lastFound = find(text);
        lastText = text;
      }
      return lastFound as T;
    }
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    const found = find(text);
    if (seen.size < 10_000) seen.set(text, found);
    return found;
  };
}

function makeContext(plan: Plan, from: number, to: number): Context {
  const indicators = remembered(indicatorsOf(plan));
  // Region names and own-level names (市本级) normalise alike: each text is normalised once for both.
  const regionKey = rememberedText(normaliseName);
  const regionNames = regionsOf(plan);
  const ownLevelNames = ownLevelOf(plan);
  const regions = remembered({ ...regionNames, resolve: (text) => regionNames.byKey(regionKey(text)) });
  const indicatorById = new Map(plan.indicators.map((i) => [i.id, i]));
  const unitById = new Map(plan.units.map((u) => [u.id, u]));
  const statedUnit = rememberedText((text: string) => findUnit(text, plan.units));
  const status = rememberedText((text: string) => (text.trim() === "" ? undefined : (readStatus(text) ?? null)));
  const regionById = new Map(plan.regions.map((r) => [r.id, r]));
  const parsedValues = new Map<string, Parsed>();
  const problems = new Map<string, Problem>();
  const namesOfRegions = new Map<string, { readonly zh: string; readonly en: string }>();
  const context: Context = {
    plan,
    indicators,
    regions,
    ownLevel: { ...ownLevelNames, resolve: (text) => ownLevelNames.byKey(regionKey(text)) },
    indicatorById,
    unitById,
    regionById,
    years: { from, to },
    scope: regionScope(plan),
    indicator: rememberedText((text: string) => {
      const id = indicators.resolve(text);
      return id === undefined ? undefined : indicatorById.get(id);
    }),
    status: (value) =>
      value === undefined || value === null ? undefined : typeof value === "string" ? status(value) : null,
    reporting: rememberedText(statedReporting),
    number: 0,
    parse: (key, indicator, input, unitText) => {
      const known = key === undefined ? undefined : parsedValues.get(key);
      if (known !== undefined) return known;
      let parsed: Parsed | undefined;
      if (indicator === undefined) parsed = parseValue(input, { unit: ANY_FIGURE });
      else {
        const unit = unitById.get(indicator.unit);
        if (unit === undefined) return undefined;
        parsed = parseValue(input, {
          unit,
          plan,
          ...(unitText === undefined ? {} : { from: unitText }),
          ...(indicator.peers === undefined ? {} : { peers: indicator.peers }),
        });
      }
      if (key !== undefined && parsedValues.size < MAX_REMEMBERED) parsedValues.set(key, parsed);
      return parsed;
    },
    problem: (key, code, params) => {
      const known = key === undefined ? undefined : problems.get(key);
      if (known !== undefined) return known;
      const frozen = freezeParams(params());
      const made: Problem = { params: frozen, message: issueMessage(code, frozen) };
      if (key !== undefined && problems.size < MAX_REMEMBERED) problems.set(key, made);
      return made;
    },
    regionNames: (indicator) => {
      let names = namesOfRegions.get(indicator.id);
      if (names === undefined) {
        const list = indicator.regions.map((id) => regionById.get(id)?.name ?? { zh: id, en: id });
        names = Object.freeze({ zh: list.map((n) => n.zh).join("、"), en: list.map((n) => n.en).join(", ") });
        namesOfRegions.set(indicator.id, names);
      }
      return names;
    },
    value: (indicator, input, unitInput) => {
      const unit = unitById.get(indicator.unit);
      if (unit === undefined) return undefined;
      if (unitInput !== undefined && unitInput !== null) {
        if (typeof unitInput !== "string") return undefined;
        if (unitInput.trim() !== "") {
          // A stated unit the figure needs no conversion from.
          const stated = statedUnit(unitInput);
          if (stated === undefined || stated.scale !== unit.scale || !convertible(stated, unit)) return undefined;
        }
      }
      let text: string;
      if (typeof input === "string") text = input;
      else if (typeof input === "number" && Number.isFinite(input)) text = String(input);
      else return undefined;
      const m = PLAIN.exec(text);
      if (m === null) return undefined;
      const integer = m[2] as string;
      const fraction = m[3] ?? "";
      if (integer.length + fraction.length > 15) return undefined;
      const significant = fraction.replace(TRAILING_ZEROS, "");
      const whole = significant === "";
      const zero = whole && integer === "0";
      const negative = m[1] === "-";
      const out = zero ? "0" : `${negative ? "-" : ""}${integer}${whole ? "" : "."}${significant}`;
      const value = Number(out);
      const dimension = unit.dimension;
      if (negative && !zero && dimension !== "ratio") return undefined;
      if (dimension === "percent" && value > 100) return undefined;
      if (dimension === "rank" && (!whole || value < 1 || (indicator.peers !== undefined && value > indicator.peers)))
        return undefined;
      if (dimension === "count" && !whole) return undefined;
      context.number = value;
      return out;
    },
  };
  return context;
}

/** A plain decimal: sign, integer part without leading zeros, fraction. */
const PLAIN = /^([+-]?)(0|[1-9]\d*)(?:\.(\d+))?$/;
const TRAILING_ZEROS = /0+$/;

/** Source and note the fast path keeps as they are: none, text, or a finite number. */
const plainText = (v: unknown): boolean => v == null || typeof v === "string" || Number.isFinite(v);

/** Whether every key of a row is one of {@link FIELDS} (a row that throws here is read again by `checkRow`). */
function knownKeys(row: object): boolean {
  try {
    for (const key in row) if (!FIELDS.has(key)) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * The regions each indicator's figures may come from: its own `regions`, and — for a whole-area indicator that
 * adds up (aggregation `sum` or `ratio`) or a component of a ratio — every region below one of them (or below one
 * of the ratio's regions): a child's figure is a contribution to its parent's, kept for the roll-up, never
 * rejected because the target names only the parent. Own-level (本级) indicators keep their list: a county's own
 * budget is no part of the city's. Worked out once per indicator, on first use.
 */
function regionScope(plan: Plan): (indicator: Plan["indicators"][number]) => ReadonlySet<string> {
  const children = new Map<string, string[]>();
  for (const r of plan.regions) {
    if (r.parent === undefined) continue;
    const list = children.get(r.parent);
    if (list === undefined) children.set(r.parent, [r.id]);
    else list.push(r.id);
  }
  const rootsOf = new Map<string, Set<string>>();
  for (const i of plan.indicators) {
    const own = rootsOf.get(i.id) ?? new Set<string>();
    for (const r of i.regions) own.add(r);
    rootsOf.set(i.id, own);
    if (i.aggregation.method !== "ratio") continue;
    for (const part of [i.aggregation.numerator, i.aggregation.denominator]) {
      const roots = rootsOf.get(part) ?? new Set<string>();
      for (const r of i.regions) roots.add(r);
      rootsOf.set(part, roots);
    }
  }
  const components = new Set(
    plan.indicators.flatMap((i) =>
      i.aggregation.method === "ratio" ? [i.aggregation.numerator, i.aggregation.denominator] : [],
    ),
  );
  const cache = new Map<string, ReadonlySet<string>>();
  return (indicator) => {
    const known = cache.get(indicator.id);
    if (known !== undefined) return known;
    const scope = new Set(indicator.regions);
    const adds = indicator.aggregation.method !== "none" || components.has(indicator.id);
    if (adds && indicator.basis !== "own-level") {
      const seen = new Set<string>();
      const stack = [...(rootsOf.get(indicator.id) ?? [])];
      for (let r = stack.pop(); r !== undefined; r = stack.pop()) {
        if (seen.has(r)) continue;
        seen.add(r);
        scope.add(r);
        for (const c of children.get(r) ?? []) stack.push(c);
      }
    }
    cache.set(indicator.id, scope);
    return scope;
  };
}

/** A resolver that remembers its answers for the length of one call: files repeat the same few names. */
function remembered(resolver: Resolver): Resolver {
  // Suggestions for a misspelt name: a file that misspells a name misspells it on every row.
  const suggested = new Map<string, readonly string[]>();
  return {
    resolve: rememberedText(resolver.resolve),
    byKey: resolver.byKey,
    suggest: (text) => {
      const known = suggested.get(text);
      // A copy each time: the caller's issue owns (and freezes) its list.
      if (known !== undefined) return [...known];
      const found = resolver.suggest(text);
      if (text.length <= 200 && suggested.size < 10_000) suggested.set(text, [...found]);
      return found;
    },
  };
}

/** Read an own property only (never the prototype: `__proto__` is data here), calling a getter if there is one. */
function own(row: object, key: string): unknown {
  // An own property only (never one inherited from a prototype); reading it calls an own getter as a descriptor
  // would, without allocating a descriptor for each of the nine fields of every row.
  return Object.hasOwn(row, key) ? (row as Record<string, unknown>)[key] : undefined;
}

const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** Every check of one row, whose fields the caller has read (once): the candidate, or its issues. */
function checkRow(
  context: Context,
  row: object,
  index: number,
  issues: ObservationIssue[],
  line: number | undefined,
  fields: Record<
    "indicator" | "region" | "year" | "value" | "unit" | "status" | "reporting" | "source" | "note",
    unknown
  >,
): Candidate | undefined {
  let failed = false;
  const add = (code: ObservationIssueCode, field: string | undefined, params: IssueParams, severity = "error") => {
    if (severity === "error") failed = true;
    const path = field === undefined ? [index] : [index, field];
    issues.push(makeIssue(code, severity as "error" | "warning", index, path, params, line));
  };
  // An error about a problem many rows may share (the same misspelt name, …): its params and message are made once
  // per key, each row's issue has its own place.
  const addShared = (key: string | undefined, code: ObservationIssueCode, field: string, params: () => IssueParams) => {
    failed = true;
    const problem = context.problem(key, code, params);
    const own: { -readonly [K in keyof IssueParams]: IssueParams[K] } = { ...problem.params };
    if (own.suggestions !== undefined) own.suggestions = Object.freeze([...own.suggestions]);
    issues.push(
      issueOf(code, "error", index, Object.freeze([index, field]), Object.freeze(own), problem.message, line),
    );
  };
  // A name that resolves to no indicator or region: the same problem, with suggestions, on every row that writes it.
  const addUnknown = (
    code: "unknown-indicator" | "unknown-region",
    field: "indicator" | "region",
    text: string | undefined,
    received: unknown,
    names: Resolver,
  ) =>
    addShared(sharedKey(text, code), code, field, () => ({
      field,
      received: describe(received),
      suggestions: text === undefined ? [] : names.suggest(text),
    }));

  // Indicator.
  let indicator: Plan["indicators"][number] | undefined;
  if (blank(fields.indicator)) {
    add("missing-field", "indicator", { field: "indicator", received: describe(fields.indicator) });
  } else {
    const text = typeof fields.indicator === "string" ? fields.indicator : undefined;
    const id = text === undefined ? undefined : context.indicators.resolve(text);
    indicator = id === undefined ? undefined : context.indicatorById.get(id);
    if (indicator === undefined) {
      addUnknown("unknown-indicator", "indicator", text, fields.indicator, context.indicators);
    }
  }

  // Region.
  let region: string | undefined;
  if (blank(fields.region)) {
    add("missing-field", "region", { field: "region", received: describe(fields.region) });
  } else {
    const text = typeof fields.region === "string" ? fields.region : undefined;
    region = text === undefined ? undefined : context.regions.resolve(text);
    // 市本级: the region's own level, a region only for an own-level indicator (decision city-own-level-name).
    const ownLevel = region === undefined && text !== undefined ? context.ownLevel.resolve(text) : undefined;
    if (ownLevel !== undefined && indicator?.basis === "own-level") region = ownLevel;
    if (region === undefined && ownLevel !== undefined && indicator !== undefined) {
      const named = context.plan.regions.find((r) => r.id === ownLevel);
      add("own-level-region", "region", {
        field: "region",
        received: describe(fields.region),
        indicator: indicator.id,
        indicatorName: indicator.name,
        regions: [ownLevel],
        regionNames: named?.name ?? { zh: ownLevel, en: ownLevel },
        detail: named?.level ?? "city",
      });
    } else if (region === undefined) {
      addUnknown("unknown-region", "region", text, fields.region, context.regions);
    } else if (indicator !== undefined && !context.scope(indicator).has(region)) {
      const of = indicator;
      const received = fields.region;
      addShared(sharedKey(text, "region-out-of-scope", of.id), "region-out-of-scope", "region", () => ({
        field: "region",
        received: describe(received),
        indicator: of.id,
        indicatorName: of.name,
        regions: of.regions,
        regionNames: context.regionNames(of),
      }));
    }
  }

  // Year.
  let year: number | undefined;
  if (blank(fields.year)) {
    add("missing-field", "year", { field: "year", received: describe(fields.year) });
  } else {
    year = readYear(fields.year);
    if (year === undefined) {
      add("not-a-number", "year", { field: "year", received: describe(fields.year) });
    } else if (year < context.years.from || year > context.years.to) {
      add("year-out-of-range", "year", {
        field: "year",
        received: describe(fields.year),
        from: context.years.from,
        to: context.years.to,
      });
      year = undefined;
    }
  }

  // Status.
  let status: ObservationStatus | undefined;
  if (!blank(fields.status)) {
    status = typeof fields.status === "string" ? readStatus(fields.status) : undefined;
    if (status === undefined) add("invalid-status", "status", { field: "status", received: describe(fields.status) });
  }

  // 口径 (reporting basis) the value is stated in; converted once repeats are settled.
  const reporting = statedReporting(fields.reporting);
  if (reporting === null)
    add("invalid-reporting", "reporting", { field: "reporting", received: describe(fields.reporting) });

  // Unit (the unit the value is stated in).
  let unitText: string | undefined;
  if (!blank(fields.unit)) {
    if (typeof fields.unit === "string") unitText = fields.unit;
    else add("unknown-unit", "unit", { field: "unit", received: describe(fields.unit) });
  }

  // Value.
  let value: string | undefined;
  let decimal: Dec | undefined;
  if (blank(fields.value)) {
    add("missing-field", "value", { field: "value", received: describe(fields.value) });
  } else if (indicator !== undefined) {
    // Read once per indicator, stated unit and text (a file repeats its bad values as it repeats names).
    const key = valueKey(indicator, fields.value, unitText);
    const parsed = context.parse(key, indicator, fields.value, unitText);
    if (parsed?.success) {
      value = parsed.value;
      decimal = parsed.decimal;
    } else if (parsed) {
      const failure: ParseFailure = parsed;
      const id = indicator.id;
      addShared(key === undefined ? undefined : `value\u0000${key}`, failure.code, failure.field, () => ({
        ...failure.params,
        indicator: id,
        field: failure.field,
      }));
    }
  } else {
    // No indicator to convert to: still say when the value is not a figure at all.
    const key = valueKey(undefined, fields.value, undefined);
    const parsed = context.parse(key, undefined, fields.value, undefined) as Parsed;
    if (!parsed.success && (parsed.code === "not-a-number" || parsed.code === "not-finite")) {
      const failure: ParseFailure = parsed;
      addShared(key === undefined ? undefined : `figure\u0000${key}`, failure.code, "value", () => failure.params);
    }
  }

  // Free text.
  const text: { source?: string; note?: string } = {};
  for (const key of ["source", "note"] as const) {
    const v = fields[key];
    if (blank(v)) continue;
    if (typeof v === "string") text[key] = v;
    else if (typeof v === "number" && Number.isFinite(v)) text[key] = String(v);
    else add("invalid-text", key, { field: key, received: describe(v) });
  }

  // Unknown keys (warnings: the row is kept).
  for (const key of Object.keys(row)) {
    if (!FIELDS.has(key)) add("unknown-field", key, { field: key, received: JSON.stringify(truncate(key)) }, "warning");
  }

  if (failed || indicator === undefined || region === undefined || year === undefined || value === undefined) {
    if (!failed) {
      // Defensive: every path above that leaves a part undefined also reports an error.
      add("not-an-object", undefined, { received: describe(row) });
    }
    return undefined;
  }
  const observation: Observation = {
    indicator: indicator.id,
    region,
    year,
    value,
    unit: indicator.unit,
    ...(status === undefined ? {} : { status }),
    ...text,
  };
  return {
    row: index,
    line,
    observation,
    decimal,
    ...(reporting === null || reporting === undefined ? {} : { reporting }),
  };
}

function readYear(input: unknown): number | undefined {
  if (typeof input === "number") return Number.isInteger(input) ? input : undefined;
  if (typeof input !== "string" || input.length > 20) return undefined;
  const text = input.normalize("NFKC").trim().replace(/年$/u, "").trim();
  return /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** Most other rows an issue about repeated figures names. */
const MAX_OTHERS = 10;

interface Candidate {
  readonly row: number;
  readonly line: number | undefined;
  readonly observation: Observation;
  /** The 口径 the row states (none: the indicator's own). */
  readonly reporting?: Reporting | undefined;
  /** The value as parsed. */
  readonly decimal?: Dec | undefined;
}

/**
 * Settle the years of a series that have more than one figure: an identical repeat is dropped with a warning,
 * different figures are settled by status (the weaker dropped as `superseded`), otherwise each is an error.
 */
function settleRepeats(context: Context, f: Figures, s: Series, issues: ObservationIssue[]): void {
  const { indicator, region } = s;
  const indicatorName = indicator.name;
  const regionName = context.regionById.get(region)?.name;
  const regionZh = regionName?.zh ?? region;
  const regionEn = regionName?.en ?? region;
  // At most MAX_OTHERS other rows are named, so that a figure repeated 100,000 times does not make issues that
  // each list all the others (quadratic time and memory). The lists are frozen: the issues of one year share them.
  const others = (list: readonly number[]): [readonly number[], readonly (number | undefined)[]] => {
    const n = Math.min(list.length, MAX_OTHERS);
    const rows: number[] = new Array(n);
    const lines: (number | undefined)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const j = list[k] as number;
      rows[k] = f.row[j] as number;
      lines[k] = f.line[j];
    }
    return [Object.freeze(rows), Object.freeze(lines)];
  };
  // The params are made here, fresh, of frozen parts: frozen as they are, not copied or walked.
  const report = (
    code: ObservationIssueCode,
    severity: "error" | "warning",
    i: number,
    field: string | undefined,
    params: IssueParams,
  ) => {
    const row = f.row[i] as number;
    const frozen = Object.freeze(params);
    const path = Object.freeze(field === undefined ? [row] : [row, field]);
    issues.push(issueOf(code, severity, row, path, frozen, issueMessage(code, frozen), f.line[i]));
  };
  const received = (i: number) => JSON.stringify((f.obs[i] as Draft).value);
  let byYear = s.byYear;
  if (byYear === undefined) {
    // Years that never fell: the figures of each repeated year, gathered in one scan.
    const repeated = new Set(s.repeated);
    byYear = new Map();
    for (const j of s.idx) {
      const y = f.obs[j]?.year as number;
      if (!repeated.has(y)) continue;
      const known = byYear.get(y);
      if (known === undefined) byYear.set(y, [j]);
      else (known as number[]).push(j);
    }
  }
  for (const year of s.repeated ?? []) {
    const indices = byYear.get(year) as number[];
    // The figures of the strongest status, and the others (in row order, as given).
    let best = Number.POSITIVE_INFINITY;
    for (const i of indices) best = Math.min(best, precedence((f.obs[i] as Draft).status));
    const top: number[] = [];
    const lower: number[] = [];
    for (const i of indices) (precedence((f.obs[i] as Draft).status) === best ? top : lower).push(i);
    const head = top[0] as number;
    const headValue = (f.obs[head] as Draft).value;
    const headStatus = (f.obs[head] as Draft).status ?? "normal";
    let same = true;
    for (const i of top) {
      const o = f.obs[i] as Draft;
      if (o.value !== headValue || (o.status ?? "normal") !== headStatus) {
        same = false;
        break;
      }
    }
    const detail = `${indicator.id} / ${region} / ${year}`;
    const detailText = Object.freeze({
      zh: `${indicatorName.zh} / ${regionZh} / ${year}年`,
      en: `${indicatorName.en} / ${regionEn} / ${year}`,
    });
    if (same) {
      const [rows, lines] = others([head]);
      for (let k = 1; k < top.length; k++) {
        const i = top[k] as number;
        f.dropped[i] = 1;
        report("duplicate-identical", "warning", i, undefined, {
          received: received(i),
          detail,
          detailText,
          rows,
          lines,
        });
      }
    } else {
      for (const i of top) {
        f.dropped[i] = 1;
        const [rows, lines] = others(top.slice(0, MAX_OTHERS + 1).filter((o) => o !== i));
        report("duplicate-conflict", "error", i, "value", { received: received(i), detail, detailText, rows, lines });
      }
    }
    if (lower.length === 0) continue;
    const [rows, lines] = others(same ? [head] : top);
    for (const i of lower) {
      f.dropped[i] = 1;
      report("superseded", "warning", i, "status", {
        received: received(i),
        detail,
        detailText,
        rows,
        lines,
        status: (f.obs[i] as Draft).status ?? "normal",
        kept: headStatus,
      });
    }
  }
  s.idx = s.idx.filter((i) => f.dropped[i] !== 1);
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "an error";
  }
}

function freezeResult(
  observations: Observation[],
  rows: number[],
  issues: ObservationIssue[],
): ValidateObservationsResult {
  return Object.freeze({
    observations: Object.freeze(observations.map((o) => Object.freeze(o))),
    rows: Object.freeze(rows),
    issues: Object.freeze(issues),
  });
}

/**
 * The error {@link parseObservations} throws: every issue found, and the observations that were valid.
 *
 * @example
 * ```ts
 * import { ObservationsError, parseObservations, wuwei14 } from "@wuwei/sti-plan";
 * try {
 *   parseObservations(wuwei14, [null]);
 * } catch (error) {
 *   error instanceof ObservationsError && error.issues[0]?.code; //=> "not-an-object"
 * }
 * ```
 * @category Observations
 */
export class ObservationsError extends Error {
  /** Every problem found, errors and warnings. */
  readonly issues: readonly ObservationIssue[];
  /** The figures that were valid. */
  readonly observations: readonly Observation[];
  /**
   * Make the error from a validation result.
   *
   * @param result - what {@link validateObservations} returned
   */
  constructor(result: ValidateObservationsResult) {
    const errors = result.issues.filter((i) => i.severity === "error");
    const head = errors
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(input)"}: ${i.message.en}`)
      .join("; ");
    super(
      `invalid observations: ${errors.length} error${errors.length === 1 ? "" : "s"}: ${head}${errors.length > 3 ? "; …" : ""}`,
    );
    this.name = "ObservationsError";
    this.issues = result.issues;
    this.observations = result.observations;
  }
}

/**
 * The throwing sibling of {@link validateObservations}: the valid observations, or an {@link ObservationsError}
 * carrying every issue (and the observations that were valid) when any row has an error. Warnings alone do not
 * throw.
 *
 * @param plan - the plan the figures refer to
 * @param rows - the figures as reported
 * @param options - the allowed years
 * @returns the observations, normalised
 * @throws {@link ObservationsError} when any issue is an error
 * @example
 * ```ts
 * import { parseObservations, wuwei14 } from "@wuwei/sti-plan";
 * parseObservations(wuwei14, []); //=> []
 * ```
 * @category Observations
 */
export function parseObservations(
  plan: Plan,
  rows: unknown,
  options: ValidateObservationsOptions = {},
): readonly Observation[] {
  const result = validateObservations(plan, rows, options);
  if (result.issues.some((i) => i.severity === "error")) throw new ObservationsError(result);
  return result.observations;
}

/**
 * English messages of observation issues.
 *
 * @internal
 * @module
 */
import type { IssueLocale, IssueParams } from "../issues.js";

const others = (p: IssueParams): string =>
  (p.rows ?? [])
    .map((row, i) => {
      const line = p.lines?.[i];
      return line === undefined ? `rows[${row}]` : `line ${line}`;
    })
    .join(", ");

const didYouMean = (p: IssueParams): string =>
  p.suggestions && p.suggestions.length > 0 ? `; did you mean ${p.suggestions.join(", ")}?` : "";

/** @internal */
export const en: IssueLocale = {
  "not-an-array": (p) => `expected an array of rows, received ${p.received}`,
  "not-an-object": (p) => `expected a row object with indicator, region, year and value, received ${p.received}`,
  "unreadable-row": (p) => `the row could not be read (${p.detail ?? "an accessor threw"}); received ${p.received}`,
  "missing-field": (p) =>
    `the field ${p.field} is missing${p.received === "undefined" ? "" : ` (received ${p.received})`}`,
  "unknown-field": (p) =>
    `unknown field ${p.received} is ignored (known fields: indicator, region, year, value, unit, status, reporting, source, note)`,
  "invalid-text": (p) => `the field ${p.field} must be text, received ${p.received}`,
  "unknown-indicator": (p) => `unknown indicator ${p.received}${didYouMean(p)}`,
  "unknown-region": (p) => `unknown region ${p.received}${didYouMean(p)}`,
  "region-out-of-scope": (p) =>
    `the indicator "${p.indicatorName?.en ?? p.indicator}" is not reported for region ${p.received}; it is reported for ${p.regionNames?.en ?? (p.regions ?? []).join(", ")}`,
  "own-level-region": (p) => {
    const level = p.detail ?? "city";
    const name = p.regionNames?.en ?? "";
    return `${p.received} is the own level (本级) of the ${level} government${name === "" ? "" : ` of ${name}`}, not the whole area: the indicator "${p.indicatorName?.en ?? p.indicator}" counts the whole area; report the figure for the whole ${level}${name === "" ? "" : ` (${name})`} instead`;
  },
  "year-out-of-range": (p) => `year ${p.received} is outside ${p.from}–${p.to}`,
  "not-a-number": (p) =>
    p.field === "year"
      ? `year ${p.received} is not a whole year`
      : `the ${p.field ?? "value"} ${p.received} is not a number`,
  "not-finite": (p) =>
    `${p.received} is not a finite number that can be kept exactly (infinite, 10^30 or more, below 10^-324 but not 0, or more than 30 significant digits)`,
  "negative-value": (p) => `${p.received} is negative; a figure in ${p.unitName?.en ?? p.unit} cannot be below 0`,
  "percent-out-of-range": (p) => `${p.received} is not a percentage between 0 and 100`,
  "rank-out-of-range": (p) =>
    `rank ${p.received} is not a whole number from 1 to ${p.to ?? "the size of the peer set"}`,
  "fractional-count": (p) => `${p.received} is not a whole number of ${p.unitName?.en ?? p.unit}`,
  "unknown-unit": (p) => `unknown unit ${p.received}`,
  "unit-not-convertible": (p) =>
    `${p.received} is in ${p.unitName?.en ?? p.unit}, which cannot be converted to ${p.targetName?.en ?? p.target}${p.indicator ? ` (the unit of ${p.indicator})` : ""}`,
  "unit-conflict": (p) =>
    `the value ${p.received} is written in ${p.unitName?.en ?? p.unit} but the unit field says ${p.targetName?.en ?? p.target}`,
  "invalid-status": (p) =>
    `unknown status ${p.received}; use normal (A), provisional (P), estimated (E), forecast (F) or break (B)`,
  "duplicate-identical": (p) =>
    `the figure ${p.received} for ${p.detailText?.en ?? p.detail} repeats ${others(p)}; this repeat is dropped`,
  "duplicate-conflict": (p) =>
    `conflicting figures for ${p.detailText?.en ?? p.detail}: ${p.received} here, other figures in ${others(p)}`,
  superseded: (p) =>
    `the ${p.status} figure ${p.received} for ${p.detailText?.en ?? p.detail} is replaced by the ${p.kept} figure of ${others(p)}`,
  "invalid-reporting": (p) =>
    `the 口径 (reporting basis) ${p.received} names none the library knows: write 当年新增 (new in the year), 累计新增 (running total since the base year) or 期末存量 (level at year end)`,
  "reporting-not-convertible": (p) => {
    const head = `${p.detailText?.en ?? p.indicator} ${p.to ?? ""}: the figure ${p.received} is stated as ${p.statedName?.en ?? p.stated} but the indicator takes ${p.reportingName?.en ?? p.reporting}`;
    if (p.detail === "gap")
      return `${head}; converting it needs the figure of ${p.year}, which is missing: add it (no figure is guessed)`;
    if (p.detail === "stock-base")
      return `${head}; converting a level at year end needs the level at the end of ${p.year} (the base year), which is neither reported nor in the plan: add the ${p.year} figure`;
    return `${head}; a figure of the base year ${p.from} or earlier cannot be converted (only later years are)`;
  },
  "reporting-suspect": (p) =>
    `${p.detailText?.en ?? p.indicator}: the figures ${p.received} (${p.from}–${p.to}) state no 口径 and are read as ${p.reportingName?.en ?? p.reporting} (${p.reportingName?.zh ?? ""}), which gives ${p.figure}; but they ${p.reporting === "flow" ? "rise every year" : "fall from one year to the next"} as ${p.statedName?.en ?? p.stated} (${p.statedName?.zh ?? ""}) would, which would give ${p.otherFigure}. Nothing is changed: state the 口径 (a 口径 column) to be sure`,
  "not-utf8": (p) =>
    `the file is not valid UTF-8 (a GBK export from Excel?): re-save it as "CSV UTF-8" and read it again (first bytes: ${p.received})`,
  "malformed-csv": (p) => `this line is not a well-formed CSV row (${p.detailText?.en ?? p.detail}): ${p.received}`,
  "malformed-json": (p) => `this is not valid JSON for observations (${p.detail}): ${p.received}`,
  "duplicate-column": (p) => `the columns ${p.received} both mean ${p.field}; keep one of them`,
  "not-assessed": (p) =>
    `${p.detailText?.en ?? p.received}: no target of this indicator applies to this region and no city value is derived from it, so the figure is not used`,
  "implausible-value": (p) => {
    const [kind, side] = (p.detail ?? "baseline-high").split("-");
    const ref =
      kind === "baseline"
        ? "the plan's baseline/target"
        : kind === "series"
          ? "the other years of the series"
          : "the indicator's usual range";
    const how = side === "low" ? "is below 1/50 (for a percentage, 1/20) of" : "is 50 times or more";
    const unit = p.unitName?.en ?? p.unit ?? "";
    const meant =
      p.reason === "percent-as-ratio"
        ? `probably a ratio written for a percentage: ${p.probable} ${unit} (the value × 100)`
        : p.reason === "unit-scale"
          ? `probably ${p.targetName?.en ?? p.target} without the unit: ${p.value} ${p.targetName?.en ?? p.target} = ${p.probable} ${unit}`
          : `probably 100 times off: ${p.probable} ${unit}`;
    return `${p.detailText?.en ?? ""}: the figure ${p.value ?? p.received} ${unit} ${how} ${ref} (${p.baseline} ${unit}); ${meant}; the figure is kept as written, please check it`;
  },
  "county-above-city": (p) =>
    `${p.detailText?.en ?? ""}: the figure ${p.value ?? p.received} ${p.unitName?.en ?? p.unit ?? ""} is above the figure of ${p.regionNames?.en ?? "the city"} for the same year, ${p.baseline} (${others(p)}): a county cannot exceed the city's total; probably the wrong region or basis; the figure is kept as written, please check it`,
};

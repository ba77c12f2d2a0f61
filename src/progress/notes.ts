/**
 * The remarks assessments carry, in Chinese and English, built in one place so the wording stays consistent.
 *
 * @internal
 * @module
 */
import type { AssessmentNote, AssessmentNoteCode } from "./types.js";

/** Make a note. @internal */
export function note(code: AssessmentNoteCode, zh: string, en: string): AssessmentNote {
  return { code, message: { zh, en } };
}

const list = (years: readonly number[]) => years.join(", ");

/** The catalogue of notes. @internal */
export const notes = {
  noTarget: () => note("no-target", "没有目标值，无法按此方法评估", "no target value: this method cannot assess it"),
  noBaseline: () => note("no-baseline", "没有基期值，无法评估", "no baseline value: cannot assess"),
  noBaselineIncrement: () =>
    note(
      "no-baseline",
      "新增目标需要基期存量：请报送基期年数据（若数据为基期以来的新增数，基期报0）",
      "an increment needs the stock in the baseline year: report the baseline-year figure (0 when the figures count additions since then)",
    ),
  noData: (after: number | null) =>
    note(
      "no-data",
      after === null ? "没有数据" : `${after}年以后没有数据`,
      after === null ? "no data" : `no data after ${after}`,
    ),
  fewerThanTwo: () =>
    note("fewer-than-two-points", "数据点少于两个，无法计算趋势", "fewer than two data points: no trend"),
  targetNotAfterBase: (target: number, base: number) =>
    note(
      "target-not-after-base",
      `目标年${target}不晚于基期${base}`,
      `target year ${target} is not after base year ${base}`,
    ),
  timeShareFromDataYears: (t: number, t0: number, T: number) =>
    note(
      "time-share-from-data-years",
      `时间进度按数据年份计算：(${t}−${t0})/(${T}−${t0})`,
      `time share counted in data years: (${t} − ${t0}) / (${T} − ${t0})`,
    ),
  achievedEarly: (t: number, T: number) =>
    note("achieved-early", `${t}年已提前实现${T}年目标`, `the ${T} target was already met in ${t} (achieved early)`),
  finalDataMissing: (T: number, t: number) =>
    note(
      "final-data-missing",
      `评估期已结束，但${T}年数据尚缺，按${t}年数据评估`,
      `the period is over but ${T} data are missing: assessed on ${t} data`,
    ),
  afterTargetIgnored: (years: readonly number[], T: number) =>
    note(
      "after-target-year-ignored",
      `目标年${T}以后的数据（${list(years)}）不参与评估`,
      `data after the target year ${T} (${list(years)}) are not used`,
    ),
  aspirational: () =>
    note(
      "aspirational",
      "“力争”目标为争取性目标，按“达到”检验",
      "a strive-for (力争) target is aspirational; tested as reach",
    ),
  bindingOffTrack: () =>
    note(
      "binding-off-track",
      "约束性指标进度不足，须重点关注",
      "a binding (约束性) indicator is off track: a duty of government, flag it",
    ),
  quality: (status: "provisional" | "estimated", years: readonly number[]) =>
    status === "provisional"
      ? note("provisional-data", `${list(years)}年数据为初步数`, `${list(years)} data are provisional`)
      : note("estimated-data", `${list(years)}年数据为估计数`, `${list(years)} data are estimated`),
  forecastExcluded: (years: readonly number[]) =>
    note(
      "forecast-excluded",
      `${list(years)}年为预测数，不作为实际数据使用`,
      `${list(years)} values are forecasts: not used as data`,
    ),
  breakInSeries: (years: readonly number[]) =>
    note(
      "break-in-series",
      `${list(years)}年数据口径断裂，不跨断点比较`,
      `break in series in ${list(years)}: no comparison across the break`,
    ),
  breakAllowed: (years: readonly number[]) =>
    note(
      "break-allowed",
      `${list(years)}年数据口径断裂，按调用方要求仍跨断点比较`,
      `break in series in ${list(years)}: compared across it as the caller allowed`,
    ),
  baseYearMoved: (configured: number, used: number) =>
    note(
      "base-year-moved",
      `${configured}年无数据，以其后首个有数据的${used}年为基期`,
      `no data for base year ${configured}: the first later year with data, ${used}, is the base`,
    ),
  baseYearAfterLatest: (configured: number) =>
    note("base-year-after-latest", `${configured}年及以后没有数据`, `no data in or after base year ${configured}`),
  zeroReplaced: (what: "base" | "target") =>
    note(
      `zero-${what}-replaced`,
      what === "base" ? "基期值为0，按0.001计算" : "目标值为0，按0.001计算",
      what === "base" ? "base value 0 replaced by 0.001" : "target value 0 replaced by 0.001",
    ),
  oppositeSign: () =>
    note(
      "opposite-sign",
      "基期值与最新值符号相反，无法计算增长率",
      "base and latest values have opposite signs: no growth rate",
    ),
  targetOppositeSign: () =>
    note(
      "target-opposite-sign",
      "基期值与目标值符号相反，无法计算所需增长率",
      "base and target have opposite signs: no required rate",
    ),
  baseEqualsTarget: () =>
    note(
      "base-equals-target",
      "基期值等于目标值，所需增长率为0，比值无定义",
      "base equals target: required rate 0, the ratio is undefined",
    ),
  explodes: (pv: string) =>
    note(
      "progress-value-explodes",
      `进度比值${pv}异常大：基期值接近目标值，比值不稳定`,
      `progress value ${pv} is extreme: the base lies close to the target, so the ratio is unstable`,
    ),
  limitApplied: (factor: string) =>
    note(
      "limit-applied",
      `按自然上限调整阈值，系数C_l=${factor}`,
      `thresholds scaled for the natural limit by C_l = ${factor}`,
    ),
  notApplicable: (method: string, kind: string) =>
    note(
      "method-not-applicable",
      `${method}方法不适用于${kind}类目标`,
      `the ${method} method does not apply to a ${kind} target`,
    ),
  rankOrdinal: () =>
    note(
      "rank-ordinal",
      "位次为序数，不计算增长率；按名次直接比较，报告进退位数",
      "a rank is ordinal: no growth rate; compared directly, positions gained or lost reported",
    ),
  rankSchedule: () =>
    note(
      "rank-schedule",
      "位次只能整位变化：序时应进位数取所需进位数×时间进度的整数部分",
      "ranks move in whole positions: positions expected by now = whole part of (positions needed × time share)",
    ),
  equalWeights: () =>
    note(
      "regression-equal-weights",
      "趋势按最小二乘直线拟合，各年等权（ESCAP未公布其权重）",
      "trend fitted by least squares with equal weights (ESCAP has not published its weights)",
    ),
  fitAfterBreak: (year: number) =>
    note("fit-after-break", `趋势只用${year}年断点以后的数据拟合`, `trend fitted on data from the ${year} break on`),
  fellIn: (years: readonly number[], d: number) =>
    d > 0
      ? note("fell", `${years.join("、")}年比上年减少`, `fell in ${list(years)} from the year before`)
      : note("fell", `${years.join("、")}年比上年增加`, `rose in ${list(years)} from the year before`),
  missingYears: (years: readonly number[]) =>
    note("missing-years", `${list(years)}年缺少数据`, `no data for ${list(years)}`),
  cumulativeIncrease: () =>
    note(
      "cumulative-needs-increase",
      "累计目标按“越多越好”计算，不适用于越低越好的指标",
      "a cumulative target counts amounts that should grow: not for a lower-is-better indicator",
    ),
  incrementAsLevel: (level: string) =>
    note(
      "increment-as-level",
      `新增目标折算为目标水平${level}`,
      `the increment target is assessed as the level ${level}`,
    ),
  noTrendTarget: () =>
    note(
      "no-target-trend",
      "只增不减约束无目标值，按无目标增长率评估",
      "a never-decrease constraint has no value: growth assessed without a target",
    ),
} as const;

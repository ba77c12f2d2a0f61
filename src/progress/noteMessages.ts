/**
 * The words of assessment notes, per language, like zod's locales: one template per code, built from that code's
 * params ({@link AssessmentNoteParams}), so that a note renders again from its data in either language, or in a
 * locale of the caller's own.
 *
 * @module
 */
import type { LocalizedText, RegionLevel } from "../model/schema.js";
import type { AssessmentNoteLocale } from "./types.js";

/** How a region of each level and its parts one level down are named in the roll-up's notes. */
const LEVEL_WORDS: Readonly<
  Record<RegionLevel, { readonly whole: string; readonly parts: string; readonly en: string; readonly enParts: string }>
> = {
  nation: { whole: "全国", parts: "各省份", en: "nation", enParts: "the provinces" },
  province: { whole: "全省", parts: "各市州", en: "province", enParts: "the cities" },
  city: { whole: "全市", parts: "各县区", en: "city", enParts: "the counties" },
  county: { whole: "全县", parts: "各乡镇", en: "county", enParts: "the townships" },
  township: { whole: "本地区", parts: "下级地区", en: "township", enParts: "its parts" },
};

const list = (years: readonly number[]) => years.join(", ");
const texts = (items: readonly LocalizedText[], lang: "zh" | "en", sep: string) => items.map((t) => t[lang]).join(sep);

const zh: AssessmentNoteLocale = {
  "achieved-early": (p) => `${p.year}年已提前实现${p.targetYear}年目标`,
  "after-as-of-ignored": (p) => `${p.years.join("、")}年数据晚于评估日期，不使用`,
  "after-target-year-ignored": (p) => `目标年${p.targetYear}以后的数据（${list(p.years)}）不参与评估`,
  aspirational: () => "“力争”目标为争取性目标，按“达到”检验",
  "base-equals-target": () => "基期值等于目标值，所需增长率为0，比值无定义",
  "base-year-after-latest": (p) => `${p.baseYear}年及以后没有数据`,
  "base-year-moved": (p) => `${p.baseYear}年无数据，以其后首个有数据的${p.used}年为基期`,
  "baseline-reported": (p) =>
    p.runningTotal
      ? `该指标按累计新增填报，基期${p.baseYear}年的累计新增按定义为0`
      : `规划未给出该地区基期值，采用报送的${p.baseYear}年数据`,
  "binding-off-track": () => "约束性指标进度不足，须重点关注",
  "break-allowed": (p) => `${list(p.years)}年数据口径断裂，按调用方要求仍跨断点比较`,
  "break-in-series": (p) => `${list(p.years)}年数据口径断裂，不跨断点比较`,
  "city-differs-from-counties": (p) => {
    const w = LEVEL_WORDS[p.level];
    return `${w.whole}报送数与${w.parts}汇总数不一致（报送/汇总）：${texts(p.differences, "zh", "；")}，采用报送数`;
  },
  "cumulative-needs-increase": () => "累计目标按“越多越好”计算，不适用于越低越好的指标",
  "derived-from-counties": (p) => {
    const w = LEVEL_WORDS[p.level];
    return `${p.years.join("、")}年${w.whole}数值${p.ratio ? `由${w.parts}分子、分母之和计算` : `由${w.parts}数据相加`}得出`;
  },
  "estimated-data": (p) => `${list(p.years)}年数据为估计数`,
  fell: (p) => `${p.years.join("、")}年比上年${p.rose ? "增加" : "减少"}`,
  "fewer-than-two-points": () => "数据点少于两个，无法计算趋势",
  "figures-rejected": (p) => `${p.rejected.length}条数据未通过检查，未使用：${texts(p.rejected, "zh", "；")}`,
  "final-data-missing": (p) => `评估期已结束，但${p.targetYear}年数据尚缺，按${p.year}年数据评估`,
  "fit-after-break": (p) => `趋势只用${p.year}年断点以后的数据拟合`,
  "forecast-excluded": (p) => `${list(p.years)}年为预测数，不作为实际数据使用`,
  "increment-as-level": (p) => `新增目标折算为目标水平${p.level}`,
  "limit-applied": (p) => `按自然上限调整阈值，系数C_l=${p.factor}`,
  "method-not-applicable": (p) => `${p.method}方法不适用于${p.kind}类目标`,
  "missing-years": (p) => `${list(p.years)}年缺少数据`,
  "no-baseline": (p) =>
    p.increment
      ? "新增目标需要基期存量：请报送基期年数据（若数据为基期以来的新增数，基期报0）"
      : "没有基期值，无法评估",
  "no-counties": (p) => `${p.region}没有下辖县区`,
  "no-data": (p) => (p.after === null ? "没有数据" : `${p.after}年以后没有数据`),
  "no-target": () => "没有目标值，无法按此方法评估",
  "no-target-trend": () => "只增不减约束无目标值，按无目标增长率评估",
  "not-aggregable": () => "该指标不能由县区数据汇总（位次或本级比重）",
  "not-derived-from-counties": (p) => {
    const w = LEVEL_WORDS[p.level];
    const known =
      p.known === null
        ? ""
        : `；已知部分：至少${p.known.value}${p.known.unit?.zh ?? ""}（${texts(p.known.regions, "zh", "、")}）`;
    return `${p.year}年${w.whole}数值不能由${w.parts}数据得出：${p.reason.zh}${known}`;
  },
  "opposite-sign": () => "基期值与最新值符号相反，无法计算增长率",
  "progress-value-explodes": (p) => `进度比值${p.value}异常大：基期值接近目标值，比值不稳定`,
  "provisional-data": (p) => `${list(p.years)}年数据为初步数`,
  "rank-ordinal": () => "位次为序数，不计算增长率；按名次直接比较，报告进退位数",
  "rank-schedule": () => "位次只能整位变化：序时应进位数取所需进位数×时间进度的整数部分",
  "ratio-from-components": (p) => `由各县区${p.numerator}与${p.denominator}之和计算，不对比率求平均`,
  "regions-missing": (p) => `缺少${p.regions.join("、")}的数据，不能得出全市数值`,
  "regression-equal-weights": () => "趋势按最小二乘直线拟合，各年等权（ESCAP未公布其权重）",
  "revision-in-force": (p) => `目标已动态调整（${p.revision}，${p.effective}起）：${p.reason.zh}`,
  "series-without-score": (p) => `第${p.series.join("、")}个序列无法评估，不计入平均分`,
  "target-not-after-base": (p) => `目标年${p.targetYear}不晚于基期${p.baseYear}`,
  "target-opposite-sign": () => "基期值与目标值符号相反，无法计算所需增长率",
  "time-share-from-data-years": (p) =>
    `时间进度按数据年份计算：(${p.year}−${p.baseYear})/(${p.targetYear}−${p.baseYear})`,
  "zero-base-replaced": () => "基期值为0，按0.001计算",
  "zero-denominator": (p) => `${p.denominator}合计为0`,
  "zero-target-replaced": () => "目标值为0，按0.001计算",
};

const en: AssessmentNoteLocale = {
  "achieved-early": (p) => `the ${p.targetYear} target was already met in ${p.year} (achieved early)`,
  "after-as-of-ignored": (p) => `data for ${list(p.years)} are after the evaluation date and not used`,
  "after-target-year-ignored": (p) => `data after the target year ${p.targetYear} (${list(p.years)}) are not used`,
  aspirational: () => "a strive-for (力争) target is aspirational; tested as reach",
  "base-equals-target": () => "base equals target: required rate 0, the ratio is undefined",
  "base-year-after-latest": (p) => `no data in or after base year ${p.baseYear}`,
  "base-year-moved": (p) =>
    `no data for base year ${p.baseYear}: the first later year with data, ${p.used}, is the base`,
  "baseline-reported": (p) =>
    p.runningTotal
      ? `the indicator is reported as a running total since ${p.baseYear}, which is 0 in ${p.baseYear} by definition`
      : `the plan gives no baseline for this region: the reported ${p.baseYear} figure is used`,
  "binding-off-track": () => "a binding (约束性) indicator is off track: a duty of government, flag it",
  "break-allowed": (p) => `break in series in ${list(p.years)}: compared across it as the caller allowed`,
  "break-in-series": (p) => `break in series in ${list(p.years)}: no comparison across the break`,
  "city-differs-from-counties": (p) => {
    const w = LEVEL_WORDS[p.level];
    return `the ${w.en}'s own figure differs from the total of ${w.enParts} (own / derived): ${texts(p.differences, "en", "; ")}; the reported figure is used`;
  },
  "cumulative-needs-increase": () =>
    "a cumulative target counts amounts that should grow: not for a lower-is-better indicator",
  "derived-from-counties": (p) => {
    const w = LEVEL_WORDS[p.level];
    return `the ${w.en}'s value for ${list(p.years)} is derived ${p.ratio ? `from ${w.enParts}' summed components` : `as the sum of ${w.enParts}`}`;
  },
  "estimated-data": (p) => `${list(p.years)} data are estimated`,
  fell: (p) => `${p.rose ? "rose" : "fell"} in ${list(p.years)} from the year before`,
  "fewer-than-two-points": () => "fewer than two data points: no trend",
  "figures-rejected": (p) =>
    `${p.rejected.length} figure${p.rejected.length === 1 ? " was" : "s were"} rejected and not used: ${texts(p.rejected, "en", "; ")}`,
  "final-data-missing": (p) => `the period is over but ${p.targetYear} data are missing: assessed on ${p.year} data`,
  "fit-after-break": (p) => `trend fitted on data from the ${p.year} break on`,
  "forecast-excluded": (p) => `${list(p.years)} values are forecasts: not used as data`,
  "increment-as-level": (p) => `the increment target is assessed as the level ${p.level}`,
  "limit-applied": (p) => `thresholds scaled for the natural limit by C_l = ${p.factor}`,
  "method-not-applicable": (p) => `the ${p.method} method does not apply to a ${p.kind} target`,
  "missing-years": (p) => `no data for ${list(p.years)}`,
  "no-baseline": (p) =>
    p.increment
      ? "an increment needs the stock in the baseline year: report the baseline-year figure (0 when the figures count additions since then)"
      : "no baseline value: cannot assess",
  "no-counties": (p) => `${p.region} has no counties in the plan`,
  "no-data": (p) => (p.after === null ? "no data" : `no data after ${p.after}`),
  "no-target": () => "no target value: this method cannot assess it",
  "no-target-trend": () => "a never-decrease constraint has no value: growth assessed without a target",
  "not-aggregable": () => "this indicator does not add up from counties (a rank or an own-level share)",
  "not-derived-from-counties": (p) => {
    const w = LEVEL_WORDS[p.level];
    const known =
      p.known === null
        ? ""
        : `; known part: at least ${p.known.value}${p.known.unit === null ? "" : ` ${p.known.unit.en}`} (${texts(p.known.regions, "en", ", ")})`;
    return `no ${w.en} value for ${p.year} from ${w.enParts}: ${p.reason.en}${known}`;
  },
  "opposite-sign": () => "base and latest values have opposite signs: no growth rate",
  "progress-value-explodes": (p) =>
    `progress value ${p.value} is extreme: the base lies close to the target, so the ratio is unstable`,
  "provisional-data": (p) => `${list(p.years)} data are provisional`,
  "rank-ordinal": () => "a rank is ordinal: no growth rate; compared directly, positions gained or lost reported",
  "rank-schedule": () =>
    "ranks move in whole positions: positions expected by now = whole part of (positions needed × time share)",
  "ratio-from-components": (p) =>
    `computed from the counties' summed ${p.numerator} and ${p.denominator}; ratios are never averaged`,
  "regions-missing": (p) => `no figures for ${p.regions.join(", ")}: the city's value cannot be formed`,
  "regression-equal-weights": () =>
    "trend fitted by least squares with equal weights (ESCAP has not published its weights)",
  "revision-in-force": (p) => `target revised (${p.revision}, effective ${p.effective}): ${p.reason.en}`,
  "series-without-score": (p) => `series ${p.series.join(", ")} could not be assessed and are left out of the mean`,
  "target-not-after-base": (p) => `target year ${p.targetYear} is not after base year ${p.baseYear}`,
  "target-opposite-sign": () => "base and target have opposite signs: no required rate",
  "time-share-from-data-years": (p) =>
    `time share counted in data years: (${p.year} − ${p.baseYear}) / (${p.targetYear} − ${p.baseYear})`,
  "zero-base-replaced": () => "base value 0 replaced by 0.001",
  "zero-denominator": (p) => `the summed ${p.denominator} is 0`,
  "zero-target-replaced": () => "target value 0 replaced by 0.001",
};

/**
 * The message templates of assessment notes, per language: `assessmentNoteMessages[lang][note.code](note.params)`
 * renders a note again — what `note.message[lang]` holds.
 *
 * @example
 * ```ts
 * import { assessmentNoteMessages } from "@wuwei/sti-plan";
 * assessmentNoteMessages.zh["final-data-missing"]({ targetYear: 2025, year: 2024 });
 * //=> "评估期已结束，但2025年数据尚缺，按2024年数据评估"
 * assessmentNoteMessages.en["fell"]({ years: [2022], rose: false }); //=> "fell in 2022 from the year before"
 * ```
 * @category Progress
 */
export const assessmentNoteMessages: Readonly<Record<"zh" | "en", AssessmentNoteLocale>> = Object.freeze({
  zh: Object.freeze(zh),
  en: Object.freeze(en),
});

import type { PlanInput } from "../../model/schema.js";

// Each decision's text is a plain string constant so that the same words can be put on the data item concerned
// (`notes`) without any code running at import time (the plan must stay tree-shakable).

/** 0.52 (line 46) and 0.75 (line 116) are different measures. */
export const D_FISCAL_OWN_LEVEL =
  "fiscal-share-own-level: line 46 (0.52%, 2020) is the share of fiscal S&T spending in all local fiscal spending of the whole city (全市…占地方财政支出); line 116 (市本级0.75) is the share in the city government's own general public budget (本级…一般公共预算支出). They are different measures: fiscal-st-share (basis own-level) carries 0.75 as the city's baseline, and 0.52 is kept as the separate whole-area indicator fiscal-st-share-citywide with a baseline only.";

/** 2% for the city, 1% for each county. */
export const D_FISCAL_COUNTY =
  "fiscal-share-county-targets: 市、县两级…分别达到2%、1% (lines 76, 118, 504) gives 2% to the city's own level and 1% to the county level. The 1% applies to each county-level unit separately (liangzhou, minqin, gulang, tianzhu), never to a sum of county budgets. The plan states no county baseline; county baselines are the reported 2020 figures.";

/** 表1 and line 504 omit the 、 between 2% and 1%. */
export const D_FISCAL_SEPARATOR =
  "fiscal-share-separator: 表1 (line 118) and line 504 write 2%1% without the enumeration comma that line 76 has (2%、1%). All three are read as two figures, 2% and 1%; quotes copy each line as it is.";

/** 市本级 is the city government's own level, not the whole city. */
export const D_CITY_OWN_LEVEL =
  "city-own-level-name: 市本级 (line 116: 市本级0.75) means the city government's own level (本级), the budget of the municipal government without the counties' budgets, not the whole city (全市). It names the region wuwei only for an own-level indicator (fiscal-st-share, whose city figure is the own-level figure); for a whole-area indicator (high-tech enterprises, R&D intensity) a 市本级 figure would count only what sits directly under the municipal government, so such a row is refused rather than read as the city's figure. 全市, 武威 and 武威市 name the whole city. The same holds one level down (line 114: 市、县两级本级…, the counties' 1 % of line 118): 凉州区本级 (and 区本级, since 凉州区 is the only district), 民勤县本级, 古浪县本级, 天祝县本级 and 天祝藏族自治县本级 name a county government's own level, accepted for own-level indicators only; 县本级 alone is refused as a region because it could be any of three counties.";

/** Names people write that belong to one indicator only. */
export const D_NAMES =
  "indicator-names: each indicator carries the names offices write for it (aliases): R&D经费投入强度 and 研发投入强度 for rd-intensity; 高新技术企业数量 for high-tech-enterprises; 技术合同成交额 and 技术市场成交额 for tech-contract-turnover, the yearly turnover of 表1 (line 146). 技术合同交易额 (line 42) stays the name of tech-contract-turnover-13th, the 2016–2020 total, a different measure: a name is never moved to the nearest-looking indicator. A name that could mean two indicators is given to neither.";

/** 14.1 (annual) and 58.4 (13th-plan total). */
export const D_TECH_CONTRACT =
  "tech-contract-annual-vs-cumulative: 14.1亿元 in 表1 (line 148) is the 2020 turnover of one year and is the baseline of tech-contract-turnover; 58.4亿元 (line 42) is the total of 2016–2020 (“十三五”以来…累计). It is not a baseline of the annual indicator and is kept as the separate indicator tech-contract-turnover-13th, recorded as a 2020 baseline of a five-year total.";

/** 1.43 all invention patents (36) vs high-value invention patents (140). */
export const D_PATENTS =
  "patents-all-vs-high-value: line 36 gives 1.43 as 万人发明专利拥有量 (all invention patents per 10,000 people) while 表1 (line 140) gives the same 1.43 as the 2020 value of 每万人口高价值发明专利拥有量 (high-value invention patents only). The table's baseline is kept as printed for high-value-patents-per-10k, with this caveat: it probably counts all invention patents, so progress towards 1.71 measured from it is understated. The body figure is the separate baseline-only indicator invention-patents-per-10k.";

/** The body's wording is stronger or weaker than the table's bare numbers. */
export const D_WORDING =
  "wording-body-vs-table: 表1 prints bare numbers where the body adds 力争 or 以上 (line 76: 力争…1.5%, 力争…2%、1%, 1.71件以上; line 78: 70家以上; line 504: 2%、1%以上). The comparator follows the body, which states the commitment: when any statement of the same target hedges (力争/争取) the comparator is strive-for; otherwise 以上 gives at-least; a bare 达到 gives reach. A 力争 or 争取 hedges the clause it opens, not the whole sentence: on line 76 the first 力争 governs 1.5% and the second (repeated before 达到2%、1%) the fiscal shares, so 1.71件以上, in a third clause without one, is at-least; on line 80 争取 governs the 100 platforms, not 7.1人年. The other statements are kept in alsoStated.";

/** 100 platforms. */
export const D_PLATFORMS =
  "innovation-platforms-100: line 80 says 争取建成…各类科技创新平台100家以上 (strive to build) and box 18 (line 480) says 累计建成…100家以上 (build in total). Both state one target: at least 100 platforms built over 2021–2025 (kind cumulative), comparator strive-for because line 80 hedges. The 90多个 municipal platforms cultivated by 2020 (line 38) do not count towards it: they were built in the 13th period and are municipal only, while the target counts provincial and municipal platforms newly built. Read the other way (a stock of 100 including the 90), the target would need about ten new platforms; users who prefer that reading should revise the target.";

/** 口径 of the indicators with cumulative and increment targets. */
export const D_REPORTING =
  "reporting-basis: what one reported figure means (口径) is stated on every indicator with a cumulative or increment target, because the two kinds read figures differently. A cumulative target (累计, lines 452/464 高层次人才20名, line 480 累计建成…平台100家) sums the years' figures, so its figures are flows (当年新增, the year's new amount). An increment target (新增, line 214 园区新增省级科技创新型企业20家、高新技术企业10家; line 328 新发展检验检测认证机构3个) is the gain since the end of 2020, so its figures are running totals since the end of 2020 (累计新增, 0 in 2020), the form offices usually report (截至当年累计). A file may state another 口径 per row or per column; validation converts flows and running totals exactly (differencing or summing from the base year, whose running total is 0) and warns, without changing a figure, when a series without a statement looks like the other reading.";

/** 70 high-tech enterprises. */
export const D_HIGH_TECH =
  "high-tech-enterprises-70: line 78 (全市高新技术企业数达到70家以上), 表1 (line 158, 70) and box 16 (line 438, 有效期内高新技术企业达到70家以上) state one target. 有效期内 makes explicit what the count always means: enterprises whose high-tech certificate is in force at the end of 2025. The target is at-least 70, source 表1, with lines 78 and 438 in alsoStated.";

/** 500 commissioners per year. */
export const D_COMMISSIONERS =
  "st-commissioners-500: line 44 reports 每年选派科技特派员500名以上 as the practice of the 13th period; line 452 repeats it as the commitment for 2021–2025. The commitment (452) is encoded as an annual floor of 500; line 44 is not turned into a baseline because it is a floor, not a measured 2020 value.";

/** 20 high-level researchers. */
export const D_TALENT =
  "high-level-talent-20: line 452 (吸纳中央和省属在武科研单位高层次人才20名以上, after 每年选派…) and box 17 (line 464, 吸纳20名以上…) state one target. The 每年 of line 452 governs the dispatch of commissioners only; line 464 has no 每年. The target is read as a cumulative total of at least 20 over 2021–2025.";

/** 4 provincial agricultural parks. */
export const D_AGRI_PARKS =
  "agri-parks-4: box 11 (line 356) commits to upgrading 4 provincial agricultural parks (推进4个…省级农业园区提质增效). These are the existing provincial agricultural S&T parks of Liangzhou, Minqin, Gulang and Tianzhu (lines 182, 190), so the figure counts parks upgraded by 2025, not new parks; it is city-level (one park in each county).";

/** The rank. */
export const D_RANK =
  "rank-target: 综合科技进步水平 is Wuwei's rank among Gansu's 14 prefecture-level divisions (lines 36, 52: 第7位 in 2020); lower is better (direction decrease, peers 14). The 2025 figure 6 in 表1 (line 102) is a rank to reach: achieved when the rank is 6 or better. The index value behind the rank (46.09%, line 36) is kept as the baseline-only indicator st-progress-index.";

/** 确保 is binding. */
export const D_ENSURE =
  "ensure-binding: the plan labels no indicator 约束性; all 表1 rows are 预期性 (expected). Body commitments introduced by 确保 (lines 232, 242, 432, 504) are a firm undertaking of government and are recorded with attribute binding and comparator ensure (or never-decrease); every other body figure is expected.";

/** 90 tech SMEs vs 94 in 2020. */
export const D_TECH_SMES =
  "tech-smes-90-below-94: box 16 (line 442) asks for at least 90 technology-based SMEs evaluated and registered every year, while 94 were registered in 2020 (line 38). The 94 is kept as the 2020 baseline of the same indicator; the annual floor of 90 is below it, so the target is met at the 2020 level. Both figures are encoded as printed.";

/** Park increments. */
export const D_PARK_INCREMENTS =
  "park-increments: line 214 asks that the industrial parks newly add at least 20 provincial S&T innovative enterprises and 10 high-tech enterprises by the end of the period (新增, kind increment, counted from the end of 2020). The plan gives no park-level baseline; the citywide 22 provincial S&T innovative enterprises of 2020 (line 38) is not a park baseline. Increments are measured as new enterprises in the parks over 2021–2025. Figures are reported as the stock, or as the running total added since the end of 2020 (0 in 2020), never as yearly flows: the increment is the latest figure less the 2020 figure.";

/** Per-person figures. */
export const D_PER_PERSON =
  "per-person-figures: line 452 sets two per-person figures for commissioners: each commissioner cultivates 1 demonstration household every year, and each municipal commissioner receives 10,000 yuan of work funding every year. They are annual floors per person, reported as the lowest per-person value of the year (or the average if only that is known); they never aggregate (aggregation none) and apply to the city's commissioners (wuwei).";

/** Which body figures are encoded. */
export const D_BASELINE_ONLY =
  "baseline-only-indicators: body figures of 2020 with no 2025 target are encoded only where they help monitor a commitment: the S&T progress index (46.09%), all invention patents per 10,000 people (1.43), professional and technical personnel per 10,000 people (174.68), the citywide fiscal S&T share (0.52%), the 13th-period technology contract total (58.4亿元), provincial S&T innovative enterprises (22, beside the park increment), national little giants (3) and specialised and innovative SMEs (15, both named in box 16 task 1). Totals of the 13th period without a successor target (106 projects, funds of 5432, 1957 and 1825万元, 795 results, 6383 patents, line 40–42), the ten ecological industries (154.3亿元, 29.3%, line 40), the share of Gansu's high-tech enterprises (4.8%, line 52) and the counts of field stations, 星创天地, demonstration enterprises, R&D institutions, research centres and platforms of line 38 are left in the text.";

/** Regions. */
export const D_REGIONS =
  "regions: an indicator lists the regions for which figures may be reported; a target lists the regions it applies to. fiscal-st-share and fiscal-st-expenditure name both levels (市、县两级, lines 114, 496, 504): all five regions report and targets are set for each. The headline indicators that add up or are ratios of sums (R&D intensity, enterprise R&D share, R&D personnel and high-value patents per 10,000 people, technology contract turnover, high-tech enterprises) accept county figures too, for county monitoring and for deriving the city's value, but their targets apply to the city (wuwei) only: the text states them for 全市. The rank and the remaining body indicators are stated for the whole city and list wuwei only.";

/** 比重 vs 比例. */
export const D_ENTERPRISE_RD =
  "enterprise-rd-wording: line 78 writes 规模以上企业R&D投入占主营业务收入比重 and 表1 (line 122) writes …比例; they are the same indicator (1.18 in 2020, 1.2 by 2025), stated with 达到 (reach).";

/** 只增不减. */
export const D_NEVER_DECREASE =
  "fiscal-never-decrease: 确保财政科技投入只增不减 (line 504, with 加大市、县(区)两级财政科技投入 on line 496) is a trend constraint on the amount of fiscal S&T spending of each government's own budget: every year from 2021 to 2025 at least the year before (2021 against 2020). It applies to the city and to each county (own level, aggregation none); it is binding (确保).";

/** Science popularisation. */
export const D_SCI_POP =
  "sci-pop-targets: box 23 (line 562) sets four levels for 2025 (到2025年…达到…以上): provincial-or-higher science popularisation bases 10, municipal bases 30, science venues of all kinds 5 and science popularisation workers 1000. 省级以上 includes national bases. All are at-least, citywide.";

/** Testing bodies. */
export const D_TESTING =
  "testing-bodies: box 9 (line 328) 新发展市级以上检验检测认证机构3个 is an increment of 3 bodies over 2021–2025 (新发展 = newly developed), with no 以上: comparator reach. Figures are reported as the stock, or as the running total added since the end of 2020 (0 in 2020), never as yearly flows: the increment is the latest figure less the 2020 figure.";

/** Seed quality rate and livestock coverage. */
export const D_RATES =
  "seed-and-breed-rates: 品种优良率98%以上 (line 232) and 畜禽良种覆盖率95%以上 (line 242) have no date; like every body target without one they are due by 2025, the end of the period, and the plan gives no 2020 value.";

/** 1 demonstration base per industry. */
export const D_PER_INDUSTRY =
  "per-industry-bases: line 452 (打造两级示范点,即每个产业培育1个科技特派员创新创业示范基地) sets one S&T commissioner innovation and entrepreneurship demonstration base for each industry. It has no 每年 (the 每年 that follows governs the demonstration households only), so it is a level due by 2025 (end-level, reach 1). The industries are the 8+N leading agricultural industries that the 4+2+1 system serves (line 452), so at least 8 bases are needed, one in every industry; the figure is reported as the smallest number of bases of any one industry, never summed (aggregation none), for the city (wuwei).";

/** Commitments without a figure, the 倍增 programme first. */
export const D_FIGURELESS =
  "figureless-commitments: commitments without a figure are not encoded as targets. The 倍增 (doubling) plan for high-tech enterprises and technology-based SMEs (line 432) is the name of a programme (直接列入“高新技术企业倍增计划”), not a target: read literally it would ask for 118 high-tech enterprises (2 × 59) against the 70 of 表1 (line 158) and 188 technology-based SMEs (2 × 94, line 38) against the annual 90 of box 16 (line 442), so the figures of 表1 and box 16 govern. The 百亿级 (ten-billion-yuan) milk base and clusters (lines 182, 210, 236) name a scale without an indicator, a year or a baseline. 持续稳定增长 (line 496, kept in alsoStated of the never-decrease target), 大幅度提高 (line 434), 稳步提高 (line 238), 提高…比重 (line 508) and 全省领先水平 (line 82) give a direction only.";

/** Components of ratio indicators. */
export const D_COMPONENTS =
  "components: a ratio indicator (R&D intensity = 100 × R&D expenditure / GDP, and the other per-10,000-people and share indicators) is never averaged across counties. The plan's text names the numerator and denominator of each ratio (lines 36, 46, 76, 122, 130, 138); they are encoded as component indicators (role component, no targets, all five regions) so that counties can report them and the city's ratio is derived from the summed components.";

/**
 * Every decision taken where 武政办发〔2022〕9号 is ambiguous or contradicts itself (also in docs/decisions.md).
 * Lines are 1-based lines of the plan's text.
 */
export const decisions = [
  {
    id: "components",
    title: "Components of ratio indicators are reported, never averaged",
    lines: [36, 46, 76, 122, 130, 138],
    decision: D_COMPONENTS,
  },
  {
    id: "fiscal-share-own-level",
    title: "Own-level 0.75 and citywide 0.52 are different measures",
    lines: [46, 114, 116],
    decision: D_FISCAL_OWN_LEVEL,
  },
  {
    id: "fiscal-share-county-targets",
    title: "The 1% county target applies to each county; county baselines are reported",
    lines: [76, 114, 118, 504],
    decision: D_FISCAL_COUNTY,
  },
  {
    id: "fiscal-share-separator",
    title: "2%1% without a separator reads as 2% and 1%",
    lines: [76, 118, 504],
    decision: D_FISCAL_SEPARATOR,
  },
  {
    id: "tech-contract-annual-vs-cumulative",
    title: "14.1亿元 is the 2020 annual baseline; 58.4亿元 is a 13th-period total",
    lines: [42, 146, 148],
    decision: D_TECH_CONTRACT,
  },
  {
    id: "patents-all-vs-high-value",
    title: "1.43 is all invention patents in the body but high-value patents in 表1",
    lines: [36, 138, 140],
    decision: D_PATENTS,
  },
  {
    id: "wording-body-vs-table",
    title: "The body's 力争 and 以上 decide the comparator where 表1 has bare numbers",
    lines: [76, 78, 110, 118, 142, 158, 504],
    decision: D_WORDING,
  },
  {
    id: "innovation-platforms-100",
    title: "100 platforms: built over 2021–2025, the 90 existing ones not counted",
    lines: [38, 80, 480],
    decision: D_PLATFORMS,
  },
  {
    id: "reporting-basis",
    title:
      "Cumulative targets take yearly flows (当年新增); increment targets take running totals since 2020 (累计新增)",
    lines: [214, 328, 452, 464, 480],
    decision: D_REPORTING,
  },
  {
    id: "high-tech-enterprises-70",
    title: "70 high-tech enterprises (lines 78, 158, 438) are one target",
    lines: [78, 158, 438],
    decision: D_HIGH_TECH,
  },
  {
    id: "st-commissioners-500",
    title: "500 commissioners a year: line 44 is past practice, line 452 the commitment",
    lines: [44, 452],
    decision: D_COMMISSIONERS,
  },
  {
    id: "high-level-talent-20",
    title: "20 high-level researchers over the period, not every year",
    lines: [452, 464],
    decision: D_TALENT,
  },
  {
    id: "agri-parks-4",
    title: "The 4 provincial agricultural parks are the existing county parks, upgraded",
    lines: [182, 190, 356],
    decision: D_AGRI_PARKS,
  },
  {
    id: "rank-target",
    title: "Rank 6 by 2025 among 14, lower is better",
    lines: [36, 52, 98, 100, 102],
    decision: D_RANK,
  },
  {
    id: "ensure-binding",
    title: "确保 commitments are binding; everything else is expected",
    lines: [104, 232, 242, 432, 504],
    decision: D_ENSURE,
  },
  {
    id: "tech-smes-90-below-94",
    title: "The annual floor of 90 technology-based SMEs is below the 94 of 2020",
    lines: [38, 442],
    decision: D_TECH_SMES,
  },
  {
    id: "park-increments",
    title: "Park increments count new enterprises in the parks; no park baseline",
    lines: [38, 214],
    decision: D_PARK_INCREMENTS,
  },
  {
    id: "per-person-figures",
    title: "Per-commissioner figures are annual floors that never aggregate",
    lines: [452],
    decision: D_PER_PERSON,
  },
  {
    id: "baseline-only-indicators",
    title: "Which 2020 body figures without targets are encoded",
    lines: [36, 38, 40, 42, 46, 52],
    decision: D_BASELINE_ONLY,
  },
  {
    id: "regions",
    title: "Regions of each indicator",
    lines: [114, 496, 504],
    decision: D_REGIONS,
  },
  {
    id: "enterprise-rd-wording",
    title: "比重 (line 78) and 比例 (表1) name the same enterprise R&D indicator",
    lines: [78, 122],
    decision: D_ENTERPRISE_RD,
  },
  {
    id: "fiscal-never-decrease",
    title: "只增不减 applies to each government's fiscal S&T spending, year on year",
    lines: [496, 504],
    decision: D_NEVER_DECREASE,
  },
  {
    id: "sci-pop-targets",
    title: "Science popularisation figures are 2025 levels",
    lines: [562],
    decision: D_SCI_POP,
  },
  {
    id: "testing-bodies",
    title: "3 new testing and certification bodies are an increment",
    lines: [328],
    decision: D_TESTING,
  },
  {
    id: "seed-and-breed-rates",
    title: "Undated rates are due by 2025",
    lines: [232, 242],
    decision: D_RATES,
  },
  {
    id: "per-industry-bases",
    title: "One demonstration base per industry, due by 2025",
    lines: [452],
    decision: D_PER_INDUSTRY,
  },
  {
    id: "figureless-commitments",
    title: "Commitments without a figure are not targets; 倍增 names a programme",
    lines: [38, 82, 158, 182, 210, 236, 238, 432, 434, 442, 496, 508],
    decision: D_FIGURELESS,
  },
  {
    id: "city-own-level-name",
    title: "市本级 is the city government's own level, accepted only for own-level indicators",
    lines: [114, 116],
    decision: D_CITY_OWN_LEVEL,
  },
  {
    id: "indicator-names",
    title: "Other names of indicators; 技术合同成交额 is the yearly turnover, 技术合同交易额 the 13th-plan total",
    lines: [42, 146],
    decision: D_NAMES,
  },
] satisfies PlanInput["decisions"];

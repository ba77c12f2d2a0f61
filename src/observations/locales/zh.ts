/**
 * Chinese messages of observation issues.
 *
 * @internal
 * @module
 */
import type { IssueLocale, IssueParams } from "../issues.js";

const others = (p: IssueParams): string =>
  (p.rows ?? [])
    .map((row, i) => {
      const line = p.lines?.[i];
      return line === undefined ? `rows[${row}]` : `第${line}行`;
    })
    .join("、");

const didYouMean = (p: IssueParams): string =>
  p.suggestions && p.suggestions.length > 0 ? `；是否指 ${p.suggestions.join("、")}？` : "";

/** The Chinese name of each field of a row (the column headings the CSV reader accepts). @internal */
export const FIELD_ZH: Readonly<Record<string, string>> = {
  indicator: "指标",
  region: "地区",
  year: "年份",
  value: "数值",
  unit: "单位",
  status: "状态",
  reporting: "口径",
  source: "来源",
  note: "备注",
};

/** @internal */
export const zh: IssueLocale = {
  "not-an-array": (p) => `数据应为由数据行组成的数组，实际收到 ${p.received}`,
  "not-an-object": (p) => `数据行应为包含指标、地区、年份和数值的对象，实际收到 ${p.received}`,
  "unreadable-row": (p) => `无法读取该数据行（${p.detail ?? "读取属性时出错"}），实际收到 ${p.received}`,
  "missing-field": (p) =>
    `缺少${FIELD_ZH[p.field ?? ""] ?? "字段"}（字段 ${p.field}${p.received === "undefined" ? "" : `，实际收到 ${p.received}`}）`,
  "unknown-field": (p) =>
    `未知字段 ${p.received}，已忽略（可用字段：指标、地区、年份、数值、单位、状态、口径、来源、备注）`,
  "invalid-text": (p) => `字段 ${p.field} 应为文本，实际收到 ${p.received}`,
  "unknown-indicator": (p) => `未知指标 ${p.received}${didYouMean(p)}`,
  "unknown-region": (p) => `未知地区 ${p.received}${didYouMean(p)}`,
  "region-out-of-scope": (p) =>
    `指标“${p.indicatorName?.zh ?? p.indicator}”不按地区 ${p.received} 填报，只适用于${p.regionNames?.zh ?? (p.regions ?? []).join("、")}`,
  "own-level-region": (p) => {
    const name = p.regionNames?.zh ?? "";
    const whole = WHOLE_ZH[p.detail ?? "city"] ?? "全域";
    // A county-level unit named …区 is a district: its whole area is 全区.
    const area = p.detail === "county" && name.endsWith("区") ? "全区" : whole;
    return `${p.received} 是${name}本级口径，不是全域：指标“${p.indicatorName?.zh ?? p.indicator}”按全域统计，请填报${name}${area}的数字`;
  },
  "year-out-of-range": (p) => `年份 ${p.received} 超出 ${p.from}—${p.to} 的范围`,
  "not-a-number": (p) =>
    p.field === "year"
      ? `年份 ${p.received} 不是整数年份`
      : `${p.field === "value" || p.field === undefined ? "数值" : p.field} ${p.received} 不是数字`,
  "not-finite": (p) =>
    `${p.received} 不是可精确保存的有限数值（无穷大、绝对值达到10^30或小于10^-324（0除外）、或有效数字超过30位）`,
  "negative-value": (p) => `${p.received} 为负数；以${p.unitName?.zh ?? p.unit}计的数值不能小于0`,
  "percent-out-of-range": (p) => `${p.received} 不是0到100之间的百分比`,
  "rank-out-of-range": (p) => `位次 ${p.received} 不是1到${p.to ?? "参评单位数"}之间的整数`,
  "fractional-count": (p) => `${p.received} 不是整数（单位：${p.unitName?.zh ?? p.unit}）`,
  "unknown-unit": (p) => `未知单位 ${p.received}`,
  "unit-not-convertible": (p) =>
    `${p.received} 的单位为${p.unitName?.zh ?? p.unit}，无法换算为${p.targetName?.zh ?? p.target}${p.indicator ? `（指标 ${p.indicator} 的单位）` : ""}`,
  "unit-conflict": (p) =>
    `数值 ${p.received} 写明的单位为${p.unitName?.zh ?? p.unit}，但单位字段为${p.targetName?.zh ?? p.target}`,
  "invalid-status": (p) => `未知状态 ${p.received}；可用：正式(A)、初步(P)、估计(E)、预测(F)、断点(B)`,
  "duplicate-identical": (p) =>
    `${p.detailText?.zh ?? p.detail} 的数值 ${p.received} 与${others(p)}重复，已忽略此重复行`,
  "duplicate-conflict": (p) =>
    `${p.detailText?.zh ?? p.detail} 的数值相互矛盾：此处为 ${p.received}，${others(p)}另有不同数值`,
  superseded: (p) =>
    `${p.detailText?.zh ?? p.detail} 的${statusZh(p.status)}数值 ${p.received} 已被${others(p)}的${statusZh(p.kept)}数值取代`,
  "invalid-reporting": (p) => `口径 ${p.received} 无法识别：请填写 当年新增、累计新增 或 期末存量`,
  "reporting-not-convertible": (p) => {
    const head = `${p.detailText?.zh ?? p.indicator} ${p.to ?? ""}年：数值 ${p.received} 按“${p.statedName?.zh ?? p.stated}”填报，而该指标按“${p.reportingName?.zh ?? p.reporting}”计算`;
    if (p.detail === "gap") return `${head}；换算需要 ${p.year}年的数值，但该年缺失，请补充（不作推测）`;
    if (p.detail === "stock-base")
      return `${head}；由期末存量换算需要基期 ${p.year}年末的存量，但既未填报、规划中也没有，请补充 ${p.year}年数值`;
    return `${head}；基期 ${p.from}年及以前的数值无法换算（只换算以后各年）`;
  },
  "reporting-suspect": (p) =>
    `${p.detailText?.zh ?? p.indicator}：数值 ${p.received}（${p.from}—${p.to}年）未注明口径，按“${p.reportingName?.zh ?? p.reporting}”读取，结果为 ${p.figure}；但这些数值${p.reporting === "flow" ? "逐年上升" : "出现逐年下降"}，像是“${p.statedName?.zh ?? p.stated}”，按该口径结果为 ${p.otherFigure}。数值未作改动，请在“口径”列注明口径`,
  "not-utf8": (p) =>
    `文件不是有效的 UTF-8 编码（可能是 Excel 导出的 GBK 文件）：请另存为“CSV UTF-8”后重新读取（开头字节：${p.received}）`,
  "malformed-csv": (p) => `此行不是格式正确的 CSV 数据行（${p.detailText?.zh ?? p.detail}）：${p.received}`,
  "malformed-json": (p) => `不是有效的观测数据 JSON（${p.detail}）：${p.received}`,
  "duplicate-column": (p) => `列 ${p.received} 都表示 ${p.field}，请只保留其中一列`,
  "not-assessed": (p) =>
    `${p.detailText?.zh ?? p.received}：该指标在该地区没有目标，也不用于汇总全市数值，该数据未使用`,
  "implausible-value": (p) => {
    const [kind, side] = (p.detail ?? "baseline-high").split("-");
    const ref = kind === "baseline" ? "规划基期值/目标值" : kind === "series" ? "同一序列其他年份" : "该指标的常见范围";
    const how = side === "low" ? "不到其1/50（或百分比不到其1/20）" : "达到其50倍以上";
    const unit = p.unitName?.zh ?? p.unit ?? "";
    const meant =
      p.reason === "percent-as-ratio"
        ? `可能是把百分比写成了小数，应为 ${p.probable} ${unit}（数值×100）`
        : p.reason === "unit-scale"
          ? `可能单位是${p.targetName?.zh ?? p.target}而未注明：${p.value} ${p.targetName?.zh ?? p.target} = ${p.probable} ${unit}`
          : `可能相差100倍，应为 ${p.probable} ${unit}`;
    return `${p.detailText?.zh ?? ""} 的数值 ${p.value ?? p.received} ${unit}与${ref}（${p.baseline} ${unit}）相比${how}：${meant}；数值未作改动，请核对`;
  },
  "county-above-city": (p) =>
    `${p.detailText?.zh ?? ""} 的数值 ${p.value ?? p.received} ${p.unitName?.zh ?? p.unit ?? ""}高于同年${p.regionNames?.zh ?? "全市"}的 ${p.baseline}（${others(p)}）：县区数应不超过全市合计，可能是填错了地区或口径；数值未作改动，请核对`,
};

function statusZh(status: string | undefined): string {
  switch (status) {
    case "normal":
      return "正式";
    case "provisional":
      return "初步";
    case "estimated":
      return "估计";
    case "forecast":
      return "预测";
    case "break":
      return "断点";
    default:
      return status ?? "";
  }
}

/** The whole area of a region by its level: 全省, 全市, 全县. */
const WHOLE_ZH: Readonly<Record<string, string>> = {
  nation: "全国",
  province: "全省",
  city: "全市",
  county: "全县",
  township: "全乡镇",
};

import { definePlan, type Plan } from "../../model/definePlan.js";
import { boxes } from "./boxes.js";
import { decisions } from "./decisions.js";
import { indicators } from "./indicators.js";
import { meta } from "./meta.js";
import { chapters, principles } from "./outline.js";
import { regions } from "./regions.js";
import { units } from "./units.js";

/**
 * Wuwei City's 14th Five-Year Plan for Science and Technology Innovation (武威市“十四五”科技创新规划,
 * 武政办发〔2022〕9号) as checked, deep-frozen data: document metadata, outline, boxes, regions, units,
 * indicators with baselines and targets, and the decisions taken where the text is ambiguous. Every title and
 * figure carries `source: { line, quote }` pointing into the plan's text.
 *
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * wuwei14.document.number; //=> "武政办发〔2022〕9号"
 * wuwei14.period; //=> { start: 2021, end: 2025 }
 * ```
 * @category Plans
 */
export const wuwei14: Plan = /* @__PURE__ */ definePlan({
  ...meta,
  regions,
  units,
  principles,
  chapters,
  boxes,
  indicators,
  decisions,
});

import { definePlan, wuwei14 } from "@wuwei/sti-plan";

// The embedded plan: typed, frozen, every figure traceable to its line of the document.
console.log(wuwei14.title.zh, wuwei14.document.number, `${wuwei14.period.start}–${wuwei14.period.end}`);

// Any plan written as data (the 15th plan, say) is checked the same way; every problem is reported.
const copy = definePlan(JSON.parse(JSON.stringify(wuwei14)));
console.log(copy.baselineYear);

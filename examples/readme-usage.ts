import { assess, definePlan, getIndicator, wuwei14 } from "@wuwei/sti-plan";

// The embedded plan: typed, frozen, every figure traceable to its line of the document.
console.log(wuwei14.title.zh, wuwei14.document.number, `${wuwei14.period.start}–${wuwei14.period.end}`);
const rd = getIndicator(wuwei14, "rd-intensity");
console.log(rd.name.en, rd.baselines[0]?.value, "→", rd.targets[0]?.value, rd.targets[0]?.alsoStated?.[0]?.quote);

// Progress on exact decimals, by a named method: 0.95 % in 2023 on the way from 0.62 % (2020) to 1.5 % (2025).
const result = assess(
  {
    direction: "increase",
    baseline: { year: 2020, value: "0.62" },
    target: { year: 2025, value: "1.5" },
    series: [{ year: 2023, value: "0.95" }],
  },
  { method: "schedule" },
);
// The result is typed by method and kind: narrowing gives the schedule method's named figures.
if (result.method === "schedule" && result.kind === "end-level") {
  console.log(result.status, result.figures.completion, result.figures.timeShare, result.figures.lead);
}

// Any plan written as data (the 15th plan, say) is checked the same way; every problem is reported.
const copy = definePlan(JSON.parse(JSON.stringify(wuwei14)));
console.log(copy.baselineYear);

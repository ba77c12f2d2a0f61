import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservationsCsv } from "@wuwei/sti-plan/io";
import {
  classLabel,
  evaluationClasses,
  renderEvaluationReport,
  renderTrajectory,
  scorecard,
  trajectories,
} from "@wuwei/sti-plan/report";

// R&D intensity as an office sends it: 2023 provisional (初步), and a row for a region the plan does not know.
const csv = `指标,地区,年份,数值,状态
研发经费投入强度,武威市,2021,0.70,
研发经费投入强度,武威市,2022,0.80,
研发经费投入强度,武威市,2023,0.95,初步
研发经费投入强度,兰州市,2023,0.9,
`;
const read = readObservationsCsv(csv);
const { observations, issues } = validateObservations(wuwei14, read.rows);
const card = scorecard(wuwei14, observations, { asOf: "2024-06-30", method: "schedule", region: "wuwei" });
const i = card.rows.findIndex((row) => row.indicator.id === "rd-intensity");
const cls = evaluationClasses(card)?.byRow[i]; // completion 0.375 against a time share of 0.6
console.log(cls && classLabel(cls)); // 相对滞后
const charts = trajectories(card, { plan: wuwei14, observations }); // one per target, every year reported
const rd = charts[i];
console.log(rd?.linear.find((m) => m.year === 2023)?.value); // 1.148 = 0.62 + 3/5 × 0.88, the planned path
const svg = rd ? renderTrajectory(rd) : ""; // the chart, 2023 drawn hollow
console.log(svg.match(/class="tj-pt"/g)?.length); // 3 years
const html = renderEvaluationReport(card, { trajectories: charts, problems: [...read.issues, ...issues] });
console.log(html.includes("<h1>实施情况中期评估报告</h1>"), issues.length); // true 1 (the unknown region, in 附录一)

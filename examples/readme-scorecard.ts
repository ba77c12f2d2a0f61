import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservationsCsv } from "@wuwei/sti-plan/io";
import { renderHtml, renderText, scorecard } from "@wuwei/sti-plan/report";

const csv = "指标,地区,年份,数值\n研发经费投入强度,武威市,2023,０．９５%\n";
const { observations, issues } = validateObservations(wuwei14, readObservationsCsv(csv).rows);
console.log(observations[0]?.indicator, observations[0]?.value, issues.length); // rd-intensity 0.95 0
const card = scorecard(wuwei14, observations, { asOf: "2023-12-31", method: "schedule" });
const text = renderText(card); // the aligned terminal table, in Chinese
console.log(text.split("\n").find((line) => line.startsWith("研发经费投入强度")));
const page = renderHtml(card, { lang: "en" }); // table + chart in one page, no external assets
console.log(page.startsWith("<!doctype html>"));

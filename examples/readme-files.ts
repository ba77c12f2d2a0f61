import { validateObservations, wuwei14 } from "@wuwei/sti-plan";
import { readObservations, writeXlsx } from "@wuwei/sti-plan/io";

// A county's wide table as Excel saves it: a title naming the county, a column per year, a missing marker, a footnote.
const csv = "民勤县科技创新主要指标,,,\n指标名称,单位,2022年,2023年\n高新技术企业数,家,11,—\n注：2023年为初步数,,,\n";
const file = readObservations(new TextEncoder().encode(csv));
console.log(file.format, file.encoding, file.layout, file.counts.rows, file.counts.noFigure); // csv utf-8 wide 1 1
console.log(file.problems.map((p) => `${p.line} ${p.code}`).join("; ")); // 1 title-line; 3 no-figure; 4 footnote
const { observations } = validateObservations(wuwei14, file.rows);
console.log(JSON.stringify(observations[0]));

// The same table as a workbook: each figure keeps its sheet and cell.
const book = writeXlsx([
  {
    name: "民勤县",
    rows: [
      ["指标名称", "单位", "2022年"],
      ["高新技术企业数", "家", 11],
    ],
  },
]);
const read = readObservations(book);
console.log(read.format, JSON.stringify(read.places[0])); // xlsx {"sheet":"民勤县","line":2,"column":3,"cell":"C2"}

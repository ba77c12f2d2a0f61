// The stress cases of the test suite, timed. The tests (test/hostile-*.test.ts) prove that every row is accounted
// for, with no hang and no crash, and carry no time limit; their speed is measured here, each against a plain
// reference that touches the same input in the same run, with a budget on the ratio (machines differ; ratios on
// the same machine in the same run much less).
import { performance } from "node:perf_hooks";
import Papa from "papaparse";

/** Median of `runs` timings of `fn`, in milliseconds. */
function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return (times[(runs - 1) >> 1] + times[runs >> 1]) / 2;
}

/**
 * Run the stress cases with the built package's functions.
 * @returns one entry per case: its time, the reference's time, the ratio and the ratio's budget.
 */
export function stressCases({ wuwei14, validateObservations, readObservationsCsv }) {
  const papa = (text) => Papa.parse(text, { skipEmptyLines: false });
  const cases = [];
  const add = (name, libraryFn, referenceFn, budgetRatio, runs = 3) => {
    const ms = time(libraryFn, runs);
    const referenceMs = time(referenceFn, runs);
    const ratio = ms / referenceMs;
    cases.push({
      name,
      ms: Math.round(ms),
      referenceMs: Math.round(referenceMs * 10) / 10,
      ratio: Math.round(ratio * 10) / 10,
      budgetRatio,
      pass: ratio <= budgetRatio,
    });
  };

  // A million small rows, one in ten not a number and one in ten not an object (as in hostile-validate.test.ts).
  const indicators = wuwei14.indicators.filter((i) => i.regions.includes("wuwei")).map((i) => i.id);
  const N = 1_000_000;
  const million = new Array(N);
  for (let i = 0; i < N; i++) {
    const k = i % 10;
    million[i] =
      k === 7
        ? { indicator: "rd-intensity", region: "wuwei", year: 2023, value: "abc" }
        : k === 9
          ? null
          : {
              indicator: indicators[i % indicators.length],
              region: "wuwei",
              year: 1000 + (Math.floor(i / indicators.length) % 9000),
              value: String((i % 13) + 1),
            };
  }
  const known = new Set(indicators);
  add(
    "validate 1,000,000 rows (20 % bad, many repeats)",
    () => validateObservations(wuwei14, million, { years: { from: 1000, to: 9999 } }),
    () => {
      // Reference: the same shape checks and repeat detection on plain numbers.
      const seen = new Set();
      let bad = 0;
      for (const row of million) {
        if (
          row === null ||
          typeof row !== "object" ||
          !known.has(row.indicator) ||
          !Number.isFinite(Number(row.value))
        ) {
          bad++;
          continue;
        }
        const key = `${row.indicator}\u0000${row.region}\u0000${row.year}`;
        if (seen.has(key)) bad++;
        else seen.add(key);
      }
      return bad;
    },
    30,
    1,
  );

  // 100,000 CSV lines, every tenth malformed (as in hostile-files.test.ts); the reference is papaparse alone.
  const lines = ["indicator,region,year,value"];
  for (let i = 0; i < 100_000; i++)
    lines.push(`rd-intensity,wuwei,${1000 + (i % 9000)},${i % 10 === 3 ? "1,234" : i % 50}`);
  const csv = lines.join("\n");
  add(
    "read 100,000 CSV lines (10 % malformed)",
    () => readObservationsCsv(csv),
    () => papa(csv),
    8,
  );

  // A 10 MB cell, read and validated; the reference is papaparse alone on the same text (the reader is built on it).
  const big = "9".repeat(10_000_000);
  const bigCsv = `indicator,region,year,value\nrd-intensity,wuwei,2023,${big}\nrd-intensity,${big},2022,0.9\n`;
  add(
    "read and validate a file with two 10 MB cells",
    () => validateObservations(wuwei14, readObservationsCsv(bigCsv).rows),
    () => papa(bigCsv),
    15,
  );
  return cases;
}

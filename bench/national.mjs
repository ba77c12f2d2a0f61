#!/usr/bin/env node
// National scale (issue 13, item 6): a generated plan for one nation, 31 provinces, 330 cities and 2,850 counties,
// 50 indicators (sums of counts and currency, ratios with their numerator and denominator components, own-level
// percentages with targets by level), and six years of county figures — about 850,000 rows — run through the WHOLE
// CLI path in a child process (read CSV → validate → assess every target in every region → scorecard → JSON):
//   node dist/cli.js report --plan plan.json data.csv --format json --out result.json
// timing wall clock and peak RSS (a preload writes `process.resourceUsage().maxRSS` at exit). Smaller cases of about
// 10,000 and 100,000 rows take the first counties of the same tree (rows and regions grow together); the 1,000,000
// row case is the national tree with one more year (2019). Every figure is made up, from a seeded PRNG (no
// Math.random): the same files on every run.
//   node bench/national.mjs          all four cases, a table, exit 1 when a budget is missed
// `scripts/bench.mjs` calls `nationalCases` and adds its figures to bench/results/latest.json.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** The budgets of issue 13, item 6, for the national case; each child run is killed after `capMs`. */
export const NATIONAL_BUDGET = { ms: 15_000, maxRssMiB: 2048, capMs: 120_000 };
const AS_OF = "2025-12-31";
const NATIONAL_COUNTIES = 2850;

// ---------------------------------------------------------------------------------------------------------------
// Deterministic numbers: a 32-bit hash of the series' key seeds mulberry32, so a county's figures are the same in
// every case (a smaller case is a prefix of the national tree, not another draw).
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function hash(...parts) {
  let h = 2166136261;
  for (const p of parts) {
    h = Math.imul(h ^ (p + 0x9e3779b9), 16777619) >>> 0;
    h ^= h >>> 13;
  }
  return h >>> 0;
}
/** FNV-1a of a text, so each series (a ratio's numerator and denominator too) draws its own stream. */
function textHash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}
const pad = (n) => String(n).padStart(2, "0");

// ---------------------------------------------------------------------------------------------------------------
// The tree. Cities have 9 or 8 counties (7 of every 11 cities have 9: 30 × 95 = 2,850 counties in 330 cities);
// provinces have 11 cities (the first 20) or 10 (the other 11): 330 cities in 31 provinces.
function regionTree(countyCount) {
  const cities = [];
  let left = countyCount;
  for (let c = 0; left > 0; c++) {
    const size = Math.min(left, c % 11 < 7 ? 9 : 8);
    cities.push(size);
    left -= size;
  }
  const provinces = [];
  for (let p = 0, taken = 0; taken < cities.length; p++) {
    const size = Math.min(cities.length - taken, p < 20 ? 11 : 10);
    provinces.push(cities.slice(taken, taken + size));
    taken += size;
  }
  const regions = [{ id: "cn", name: { zh: "示例国", en: "Illustrative nation" }, level: "nation" }];
  const counties = [];
  provinces.forEach((cityList, pi) => {
    const p = `p${pad(pi + 1)}`;
    regions.push({
      id: p,
      name: { zh: `示例第${pi + 1}省`, en: `Illustrative province ${pi + 1}` },
      level: "province",
      parent: "cn",
    });
    cityList.forEach((countyTotal, ci) => {
      const c = `${p}c${pad(ci + 1)}`;
      regions.push({
        id: c,
        name: { zh: `示例第${pi + 1}省第${ci + 1}市`, en: `Illustrative city ${pi + 1}-${ci + 1}` },
        level: "city",
        parent: p,
      });
      for (let k = 0; k < countyTotal; k++) {
        const id = `${c}k${pad(k + 1)}`;
        regions.push({
          id,
          name: {
            zh: `示例第${pi + 1}省第${ci + 1}市第${k + 1}县`,
            en: `Illustrative county ${pi + 1}-${ci + 1}-${k + 1}`,
          },
          level: "county",
          parent: c,
        });
        counties.push({ id, index: counties.length, province: p });
      }
    });
  });
  return { regions, counties, cities: cities.length, provinces: provinces.length };
}

// ---------------------------------------------------------------------------------------------------------------
// The indicators: 25 sums (counts and currency), 5 ratios (percent = 100 × numerator / denominator) with their 10
// components, 10 own-level percentages (本级, never aggregated) reported by every region: 50 in all.
const UNITS = [
  { id: "percent", symbol: { zh: "%", en: "%" }, dimension: "percent" },
  { id: "enterprise", symbol: { zh: "家", en: "enterprises" }, dimension: "count" },
  { id: "item", symbol: { zh: "项", en: "items" }, dimension: "count" },
  { id: "person", symbol: { zh: "人", en: "persons" }, dimension: "count" },
  { id: "cny-10k", symbol: { zh: "万元", en: "10,000 yuan" }, dimension: "currency", scale: 4 },
  { id: "cny-100m", symbol: { zh: "亿元", en: "100 million yuan" }, dimension: "currency", scale: 8 },
];
const SUM_UNITS = ["enterprise", "item", "person", "cny-10k", "cny-100m"];
const SYMBOL = new Map(UNITS.map((u) => [u.id, u.symbol.zh]));
const SRC = { line: 1, quote: "示例" };

/** The catalogue: for each series, how a county's figure is drawn (in hundredths for currency and percent). */
function catalogue() {
  const series = [];
  for (let k = 1; k <= 25; k++) {
    const unit = SUM_UNITS[(k - 1) % SUM_UNITS.length];
    const hundredths = unit.startsWith("cny");
    series.push({ id: `sum-${pad(k)}`, kind: "sum", unit, hundredths, k, base: hundredths ? 5_000 : 40 });
  }
  for (let k = 1; k <= 5; k++) {
    series.push({ id: `ratio-${pad(k)}-num`, kind: "component", unit: "cny-10k", hundredths: true, k, base: 2_000 });
    series.push({ id: `ratio-${pad(k)}-den`, kind: "component", unit: "cny-10k", hundredths: true, k, base: 150_000 });
    series.push({ id: `ratio-${pad(k)}`, kind: "ratio", unit: "percent", hundredths: true, k });
  }
  for (let k = 1; k <= 10; k++) {
    series.push({ id: `own-share-${pad(k)}`, kind: "own", unit: "percent", hundredths: true, k });
  }
  return series;
}

/** A county's (or, for an own-level share, any region's) figure in a year, as an integer (hundredths where noted). */
function drawn(s, regionKey, year, regionSalt) {
  const rand = mulberry32(hash(textHash(s.id), regionKey, regionSalt));
  const base = s.base * (0.3 + 2 * rand());
  const growth = -0.02 + 0.14 * rand();
  const noise = 1 + 0.04 * (mulberry32(hash(textHash(s.id), regionKey, year, regionSalt))() - 0.5);
  return Math.max(1, Math.round(base * (1 + growth) ** (year - 2020) * noise));
}
/** An own-level share in hundredths of a percent: 0.30–4.00 %, drifting up. */
function ownShare(s, regionKey, year, regionSalt) {
  const rand = mulberry32(hash(textHash(s.id), regionKey, regionSalt, 7));
  const start = 30 + Math.floor(250 * rand());
  const step = Math.floor(25 * rand());
  const noise = Math.floor(10 * mulberry32(hash(textHash(s.id), regionKey, year, regionSalt, 11))());
  return Math.min(400, start + step * (year - 2020) + noise);
}
const hundredthsText = (n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;

/** The figure of series `s` for a region in a year, as the decimal string written to the CSV. */
function valueText(s, byId, regionKey, year, salt) {
  if (s.kind === "own") return hundredthsText(ownShare(s, regionKey, year, salt));
  if (s.kind === "ratio") {
    const num = drawn(byId.get(`${s.id}-num`), regionKey, year, salt);
    const den = drawn(byId.get(`${s.id}-den`), regionKey, year, salt);
    return hundredthsText(Math.round((10_000 * num) / den));
  }
  const v = drawn(s, regionKey, year, salt);
  return s.hundredths ? hundredthsText(v) : String(v);
}

// ---------------------------------------------------------------------------------------------------------------
/**
 * Write one case into `dir`: `plan.json` (passes definePlan) and `data.csv` (indicator,region,year,value,unit).
 * Returns the paths and the counts.
 */
export function writeCase(dir, { counties: countyCount, years }) {
  const tree = regionTree(countyCount);
  const series = catalogue();
  const byId = new Map(series.map((s) => [s.id, s]));
  const allIds = tree.regions.map((r) => r.id);
  const higher = tree.regions.filter((r) => r.level !== "county");

  // Baseline-year totals of the sums for the nation and each province, summed exactly (integers), for the plan's
  // baselines; every other baseline is the reported baseline-year figure.
  const totals = new Map();
  for (const s of series) {
    if (s.kind !== "sum") continue;
    const t = new Map();
    for (const c of tree.counties) {
      const v = drawn(s, c.index, 2020, 0);
      t.set("cn", (t.get("cn") ?? 0) + v);
      t.set(c.province, (t.get(c.province) ?? 0) + v);
    }
    totals.set(s.id, t);
  }
  const provinceIds = tree.regions.filter((r) => r.level === "province").map((r) => r.id);
  const asText = (s, n) => (s.hundredths ? hundredthsText(n) : String(n));

  const indicators = series.map((s) => {
    const common = {
      id: s.id,
      unit: s.unit,
      direction: "increase",
      attribute: s.k % 4 === 0 ? "binding" : "expected",
      chapter: "goals",
      regions: allIds,
      source: SRC,
      notes: ["Illustrative: every figure is made up (bench/national.mjs)."],
    };
    if (s.kind === "component") {
      const part = s.id.endsWith("-num") ? ["分子", "numerator"] : ["分母", "denominator"];
      return {
        ...common,
        name: { zh: `示例比率${s.k}${part[0]}`, en: `Illustrative ratio ${s.k} ${part[1]}` },
        role: "component",
        aggregation: { method: "sum" },
        baselines: [],
        targets: [],
      };
    }
    if (s.kind === "sum") {
      const t = totals.get(s.id);
      const targets = [
        {
          id: `${s.id}.2025.nation`,
          kind: "end-level",
          comparator: "at-least",
          value: asText(s, Math.round(t.get("cn") * 1.4)),
          year: 2025,
          levels: ["nation"],
          source: SRC,
        },
      ];
      // Every city too ("each city at least …"), so every county figure goes into a city's value.
      targets.push({
        id: `${s.id}.2025.city`,
        kind: "end-level",
        comparator: "at-least",
        value: asText(s, Math.round(s.base * 9 * 1.5)),
        year: 2025,
        levels: ["city"],
        source: SRC,
      });
      if (s.k % 3 === 0) {
        // One target value for every province: "each province at least …", 1.3 × the median province's baseline.
        const sorted = provinceIds.map((p) => t.get(p)).sort((a, b) => a - b);
        targets.push({
          id: `${s.id}.2025.province`,
          kind: "end-level",
          comparator: "reach",
          value: asText(s, Math.round(sorted[sorted.length >> 1] * 1.3)),
          year: 2025,
          levels: ["province"],
          source: SRC,
        });
      }
      if (s.k % 5 === 0) {
        targets.push({
          id: `${s.id}.2025.county`,
          kind: "end-level",
          comparator: "strive-for",
          value: asText(s, Math.round(s.base * 1.6)),
          year: 2025,
          levels: ["county"],
          source: SRC,
        });
      }
      return {
        ...common,
        name: { zh: `示例合计指标${s.k}`, en: `Illustrative sum ${s.k}` },
        aggregation: { method: "sum" },
        baselines: ["cn", ...provinceIds].map((region) => ({
          region,
          year: 2020,
          value: asText(s, t.get(region)),
          source: SRC,
        })),
        targets,
      };
    }
    const level = (lv, value, comparator = "reach") => ({
      id: `${s.id}.2025.${lv}`,
      kind: "end-level",
      comparator,
      value,
      year: 2025,
      levels: [lv],
      source: SRC,
    });
    if (s.kind === "ratio") {
      return {
        ...common,
        name: { zh: `示例比率${s.k}`, en: `Illustrative ratio ${s.k}` },
        aggregation: {
          method: "ratio",
          numerator: `${s.id}-num`,
          denominator: `${s.id}-den`,
          scale: "100",
        },
        baselines: [],
        targets: [
          level("nation", "2.5", "strive-for"),
          level("province", "2.2"),
          level("city", "2"),
          level("county", "1.8"),
        ],
      };
    }
    return {
      ...common,
      name: { zh: `示例本级比重${s.k}`, en: `Illustrative own-level share ${s.k}` },
      basis: "own-level",
      aggregation: { method: "none" },
      baselines: [],
      targets: [level("nation", "3"), level("province", "2.5"), level("city", "2"), level("county", "1")],
    };
  });

  const plan = {
    id: "national-illustrative",
    title: {
      zh: "示例国“十四五”科技创新规划（基准测试用，地区和数字均为虚构）",
      en: "Illustrative national 14th Five-Year S&T plan (for the benchmark: every region and figure is made up)",
    },
    document: {
      number: "示例〔2021〕0号",
      issuer: { zh: "示例", en: "Illustrative" },
      written: "2021-12-31",
      issued: "2021-12-31",
      text: "bench/national.mjs",
      source: SRC,
    },
    period: { start: 2021, end: 2025 },
    baselineYear: 2020,
    basedOn: [],
    regions: tree.regions,
    units: UNITS,
    principles: [],
    chapters: [{ id: "goals", number: 1, title: { zh: "发展目标", en: "Goals" }, source: SRC, sections: [] }],
    boxes: [],
    indicators,
    decisions: [],
  };
  const planPath = join(dir, "plan.json");
  writeFileSync(planPath, JSON.stringify(plan));

  // The figures, written in chunks of about 1 MB (never one string of the whole file, never push(...big)).
  const dataPath = join(dir, "data.csv");
  const fd = openSync(dataPath, "w");
  let chunk = "indicator,region,year,value,unit\n";
  let rows = 0;
  const write = (line) => {
    chunk += line;
    rows++;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = "";
    }
  };
  const countySeries = series;
  const ownSeries = series.filter((s) => s.kind === "own");
  try {
    for (const c of tree.counties) {
      for (const s of countySeries) {
        const unit = SYMBOL.get(s.unit);
        for (const year of years) write(`${s.id},${c.id},${year},${valueText(s, byId, c.index, year, 0)},${unit}\n`);
      }
    }
    // Own-level shares are reported by the nation, the provinces and the cities too (their own budgets).
    higher.forEach((r, i) => {
      for (const s of ownSeries) {
        for (const year of years) write(`${s.id},${r.id},${year},${valueText(s, byId, i, year, 1)},%\n`);
      }
    });
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return {
    planPath,
    dataPath,
    rows,
    regions: tree.regions.length,
    counties: tree.counties.length,
    cities: tree.cities,
    provinces: tree.provinces,
    dataBytes: statSync(dataPath).size,
    planBytes: statSync(planPath).size,
  };
}

/** Rows a case of `counties` counties and `years` years writes (50 series per county, 10 per higher region). */
function rowsOf(counties, years) {
  const t = regionTree(counties);
  return years * (50 * counties + 10 * (t.regions.length - counties));
}
/** The fewest counties whose six years give at least `rows` rows. */
function countiesFor(rows) {
  let n = 1;
  while (rowsOf(n, 6) < rows) n++;
  return n;
}

const PRELOAD = `import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const file = process.env.NATIONAL_BENCH_RSS;
  if (file) {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, cpuUs: u.userCPUTime + u.systemCPUTime }));
  }
});
`;

/**
 * Run the CLI on one case in a child process, killed after `capMs`: wall time (ms), peak RSS (MiB, from the
 * preload), exit status, and the size of the JSON written.
 */
export function runCase(root, dir, written, capMs = NATIONAL_BUDGET.capMs) {
  const preload = join(dir, "rss-preload.mjs");
  writeFileSync(preload, PRELOAD);
  const rssFile = join(dir, "rss.txt");
  rmSync(rssFile, { force: true });
  const out = join(dir, "result.json");
  const args = [
    "--import",
    pathToFileURL(preload).href,
    join(root, "dist/cli.js"),
    "report",
    "--plan",
    written.planPath,
    written.dataPath,
    "--format",
    "json",
    "--out",
    out,
    "--as-of",
    AS_OF,
    "--lang",
    "en",
  ];
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
    timeout: capMs,
    killSignal: "SIGKILL",
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, NATIONAL_BENCH_RSS: rssFile, NO_COLOR: "1" },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const timedOut = child.error?.code === "ETIMEDOUT" || child.signal === "SIGKILL";
  if (timedOut) return { timedOut: true, ms: null, maxRssMiB: null, status: null, resultBytes: null };
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`the CLI exited ${child.status} on ${written.dataPath}: ${child.stderr.slice(0, 2000)}`);
  }
  let usage = null;
  try {
    usage = JSON.parse(readFileSync(rssFile, "utf8"));
  } catch {
    // No file: the child died before its exit handler ran.
  }
  return {
    timedOut: false,
    ms: Math.round(ms),
    maxRssMiB: usage === null ? null : Math.round(usage.maxRSS / 1024),
    // CPU time (user + system) of the child: what the wall time would be on an idle machine, roughly.
    cpuMs: usage === null ? null : Math.round(usage.cpuUs / 1000),
    status: child.status,
    stderrLines: child.stderr === "" ? 0 : child.stderr.trimEnd().split("\n").length,
    resultBytes: statSync(out).size,
    out,
  };
}

/** What the JSON report says it read and used, to check a case before its time is believed. */
function readCounts(out) {
  const report = JSON.parse(readFileSync(out, "utf8"));
  const read = report.read?.counts ?? {};
  return { read: read.read, valid: read.valid, used: read.used, rejected: read.rejected, rows: report.rows?.length };
}

const round = (x, places) => (x === null ? null : Math.round(x * 10 ** places) / 10 ** places);

/**
 * The four cases — about 10,000, 100,000 rows, the national case (2,850 counties, 2020–2025, about 850,000 rows)
 * and 1,000,000 rows (the national tree, 2019–2025) — each generated, run through the CLI and timed. A case after
 * one that hit the cap is not run. Returns the figures and whether the national budget holds.
 */
export function nationalCases(root, { log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "sti-national-"));
  const six = [2020, 2021, 2022, 2023, 2024, 2025];
  const specs = [
    { name: "10k", counties: countiesFor(10_000), years: six },
    { name: "100k", counties: countiesFor(100_000), years: six },
    { name: "national", counties: NATIONAL_COUNTIES, years: six },
    { name: "1M", counties: NATIONAL_COUNTIES, years: [2019, ...six] },
  ];
  const cases = [];
  let capped = false;
  try {
    for (const spec of specs) {
      const generated = process.hrtime.bigint();
      const written = writeCase(dir, spec);
      const generateMs = Math.round(Number(process.hrtime.bigint() - generated) / 1e6);
      const base = {
        name: spec.name,
        rows: written.rows,
        regions: written.regions,
        provinces: written.provinces,
        cities: written.cities,
        counties: written.counties,
        years: `${spec.years[0]}–${spec.years[spec.years.length - 1]}`,
        dataMiB: round(written.dataBytes / 2 ** 20, 1),
        planMiB: round(written.planBytes / 2 ** 20, 1),
        generateMs,
      };
      if (capped) {
        cases.push({ ...base, ms: null, note: "not run: a smaller case went over the cap" });
        log(`${spec.name}: not run (a smaller case went over the cap)`);
        continue;
      }
      log(`${spec.name}: ${written.rows.toLocaleString("en")} rows, ${written.regions.toLocaleString("en")} regions…`);
      const run = runCase(root, dir, written);
      if (run.timedOut) {
        capped = true;
        cases.push({ ...base, ms: null, maxRssMiB: null, note: `over budget: > ${NATIONAL_BUDGET.capMs / 1000} s` });
        log(`${spec.name}: over budget: > ${NATIONAL_BUDGET.capMs / 1000} s (killed)`);
        continue;
      }
      // The report must have read every row and rejected none, or the time measures something else.
      const counts = written.rows <= 200_000 ? readCounts(run.out) : undefined;
      if (counts !== undefined && (counts.read !== written.rows || counts.rejected !== 0)) {
        throw new Error(`${spec.name}: the report read ${counts.read} rows and rejected ${counts.rejected}`);
      }
      rmSync(run.out, { force: true });
      cases.push({
        ...base,
        ms: run.ms,
        msPer1kRows: round(run.ms / (written.rows / 1000), 2),
        cpuMs: run.cpuMs,
        maxRssMiB: run.maxRssMiB,
        exitStatus: run.status,
        resultMiB: round(run.resultBytes / 2 ** 20, 1),
        ...(counts === undefined ? {} : { scorecardRows: counts.rows, used: counts.used }),
      });
      log(`${spec.name}: ${run.ms} ms, peak RSS ${run.maxRssMiB} MiB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const national = cases.find((c) => c.name === "national");
  const per1k = Object.fromEntries(
    cases.filter((c) => c.msPer1kRows !== undefined).map((c) => [c.name, c.msPer1kRows]),
  );
  const ratio = (a, b) => (per1k[a] === undefined || per1k[b] === undefined ? null : round(per1k[b] / per1k[a], 2));
  return {
    budget: NATIONAL_BUDGET,
    asOf: AS_OF,
    cases,
    // ms per 1k rows of the larger case over the smaller: 1 is linear, above 1 grows faster than the rows.
    linearity: { "100k/10k": ratio("10k", "100k"), "1M/100k": ratio("100k", "1M") },
    national: {
      rows: national.rows,
      ms: national.ms,
      maxRssMiB: national.maxRssMiB ?? null,
      pass:
        national.ms !== null &&
        national.ms <= NATIONAL_BUDGET.ms &&
        national.maxRssMiB !== null &&
        national.maxRssMiB <= NATIONAL_BUDGET.maxRssMiB,
    },
  };
}

/** The lines `scripts/bench.mjs` and a run alone print. */
export function nationalLines(figures) {
  const verdict = figures.national.pass ? "PASS" : "FAIL";
  const n = figures.national;
  const shown = (c) =>
    c.ms === null
      ? c.note
      : `${c.ms.toLocaleString("en")} ms (${c.msPer1kRows} ms per 1k rows; CPU ${c.cpuMs === null ? "?" : c.cpuMs.toLocaleString("en")} ms), peak RSS ${c.maxRssMiB} MiB`;
  return [
    `${verdict} national report through the CLI (${n.rows.toLocaleString("en")} rows): ${
      n.ms === null ? figures.cases.find((c) => c.name === "national").note : `${n.ms.toLocaleString("en")} ms`
    } (budget ≤ ${figures.budget.ms.toLocaleString("en")} ms), peak RSS ${n.maxRssMiB ?? "?"} MiB (budget ≤ ${figures.budget.maxRssMiB} MiB)`,
    ...figures.cases.map(
      (c) =>
        `     ${c.name}: ${c.rows.toLocaleString("en")} rows, ${c.regions.toLocaleString("en")} regions, ${c.years}: ${shown(c)}`,
    ),
    `     ms per 1k rows, larger over smaller (1 = linear): 100k/10k ${figures.linearity["100k/10k"] ?? "–"}, 1M/100k ${figures.linearity["1M/100k"] ?? "–"}`,
  ];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, "..");
  const figures = nationalCases(root, { log: (line) => console.error(line) });
  console.log(nationalLines(figures).join("\n"));
  process.exitCode = figures.national.pass ? 0 : 1;
}

#!/usr/bin/env node
// The analyst's desk in a real browser, run by `npm test` after the build (`npm run test:desk`): dist/desk.html
// is opened from file:// in headless Chromium, a data file is set on its input as a user picks one, and the page's
// table is checked against the library's own `scorecard` on the same data. No request may leave the page.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "./chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const { validateObservations, wuwei14 } = await import(join(root, "dist/index.js"));
const { readObservations, writeXlsx } = await import(join(root, "dist/io/index.js"));
const { scorecard, statusLabel } = await import(join(root, "dist/report/index.js"));

let failed = false;
const check = (label, condition, detail = "") => {
  console.log(`${condition ? "ok  " : "FAIL"} ${label}${detail ? ` — ${detail}` : ""}`);
  if (!condition) failed = true;
};

// Size: small enough to e-mail (budget in README, "Performance and size").
const KiB = 1024;
const BUDGET_GZIP = 256 * KiB;
const deskFile = join(root, "dist/desk.html");
const html = readFileSync(deskFile);
const gz = gzipSync(html, { level: 9 }).length;
check(
  "desk.html is small enough to e-mail",
  gz <= BUDGET_GZIP,
  `${(statSync(deskFile).size / KiB).toFixed(0)} KiB, ${(gz / KiB).toFixed(1)} KiB gzip (budget ${BUDGET_GZIP / KiB} KiB gzip)`,
);

const AS_OF = "2026-11-27";
const example = join(root, "examples/wuwei-2020-2025.csv");
const expected = scorecard(
  wuwei14,
  validateObservations(wuwei14, readObservations(readFileSync(example)).rows).observations,
  {
    asOf: AS_OF,
    method: "schedule",
  },
);

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const requests = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith("file://") && !url.startsWith("data:") && !url.startsWith("blob:")) requests.push(url);
  });

  await page.goto(`file://${deskFile}`, { waitUntil: "load" });
  check("lang attribute is zh-CN", (await page.locator("html").getAttribute("lang")) === "zh-CN");
  check("the page says it works offline", (await page.locator("#offline").textContent()).includes("不上传、不联网"));
  check("before a file: no scorecard, a waiting message", (await page.locator("#scorecard").count()) === 0);

  // Keyboard: Tab from the top reaches the language choice and then the file input, both focusable.
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.id);
  await page.keyboard.press("Tab");
  const second = await page.evaluate(() => document.activeElement?.id);
  check(
    "keyboard: Tab reaches the language and the file input",
    first === "lang" && second === "data-file",
    `${first}, ${second}`,
  );

  await page.setInputFiles("#data-file", example);
  await page.locator("#scorecard").waitFor();
  await page.fill("#as-of", AS_OF);
  await page.locator("#as-of").dispatchEvent("change");
  await page.locator("#scorecard caption", { hasText: AS_OF }).waitFor();

  const rows = await page
    .locator("#scorecard tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute("data-indicator"),
        tr.getAttribute("data-region"),
        tr.getAttribute("data-status"),
      ]),
    );
  const want = expected.rows.map((r) => [r.indicator.id, r.region.id, r.status]);
  check(
    "table: the same rows and statuses as the library's scorecard",
    JSON.stringify(rows) === JSON.stringify(want),
    `${rows.length} rows, ${want.length} expected`,
  );
  const achieved = expected.summary.byStatus["target-achieved"] ?? 0;
  const summary = await page.locator("#summary").textContent();
  check(
    "summary: count of achieved targets",
    summary.includes(`${statusLabel("target-achieved", "zh")} ${achieved}`),
    summary.replace(/\n/g, " "),
  );
  check("chart: an SVG is drawn", (await page.locator("#chart svg").count()) === 1);
  const trends = await page
    .locator("#trends figure")
    .evaluateAll((figs) =>
      figs.map((f) => [
        f.getAttribute("data-indicator"),
        f.getAttribute("data-region"),
        f.querySelectorAll("svg").length,
      ]),
    );
  check(
    "charts: one trajectory chart per row, each an SVG",
    trends.length === want.length && trends.every((t, i) => t[0] === want[i][0] && t[1] === want[i][1] && t[2] === 1),
    `${trends.length} charts`,
  );
  // The chart's planned path of R&D intensity at 2023: 0.62 + 3/5 × (1.5 − 0.62) = 1.148, computed by hand.
  const path = await page
    .locator('#trends figure[data-indicator="rd-intensity"] polyline[data-path="linear"]')
    .first()
    .getAttribute("data-values")
    .catch(() => null);
  check(
    "charts: the planned linear path of R&D intensity passes 1.148 in 2023",
    path?.includes("2023:1.148") === true,
    path ?? "(none)",
  );
  const exampleRead = readObservations(readFileSync(example));
  const infoLines = exampleRead.problems.filter((p) => p.severity === "info").length;
  check(
    "problems: no error or warning for the example file, its comment line listed as info",
    (await page.locator("#problems li.error, #problems li.warning").count()) === 0 &&
      (await page.locator("#problems li.info").count()) === infoLines &&
      infoLines > 0,
    `${infoLines} info`,
  );

  // Filters: binding only, then one region.
  await page.check("#binding");
  const binding = await page.locator("#scorecard tbody tr").count();
  const wantBinding = expected.rows.filter((r) => r.indicator.binding).length;
  check("filter: binding only", binding === wantBinding, `${binding} rows, ${wantBinding} expected`);
  await page.uncheck("#binding");
  await page.selectOption("#region", "minqin");
  const minqin = await page
    .locator("#scorecard tbody tr")
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-region")));
  check("filter: one region", minqin.length > 0 && minqin.every((r) => r === "minqin"), `${minqin.length} rows`);
  await page.selectOption("#region", "");

  // Download: the CSV report, made in the page.
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#downloads button:nth-child(2)")]);
  check("download: the CSV report", csv.suggestedFilename() === `scorecard-${AS_OF}.csv`, csv.suggestedFilename());
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("#downloads button:nth-child(4)")]);
  const book = readFileSync(await xlsx.path());
  check(
    "download: the scorecard as an Excel workbook",
    xlsx.suggestedFilename() === `scorecard-${AS_OF}.xlsx` && book[0] === 0x50 && book[1] === 0x4b,
    `${xlsx.suggestedFilename()}, ${book.length} bytes`,
  );

  // English.
  await page.selectOption("#lang", "en");
  check("lang attribute follows the language choice", (await page.locator("html").getAttribute("lang")) === "en");
  check("English headings", (await page.locator("#card-h").textContent()) === "Progress scorecard");

  // A file with problems: each listed with its line and message.
  await page.setInputFiles("#data-file", join(root, "test/fixtures/messy.csv"));
  // Wait for the new file's own status line: the problems list of the previous file is still on the page.
  await page.locator("#status", { hasText: "messy.csv" }).waitFor();
  const listed = await page.locator("#problems li").allInnerTexts();
  const messy = readObservations(readFileSync(join(root, "test/fixtures/messy.csv")));
  const messyIssues = messy.problems.length + validateObservations(wuwei14, messy.rows).issues.length;
  check(
    "problems: every one listed, each with its file line",
    listed.length === messyIssues && listed.every((t) => /^(error|warning|info) · line \d+(, column \d+)?: \S/.test(t)),
    `${listed.length} listed, ${messyIssues} expected; ${listed.slice(0, 2).join(" | ")}`,
  );

  // An Excel workbook as a county keeps it: a title row, a wide table with years as columns, a footnote. Figures
  // (民勤县: high-tech enterprises 9, 10, 11 in 2021–2023; own-level fiscal S&T share 0.6, —, 0.8) written by hand.
  const workbook = writeXlsx([
    {
      name: "Sheet1",
      rows: [
        ["民勤县科技创新主要指标"],
        ["指标名称", "单位", "2021年", "2022年", "2023年"],
        ["高新技术企业数", "家", 9, 10, 11],
        ["市、县两级本级财政科技支出占一般公共预算支出的比重", "%", 0.6, "—", 0.8],
        ["注：2023年为初步数"],
      ],
    },
  ]);
  await page.setInputFiles("#data-file", {
    name: "民勤县.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from(workbook),
  });
  await page.locator("#status", { hasText: "民勤县.xlsx" }).waitFor();
  const statusText = await page.locator("#status").textContent();
  check(
    "xlsx: a wide workbook is read (5 figures, region from its title)",
    /5 figures read, 5 valid; 0 errors, 0 warnings/.test(statusText) && statusText.includes("xlsx"),
    statusText,
  );
  await page.selectOption("#region", "minqin");
  const hte = page.locator(
    '#scorecard tbody tr[data-indicator="fiscal-st-share"][data-region="minqin"] td:nth-child(5)',
  );
  const latestText = (await hte.count()) ? await hte.textContent() : "(no row)";
  check("xlsx: the county's latest figure in the table", latestText === "0.8 (2023)", latestText);
  await page.selectOption("#region", "");

  // The blank form for a county, as a workbook made in the page; it reads back with no error.
  await page.selectOption("#template-region", "gulang");
  const [form] = await Promise.all([page.waitForEvent("download"), page.click("#template button:nth-of-type(1)")]);
  const formBytes = readFileSync(await form.path());
  const formRead = readObservations(formBytes);
  check(
    "template: the county's blank form downloads as .xlsx and reads back with no error",
    form.suggestedFilename() === "form-gulang.xlsx" &&
      formRead.format === "xlsx" &&
      !formRead.problems.some((p) => p.severity === "error"),
    `${form.suggestedFilename()}, ${formRead.counts.noFigure} empty cells`,
  );

  // A file with no usable figure: no scorecard that looks like an assessment.
  await page.setInputFiles("#data-file", {
    name: "empty.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("指标,地区,年份,数值\n"),
  });
  await page.locator("#no-figure").waitFor();
  check("no figure: no scorecard", (await page.locator("#scorecard").count()) === 0);

  // The built CLI writes the page; with --plan, the page opens with that plan.
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const written = join(root, ".tmp/desk-15.html");
  const cli = spawnSync(
    process.execPath,
    [join(root, "dist/cli.js"), "desk", "--plan", join(root, "examples/plan-15-skeleton.json"), "--out", written],
    { encoding: "utf8" },
  );
  check("dist/cli.js desk --plan … --out …", cli.status === 0, cli.stderr.trim());
  await page.goto(`file://${written}`, { waitUntil: "load" });
  const heading = await page.locator("h1").textContent();
  check("desk --plan: the page opens with that plan", heading.includes("十五五"), heading);

  check("no request left the page", requests.length === 0, requests.join(" "));
  check("no console errors or page errors", problems.length === 0, problems.join(" | "));
} catch (error) {
  check("desk test ran", false, error.stack ?? String(error));
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;

#!/usr/bin/env node
// Real-browser check, run by `npm test` after the build: headless Chromium (from the npm package @sparticuz/chromium,
// driven by playwright-core; see chromium.mjs) opens the HTML scorecard the built CLI writes for the example data, and a page that loads the
// built ESM bundle (dist/index.js, bundled with its dependencies by esbuild) from a localhost server and calls
// `assess` in the browser.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { launchChromium, resolveChromium } from "./chromium.mjs";

const root = resolve(import.meta.dirname, "..");
let failed = false;
const check = (label, condition, detail = "") => {
  console.log(`${condition ? "ok  " : "FAIL"} ${label}${detail ? ` — ${detail}` : ""}`);
  if (!condition) failed = true;
};

const cli = join(root, "dist", "cli.js");
const example = join(root, "examples", "wuwei-2020-2025.csv");
const reportArgs = [cli, "report", example, "--as-of", "2023-12-31"];
// The built binary itself, spawned as a user runs it.
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const version = spawnSync("node", [cli, "--version"], { encoding: "utf8" });
check("dist/cli.js --version", version.status === 0 && version.stdout === `${pkg.version}\n`, version.stdout.trim());
const text = spawnSync("node", reportArgs, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
check(
  "dist/cli.js report on the example: exit 0, the scorecard on stdout, nothing on stderr",
  text.status === 0 &&
    text.stdout.includes("进展记分卡") &&
    text.stdout.includes("评估日期：2023-12-31") &&
    text.stderr === "",
  `exit ${text.status}; ${text.stderr.trim()}`,
);
const html = execFileSync("node", [...reportArgs, "--format", "html"], { encoding: "utf8" });
const cardJson = execFileSync("node", [...reportArgs, "--format", "json"], { encoding: "utf8" });
const card = JSON.parse(cardJson);
// dist/cli.js runs the bundle through node:vm with V8's code cache (src/cli/script.ts): the cache must fit this Node,
// and the bundle must give the same output run as a plain file (no cache, no vm).
const { compileCli, CACHE_URL } = await import(join(root, "dist", "cli-script.js"));
check(
  "dist/cli-bundle.cache: V8 accepts the code cache",
  !compileCli(readFileSync(CACHE_URL)).script.cachedDataRejected,
);
const plainArgs = [join(root, "dist", "cli-bundle.cjs"), ...reportArgs.slice(1)];
check(
  "dist/cli-bundle.cjs run as a plain file: the same JSON and text as dist/cli.js",
  execFileSync("node", [...plainArgs, "--format", "json"], { encoding: "utf8" }) === cardJson &&
    spawnSync("node", plainArgs, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }).stdout === text.stdout,
);

const bundle = await build({
  entryPoints: [join(root, "dist", "index.js")],
  bundle: true,
  format: "esm",
  platform: "browser",
  write: false,
});
const assessPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>assess</title></head><body>
<script type="module">
import { assess } from "/bundle.js";
const result = assess(
  { direction: "increase", baseline: { year: 2020, value: "0.62" }, target: { year: 2025, value: "1.5" },
    series: [{ year: 2023, value: "0.95" }] },
  { method: "schedule" },
);
window.__result = result;
document.body.textContent = JSON.stringify(result);
</script></body></html>`;

const pages = {
  "/report.html": ["text/html; charset=utf-8", html],
  "/assess.html": ["text/html; charset=utf-8", assessPage],
  "/bundle.js": ["text/javascript; charset=utf-8", bundle.outputFiles[0].text],
};
const server = createServer((req, res) => {
  const page = pages[new URL(req.url ?? "/", "http://localhost").pathname];
  if (!page) {
    // The browser asks for /favicon.ico on its own: answer "no content" rather than a 404 that logs an error.
    res.writeHead(req.url === "/favicon.ico" ? 204 : 404).end();
    return;
  }
  res.writeHead(200, { "content-type": page[0] }).end(page[1]);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
console.log(`browser: ${browser.from}`);
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));

  await page.goto(`${base}/report.html`, { waitUntil: "load" });
  const rows = await page.locator("tbody tr").count();
  check(
    "report: one table row per target and region",
    rows === card.rows.length,
    `${rows} rows, ${card.rows.length} expected`,
  );
  check("report: lang attribute", (await page.locator("html").getAttribute("lang")) === "zh-CN");
  const svg = page.locator("figure.chart svg");
  check("report: the chart is there", (await svg.count()) === 1);
  const box = await svg.boundingBox();
  check("report: the chart has a size", box !== null && box.width > 600 && box.height > 300, JSON.stringify(box));
  const bars = await svg.locator("rect[fill]").count();
  check("report: the chart has bars", bars > card.rows.length / 2, `${bars} filled rects`);
  const cjkFont = await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"'));
  check("report: a CJK font is available", cjkFont);
  const cell = page.locator("tbody td", { hasText: "研发经费投入强度" }).first();
  check("report: Chinese text is visible in the table", await cell.isVisible());
  const label = svg.locator("text", { hasText: "研发经费投入强度" }).first();
  const labelBox = await label.boundingBox();
  // Eight CJK characters at 13.5px: rendered glyphs, not empty boxes of zero width.
  check(
    "report: Chinese text is drawn in the chart",
    labelBox !== null && labelBox.width > 80,
    JSON.stringify(labelBox),
  );
  const printable = await page.evaluate(() =>
    [...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.media?.mediaText === "print")),
  );
  check("report: a print stylesheet", printable);

  await page.goto(`${base}/assess.html`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 10_000 });
  const result = await page.evaluate(() => window.__result);
  check(
    "bundle: assess runs in the browser",
    result.status === "behind-schedule" && result.figures.completion === "0.375" && result.figures.timeShare === "0.6",
    JSON.stringify(result),
  );
  check("no console errors, page errors or failed requests", problems.length === 0, problems.join(" | "));

  // The evaluation report: printed to PDF by the built CLI through the same browser, several A4 pages.
  const { executablePath, env } = await resolveChromium();
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const pdfPath = join(root, ".tmp", "evaluation.pdf");
  const pdf = spawnSync("node", [...reportArgs, "--format", "pdf", "--out", pdfPath], {
    encoding: "utf8",
    env: { ...process.env, ...env, CHROMIUM_PATH: executablePath },
  });
  const bytes = pdf.status === 0 ? readFileSync(pdfPath) : Buffer.alloc(0);
  const pages = (bytes.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  check(
    "report --format pdf: a PDF of several pages",
    pdf.status === 0 && bytes.subarray(0, 5).toString() === "%PDF-" && pages > 3,
    `exit ${pdf.status}; ${pages} pages; ${pdf.stderr.trim()}`,
  );
} catch (error) {
  check("browser test ran", false, error.stack ?? String(error));
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failed ? 1 : 0;

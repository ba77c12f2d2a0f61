#!/usr/bin/env node
// Make the README's pictures from the built package and the example data, as a person sees them:
// - docs/images/trajectory-*.svg: trajectory charts drawn by the library (written always, no browser needed);
// - with a headless Chromium (scripts/chromium.mjs): the text scorecard in a terminal-like page (report-text.png),
//   the SVG scorecard chart (chart.png), the trajectory charts (trajectory-*.png) and the first page of the A4
//   evaluation report as printed (report-page-1.png). Without one, the PNGs are skipped with a message.
// Needs `npm run build`. Usage: node scripts/pictures.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const images = join(root, "docs", "images");
mkdirSync(images, { recursive: true });
const cli = (...args) =>
  execFileSync(process.execPath, [join(root, "dist", "cli.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
const example = join("examples", "wuwei-2020-2025.csv");
const asOf = "2026-11-27";

// Trajectory charts, from the library itself.
const { validateObservations, wuwei14 } = await import(join(root, "dist", "index.js"));
const { readObservationsCsv } = await import(join(root, "dist", "io", "index.js"));
const { renderTrajectories, renderTrajectory, scorecard, trajectories } = await import(
  join(root, "dist", "report", "index.js")
);
const { observations } = validateObservations(wuwei14, readObservationsCsv(readFileSync(join(root, example))).rows);
const card = scorecard(wuwei14, observations, { asOf, method: "schedule" });
const list = trajectories(card, { plan: wuwei14, observations });
const pick = (indicator, region = "wuwei") => list.find((t) => t.indicator.id === indicator && t.region.id === region);
const svgs = {
  // The city's R&D intensity, derived from the counties' R&D spending and GDP, against its linear path.
  "trajectory-rd-intensity": renderTrajectory(pick("rd-intensity")),
  // The city's high-tech enterprises with each county's line beside it.
  "trajectory-high-tech-enterprises": renderTrajectory(pick("high-tech-enterprises")),
  // Small multiples: the fiscal S&T share of the city and of each county, each against its own target.
  "trajectory-small-multiples": renderTrajectories(
    list.filter((t) => t.indicator.id === "fiscal-st-share"),
    { columns: 3, width: 420 },
  ),
};
for (const [name, svg] of Object.entries(svgs)) writeFileSync(join(images, `${name}.svg`), svg);
console.log(
  `wrote ${Object.keys(svgs)
    .map((n) => `docs/images/${n}.svg`)
    .join(", ")}`,
);

const browser = await launchChromium().catch((error) => {
  console.log(
    `pictures: no headless Chromium (${String(error.message ?? error).split("\n")[0]}): the PNG pictures ` +
      "(report-text, chart, trajectory-*, report-page-1) were not made; the SVG charts above were.",
  );
  return null;
});
if (browser === null) process.exit(0);

const text = cli("report", example, "--as-of", asOf);
const svg = cli("report", example, "--as-of", asOf, "--format", "svg");
const report = cli("report", example, "--as-of", asOf, "--format", "report");
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1e1e1e">
<pre id="t" style="display:inline-block;margin:0;padding:16px 20px;color:#e6e6e6;background:#1e1e1e;font:14px/1.35 'Noto Sans Mono CJK SC','Noto Sans Mono',monospace">$ wuwei-sti-plan report ${example} --as-of ${asOf}
${escapeHtml(text)}</pre></body>`,
  );
  await page.locator("#t").screenshot({ path: join(images, "report-text.png") });
  const shot = async (markup, name) => {
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff"><div id="c" style="display:inline-block">${markup}</div></body>`,
    );
    await page.locator("#c").screenshot({ path: join(images, name) });
  };
  await shot(svg, "chart.png");
  for (const [name, markup] of Object.entries(svgs)) await shot(markup, `${name}.png`);

  // The report's first page as printed: A4 at 96 dpi is 794 × 1123 CSS pixels; print media, page margins of the
  // stylesheet (20 mm top, 16 mm sides) drawn as padding so the screenshot looks like the sheet.
  const a4 = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1.5 });
  await a4.emulateMedia({ media: "print" });
  await a4.setContent(report, { waitUntil: "load" });
  await a4.addStyleTag({ content: "html{background:#fff} body{padding:20mm 16mm 0 !important}" });
  await a4.screenshot({ path: join(images, "report-page-1.png"), clip: { x: 0, y: 0, width: 794, height: 1123 } });
  console.log(
    "wrote docs/images/report-text.png, chart.png, report-page-1.png and " +
      Object.keys(svgs)
        .map((n) => `${n}.png`)
        .join(", "),
  );

  // The offline desk, opened from file:// with the example data picked on its input, as an analyst uses it.
  const desk = await browser.newPage({
    viewport: { width: 1280, height: 1000 },
    deviceScaleFactor: 1,
    locale: "zh-CN",
  });
  await desk.goto(`file://${join(root, "dist", "desk.html")}`);
  await desk.setInputFiles("#data-file", join(root, example));
  await desk.locator("#scorecard").waitFor();
  await desk.fill("#as-of", asOf);
  await desk.locator("#as-of").dispatchEvent("change");
  await desk.locator("#scorecard caption", { hasText: asOf }).waitFor();
  await desk.evaluate(() => document.activeElement?.blur());
  await desk.screenshot({ path: join(images, "desk.png") });
  console.log("wrote docs/images/desk.png");
} finally {
  await browser.close();
}

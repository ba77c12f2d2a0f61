#!/usr/bin/env node
// Make the README's pictures from the built CLI and the example data, as a person sees them:
// the text scorecard in a terminal-like page and the SVG chart, each rendered by headless Chromium.
// Needs `npm run build`; the browser and fonts come from npm packages (scripts/chromium.mjs).
// Usage: node scripts/pictures.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchChromium } from "./chromium.mjs";

const root = resolve(import.meta.dirname, "..");
const cli = (...args) =>
  execFileSync(process.execPath, [join(root, "dist", "cli.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
const example = join("examples", "wuwei-2020-2025.csv");
const asOf = "2026-11-27";
const text = cli("report", example, "--as-of", asOf);
const svg = cli("report", example, "--as-of", asOf, "--format", "svg");
const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
  mkdirSync(join(root, "docs", "images"), { recursive: true });
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#1e1e1e">
<pre id="t" style="display:inline-block;margin:0;padding:16px 20px;color:#e6e6e6;background:#1e1e1e;font:14px/1.35 'Noto Sans Mono CJK SC','Noto Sans Mono',monospace">$ wuwei-sti-plan report ${example} --as-of ${asOf}
${escapeHtml(text)}</pre></body>`,
  );
  await page.locator("#t").screenshot({ path: join(root, "docs", "images", "report-text.png") });
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff"><div id="c" style="display:inline-block">${svg}</div></body>`,
  );
  await page.locator("#c").screenshot({ path: join(root, "docs", "images", "chart.png") });
  console.log("wrote docs/images/report-text.png and docs/images/chart.png");

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
  await desk.screenshot({ path: join(root, "docs", "images", "desk.png") });
  console.log("wrote docs/images/desk.png");
} finally {
  await browser.close();
}

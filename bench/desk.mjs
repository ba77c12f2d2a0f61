// The desk, timed in headless Chromium: from a file set on its input to the scorecard drawn (read, validate,
// assess, render the table, the chart and a trajectory chart per row), for the example data. The reference is a
// plain page that reads the same file and draws its lines as a table, in the same browser and run. Budget (issue
// 15): the desk scores the example data in under a second once loaded.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "../scripts/chromium.mjs";

const PLAIN = `<!doctype html><meta charset="utf-8"><input id="data-file" type="file"><div id="out"></div><script>
document.getElementById("data-file").addEventListener("change", async (e) => {
  const text = await e.target.files[0].text();
  const table = document.createElement("table");
  table.id = "scorecard";
  for (const line of text.split("\\n")) {
    const tr = table.insertRow();
    for (const cell of line.split(",")) tr.insertCell().textContent = cell;
  }
  document.getElementById("out").replaceChildren(table);
});
</script>`;

/** Median milliseconds from setting the file to the table being there, over `runs` fresh page loads. */
async function timeToTable(browser, url, file, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "load" });
    const started = performance.now();
    await page.setInputFiles("#data-file", file);
    await page.locator("#scorecard").waitFor();
    times.push(performance.now() - started);
    await page.close();
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1];
}

/** @returns the desk's time, the plain page's, their ratio and the budget. */
export async function deskCase(root) {
  const BUDGET_MS = 1000;
  const browser = await launchChromium();
  try {
    const file = join(root, "examples", "wuwei-2020-2025.csv");
    const deskMs = await timeToTable(browser, pathToFileURL(join(root, "dist", "desk.html")).href, file, 5);
    const plainMs = await timeToTable(browser, `data:text/html,${encodeURIComponent(PLAIN)}`, file, 5);
    return {
      file: "examples/wuwei-2020-2025.csv",
      deskMs: Math.round(deskMs),
      plainPageMs: Math.round(plainMs),
      ratio: Math.round((deskMs / plainMs) * 10) / 10,
      budgetMs: BUDGET_MS,
      pass: deskMs <= BUDGET_MS,
    };
  } finally {
    await browser.close();
  }
}

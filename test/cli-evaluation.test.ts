import { describe, expect, it } from "vitest";
import { findChromium } from "../src/cli/pdf.js";
import { EXAMPLE, run } from "./support/cli.js";

const files = { "example.csv": EXAMPLE };
const base = ["report", "example.csv", "--as-of", "2026-11-27"];

describe("wuwei-sti-plan report --format report", () => {
  it("writes the evaluation report of the data: the final evaluation after 2025, every target charted", async () => {
    const r = await run([...base, "--format", "report"], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(r.stdout).toContain("<h1>实施情况终期评估报告</h1>");
    expect(r.stdout).toContain('<tr><th scope="row">数据来源</th><td>example.csv</td></tr>');
    // 36 targets in the example data (README), each with its chart.
    expect(r.stdout).toContain('<tr><th scope="row">评估目标</th><td>36</td></tr>');
    expect(r.stdout.match(/<figure class="chart"/g)).toHaveLength(36);
    // The city's high-tech enterprises are summed from the counties: their lines are on its chart.
    const hte =
      /<figure class="chart" data-indicator="high-tech-enterprises" data-region="wuwei">([\s\S]*?)<\/figure>/.exec(
        r.stdout,
      )?.[1];
    expect(new Set([...(hte ?? "").matchAll(/class="tj-pt" data-series="([a-z]+)"/g)].map((m) => m[1]))).toEqual(
      new Set(["wuwei", "liangzhou", "minqin", "gulang", "tianzhu"]),
    );
  });

  it("lists the file's problems in the appendix and still exits 1 on errors", async () => {
    const messy = "指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\nrd-intensity,兰州市,2023,0.9\n";
    const r = await run(["report", "messy.csv", "--as-of", "2023-12-31", "--format", "report", "--lang", "en"], {
      files: { "messy.csv": messy },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /<tr data-code="unknown-region"><td class="num">1<\/td><td>line 3, region<\/td><td>error<\/td>/,
    );
    expect(r.stdout).toContain("<h1>Mid-term evaluation report</h1>");
  });

  it("needs a data file", async () => {
    for (const format of ["report", "pdf"]) {
      const r = await run(["report", "--format", format]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--format ${format} 需要数据文件`);
    }
  });
});

describe("wuwei-sti-plan report --format pdf", () => {
  it("says to print the HTML when no browser is available: exit 2, no stack trace", async () => {
    for (const printPdf of [undefined, async () => false]) {
      const r = await run([...base, "--format", "pdf", "--out", "report.pdf"], {
        files,
        ...(printPdf === undefined ? {} : { printPdf }),
      });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("找不到可用的无头浏览器");
      expect(r.stderr).toContain("--format report --out 报告.html");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.written).toEqual({});
    }
    const en = await run([...base, "--format", "pdf", "--out", "report.pdf", "--lang", "en"], { files });
    expect(en.stderr).toContain("open it in a browser and print it to PDF (paper A4)");
  });

  it("hands the evaluation report to the browser and names the file written", async () => {
    const printed: [string, string][] = [];
    const r = await run([...base, "--format", "pdf", "--out", "report.pdf"], {
      files,
      printPdf: async (html, path) => {
        printed.push([html, path]);
        return true;
      },
    });
    expect(r.code).toBe(0);
    expect(printed.map(([, path]) => path)).toEqual(["report.pdf"]);
    expect(printed[0]?.[0]).toContain("<h1>实施情况终期评估报告</h1>");
    expect(r.stderr).toBe("已写入 report.pdf\n");
  });

  it("needs --out", async () => {
    const r = await run([...base, "--format", "pdf"], { files, printPdf: async () => true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format pdf 需要 --out 文件名");
  });
});

describe("findChromium", () => {
  const playwright = {
    chromium: { executablePath: () => "/cache/ms-playwright/chrome", launch: () => Promise.reject() },
  };
  it("takes CHROMIUM_PATH first, then the system's, then playwright's own download, only where the file exists", () => {
    const only =
      (...paths: string[]) =>
      (p: string) =>
        paths.includes(p);
    expect(findChromium({ CHROMIUM_PATH: "/opt/c" }, playwright, only("/opt/c", "/usr/bin/chromium"))).toBe("/opt/c");
    expect(findChromium({ CHROMIUM_PATH: "/opt/c" }, playwright, only("/usr/bin/chromium"))).toBe("/usr/bin/chromium");
    expect(findChromium({}, playwright, only("/cache/ms-playwright/chrome"))).toBe("/cache/ms-playwright/chrome");
    expect(findChromium({}, playwright, only())).toBeNull();
    expect(findChromium({}, null, only("/cache/ms-playwright/chrome"))).toBeNull();
  });
});

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";

const root = resolve(import.meta.dirname, "..");
const readme = readFileSync(resolve(root, "README.md"), "utf8");

/** Run an example module and collect what it logs. */
async function logsOf(load: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(" "));
  });
  try {
    await load();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

describe("README", () => {
  it.each([
    "examples/readme-usage.ts",
    "examples/readme-scorecard.ts",
    "examples/readme-evaluation.ts",
    "examples/readme-files.ts",
  ])("shows %s verbatim", (path) => {
    const example = readFileSync(resolve(root, path), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it("runs the usage example: the plan, a figure with its source, an assessment, a plan checked again", async () => {
    const lines = await logsOf(() => import("../examples/readme-usage.js"));
    expect(lines).toEqual([
      "武威市“十四五”科技创新规划 武政办发〔2022〕9号 2021–2025",
      "R&D intensity 0.62 → 1.5 力争全社会研发经费支出占地区生产总值的比重达到1.5%",
      // (0.95 − 0.62) / (1.5 − 0.62) = 0.375 against (2023 − 2020) / 5 = 0.6.
      "behind-schedule 0.375 0.6 -0.225",
      "2020",
    ]);
  });

  it("runs the scorecard example: a messy cell read exactly, then the R&D row of the terminal table", async () => {
    const lines = await logsOf(() => import("../examples/readme-scorecard.js"));
    expect(lines[0]).toBe("rd-intensity 0.95 0");
    expect(lines[1]).toMatch(
      /^研发经费投入强度\(%\)\s+武威市\s+0\.62 \(2020\)\s+力争 1\.5 \(2025\)\s+0\.95 \(2023\)\s+滞后于序时进度\s+37\.5%\s+60\.0%\s+-22\.5个百分点/,
    );
    expect(lines[2]).toBe("true");
  });

  it("runs the evaluation example: the class, the planned path, the chart's years, the report with its problem", async () => {
    const lines = await logsOf(() => import("../examples/readme-evaluation.js"));
    // (0.95 − 0.62) / 0.88 = 0.375 against 3/5: 22.5 points behind, beyond the 5-point band.
    expect(lines).toEqual(["相对滞后", "1.148", "3", "true 1"]);
  });

  it("runs the files example: a wide county table read, and the same as a workbook with sheet and cell", async () => {
    const lines = await logsOf(() => import("../examples/readme-files.js"));
    expect(lines).toEqual([
      "csv utf-8 wide 1 1",
      "1 title-line; 3 no-figure; 4 footnote",
      // 高新技术企业数 of 民勤县 in 2022, 11 enterprises: the one figure of the table.
      '{"indicator":"high-tech-enterprises","region":"minqin","year":2022,"value":"11","unit":"enterprise"}',
      'xlsx {"sheet":"民勤县","line":2,"column":3,"cell":"C2"}',
    ]);
  });

  it("names the two newcomer commands", () => {
    expect(readme).toContain("npm run demo");
    expect(readme).toContain("npm test");
  });
});

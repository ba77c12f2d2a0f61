import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";

const root = resolve(import.meta.dirname, "..");

describe("README", () => {
  it("shows examples/readme-usage.ts verbatim", () => {
    const readme = readFileSync(resolve(root, "README.md"), "utf8");
    const example = readFileSync(resolve(root, "examples/readme-usage.ts"), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it("runs the usage example and prints the title, number and period", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(args.join(" "));
    });
    try {
      await import("../examples/readme-usage.js");
    } finally {
      spy.mockRestore();
    }
    expect(lines[0]).toBe("武威市“十四五”科技创新规划 武政办发〔2022〕9号 2021–2025");
    expect(lines[1]).toBe("2020");
  });

  it("names the two newcomer commands", () => {
    const readme = readFileSync(resolve(root, "README.md"), "utf8");
    expect(readme).toContain("npm run demo");
    expect(readme).toContain("npm test");
  });
});

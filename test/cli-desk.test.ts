/**
 * `wuwei-sti-plan desk`: the built page (dist/desk.html, beside the built CLI) written out as it is, or with a plan
 * written as JSON put into it. The page itself is tested in a real browser by scripts/desk-test.mjs.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./support/cli.js";

// In the sources the command looks for desk.html beside src/cli/desk.ts, as the built CLI does beside dist/cli.js.
const PAGE = fileURLToPath(new URL("../src/cli/desk.html", import.meta.url));
const SHELL = `<!doctype html>\n<html lang="zh-CN"><head></head><body><div id="app"></div>\n<script>app()</script></body></html>\n`;
const SKELETON = readFileSync(resolve(import.meta.dirname, "../examples/plan-15-skeleton.json"), "utf8");

describe("desk", () => {
  it("writes the page to --out, saying so on stderr", async () => {
    const result = await run(["desk", "--out", "desk.html"], { files: { [PAGE]: SHELL } });
    expect(result.code).toBe(0);
    expect(result.written["desk.html"]).toBe(SHELL);
    expect(result.stderr).toBe("已写入 desk.html\n");
  });

  it("prints the page without --out", async () => {
    const result = await run(["desk"], { files: { [PAGE]: SHELL } });
    expect(result.stdout).toBe(SHELL);
  });

  it("puts a --plan into the page as JSON before the app, with < escaped", async () => {
    const result = await run(["desk", "--plan", "plan15.json"], { files: { [PAGE]: SHELL, "plan15.json": SKELETON } });
    expect(result.code).toBe(0);
    const match = /<script type="application\/json" id="desk-plan">(.*?)<\/script>\n<script>app\(\)/s.exec(
      result.stdout,
    );
    expect(match).not.toBeNull();
    const plan = JSON.parse(match?.[1] ?? "null") as { id: string; title: { zh: string } };
    expect(plan.title.zh).toBe("武威市“十五五”科技创新规划（示例骨架，并非正式文件）");
    expect(match?.[1]).not.toContain("<");
  });

  it("is a usage error, with what to do, when the page was not built", async () => {
    const result = await run(["desk", "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the desk page desk.html is missing (in a clone, run npm run build first)");
  });

  it("is a usage error when --out cannot be written", async () => {
    const { main } = await import("../src/cli/main.js");
    let stderr = "";
    const code = await main(["desk", "--out", "/no/such/dir/desk.html"], {
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
      readFile: async () => new TextEncoder().encode(SHELL),
      readStdin: async () => new Uint8Array(),
      writeFile: async () => {
        throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      },
      isTTY: false,
      env: {},
      today: () => "2026-11-27",
    });
    expect(code).toBe(2);
    expect(stderr).toContain("无法写入 /no/such/dir/desk.html");
  });

  it("has its help, in both languages", async () => {
    expect((await run(["desk", "--help"])).stdout).toContain("不需要服务器，也不联网");
    expect((await run(["desk", "--help", "--lang", "en"])).stdout).toContain("with no server and");
  });
});

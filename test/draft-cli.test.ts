/**
 * `wuwei-sti-plan draft` through the CLI's in-process `main`: the draft of our plan's text with its review list, the
 * score against the embedded plan, the round trip draft → edit → `report --plan`, `--diff`, GB18030 input, usage
 * errors.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./support/cli.js";

const root = resolve(import.meta.dirname, "..");
const TEXT = new Uint8Array(readFileSync(join(root, "data/wuwei14.txt")));
const IMPL = new Uint8Array(readFileSync(join(root, "test/fixtures/draft/implementation-2027.gb18030.txt")));
const files = { "plan.txt": TEXT, "impl.txt": IMPL };

describe("wuwei-sti-plan draft", () => {
  it("writes the draft as JSON and the review list, each item with its line, to standard error", async () => {
    const r = await run(["draft", "plan.txt", "--out", "draft.json", "--review", "review.json", "--lang", "en"], {
      files,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const plan = JSON.parse(r.written["draft.json"] ?? "");
    expect(plan.document.number).toBe("武政办发〔2022〕9号");
    expect(plan.document.text).toBe("plan.txt");
    expect(plan.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.stderr).toContain(
      "plan.txt:232: year-assumed: The text states no year; drafted as due by the end of the plan (2025). «确保品种优良率达到98%以上»",
    );
    expect(r.stderr).toContain("plan.txt:98: rank-peers:");
    const review = JSON.parse(r.written["review.json"] ?? "");
    expect(review.find((x: { line: number }) => x.line === 186)).toMatchObject({
      code: "unclassified-figure",
      quote: "围绕牛、羊、猪、禽、果、菜、菌、草8个",
    });
    expect(r.stderr.trimEnd().split("\n").at(-1)).toMatch(/^plan\.txt: the draft has \d+ indicators and 23 boxes; /);
  });

  it("prints recall and precision against the embedded plan with --score", async () => {
    const r = await run(["draft", "plan.txt", "--score", "--lang", "en"], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("chapters 8/8, boxes 23/23, tasks 104/104 (draft/reference)");
    // 表1: 41 cells, every one recovered (see test/draft-wuwei.test.ts for how they are counted).
    expect(r.stdout).toContain("| headline table cells | 41 | 41 | 41 | 100.0% | 100.0% |");
    const json = await run(["draft", "plan.txt", "--score", "--format", "json"], { files });
    const score = JSON.parse(json.stdout);
    expect(score.bodyTargets.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("round trip: draft, edit as a reviewer, then report --plan on the edited draft", async () => {
    const drafted = await run(["draft", "plan.txt", "--out", "draft.json"], { files });
    const plan = JSON.parse(drafted.written["draft.json"] ?? "");
    // The reviewer supplies what the text lacks (Gansu has 14 prefecture-level divisions) and names an indicator.
    const rank = plan.indicators.find((i: { unit: string }) => i.unit === "rank");
    rank.peers = 14;
    plan.indicators[1].name.en = "R&D intensity";
    const reviewed = JSON.stringify(plan);
    const report = await run(["report", "--plan", "reviewed.json", "--lang", "en"], {
      files: { ...files, "reviewed.json": reviewed },
    });
    expect(report.stderr).toBe("");
    expect(report.code).toBe(0);
    // R&D intensity: 0.62 % (2020, line 108) to 1.5 % (2025, line 110), strive-for from line 76's 力争.
    expect(report.stdout).toMatch(/^R&D intensity \(%\)\s+\S+\s+0\.62 \(2020\)\s+strive for 1\.5 \(2025\)/m);

    const diff = await run(["draft", "plan.txt", "--diff", "reviewed.json", "--lang", "en"], {
      files: { ...files, "reviewed.json": reviewed },
    });
    expect(diff.code).toBe(0);
    expect(diff.stdout.split("\n").filter((l) => l !== "")).toEqual([
      "+ indicators[table1-row1].peers (line 98): 14",
      '~ indicators[table1-row2].name.en (line 106): "研发经费投入强度" → "R&D intensity"',
      "The reviewed plan against the draft: 1 changed, 1 added, 0 removed.",
    ]);
  });

  it("reads GB18030 bytes", async () => {
    const r = await run(["draft", "impl.txt"], { files });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.title.zh).toBe("云溪市科技创新能力提升三年行动实施方案（2025—2027年）");
    expect(plan.period).toEqual({ start: 2025, end: 2027 });
    expect(r.stderr).toContain("impl.txt:13: table-years:");
  });

  it("says what is wrong with the command line", async () => {
    const none = await run(["draft", "--lang", "en"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("draft needs a text file");
    const missing = await run(["draft", "nowhere.txt", "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read nowhere.txt: no such file");
    const format = await run(["draft", "plan.txt", "--format", "xml"], { files });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("--format：应为 text、json 之一");
    const badJson = await run(["draft", "plan.txt", "--diff", "bad.json"], { files: { ...files, "bad.json": "{" } });
    expect(badJson.code).toBe(1);
    expect(badJson.stderr).toContain("bad.json：不是 UTF-8 编码的有效 JSON");
    const help = await run(["draft", "--help", "--lang", "en"]);
    expect(help.stdout).toContain("--diff FILE");
  });
});

import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { readObservations } from "../src/io/index.js";

// Hand-made: one good row, one with a region the plan does not know, one footnote.
// By hand: figures read 2, valid 1, used 1, rejected 1 (line 3, 火星), skipped 1 (the 注 line).
const FIXTURE = "指标,地区,年份,数值\nrd-intensity,武威市,2023,0.95\nrd-intensity,火星,2023,0.9\n注：2023年为初步数\n";

function io(files: Record<string, string>) {
  const out: Record<string, string | Uint8Array> = {};
  let stdout = "";
  let stderr = "";
  return {
    out,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    io: {
      stdout: (t: string) => {
        stdout += t;
      },
      stderr: (t: string) => {
        stderr += t;
      },
      readFile: async (p: string) => {
        const f = files[p];
        if (f === undefined) throw Object.assign(new Error("no"), { code: "ENOENT" });
        return new TextEncoder().encode(f);
      },
      readStdin: async () => new Uint8Array(),
      writeFile: async (p: string, d: string | Uint8Array) => {
        if (p.startsWith("/missing/")) throw Object.assign(new Error("no dir"), { code: "ENOENT" });
        out[p] = d;
      },
      isTTY: false,
      env: {},
      today: () => "2023-12-31",
    },
  };
}

describe("problems travel with the report", () => {
  it("JSON carries the counts computed by hand", async () => {
    const x = io({ "a.csv": FIXTURE });
    const code = await main(["report", "a.csv", "--format", "json", "--as-of", "2023-12-31"], x.io);
    expect(code).toBe(1);
    const card = JSON.parse(x.stdout);
    expect(card.read.counts).toMatchObject({ read: 2, valid: 1, used: 1, rejected: 1, skipped: 1 });
    const err = card.read.problems.find((p: { severity: string }) => p.severity === "error");
    expect(err.place.zh).toContain("第3行");
  });

  it("text lists the rejected row with its place", async () => {
    const x = io({ "a.csv": FIXTURE });
    await main(["report", "a.csv", "--lang", "en", "--as-of", "2023-12-31"], x.io);
    expect(x.stdout).toContain("1 row rejected");
    expect(x.stdout).toMatch(/error: line 3/);
  });

  it("CSV writes a problems file beside it; xlsx has a problems sheet", async () => {
    const x = io({ "a.csv": FIXTURE });
    await main(["report", "a.csv", "--format", "csv", "--out", "card.csv", "--lang", "en"], x.io);
    expect(String(x.out["card.problems.csv"])).toContain("rejected 1");
    await main(["report", "a.csv", "--format", "xlsx", "--out", "card.xlsx", "--lang", "en"], x.io);
    const book = readObservations(x.out["card.xlsx"] as Uint8Array, { sheet: "Problems" });
    expect(book.format).toBe("xlsx");
  });

  it("no figure: exit 1 and no scorecard; bad --out: exit 2", async () => {
    const x = io({ "b.csv": "指标,地区,年份,数值\nrd-intensity,火星,2023,0.9\n" });
    expect(await main(["report", "b.csv", "--format", "json"], x.io)).toBe(1);
    expect(x.stdout).toBe("");
    const y = io({ "a.csv": FIXTURE });
    expect(await main(["report", "a.csv", "--out", "/missing/x.txt"], y.io)).toBe(2);
    expect(y.stderr).toContain("所在文件夹不存在");
  });
});

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { main } from "../../src/cli/main.js";

/** The result of one in-process run of the CLI. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly written: Readonly<Record<string, string>>;
  /** Files written as bytes (workbooks). */
  readonly writtenBytes: Readonly<Record<string, Uint8Array>>;
}

/** Options of {@link run}: files by path, standard input, terminal, environment, today's date. */
export interface RunOptions {
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  readonly stdin?: string | Uint8Array;
  readonly isTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly today?: string;
  /** A stand-in for writing files (one that fails, say); by default files are collected in `written`. */
  readonly writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
  /** A stand-in for the headless browser of `--format pdf`. */
  readonly printPdf?: (html: string, path: string) => Promise<boolean>;
}

const bytes = (v: string | Uint8Array) => (typeof v === "string" ? new TextEncoder().encode(v) : v);

/** Run `main` with injected io and collect what it wrote. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string> = {};
  const writtenBytes: Record<string, Uint8Array> = {};
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      const file = options.files?.[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes(file);
    },
    readStdin: async () => bytes(options.stdin ?? ""),
    writeFile:
      options.writeFile ??
      (async (path, data) => {
        if (typeof data === "string") written[path] = data;
        else writtenBytes[path] = data;
      }),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    today: () => options.today ?? "2024-06-30",
    ...(options.printPdf === undefined ? {} : { printPdf: options.printPdf }),
  });
  return { code, stdout, stderr, written, writtenBytes };
}

/** The example data set shipped in `examples/`. */
export const EXAMPLE = readFileSync(resolve(import.meta.dirname, "../../examples/wuwei-2020-2025.csv"), "utf8");

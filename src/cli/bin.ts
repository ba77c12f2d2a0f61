import { readFile, writeFile } from "node:fs/promises";
import { main } from "./main.js";
import { printPdf } from "./pdf.js";

/** Today's date in the local time zone, `YYYY-MM-DD`: the default `--as-of`. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  readStdin,
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  writeChunks: (path, chunks) => writeFile(path, chunks, "utf8"),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  today,
  printPdf: (html, path) => printPdf(html, path, process.env),
});
process.exitCode = code;

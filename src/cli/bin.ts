import { readFile, writeFile } from "node:fs/promises";
import { main } from "./main.js";
import { type Importer, printPdf } from "./pdf.js";

/**
 * Node's `import()`, given by dist/cli.js when it runs this bundle through node:vm (src/cli/script.ts), whose
 * scripts have none; not defined when the bundle is run or required as a plain file.
 */
declare const __cliImport: Importer | undefined;
/** `__cliImport` where it is given; else `undefined`, and `printPdf` uses `import()` itself. */
const load = typeof __cliImport === "function" ? __cliImport : undefined;

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

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  readStdin,
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  writeChunks: (path, chunks) => writeFile(path, chunks, "utf8"),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  today,
  printPdf: (html, path) => printPdf(html, path, process.env, load),
}).then(async (code) => {
  // Leave as soon as what was written has been flushed. Waiting for the event loop to empty would also wait for V8's
  // background optimising compiles of the run's hot loops: about 5 ms of a 130 ms report, for nothing it prints.
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write("", () => resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
});

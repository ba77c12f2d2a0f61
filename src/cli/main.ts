/**
 * The `wuwei-sti-plan` command line. `main` takes the arguments and the streams so that tests can run it
 * in-process; `bin.ts` wires it to the real process.
 *
 * @internal
 * @module
 */
import { parseArgs } from "node:util";
import { wuwei14 } from "../plans/wuwei14/index.js";

declare const __PKG_VERSION__: string;

/** Where the CLI writes and what it reads. @internal */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const HELP = `wuwei-sti-plan — ${wuwei14.title.zh} (${wuwei14.document.number})

Usage: wuwei-sti-plan [--help] [--version]

Options:
  -h, --help     show this help
  -v, --version  print the version
`;

/** Run the CLI; returns the exit code (0 ok, 1 data errors, 2 usage errors). @internal */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.version) {
    io.stdout(`${__PKG_VERSION__}\n`);
    return 0;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    io.stdout(HELP);
    return 0;
  }
  io.stderr(`unknown command: ${String(parsed.positionals[0])}\n\n${HELP}`);
  return 2;
}

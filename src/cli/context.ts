/**
 * What the commands share: the io, the context of a command, the usage error (of `usage.ts`).
 *
 * @internal
 * @module
 */
import type { Plan } from "../model/definePlan.js";
import type { Lang } from "../report/types.js";
import type { CommandName, OptionValues } from "./options.js";

/** Where the CLI writes, what it reads, and what it knows of its surroundings. @internal */
export interface CliIo {
  /** Data: the report, the catalogue, the schema, the list of problems. */
  readonly stdout: (text: string) => void;
  /** Messages: problems with the data given to `report`, usage errors, notes. */
  readonly stderr: (text: string) => void;
  /** The bytes of a file (rejects when it cannot be read). */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** The bytes of standard input. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Write a file: text (as UTF-8) or bytes (a workbook). */
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /**
   * Write a text file (UTF-8) from pieces, without joining them into one string (a national scorecard's JSON is
   * some 250 MB). Absent: the pieces are joined and written with `writeFile`.
   */
  readonly writeChunks?: (path: string, chunks: Iterable<string>) => Promise<void>;
  /** Whether standard output is a terminal (colours are used only then). */
  readonly isTTY: boolean;
  /** The environment (`NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's date as `YYYY-MM-DD`, the default `--as-of`. */
  readonly today: () => string;
  /**
   * Print an HTML document to a PDF file through a headless browser; resolves `false` when no browser is available.
   * Absent: no PDF can be made.
   */
  readonly printPdf?: (html: string, path: string) => Promise<boolean>;
}

export { UsageError } from "./usage.js";

/**
 * What a command gets: its option values typed from its row of `COMMAND_OPTIONS` (for a union of commands, the
 * options they share). @internal
 */
export interface CommandContext<C extends CommandName = CommandName> {
  readonly io: CliIo;
  readonly plan: Plan;
  readonly lang: Lang;
  readonly values: OptionValues<C>;
  readonly positionals: readonly string[];
}

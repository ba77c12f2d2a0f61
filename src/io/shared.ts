/**
 * What the older readers (`readObservationsCsv`, `readObservationsJson`) share: decoding bytes as UTF-8, their
 * columns (over the helpers of `columns.ts`), the `duplicate-column` errors and their result.
 *
 * @internal
 * @module
 */
import { describe } from "../observations/describe.js";
import type { ObservationIssue } from "../observations/issues.js";
import { makeIssue } from "../observations/makeIssue.js";
import { duplicates, fieldOf, headerDefaults, makeRow, type ReadRow, withHeaderUnit } from "./columns.js";

export type { ReadRow } from "./columns.js";

/**
 * The result of a file reader: the rows, ready for `validateObservations`, and the problems of the file itself
 * (not UTF-8, malformed lines, duplicate columns). A file line that made no row is named by an error issue with
 * `row: null` and its `line`.
 *
 * @example
 * ```ts
 * import { readObservationsJson, type ReadResult } from "@wuwei/sti-plan/io";
 * const result: ReadResult = readObservationsJson("[");
 * result.issues.map((i) => i.code); //=> ["malformed-json"]
 * ```
 * @category IO
 */
export interface ReadResult {
  /** The rows, each with the file line it starts on. */
  readonly rows: readonly ReadRow[];
  /** Problems with the file: errors for lines that made no row, and for files that could not be read. */
  readonly issues: readonly ObservationIssue[];
}

/** Decode bytes as strict UTF-8 (no BOM in the result); strings pass through without a BOM. @internal */
export function decode(input: unknown): { text: string } | { issue: ObservationIssue } {
  if (typeof input === "string") return { text: input.replace(/^\uFEFF/, "") };
  if (input instanceof Uint8Array) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(input) };
    } catch {
      const head = Array.from(input.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join(" ");
      return { issue: makeIssue("not-utf8", "error", null, [], { received: head }) };
    }
  }
  return {
    issue: makeIssue("malformed-csv", "error", null, [], {
      received: describe(input),
      detail: "expected text or bytes",
    }),
  };
}

/** Read decoded text with `read`, or give the decoding problem as the whole result. @internal */
export function readDecoded(input: unknown, read: (text: string) => ReadResult): ReadResult {
  const decoded = decode(input);
  return "issue" in decoded ? readResult([], [decoded.issue]) : read(decoded.text);
}

/** A `duplicate-column` error for each field named more than once (`value` and `数值`), at `line`. @internal */
export function duplicateColumnIssues(
  fields: readonly { field: string; name: string }[],
  line: number | undefined,
): ObservationIssue[] {
  return [...duplicates(fields)].map(([field, names]) =>
    makeIssue("duplicate-column", "error", null, [], { field, received: names.join(", ") }, line),
  );
}

/** The columns of a header line or of a JSON object's keys, as {@link columnsOf} gives them. @internal */
export interface Columns {
  /** Each header's field, with its name as the clash messages show it. */
  readonly fields: readonly { readonly field: string; readonly name: string }[];
  /** A row of these columns: the entries, with the unit and 口径 of the value header where the row names none. */
  row(entries: readonly (readonly [string, unknown])[], line: number): ReadRow;
}

/** The fields of `headers` (names shown through `shown`), and the rows they make. @internal */
export function columnsOf(headers: readonly string[], shown: (header: string) => string = (h) => h): Columns {
  const fields = headers.map((header, i) => ({ field: fieldOf(header, i), name: shown(header) }));
  const defaults = headerDefaults(headers);
  return { fields, row: (entries, line) => makeRow(withHeaderUnit(entries, defaults), line) };
}

/** The frozen result of a reader. @internal */
export function readResult(rows: ReadRow[], issues: ObservationIssue[]): ReadResult {
  return Object.freeze({ rows: Object.freeze(rows), issues: Object.freeze(issues) });
}

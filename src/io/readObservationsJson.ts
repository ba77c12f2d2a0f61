/**
 * Reading reported figures from JSON.
 *
 * @module
 */
import { describe, truncate } from "../observations/describe.js";
import type { ObservationIssue } from "../observations/issues.js";
import { makeIssue } from "../observations/makeIssue.js";
import { elementStarts, lineAt } from "./json.js";
import { columnsOf, duplicateColumnIssues, type ReadResult, type ReadRow, readDecoded, readResult } from "./shared.js";

/**
 * Read reported figures from JSON text or bytes: an array of row objects, each given the 1-based file line its
 * object starts on, ready for `validateObservations`. Keys may be English or Chinese, as in
 * {@link readObservationsCsv}; values are passed on as they are (numbers stay numbers).
 *
 * Problems with the file are issues, never exceptions: `not-utf8`, `malformed-json` (with the line of the syntax
 * error where the engine reports a position), `not-an-array`, and, for an element that is not an object or names
 * a field twice (`value` and `数值`), `not-an-object` or `duplicate-column` with the element's line; such an element
 * makes no row.
 *
 * @param input - the file's text, or its bytes
 * @returns the rows and the file's issues
 * @example
 * ```ts
 * import { readObservationsJson } from "@wuwei/sti-plan/io";
 * const json = '[\n  { "指标": "rd-intensity", "地区": "wuwei", "年份": 2023, "数值": 0.81 }\n]';
 * readObservationsJson(json).rows; //=> [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: 0.81, line: 2 }]
 * ```
 * @category IO
 */
export function readObservationsJson(input: string | Uint8Array): ReadResult {
  return readDecoded(input, readJsonText);
}

function readJsonText(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const line = at ? lineAt(text, Number(at[1])) : undefined;
    const issue = makeIssue(
      "malformed-json",
      "error",
      null,
      [],
      { received: JSON.stringify(truncate(text.trim().slice(0, 40))), detail: truncate(message.replace(/\s+/g, " ")) },
      line,
    );
    return readResult([], [issue]);
  }
  if (!Array.isArray(data)) {
    return readResult(
      [],
      [makeIssue("not-an-array", "error", null, [], { received: describe(data) }, lineAt(text, 0))],
    );
  }
  const starts = elementStarts(text);
  const rows: ReadRow[] = [];
  const issues: ObservationIssue[] = [];
  data.forEach((element: unknown, index) => {
    const line = lineAt(text, starts[index] ?? 0);
    if (typeof element !== "object" || element === null || Array.isArray(element)) {
      issues.push(makeIssue("not-an-object", "error", null, [], { received: describe(element) }, line));
      return;
    }
    const keys = Object.keys(element);
    const columns = columnsOf(keys);
    const clashes = duplicateColumnIssues(columns.fields, line);
    if (clashes.length > 0) {
      issues.push(...clashes);
      return;
    }
    // JSON.parse makes `__proto__` an own data property, so reading it by descriptor never reaches a prototype.
    const entries = columns.fields.map(
      ({ field }, i) => [field, Object.getOwnPropertyDescriptor(element, keys[i] ?? "")?.value] as const,
    );
    rows.push(columns.row(entries, line));
  });
  return readResult(rows, issues);
}

/**
 * Terminal display width: East Asian wide and fullwidth characters take two columns, ANSI escape sequences none.
 *
 * @internal
 * @module
 */
import { eastAsianWidth } from "get-east-asian-width";

// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks), the escapes a table may contain.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what we match.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Combining marks, enclosing marks and format characters: no column of their own. */
const ZERO_WIDTH = /\p{Mn}|\p{Me}|\p{Cf}/u;

/** Remove ANSI escape sequences. @internal */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/**
 * Columns `text` occupies in a terminal: 2 for wide and fullwidth code points, 0 for combining marks,
 * zero-width characters and control characters, 1 otherwise (East Asian ambiguous counts as narrow, as
 * Unicode UAX #11 recommends when the context is unknown).
 *
 * @internal
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.includes("\u001b") ? stripAnsi(text) : text) {
    const code = char.codePointAt(0) ?? 0;
    // Printable ASCII is one column: no mark or format character among it, and East Asian Width "Na".
    if (code >= 0x20 && code < 0x7f) {
      width += 1;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (ZERO_WIDTH.test(char)) continue;
    width += eastAsianWidth(code, { ambiguousAsWide: false });
  }
  return width;
}

/** Pad `text` with spaces to `width` display columns, on the right (`left` alignment) or on the left. @internal */
export function pad(text: string, width: number, align: "left" | "right" = "left"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? text + fill : fill + text;
}

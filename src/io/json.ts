/**
 * Line numbers of JSON text.
 *
 * @internal
 * @module
 */
/** 1-based line of a character offset. @internal */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  // Point at the first non-blank character from the offset on.
  for (let i = end; i < text.length && /\s/.test(text[i] ?? ""); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Offsets where the elements of a top-level JSON array start. Only called on text that `JSON.parse` accepted, so
 * the scan only has to track strings (with escapes) and nesting depth.
 *
 * @internal
 */
export function elementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\uFEFF") continue;
    if (depth === 1 && expectValue && ch !== "]") {
      starts.push(i);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 1) expectValue = true;
  }
  return starts;
}

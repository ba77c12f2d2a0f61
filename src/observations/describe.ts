/**
 * Render any value, safely, as a short text for an issue's `received`: never throws, never runs more than a
 * bounded amount of work, never prints more than about 80 characters.
 *
 * @internal
 * @module
 */

const MAX = 60;

/** Shorten a string to at most `MAX` code points, marking the cut. @internal */
export function truncate(text: string): string {
  if (text.length <= MAX) return text;
  const points = Array.from(text.slice(0, MAX * 2));
  return points.length <= MAX ? text : `${points.slice(0, MAX).join("")}…`;
}

/** A short, printable rendering of any value. @internal */
export function describe(value: unknown): string {
  try {
    switch (typeof value) {
      case "string":
        return JSON.stringify(truncate(value));
      case "number":
        return Object.is(value, -0) ? "-0" : String(value);
      case "bigint":
        return `${truncate(String(value))}n`;
      case "boolean":
      case "undefined":
        return String(value);
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
      default: {
        if (value === null) return "null";
        if (Array.isArray(value)) return `an array of ${value.length}`;
        const keys = Object.keys(value as object);
        const shown = keys.slice(0, 4).map((k) => truncate(k));
        return `{${shown.join(", ")}${keys.length > 4 ? ", …" : ""}}`;
      }
    }
  } catch {
    return "an unreadable value";
  }
}

import type { ScorecardLevels } from "./levels.js";
import type { Report } from "./types.js";

/**
 * A replacer that gives each plain object to `JSON.stringify` with its keys sorted: the same text as stringifying
 * a sorted deep copy, without building that copy of the whole report first (a national scorecard has tens of
 * thousands of rows). Arrays and scalars pass as they are.
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of sortKeys(Object.keys(value))) out[key] = (value as Record<string, unknown>)[key];
  return out;
}

/**
 * `keys.sort()` (by code unit), in place. An object's few keys are put in order by insertion, which allocates
 * nothing: `Array.prototype.sort` copies its input into a work array on every call, which was the largest part of
 * the national run's allocation (1.7 of 9.6 GB) and so of its garbage collection.
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 24) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/**
 * The text of `value` as `JSON.stringify(value, sortedKeys, 2)` writes it at `depth` levels down (each line after
 * the first indented by two spaces a level): stringified inside `depth` arrays, which indent it so, and cut out of
 * them, instead of re-indenting the text afterwards (a second copy of every row's text).
 */
function nestedText(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  let open = "";
  let close = "";
  for (let k = 0; k < depth; k++) {
    wrapped = [wrapped];
    open += `[\n${"  ".repeat(k + 1)}`;
    close = `\n${"  ".repeat(k)}]${close}`;
  }
  const text = JSON.stringify(wrapped, sortedKeys, 2) as string;
  return text.slice(open.length, text.length - close.length);
}

/**
 * Print a scorecard, a plan overview or a scorecard by level ({@link ScorecardLevels}) as JSON: keys sorted, two-space indent, figures as decimal strings, so the
 * same report always gives the same bytes (diff-friendly) and `JSON.parse` gives back the same data.
 *
 * @param report - a {@link Scorecard}, a {@link PlanOverview} or a {@link ScorecardLevels}
 * @returns the JSON text, ending with a newline
 * @example
 * ```ts
 * import { planOverview, renderJson } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const overview = planOverview(wuwei14);
 * JSON.parse(renderJson(overview)).rows.length === overview.rows.length; //=> true
 * ```
 * @category Report
 */
export function renderJson(report: Report | ScorecardLevels): string {
  let text = "";
  for (const chunk of renderJsonChunks(report)) text += chunk;
  return text;
}

/** Chunks of about this many characters: few writes, and no string of the whole document. */
const CHUNK = 1 << 20;

/**
 * The text of {@link renderJson} in pieces of about a million characters, for writing a large report to a file or a
 * pipe without holding the whole document as one string (a national scorecard is some 250 MB of JSON). The pieces,
 * joined, are exactly `renderJson(report)`: the top two levels (the report's members and the elements of its lists)
 * are written here as `JSON.stringify` lays them out, and each element below by `JSON.stringify` itself, indented
 * to its depth.
 *
 * @internal
 */
export function* renderJsonChunks(report: unknown): Generator<string, void, undefined> {
  const buffer: string[] = [];
  let size = 0;
  for (const piece of pieces(report, "", 0)) {
    buffer.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      yield buffer.join("");
      buffer.length = 0;
      size = 0;
    }
  }
  buffer.push("\n");
  yield buffer.join("");
}

/** Whether JSON leaves an object member out (as `JSON.stringify` does for these values). */
const omitted = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

/** An array index as a property key ("0", "2023"): objects list such keys first, in numeric order. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;
const isIndexKey = (key: string) => INDEX_KEY.test(key) && Number(key) < 4294967295;

/**
 * The keys of an object in the order its sorted copy lists them (the order `sortedKeys` gives `JSON.stringify`):
 * array-index keys first in numeric order — every object orders them so, whatever the insertion order — then the
 * others sorted by code unit.
 */
function keysInOrder(value: object): string[] {
  // A copy made by assignment has no own `__proto__` (assigning it sets the prototype), so neither does the text.
  const keys = Object.keys(value).filter((key) => key !== "__proto__");
  let indexKeys = 0;
  while (indexKeys < keys.length && isIndexKey(keys[indexKeys] as string)) indexKeys++;
  if (indexKeys === 0) return keys.sort();
  return [...keys.slice(0, indexKeys), ...keys.slice(indexKeys).sort()];
}

/** Plain data, written member by member here: a plain object or an array, with no `toJSON` (a date has one). */
function plain(value: object): boolean {
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string, void, undefined> {
  if (depth >= 2 || value === null || typeof value !== "object" || !plain(value)) {
    // Inside an array, what JSON has no text for (undefined, a function, a symbol) is `null`, as it is here.
    yield depth === 0 ? (JSON.stringify(value, sortedKeys, 2) ?? "null") : nestedText(value, depth);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield i === 0 ? `\n${inner}` : `,\n${inner}`;
      yield* pieces(omitted(item) ? null : item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  // Members in key order, as sortedKeys gives them; members JSON leaves out are skipped.
  let first = true;
  for (const key of keysInOrder(value)) {
    const member: unknown = (value as Record<string, unknown>)[key];
    if (omitted(member)) continue;
    yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(member, inner, depth + 1);
  }
  yield first ? "{}" : `\n${indent}}`;
}

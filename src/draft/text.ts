/**
 * Text helpers of the drafter: decoding (UTF-8 or GB18030), lines, a length-preserving fold of full-width forms,
 * and Chinese numerals.
 *
 * @internal
 * @module
 */

/**
 * The encodings the drafter reads: UTF-8, or GB18030 (the national standard, a superset of GBK and GB2312).
 *
 * @example
 * ```ts
 * import type { DraftEncoding } from "@wuwei/sti-plan/draft";
 * const encoding: DraftEncoding = "gb18030";
 * encoding; //=> "gb18030"
 * ```
 * @category Draft
 */
export type DraftEncoding = "utf-8" | "gb18030";

/**
 * Decode the bytes of a plan's text: strict UTF-8 first, then GB18030 (the national standard, a superset of GBK and
 * GB2312, which government sites still serve). A BOM is dropped. `null` when neither decodes.
 *
 * @internal
 */
export function decodeText(input: string | Uint8Array): { text: string; encoding: DraftEncoding } | null {
  if (typeof input === "string") return { text: input.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(input), encoding: "utf-8" };
  } catch {
    try {
      return { text: new TextDecoder("gb18030", { fatal: true }).decode(input), encoding: "gb18030" };
    } catch {
      return null;
    }
  }
}

/** The lines of a text, 0-based in the array (line n of the document is `lines[n - 1]`). @internal */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/**
 * Fold full-width ASCII forms (U+FF01–FF5E) to ASCII and the ideographic space to a space, one character for one,
 * so that positions in the folded line are positions in the original and quotes can be cut from the original.
 *
 * @internal
 */
export function fold(line: string): string {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += line[i];
  }
  return out;
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a Chinese numeral from 1 to 99 (一, 十, 十二, 二十三), or `undefined`. @internal */
export function chineseNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const ten = text.indexOf("十");
  if (ten === -1) return text.length === 1 ? DIGITS[text] : undefined;
  const head = text.slice(0, ten);
  const tail = text.slice(ten + 1);
  const tens = head === "" ? 1 : head.length === 1 ? DIGITS[head] : undefined;
  const ones = tail === "" ? 0 : tail.length === 1 ? DIGITS[tail] : undefined;
  if (tens === undefined || ones === undefined || tens === 0) return undefined;
  return tens * 10 + ones;
}

/** The period of the n-th five-year plan (十四五 → 2021–2025), for plans from the sixth (1981) on. @internal */
export function fiveYearPeriod(n: number): { start: number; end: number } | undefined {
  if (n < 6 || n > 40) return undefined;
  const start = 1981 + 5 * (n - 6);
  return { start, end: start + 4 };
}

/** A decimal string as the model writes it: no leading zeros, no trailing fraction zeros kept as written. @internal */
export function decimalOf(digits: string): string | undefined {
  const m = /^0*(\d+?)(\.\d+)?$/.exec(digits);
  if (!m) return undefined;
  return `${m[1]}${m[2] ?? ""}`;
}

/** Character bigrams of a name, without punctuation, for comparing names. @internal */
export function bigrams(text: string): Set<string> {
  const clean = text.replace(/[\s,，、。;；:：()（）“”"'‘’《》·\-—]/g, "");
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

/** Share of the smaller name's bigrams found in the other (0–1). @internal */
export function overlap(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (small.size === 0) return 0;
  let common = 0;
  for (const g of small) if (large.has(g)) common++;
  return common / small.size;
}

/**
 * What a file is, from its bytes: a workbook, some other known binary (named, so the user can be told what to do), or
 * text in one of the encodings offices save in.
 *
 * @internal
 * @module
 */
import type { NotDataKind } from "./problems.js";

/**
 * The text encoding a file was read in: UTF-8 without or with a byte-order mark, GB18030 (which includes GBK and
 * GB2312, what Excel on Chinese Windows saves a CSV in), or UTF-16 little- or big-endian (Excel's "Unicode 文本").
 *
 * @example
 * ```ts
 * import { readObservations, type TextEncodingName } from "@wuwei/sti-plan/io";
 * const encoding: TextEncodingName | null = readObservations(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).encoding;
 * encoding; //=> "utf-8-bom"
 * ```
 * @category IO
 */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le" | "utf-16be";

/** The first bytes in hex, for messages. @internal */
export function hexHead(bytes: Uint8Array, n = 8): string {
  return Array.from(bytes.subarray(0, n), (b) => b.toString(16).padStart(2, "0")).join(" ");
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** Whether the UTF-16LE form of `name` occurs in the bytes (CFB directory entries are UTF-16LE). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i !== -1 && i <= bytes.length - needle.length; ) {
    for (let j = 1; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) {
        i = bytes.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

/** Whether the bytes start as a zip archive does (an `.xlsx`, `.docx`, … is one). @internal */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/**
 * What the bytes are when they are not text: `xlsx` for a workbook this package reads, a {@link NotDataKind} for
 * anything else recognised, or `null` for bytes that may be text. A zip archive is told apart by its entries' names,
 * listed by `zipEntries` (xlsx.ts, with fflate), passed in so that reading text never loads fflate.
 *
 * @internal
 */
export function sniffBinary(
  bytes: Uint8Array,
  zipEntries: (bytes: Uint8Array) => string[] | null,
): "xlsx" | NotDataKind | null {
  if (isZip(bytes)) {
    const names = zipEntries(bytes);
    if (names === null) return "zip";
    const has = (name: string) => names.includes(name);
    if (has("xl/workbook.xml")) return "xlsx";
    if (has("xl/workbook.bin")) return "xlsb";
    if (has("word/document.xml")) return "docx";
    if (names.some((n) => n.startsWith("ppt/"))) return "pptx";
    if (has("mimetype") && has("content.xml")) return "ods";
    return "zip";
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (hasUtf16Name(bytes, "EncryptedPackage")) return "encrypted-office";
    if (hasUtf16Name(bytes, "WordDocument")) return "doc";
    if (hasUtf16Name(bytes, "PowerPoint Document")) return "pptx";
    return "xls";
  }
  if (startsWith(bytes, ascii("%PDF"))) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("GIF8"))) return "gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, ascii("{\\rtf"))) return "rtf";
  if (startsWith(bytes, [0x1f, 0x8b])) return "gzip";
  if (startsWith(bytes, ascii("Rar!"))) return "rar";
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "7z";
  return null;
}

/** What a decoded text is when it is markup rather than a table. @internal */
export function sniffMarkup(text: string): NotDataKind | null {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || /^<\?xml[^>]*>\s*<html/.test(head)) {
    return "html";
  }
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return "xml-spreadsheet";
  }
  if (head.startsWith("<table") || head.startsWith("<meta")) return "html";
  return null;
}

/** UTF-16 without a byte-order mark: ASCII-heavy text leaves a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.2 && even === 0) return "utf-16le";
  if (even > pairs * 0.2 && odd === 0) return "utf-16be";
  return null;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decode text bytes decisively: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else strict UTF-8 if the bytes are
 * valid UTF-8; else UTF-16 without a mark when every other byte is zero; else strict GB18030. Bytes none of these
 * read, or text with NUL characters, give `null`. A forced encoding is used as it is.
 *
 * @internal
 */
export function decodeText(
  bytes: Uint8Array,
  forced?: TextEncodingName,
): { text: string; encoding: TextEncodingName } | null {
  const labelled = (encoding: TextEncodingName, skip: number) => {
    const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
    const text = tryDecode(label, bytes.subarray(skip));
    return text === null || text.includes("\u0000") ? null : { text: text.replace(/^\uFEFF/, ""), encoding };
  };
  if (forced !== undefined) {
    const bom =
      (forced === "utf-8" || forced === "utf-8-bom") && startsWith(bytes, [0xef, 0xbb, 0xbf])
        ? 3
        : (forced === "utf-16le" && startsWith(bytes, [0xff, 0xfe])) ||
            (forced === "utf-16be" && startsWith(bytes, [0xfe, 0xff]))
          ? 2
          : 0;
    return labelled(forced, bom);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return labelled("utf-8-bom", 3);
  if (startsWith(bytes, [0xff, 0xfe])) return labelled("utf-16le", 2);
  if (startsWith(bytes, [0xfe, 0xff])) return labelled("utf-16be", 2);
  const utf8 = labelled("utf-8", 0);
  if (utf8 !== null) return utf8;
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return labelled(utf16, 0);
  return labelled("gb18030", 0);
}

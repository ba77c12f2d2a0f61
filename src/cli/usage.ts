/**
 * Usage errors of the command line as data, like the library's problems: a code, that code's params, and one
 * message template per language built from the params (as the assessment notes' `noteMessages`).
 *
 * @internal
 * @module
 */
import type { Lang } from "../report/types.js";

/** Why a file could not be read or written: the system's error code (`ENOENT` …) and its own message. @internal */
export interface FileFailure {
  readonly errno: string | null;
  readonly detail: string;
}

/** What each usage error says, by code. @internal */
export interface UsageErrorParams {
  /** `--lang` is neither zh nor en. */
  readonly "bad-lang": { readonly value: string };
  readonly "unknown-command": { readonly command: string; readonly suggestions: readonly string[] };
  readonly "unknown-option": { readonly option: string; readonly suggestions: readonly string[] };
  /** A string option given last, without its value. */
  readonly "missing-value": { readonly option: string };
  /** A switch given a value (`--bom=yes`). */
  readonly "unexpected-value": { readonly option: string };
  /** Any other complaint of the option parser, in its own (English) words. */
  readonly "bad-arguments": { readonly detail: string };
  /** More positional arguments than the command takes. */
  readonly "unexpected-argument": { readonly arguments: readonly string[] };
  readonly "unknown-format": { readonly allowed: readonly string[]; readonly value: string };
  readonly "unknown-method": { readonly allowed: readonly string[]; readonly value: string };
  readonly "unknown-view": { readonly allowed: readonly string[]; readonly value: string };
  readonly "unknown-layout": { readonly allowed: readonly string[]; readonly value: string };
  readonly "bad-as-of": { readonly value: string };
  readonly "bad-years": { readonly value: string };
  readonly "unknown-region": {
    readonly value: string;
    readonly known: readonly string[];
    readonly suggestions: readonly string[];
  };
  readonly "unknown-schema": { readonly value: string };
  /** The command needs a file to read: `validate`'s data, `draft`'s text. */
  readonly "missing-file": { readonly command: "validate" | "draft" };
  /** An output that shows progress, asked for without a data file. */
  readonly "needs-data-file": {
    readonly option: "--view levels" | "--format svg" | "--format report" | "--format pdf";
  };
  /** `--view levels` with a format it has not. */
  readonly "levels-format": { readonly allowed: readonly string[]; readonly value: string };
  /** A format that is not written to the terminal; `dataFile`: it needs a data file too (`report --format xlsx`). */
  readonly "needs-out": { readonly format: "pdf" | "xlsx"; readonly dataFile: boolean };
  readonly "no-browser": Record<string, never>;
  readonly "desk-page-missing": Record<string, never>;
  readonly "cannot-read": { readonly path: string; readonly reason: FileFailure };
  /** `reason` null: the desk, which says no more than that. */
  readonly "cannot-write": { readonly path: string; readonly reason: FileFailure | null };
}

/** The codes of usage errors. @internal */
export type UsageErrorCode = keyof UsageErrorParams;

/** The templates of one language. @internal */
export type UsageErrorLocale = { readonly [K in UsageErrorCode]: (params: UsageErrorParams[K]) => string };

const also = (suggestions: readonly string[], lang: Lang): string => {
  if (suggestions.length === 0) return "";
  return lang === "zh" ? `（是否想用 ${suggestions.join("、")}？）` : ` (did you mean ${suggestions.join(", ")}?)`;
};

function readWords(reason: FileFailure, lang: Lang): string {
  const zh = lang === "zh";
  switch (reason.errno) {
    case "ENOENT":
      return zh ? "文件不存在（请检查路径和文件名）" : "no such file (check the path and the name)";
    case "EACCES":
    case "EPERM":
      return zh ? "没有读取权限" : "permission denied";
    case "EISDIR":
      return zh ? "这是一个目录，不是文件" : "it is a directory, not a file";
    default:
      return reason.errno ?? reason.detail;
  }
}

function writeWords(reason: FileFailure, lang: Lang): string {
  const zh = lang === "zh";
  switch (reason.errno) {
    case "ENOENT":
      return zh
        ? "所在文件夹不存在（请先建立文件夹或改用其他路径）"
        : "the folder does not exist (create it or choose another path)";
    case "EISDIR":
      return zh ? "这是一个目录，请给出文件名" : "it is a directory; give a file name";
    case "ENOTDIR":
      return zh ? "路径中有一部分不是文件夹" : "a part of the path is not a folder";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return zh ? "没有写入权限" : "permission denied";
    default:
      return reason.errno ?? reason.detail;
  }
}

/** Why a file could not be read or written, in words. @internal */
export const failureWords = { read: readWords, write: writeWords };

/** The system error of a failed read or write, as data. @internal */
export const fileFailure = (error: unknown): FileFailure => ({
  errno: (error as NodeJS.ErrnoException).code ?? null,
  detail: (error as Error).message ?? String(error),
});

const choice = (option: string) => (p: { allowed: readonly string[]; value: string }) =>
  `--${option}：应为 ${p.allowed.join("、")} 之一，实际为 "${p.value}"`;
const choiceEn = (option: string) => (p: { allowed: readonly string[]; value: string }) =>
  `--${option}: expected one of ${p.allowed.join(", ")}, received "${p.value}"`;

const zh: UsageErrorLocale = {
  "bad-lang": (p) => `--lang：应为 zh 或 en，实际为 "${p.value}"`,
  "unknown-command": (p) => `未知命令 "${p.command}"${also(p.suggestions, "zh")}`,
  "unknown-option": (p) => `未知选项 "${p.option}"${also(p.suggestions, "zh")}`,
  "missing-value": (p) => `${p.option} 后缺少取值`,
  "unexpected-value": (p) => `${p.option} 不带取值`,
  "bad-arguments": (p) => p.detail,
  "unexpected-argument": (p) => `多余的参数：${p.arguments.join(" ")}`,
  "unknown-format": choice("format"),
  "unknown-method": choice("method"),
  "unknown-view": choice("view"),
  "unknown-layout": choice("layout"),
  "bad-as-of": (p) => `--as-of：应为 YYYY-MM-DD 格式的日期，实际为 "${p.value}"`,
  "bad-years": (p) => `--years：应为“起始年-结束年”（如 2021-2025，最多 31 年），收到 "${p.value}"`,
  "unknown-region": (p) => `--region：未知地区 "${p.value}"，可用：${p.known.join("、")}${also(p.suggestions, "zh")}`,
  "unknown-schema": (p) => `未知的 schema：${p.value}（可用：observation、plan）`,
  "missing-file": (p) =>
    p.command === "validate" ? "缺少要检查的文件（或 - 表示标准输入）" : "draft 需要一个文本文件（规划全文）",
  "needs-data-file": (p) =>
    p.option === "--view levels"
      ? "--view levels 需要数据文件：分级记分卡比较的是各地区的进展"
      : p.option === "--format svg"
        ? "--format svg 需要数据文件：图表显示的是进展"
        : `${p.option} 需要数据文件：评估报告写的是进展`,
  "levels-format": (p) => `--view levels 的格式应为 ${p.allowed.join("、")} 之一，实际为 "${p.value}"`,
  "needs-out": (p) =>
    p.format === "pdf"
      ? "--format pdf 需要 --out 文件名"
      : p.dataFile
        ? "--format xlsx 需要数据文件和 --out 文件名（工作簿不输出到终端）"
        : "--format xlsx 需要 --out 文件名（工作簿不写到终端）",
  "no-browser": () =>
    "找不到可用的无头浏览器（需要 playwright-core 和 Chromium，可用 CHROMIUM_PATH 指定），无法直接生成 PDF。请改用 --format report --out 报告.html，在浏览器中打开后选择“打印”→“另存为 PDF”（纸张 A4）。",
  "desk-page-missing": () => "找不到监测工作台页面 desk.html（在源码目录中请先运行 npm run build）",
  "cannot-read": (p) => `无法读取 ${p.path}：${readWords(p.reason, "zh")}`,
  "cannot-write": (p) =>
    p.reason === null ? `无法写入 ${p.path}` : `无法写入 ${p.path}：${writeWords(p.reason, "zh")}`,
};

const en: UsageErrorLocale = {
  "bad-lang": (p) => `--lang: expected zh or en, received "${p.value}"`,
  "unknown-command": (p) => `unknown command "${p.command}"${also(p.suggestions, "en")}`,
  "unknown-option": (p) => `unknown option "${p.option}"${also(p.suggestions, "en")}`,
  "missing-value": (p) => `${p.option} needs a value`,
  "unexpected-value": (p) => `${p.option} takes no value`,
  "bad-arguments": (p) => p.detail,
  "unexpected-argument": (p) => `unexpected argument: ${p.arguments.join(" ")}`,
  "unknown-format": choiceEn("format"),
  "unknown-method": choiceEn("method"),
  "unknown-view": choiceEn("view"),
  "unknown-layout": choiceEn("layout"),
  "bad-as-of": (p) => `--as-of: expected a date YYYY-MM-DD, received "${p.value}"`,
  "bad-years": (p) => `--years: expected FROM-TO (such as 2021-2025, at most 31 years), got "${p.value}"`,
  "unknown-region": (p) =>
    `--region: unknown region "${p.value}"; known: ${p.known.join(", ")}${also(p.suggestions, "en")}`,
  "unknown-schema": (p) => `unknown schema: ${p.value} (observation or plan)`,
  "missing-file": (p) =>
    p.command === "validate"
      ? "missing the file to check (or - for standard input)"
      : "draft needs a text file (the plan's full text)",
  "needs-data-file": (p) =>
    p.option === "--view levels"
      ? "--view levels needs a data file: the scorecard by level compares the regions' progress"
      : p.option === "--format svg"
        ? "--format svg needs a data file: the chart shows progress"
        : `${p.option} needs a data file: the evaluation report is about progress`,
  "levels-format": (p) => `--view levels: the format must be one of ${p.allowed.join(", ")}, received "${p.value}"`,
  "needs-out": (p) =>
    p.format === "pdf"
      ? "--format pdf needs --out FILE (a PDF is not written to the terminal)"
      : p.dataFile
        ? "--format xlsx needs a data file and --out FILE (a workbook is not written to the terminal)"
        : "--format xlsx needs --out FILE (a workbook is not written to a terminal)",
  "no-browser": () =>
    "no headless browser found (PDF needs playwright-core and Chromium; set CHROMIUM_PATH to point at one), so no PDF was written. Use --format report --out report.html instead, open it in a browser and print it to PDF (paper A4).",
  "desk-page-missing": () => "the desk page desk.html is missing (in a clone, run npm run build first)",
  "cannot-read": (p) => `cannot read ${p.path}: ${readWords(p.reason, "en")}`,
  "cannot-write": (p) =>
    p.reason === null ? `cannot write ${p.path}` : `cannot write ${p.path}: ${writeWords(p.reason, "en")}`,
};

/** The templates of usage errors, per language. @internal */
export const usageErrorMessages: { readonly zh: UsageErrorLocale; readonly en: UsageErrorLocale } = { zh, en };

/** A mistake in the command line: exit code 2. Its message is rendered from the params when shown. @internal */
export class UsageError<C extends UsageErrorCode = UsageErrorCode> extends Error {
  override readonly name = "UsageError";
  readonly code: C;
  readonly params: UsageErrorParams[C];
  constructor(code: C, params: UsageErrorParams[C]) {
    super(usageErrorMessages.en[code](params));
    this.code = code;
    this.params = params;
  }
  /** The message in one language. */
  text(lang: Lang): string {
    return usageErrorMessages[lang][this.code](this.params);
  }
}

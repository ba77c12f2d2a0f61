/**
 * The commands of the CLI.
 *
 * @internal
 * @module
 */
import { closest } from "../internal/closest.js";
import { readIsoDate } from "../internal/dates.js";
import { readObservationsCsv, readObservationsJson } from "../io/index.js";
import type { ReadRow } from "../io/shared.js";
import { findRegion, planJsonSchema } from "../model/index.js";
import {
  formatIssue,
  type ObservationIssue,
  observationJsonSchema,
  validateObservations,
} from "../observations/index.js";
import { FIELD_ZH } from "../observations/locales/zh.js";
import { METHODS } from "../progress/index.js";
import { renderHeadline, renderIndicators } from "../report/catalogue.js";
import {
  type Lang,
  planOverview,
  type Report,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderSvg,
  renderText,
  scorecard,
} from "../report/index.js";
import { type CommandContext, didYouMean, UsageError } from "./context.js";

const REPORT_FORMATS = ["text", "markdown", "csv", "json", "svg", "html"] as const;
const LIST_FORMATS = ["text", "markdown", "csv", "json"] as const;

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

function oneOf<T extends string>(ctx: CommandContext, option: string, allowed: readonly T[], fallback: T): T {
  const value = ctx.values[option];
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    t(
      ctx.lang,
      `--${option}：应为 ${allowed.join("、")} 之一，实际为 "${String(value)}"`,
      `--${option}: expected one of ${allowed.join(", ")}, received "${String(value)}"`,
    ),
  );
}

/** Colour only for a terminal, never with NO_COLOR or --no-color. */
function useColor(ctx: CommandContext): boolean {
  const noColor = ctx.io.env.NO_COLOR;
  return ctx.io.isTTY && ctx.values["no-color"] !== true && (noColor === undefined || noColor === "");
}

function checkDate(ctx: CommandContext, value: string): string {
  if (readIsoDate(value, { dateOnly: true }) === undefined) {
    throw new UsageError(
      t(
        ctx.lang,
        `--as-of：应为 YYYY-MM-DD 格式的日期，实际为 "${value}"`,
        `--as-of: expected a date YYYY-MM-DD, received "${value}"`,
      ),
    );
  }
  return value;
}

/** A region id from anything `findRegion` (and validation) accepts: an id, a name, an alias, 民勤 for 民勤县. */
function regionOf(ctx: CommandContext): string | undefined {
  const value = ctx.values.region;
  if (typeof value !== "string") return undefined;
  const found = findRegion(ctx.plan, value);
  if (found) return found.id;
  const ids = ctx.plan.regions.map((r) => r.id);
  const also = didYouMean(closest(value, ids), ctx.lang);
  throw new UsageError(
    t(
      ctx.lang,
      `--region：未知地区 "${value}"，可用：${ids.join("、")}${also}`,
      `--region: unknown region "${value}"; known: ${ids.join(", ")}${also}`,
    ),
  );
}

async function readInput(ctx: CommandContext, path: string): Promise<Uint8Array> {
  try {
    return path === "-" ? await ctx.io.readStdin() : await ctx.io.readFile(path);
  } catch (error) {
    throw new UsageError(t(ctx.lang, `无法读取 ${path}：`, `cannot read ${path}: `) + readFailure(error, ctx.lang));
  }
}

/** Why a file could not be read, in words: the common system error codes, else the system's own message. */
export function readFailure(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return t(lang, "文件不存在（请检查路径和文件名）", "no such file (check the path and the name)");
    case "EACCES":
    case "EPERM":
      return t(lang, "没有读取权限", "permission denied");
    case "EISDIR":
      return t(lang, "这是一个目录，不是文件", "it is a directory, not a file");
    default:
      return code ?? (error as Error).message;
  }
}

/** JSON when the name says so or the text starts with `[` or `{`; CSV otherwise. */
function isJson(path: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(path)) return true;
  if (/\.(csv|tsv|txt)$/i.test(path)) return false;
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("[") || head.startsWith("{");
}

interface Checked {
  readonly observations: ReturnType<typeof validateObservations>["observations"];
  readonly issues: readonly ObservationIssue[];
  /** Whether the input was read as CSV. */
  readonly csv: boolean;
}

async function readAndValidate(ctx: CommandContext, path: string): Promise<Checked> {
  const bytes = await readInput(ctx, path);
  const csv = !isJson(path, bytes);
  const read = csv ? readObservationsCsv(bytes) : readObservationsJson(bytes);
  const checked = validateObservations(ctx.plan, read.rows as readonly ReadRow[]);
  const issues = [...read.issues, ...checked.issues].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.row ?? -1) - (b.row ?? -1),
  );
  return { observations: checked.observations, issues, csv };
}

/**
 * One issue as a line of output. In a CSV file the place is the line and the column ("第4行，地区"): the row index
 * and field path of `formatIssue` (`rows[1].region`) name nothing the user can find in a spreadsheet. JSON input
 * keeps the path, which does point into the file.
 */
function issueLine(issue: ObservationIssue, lang: Lang, source: string, csv: boolean): string {
  const severity = issue.severity === "error" ? t(lang, "错误", "error") : t(lang, "警告", "warning");
  if (!csv || issue.line === undefined) return `${source}: ${severity}: ${formatIssue(issue, lang)}`;
  const field = typeof issue.path[1] === "string" ? issue.path[1] : undefined;
  const place =
    lang === "zh"
      ? `第${issue.line}行${field === undefined ? "" : `，${FIELD_ZH[field] ?? field}`}`
      : `line ${issue.line}${field === undefined ? "" : `, ${field}`}`;
  return `${source}: ${severity}: ${place}${t(lang, "：", ": ")}${issue.message[lang]}`;
}

/** "1 valid figure", "3 valid figures". */
const figures = (n: number): string => `${n} valid figure${n === 1 ? "" : "s"}`;

function counts(issues: readonly ObservationIssue[], lang: Lang): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  if (issues.length === 0) return t(lang, "没有发现问题", "no problems found");
  return t(
    lang,
    `${errors} 个错误，${warnings} 个警告`,
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
  );
}

async function emit(ctx: CommandContext, text: string): Promise<void> {
  const out = ctx.values.out;
  if (typeof out === "string") {
    await ctx.io.writeFile(out, text);
    ctx.io.stderr(t(ctx.lang, `已写入 ${out}\n`, `wrote ${out}\n`));
  } else ctx.io.stdout(text);
}

/** `report [FILE|-]`. @internal */
export async function reportCommand(ctx: CommandContext): Promise<number> {
  const format = oneOf(ctx, "format", REPORT_FORMATS, "text");
  const method = oneOf(ctx, "method", METHODS, "schedule");
  const region = regionOf(ctx);
  const asOfOption = ctx.values["as-of"];
  const asOf = checkDate(ctx, typeof asOfOption === "string" ? asOfOption : ctx.io.today());
  const path = ctx.positionals[0];
  const { lang } = ctx;
  const color = format === "text" && ctx.values.out === undefined && useColor(ctx);

  let report: Report;
  let code = 0;
  if (path === undefined) {
    if (format === "svg") {
      throw new UsageError(
        t(
          lang,
          "--format svg 需要数据文件：图表显示的是进展",
          "--format svg needs a data file: the chart shows progress",
        ),
      );
    }
    report = planOverview(ctx.plan, { lang, ...(region === undefined ? {} : { region }) });
  } else {
    const { observations, issues, csv } = await readAndValidate(ctx, path);
    const source = path === "-" ? "stdin" : path;
    for (const issue of issues) ctx.io.stderr(`${issueLine(issue, lang, source, csv)}\n`);
    if (issues.some((i) => i.severity === "error")) {
      code = 1;
      ctx.io.stderr(
        t(
          lang,
          `${source}: ${counts(issues, lang)}；记分卡只使用 ${observations.length} 条有效数据\n`,
          `${source}: ${counts(issues, lang)}; the scorecard uses the ${figures(observations.length)}\n`,
        ),
      );
    }
    report = scorecard(ctx.plan, observations, { asOf, method, lang, ...(region === undefined ? {} : { region }) });
  }

  const text =
    format === "text"
      ? renderText(report, { lang, color })
      : format === "markdown"
        ? renderMarkdown(report, { lang })
        : format === "csv"
          ? renderCsv(report, { lang, bom: ctx.values.bom === true })
          : format === "json"
            ? renderJson(report)
            : format === "html"
              ? renderHtml(report, { lang })
              : report.kind === "scorecard"
                ? renderSvg(report, { lang })
                : "";
  await emit(ctx, text);
  return code;
}

/** `validate FILE|-`. @internal */
export async function validateCommand(ctx: CommandContext): Promise<number> {
  const path = ctx.positionals[0];
  if (path === undefined)
    throw new UsageError(
      t(ctx.lang, "缺少要检查的文件（或 - 表示标准输入）", "missing the file to check (or - for standard input)"),
    );
  const { issues, observations, csv } = await readAndValidate(ctx, path);
  const source = path === "-" ? "stdin" : path;
  const lines = issues.map((issue) => issueLine(issue, ctx.lang, source, csv));
  lines.push(
    t(
      ctx.lang,
      `${source}: ${observations.length} 条有效数据；${counts(issues, ctx.lang)}`,
      `${source}: ${figures(observations.length)}; ${counts(issues, ctx.lang)}`,
    ),
  );
  ctx.io.stdout(`${lines.join("\n")}\n`);
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}

/** `indicators`. @internal */
export async function indicatorsCommand(ctx: CommandContext): Promise<number> {
  const format = oneOf(ctx, "format", LIST_FORMATS, "text");
  const options = { lang: ctx.lang, format, bom: ctx.values.bom === true, color: useColor(ctx) };
  ctx.io.stdout(ctx.values.headline === true ? renderHeadline(ctx.plan, options) : renderIndicators(ctx.plan, options));
  return 0;
}

/** `schema`. @internal */
export async function schemaCommand(ctx: CommandContext): Promise<number> {
  const which = ctx.positionals[0] ?? "observation";
  if (which !== "observation" && which !== "plan") {
    throw new UsageError(
      t(
        ctx.lang,
        `未知的 schema：${which}（可用：observation、plan）`,
        `unknown schema: ${which} (observation or plan)`,
      ),
    );
  }
  const schema = which === "plan" ? planJsonSchema() : observationJsonSchema();
  ctx.io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}

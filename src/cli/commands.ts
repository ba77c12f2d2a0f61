/**
 * The commands of the CLI.
 *
 * @internal
 * @module
 */
import { closest } from "../internal/closest.js";
import { readIsoDate } from "../internal/dates.js";
import { deepFreeze } from "../internal/freeze.js";
import { type FilePlace, formatPlace, type ReadProblem } from "../io/problems.js";
import { type ObservationFile, readWith, type ZipReader } from "../io/reader.js";
import { isZip } from "../io/sniff.js";
import { findRegion } from "../model/queries.js";
import { formatIssue, type ObservationIssue } from "../observations/issues.js";
import { FIELD_ZH } from "../observations/locales/zh.js";
import { validateObservations } from "../observations/validateObservations.js";
import { METHODS } from "../progress/types.js";
import { renderHeadline, renderIndicators } from "../report/catalogue.js";
import { renderCsv, renderProblemsCsv } from "../report/csv.js";
import { renderHtml } from "../report/html.js";
import { renderJsonChunks } from "../report/json.js";
import { SEVERITY_WORDS } from "../report/labels.js";
import { renderMarkdown } from "../report/markdown.js";
import { planOverview } from "../report/overview.js";
import { scorecard } from "../report/scorecard.js";
import { renderSvg } from "../report/svg.js";
import { renderText } from "../report/text.js";
import type { Lang, ReadSummary, Report, Scorecard } from "../report/types.js";
import type { CommandContext } from "./context.js";
import type { CommandName, OptionValues } from "./options.js";
import { fileFailure, UsageError } from "./usage.js";

const REPORT_FORMATS = ["text", "markdown", "csv", "json", "svg", "html", "report", "pdf", "xlsx"] as const;
const REPORT_VIEWS = ["scorecard", "levels"] as const;
const LEVELS_FORMATS: readonly string[] = ["text", "markdown", "json", "svg", "html"];
const VALIDATE_FORMATS = ["text", "json"] as const;
const LIST_FORMATS = ["text", "markdown", "csv", "json"] as const;

const t = (lang: Lang, zh: string, en: string) => (lang === "zh" ? zh : en);

/** The commands that take an option. */
type With<O extends string> = { [C in CommandName]: O extends keyof OptionValues<C> ? C : never }[CommandName];

function oneOf<O extends "format" | "method" | "view" | "layout", T extends string>(
  ctx: CommandContext<With<O>>,
  option: O,
  allowed: readonly T[],
  fallback: T,
): T {
  const values: Readonly<Record<string, string | boolean | undefined>> = ctx.values;
  const value = values[option];
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown-${option}`, { allowed, value: String(value) });
}

/** Colour only for a terminal, never with NO_COLOR or --no-color. */
function useColor(ctx: CommandContext): boolean {
  const noColor = ctx.io.env["NO_COLOR"];
  return ctx.io.isTTY && ctx.values["no-color"] !== true && (noColor === undefined || noColor === "");
}

function checkDate(value: string): string {
  if (readIsoDate(value, { dateOnly: true }) === undefined) {
    throw new UsageError("bad-as-of", { value });
  }
  return value;
}

/** A region id from anything `findRegion` (and validation) accepts: an id, a name, an alias, 民勤 for 民勤县. */
export function regionOf(ctx: CommandContext<With<"region">>): string | undefined {
  const value = ctx.values["region"];
  if (typeof value !== "string") return undefined;
  const found = findRegion(ctx.plan, value);
  if (found) return found.id;
  const ids = ctx.plan.regions.map((r) => r.id);
  throw new UsageError("unknown-region", { value, known: ids, suggestions: closest(value, ids) });
}

async function readInput(ctx: CommandContext, path: string): Promise<Uint8Array> {
  try {
    return path === "-" ? await ctx.io.readStdin() : await ctx.io.readFile(path);
  } catch (error) {
    throw new UsageError("cannot-read", { path, reason: fileFailure(error) });
  }
}

/** For bytes that are not a zip archive: never called, as `readWith` opens only zip archives. */
const NOT_ZIP: ZipReader = Object.freeze({
  entries: () => null,
  sheets: () => {
    throw new Error("not a zip archive");
  },
});

/** A problem as the CLI prints it: one of the file's (io) or one of validation's. */
type Shown = ObservationIssue | ReadProblem;

/**
 * Whether the CLI lists a problem. Comment lines and blank lines are counted in the reader's summary but not listed
 * one by one: they are what they look like. Titles, footnotes, cells without a figure and ignored columns are listed.
 */
const listed = (issue: Shown): boolean =>
  issue.severity !== "info" || (issue.code !== "comment-line" && issue.code !== "blank-line");

/** The reader's account of a file: its format, encoding, layout, sheets and counts. */
type FileFacts = Omit<ObservationFile, "rows" | "places" | "problems">;

interface Checked {
  readonly observations: ReturnType<typeof validateObservations>["observations"];
  readonly issues: readonly Shown[];
  /** Whether the input was a table (text or workbook), whose places are lines and cells rather than JSON paths. */
  readonly csv: boolean;
  /** Where each row given to validation came from (`places[issue.row]`). */
  readonly places: readonly FilePlace[];
  /** What the reader says of the file, without its rows: those are not kept once validated. */
  readonly file: FileFacts;
}

/**
 * Read a file with io's `readObservations` (the bytes decide the format and encoding, never the name), then
 * validate. `--layout`, `--sheet` and a region (the region of rows that name none) go to the reader.
 */
async function readAndValidate(
  ctx: CommandContext<"report" | "validate">,
  path: string,
  region?: string,
): Promise<Checked> {
  const bytes = await readInput(ctx, path);
  const layout = oneOf(ctx, "layout", ["auto", "long", "wide"] as const, "auto");
  const sheet = ctx.values["sheet"];
  // The workbook reader (and fflate) is loaded only for bytes that are a zip archive; the rest is io's
  // readObservations.
  const zip: ZipReader = isZip(bytes) ? (await import("../io/xlsx.js")).zipReader : NOT_ZIP;
  const read = readWith(
    bytes,
    {
      layout,
      ...(region === undefined ? {} : { region }),
      ...(typeof sheet === "string" ? { sheet } : {}),
    },
    zip,
  );
  const checked = validateObservations(ctx.plan, read.rows);
  const placeOf = (issue: Shown): FilePlace | null | undefined =>
    "place" in issue ? issue.place : issue.row === null ? undefined : read.places[issue.row];
  const order = (issue: Shown): [number, number] => {
    const place = placeOf(issue);
    if (place === null || place === undefined) return [-1, issue.line ?? 0];
    return [place.sheet === undefined ? 0 : read.sheets.indexOf(place.sheet), place.line];
  };
  const issues = [...read.problems.filter(listed), ...checked.issues]
    .map((issue, i) => ({ issue, key: order(issue), i }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map((x) => x.issue);
  const csv = read.format !== "json" && read.format !== "jsonl";
  // The read rows are not kept: validation made the figures from them, and a national file has close to a million.
  const { rows: _rows, places, problems: _problems, ...file } = read;
  return { observations: checked.observations, issues, csv, places, file };
}

/**
 * One issue as a line of output. In a table the place is the line and the column ("第4行，地区"), or the sheet and
 * cell of a workbook ("民勤县!D4"): the row index and field path of `formatIssue` (`rows[1].region`) name nothing the
 * user can find in a spreadsheet. JSON input keeps the path, which does point into the file.
 */
function issueLine(issue: Shown, lang: Lang, source: string, checked: Checked): string {
  const place = issuePlace(issue, lang, checked);
  const sep = t(lang, "：", ": ");
  if (place === undefined && !("place" in issue))
    return `${source}: ${severityWord(issue, lang)}: ${formatIssue(issue, lang)}`;
  return `${source}: ${severityWord(issue, lang)}: ${place === null || place === undefined ? "" : `${place}${sep}`}${issue.message[lang]}`;
}

function severityWord(issue: Shown, lang: Lang): string {
  return SEVERITY_WORDS[issue.severity][lang];
}

/** The place of an issue in the file's terms; `null` for the whole file; `undefined` for a JSON path (formatIssue). */
function issuePlace(issue: Shown, lang: Lang, checked: Checked): string | null | undefined {
  if ("place" in issue) return issue.place === null ? null : formatPlace(issue.place, lang);
  if (!checked.csv || issue.line === undefined) return undefined;
  const field = typeof issue.path[1] === "string" ? issue.path[1] : undefined;
  const fieldText = field === undefined ? "" : lang === "zh" ? `，${FIELD_ZH[field] ?? field}` : `, ${field}`;
  const place = issue.row === null ? undefined : checked.places[issue.row];
  return place !== undefined && place.column !== undefined
    ? formatPlace(place, lang)
    : place?.sheet !== undefined
      ? `${formatPlace(place, lang)}${fieldText}`
      : lang === "zh"
        ? `第${issue.line}行${fieldText}`
        : `line ${issue.line}${fieldText}`;
}

/**
 * The read summary the reports carry, built once here from the reader's and validation's results: the counts
 * (rejected = rows the reader refused + distinct rows validation found an error in) and every listed problem with
 * its place in both languages.
 */
function buildReadSummary(checked: Checked, source: string, used: number): ReadSummary {
  const { file } = checked;
  const placeOf = (issue: Shown) => {
    const zh = issuePlace(issue, "zh", checked);
    const en = issuePlace(issue, "en", checked);
    if (zh === undefined || en === undefined) {
      if ("place" in issue || issue.path.length === 0) return null;
      const [row, ...rest] = issue.path;
      const path = `rows[${String(row)}]${rest.map((p) => `.${String(p)}`).join("")}`;
      return { zh: path, en: path };
    }
    return zh === null || en === null ? null : { zh, en };
  };
  const badRows = new Set(
    checked.issues.flatMap((i) => (!("place" in i) && i.severity === "error" && i.row !== null ? [i.row] : [])),
  );
  return {
    source,
    format: file.format,
    encoding: file.encoding,
    layout: file.layout,
    counts: {
      lines: file.counts.lines,
      read: file.counts.rows,
      valid: checked.observations.length,
      used,
      skipped: file.counts.skipped,
      noFigure: file.counts.noFigure,
      rejected: file.counts.rejected + badRows.size,
    },
    problems: checked.issues.map((issue) => ({
      severity: issue.severity,
      code: issue.code,
      place: placeOf(issue),
      message: { zh: issue.message.zh, en: issue.message.en },
    })),
  };
}

/** "1 valid figure", "3 valid figures". */
const figures = (n: number): string => `${n} valid figure${n === 1 ? "" : "s"}`;

function counts(issues: readonly Shown[], lang: Lang): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const infos = issues.length - errors - warnings;
  const info = infos === 0 ? "" : t(lang, `，${infos} 条提示`, `, ${infos} note${infos === 1 ? "" : "s"}`);
  if (errors + warnings === 0) return `${t(lang, "没有发现问题", "no problems found")}${info}`;
  return t(
    lang,
    `${errors} 个错误，${warnings} 个警告${info}`,
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}${info}`,
  );
}

/** What the reader found and skipped: format, encoding, layout and counts, for the analyst. */
function readSummary(file: FileFacts, lang: Lang): string {
  const c = file.counts;
  const what = [
    file.format ?? "?",
    file.encoding,
    file.layout === null ? null : t(lang, file.layout === "wide" ? "宽表" : "长表", file.layout),
  ]
    .filter((x) => x !== null)
    .join(", ");
  return t(
    lang,
    `读取为 ${what}：${c.lines} 行，得到 ${c.rows} 个数据；跳过 ${c.skipped} 行，无数据 ${c.noFigure} 处，无法读取 ${c.rejected} 行`,
    `read as ${what}: ${c.lines} lines giving ${c.rows} figures; ${c.skipped} lines skipped, ${c.noFigure} without a figure, ${c.rejected} unreadable`,
  );
}

/** Write a file the user named with `--out`; a failure is a usage error with the reason in the user's language. */
export async function writeOut(
  ctx: CommandContext,
  path: string,
  data: string | Uint8Array | Iterable<string>,
): Promise<void> {
  try {
    if (typeof data === "string" || data instanceof Uint8Array) await ctx.io.writeFile(path, data);
    else if (ctx.io.writeChunks !== undefined) await ctx.io.writeChunks(path, data);
    else await ctx.io.writeFile(path, [...data].join(""));
  } catch (error) {
    throw new UsageError("cannot-write", { path, reason: fileFailure(error) });
  }
  ctx.io.stderr(t(ctx.lang, `已写入 ${path}\n`, `wrote ${path}\n`));
}

/**
 * Write the output to the file `out` (the command's `--out`) or, without one, to standard output; a large JSON
 * document comes in pieces, never as one string.
 */
async function emit(ctx: CommandContext, text: string | Iterable<string>, out?: string): Promise<void> {
  if (typeof out === "string") await writeOut(ctx, out, text);
  else if (typeof text === "string") ctx.io.stdout(text);
  else for (const piece of text) ctx.io.stdout(piece);
}

/** `card.csv` → `card.problems.csv`; a name without `.csv` gets `.problems.csv` added. */
export function problemsPath(out: string): string {
  return /\.csv$/i.test(out) ? out.replace(/\.csv$/i, ".problems.csv") : `${out}.problems.csv`;
}

/** `report [FILE|-]`. @internal */
export async function reportCommand(ctx: CommandContext<"report">): Promise<number> {
  const format = oneOf(ctx, "format", REPORT_FORMATS, "text");
  const method = oneOf(ctx, "method", METHODS, "schedule");
  const region = regionOf(ctx);
  const asOfOption = ctx.values["as-of"];
  const asOf = checkDate(typeof asOfOption === "string" ? asOfOption : ctx.io.today());
  const path = ctx.positionals[0];
  const { lang } = ctx;
  const color = format === "text" && ctx.values["out"] === undefined && useColor(ctx);
  const view = oneOf(ctx, "view", REPORT_VIEWS, "scorecard");
  if (view === "levels" && (path === undefined || !LEVELS_FORMATS.includes(format))) {
    throw path === undefined
      ? new UsageError("needs-data-file", { option: "--view levels" })
      : new UsageError("levels-format", { allowed: LEVELS_FORMATS, value: format });
  }

  let report: Report;
  let code = 0;
  let evaluation: () => Promise<string> = async () => "";
  if (path === undefined) {
    if (format === "svg" || format === "report" || format === "pdf") {
      throw new UsageError("needs-data-file", { option: `--format ${format}` });
    }
    report = planOverview(ctx.plan, { lang, ...(region === undefined ? {} : { region }) });
  } else {
    const checked = await readAndValidate(ctx, path, region);
    const { observations, issues, file } = checked;
    const source = path === "-" ? "stdin" : path;
    // Lines skipped on purpose (info) are not listed here, only counted; `validate` lists them.
    for (const issue of issues) {
      if (issue.severity !== "info") ctx.io.stderr(`${issueLine(issue, lang, source, checked)}\n`);
    }
    if (issues.some((i) => i.severity === "info")) ctx.io.stderr(`${source}: ${readSummary(file, lang)}\n`);
    if (observations.length === 0) {
      // No figure at all: a scorecard of 无法评估 everywhere would look like an assessment. Say so instead.
      ctx.io.stderr(
        t(
          lang,
          `${source}: ${readSummary(file, lang)}\n${source}: 没有读到任何有效数据，未生成记分卡。请先用 validate 检查文件（wuwei-sti-plan validate ${source}），或用 template 生成填报表。\n`,
          `${source}: ${readSummary(file, lang)}\n${source}: no valid figure was read, so no scorecard was made. Check the file with validate (wuwei-sti-plan validate ${source}) or start from the form given by template.\n`,
        ),
      );
      return 1;
    }
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
    const options = { asOf, method, lang, ...(region === undefined ? {} : { region }) };
    // Assessed once; the figures used are those the card did not list as unused. Validated once, above: the card
    // takes the figures as validation left them, each its own row, instead of validating them all a second time.
    const validated = { observations, rows: observations.map((_, i) => i), issues: [] };
    const assessed = scorecard(ctx.plan, validated, options);
    const used = observations.length - assessed.unused.length;
    const card: Scorecard = deepFreeze({ ...assessed, read: buildReadSummary(checked, source, used) });
    report = card;
    // The evaluation report, the scorecard by level and the workbook are loaded only when asked for.
    evaluation = async () => {
      const [{ renderEvaluationReport }, { trajectories }] = await Promise.all([
        import("../report/evaluation.js"),
        import("../report/trajectory.js"),
      ]);
      return renderEvaluationReport(card, {
        lang,
        source,
        problems: issues,
        trajectories: trajectories(card, { plan: ctx.plan, observations }),
      });
    };
  }

  if (view === "levels" && report.kind === "scorecard") {
    const { scorecardByLevel } = await import("../report/levels.js");
    const { renderLevelsHtml, renderLevelsMarkdown, renderLevelsSvg, renderLevelsText } = await import(
      "../report/levels-render.js"
    );
    const levels = scorecardByLevel(report, ctx.plan);
    await emit(
      ctx,
      format === "text"
        ? renderLevelsText(levels, { lang, color })
        : format === "markdown"
          ? renderLevelsMarkdown(levels, { lang })
          : format === "json"
            ? renderJsonChunks(levels)
            : format === "html"
              ? renderLevelsHtml(levels, { lang })
              : renderLevelsSvg(levels, { lang }),
      ctx.values["out"],
    );
    return code;
  }

  if (format === "pdf") {
    const out = ctx.values["out"];
    if (typeof out !== "string") {
      throw new UsageError("needs-out", { format: "pdf", dataFile: false });
    }
    const printed = ctx.io.printPdf === undefined ? false : await ctx.io.printPdf(await evaluation(), out);
    if (!printed) {
      throw new UsageError("no-browser", {});
    }
    ctx.io.stderr(t(lang, `已写入 ${out}\n`, `wrote ${out}\n`));
    return code;
  }

  if (format === "xlsx") {
    const out = ctx.values["out"];
    if (typeof out !== "string" || report.kind !== "scorecard") {
      throw new UsageError("needs-out", { format: "xlsx", dataFile: true });
    }
    const [{ writeXlsx }, { scorecardSheets }] = await Promise.all([
      import("../io/writeXlsx.js"),
      import("../report/sheets.js"),
    ]);
    await writeOut(ctx, out, writeXlsx(scorecardSheets(report, { lang })));
    return code;
  }
  if (format === "csv" && report.kind === "scorecard" && typeof ctx.values["out"] === "string") {
    await emit(ctx, renderCsv(report, { lang, bom: ctx.values["bom"] === true }), ctx.values["out"]);
    await writeOut(
      ctx,
      problemsPath(ctx.values["out"]),
      renderProblemsCsv(report, { lang, bom: ctx.values["bom"] === true }),
    );
    return code;
  }
  const text =
    format === "text"
      ? renderText(report, { lang, color })
      : format === "markdown"
        ? renderMarkdown(report, { lang })
        : format === "csv"
          ? renderCsv(report, { lang, bom: ctx.values["bom"] === true })
          : format === "json"
            ? renderJsonChunks(report)
            : format === "html"
              ? renderHtml(report, { lang })
              : format === "report"
                ? await evaluation()
                : report.kind === "scorecard"
                  ? renderSvg(report, { lang })
                  : "";
  await emit(ctx, text, ctx.values["out"]);
  return code;
}

/** `validate FILE|-`. @internal */
export async function validateCommand(ctx: CommandContext<"validate">): Promise<number> {
  const path = ctx.positionals[0];
  if (path === undefined) throw new UsageError("missing-file", { command: "validate" });
  const format = oneOf(ctx, "format", VALIDATE_FORMATS, "text");
  const checked = await readAndValidate(ctx, path, regionOf(ctx));
  const { issues, observations, file } = checked;
  const source = path === "-" ? "stdin" : path;
  const failed = issues.some((i) => i.severity === "error");
  if (format === "json") {
    // For pipelines: the valid figures and the read summary (counts, every problem with its place), on stdout.
    const problems = buildReadSummary(checked, source, observations.length);
    await emit(ctx, `${JSON.stringify({ observations, problems }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const lines = issues.map((issue) => issueLine(issue, ctx.lang, source, checked));
  if (issues.some((i) => i.severity === "info")) lines.push(`${source}: ${readSummary(file, ctx.lang)}`);
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
export async function indicatorsCommand(ctx: CommandContext<"indicators">): Promise<number> {
  const format = oneOf(ctx, "format", LIST_FORMATS, "text");
  const options = { lang: ctx.lang, format, bom: ctx.values["bom"] === true, color: useColor(ctx) };
  ctx.io.stdout(
    ctx.values["headline"] === true ? renderHeadline(ctx.plan, options) : renderIndicators(ctx.plan, options),
  );
  return 0;
}

/** `schema`. @internal */
export async function schemaCommand(ctx: CommandContext<"schema">): Promise<number> {
  const which = ctx.positionals[0] ?? "observation";
  if (which !== "observation" && which !== "plan") {
    throw new UsageError("unknown-schema", { value: which });
  }
  // zod and the JSON Schema conversion are loaded only here, never by `report`.
  const { observationJsonSchema, planJsonSchema } = await import("../schema/index.js");
  const schema = which === "plan" ? planJsonSchema() : observationJsonSchema();
  ctx.io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}

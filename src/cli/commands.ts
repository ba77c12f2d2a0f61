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
import type { Plan } from "../model/definePlan.js";
import { planJsonSchema } from "../model/jsonSchema.js";
import { findRegion } from "../model/queries.js";
import { formatIssue, type ObservationIssue } from "../observations/issues.js";
import { FIELD_ZH } from "../observations/locales/zh.js";
import { observationJsonSchema } from "../observations/schema.js";
import { validateObservations } from "../observations/validateObservations.js";
import { METHODS } from "../progress/types.js";
import { reportIndicator, reportTarget } from "../report/common.js";
import { field, renderCsv } from "../report/csv.js";
import { renderHtml } from "../report/html.js";
import { renderJson } from "../report/json.js";
import { cell as mdCell, renderMarkdown } from "../report/markdown.js";
import { planOverview } from "../report/overview.js";
import { scorecard } from "../report/scorecard.js";
import { renderSvg } from "../report/svg.js";
import { type Cell, type Column, indicatorText, MISSING, targetText } from "../report/table.js";
import { alignTable, renderText } from "../report/text.js";
import type { Lang, Report } from "../report/types.js";
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

function regionsText(plan: Plan, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => plan.regions.find((r) => r.id === id)?.name[lang] ?? id).join(lang === "zh" ? "、" : ", ");
}

/** A byte order mark before CSV when `--bom` asks for one (Excel then reads the Chinese names as UTF-8). */
const bomOf = (ctx: CommandContext): string => (ctx.values.bom === true ? "\uFEFF" : "");

/** One row of 表1 as `indicators --headline` shows it. */
interface HeadlineRow {
  readonly row: number;
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly unit: string;
  readonly baseline: string;
  readonly target: string;
  readonly attribute: string;
}

/**
 * The headline table (表1) as the document prints it: row, names, unit, the baseline-year value, the target-year
 * value(s) with their wording, and the attribute. A figure that applies to some regions only names them
 * (市本级 0.75; 力争 2 for the city's own level, 1 for each county).
 */
function headlineRows(plan: Plan, lang: Lang): HeadlineRow[] {
  const city = plan.regions.find((r) => r.level === "city")?.id;
  const where = (ind: Plan["indicators"][number], regions: readonly string[]): string => {
    const own = ind.basis === "own-level";
    if (regions.length === 1 && regions[0] === city) return own ? t(lang, "市本级 ", "city own level ") : "";
    const counties = plan.regions.filter((r) => r.level === "county").map((r) => r.id);
    if (regions.length === counties.length && counties.every((c) => regions.includes(c))) {
      return own ? t(lang, "各县区本级 ", "each county's own level ") : t(lang, "各县区 ", "each county ");
    }
    return `${regionsText(plan, regions, lang)} `;
  };
  return plan.indicators
    .filter((ind) => ind.headline !== undefined)
    .sort((a, b) => (a.headline?.row ?? 0) - (b.headline?.row ?? 0))
    .map((ind) => {
      const ri = reportIndicator(plan, ind);
      const unit = plan.units.find((u) => u.id === ind.unit)?.symbol[lang] ?? ind.unit;
      const baselines = ind.baselines.filter((b) => b.year === plan.baselineYear);
      const targets = ind.targets.filter((tg) => tg.year === plan.period.end);
      return {
        row: ind.headline?.row ?? 0,
        id: ind.id,
        name: { zh: ind.name.zh, en: ind.name.en },
        unit,
        baseline: baselines.map((b) => `${where(ind, [b.region])}${b.value}`).join(t(lang, "；", "; ")) || MISSING,
        target:
          targets
            .map(
              (tg) => `${where(ind, tg.regions)}${targetText(reportTarget(tg), ri, lang).replace(/ \(\d{4}\)$/, "")}`,
            )
            .join(t(lang, "；", "; ")) || MISSING,
        attribute: ind.attribute === "binding" ? t(lang, "约束性", "binding") : t(lang, "预期性", "expected"),
      };
    });
}

function headlineCommand(ctx: CommandContext, format: (typeof LIST_FORMATS)[number]): number {
  const { plan, lang } = ctx;
  const rows = headlineRows(plan, lang);
  if (format === "json") {
    ctx.io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const header = [
    t(lang, "行", "row"),
    t(lang, "代码", "id"),
    t(lang, "指标名称", "indicator (zh)"),
    t(lang, "英文名称", "indicator (en)"),
    t(lang, "单位", "unit"),
    t(lang, `${plan.baselineYear}(实际)`, `${plan.baselineYear} (actual)`),
    t(lang, `${plan.period.end}(预期)`, `${plan.period.end} (target)`),
    t(lang, "属性", "attribute"),
  ];
  const cells = rows.map((r) => [String(r.row), r.id, r.name.zh, r.name.en, r.unit, r.baseline, r.target, r.attribute]);
  if (format === "csv") {
    ctx.io.stdout(`${bomOf(ctx)}${[header, ...cells].map((line) => line.map(field).join(",")).join("\r\n")}\r\n`);
    return 0;
  }
  const title = t(lang, `${plan.title.zh}：主要指标（表1）`, `${plan.title.en}: headline indicators (Table 1)`);
  if (format === "markdown") {
    const lines = [
      `## ${mdCell(title)}`,
      "",
      `| ${header.map(mdCell).join(" | ")} |`,
      `| ${header.map((_, i) => (i === 0 || i === 5 || i === 6 ? "---:" : ":---")).join(" | ")} |`,
      ...cells.map((row) => `| ${row.map(mdCell).join(" | ")} |`),
    ];
    ctx.io.stdout(`${lines.join("\n")}\n`);
    return 0;
  }
  const columns: Column[] = header.map((h, i) => ({ header: h, align: i === 0 || i === 5 ? "right" : "left" }));
  const table = alignTable(
    columns,
    cells.map((row) => row.map((text) => ({ text }))),
    useColor(ctx),
  );
  ctx.io.stdout(`${[title, "", ...table].join("\n")}\n`);
  return 0;
}

/** `indicators`. @internal */
export async function indicatorsCommand(ctx: CommandContext): Promise<number> {
  const format = oneOf(ctx, "format", LIST_FORMATS, "text");
  const { plan, lang } = ctx;
  if (ctx.values.headline === true) return headlineCommand(ctx, format);
  if (format === "json") {
    const list = plan.indicators.map((ind) => ({
      id: ind.id,
      name: { zh: ind.name.zh, en: ind.name.en },
      unit: ind.unit,
      direction: ind.direction,
      attribute: ind.attribute,
      headlineRow: ind.headline?.row ?? null,
      chapter: ind.chapter,
      regions: [...ind.regions],
      targets: ind.targets.map((tg) => ({
        id: tg.id,
        kind: tg.kind,
        comparator: tg.comparator,
        value: tg.value ?? null,
        year: tg.year,
        regions: [...tg.regions],
      })),
    }));
    ctx.io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const direction = (d: string) =>
    d === "increase" ? t(lang, "越高越好", "higher is better") : t(lang, "越低越好", "lower is better");
  const attribute = (a: string) => (a === "binding" ? t(lang, "约束性", "binding") : t(lang, "预期性", "expected"));
  const rows = plan.indicators.flatMap((ind) => {
    const ri = reportIndicator(plan, ind);
    const targets = ind.targets.length > 0 ? ind.targets : [undefined];
    return targets.map((tg) => ({ ind, ri, tg }));
  });
  if (format === "csv") {
    const header = [
      "indicator",
      "name_zh",
      "name_en",
      "unit",
      "direction",
      "attribute",
      "target",
      "kind",
      "comparator",
      "value",
      "year",
      "regions",
    ];
    const lines = [header.join(",")];
    for (const { ind, tg } of rows) {
      lines.push(
        [
          ind.id,
          ind.name.zh,
          ind.name.en,
          ind.unit,
          ind.direction,
          ind.attribute,
          tg?.id ?? null,
          tg?.kind ?? null,
          tg?.comparator ?? null,
          tg?.value ?? null,
          tg?.year ?? null,
          tg ? tg.regions.join(" ") : null,
        ]
          .map(field)
          .join(","),
      );
    }
    ctx.io.stdout(`${bomOf(ctx)}${lines.join("\r\n")}\r\n`);
    return 0;
  }
  const columns: Column[] = [
    { header: t(lang, "代码", "id"), align: "left" },
    { header: t(lang, "指标", "indicator"), align: "left" },
    { header: t(lang, "方向", "direction"), align: "left" },
    { header: t(lang, "属性", "attribute"), align: "left" },
    { header: t(lang, "目标", "target"), align: "left" },
    { header: t(lang, "地区", "regions"), align: "left" },
  ];
  const cells: Cell[][] = rows.map(({ ind, ri, tg }) => [
    { text: ind.id },
    { text: indicatorText(ri, lang) },
    { text: direction(ind.direction) },
    { text: attribute(ind.attribute) },
    { text: tg ? targetText(reportTarget(tg), ri, lang) : MISSING },
    { text: tg ? regionsText(plan, tg.regions, lang) : MISSING },
  ]);
  const title = t(
    lang,
    `${plan.title.zh}：指标目录（${plan.indicators.length} 项）`,
    `${plan.title.en}: indicators (${plan.indicators.length})`,
  );
  if (format === "markdown") {
    const lines = [
      `## ${mdCell(title)}`,
      "",
      `| ${columns.map((c) => mdCell(c.header)).join(" | ")} |`,
      `| ${columns.map(() => ":---").join(" | ")} |`,
      ...cells.map((row) => `| ${row.map((c) => mdCell(c.text)).join(" | ")} |`),
    ];
    ctx.io.stdout(`${lines.join("\n")}\n`);
    return 0;
  }
  ctx.io.stdout(`${[title, "", ...alignTable(columns, cells, useColor(ctx))].join("\n")}\n`);
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

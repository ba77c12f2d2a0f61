/**
 * The plan's catalogue as the CLI's `indicators` command prints it: the indicator list and the headline table (表1),
 * as text, Markdown, CSV or JSON. Rendering lives here, with the other renderers; the CLI only chooses and writes.
 *
 * @internal
 * @module
 */
import { mdCell, mdTable, inLang as t } from "../internal/text.js";
import type { Plan } from "../model/definePlan.js";
import { REPORTING_LABELS, reportingOf } from "../model/reporting.js";
import { reportIndicator, reportTarget } from "./common.js";
import { field } from "./csv.js";
import { type Cell, type Column, indicatorText, MISSING, targetText } from "./table.js";
import { alignTable } from "./text.js";
import type { Lang } from "./types.js";

/** How the catalogue is printed. @internal */
export interface CatalogueOptions {
  readonly lang: Lang;
  readonly format: "text" | "markdown" | "csv" | "json";
  /** A byte order mark before CSV (Excel then reads the Chinese names as UTF-8). */
  readonly bom?: boolean;
  /** ANSI colour in the text table. */
  readonly color?: boolean;
}

function regionsText(plan: Plan, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => plan.regions.find((r) => r.id === id)?.name[lang] ?? id).join(lang === "zh" ? "、" : ", ");
}

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

/** 表1 as text, Markdown, CSV or JSON. @internal */
export function renderHeadline(plan: Plan, options: CatalogueOptions): string {
  const { lang, format } = options;
  const bom = options.bom === true ? "\uFEFF" : "";
  const rows = headlineRows(plan, lang);
  if (format === "json") {
    return `${JSON.stringify(rows, null, 2)}\n`;
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
    return `${bom}${[header, ...cells].map((line) => line.map(field).join(",")).join("\r\n")}\r\n`;
  }
  const title = t(lang, `${plan.title.zh}：主要指标（表1）`, `${plan.title.en}: headline indicators (Table 1)`);
  if (format === "markdown") {
    const lines = [
      `## ${mdCell(title)}`,
      "",
      ...mdTable(
        header.map((h, i) => ({ header: h, align: i === 0 || i === 5 || i === 6 ? "right" : "left" })),
        cells,
      ),
    ];
    return `${lines.join("\n")}\n`;
  }
  const columns: Column[] = header.map((h, i) => ({ header: h, align: i === 0 || i === 5 ? "right" : "left" }));
  const table = alignTable(
    columns,
    cells.map((row) => row.map((text) => ({ text }))),
    options.color === true,
  );
  return `${[title, "", ...table].join("\n")}\n`;
}

/**
 * The indicator list (one row per target) as text, Markdown, CSV or JSON, with each indicator's 口径: what one
 * reported figure means (当年新增, 累计新增 or 期末存量). @internal
 */
export function renderIndicators(plan: Plan, options: CatalogueOptions): string {
  const { lang, format } = options;
  const bom = options.bom === true ? "\uFEFF" : "";
  if (format === "json") {
    const list = plan.indicators.map((ind) => ({
      id: ind.id,
      name: { zh: ind.name.zh, en: ind.name.en },
      unit: ind.unit,
      direction: ind.direction,
      attribute: ind.attribute,
      reporting: reportingOf(ind),
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
    return `${JSON.stringify(list, null, 2)}\n`;
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
      "reporting",
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
          reportingOf(ind),
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
    return `${bom}${lines.join("\r\n")}\r\n`;
  }
  const columns: Column[] = [
    { header: t(lang, "代码", "id"), align: "left" },
    { header: t(lang, "指标", "indicator"), align: "left" },
    { header: t(lang, "方向", "direction"), align: "left" },
    { header: t(lang, "属性", "attribute"), align: "left" },
    { header: t(lang, "口径", "basis"), align: "left" },
    { header: t(lang, "目标", "target"), align: "left" },
    { header: t(lang, "地区", "regions"), align: "left" },
  ];
  const cells: Cell[][] = rows.map(({ ind, ri, tg }) => [
    { text: ind.id },
    { text: indicatorText(ri, lang) },
    { text: direction(ind.direction) },
    { text: attribute(ind.attribute) },
    { text: REPORTING_LABELS[reportingOf(ind)][lang] },
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
      ...mdTable(
        columns,
        cells.map((row) => row.map((c) => c.text)),
      ),
    ];
    return `${lines.join("\n")}\n`;
  }
  return `${[title, "", ...alignTable(columns, cells, options.color === true)].join("\n")}\n`;
}

/**
 * Renderers of the scorecard by level ({@link ScorecardLevels}): text and Markdown tables (levels, regions,
 * rankings), a self-contained HTML page with the region × indicator heat table, and the heat table as SVG.
 *
 * @module
 */
import { Dec } from "../internal/decimal.js";
import { mdCell, mdTable } from "../internal/text.js";
import type { RegionLevel } from "../model/schema.js";
import { classLabel, EVALUATION_CLASSES, type EvaluationClass } from "./classes.js";
import { escapeXml as esc } from "./escape.js";
import { methodLabel, STATUS_ORDER, statusLabel, TONE_COLOUR, toneOf, WORDS } from "./labels.js";
import { LEVEL_ORDER, type LevelMatrixCell, type ScorecardLevels } from "./levels.js";
import type { RenderOptions } from "./markdown.js";
import { htmlPage, htmlTableParts, langAttr, pageStyle } from "./page.js";
import type { AssessmentStatus } from "./progress-types.js";
import { FONT_FAMILY, textWidth } from "./svg.js";
import { type Cell, type Column, figureLabel, formatFigure, indicatorText, MISSING, targetText } from "./table.js";
import { alignTable, type TextOptions } from "./text.js";
import type { Lang } from "./types.js";

const LEVEL_WORDS: Readonly<Record<RegionLevel, Readonly<Record<Lang, string>>>> = {
  nation: { zh: "全国", en: "nation" },
  province: { zh: "省级", en: "province" },
  city: { zh: "市级", en: "city" },
  county: { zh: "县级", en: "county" },
  township: { zh: "乡级", en: "township" },
};

const W = {
  title: { zh: "分级记分卡", en: "scorecard by level" },
  level: { zh: "层级", en: "level" },
  regions: { zh: "地区数", en: "regions" },
  targets: { zh: "目标数", en: "targets" },
  region: { zh: "地区", en: "region" },
  parent: { zh: "上级", en: "parent" },
  byLevel: { zh: "按层级", en: "By level" },
  byRegion: { zh: "按地区", en: "By region" },
  rankings: { zh: "排名（完成进度对比时间进度）", en: "Rankings (completion against time share)" },
  matrix: { zh: "地区 × 指标", en: "Region × indicator" },
  rank: { zh: "名次", en: "rank" },
  cls: { zh: "类别", en: "class" },
  status: { zh: "状态", en: "status" },
  leaders: { zh: "领先", en: "leading" },
  laggards: { zh: "落后", en: "lagging" },
  unranked: { zh: "无进度差（列在最后）", en: "without a lead (listed last)" },
  noTarget: { zh: "无此目标", en: "no such target" },
  otherMethod: {
    zh: "评估类别和进度差只属于序时进度法；本记分卡用的是其他方法，只按状态计数，不排名。",
    en: "Classes and leads belong to the schedule method; this scorecard uses another method, so it is counted by status and not ranked.",
  },
} as const;

/** Fill of a heat-table cell by class: blue for ahead, yellow for in line, orange and red for behind. @internal */
export const CLASS_FILL: Readonly<Record<EvaluationClass, string>> = {
  "achieved-early": "#54aeff",
  achieved: "#54aeff",
  faster: "#b6e3ff",
  "in-line": "#fff1a8",
  lagging: "#ffb77c",
  missed: "#ff8182",
  "not-assessable": "#eaeef2",
};

const colon = (lang: Lang) => (lang === "zh" ? "：" : ": ");
const levelText = (level: RegionLevel, lang: Lang) => LEVEL_WORDS[level][lang];

function titleOf(levels: ScorecardLevels, lang: Lang): string {
  return lang === "zh"
    ? `${levels.plan.title.zh}（${levels.plan.number}）${W.title.zh}`
    : `${levels.plan.title.en} (${levels.plan.number}): ${W.title.en}`;
}

function subtitleOf(levels: ScorecardLevels, lang: Lang): string {
  const c = colon(lang);
  const region =
    levels.region === null
      ? WORDS.allRegions[lang]
      : (levels.regions.find((r) => r.region.id === levels.region)?.region.name[lang] ?? levels.region);
  return [
    `${WORDS.asOf[lang]}${c}${levels.asOf}`,
    `${WORDS.method[lang]}${c}${methodLabel(levels.method, lang)}`,
    `${WORDS.region[lang]}${c}${region}`,
  ].join(lang === "zh" ? "　" : " · ");
}

/** What a cell says: its class (or status, for another method) and lead. */
function cellLabel(c: LevelMatrixCell, lang: Lang): string {
  return c.class === null ? statusLabel(c.status, lang) : classLabel(c.class, lang);
}

function cellFill(c: LevelMatrixCell): { fill: string; opacity: string } {
  return c.class === null
    ? { fill: TONE_COLOUR[toneOf(c.status)], opacity: "0.35" }
    : { fill: CLASS_FILL[c.class], opacity: "1" };
}

/** The classes (or, for another method, the statuses) that occur, in report order, for columns and legends. */
function keysOf(levels: ScorecardLevels): { classes: EvaluationClass[] | null; statuses: AssessmentStatus[] } {
  const classes =
    levels.band === null
      ? null
      : EVALUATION_CLASSES.filter((c) => levels.levels.some((l) => (l.byClass?.[c] ?? 0) > 0));
  const statuses = STATUS_ORDER.filter((s) => levels.levels.some((l) => (l.byStatus[s] ?? 0) > 0));
  return { classes, statuses };
}

/** The band's rule in one sentence, for the notes. */
function bandNote(levels: ScorecardLevels, lang: Lang): string {
  if (levels.band === null) return W.otherMethod[lang];
  const p = new Dec(levels.band).times(100).toFixed();
  return lang === "zh"
    ? `类别按序时进度法（进度差 = 完成进度 − 时间进度）：进度差 ≥ ${p} 个百分点为快于预期，−${p} 至 ${p} 个百分点（不含 ${p}）为基本符合预期，低于 −${p} 个百分点或较基期倒退为相对滞后；目标年份前已达到目标为提前实现（阈值为本库的决定，见 docs/methodology.md）。名次按进度差精确比较，相同者并列。`
    : `Classes by the schedule method (lead = completion − time share): a lead of ${p} points or more is faster than expected, from −${p} up to ${p} points broadly as expected, below −${p} points or worse than the baseline lagging; a target reached before its year is achieved early (the thresholds are this library's decision, see docs/methodology.md). Ranks compare leads exactly; equal leads share a place.`;
}

interface Section {
  readonly heading: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The tables every textual renderer prints: by level, by region, then one ranking per indicator, target and level. */
function sections(levels: ScorecardLevels, lang: Lang): Section[] {
  const { classes, statuses } = keysOf(levels);
  const countColumns: Column[] = [
    ...(classes ?? []).map((c): Column => ({ header: classLabel(c, lang), align: "right" })),
    ...(classes === null ? statuses.map((s): Column => ({ header: statusLabel(s, lang), align: "right" })) : []),
  ];
  const countCells = (g: {
    byStatus: ScorecardLevels["levels"][number]["byStatus"];
    byClass: ScorecardLevels["levels"][number]["byClass"];
  }): Cell[] =>
    classes === null
      ? statuses.map((s) => ({ text: String(g.byStatus[s] ?? 0) }))
      : classes.map((c) => ({ text: String(g.byClass?.[c] ?? 0) }));
  const out: Section[] = [
    {
      heading: W.byLevel[lang],
      columns: [
        { header: W.level[lang], align: "left" },
        { header: W.regions[lang], align: "right" },
        { header: W.targets[lang], align: "right" },
        ...countColumns,
      ],
      rows: levels.levels.map((l) => [
        { text: levelText(l.level, lang) },
        { text: String(l.regions) },
        { text: String(l.total) },
        ...countCells(l),
      ]),
    },
    {
      heading: W.byRegion[lang],
      columns: [
        { header: W.region[lang], align: "left" },
        { header: W.level[lang], align: "left" },
        { header: W.parent[lang], align: "left" },
        { header: W.targets[lang], align: "right" },
        ...countColumns,
      ],
      rows: levels.regions.map((r) => [
        { text: r.region.name[lang] },
        { text: levelText(r.level, lang) },
        { text: r.parent === null ? MISSING : r.parent.name[lang] },
        { text: String(r.total) },
        ...countCells(r),
      ]),
    },
  ];
  for (const ranking of levels.rankings) {
    const c = colon(lang);
    const sep = lang === "zh" ? "；" : "; ";
    const names = (rs: readonly { name: { zh: string; en: string } }[]) =>
      rs.length === 0 ? MISSING : rs.map((x) => x.name[lang]).join(lang === "zh" ? "、" : ", ");
    const count = lang === "zh" ? `（${ranking.entries.length}个地区）` : ` (${ranking.entries.length} regions)`;
    const heading = [
      `${indicatorText(ranking.indicator, lang)} — ${targetText(ranking.target, ranking.indicator, lang)} — ${levelText(ranking.level, lang)}${count}`,
      `${W.leaders[lang]}${c}${names(ranking.leaders)}`,
      `${W.laggards[lang]}${c}${names(ranking.laggards)}`,
      ...(ranking.unranked > 0 ? [`${W.unranked[lang]}${c}${ranking.unranked}`] : []),
    ].join(sep);
    out.push({
      heading,
      columns: [
        { header: W.rank[lang], align: "right" },
        { header: W.region[lang], align: "left" },
        { header: figureLabel("completion", lang), align: "right" },
        { header: figureLabel("timeShare", lang), align: "right" },
        { header: figureLabel("lead", lang), align: "right" },
        { header: W.cls[lang], align: "left" },
        { header: W.status[lang], align: "left" },
      ],
      rows: ranking.entries.map((e) => [
        { text: e.rank === null ? MISSING : String(e.rank) },
        { text: e.region.name[lang] },
        { text: formatFigure("completion", e.completion, lang) },
        { text: formatFigure("timeShare", e.timeShare, lang) },
        { text: formatFigure("lead", e.lead, lang) },
        { text: e.class === null ? MISSING : classLabel(e.class, lang) },
        { text: statusLabel(e.status, lang), tone: toneOf(e.status) },
      ]),
    });
  }
  return out;
}

/**
 * Print a scorecard by level as plain-text tables for a terminal: the counts by level and by region (by class
 * under the schedule method, else by status), then each indicator's ranking per level with the leaders, the
 * laggards and the regions without a lead at the end. Figures rounded by the library's display rule.
 *
 * @param levels - from {@link scorecardByLevel}
 * @param options - language and colour
 * @returns the text, ending with a newline
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { renderLevelsText, scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2023-12-31", method: "schedule",
 * });
 * const text = renderLevelsText(scorecardByLevel(card, wuwei14), { lang: "en" });
 * text.includes("leading: Wuwei City"); //=> true
 * text.includes("-22.5 pp"); //=> true
 * ```
 * @category Report
 */
export function renderLevelsText(levels: ScorecardLevels, options: TextOptions = {}): string {
  const lang = options.lang ?? levels.lang;
  const out = [titleOf(levels, lang), subtitleOf(levels, lang)];
  for (const s of sections(levels, lang)) {
    out.push("", s.heading, ...alignTable(s.columns, s.rows, options.color === true));
  }
  out.push("", bandNote(levels, lang));
  return `${out.join("\n")}\n`;
}

/**
 * Print a scorecard by level as Markdown: the same tables as {@link renderLevelsText}, one GitHub-flavoured table
 * each under a heading.
 *
 * @param levels - from {@link scorecardByLevel}
 * @param options - language
 * @returns the Markdown, ending with a newline
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { renderLevelsMarkdown, scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule" });
 * const md = renderLevelsMarkdown(scorecardByLevel(card, wuwei14));
 * md.includes("### 按层级"); //=> true
 * md.includes("| 县级 | 4 |"); //=> true
 * ```
 * @category Report
 */
export function renderLevelsMarkdown(levels: ScorecardLevels, options: RenderOptions = {}): string {
  const lang = options.lang ?? levels.lang;
  const out = [`## ${mdCell(titleOf(levels, lang))}`, "", subtitleOf(levels, lang)];
  for (const s of sections(levels, lang)) {
    out.push(
      "",
      `### ${mdCell(s.heading)}`,
      "",
      ...mdTable(
        s.columns,
        s.rows.map((row) => row.map((c) => c.text)),
      ),
    );
  }
  out.push("", bandNote(levels, lang));
  return `${out.join("\n")}\n`;
}

/** The text of a cell's tooltip: region, indicator, status, class and lead. */
function cellTitle(levels: ScorecardLevels, r: number, k: number, lang: Lang): string {
  const row = levels.matrix.rows[r];
  const column = levels.matrix.columns[k];
  const c = row?.cells[k];
  if (!row || !column) return "";
  const head = `${row.region.name[lang]} · ${indicatorText(column.indicator, lang)}`;
  if (c === null || c === undefined) return `${head}${colon(lang)}${W.noTarget[lang]}`;
  return [
    `${head}${colon(lang)}${statusLabel(c.status, lang)}`,
    ...(c.class === null ? [] : [classLabel(c.class, lang)]),
    ...(c.lead === null ? [] : [`${figureLabel("lead", lang)} ${formatFigure("lead", c.lead, lang)}`]),
  ].join(" · ");
}

function columnHeader(levels: ScorecardLevels, k: number, lang: Lang): string {
  const column = levels.matrix.columns[k];
  if (!column) return "";
  return `${indicatorText(column.indicator, lang)}${column.target === null ? "" : ` [${column.target}]`}`;
}

/** Depth of a level below the top level of the matrix, for indenting region names. */
function depthOf(levels: ScorecardLevels, level: RegionLevel): number {
  // The level summaries run from the top, and every region of the matrix is in one of them.
  const top = LEVEL_ORDER.indexOf(levels.levels[0]?.level ?? "nation");
  return Math.max(0, LEVEL_ORDER.indexOf(level) - top);
}

/** The legend entries that occur in the matrix: classes (or statuses), then the empty cell. */
function legendOf(levels: ScorecardLevels, lang: Lang): { label: string; fill: string; opacity: string }[] {
  const cells = levels.matrix.rows.flatMap((r) => r.cells).filter((c) => c !== null);
  const seen = new Map<string, { label: string; fill: string; opacity: string }>();
  const order = (c: LevelMatrixCell) =>
    c.class === null ? 100 + STATUS_ORDER.indexOf(c.status) : EVALUATION_CLASSES.indexOf(c.class);
  for (const c of [...cells].sort((a, b) => order(a) - order(b))) {
    const label = cellLabel(c, lang);
    if (!seen.has(label)) seen.set(label, { label, ...cellFill(c) });
  }
  return [...seen.values()];
}

const HTML_STYLE = `${pageStyle(FONT_FAMILY)}h3 { font-size: 1rem; margin: 1.5rem 0 .4rem; font-weight: 600; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border-bottom: 1px solid #d8dee4; padding: .3rem .5rem; text-align: left; vertical-align: top; white-space: nowrap; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.table-wrap { overflow-x: auto; }
table.heat td { border: 2px solid #ffffff; text-align: center; vertical-align: middle; min-width: 9em; line-height: 1.25; }
table.heat td .lead { display: block; font-size: .8rem; font-variant-numeric: tabular-nums; }
table.heat td.empty { background: #ffffff; color: #8c959f; }
table.heat thead th { white-space: normal; min-width: 9em; vertical-align: bottom; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
ul.legend span { display: inline-block; width: 1em; height: 1em; vertical-align: -.15em; margin-right: .35em; border: 1px solid #d8dee4; }
p.note { color: #57606a; font-size: .85rem; }
footer { color: #57606a; font-size: .8rem; margin-top: 2rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; }
  tr { break-inside: avoid; }
  table.heat td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .table-wrap { overflow: visible; }
  @page { size: A4 portrait; margin: 12mm; }
}
`;

function htmlTable(s: Section, id: string): string {
  const { head, body } = htmlTableParts(s.columns, s.rows, (cell, c) => {
    if (cell.tone !== undefined) {
      return `<td style="color:${TONE_COLOUR[cell.tone]};font-weight:600">${esc(cell.text)}</td>`;
    }
    return c.align === "right" ? `<td class="num">${esc(cell.text)}</td>` : `<td>${esc(cell.text)}</td>`;
  });
  return `<div class="table-wrap"><table id="${id}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/**
 * Print a scorecard by level as one self-contained HTML page: the counts by level, the region × indicator heat
 * table (each cell coloured by class, with the class and the lead written in it and in its `title`; a legend), the
 * counts by region and every ranking. No scripts, no external assets, every text escaped.
 *
 * @param levels - from {@link scorecardByLevel}
 * @param options - language
 * @returns the HTML document
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { renderLevelsHtml, scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2023-12-31", method: "schedule",
 * });
 * const html = renderLevelsHtml(scorecardByLevel(card, wuwei14));
 * html.includes('data-region="wuwei" data-indicator="rd-intensity" data-class="lagging"'); //=> true
 * ```
 * @category Report
 */
export function renderLevelsHtml(levels: ScorecardLevels, options: RenderOptions = {}): string {
  const lang = options.lang ?? levels.lang;
  const all = sections(levels, lang);
  const [byLevel, byRegion, ...rankings] = all;
  const { columns, rows } = levels.matrix;
  const legend = legendOf(levels, lang)
    .map(
      (l) =>
        `<li><span style="background:${l.fill};opacity:${l.opacity === "1" ? "1" : l.opacity}"></span>${esc(l.label)}</li>`,
    )
    .concat(`<li><span style="background:#ffffff"></span>${esc(`${MISSING} ${W.noTarget[lang]}`)}</li>`)
    .join("");
  const heatHead = `<tr><th scope="col">${esc(W.region[lang])}</th>${columns
    .map((_, k) => `<th scope="col">${esc(columnHeader(levels, k, lang))}</th>`)
    .join("")}</tr>`;
  const heatBody = rows
    .map((row, r) => {
      const indent = depthOf(levels, row.level) * 1.2;
      const cells = row.cells
        .map((c, k) => {
          const title = esc(cellTitle(levels, r, k, lang));
          const indicator = esc(columns[k]?.indicator.id ?? "");
          if (c === null) {
            return `<td class="empty" data-region="${esc(row.region.id)}" data-indicator="${indicator}" title="${title}">${MISSING}</td>`;
          }
          const { fill, opacity } = cellFill(c);
          const background = opacity === "1" ? fill : `${fill}59`;
          const lead = c.lead === null ? "" : `<span class="lead">${esc(formatFigure("lead", c.lead, lang))}</span>`;
          return `<td data-region="${esc(row.region.id)}" data-indicator="${indicator}" data-class="${c.class ?? ""}" data-status="${c.status}" style="background:${background}" title="${title}">${esc(cellLabel(c, lang))}${lead}</td>`;
        })
        .join("");
      return `<tr><th scope="row" style="padding-left:${(0.5 + indent).toFixed(1)}em">${esc(row.region.name[lang])}</th>${cells}</tr>`;
    })
    .join("\n");
  const rankingHtml = rankings
    .map((s, i) => `<h3>${esc(s.heading)}</h3>\n${htmlTable(s, `ranking-${i + 1}`)}`)
    .join("\n");
  return htmlPage(
    lang,
    titleOf(levels, lang),
    HTML_STYLE,
    `<h1>${esc(titleOf(levels, lang))}</h1>
<p class="subtitle">${esc(subtitleOf(levels, lang))}</p>
<h2>${esc(W.byLevel[lang])}</h2>
${byLevel ? htmlTable(byLevel, "by-level") : ""}
<h2>${esc(W.matrix[lang])}</h2>
<ul class="legend">${legend}</ul>
<div class="table-wrap"><table class="heat" id="matrix">
<thead>${heatHead}</thead>
<tbody>
${heatBody}
</tbody>
</table></div>
<p class="note">${esc(bandNote(levels, lang))}</p>
<h2>${esc(W.rankings[lang])}</h2>
${rankingHtml}
<h2>${esc(W.byRegion[lang])}</h2>
${byRegion ? htmlTable(byRegion, "by-region") : ""}
<footer>${esc(levels.plan.title[lang])} · ${esc(levels.plan.number)}</footer>`,
  );
}

/** Break a label into lines that fit `width` pixels at `size`: between words in English, anywhere in Chinese. */
function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  const tokens = text.match(/[\p{Ps}\p{Pi}]*(?:\p{Script=Han}|[^\s\p{Script=Han}]+)[\p{Pe}\p{Pf}\p{Po}]*\s*|\s+/gu) ?? [
    text,
  ];
  for (const token of tokens) {
    const next = line + token;
    if (line !== "" && textWidth(next.trimEnd(), size) > width) {
      lines.push(line.trim());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim() !== "") lines.push(line.trim());
  return lines;
}

/**
 * Draw the region × indicator matrix of a scorecard by level as an SVG heat table: one row per region (indented by
 * level), one column per indicator, each cell coloured by evaluation class (by status under another method) with
 * the class and the lead written in it and a `<title>` for screen readers and tooltips; a legend of the colours
 * that occur. Self-contained, CJK fonts listed first.
 *
 * @param levels - from {@link scorecardByLevel}
 * @param options - language
 * @returns the SVG document (a string starting with `<svg`)
 * @example
 * ```ts
 * import { wuwei14 } from "@wuwei/sti-plan";
 * import { renderLevelsSvg, scorecard, scorecardByLevel } from "@wuwei/sti-plan/report";
 * const card = scorecard(wuwei14, [{ indicator: "rd-intensity", region: "wuwei", year: 2023, value: "0.95" }], {
 *   asOf: "2023-12-31", method: "schedule",
 * });
 * const svg = renderLevelsSvg(scorecardByLevel(card, wuwei14), { lang: "en" });
 * svg.startsWith("<svg"); //=> true
 * svg.includes("<title>Wuwei City · R&#38;D intensity (%): behind schedule · lagging · lead -22.5 pp</title>"); //=> true
 * ```
 * @category Report
 */
export function renderLevelsSvg(levels: ScorecardLevels, options: RenderOptions = {}): string {
  const lang = options.lang ?? levels.lang;
  const { columns, rows } = levels.matrix;
  const pad = 24;
  const labelSize = 13;
  const headSize = 12;
  const indentStep = 16;
  const cellW = 150;
  const cellH = 36;
  const labelWidth =
    Math.ceil(
      Math.max(
        textWidth(W.region[lang], labelSize),
        ...rows.map((r) => textWidth(r.region.name[lang], labelSize) + depthOf(levels, r.level) * indentStep),
      ),
    ) + 16;
  const x0 = pad + labelWidth;
  const headLines = columns.map((_, k) => wrap(columnHeader(levels, k, lang), cellW - 10, headSize));
  const headH = Math.max(1, ...headLines.map((l) => l.length)) * 15 + 10;

  // Legend: one chip per class (or status) that occurs, then the empty cell.
  const legendItems = [
    ...legendOf(levels, lang),
    { label: `${MISSING} ${W.noTarget[lang]}`, fill: "#ffffff", opacity: "1" },
  ];
  const legend: string[] = [];
  let lx = pad;
  for (const item of legendItems) {
    legend.push(
      `<rect x="${lx.toFixed(1)}" y="62" width="14" height="14" fill="${item.fill}" fill-opacity="${item.opacity}" stroke="#d8dee4"/>`,
    );
    legend.push(`<text class="lv-legend" x="${(lx + 19).toFixed(1)}" y="73.5">${esc(item.label)}</text>`);
    lx += 19 + textWidth(item.label, 12) + 18;
  }

  const title = titleOf(levels, lang);
  const subtitle = subtitleOf(levels, lang);
  const width = Math.ceil(
    Math.max(
      x0 + columns.length * cellW + pad,
      lx + pad,
      textWidth(title, 17) + 2 * pad,
      textWidth(subtitle, 12.5) + 2 * pad,
    ),
  );
  const top = 96;
  const parts: string[] = [];
  parts.push(`<text class="lv-col" x="${pad}" y="${top + headH - 8}">${esc(W.region[lang])}</text>`);
  columns.forEach((_, k) => {
    const lines = headLines[k] ?? [];
    const cx = x0 + k * cellW + cellW / 2;
    lines.forEach((line, n) => {
      const y = top + headH - 8 - (lines.length - 1 - n) * 15;
      parts.push(`<text class="lv-col" x="${cx}" y="${y}" text-anchor="middle">${esc(line)}</text>`);
    });
  });
  let y = top + headH;
  parts.push(`<line class="lv-rule" x1="${pad}" x2="${width - pad}" y1="${y}" y2="${y}"/>`);
  rows.forEach((row, r) => {
    const depth = depthOf(levels, row.level);
    const mid = y + cellH / 2;
    parts.push(
      `<text class="lv-region${depth === 0 ? " lv-top" : ""}" x="${pad + depth * indentStep}" y="${mid + 4.5}">${esc(row.region.name[lang])}</text>`,
    );
    row.cells.forEach((c, k) => {
      const cx = x0 + k * cellW;
      const tip = esc(cellTitle(levels, r, k, lang));
      if (c === null) {
        parts.push(
          `<g><title>${tip}</title><rect class="lv-empty" x="${cx + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}"/><text class="lv-none" x="${cx + cellW / 2}" y="${mid + 4}" text-anchor="middle">${MISSING}</text></g>`,
        );
        return;
      }
      const { fill, opacity } = cellFill(c);
      const label = esc(cellLabel(c, lang));
      const lead = c.lead === null ? "" : esc(formatFigure("lead", c.lead, lang));
      const text =
        lead === ""
          ? `<text class="lv-cls" x="${cx + cellW / 2}" y="${mid + 4.5}" text-anchor="middle">${label}</text>`
          : `<text class="lv-cls" x="${cx + cellW / 2}" y="${mid - 2}" text-anchor="middle">${label}</text><text class="lv-lead" x="${cx + cellW / 2}" y="${mid + 12}" text-anchor="middle">${lead}</text>`;
      parts.push(
        `<g data-region="${esc(row.region.id)}" data-indicator="${esc(columns[k]?.indicator.id ?? "")}"${c.class === null ? "" : ` data-class="${c.class}"`}><title>${tip}</title><rect x="${cx + 1}" y="${y + 1}" width="${cellW - 2}" height="${cellH - 2}" fill="${fill}" fill-opacity="${opacity}"/>${text}</g>`,
      );
    });
    y += cellH;
    const next = rows[r + 1];
    if (next !== undefined && depthOf(levels, next.level) < depth) {
      parts.push(`<line class="lv-sep" x1="${pad}" x2="${width - pad}" y1="${y}" y2="${y}"/>`);
    }
  });
  const note = wrap(bandNote(levels, lang), width - 2 * pad, 11.5);
  note.forEach((line, n) => {
    parts.push(`<text class="lv-note" x="${pad}" y="${y + 22 + n * 16}">${esc(line)}</text>`);
  });
  const height = y + 22 + note.length * 16 + 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="lv" role="img" aria-labelledby="lv-title" lang="${langAttr(lang)}">`,
    `<title id="lv-title">${esc(`${title} — ${W.matrix[lang]}`)}</title>`,
    `<style>.lv{font-family:${FONT_FAMILY.replace(/"/g, "'")};fill:#1f2328}.lv-title{font-size:17px;font-weight:700}.lv-sub{font-size:12.5px;fill:#57606a}.lv-legend{font-size:12px;fill:#1f2328}.lv-col{font-size:${headSize}px;font-weight:700}.lv-region{font-size:${labelSize}px}.lv-top{font-weight:700}.lv-cls{font-size:12px;font-weight:600}.lv-lead{font-size:11px;fill:#1f2328}.lv-none{font-size:12px;fill:#8c959f}.lv-empty{fill:#ffffff;stroke:#eaeef2}.lv-rule{stroke:#8c959f}.lv-sep{stroke:#d8dee4}.lv-note{font-size:11.5px;fill:#57606a}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="lv-title" x="${pad}" y="30">${esc(title)}</text>`,
    `<text class="lv-sub" x="${pad}" y="50">${esc(subtitle)}</text>`,
    ...legend,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

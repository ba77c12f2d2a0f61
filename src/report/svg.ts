import { dec } from "../internal/decimal.js";
import { escapeXml as esc } from "./escape.js";
import { STATUS_ORDER, statusLabel, TONE_COLOUR, toneOf, WORDS } from "./labels.js";
import type { RenderOptions } from "./markdown.js";
import { langAttr } from "./page.js";
import type { Method } from "./progress-types.js";
import {
  figureLabel,
  formatFigure,
  indicatorText,
  readCountsLine,
  subtitleText,
  targetText,
  titleText,
} from "./table.js";
import type { Lang, Scorecard, ScorecardRow } from "./types.js";
import { displayWidth } from "./width.js";

/** The CJK-capable fonts the chart asks for, most common first. @internal */
export const FONT_FAMILY = `"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif`;

/** Which figure a method's bar shows, and where its marker sits. @internal */
interface ChartSpec {
  readonly bar: string;
  /** A figure key, or a fixed value. */
  readonly marker: { readonly key: string } | { readonly value: string };
  readonly markerLabel: Readonly<Record<Lang, string>>;
}

const CHART: Readonly<Record<Method, ChartSpec>> = {
  schedule: { bar: "completion", marker: { key: "timeShare" }, markerLabel: { zh: "时间进度", en: "time share" } },
  "growth-ratio": {
    bar: "progressValue",
    marker: { value: "1" },
    markerLabel: { zh: "所需增速", en: "required growth" },
  },
  projection: {
    bar: "projectedCompletion",
    marker: { value: "1" },
    markerLabel: { zh: "目标", en: "target" },
  },
};

const num = (value: string | null | undefined): number | null =>
  value === null || value === undefined ? null : dec(value).toNumber();

/** Estimated rendered width of a text: CJK glyphs are square, Latin ones about 0.56 of the font size. @internal */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const char of text) w += displayWidth(char) === 2 ? size : size * 0.58;
  return w;
}

/** What a row without the bar's figure can still say: years met, positions gained. */
function otherFigures(row: ScorecardRow, lang: Lang): string {
  const f = row.figures;
  if (f["yearsMet"] != null && f["yearsElapsed"] != null) {
    return `${figureLabel("yearsMet", lang)} ${f["yearsMet"]}/${f["yearsElapsed"]}`;
  }
  if (f["positionsGained"] != null && f["positionsNeeded"] != null) {
    return lang === "zh"
      ? `已提升 ${f["positionsGained"]} 位，需提升 ${f["positionsNeeded"]} 位`
      : `gained ${f["positionsGained"]} ${f["positionsGained"] === "1" ? "position" : "positions"}, ${f["positionsNeeded"]} needed`;
  }
  return "";
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * Draw a scorecard as an SVG chart: for each target and region a horizontal bar of the method's main figure
 * (completion, under the schedule method) with a marker where it should be by now (the time share), coloured by
 * status, labelled with the indicator's name and the figures. Self-contained, with CJK fonts listed first.
 *
 * @param card - the scorecard
 * @param options - language
 * @returns the SVG document (a string starting with `<svg`)
 * @example
 * ```ts
 * import { renderSvg, scorecard } from "@wuwei/sti-plan/report";
 * import { wuwei14 } from "@wuwei/sti-plan";
 * const svg = renderSvg(scorecard(wuwei14, [], { asOf: "2023-12-31", method: "schedule", region: "wuwei" }));
 * svg.startsWith("<svg"); //=> true
 * svg.includes("研发经费投入强度"); //=> true
 * ```
 * @category Report
 */
export function renderSvg(card: Scorecard, options: RenderOptions = {}): string {
  const lang = options.lang ?? card.lang;
  const spec = CHART[card.method];
  const markerOf = (row: ScorecardRow) =>
    "key" in spec.marker ? num(row.figures[spec.marker.key]) : num(spec.marker.value);

  // Groups: one per indicator and target, in the scorecard's order.
  const groups = new Map<string, { name: string; target: string; rows: ScorecardRow[] }>();
  for (const row of card.rows) {
    const key = `${row.indicator.id}\u0000${row.target.id}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else {
      const colon = lang === "zh" ? "：" : ": ";
      const target = targetText(row.target, row.indicator, lang);
      groups.set(key, {
        name: indicatorText(row.indicator, lang),
        target: `${WORDS.target[lang]}${colon}${target}`,
        rows: [row],
      });
    }
  }

  // Horizontal scale: at least 0–100 %, widened (within −100 %…200 %) to show every bar and marker.
  const values = card.rows.flatMap((r) => [num(r.figures[spec.bar]), markerOf(r)]).filter((v) => v !== null);
  const lo = Math.max(-1, Math.min(0, ...values));
  const hi = Math.min(2, Math.max(1, ...values));
  const loTick = Math.floor(lo * 4) / 4;
  const hiTick = Math.ceil(hi * 4) / 4;

  const width = 1120;
  const pad = 24;
  const labelSize = 13;
  const labelWidth = Math.ceil(Math.max(90, ...card.rows.map((r) => textWidth(r.region.name[lang], labelSize)))) + 16;
  const x0 = pad + labelWidth;
  const barWidth = 460;
  const x1 = x0 + barWidth;
  const figX = x1 + 16;
  const x = (v: number) => x0 + ((v - loTick) / (hiTick - loTick)) * barWidth;
  const rowH = 26;
  const headH = 26;
  const top = 108;

  const parts: string[] = [];
  let y = top;
  for (const group of groups.values()) {
    parts.push(
      `<text class="wsc-head" x="${pad}" y="${y + 17}">${esc(group.name)}<tspan class="wsc-target" dx="14">${esc(group.target)}</tspan></text>`,
    );
    y += headH;
    for (const row of group.rows) {
      const colour = TONE_COLOUR[toneOf(row.status)];
      const bar = num(row.figures[spec.bar]);
      const marker = markerOf(row);
      const mid = y + rowH / 2;
      parts.push(
        `<text class="wsc-region" x="${x0 - 10}" y="${mid + 4.5}" text-anchor="end">${esc(row.region.name[lang])}</text>`,
      );
      // Rows without the bar's figure (ranks, annual floors, never-decrease) get no empty track.
      if (bar !== null)
        parts.push(`<rect class="wsc-track" x="${x0}" y="${mid - 8}" width="${barWidth}" height="16"/>`);
      if (bar !== null) {
        const from = x(Math.max(loTick, Math.min(0, bar)));
        const to = x(Math.min(hiTick, Math.max(0, bar)));
        parts.push(
          `<rect x="${fmt(from)}" y="${mid - 8}" width="${fmt(Math.max(1, to - from))}" height="16" fill="${colour}"/>`,
        );
      }
      if (marker !== null && bar !== null) {
        const mx = fmt(x(Math.max(loTick, Math.min(hiTick, marker))));
        parts.push(`<line class="wsc-marker" x1="${mx}" x2="${mx}" y1="${mid - 12}" y2="${mid + 12}"/>`);
      }
      const figures =
        bar === null
          ? otherFigures(row, lang)
          : [
              `${figureLabel(spec.bar, lang)} ${formatFigure(spec.bar, row.figures[spec.bar] ?? null, lang)}`,
              ...("key" in spec.marker
                ? [
                    `${figureLabel(spec.marker.key, lang)} ${formatFigure(spec.marker.key, row.figures[spec.marker.key] ?? null, lang)}`,
                  ]
                : []),
            ].join(" · ");
      const note = row.status === "not-assessable" ? (row.notes[0]?.message[lang] ?? "") : "";
      parts.push(
        `<text class="wsc-figures" x="${figX}" y="${mid + 4.5}"><tspan class="wsc-status" fill="${colour}">${esc(statusLabel(row.status, lang))}</tspan>${figures ? `<tspan dx="8">${esc(figures)}</tspan>` : ""}${note ? `<tspan dx="8" class="wsc-note">${esc(note)}</tspan>` : ""}</text>`,
      );
      y += rowH;
    }
    y += 8;
  }
  const bottom = y;
  // The counts of reading and validation, so a chart printed on its own still says what it was drawn from.
  const footer: string[] = [];
  if (card.read !== undefined) {
    const errors = card.read.problems.filter((p) => p.severity === "error").length;
    const warnings = card.read.problems.filter((p) => p.severity === "warning").length;
    const tally =
      lang === "zh" ? `；错误 ${errors} 个，警告 ${warnings} 个` : `; ${errors} errors, ${warnings} warnings`;
    footer.push(
      `<text class="wsc-sub wsc-read" x="${pad}" y="${y + 10}">${esc(`${readCountsLine(card.read, lang)}${tally}`)}</text>`,
    );
    y += 22;
  }
  const height = y + 16;

  // Grid: a line every 25 %, the 0 % and 100 % lines darker, tick labels above the first group.
  const grid: string[] = [];
  for (let t = loTick; t <= hiTick + 1e-9; t += 0.25) {
    const gx = fmt(x(t));
    const strong = Math.abs(t) < 1e-9 || Math.abs(t - 1) < 1e-9;
    grid.push(
      `<line class="${strong ? "wsc-axis" : "wsc-grid"}" x1="${gx}" x2="${gx}" y1="${top - 6}" y2="${bottom - 8}"/>`,
    );
    grid.push(`<text class="wsc-tick" x="${gx}" y="${top - 12}" text-anchor="middle">${Math.round(t * 100)}%</text>`);
  }

  // Legend: the statuses that occur, then the marker.
  const seen = STATUS_ORDER.filter((s) => card.rows.some((r) => r.status === s));
  const legend: string[] = [];
  let lx = pad;
  for (const status of seen) {
    const label = statusLabel(status, lang);
    legend.push(`<rect x="${fmt(lx)}" y="62" width="12" height="12" fill="${TONE_COLOUR[toneOf(status)]}"/>`);
    legend.push(`<text class="wsc-legend" x="${fmt(lx + 17)}" y="72.5">${esc(label)}</text>`);
    lx += 17 + textWidth(label, 12) + 18;
  }
  legend.push(`<line class="wsc-marker" x1="${fmt(lx + 6)}" x2="${fmt(lx + 6)}" y1="60" y2="76"/>`);
  legend.push(`<text class="wsc-legend" x="${fmt(lx + 17)}" y="72.5">${esc(spec.markerLabel[lang])}</text>`);

  const title = esc(`${titleText(card, lang)} — ${WORDS.chart[lang]}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="wsc" role="img" aria-labelledby="wsc-title" lang="${langAttr(lang)}">`,
    `<title id="wsc-title">${title}</title>`,
    `<style>.wsc{font-family:${FONT_FAMILY.replace(/"/g, "'")};fill:#1f2328}.wsc-title{font-size:17px;font-weight:700}.wsc-sub{font-size:12.5px;fill:#57606a}.wsc-head{font-size:13.5px;font-weight:700}.wsc-target{font-weight:400;fill:#57606a}.wsc-region{font-size:${labelSize}px}.wsc-figures{font-size:12.5px}.wsc-status{font-weight:700}.wsc-note{fill:#57606a}.wsc-tick,.wsc-legend{font-size:12px;fill:#57606a}.wsc-track{fill:#eef1f4}.wsc-grid{stroke:#d8dee4;stroke-width:1}.wsc-axis{stroke:#8c959f;stroke-width:1}.wsc-marker{stroke:#1f2328;stroke-width:2.5}</style>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="wsc-title" x="${pad}" y="30">${esc(titleText(card, lang))}</text>`,
    `<text class="wsc-sub" x="${pad}" y="50">${esc(subtitleText(card, lang))}</text>`,
    ...legend,
    ...grid,
    ...parts,
    ...footer,
    "</svg>",
    "",
  ].join("\n");
}

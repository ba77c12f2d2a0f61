/**
 * The analyst's desk: the page's app, bundled with the library by `scripts/build-desk.mjs` into one
 * self-contained `desk.html`. It reads a dropped or chosen file in the browser (nothing is sent anywhere), shows
 * the read and validation problems, then the scorecard with filters and its chart, and offers the report for
 * download. Like the CLI, it is an application: it reads today's date for the default as-of date; the library's
 * functions it calls take that date as an argument.
 *
 * @internal
 * @module
 */
import {
  type Method,
  type ObservationIssue,
  type Plan,
  safeDefinePlan,
  validateObservations,
  wuwei14,
} from "../index.js";
import { type FilePlace, formatPlace, type ReadProblem, readObservations, writeXlsx } from "../io/index.js";
import { templateCsv, templateTable, templateXlsx } from "../io/template.js";
import {
  type Lang,
  renderCsv,
  renderHtml,
  renderJson,
  renderSvg,
  renderTrajectory,
  type Scorecard,
  type ScorecardRow,
  scorecard,
  scorecardSheets,
  statusLabel,
  trajectories,
} from "../report/index.js";
import { FIGURES, WORDS as REPORT, SEVERITY_WORDS, toneOf } from "../report/labels.js";
import { langAttr } from "../report/page.js";
import { formatFigure, formatValue } from "../report/table.js";

const METHODS: readonly Method[] = ["schedule", "growth-ratio", "projection"];

type Words = Readonly<Record<Lang, string>>;

/** The reports' words as a heading of the page: the English with a capital ("time share" → "Time share"). */
const heading = (words: Words): Words => ({
  zh: words.zh,
  en: `${words.en.charAt(0).toUpperCase()}${words.en.slice(1)}`,
});

/** The label of a figure the reports print. */
const figureWords = (key: string): Words => FIGURES[key]?.label ?? { zh: key, en: key };

/** The page's words; those it shares with the reports come from their one table (report/labels.ts). */
const WORDS = {
  title: { zh: "科技创新规划监测工作台", en: "S&T plan monitoring desk" },
  offline: {
    zh: "本页完全离线运行：所选文件只在本机浏览器中读取和计算，不上传、不联网，页面也不加载任何外部资源。",
    en: "This page works offline: the file you choose is read and scored in this browser only. Nothing is uploaded, and the page loads nothing from the network.",
  },
  dataFile: { zh: "数据文件", en: "Data file" },
  drop: {
    zh: "把填好的数据文件（Excel 工作簿 .xlsx、CSV、TSV 或 JSON，任何编码）拖到这里，或点击选择",
    en: "Drop a filled-in data file (an Excel workbook .xlsx, CSV, TSV or JSON, in any encoding) here, or click to choose one",
  },
  planFile: { zh: "使用其他规划（JSON，可选）", en: "Use another plan (JSON, optional)" },
  language: { zh: "语言", en: "Language" },
  method: heading(REPORT.assessmentMethod),
  asOf: heading(REPORT.asOf),
  region: heading(REPORT.region),
  status: heading(REPORT.status),
  chapter: { zh: "章节", en: "Chapter" },
  binding: { zh: "仅约束性指标", en: "Binding only" },
  all: { zh: "全部", en: "All" },
  problems: { zh: "数据问题", en: "Data problems" },
  noProblems: { zh: "未发现问题。", en: "No problems found." },
  scorecard: heading(REPORT.scorecard),
  chart: heading(REPORT.chart),
  trends: { zh: "各指标走势（实际值与规划路径）", en: "Each indicator: reported figures against the planned path" },
  downloads: { zh: "下载", en: "Download" },
  waiting: { zh: "尚未选择数据文件。", en: "No data file chosen yet." },
  shown: { zh: "显示", en: "showing" },
  of: { zh: "行，共", en: "rows of" },
  colIndicator: heading(REPORT.indicator),
  colRegion: heading(REPORT.region),
  colBaseline: heading(REPORT.baseline),
  colTarget: heading(REPORT.target),
  colLatest: heading(REPORT.latest),
  colStatus: heading(REPORT.status),
  colCompletion: heading(figureWords("completion")),
  colTime: heading(figureWords("timeShare")),
  line: { zh: "第{n}行", en: "line {n}" },
  row: { zh: "第{n}条", en: "row {n}" },
  read: {
    zh: "{file}（{format}）：读入 {rows} 个数据，有效 {ok} 条；错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。",
    en: "{file} ({format}): {rows} figures read, {ok} valid; {errors} errors, {warnings} warnings, {infos} notes.",
  },
  template: { zh: "空白填报表", en: "Blank form" },
  templateFor: { zh: "填报地区", en: "Form for" },
  noFigure: {
    zh: "文件中没有可用的数据，不生成记分卡。请先处理上面列出的问题。",
    en: "The file holds no usable figure, so there is no scorecard. Please deal with the problems listed above first.",
  },
  planLoaded: { zh: "已使用规划：{title}", en: "Plan in use: {title}" },
  planRejected: {
    zh: "规划文件有 {n} 个问题，仍使用原规划：",
    en: "The plan file has {n} problems; the previous plan stays in use:",
  },
  unreadable: { zh: "无法读取文件：{why}", en: "Could not read the file: {why}" },
  error: SEVERITY_WORDS.error,
  warning: SEVERITY_WORDS.warning,
  info: SEVERITY_WORDS.info,
  provisional: { zh: "p 初步数据", en: "p provisional" },
} as const;

type Word = keyof typeof WORDS;

/** A problem as the page lists it: the file's own (with its place), or validation's (with the row it came from). */
type Shown = ReadProblem | ObservationIssue;

interface State {
  plan: Plan;
  lang: Lang;
  method: Method;
  asOf: string;
  region: string;
  status: string;
  chapter: string;
  binding: boolean;
  file: string | null;
  rowsRead: number;
  observations: ReturnType<typeof validateObservations>["observations"];
  issues: readonly Shown[];
  places: readonly FilePlace[];
  format: string;
  templateRegion: string;
  planNote: { ok: boolean; lines: string[] } | null;
}

/** The plan `wuwei-sti-plan desk --plan FILE` put into the page, or the embedded one. */
function initialPlan(): Plan {
  const text = document.getElementById("desk-plan")?.textContent;
  if (!text) return wuwei14;
  const result = safeDefinePlan(JSON.parse(text));
  return result.success ? result.plan : wuwei14;
}

const state: State = {
  plan: initialPlan(),
  lang: "zh",
  method: "schedule",
  asOf: new Date().toISOString().slice(0, 10),
  region: "",
  status: "",
  chapter: "",
  binding: false,
  file: null,
  rowsRead: 0,
  observations: [],
  issues: [],
  places: [],
  format: "",
  templateRegion: "",
  planNote: null,
};

function w(word: Word, params: Record<string, string | number> = {}): string {
  return WORDS[word][state.lang].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ""));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  const node = el("option", { value }, label);
  node.selected = selected;
  return node;
}

/**
 * A filter of the page: "all" first, then the choices (value and label); choosing one sets `state[key]` and draws
 * the page again.
 */
function filterSelect(
  id: string,
  key: "region" | "status" | "chapter",
  choices: readonly (readonly [string, string])[],
): HTMLSelectElement {
  const select = el(
    "select",
    { id },
    option("", w("all"), state[key] === ""),
    ...choices.map(([value, label]) => option(value, label, value === state[key])),
  );
  select.addEventListener("change", () => {
    state[key] = select.value;
    render();
  });
  return select;
}

/** Read one chosen file: the reader decides format and encoding from the bytes (xlsx, CSV, TSV, JSON, JSON Lines). */
async function readData(file: File): Promise<void> {
  const read = readObservations(new Uint8Array(await file.arrayBuffer()));
  const checked = validateObservations(state.plan, read.rows);
  state.file = file.name;
  state.format = [read.format, read.encoding, read.layout].filter((x) => x !== null).join(", ");
  state.rowsRead = read.rows.length;
  state.observations = checked.observations;
  state.places = read.places;
  // In file order (sheet, then line); a stable sort keeps the order of one line's problems.
  const order = (issue: Shown): [number, number] => {
    const place = placeOf(issue);
    if (place === undefined) return [-1, 0];
    return [place.sheet === undefined ? 0 : read.sheets.indexOf(place.sheet), place.line];
  };
  state.issues = [...read.problems, ...checked.issues]
    .map((issue, i) => ({ issue, key: order(issue), i }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map((x) => x.issue);
}

function placeOf(issue: Shown): FilePlace | undefined {
  if ("place" in issue) return issue.place ?? undefined;
  return issue.row === null ? undefined : state.places[issue.row];
}

async function readPlan(file: File): Promise<void> {
  let input: unknown;
  try {
    input = JSON.parse(await file.text());
  } catch (error) {
    state.planNote = { ok: false, lines: [w("unreadable", { why: String(error) })] };
    return;
  }
  const result = safeDefinePlan(input);
  if (result.success) {
    state.plan = result.plan;
    state.region = "";
    state.chapter = "";
    state.planNote = { ok: true, lines: [w("planLoaded", { title: result.plan.title[state.lang] })] };
  } else {
    state.planNote = {
      ok: false,
      lines: [
        w("planRejected", { n: result.issues.length }),
        ...result.issues.slice(0, 50).map((i) => `${i.path.join(".") || "(root)"}: ${i.message[state.lang]}`),
      ],
    };
  }
}

function place(issue: Shown): string {
  const where = placeOf(issue);
  return where === undefined ? "" : formatPlace(where, state.lang);
}

/** A figure of the method as the library's renderers print it (the one display rule of docs/methodology.md). */
function percent(key: string, value: string | null | undefined): string {
  return value == null ? "–" : formatFigure(key, value, state.lang);
}

function card(): Scorecard {
  return scorecard(state.plan, state.observations, {
    asOf: state.asOf,
    method: state.method,
    lang: state.lang,
    ...(state.region ? { region: state.region } : {}),
  });
}

function filtered(full: Scorecard): Scorecard {
  const rows = full.rows.filter(
    (r) =>
      (state.status === "" || r.status === state.status) &&
      (state.chapter === "" || r.indicator.chapter === state.chapter) &&
      (!state.binding || r.indicator.binding),
  );
  return { ...full, rows };
}

function download(name: string, type: string, text: string | Uint8Array): HTMLButtonElement {
  const button = el("button", { type: "button" }, name);
  button.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([typeof text === "string" ? text : new Uint8Array(text)], { type }));
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  return button;
}

function tableRow(r: ScorecardRow): HTMLTableRowElement {
  const lang = state.lang;
  const target = r.target.value === null ? "–" : `${r.target.value} (${r.target.year})`;
  const unit = r.indicator.unit.symbol[lang];
  const mark = r.latest?.status === "provisional" ? "p" : "";
  return el(
    "tr",
    { "data-indicator": r.indicator.id, "data-region": r.region.id, "data-status": r.status },
    el("td", {}, `${r.indicator.name[lang]} (${unit})${r.indicator.binding ? " *" : ""}`),
    el("td", {}, r.region.name[lang]),
    el("td", { class: "num" }, r.baseline ? `${formatValue(r.baseline.value)} (${r.baseline.year})` : "–"),
    el("td", { class: "num" }, target),
    el("td", { class: "num" }, r.latest ? `${formatValue(r.latest.value)} (${r.latest.year}${mark})` : "–"),
    el("td", { class: `tone-${toneOf(r.status)}` }, statusLabel(r.status, lang)),
    el("td", { class: "num" }, percent("completion", r.figures["completion"])),
    el("td", { class: "num" }, percent("timeShare", r.figures["timeShare"])),
  );
}

function render(): void {
  const root = document.getElementById("app");
  if (!root) return;
  document.documentElement.lang = langAttr(state.lang);
  document.title = `${w("title")} · ${state.plan.title[state.lang]}`;
  const focused = document.activeElement?.id;

  const langSelect = el(
    "select",
    { id: "lang" },
    option("zh", "中文", state.lang === "zh"),
    option("en", "English", state.lang === "en"),
  );
  langSelect.addEventListener("change", () => {
    state.lang = langSelect.value === "en" ? "en" : "zh";
    render();
  });

  const dataInput = el("input", {
    id: "data-file",
    type: "file",
    accept: ".xlsx,.csv,.tsv,.txt,.json,.jsonl",
  });
  dataInput.addEventListener("change", () => {
    const file = dataInput.files?.[0];
    if (file) void readData(file).then(render);
  });
  const drop = el("label", { class: "drop", id: "drop" }, w("drop"), dataInput);
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const file = event.dataTransfer?.files[0];
    if (file) void readData(file).then(render);
  });
  const planInput = el("input", { id: "plan-file", type: "file", accept: ".json" });
  planInput.addEventListener("change", () => {
    const file = planInput.files?.[0];
    if (file) void readPlan(file).then(render);
  });

  const input = el(
    "section",
    { id: "input", "aria-labelledby": "input-h" },
    el("h2", { id: "input-h" }, w("dataFile")),
    drop,
    el("p", {}, el("label", {}, `${w("planFile")} `, planInput)),
  );
  if (state.planNote) {
    input.append(
      el(
        "div",
        { id: "plan-note", role: "status" },
        ...state.planNote.lines.map((line) => el("p", { class: state.planNote?.ok ? "" : "tone-missed" }, line)),
      ),
    );
  }

  const methodSelect = el(
    "select",
    { id: "method" },
    ...METHODS.map((m) =>
      option(m, m === "schedule" ? (state.lang === "zh" ? "序时进度" : "schedule") : m, m === state.method),
    ),
  );
  methodSelect.addEventListener("change", () => {
    state.method = methodSelect.value as Method;
    render();
  });
  const asOfInput = el("input", { id: "as-of", type: "date", value: state.asOf });
  asOfInput.addEventListener("change", () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(asOfInput.value)) {
      state.asOf = asOfInput.value;
      render();
    }
  });
  const regionSelect = filterSelect(
    "region",
    "region",
    state.plan.regions.map((r) => [r.id, r.name[state.lang]]),
  );

  const regionForForm = state.templateRegion || state.plan.regions[0]?.id || "";
  const formRegion = el(
    "select",
    { id: "template-region" },
    ...state.plan.regions.map((r) => option(r.id, r.name[state.lang], r.id === regionForForm)),
  );
  formRegion.addEventListener("change", () => {
    state.templateRegion = formRegion.value;
    render();
  });
  // The baseline year and the plan period, as `wuwei-sti-plan template` writes it by default.
  const { end } = state.plan.period;
  const start = state.plan.baselineYear;
  const form = templateTable(state.plan, {
    layout: "wide",
    region: regionForForm,
    years: Array.from({ length: end - start + 1 }, (_, i) => start + i),
    lang: state.lang,
  });
  const formName = `${state.lang === "zh" ? "填报表" : "form"}-${regionForForm}`;
  input.append(
    el(
      "div",
      { class: "row", id: "template" },
      el("label", {}, w("templateFor"), formRegion),
      download(
        `${formName}.xlsx`,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        templateXlsx(form),
      ),
      download(`${formName}.csv`, "text/csv", templateCsv(form)),
    ),
  );

  const body = el("main", {});
  const status = el("p", { id: "status", role: "status", "aria-live": "polite" });
  body.append(input, status);

  if (state.file === null) {
    status.textContent = w("waiting");
  } else {
    const errors = state.issues.filter((i) => i.severity === "error").length;
    const warnings = state.issues.filter((i) => i.severity === "warning").length;
    const infos = state.issues.filter((i) => i.severity === "info").length;
    status.textContent = w("read", {
      file: state.file,
      format: state.format,
      infos,
      rows: state.rowsRead,
      ok: state.observations.length,
      errors,
      warnings,
    });
    const problems = el(
      "section",
      { id: "problems", "aria-labelledby": "problems-h" },
      el("h2", { id: "problems-h" }, w("problems")),
    );
    problems.append(
      state.issues.length === 0
        ? el("p", {}, w("noProblems"))
        : el(
            "ol",
            {},
            ...state.issues.map((i) =>
              el(
                "li",
                { class: i.severity, "data-code": i.code },
                `${w(i.severity)} · ${place(i)}${place(i) ? (state.lang === "zh" ? "：" : ": ") : ""}${i.message[state.lang]}`,
              ),
            ),
          ),
    );
    body.append(problems);

    if (state.observations.length === 0) {
      body.append(el("p", { id: "no-figure", class: "tone-missed" }, w("noFigure")));
    } else {
      const full = card();
      const shown = filtered(full);
      const statusSelect = filterSelect(
        "status-filter",
        "status",
        Object.keys(full.summary.byStatus).map((s) => [s, statusLabel(s as ScorecardRow["status"], state.lang)]),
      );
      const chapterSelect = filterSelect(
        "chapter",
        "chapter",
        full.summary.byChapter.map((c) => [c.id, c.name[state.lang]]),
      );
      const bindingBox = el("input", { id: "binding", type: "checkbox" });
      bindingBox.checked = state.binding;
      bindingBox.addEventListener("change", () => {
        state.binding = bindingBox.checked;
        render();
      });
      body.append(
        el(
          "section",
          { id: "controls", "aria-label": w("scorecard") },
          el(
            "div",
            { class: "row" },
            el("label", {}, w("method"), methodSelect),
            el("label", {}, w("asOf"), asOfInput),
            el("label", {}, w("region"), regionSelect),
            el("label", {}, w("status"), statusSelect),
            el("label", {}, w("chapter"), chapterSelect),
            el("label", { class: "check" }, bindingBox, w("binding")),
          ),
        ),
      );
      const summary = el(
        "ul",
        { class: "summary", id: "summary" },
        ...Object.entries(full.summary.byStatus).map(([s, n]) =>
          el(
            "li",
            { class: `tone-${toneOf(s as ScorecardRow["status"])}` },
            `${statusLabel(s as ScorecardRow["status"], state.lang)} ${n}`,
          ),
        ),
      );
      const heads = [
        "colIndicator",
        "colRegion",
        "colBaseline",
        "colTarget",
        "colLatest",
        "colStatus",
        "colCompletion",
        "colTime",
      ] as const;
      const table = el(
        "table",
        { id: "scorecard" },
        el(
          "caption",
          {},
          `${w("scorecard")} · ${w("asOf")} ${state.asOf} · ${w("shown")} ${shown.rows.length} ${w("of")} ${full.rows.length}`,
        ),
        el("thead", {}, el("tr", {}, ...heads.map((h) => el("th", { scope: "col" }, w(h))))),
        el("tbody", {}, ...shown.rows.map(tableRow)),
      );
      body.append(
        el(
          "section",
          { id: "card", "aria-labelledby": "card-h" },
          el("h2", { id: "card-h" }, w("scorecard")),
          summary,
          table,
          el(
            "p",
            { class: "offline" },
            `* ${state.lang === "zh" ? "约束性指标" : "binding indicator"} · ${w("provisional")}`,
          ),
        ),
      );
      const chart = el(
        "section",
        { id: "chart", "aria-labelledby": "chart-h" },
        el("h2", { id: "chart-h" }, w("chart")),
      );
      const figure = el("div", {});
      figure.innerHTML = renderSvg(shown, { lang: state.lang }); // the library escapes every text it draws
      chart.append(figure);
      body.append(chart);
      // One trajectory chart per row shown: each year's figure against the planned path, counties beside their city.
      const trends = el(
        "section",
        { id: "trends", "aria-labelledby": "trends-h" },
        el("h2", { id: "trends-h" }, w("trends")),
      );
      const grid = el("div", { class: "trends" });
      for (const t of trajectories(shown, { plan: state.plan, observations: state.observations })) {
        const cell = el("figure", { "data-indicator": t.indicator.id, "data-region": t.region.id });
        cell.innerHTML = renderTrajectory(t, { lang: state.lang, width: 420 }); // escaped by the library
        grid.append(cell);
      }
      trends.append(grid);
      body.append(trends);
      const base = `scorecard-${state.asOf}`;
      body.append(
        el(
          "section",
          { id: "downloads", "aria-labelledby": "downloads-h" },
          el("h2", { id: "downloads-h" }, w("downloads")),
          el(
            "div",
            { class: "row" },
            download(`${base}.html`, "text/html", renderHtml(full, { lang: state.lang })),
            download(`${base}.csv`, "text/csv", renderCsv(full, { lang: state.lang, bom: true })),
            download(`${base}.json`, "application/json", renderJson(full)),
            download(
              `${base}.xlsx`,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              writeXlsx(scorecardSheets(full, { lang: state.lang })),
            ),
          ),
        ),
      );
    }
  }

  root.replaceChildren(
    el(
      "header",
      {},
      el("h1", {}, `${w("title")} · ${state.plan.title[state.lang]}`),
      el("p", { class: "offline", id: "offline" }, w("offline")),
      el("p", {}, el("label", {}, `${w("language")} `, langSelect)),
    ),
    body,
  );
  if (focused) document.getElementById(focused)?.focus();
}

render();

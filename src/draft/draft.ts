/**
 * `draftPlan`: the plain text of a Chinese plan in, a first draft of it as plan data out, with the review list.
 *
 * @module
 */
import { type DeepReadonly, deepFreeze } from "../internal/freeze.js";
import { type PlanIssue, safeDefinePlan } from "../model/definePlan.js";
import type { Comparator, PlanInput, TargetKind } from "../model/schema.js";
import { type Commitment, type Frame, lineCommitments } from "./commitments.js";
import { scanOutline } from "./outline.js";
import { type ReviewItem, review } from "./review.js";
import { scanTables, type Table, type TableRow, type ValueCell } from "./table.js";
import { type DraftEncoding, decodeText, overlap, splitLines } from "./text.js";
import { UNITS, unitOf } from "./units.js";

type IndicatorInput = PlanInput["indicators"][number];
type TargetInput = IndicatorInput["targets"][number];
type RegionInput = PlanInput["regions"][number];
type UnitInput = PlanInput["units"][number];

/**
 * Options of {@link draftPlan}. Everything is optional: the drafter reads what it can from the text.
 *
 * @example
 * ```ts
 * import type { DraftOptions } from "@wuwei/sti-plan/draft";
 * const options: DraftOptions = { id: "plan-15", text: "data/plan15.txt", region: { id: "yunxi", en: "Yunxi City" } };
 * options.region?.id; //=> "yunxi"
 * ```
 * @category Draft
 */
export interface DraftOptions {
  /** The plan's id (default `draft`). */
  readonly id?: string;
  /** Where the text will live, for `document.text` (default `plan.txt`). */
  readonly text?: string;
  /** SHA-256 of the text's bytes, for `document.sha256` (the CLI computes it). */
  readonly sha256?: string;
  /** The plan's own region: its id (default by level: `city`, `county`) and English name. */
  readonly region?: { readonly id?: string; readonly en?: string };
}

/**
 * The draft: a plan as data (`plan`, to be checked by `safeDefinePlan` and reviewed), the review list, the
 * problems `safeDefinePlan` found in the draft as it stands (a rank without its peer count, a missing date), and
 * the encoding the text was read in.
 *
 * @example
 * ```ts
 * import { draftPlan, type DraftResult } from "@wuwei/sti-plan/draft";
 * const result: DraftResult = draftPlan("某县“十四五”科技创新规划");
 * result.plan.period; //=> { start: 2021, end: 2025 }
 * result.encoding; //=> "utf-8"
 * ```
 * @category Draft
 */
export interface DraftResult {
  /** The drafted plan, in the model's input shape. */
  readonly plan: DeepReadonly<PlanInput>;
  /** Everything the drafter could not decide, in the order of the text. */
  readonly review: readonly ReviewItem[];
  /** What `safeDefinePlan` says of the draft (empty when it passes). */
  readonly problems: readonly PlanIssue[];
  /** The encoding the bytes were read in. */
  readonly encoding: DraftEncoding;
}

const REGION_OF_LEVEL: Readonly<Record<string, { id: string; zh: string; level: RegionInput["level"] }>> = {
  市: { id: "cities", zh: "各市", level: "city" },
  州: { id: "cities", zh: "各市（州）", level: "city" },
  县: { id: "counties", zh: "各县（区）", level: "county" },
  区: { id: "counties", zh: "各县（区）", level: "county" },
  乡: { id: "townships", zh: "各乡（镇）", level: "township" },
  镇: { id: "townships", zh: "各乡（镇）", level: "township" },
};
const LEVELS_IN_NAME = /([省市州县区乡镇])[、和]?([市州县区乡镇])(?:[、和]?([县区乡镇]))?(两|三)级/;

/**
 * Draft a plan from its plain text (a string, or the bytes of a UTF-8 or GB18030 file): the document's metadata,
 * its outline (chapters, sections, numbered items, boxes and their tasks, principles), the indicator tables and
 * the commitments stated in the body, each figure with its line and an exact quote of that line. Whatever the
 * drafter cannot decide goes to `review`, with its line; nothing is invented. Pure: the same text gives the same
 * draft.
 *
 * @param input - the text, or its bytes
 * @param options - id, text path, hash and own region of the plan
 * @returns the draft, the review list and the problems `safeDefinePlan` finds in the draft
 *
 * @example
 * ```ts
 * import { draftPlan } from "@wuwei/sti-plan/draft";
 * const text = [
 *   "某县“十四五”科技创新规划",
 *   "一、发展目标",
 *   "(一)主要目标",
 *   "到2025年,全县高新技术企业达到30家以上,每年新培育科技型中小企业10家以上。",
 * ].join("\n");
 * const { plan } = draftPlan(text);
 * plan.indicators.map((i) => [i.name.zh, i.targets[0]?.kind, i.targets[0]?.value, i.targets[0]?.source.line]);
 * //=> [["高新技术企业", "end-level", "30", 4], ["新培育科技型中小企业", "annual-floor", "10", 4]]
 * ```
 * @category Draft
 */
export function draftPlan(input: string | Uint8Array, options: DraftOptions = {}): DraftResult {
  const items: ReviewItem[] = [];
  let decoded = decodeText(input);
  if (decoded === null) {
    items.push(
      review(
        "undecodable",
        1,
        "",
        "文件既不是 UTF-8 也不是 GB18030 编码；无法识别的字节已替换为 �。",
        "The file is neither UTF-8 nor GB18030; unreadable bytes were replaced by �.",
      ),
    );
    decoded = { text: new TextDecoder("utf-8").decode(input as Uint8Array), encoding: "utf-8" };
  }
  const lines = splitLines(decoded.text);
  const tables = scanTables(lines, items);
  const tableLines = new Set<number>();
  for (const t of tables) for (const l of t.lines) tableLines.add(l);
  const outline = scanOutline(lines, tableLines, items);
  const titleLine = Math.max(outline.titleLine, 1);

  const missing = (field: string, zh: string) =>
    items.push(
      review(
        "missing-metadata",
        titleLine,
        outline.title ?? "",
        `原文中找不到${zh}，请补填 ${field}。`,
        `The text does not give ${field}; fill it in.`,
        field.split("."),
      ),
    );

  // The plan's own region, named after the area in its title.
  const area = outline.area;
  const province = area !== undefined && /(省|自治区)$/.test(area);
  const ownLevel: RegionInput["level"] = province
    ? "province"
    : area !== undefined && /[县区旗]$/.test(area)
      ? "county"
      : "city";
  const ownId = options.region?.id ?? (province ? "province" : ownLevel === "county" ? "county" : "city");
  const own: RegionInput = {
    id: ownId,
    name: { zh: area ?? "本地区", en: options.region?.en ?? area ?? "the plan's area" },
    level: ownLevel,
  };
  if (area === undefined) missing("regions.0.name", "规划所属的地区");
  const regions: RegionInput[] = [own];
  const regionFor = (level: string | undefined, index: number): string => {
    if (index === 0 || level === undefined) return ownId;
    const def = REGION_OF_LEVEL[level];
    if (def === undefined) return ownId;
    if (!regions.some((r) => r.id === def.id)) {
      regions.push({ id: def.id, name: { zh: def.zh, en: def.zh }, level: def.level, parent: ownId });
    }
    return def.id;
  };

  let period = outline.period ? { start: outline.period.start, end: outline.period.end } : undefined;
  if (period === undefined) {
    const years = tables.flatMap((t) => t.rows.flatMap((r) => r.targets.map((c) => c.year)));
    const base = tables[0]?.baselineYear;
    if (years.length > 0 && base !== undefined) period = { start: base + 1, end: Math.max(...years) };
    missing("period", "规划期（标题中的“十四五”或“2023—2027年”）");
  }
  const baselineYear =
    tables.find((t) => t.baselineYear !== undefined)?.baselineYear ?? (period ? period.start - 1 : undefined);

  // Units: only those used, in catalogue order.
  const usedUnits = new Map<string, UnitInput>();
  const unitId = (symbol: string | undefined, line: number, quote: string): string => {
    const known = symbol === undefined ? undefined : unitOf(symbol);
    if (known) {
      usedUnits.set(known.id, known);
      return known.id;
    }
    const text = symbol ?? "";
    const custom: UnitInput = {
      id: `unit-${usedUnits.size + 1}`,
      symbol: { zh: text || "?", en: text || "?" },
      dimension: "count",
      scale: 0,
    };
    const existing = [...usedUnits.values()].find((u) => u.symbol.zh === custom.symbol.zh);
    if (existing) return existing.id;
    usedUnits.set(custom.id, custom);
    items.push(
      review(
        "unit-unknown",
        line,
        quote,
        text === "" ? "没有写单位；单位暂记为“?”（计数）。" : `不认识的单位“${text}”，暂按计数起草。`,
        text === "" ? "No unit given; drafted as “?” (a count)." : `Unknown unit “${text}”, drafted as a count.`,
      ),
    );
    return custom.id;
  };

  const placeOf = (line: number) => outline.place[line - 1];
  const chapterOf = (line: number) => {
    const p = placeOf(line);
    const at: { chapter: string; section?: string } = { chapter: p?.chapter ?? outline.chapters[0]?.id ?? "ch1" };
    if (p?.section) at.section = p.section;
    return at;
  };

  const indicators: IndicatorInput[] = [];
  /** Targets by indicator, for merging later statements of the same figure. */
  const drafted: { indicator: IndicatorInput; target: TargetInput; fromTable: boolean; name: string; unit: string }[] =
    [];

  // 1. Indicator tables.
  tables.forEach((table, ti) => {
    const starNote = table.notes.find((n) => /[*★☆※]/.test(n.text) && /约束性/.test(n.text));
    for (const row of table.rows) {
      const ind = tableIndicator(table, ti, row);
      if (ind) indicators.push(ind);
    }
    function tableIndicator(t: Table, index: number, row: TableRow): IndicatorInput | undefined {
      const id = `table${t.number}-row${row.row}`;
      const unit = unitId(row.unit, row.name.line, row.name.text);
      const isRank = usedUnits.get(unit)?.dimension === "rank";
      let attribute: IndicatorInput["attribute"] = row.attribute ?? "expected";
      if (row.attribute === undefined) {
        if (row.starred && starNote) attribute = "binding";
        else {
          items.push(
            review(
              "attribute-missing",
              row.name.line,
              row.name.text,
              "这一行没有写属性（预期性/约束性），按预期性起草。",
              "The row states no attribute (预期性/约束性); drafted as expected.",
            ),
          );
        }
      }
      const levels = (() => {
        const m = LEVELS_IN_NAME.exec(row.name.clean);
        return m ? [m[1], m[2], m[3]].filter((x): x is string => x !== undefined) : undefined;
      })();
      const regionsOf = (cell: ValueCell): string[][] | undefined => {
        if (cell.values.length === 1) return [[ownId]];
        if (levels && levels.length === cell.values.length) return levels.map((l, k) => [regionFor(l, k)]);
        items.push(
          review(
            "ambiguous-values",
            cell.line,
            cell.quote,
            `“${row.name.clean}”一栏有${cell.values.length}个数字，指标名称没有说明各对应哪一级；未起草。`,
            `"${row.name.clean}": ${cell.values.length} figures in one cell and the name does not say which level each is for; not drafted.`,
          ),
        );
        return undefined;
      };
      const baselines: IndicatorInput["baselines"] = [];
      for (const cell of row.baselines) {
        const rs = regionsOf(cell);
        if (!rs) continue;
        cell.values.forEach((value, k) => {
          const b: IndicatorInput["baselines"][number] = {
            region: (rs[k] as string[])[0] as string,
            year: cell.year,
            value,
            source: { line: cell.line, quote: cell.quote },
          };
          if (cell.qualifier) b.notes = [`The cell reads ${cell.quote}: the figure is for ${cell.qualifier}.`];
          baselines.push(b);
        });
      }
      const targets: TargetInput[] = [];
      for (const cell of row.targets) {
        const rs = regionsOf(cell);
        if (!rs) continue;
        cell.values.forEach((value, k) => {
          const kind: TargetKind = isRank ? "rank" : cell.cumulative ? "cumulative" : "end-level";
          const regionIds = rs[k] as string[];
          const suffix = cell.values.length > 1 ? `.${regionIds[0]}` : "";
          const target: TargetInput = {
            id: `${id}.${cell.year}${suffix}`,
            kind,
            comparator: cell.comparator ?? "reach",
            value,
            year: cell.year,
            regions: regionIds,
            source: { line: cell.line, quote: cell.quote },
          };
          if (kind === "cumulative" && period) target.from = period.start;
          targets.push(target);
        });
      }
      const notes = [
        ...row.notes,
        ...t.notes
          .filter((n) => n.text.includes(row.name.clean) || !t.rows.some((r) => n.text.includes(r.name.clean)))
          .map((n) => n.text),
      ];
      if (row.category) notes.unshift(`${row.category}`);
      const regionIds = [
        ...new Set([ownId, ...targets.flatMap((x) => x.regions ?? []), ...baselines.map((b) => b.region)]),
      ];
      const ind: IndicatorInput = {
        id,
        name: { zh: row.name.clean, en: row.name.clean },
        unit,
        direction: isRank ? "decrease" : "increase",
        attribute,
        ...(index === 0 ? { headline: { row: row.row } } : {}),
        ...chapterOf(t.caption.line),
        aggregation: { method: "none" },
        regions: regionIds,
        source: { line: row.name.line, quote: row.name.text },
        baselines,
        targets,
      };
      if (notes.length > 0) ind.notes = notes;
      if (isRank) rankPeers(row.name.line, row.name.text);
      for (const target of targets) {
        drafted.push({ indicator: ind, target, fromTable: true, name: row.name.clean, unit });
      }
      return ind;
    }
  });

  function rankPeers(line: number, quote: string) {
    items.push(
      review(
        "rank-peers",
        line,
        quote,
        "位次指标需要参与排名的单位数（peers），原文没有写；请补填。",
        "A rank needs the size of its peer set (peers), which the text does not give; fill it in.",
      ),
    );
  }

  // 2. Commitments of the body.
  if (period !== undefined && baselineYear !== undefined) {
    const frame: Frame = {
      period,
      baselineYear,
      ...(outline.planNumber !== undefined ? { planNumber: outline.planNumber } : {}),
    };
    for (let n = 1; n <= lines.length; n++) {
      const p = placeOf(n);
      if (tableLines.has(n) || p === undefined || p.role !== "body" || p.retrospective) continue;
      const raw = lines[n - 1] ?? "";
      if (!/\d|只增不减|翻/.test(raw)) continue;
      for (const c of lineCommitments(n, raw, frame, items)) {
        placeCommitment(c);
      }
    }
  }

  function placeCommitment(c: Commitment) {
    const unit = c.unit === undefined ? undefined : unitId(c.unit, c.line, c.quote);
    const regionIds = c.levels ? c.levels.map((l, k) => regionFor(l, k)) : [ownId];
    // The same figure stated again: add this line to the earlier target.
    const same = (k: number) =>
      drafted.find(
        (d) =>
          d.target.kind === c.kind &&
          d.target.year === c.year &&
          d.target.value === c.values[k] &&
          d.unit === unit &&
          d.target.regions?.length === 1 &&
          d.target.regions?.[0] === regionIds[k] &&
          overlap(d.name, c.name) >= (d.fromTable ? 0.3 : 0.5),
      );
    const matches = c.kind === "never-decrease" ? [] : c.values.map((_, k) => same(k));
    if (matches.length > 0 && matches.every((m) => m !== undefined)) {
      for (const m of matches) {
        if (!m) continue;
        m.target.alsoStated = [...(m.target.alsoStated ?? []), { line: c.line, quote: c.quote }];
        if (m.fromTable && m.target.comparator === "reach" && c.comparator !== "reach") {
          m.target.comparator = c.comparator as Comparator;
        }
      }
      return;
    }
    if (c.yearAssumed) {
      items.push(
        review(
          "year-assumed",
          c.line,
          c.quote,
          `原文没有写年份，按规划期末（${c.year}年）起草。`,
          `The text states no year; drafted as due by the end of the plan (${c.year}).`,
        ),
      );
    }
    if (c.kindAssumed) {
      items.push(
        review(
          "kind-assumed",
          c.line,
          c.quote,
          "原文没有写“累计”“新增”或“达到”；按规划期内的累计数起草。",
          "The text says neither 累计, 新增 nor 达到; drafted as a total over the plan's period.",
        ),
      );
    }
    const sameLine = indicators.filter((i) => i.id.startsWith(`line-${c.line}-`)).length;
    const id = `line-${c.line}-${sameLine + 1}`;
    const targets: TargetInput[] = [];
    const suffix =
      c.kind === "never-decrease"
        ? "never-decrease"
        : c.kind === "annual-floor"
          ? "annual"
          : c.kind === "cumulative"
            ? `${c.from ?? ""}-${c.year}`
            : `${c.year}`;
    if (c.kind === "never-decrease") {
      targets.push({
        id: `${id}.${suffix}`,
        kind: c.kind,
        comparator: "never-decrease",
        year: c.year,
        from: c.from ?? c.year,
        regions: [ownId],
        source: { line: c.line, quote: c.quote },
      });
    } else {
      c.values.forEach((value, k) => {
        const t: TargetInput = {
          id: `${id}.${suffix}${c.values.length > 1 ? `.${regionIds[k]}` : ""}`,
          kind: c.kind,
          comparator: c.comparator,
          value,
          year: c.year,
          regions: [regionIds[k] as string],
          source: { line: c.line, quote: c.quote },
        };
        if (c.from !== undefined) t.from = c.from;
        targets.push(t);
      });
    }
    const unitRef = unit ?? unitId("%", c.line, c.quote);
    const ind: IndicatorInput = {
      id,
      name: { zh: c.name, en: c.name },
      unit: c.kind === "never-decrease" ? (unit ?? "cny-10k") : unitRef,
      direction: c.direction,
      attribute: "expected",
      ...chapterOf(c.line),
      aggregation: { method: "none" },
      regions: [...new Set([ownId, ...regionIds])],
      source: { line: c.line, quote: c.quote },
      baselines: c.baseline
        ? [
            {
              region: ownId,
              year: c.baseline.year,
              value: c.baseline.value,
              source: { line: c.line, quote: c.baseline.quote },
            },
          ]
        : [],
      targets,
    };
    if (c.kind === "never-decrease") {
      if (unit === undefined) usedUnits.set("cny-10k", UNITS.find((u) => u.id === "cny-10k") as UnitInput);
      ind.notes = ["只增不减: no figure; the unit is a guess (万元) to check."];
    }
    if (c.kind === "rank") rankPeers(c.line, c.quote);
    if (c.direction === "decrease" && c.kind !== "rank") {
      items.push(
        review(
          "direction-assumed",
          c.line,
          c.quote,
          "措辞表示越低越好（下降、降低、控制在、以内），按 decrease 起草。",
          "The wording reads lower-is-better (下降, 降低, 控制在, 以内); drafted as decrease.",
        ),
      );
    }
    indicators.push(ind);
    for (const t of targets) drafted.push({ indicator: ind, target: t, fromTable: false, name: c.name, unit: unitRef });
  }

  // 3. The document.
  const document: Record<string, unknown> = {};
  if (outline.number) document["number"] = outline.number.value;
  else missing("document.number", "文号（如 X政办发〔2022〕9号）");
  if (outline.indexNumber) document["indexNumber"] = outline.indexNumber;
  if (outline.issuer) document["issuer"] = { zh: outline.issuer.value, en: outline.issuer.value };
  else missing("document.issuer", "发文机关");
  if (outline.written) document["written"] = outline.written;
  else missing("document.written", "成文日期");
  if (outline.issued) document["issued"] = outline.issued;
  else missing("document.issued", "发文日期");
  if (outline.published) document["published"] = outline.published;
  document["text"] = options.text ?? "plan.txt";
  if (options.sha256) document["sha256"] = options.sha256;
  document["source"] = outline.number
    ? { line: outline.number.line, quote: outline.number.value }
    : { line: titleLine, quote: outline.title ?? (lines[0] ?? "").trim() ?? "" };
  if (outline.title === undefined) missing("title", "规划标题");

  items.push(
    review(
      "defaults",
      titleLine,
      outline.title ?? "",
      `原文没有的内容按惯例填写：英文名称暂抄中文（${countTexts(outline, indicators)}处，请翻译）；正文中的目标属性按预期性，汇总方式按 none（不汇总）。`,
      `Filled by convention where the text says nothing: English texts copy the Chinese (${countTexts(outline, indicators)} of them, to translate); body targets are expected (预期性); aggregation is none.`,
    ),
  );
  for (const r of regions) {
    if (r.id === ownId) continue;
    items.push(
      review(
        "region-level",
        titleLine,
        outline.title ?? "",
        `有目标针对“${r.name.zh}”：草稿用占位地区 ${r.id}，请换成具体的地区并在每个目标的 regions 中列出。`,
        `Some targets are for "${r.name.zh}": the draft uses the placeholder region ${r.id}; replace it with the actual regions and list them in each target's regions.`,
      ),
    );
  }

  const plan: Record<string, unknown> = {
    id: options.id ?? "draft",
    title: outline.title !== undefined ? { zh: outline.title, en: outline.title } : undefined,
    document,
    period,
    baselineYear,
    basedOn: outline.basedOn,
    regions,
    units: [...usedUnits.values()].length > 0 ? [...usedUnits.values()] : [UNITS[0]],
    principles: outline.principles,
    chapters: outline.chapters,
    boxes: outline.boxes,
    indicators,
    decisions: [],
  };
  for (const key of Object.keys(plan)) if (plan[key] === undefined) delete plan[key];

  const check = safeDefinePlan(plan);
  const problems = check.success ? [] : check.issues;
  for (const p of problems) {
    const at = sourceAt(plan, p.path);
    items.push(
      review(
        "plan-check",
        at?.line ?? titleLine,
        at?.quote ?? "",
        `规划检查：${p.path.join(".")}：${p.message.zh}`,
        `Plan check: ${p.path.join(".")}: ${p.message.en}`,
        [...p.path],
      ),
    );
  }
  items.sort((a, b) => a.line - b.line);
  return deepFreeze({ plan: plan as unknown as PlanInput, review: items, problems, encoding: decoded.encoding });
}

/** How many English texts are copies of the Chinese. */
function countTexts(outline: ReturnType<typeof scanOutline>, indicators: readonly IndicatorInput[]): number {
  let n = indicators.length + outline.principles.length + outline.basedOn.length + 2;
  for (const c of outline.chapters) {
    n += 1 + c.sections.length;
    for (const s of c.sections) n += s.items.length;
  }
  for (const b of outline.boxes) n += 1 + b.tasks.length;
  return n;
}

/** The nearest `source` on the way to a path of the plan, for placing a check problem on a line. */
function sourceAt(plan: unknown, path: readonly (string | number)[]): { line: number; quote: string } | undefined {
  let node: unknown = plan;
  let best: { line: number; quote: string } | undefined;
  for (const key of path) {
    if (node === null || typeof node !== "object") break;
    const src = (node as { source?: { line?: unknown; quote?: unknown } }).source;
    if (src && typeof src.line === "number" && typeof src.quote === "string")
      best = { line: src.line, quote: src.quote };
    node = (node as Record<string | number, unknown>)[key];
  }
  if (node !== null && typeof node === "object") {
    const src = (node as { source?: { line?: unknown; quote?: unknown } }).source;
    if (src && typeof src.line === "number" && typeof src.quote === "string")
      best = { line: src.line, quote: src.quote };
  }
  return best;
}

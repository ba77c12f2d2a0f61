/**
 * `scoreDraft`: how much of a hand-made encoding a draft recovers (recall) and how much of the draft is right
 * (precision), by kind: metadata, outline, the headline table's cells, and the targets stated in the body.
 *
 * @module
 */
import type { DeepReadonly } from "../internal/freeze.js";
import type { PlanInput } from "../model/schema.js";

type AnyPlan = DeepReadonly<PlanInput>;

/**
 * Recall and precision of one kind of content.
 *
 * @example
 * ```ts
 * import type { ScoreLine } from "@wuwei/sti-plan/draft";
 * const line: ScoreLine = { expected: 4, drafted: 5, matched: 4, recall: 1, precision: 0.8, missed: [], extra: ["x"] };
 * line.precision; //=> 0.8
 * ```
 * @category Draft
 */
export interface ScoreLine {
  /** Entries in the reference. */
  readonly expected: number;
  /** Entries in the draft. */
  readonly drafted: number;
  /** Entries of the draft that match one of the reference, each reference entry matched once. */
  readonly matched: number;
  /** `matched / expected` (1 when nothing is expected). */
  readonly recall: number;
  /** `matched / drafted` (1 when nothing is drafted). */
  readonly precision: number;
  /** Reference entries the draft missed, described. */
  readonly missed: readonly string[];
  /** Draft entries that match nothing in the reference, described. */
  readonly extra: readonly string[];
}

/**
 * The score of a draft against a reference encoding of the same text.
 * - `metadata`: title, 文号, issuer, dates, period, baseline year and each plan it is based on;
 * - `outline`: chapters, sections, items, boxes, tasks and principles, by number and line;
 * - `tableCells`: every cell of the headline table (name, unit, attribute, each baseline and target with its value,
 *   year and line), row by row;
 * - `bodyTargets`: every statement of a target outside the table (its `source` and each `alsoStated`), matched
 *   on line, value, year and kind;
 * - `bodyTargetsByKind`: the same, split by the target's kind (a statement drafted with the wrong kind is missed in
 *   its own kind and extra in the other);
 * - `counts`: chapters, boxes and tasks of the draft and the reference.
 *
 * @example
 * ```ts
 * import type { DraftScore } from "@wuwei/sti-plan/draft";
 * const kinds: (keyof DraftScore)[] = ["metadata", "outline", "tableCells", "bodyTargets", "bodyTargetsByKind"];
 * kinds.length; //=> 5
 * ```
 * @category Draft
 */
export interface DraftScore {
  readonly metadata: ScoreLine;
  readonly outline: ScoreLine;
  readonly tableCells: ScoreLine;
  readonly bodyTargets: ScoreLine;
  readonly bodyTargetsByKind: Readonly<Partial<Record<string, ScoreLine>>>;
  readonly counts: {
    readonly draft: { readonly chapters: number; readonly boxes: number; readonly tasks: number };
    readonly reference: { readonly chapters: number; readonly boxes: number; readonly tasks: number };
  };
}

const num = (v: string | undefined) =>
  v === undefined ? "" : v.includes(".") ? v.replace(/0+$/, "").replace(/\.$/, "") : v;

function line(expected: readonly string[], drafted: readonly string[]): ScoreLine {
  const pool = new Map<string, number>();
  for (const e of expected) pool.set(e, (pool.get(e) ?? 0) + 1);
  let matched = 0;
  const extra: string[] = [];
  for (const d of drafted) {
    const left = pool.get(d) ?? 0;
    if (left > 0) {
      matched++;
      pool.set(d, left - 1);
    } else extra.push(d);
  }
  const missed: string[] = [];
  for (const [k, n] of pool) for (let i = 0; i < n; i++) missed.push(k);
  return {
    expected: expected.length,
    drafted: drafted.length,
    matched,
    recall: expected.length === 0 ? 1 : matched / expected.length,
    precision: drafted.length === 0 ? 1 : matched / drafted.length,
    missed,
    extra,
  };
}

function metadataKeys(p: AnyPlan): string[] {
  const d = p.document as Partial<AnyPlan["document"]> | undefined;
  const keys = [
    `title ${p.title?.zh}`,
    `number ${d?.number}`,
    `issuer ${d?.issuer?.zh}`,
    `written ${d?.written}`,
    `issued ${d?.issued}`,
    `published ${d?.published}`,
    `period ${p.period?.start}-${p.period?.end}`,
    `baselineYear ${p.baselineYear}`,
    ...(p.basedOn ?? []).map((b) => `basedOn ${b.number} line ${b.source.line}`),
  ];
  return keys.filter((k) => !/ undefined$/.test(k));
}

function outlineKeys(p: AnyPlan): string[] {
  const keys: string[] = [];
  for (const c of p.chapters ?? []) {
    keys.push(`chapter ${c.number} line ${c.source.line}`);
    for (const s of c.sections) {
      keys.push(`section ${c.number}.${s.number} line ${s.source.line}`);
      for (const i of s.items) keys.push(`item ${c.number}.${s.number}.${i.number} line ${i.source.line}`);
    }
  }
  for (const b of p.boxes ?? []) {
    keys.push(`box ${b.number} line ${b.source.line}`);
    for (const t of b.tasks) keys.push(`task ${b.number}.${t.number} line ${t.source.line}`);
  }
  for (const [k, pr] of (p.principles ?? []).entries()) keys.push(`principle ${k + 1} line ${pr.source.line}`);
  return keys;
}

const squeeze = (s: string) => s.replace(/[\s()（）]/g, "");

function cellKeys(p: AnyPlan): string[] {
  const units = new Map((p.units ?? []).map((u) => [u.id, u.symbol.zh]));
  const keys: string[] = [];
  const headline = (p.indicators ?? []).filter((i) => i.headline !== undefined);
  for (const ind of headline) {
    const r = ind.headline?.row;
    keys.push(`row ${r} name ${squeeze(ind.name.zh)}`);
    keys.push(`row ${r} unit ${units.get(ind.unit)}`);
    keys.push(`row ${r} attribute ${ind.attribute}`);
    for (const b of ind.baselines) keys.push(`row ${r} baseline ${num(b.value)} ${b.year} line ${b.source.line}`);
    for (const t of ind.targets) keys.push(`row ${r} target ${num(t.value)} ${t.year} line ${t.source.line}`);
  }
  return keys;
}

/** Lines of the headline table: from its first to its last cell. */
function tableSpan(p: AnyPlan): [number, number] {
  const lines: number[] = [];
  for (const ind of (p.indicators ?? []).filter((i) => i.headline !== undefined)) {
    lines.push(ind.source.line);
    for (const b of ind.baselines) lines.push(b.source.line);
    for (const t of ind.targets) lines.push(t.source.line);
  }
  return lines.length === 0 ? [0, -1] : [Math.min(...lines), Math.max(...lines)];
}

function bodyKeys(p: AnyPlan, span: [number, number]): string[] {
  const keys: string[] = [];
  for (const ind of p.indicators ?? []) {
    for (const t of ind.targets) {
      for (const s of [t.source, ...(t.alsoStated ?? [])]) {
        if (s.line >= span[0] && s.line <= span[1]) continue;
        keys.push(`line ${s.line} ${t.kind} ${num(t.value) || "-"} ${t.year}`);
      }
    }
  }
  return keys;
}

const counts = (p: AnyPlan) => ({
  chapters: (p.chapters ?? []).length,
  boxes: (p.boxes ?? []).length,
  tasks: (p.boxes ?? []).reduce((n, b) => n + b.tasks.length, 0),
});

/**
 * Score a draft against a reference encoding of the same text (for example a hand-made plan): recall and precision
 * of its metadata, outline, headline-table cells and body targets. Units are compared by their Chinese symbol and
 * names without spaces or brackets, so a draft's own ids do not matter.
 *
 * @param draft - the drafted plan (`draftPlan(text).plan`)
 * @param reference - the reference plan
 * @returns recall and precision by kind, with what was missed and what is extra
 *
 * @example
 * ```ts
 * import { draftPlan, scoreDraft } from "@wuwei/sti-plan/draft";
 * const text = "某市“十四五”科技创新规划\n一、发展目标\n(一)主要目标\n到2025年,技术合同成交额达到20亿元。";
 * const { plan } = draftPlan(text);
 * const reference = JSON.parse(JSON.stringify(plan));
 * reference.indicators[0].targets[0].value = "25";
 * const score = scoreDraft(plan, reference);
 * [score.bodyTargets.recall, score.bodyTargets.missed]; //=> [0, ["line 4 end-level 25 2025"]]
 * score.outline.recall; //=> 1
 * score.bodyTargetsByKind["end-level"]?.extra; //=> ["line 4 end-level 20 2025"]
 * ```
 * @category Draft
 */
export function scoreDraft(draft: AnyPlan, reference: AnyPlan): DraftScore {
  const span = tableSpan(reference);
  const expectedBody = bodyKeys(reference, span);
  const draftedBody = bodyKeys(draft, span);
  const kindOf = (key: string) => key.split(" ")[2] as string;
  const kinds = [...new Set([...expectedBody, ...draftedBody].map(kindOf))];
  return {
    metadata: line(metadataKeys(reference), metadataKeys(draft)),
    outline: line(outlineKeys(reference), outlineKeys(draft)),
    tableCells: line(cellKeys(reference), cellKeys(draft)),
    bodyTargets: line(expectedBody, draftedBody),
    bodyTargetsByKind: Object.fromEntries(
      kinds.map((k) => [
        k,
        line(
          expectedBody.filter((e) => kindOf(e) === k),
          draftedBody.filter((d) => kindOf(d) === k),
        ),
      ]),
    ),
    counts: { draft: counts(draft), reference: counts(reference) },
  };
}

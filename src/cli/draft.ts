/**
 * `wuwei-sti-plan draft FILE`: a first draft of a plan as JSON from its text, the review list on standard error;
 * `--diff reviewed.json` lists what a reviewer changed, `--score` measures the draft against `--plan` (by default
 * the embedded plan, whose text is data/wuwei14.txt).
 *
 * @internal
 * @module
 */
import { createHash } from "node:crypto";
import { diffPlans } from "../draft/diff.js";
import { draftPlan } from "../draft/draft.js";
import type { ReviewItem } from "../draft/review.js";
import { type ScoreLine, scoreDraft } from "../draft/score.js";
import { mdTable, inLang as t } from "../internal/text.js";
import type { Lang } from "../report/types.js";
import { writeOut } from "./commands.js";
import type { CommandContext } from "./context.js";
import { fileFailure, UsageError } from "./usage.js";

async function read(ctx: CommandContext, path: string): Promise<Uint8Array> {
  try {
    return path === "-" ? await ctx.io.readStdin() : await ctx.io.readFile(path);
  } catch (error) {
    throw new UsageError("cannot-read", { path, reason: fileFailure(error) });
  }
}

/** One review item on one line: `FILE:LINE: code: message «quote»`. @internal */
export function reviewLine(source: string, item: ReviewItem, lang: Lang): string {
  const quote = item.quote === "" ? "" : ` «${item.quote}»`;
  return `${source}:${item.line}: ${item.code}: ${item.message[lang]}${quote}`;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function scoreTable(lines: readonly [string, ScoreLine][], lang: Lang): string {
  const head = [
    t(lang, "类别", "kind"),
    t(lang, "应有", "expected"),
    t(lang, "草稿", "drafted"),
    t(lang, "相符", "matched"),
    t(lang, "召回率", "recall"),
    t(lang, "精确率", "precision"),
  ];
  const rows = lines.map(([name, s]) => [
    name,
    String(s.expected),
    String(s.drafted),
    String(s.matched),
    pct(s.recall),
    pct(s.precision),
  ]);
  return mdTable(
    head.map((header) => ({ header })),
    rows,
  ).join("\n");
}

/** The `draft` command. @internal */
export async function draftCommand(ctx: CommandContext<"draft">): Promise<number> {
  const path = ctx.positionals[0];
  if (path === undefined) {
    throw new UsageError("missing-file", { command: "draft" });
  }
  const bytes = await read(ctx, path);
  const source = path === "-" ? "stdin" : path;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const result = draftPlan(bytes, { text: source, sha256 });
  const format = ctx.values["format"] ?? "text";
  if (format !== "text" && format !== "json") {
    throw new UsageError("unknown-format", { allowed: ["text", "json"], value: String(format) });
  }

  const diffFile = ctx.values["diff"];
  if (typeof diffFile === "string") {
    const raw = await read(ctx, diffFile);
    let reviewed: unknown;
    try {
      reviewed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw).replace(/^\uFEFF/, ""));
    } catch (error) {
      ctx.io.stderr(
        t(
          ctx.lang,
          `${diffFile}：不是 UTF-8 编码的有效 JSON（${(error as Error).message}）\n`,
          `${diffFile}: not valid JSON in UTF-8 (${(error as Error).message})\n`,
        ),
      );
      return 1;
    }
    const changes = diffPlans(result.plan, reviewed);
    if (format === "json") {
      ctx.io.stdout(`${JSON.stringify(changes, null, 2)}\n`);
      return 0;
    }
    const sign = { added: "+", removed: "-", changed: "~" } as const;
    const show = (v: unknown) => (v === undefined ? "" : JSON.stringify(v));
    const out = changes.map((c) => {
      const where = c.line === undefined ? "" : t(ctx.lang, `（第${c.line}行）`, ` (line ${c.line})`);
      const what =
        c.change === "changed"
          ? `${show(c.before)} → ${show(c.after)}`
          : c.change === "added"
            ? show(c.after)
            : show(c.before);
      return `${sign[c.change]} ${c.path}${where}: ${what}`;
    });
    const counts = { added: 0, removed: 0, changed: 0 };
    for (const c of changes) counts[c.change]++;
    out.push(
      t(
        ctx.lang,
        `审核后的规划相对草稿：修改 ${counts.changed} 处，新增 ${counts.added} 处，删除 ${counts.removed} 处。`,
        `The reviewed plan against the draft: ${counts.changed} changed, ${counts.added} added, ${counts.removed} removed.`,
      ),
    );
    ctx.io.stdout(`${out.join("\n")}\n`);
    return 0;
  }

  if (ctx.values["score"] === true) {
    const score = scoreDraft(result.plan, ctx.plan);
    if (format === "json") {
      ctx.io.stdout(`${JSON.stringify(score, null, 2)}\n`);
      return 0;
    }
    const c = score.counts;
    const text = [
      t(ctx.lang, `草稿与 ${ctx.plan.id} 对照（${source}）：`, `The draft of ${source} against ${ctx.plan.id}:`),
      "",
      scoreTable(
        [
          [t(ctx.lang, "元数据", "metadata"), score.metadata],
          [t(ctx.lang, "大纲", "outline"), score.outline],
          [t(ctx.lang, "主要指标表单元格", "headline table cells"), score.tableCells],
          [t(ctx.lang, "正文目标", "body targets"), score.bodyTargets],
          ...Object.entries(score.bodyTargetsByKind).map(
            ([kind, s]) =>
              [t(ctx.lang, `　正文目标：${kind}`, `  body targets: ${kind}`), s as ScoreLine] as [string, ScoreLine],
          ),
        ],
        ctx.lang,
      ),
      "",
      t(
        ctx.lang,
        `章 ${c.draft.chapters}/${c.reference.chapters}，专栏 ${c.draft.boxes}/${c.reference.boxes}，任务 ${c.draft.tasks}/${c.reference.tasks}（草稿/参照）`,
        `chapters ${c.draft.chapters}/${c.reference.chapters}, boxes ${c.draft.boxes}/${c.reference.boxes}, tasks ${c.draft.tasks}/${c.reference.tasks} (draft/reference)`,
      ),
    ];
    for (const [name, s] of [
      ["metadata", score.metadata],
      ["outline", score.outline],
      ["table", score.tableCells],
      ["body", score.bodyTargets],
    ] as const) {
      for (const m of s.missed) text.push(t(ctx.lang, `未找到 ${name}: ${m}`, `missed ${name}: ${m}`));
      for (const e of s.extra) text.push(t(ctx.lang, `多出 ${name}: ${e}`, `extra ${name}: ${e}`));
    }
    ctx.io.stdout(`${text.join("\n")}\n`);
    return 0;
  }

  const json = `${JSON.stringify(result.plan, null, 2)}\n`;
  const out = ctx.values["out"];
  if (typeof out === "string") await writeOut(ctx, out, json);
  else ctx.io.stdout(json);
  const reviewFile = ctx.values["review"];
  if (typeof reviewFile === "string") await writeOut(ctx, reviewFile, `${JSON.stringify(result.review, null, 2)}\n`);
  const lines = result.review.map((item) => reviewLine(source, item, ctx.lang));
  const n = result.review.length;
  lines.push(
    t(
      ctx.lang,
      `${source}：草稿有 ${result.plan.indicators.length} 个指标、${result.plan.boxes.length} 个专栏；待审核 ${n} 项；规划检查发现 ${result.problems.length} 个问题。`,
      `${source}: the draft has ${result.plan.indicators.length} indicators and ${result.plan.boxes.length} boxes; ${n} item${n === 1 ? "" : "s"} to review; the plan check found ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}.`,
    ),
  );
  ctx.io.stderr(`${lines.join("\n")}\n`);
  return 0;
}

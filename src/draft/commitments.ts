/**
 * Commitments in the body of a plan: 到20XX年…达到/力争/以上/不低于/超过, 每年…以上, 累计, 新增, 只增不减, 确保,
 * 由X提高到Y, 前N位, 占…比重, with value, unit, year, kind, comparator and the levels of government a row of
 * figures is for (市、县两级…分别达到2%、1%). Each with its line and an exact quote of that line.
 *
 * @internal
 * @module
 */
import type { Comparator, TargetKind } from "../model/schema.js";
import { type ReviewItem, review } from "./review.js";
import { decimalOf, fold } from "./text.js";
import { UNIT_PATTERN } from "./units.js";

/** A commitment found in a sentence. @internal */
export interface Commitment {
  readonly line: number;
  readonly quote: string;
  readonly name: string;
  readonly unit?: string;
  readonly values: readonly string[];
  /** One level word per value when the sentence names levels (市、县两级): 市, 县. */
  readonly levels?: readonly string[];
  readonly kind: TargetKind;
  readonly comparator: Comparator;
  readonly year: number;
  readonly from?: number;
  readonly direction: "increase" | "decrease";
  readonly baseline?: { value: string; year: number; quote: string };
  /** No year in the text: the plan's last year was taken. */
  readonly yearAssumed?: boolean;
  /** The kind was guessed from the verb (建成…100家: a total over the period). */
  readonly kindAssumed?: boolean;
}

/** What the extractor needs to know about the plan. @internal */
export interface Frame {
  readonly period: { start: number; end: number };
  readonly baselineYear: number;
  /** The n of 十n五, to read 十四五末 and to tell the last plan's period (十三五) from this one. */
  readonly planNumber?: number;
}

const FIGURE = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(个百分点|${UNIT_PATTERN})(及以上|以上|以内|以下|左右)?`,
  "g",
);
const SENTENCE_END = /[。！？!?]/;
const CLAUSE = /[,，;；:：]/;
const LEVELS = /([省市州县区乡镇])[、和]?([市州县区乡镇])(?:[、和]?([县区乡镇]))?(两|三)级/;
const STOCK_VERB = /达到|达|提高到|提升到|增加到|增长到|保持在|保持|突破|稳定在|控制在|超过|不低于|不少于|为/;
const FLOW_VERB =
  /建成|建设|引进|吸纳|培育|创建|打造|组建|实施|认定|选派|培训|转化|登记|申请|授权|新发展|新建|推进|建立|设立|扶持|支持|带动|开展|布局/;
const CUMULATIVE_VERB =
  /建成|引进|吸纳|培育|创建|打造|组建|实施|认定|选派|培训|转化|登记|授权|建立|设立|扶持|带动|布局/;
const PER_UNIT = /每(个|名|人|户|家|所|县|乡|村|镇)/;

const cnYear = (n: number) => `十${"一二三四五六七八九"[n - 11] ?? ""}五`;

/** The year a clause names: 到2025年, 2025年底, 十四五末 (the plan's last year). */
function yearIn(text: string, frame: Frame): number | undefined {
  let found: number | undefined;
  // Years of comparison (由2025年的…, 较2024年) are baselines, not due dates.
  for (const m of text.matchAll(/(由|较|比|从)?\s*(?<!\d)(\d{4})\s*年/g)) if (m[1] === undefined) found = Number(m[2]);
  const own = frame.planNumber !== undefined ? cnYear(frame.planNumber) : undefined;
  if (own !== undefined) {
    const at = text.lastIndexOf(own);
    if (at !== -1 && /^”?(末|期末|时期|期间|结束)/.test(text.slice(at + own.length))) {
      const yearAt = text.search(/(?<!\d)\d{4}\s*年(?![\s\S]*\d{4}\s*年)/);
      if (found === undefined || yearAt < at) found = frame.period.end;
    }
  }
  if (/期末|规划期末/.test(text) && found === undefined) found = frame.period.end;
  return found;
}

/** The sentence looks back: a year of the past or the last plan, and no year of this period. */
function looksBack(text: string, frame: Frame): boolean {
  const years = [...text.matchAll(/(?<!\d)(\d{4})\s*年/g)].map((m) => Number(m[1]));
  const past = years.some((y) => y <= frame.baselineYear);
  const future = years.some((y) => y > frame.baselineYear);
  const lastPlan = frame.planNumber !== undefined && text.includes(cnYear(frame.planNumber - 1));
  if (/由\s*\d/.test(text) || /提高到|提升到|增加到/.test(text)) return false;
  return (past || lastPlan) && !future && !/到|至/.test(text.replace(/达到|直至/g, ""));
}

/** Strip the words around a name: years, 力争, 确保, 全市, verbs at the end. */
function cleanName(text: string): string {
  let t = text.trim();
  for (let k = 0; k < 4; k++) {
    const before = t;
    t = t
      .replace(/^[、,，和及与并且即]+/, "")
      .replace(/^(到|至|在)?\s*(\d{4}\s*年(底|末)?|“?十[一二三四五六七八九]五”?(末|期末|时期|期间)?)[,，]?/, "")
      .replace(/^(力争|争取|确保|努力|全市|全省|全县|全区|全州|其中|累计|每年|年度|年均)/, "")
      .replace(/(进入|位居|位列|居|跻身|保持)(全国|全省|全市|全州)?(前|第)?$/, "")
      .replace(
        /(力争|争取|确保)?(分别)?(达到|达|提高到|提升到|增加到|增长到|保持在|稳定在|控制在|突破|超过|不低于|不少于|为)$/,
        "",
      )
      .replace(/(力争|争取|确保|分别)$/, "")
      .trim();
    if (t === before) break;
  }
  return t;
}

/** Find the commitments of one body line (`folded` is `fold(raw)`). @internal */
export function lineCommitments(lineNo: number, raw: string, frame: Frame, out: ReviewItem[]): Commitment[] {
  const folded = fold(raw);
  const found: Commitment[] = [];
  // Skip the numbering and title of an item (1.高新技术企业培育。): it carries no figure.
  const lead = /^\s*(\d{1,2}\s*[.、](?!\d)|[(]\d{1,2}[)]|—{1,2})/.exec(folded);
  let start = lead ? lead[0].length : 0;
  while (start < folded.length) {
    const rest = folded.slice(start);
    const endAt = rest.search(SENTENCE_END);
    const end = endAt === -1 ? folded.length : start + endAt + 1;
    sentence(lineNo, raw, folded, start, end, frame, out, found);
    start = end;
  }
  return found;
}

function sentence(
  lineNo: number,
  raw: string,
  folded: string,
  from: number,
  to: number,
  frame: Frame,
  out: ReviewItem[],
  found: Commitment[],
): void {
  const text = folded.slice(from, to);
  const quoteOf = (a: number, b: number) => raw.slice(from + a, from + b);

  // 只增不减: a trend constraint, no figure.
  for (const m of text.matchAll(/只增不减/g)) {
    const clauseStart = lastClauseStart(text, m.index);
    const clause = text.slice(clauseStart, m.index);
    const name = cleanName(clause);
    if (name === "") continue;
    found.push({
      line: lineNo,
      quote: quoteOf(clauseStart, m.index + m[0].length).trim(),
      name,
      values: [],
      kind: "never-decrease",
      comparator: "never-decrease",
      year: frame.period.end,
      from: frame.period.start,
      direction: "increase",
    });
  }
  for (const m of text.matchAll(/翻一番|翻番|翻两番/g)) {
    const clauseStart = lastClauseStart(text, m.index);
    out.push(
      review(
        "unsupported",
        lineNo,
        quoteOf(clauseStart, m.index + m[0].length).trim(),
        "“翻一番”的目标值是基期值的倍数，原文没有写出数字；未起草为目标，请据基期值填写。",
        "翻一番 (doubling) sets the target as a multiple of the baseline and states no figure; not drafted — fill it in from the baseline.",
      ),
    );
  }

  if (looksBack(text, frame)) return;
  const figures = [...text.matchAll(FIGURE)].filter((m) => {
    const before = text.slice(0, m.index);
    // Inside 《…》 or 〔…〕, or part of 第N批 / 5G / 4+2+1.
    if ((before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0)) return false;
    if (/[+＋]$/.test(before) || /^[+＋]/.test(text.slice((m.index ?? 0) + m[0].length))) return false;
    if (/第$/.test(before) && m[2] !== "位") return false;
    return true;
  });
  // Group figures that follow each other with only 、 or nothing between (2%、1%).
  const groups: RegExpMatchArray[][] = [];
  for (const f of figures) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev[2] === f[2]) {
      const gap = text.slice((prev.index ?? 0) + prev[0].length, f.index);
      if (/^\s*[、和及与]?\s*$/.test(gap)) {
        last.push(f);
        continue;
      }
    }
    groups.push([f]);
  }

  let previousEnd = 0;
  let inherited: { kind: TargetKind } | undefined;
  let pendingBaseline:
    | { value: string; year: number; quote: string; end: number; name: string; start: number }
    | undefined;
  groups.forEach((group) => {
    const first = group[0] as RegExpMatchArray;
    const last = group[group.length - 1] as RegExpMatchArray;
    const gStart = first.index ?? 0;
    const gEnd = (last.index ?? 0) + last[0].length;
    const unit = first[2] as string;
    const context = text.slice(previousEnd, gStart);
    const clauseStart = Math.max(previousEnd, lastClauseStart(text, gStart));
    const own = text.slice(clauseStart, gStart);
    const tail = text.slice(gEnd, to - from);
    previousEnd = gEnd;
    const values = group.map((g) => decimalOf(g[1] as string) ?? (g[1] as string));

    // 由X提高到Y: X is the baseline of the next figure.
    const fromMatch = /由\s*(\d{4}\s*年的?)?$/.exec(own);
    if (fromMatch && group.length === 1) {
      const y = /(\d{4})\s*年/.exec(own);
      pendingBaseline = {
        value: values[0] as string,
        year: y ? Number(y[1]) : frame.baselineYear,
        quote: quoteOf(gStart, gEnd),
        end: gEnd,
        name: cleanName(own.slice(0, fromMatch.index)),
        start: clauseStart,
      };
      return;
    }
    let baseline: Commitment["baseline"];
    let direction: Commitment["direction"] = "increase";
    let baselineName: string | undefined;
    let quoteStart = clauseStart;
    if (
      pendingBaseline &&
      /^\s*(提高|提升|增加|增长|上升|扩大|下降|降低|减少|压减)(到|至)\s*(\d{4}\s*年的?)?\s*$/.test(context)
    ) {
      baseline = { value: pendingBaseline.value, year: pendingBaseline.year, quote: pendingBaseline.quote };
      baselineName = pendingBaseline.name;
      quoteStart = pendingBaseline.start;
      if (/下降|降低|减少|压减/.test(context)) direction = "decrease";
    }
    pendingBaseline = undefined;

    if (unit === "个百分点" || /年均|年平均/.test(own) || /增长|增速/.test(own.slice(-4))) {
      out.push(
        review(
          "unsupported",
          lineNo,
          quoteOf(clauseStart, gEnd).trim(),
          "增速或百分点变化不是模型中的目标类型（期末值、每年、累计、新增、位次、只增不减）；未起草。",
          "A growth rate or a change in percentage points is none of the model's target kinds; not drafted.",
        ),
      );
      return;
    }

    // What it counts.
    let kind: TargetKind = "end-level";
    let kindGuessed = false;
    const annual = /每年|年度|每一年|逐年|年年/.test(own) && !/年均/.test(own);
    const perUnit = PER_UNIT.test(own);
    const hasOwnVerb = STOCK_VERB.test(own) || FLOW_VERB.test(own) || /新增|累计|每年|年度/.test(own);
    if (unit === "位") kind = "rank";
    else if (annual) kind = "annual-floor";
    else if (/累计/.test(own)) kind = "cumulative";
    else if (/新增|新建|新发展|新培育|新认定|新引进|增加(?!到)/.test(own)) kind = "increment";
    else if (!hasOwnVerb && inherited) kind = inherited.kind;
    else if (CUMULATIVE_VERB.test(own) && !STOCK_VERB.test(own) && !perUnit && unit !== "%" && unit !== "位") {
      kind = "cumulative";
      kindGuessed = true;
    }
    const isCommitment =
      hasOwnVerb ||
      last[3] !== undefined ||
      /不低于|不少于|超过|至少|力争|争取|确保/.test(own) ||
      inherited !== undefined ||
      /前$/.test(own);
    if (!isCommitment) {
      out.push(
        review(
          "unclassified-figure",
          lineNo,
          quoteOf(clauseStart, gEnd).trim(),
          "数字前后没有表示目标的词（达到、以上、力争、确保、每年、累计、新增……），未起草为目标。",
          "No word of commitment around the figure (达到, 以上, 力争, 确保, 每年, 累计, 新增…); not drafted as a target.",
        ),
      );
      return;
    }
    inherited = { kind };

    // The achieved test.
    let comparator: Comparator = "reach";
    if (/确保/.test(own)) comparator = "ensure";
    else if (/力争|争取/.test(own)) comparator = "strive-for";
    else if (/以上/.test(last[3] ?? "") || /不低于|不少于|超过|突破|至少/.test(own) || /前$/.test(own))
      comparator = "at-least";
    if (/超过/.test(own)) {
      out.push(
        review(
          "strict-comparator",
          lineNo,
          quoteOf(clauseStart, gEnd).trim(),
          "“超过”是严格大于，模型只有“不低于”；按“以上”起草。",
          "超过 means strictly more than; the model has only at-least, which was drafted.",
        ),
      );
    }

    // The name: the clause before the figure, and the words after it (建成100个示范村, 每人每年1万元工作经费).
    let name = baselineName || cleanName(own.replace(/(力争|争取|确保)?(分别)?$/, ""));
    let quoteEnd = gEnd;
    const after = /^[\u4e00-\u9fffA-Za-z&“”"]+/.exec(tail)?.[0] ?? "";
    if (after.length >= 2 && !/^(以上|以内|左右|等|的)/.test(after) && baselineName === undefined) {
      name =
        /(建成|建设|引进|吸纳|培育|创建|打造|组建|认定|选派|新发展|新建|推进|实施|设立)$/.test(name) || name.length <= 1
          ? after
          : `${name}${after}`;
      quoteEnd = gEnd + after.length;
      previousEnd = quoteEnd;
    }
    if (name === "") {
      out.push(
        review(
          "unclassified-figure",
          lineNo,
          quoteOf(clauseStart, gEnd).trim(),
          "找不到这个数字所指的指标名称，未起草。",
          "No indicator name found for the figure; not drafted.",
        ),
      );
      return;
    }

    // Levels (市、县两级) and several figures.
    let levels: string[] | undefined;
    if (values.length > 1) {
      const lv = LEVELS.exec(own) ?? LEVELS.exec(context) ?? LEVELS.exec(text.slice(0, gStart));
      const named = lv ? [lv[1], lv[2], lv[3]].filter((x): x is string => x !== undefined) : [];
      if (named.length === values.length) levels = named;
      else {
        out.push(
          review(
            "ambiguous-values",
            lineNo,
            quoteOf(clauseStart, gEnd).trim(),
            `一个指标有${values.length}个数字，原文没有说明分别对应哪一级或哪个地区；未起草。`,
            `${values.length} figures for one indicator, and the text does not say which level or region each is for; not drafted.`,
          ),
        );
        return;
      }
    }

    // The year.
    const yearText = text.slice(0, gStart);
    let year = yearIn(own, frame) ?? yearIn(yearText, frame);
    let fromYear: number | undefined;
    if (kind === "annual-floor" || kind === "cumulative") fromYear = frame.period.start;
    let yearAssumed = false;
    if (year === undefined) {
      year = frame.period.end;
      yearAssumed = kind === "end-level" || kind === "increment" || kind === "rank";
    } else if (year < frame.period.start || year > frame.period.end) {
      out.push(
        review(
          "out-of-period",
          lineNo,
          quoteOf(clauseStart, gEnd).trim(),
          `${year}年不在规划期（${frame.period.start}—${frame.period.end}年）内，未起草为目标。`,
          `${year} lies outside the plan's period (${frame.period.start}–${frame.period.end}); not drafted as a target.`,
        ),
      );
      return;
    }
    if (/下降|降低|减少|压减|控制在|以内|以下/.test(own + (last[3] ?? ""))) direction = "decrease";
    if (kind === "rank") direction = "decrease";

    const c: Commitment = {
      line: lineNo,
      quote: quoteOf(quoteStart, quoteEnd)
        .trim()
        .replace(/^[、,，即]+/, ""),
      name,
      unit,
      values,
      kind,
      comparator,
      year,
      direction,
      yearAssumed,
      kindAssumed: kindGuessed,
    };
    if (fromYear !== undefined) Object.assign(c, { from: fromYear });
    if (levels !== undefined) Object.assign(c, { levels });
    if (baseline !== undefined) Object.assign(c, { baseline });
    found.push(c);
  });
}

/** Where the clause that ends at `at` begins (after the last , ，; ；: or the sentence start). */
function lastClauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE.test(text[i] as string)) return i + 1;
  return 0;
}

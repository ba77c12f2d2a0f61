/**
 * The outline and metadata of a plan's text: title, 文号, issuer, dates, period, the plans it is based on, and the
 * chapters (一、), sections ((一)), numbered items (1.), boxes (专栏N) and their tasks, and basic principles (——).
 *
 * @internal
 * @module
 */
import type { PlanInput } from "../model/schema.js";
import { type ReviewItem, review } from "./review.js";
import { chineseNumber, fiveYearPeriod, fold } from "./text.js";

type Chapter = PlanInput["chapters"][number];
type Section = Chapter["sections"][number];
type Box = PlanInput["boxes"][number];
type Principle = PlanInput["principles"][number];

/** What the scan of the outline found. @internal */
export interface Outline {
  /** Line (1-based) of the plan's own title, 0 when not found. */
  readonly titleLine: number;
  readonly title?: string;
  readonly area?: string;
  readonly number?: { value: string; line: number };
  readonly indexNumber?: string;
  readonly issuer?: { value: string; line: number };
  readonly written?: string;
  readonly issued?: string;
  readonly published?: string;
  readonly period?: { start: number; end: number; line: number };
  /** The n of 十n五 in the title, when the period comes from it. */
  readonly planNumber?: number;
  readonly basedOn: PlanInput["basedOn"];
  readonly chapters: Chapter[];
  readonly boxes: Box[];
  readonly principles: Principle[];
  /** For each line (index = line − 1): the chapter and section it belongs to, and what kind of line it is. */
  readonly place: readonly LinePlace[];
}

/** What a line is, for the passes after the outline. @internal */
export interface LinePlace {
  readonly chapter?: string;
  readonly section?: string;
  /** `heading` lines carry no figures; `front` lines come before the plan's title (the notice, the page header). */
  readonly role: "front" | "heading" | "body";
  /** The chapter or section looks back (发展基础, 形势, 回顾): its figures are facts, not commitments. */
  readonly retrospective: boolean;
}

const CN = "[一二三四五六七八九十]{1,3}";
/** Plans written in 章 and 节: 第一章 / 第一节 (or 一、) / (一) and 1. as items. */
const CHAPTER_ZHANG = new RegExp(`^\\s*第(${CN})章\\s*(\\S.*?)\\s*$`);
const SECTION_ZHANG = new RegExp(`^\\s*(?:第(${CN})节|(${CN})、)\\s*(\\S.*?)\\s*$`);
const ITEM_ZHANG = new RegExp(`^\\s*(?:(\\d{1,2})\\s*[.、](?!\\d)|[(](${CN})[)])\\s*(\\S.*?)\\s*$`);
/** Plans written in 一、 / (一) / 1. */
const CHAPTER_PLAIN = new RegExp(`^\\s*(${CN})、\\s*(\\S.*?)\\s*$`);
const SECTION_PLAIN = new RegExp(`^\\s*[(](${CN})[)]\\s*(\\S.*?)\\s*$`);
const ITEM_PLAIN = /^\s*(\d{1,2})\s*[.、](?!\d)()\s*(\S.*?)\s*$/;
const BOX = /^\s*专栏\s*(\d{1,3})\s*[:.、]?\s*(.*?)\s*$/;
const RETRO = /基础|形势|回顾|成就|现状|成效|进展|总结/;
const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔[(]\d{4}[〕\])]\d{1,4}号/;

/** A heading's title: the text before the first 。 (a heading that runs on into its paragraph). */
function headTitle(text: string): string {
  const stop = text.indexOf("。");
  return (stop === -1 ? text : text.slice(0, stop)).trim();
}

/** A task's or item's title: its lead phrase before the first 。, or its first clause when that runs long. */
function leadTitle(text: string): string {
  const lead = headTitle(text);
  if (lead.length <= 40) return lead;
  const clause = /^[^,，;；]+/.exec(lead)?.[0] ?? lead;
  return clause.trim();
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

function boxKind(title: string): Box["kind"] | undefined {
  if (/重点任务$|任务$/.test(title)) return "key-tasks";
  if (/重点方向$|方向$/.test(title)) return "key-directions";
  if (/重点工程$|工程$|重点项目$|项目$|行动$/.test(title)) return "key-projects";
  if (/重点$/.test(title)) return "key-points";
  return undefined;
}

/** Scan metadata and outline. `tableLines` are lines consumed by indicator tables (not headings). @internal */
export function scanOutline(lines: readonly string[], tableLines: ReadonlySet<number>, out: ReviewItem[]): Outline {
  const folded = lines.map(fold);
  // 1. The title: a short line naming a plan (规划, 方案, 计划, 纲要), not the notice that issues it, not a quote.
  let titleLine = 0;
  let title: string | undefined;
  for (let i = 0; i < folded.length; i++) {
    const l = (folded[i] ?? "").trim();
    if (l.length < 4 || l.length > 60) continue;
    if (/[《》。]|关于|通知|^根据/.test(l)) continue;
    if (/(规划|方案|计划|纲要|行动计划)\s*([(][^)]*\d{4}[^)]*[)])?$/.test(l)) {
      titleLine = i + 1;
      title = (lines[i] ?? "").trim();
      break;
    }
  }
  const area =
    title === undefined ? undefined : /^([\u4e00-\u9fff]{1,12}?(?:省|自治区|市|州|盟|县|区|旗))/.exec(title)?.[1];

  // 2. Document metadata in the lines before the title (page header, notice).
  const front = titleLine === 0 ? folded : folded.slice(0, titleLine - 1);
  let number: Outline["number"];
  let indexNumber: string | undefined;
  let written: string | undefined;
  let issued: string | undefined;
  let published: string | undefined;
  let signatureDate: { date: string; index: number } | undefined;
  front.forEach((l, i) => {
    const n = DOC_NUMBER.exec(l);
    if (n && number === undefined && !/》/.test(l.slice(0, n.index))) number = { value: n[0], line: i + 1 };
    const idx = /索引号\s*[:：]\s*(\S+)/.exec(l);
    if (idx?.[1] && indexNumber === undefined) indexNumber = idx[1];
    const w = /成文日期\s*:\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(l);
    if (w) written = isoDate(w[1] as string, w[2] as string, w[3] as string);
    const s = /发文日期\s*:\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(l);
    if (s) issued = isoDate(s[1] as string, s[2] as string, s[3] as string);
    const p = /发布日期\s*:\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?/.exec(l);
    if (p) {
      const day = isoDate(p[1] as string, p[2] as string, p[3] as string);
      // Chinese government sites show Beijing time (UTC+8).
      published = p[4] ? `${day}T${(p[4] as string).padStart(2, "0")}:${p[5]}:00+08:00` : day;
    }
    const sig = /^\s*[(]?\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[)]?\s*$/.exec(l);
    if (sig && signatureDate === undefined) {
      signatureDate = { date: isoDate(sig[1] as string, sig[2] as string, sig[3] as string), index: i };
    }
  });
  if (number === undefined) {
    // A plan published without its notice may still state its number under the title.
    for (let i = titleLine; i < Math.min(folded.length, titleLine + 5); i++) {
      const n = DOC_NUMBER.exec(folded[i] ?? "");
      if (n) number = { value: n[0], line: i + 1 };
    }
  }
  let issuer: Outline["issuer"];
  if (signatureDate !== undefined) {
    for (let i = signatureDate.index - 1; i >= Math.max(0, signatureDate.index - 4); i--) {
      const l = (front[i] ?? "").trim();
      if (l === "") continue;
      if (/(人民政府|办公室|办公厅|委员会|政府|厅|局)$/.test(l) && l.length <= 30) {
        issuer = { value: (lines[i] ?? "").trim(), line: i + 1 };
      }
      break;
    }
    written ??= signatureDate.date;
    issued ??= signatureDate.date;
  }
  if (issuer === undefined) {
    for (let i = 0; i < front.length; i++) {
      const m = /^\s*(\S+?)关于印发.*的通知\s*$/.exec(front[i] ?? "");
      if (m?.[1]) {
        issuer = { value: m[1], line: i + 1 };
        break;
      }
    }
  }

  // 3. The period: written out in the title (2023—2027年), or the n-th five-year plan it names (十四五).
  let period: Outline["period"];
  let planNumber: number | undefined;
  if (title !== undefined) {
    const t = fold(title);
    const range = /(\d{4})\s*[—–\-~至到]+\s*(\d{4})/.exec(t);
    const fy = /十([一二三四五六七八九])五/.exec(t);
    if (range) period = { start: Number(range[1]), end: Number(range[2]), line: titleLine };
    else if (fy) {
      planNumber = 10 + (chineseNumber(fy[1] as string) ?? 0);
      const p = fiveYearPeriod(planNumber);
      if (p) period = { ...p, line: titleLine };
    }
  }

  // 4. The plans it is based on: 根据《…》(…号) in the first paragraphs after the title.
  const basedOn: PlanInput["basedOn"] = [];
  for (let i = titleLine; i < Math.min(folded.length, titleLine + 12); i++) {
    const l = folded[i] ?? "";
    if (!/根据|依据|按照|贯彻落实/.test(l)) continue;
    for (const m of l.matchAll(/《([^》]+)》\s*(?:[(]([^)]*?号)[)])?/g)) {
      const quote = (lines[i] ?? "").slice(m.index, m.index + m[0].length);
      if (m[2] === undefined) {
        out.push(
          review(
            "missing-metadata",
            i + 1,
            quote,
            `依据的文件《${m[1]}》没有文号，未列入 basedOn。`,
            `The document 《${m[1]}》 it is based on has no number; not listed in basedOn.`,
          ),
        );
        continue;
      }
      basedOn.push({
        title: { zh: m[1] as string, en: m[1] as string },
        number: m[2],
        source: { line: i + 1, quote },
      });
    }
    if (basedOn.length > 0) break;
  }

  // 5. Chapters, sections, items, boxes, tasks.
  const chapters: Chapter[] = [];
  const boxes: Box[] = [];
  const principles: Principle[] = [];
  const place: LinePlace[] = [];
  let chapter: Chapter | undefined;
  let section: Section | undefined;
  let retroChapter = false;
  let retroSection = false;
  let box: Box | undefined;
  /** The box may still take numbered tasks (no prose since its last task). */
  let boxOpen = false;
  /** Sections whose items are —— lines. */
  const dashItems = new Set<string>();
  const numberingIssue = (i: number, quote: string, zh: string, en: string) =>
    out.push(review("outline-numbering", i + 1, quote, zh, en));

  const zhang = folded.some((l, i) => i >= titleLine && CHAPTER_ZHANG.test(l));
  const CHAPTER = zhang ? CHAPTER_ZHANG : CHAPTER_PLAIN;
  const ITEM = zhang ? ITEM_ZHANG : ITEM_PLAIN;
  const sectionOf = (l: string): [number, string] | undefined => {
    if (zhang) {
      const m = SECTION_ZHANG.exec(l);
      return m ? [chineseNumber((m[1] ?? m[2]) as string) ?? 0, m[3] as string] : undefined;
    }
    const m = SECTION_PLAIN.exec(l);
    return m ? [chineseNumber(m[1] as string) ?? 0, m[2] as string] : undefined;
  };
  for (let i = 0; i < folded.length; i++) {
    const raw = lines[i] ?? "";
    const l = folded[i] ?? "";
    const trimmed = l.trim();
    const here = (role: LinePlace["role"]) => {
      const p: LinePlace = { role, retrospective: retroChapter || retroSection };
      if (chapter) Object.assign(p, { chapter: chapter.id });
      if (section) Object.assign(p, { section: section.id });
      place.push(p);
    };
    if (titleLine > 0 && i < titleLine) {
      place.push({ role: "front", retrospective: false });
      continue;
    }
    if (tableLines.has(i + 1) || trimmed === "") {
      here("body");
      continue;
    }
    const quoteOf = (text: string) => {
      const at = l.indexOf(text);
      return at === -1 ? raw.trim() : raw.slice(at, at + text.length);
    };
    const ch = CHAPTER.exec(l);
    if (ch && !/。/.test(ch[2] as string) && (ch[2] as string).length <= 40) {
      const n = chineseNumber(ch[1] as string) ?? 0;
      const expected = chapters.length + 1;
      if (n !== expected) {
        numberingIssue(
          i,
          raw.trim(),
          `章的序号为${n}，应为${expected}；按第${expected}章起草。`,
          `Chapter numbered ${n} where ${expected} was expected; drafted as chapter ${expected}.`,
        );
      }
      const t = ch[2] as string;
      chapter = {
        id: `ch${expected}`,
        number: expected,
        title: { zh: quoteOf(t), en: quoteOf(t) },
        source: { line: i + 1, quote: raw.trim() },
        sections: [],
      };
      chapters.push(chapter);
      section = undefined;
      box = undefined;
      boxOpen = false;
      retroChapter = RETRO.test(t);
      retroSection = false;
      here("heading");
      continue;
    }
    const se = sectionOf(l);
    if (se && chapter && (!zhang || !/。/.test(l) || /^\s*第/.test(l))) {
      const n = se[0];
      const expected = chapter.sections.length + 1;
      if (n !== expected) {
        numberingIssue(
          i,
          raw.trim(),
          `节的序号为${n}，应为${expected}。`,
          `Section numbered ${n} where ${expected} was expected.`,
        );
      }
      const t = headTitle(se[1]);
      const at = l.indexOf(t);
      section = {
        id: `${chapter.id}.s${expected}`,
        number: expected,
        title: { zh: quoteOf(t), en: quoteOf(t) },
        source: { line: i + 1, quote: raw.slice(l.search(/\S/), at + t.length).trim() },
        items: [],
      };
      chapter.sections.push(section);
      box = undefined;
      boxOpen = false;
      retroSection = RETRO.test(t);
      // A section heading that runs on into its paragraph keeps its figures as body text.
      here(/。/.test(l) ? "body" : "heading");
      continue;
    }
    const bx = BOX.exec(l);
    if (bx && chapter) {
      let t = (bx[2] as string).trim();
      let tLine = i;
      if (t === "") {
        // The title on the next non-empty line.
        for (let j = i + 1; j < folded.length && j <= i + 3; j++) {
          if ((folded[j] ?? "").trim() !== "") {
            t = (folded[j] ?? "").trim();
            tLine = j;
            break;
          }
        }
      }
      const n = Number(bx[1]);
      const expected = boxes.length + 1;
      if (n !== expected) {
        numberingIssue(
          i,
          raw.trim(),
          `专栏序号为${n}，应为${expected}。`,
          `Box numbered ${n} where ${expected} was expected.`,
        );
      }
      let kind = boxKind(t);
      if (kind === undefined) {
        out.push(
          review(
            "box-kind",
            i + 1,
            raw.trim(),
            `专栏标题没有写明类别（重点任务、重点方向、重点工程、重点），按“重点任务”起草。`,
            "The box title names none of the usual kinds (key tasks, directions, projects, points); drafted as key tasks.",
          ),
        );
        kind = "key-tasks";
      }
      const titleRaw = (lines[tLine] ?? "").slice(
        (folded[tLine] ?? "").indexOf(t),
        (folded[tLine] ?? "").indexOf(t) + t.length,
      );
      box = {
        id: `box-${expected}`,
        number: expected,
        title: { zh: titleRaw || t, en: titleRaw || t },
        kind,
        chapter: chapter.id,
        ...(section ? { section: section.id } : {}),
        source: { line: tLine + 1, quote: titleRaw || t },
        tasks: [],
      };
      boxes.push(box);
      boxOpen = true;
      here("heading");
      if (tLine !== i) {
        i = tLine;
        here("heading");
      }
      continue;
    }
    const it = ITEM.exec(l);
    if (it) {
      const n = it[1] ? Number(it[1]) : (chineseNumber(it[2] as string) ?? 0);
      const t = leadTitle(it[3] as string);
      const quote = raw.slice(0, l.indexOf(t) + t.length).trim();
      const lastTask = box?.tasks.length ?? 0;
      const lastItem = section?.items.length ?? 0;
      if (box && boxOpen && n === lastTask + 1) {
        box.tasks.push({
          id: `${box.id}.task-${n}`,
          number: n,
          title: { zh: quoteOf(t), en: quoteOf(t) },
          source: { line: i + 1, quote },
        });
        here("body");
        continue;
      }
      boxOpen = false;
      if (section) {
        if (n !== lastItem + 1) {
          numberingIssue(
            i,
            quote,
            `编号${n}既不接续本节的条目（${lastItem}）也不接续专栏的任务（${lastTask}）；按本节第${lastItem + 1}条起草。`,
            `Number ${n} continues neither the section's items (${lastItem}) nor the box's tasks (${lastTask}); drafted as item ${lastItem + 1} of the section.`,
          );
        }
        const k = lastItem + 1;
        section.items.push({
          id: `${section.id}.item-${k}`,
          number: k,
          title: { zh: quoteOf(t), en: quoteOf(t) },
          source: { line: i + 1, quote },
        });
      } else {
        numberingIssue(
          i,
          quote,
          "编号的条目不在任何节（(一)(二)…）之内，未列入大纲。",
          "A numbered item outside any section ((一)(二)…); not in the outline.",
        );
      }
      here("body");
      continue;
    }
    const pr = /^\s*—{1,2}\s*(\S.*)$/.exec(l);
    if (pr && section && /原则/.test(section.title.zh)) {
      const t = headTitle(pr[1] as string);
      principles.push({
        id: `principle-${principles.length + 1}`,
        title: { zh: quoteOf(t), en: quoteOf(t) },
        source: { line: i + 1, quote: quoteOf(t) },
      });
      here("body");
      continue;
    }
    if (pr && section && (dashItems.has(section.id) || section.items.length === 0)) {
      // A section that lists its points with —— instead of numbers (the goals of 发展目标).
      dashItems.add(section.id);
      const t = headTitle(pr[1] as string);
      const k = section.items.length + 1;
      section.items.push({
        id: `${section.id}.item-${k}`,
        number: k,
        title: { zh: quoteOf(t), en: quoteOf(t) },
        source: { line: i + 1, quote: raw.slice(0, l.indexOf(t) + t.length).trim() },
      });
      here("body");
      continue;
    }
    // Prose: closes a box's list of tasks (a box without numbered tasks takes its lines as tasks).
    if (box && boxOpen && box.tasks.length === 0 && chapter) {
      const t = leadTitle(trimmed);
      box.tasks.push({
        id: `${box.id}.task-1`,
        number: 1,
        title: { zh: quoteOf(t), en: quoteOf(t) },
        source: { line: i + 1, quote: quoteOf(t) },
      });
      numberingIssue(
        i,
        quoteOf(t),
        "专栏内容没有编号，整段作为一项任务起草。",
        "The box's content is not numbered; drafted as one task.",
      );
    }
    boxOpen = false;
    here("body");
  }

  const result: Outline = { titleLine, basedOn, chapters, boxes, principles, place };
  if (title !== undefined) Object.assign(result, { title });
  if (area !== undefined) Object.assign(result, { area });
  if (number !== undefined) Object.assign(result, { number });
  if (indexNumber !== undefined) Object.assign(result, { indexNumber });
  if (issuer !== undefined) Object.assign(result, { issuer });
  if (written !== undefined) Object.assign(result, { written });
  if (issued !== undefined) Object.assign(result, { issued });
  if (published !== undefined) Object.assign(result, { published });
  if (period !== undefined) Object.assign(result, { period });
  if (planNumber !== undefined) Object.assign(result, { planNumber });
  return result;
}

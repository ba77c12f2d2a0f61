/**
 * draftPlan on three plan texts written for these tests in the styles of other Chinese plans (a province's, a
 * county's, a city's three-year implementation plan in GB18030), each against the draft written by hand beside it
 * (test/fixtures/draft/*.expected.json, see the README there).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type DraftResult, draftPlan } from "../src/draft/index.js";

const dir = resolve(import.meta.dirname, "fixtures/draft");
const FIXTURES = [
  ["province-15.txt", "province-15.expected.json"],
  ["county-15.txt", "county-15.expected.json"],
  ["implementation-2027.gb18030.txt", "implementation-2027.expected.json"],
] as const;

type Row = readonly unknown[];
const byLine = (a: Row, b: Row) =>
  (a[0] as number) - (b[0] as number) || JSON.stringify(a).localeCompare(JSON.stringify(b));

/** The parts of a draft the expected files state. */
function project(result: DraftResult) {
  const { plan } = result;
  const units = new Map(plan.units.map((u) => [u.id, u.symbol.zh]));
  const headline = plan.indicators.filter((i) => i.headline !== undefined);
  const tableLines = new Set(headline.flatMap((i) => [i.source.line, ...i.targets.map((t) => t.source.line)]));
  const body: Row[] = [];
  for (const ind of plan.indicators) {
    for (const t of ind.targets) {
      for (const s of [t.source, ...(t.alsoStated ?? [])]) {
        if (tableLines.has(s.line)) continue;
        body.push([s.line, t.value ?? null, t.year, t.kind, t.comparator, t.regions]);
      }
    }
  }
  return {
    metadata: {
      title: plan.title?.zh,
      number: plan.document.number,
      issuer: plan.document.issuer?.zh,
      written: plan.document.written,
      issued: plan.document.issued,
      period: [plan.period?.start, plan.period?.end],
      baselineYear: plan.baselineYear,
      basedOn: plan.basedOn.map((b) => [b.number, b.source.line]),
      encoding: result.encoding,
    },
    chapters: plan.chapters.map((c) => [c.number, c.title.zh, c.source.line]),
    sections: plan.chapters.flatMap((c) => c.sections.map((s) => [s.id, s.title.zh, s.source.line])),
    items: plan.chapters.flatMap((c) => c.sections.flatMap((s) => s.items.map((i) => [i.id, i.source.line]))),
    principles: plan.principles.map((p) => [p.title.zh, p.source.line]),
    boxes: plan.boxes.map((b) => [b.number, b.title.zh, b.kind, b.source.line, b.tasks.map((t) => t.source.line)]),
    table: headline.map((i) => [
      i.headline?.row,
      i.name.zh,
      units.get(i.unit),
      i.attribute,
      i.baselines.map((b) => [b.value, b.year, b.source.line]),
      i.targets.map((t) => [t.value, t.year, t.source.line, t.kind, t.comparator, t.regions]),
    ]),
    body: body.sort(byLine),
    bodyBaselines: plan.indicators
      .filter((i) => i.headline === undefined)
      .flatMap((i) => i.baselines.map((b) => [b.source.line, b.value, b.year])),
    review: result.review.map((r) => [r.line, r.code]).sort(byLine),
  };
}

describe.each(FIXTURES)("draftPlan(%s)", (text, expectedFile) => {
  const bytes = new Uint8Array(readFileSync(join(dir, text)));
  const expected = JSON.parse(readFileSync(join(dir, expectedFile), "utf8"));
  const result = draftPlan(bytes);
  const got = project(result);

  it("reads the metadata", () => expect(got.metadata).toEqual(expected.metadata));
  it("reads the outline", () => {
    expect(got.chapters).toEqual(expected.chapters);
    expect(got.sections).toEqual(expected.sections);
    expect(got.items).toEqual(expected.items);
    expect(got.principles).toEqual(expected.principles);
    expect(got.boxes).toEqual(expected.boxes);
  });
  it("reads the indicator table", () => expect(got.table).toEqual(expected.table));
  it("finds the commitments of the body", () => {
    expect(got.body).toEqual([...expected.body].sort(byLine));
    expect(got.bodyBaselines).toEqual(expected.bodyBaselines);
  });
  it("lists what it could not decide", () => expect(got.review).toEqual([...expected.review].sort(byLine)));
});

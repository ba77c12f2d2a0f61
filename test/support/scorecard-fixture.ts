/**
 * A scorecard written out by hand, so the renderers are tested without the progress engine. The figures follow the
 * schedule method (METHODS.md §1) and were worked out by hand for asOf 2023-12-31 (time share 3/5 = 0.6):
 * - R&D intensity 0.62 → 1.5, 0.95 in 2023: completion 0.33 / 0.88 = 0.375, lead −0.225, behind schedule.
 * - High-tech enterprises 59 → 70, 66 in 2023: completion 7 / 11 = 0.636364, lead 0.036364, on schedule.
 * - Technology contract turnover 14.1 → 28, 30.2 in 2023: above the target, achieved (completion 16.1 / 13.9).
 * - Provincial rank 7 → 6, 8 in 2023: completion (8 − 7) / (6 − 7) = −1, regressing.
 * - Fiscal S&T share in Minqin: no baseline, not assessable (the note holds "<" to test escaping).
 * - A made-up binding never-decrease indicator in Tianzhu, on schedule, to test the binding mark.
 */
import type { Scorecard, ScorecardRow } from "../../src/report/index.js";

const percent = { id: "percent", symbol: { zh: "%", en: "%" } };
const goals = "ch2";

/** A row; its typed assessment repeats the schedule method's figures written beside it. */
const row = (r: Omit<ScorecardRow, "notes" | "assessment"> & { notes?: ScorecardRow["notes"] }): ScorecardRow => {
  const notes = r.notes ?? [];
  const perYear = r.target.kind === "annual-floor" || r.target.kind === "never-decrease";
  const figures = perYear ? { ...r.figures, years: [] } : r.figures;
  const assessment = { method: "schedule", kind: r.target.kind, status: r.status, figures, notes };
  return { ...r, notes, assessment: assessment as ScorecardRow["assessment"] };
};
const wuwei = { id: "wuwei", name: { zh: "武威市", en: "Wuwei City" } };

export const fixtureRows: readonly ScorecardRow[] = [
  row({
    indicator: {
      id: "rd-intensity",
      name: { zh: "研发经费投入强度", en: "R&D intensity" },
      unit: percent,
      direction: "increase",
      attribute: "expected",
      binding: false,
      chapter: goals,
      headlineRow: 2,
    },
    region: wuwei,
    target: {
      id: "rd-intensity.2025",
      kind: "end-level",
      comparator: "strive-for",
      value: "1.5",
      year: 2025,
      revision: null,
    },
    baseline: { year: 2020, value: "0.62", origin: "plan" },
    latest: { year: 2023, value: "0.95" },
    status: "behind-schedule",
    figures: { completion: "0.375", timeShare: "0.6", lead: "-0.225" },
  }),
  row({
    indicator: {
      id: "high-tech-enterprises",
      name: { zh: "高新技术企业数", en: "High-tech enterprises" },
      unit: { id: "enterprise", symbol: { zh: "家", en: "enterprises" } },
      direction: "increase",
      attribute: "expected",
      binding: false,
      chapter: goals,
      headlineRow: 8,
    },
    region: wuwei,
    target: {
      id: "high-tech-enterprises.2025",
      kind: "end-level",
      comparator: "at-least",
      value: "70",
      year: 2025,
      revision: null,
    },
    baseline: { year: 2020, value: "59", origin: "plan" },
    latest: { year: 2023, value: "66" },
    status: "on-schedule",
    figures: { completion: "0.636364", timeShare: "0.6", lead: "0.036364" },
  }),
  row({
    indicator: {
      id: "tech-contract-turnover",
      name: { zh: "技术市场成交合同金额", en: "Technology contract turnover" },
      unit: { id: "cny-100m", symbol: { zh: "亿元", en: "100 million yuan" } },
      direction: "increase",
      attribute: "expected",
      binding: false,
      chapter: goals,
      headlineRow: 7,
    },
    region: wuwei,
    target: {
      id: "tech-contract-turnover.2025",
      kind: "end-level",
      comparator: "reach",
      value: "28",
      year: 2025,
      revision: null,
    },
    baseline: { year: 2020, value: "14.1", origin: "plan" },
    latest: { year: 2023, value: "30.2" },
    status: "target-achieved",
    figures: { completion: "1.158273", timeShare: "0.6", lead: "0.558273" },
  }),
  row({
    indicator: {
      id: "st-progress-rank",
      name: { zh: "综合科技进步水平", en: "Comprehensive S&T progress level" },
      unit: { id: "rank", symbol: { zh: "位", en: "rank" } },
      direction: "decrease",
      attribute: "expected",
      binding: false,
      chapter: goals,
      headlineRow: 1,
    },
    region: wuwei,
    target: { id: "st-progress-rank.2025", kind: "rank", comparator: "reach", value: "6", year: 2025, revision: null },
    baseline: { year: 2020, value: "7", origin: "plan" },
    latest: { year: 2023, value: "8", status: "provisional" },
    status: "regressing",
    figures: { completion: "-1", timeShare: "0.6", lead: "-1.6" },
  }),
  row({
    indicator: {
      id: "fiscal-st-share",
      name: { zh: "本级财政科技支出占一般公共预算支出的比重", en: "Fiscal S&T expenditure share" },
      unit: percent,
      direction: "increase",
      attribute: "expected",
      binding: false,
      chapter: goals,
      headlineRow: 3,
    },
    region: { id: "minqin", name: { zh: "民勤县", en: "Minqin County" } },
    target: {
      id: "fiscal-st-share.county",
      kind: "end-level",
      comparator: "strive-for",
      value: "1",
      year: 2025,
      revision: null,
    },
    baseline: null,
    latest: { year: 2023, value: "0.9" },
    status: "not-assessable",
    figures: { completion: null, timeShare: "0.6", lead: null },
    notes: [
      {
        code: "no-baseline",
        params: { increment: false },
        message: { zh: "缺少基期值 <民勤县>", en: "no baseline <Minqin>" },
      },
    ],
  }),
  row({
    indicator: {
      id: "fiscal-st-expenditure",
      name: { zh: "财政科技支出", en: "Fiscal S&T expenditure" },
      unit: { id: "cny-100m", symbol: { zh: "亿元", en: "100 million yuan" } },
      direction: "increase",
      attribute: "binding",
      binding: true,
      chapter: "ch7",
      headlineRow: null,
    },
    region: { id: "tianzhu", name: { zh: "天祝藏族自治县", en: "Tianzhu Tibetan Autonomous County" } },
    target: {
      id: "fiscal-st-expenditure.never-decrease",
      kind: "never-decrease",
      comparator: "never-decrease",
      value: null,
      year: 2025,
      revision: null,
    },
    baseline: { year: 2020, value: "0.41", origin: "reported" },
    latest: { year: 2023, value: "0.52" },
    status: "on-schedule",
    figures: {},
  }),
];

/** The fixed scorecard: rows above, summary counted by hand. */
export const fixture: Scorecard = {
  kind: "scorecard",
  plan: {
    id: "wuwei-14",
    title: {
      zh: "武威市“十四五”科技创新规划",
      en: "Wuwei City 14th Five-Year Plan for Science and Technology Innovation",
    },
    number: "武政办发〔2022〕9号",
    period: { start: 2021, end: 2025 },
  },
  asOf: "2023-12-31",
  method: "schedule",
  region: null,
  lang: "zh",
  rows: fixtureRows,
  unused: [],
  summary: {
    total: 6,
    byStatus: { "target-achieved": 1, "on-schedule": 2, "behind-schedule": 1, regressing: 1, "not-assessable": 1 },
    byChapter: [
      {
        id: "ch2",
        name: { zh: "二、总体要求", en: "II. General requirements" },
        total: 5,
        byStatus: { "target-achieved": 1, "on-schedule": 1, "behind-schedule": 1, regressing: 1, "not-assessable": 1 },
      },
      { id: "ch7", name: { zh: "七、保障措施", en: "VII. Safeguards" }, total: 1, byStatus: { "on-schedule": 1 } },
    ],
    byRegion: [
      {
        id: "wuwei",
        name: { zh: "武威市", en: "Wuwei City" },
        total: 4,
        byStatus: { "target-achieved": 1, "on-schedule": 1, "behind-schedule": 1, regressing: 1 },
      },
      { id: "minqin", name: { zh: "民勤县", en: "Minqin County" }, total: 1, byStatus: { "not-assessable": 1 } },
      {
        id: "tianzhu",
        name: { zh: "天祝藏族自治县", en: "Tianzhu Tibetan Autonomous County" },
        total: 1,
        byStatus: { "on-schedule": 1 },
      },
    ],
    binding: { total: 1, byStatus: { "on-schedule": 1 } },
  },
};

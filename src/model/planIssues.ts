/**
 * Problems found in a plan, as data: a code, the path, the params, and messages in Chinese and English that the
 * exported per-locale maps build from those params — the same model as the problems of reported figures.
 *
 * @module
 */
import type { z } from "zod";
import zodEn from "zod/v4/locales/en.js";
import zodZh from "zod/v4/locales/zh-CN.js";
import { deepFreeze } from "../internal/freeze.js";
import type { LocalizedText } from "./schema.js";

/**
 * The kinds of problem {@link definePlan} reports.
 * - `invalid`: the data does not match the schema (a missing field, a wrong type, a bad id or decimal).
 * - `duplicate-id`: two things of the same kind share an id (or two headline rows share a number).
 * - `unknown-reference`: a reference names something the plan does not define (a region, unit, chapter…).
 * - `out-of-period`: a year lies outside the plan's period, or a period is inverted.
 * - `inconsistent`: fields contradict each other (a numeric target without a value, a rank without peers…).
 *
 * @example
 * ```ts
 * import type { PlanIssueCode } from "@wuwei/sti-plan";
 * const code: PlanIssueCode = "duplicate-id";
 * code; //=> "duplicate-id"
 * ```
 * @category Model
 */
export type PlanIssueCode = "invalid" | "duplicate-id" | "unknown-reference" | "out-of-period" | "inconsistent";

/**
 * Which check found a plan problem: each has its own message, built from the params.
 * - `schema` (`invalid`): zod's finding, with zod's issue in `params.zod`.
 * - `duplicate-id`, `duplicate-headline-row` (`duplicate-id`).
 * - `unknown-reference`, `no-such-section` (`unknown-reference`).
 * - `period-inverted`, `baseline-year-in-period`, `baseline-after-period`, `target-year-outside`,
 *   `from-year-outside` (`out-of-period`).
 * - `parent-not-higher`, `rank-needs-peers`, `component-has-targets`, `region-not-of-indicator`,
 *   `never-decrease-has-value`, `target-needs-value`, `comparator-kind-mismatch`, `target-needs-regions`,
 *   `levels-match-no-region`, `cumulative-needs-flow`, `increment-not-flow` (`inconsistent`).
 *
 * @example
 * ```ts
 * import type { PlanIssueRule } from "@wuwei/sti-plan";
 * const rule: PlanIssueRule = "target-year-outside";
 * rule; //=> "target-year-outside"
 * ```
 * @category Model
 */
export type PlanIssueRule =
  | "schema"
  | "duplicate-id"
  | "duplicate-headline-row"
  | "unknown-reference"
  | "no-such-section"
  | "period-inverted"
  | "baseline-year-in-period"
  | "baseline-after-period"
  | "target-year-outside"
  | "from-year-outside"
  | "parent-not-higher"
  | "rank-needs-peers"
  | "component-has-targets"
  | "region-not-of-indicator"
  | "never-decrease-has-value"
  | "target-needs-value"
  | "comparator-kind-mismatch"
  | "target-needs-regions"
  | "levels-match-no-region"
  | "cumulative-needs-flow"
  | "increment-not-flow";

/**
 * What kind of thing a plan problem is about (`region`, `unit`, `indicator`…), for the messages.
 *
 * @example
 * ```ts
 * import type { PlanThing } from "@wuwei/sti-plan";
 * const thing: PlanThing = "region";
 * thing; //=> "region"
 * ```
 * @category Model
 */
export type PlanThing =
  | "region"
  | "unit"
  | "principle"
  | "decision"
  | "chapter"
  | "section"
  | "item"
  | "indicator"
  | "component indicator"
  | "box"
  | "task"
  | "target"
  | "parent region";

/**
 * The params a plan problem's message is built from. `rule` is always there; the others as the rule needs them.
 *
 * @example
 * ```ts
 * import type { PlanIssueParams } from "@wuwei/sti-plan";
 * const params: PlanIssueParams = { rule: "unknown-reference", thing: "region", id: "lanzhou" };
 * params.id; //=> "lanzhou"
 * ```
 * @category Model
 */
export interface PlanIssueParams {
  /** The check that found it. */
  readonly rule: PlanIssueRule;
  /** What kind of thing the id names. */
  readonly thing?: PlanThing;
  /** The id (or headline row) concerned. */
  readonly id?: string;
  /** Where the first of a duplicate is, or the other end of a reference (a chapter of a missing section). */
  readonly other?: string;
  /** A year concerned. */
  readonly year?: number;
  /** The first and last year of the range it should lie in. */
  readonly from?: number;
  readonly to?: number;
  /** A kind, level or levels concerned (a target's kind, a region's level, its parent's level). */
  readonly kind?: string;
  readonly parentKind?: string;
  readonly levels?: readonly string[];
  /**
   * For `schema`: zod's issue, without the input (its `code`, `path` and the fields of that code), and `received`,
   * the type of the value found (`number`, `array`, `undefined`…).
   */
  readonly zod?: Readonly<Record<string, unknown>> & { readonly code: string };
  readonly received?: string;
}

/**
 * One problem found in a plan: its code, the path to the offending value, the params, and the message in Chinese
 * and English (`planIssueMessages[locale](params)`).
 *
 * @example
 * ```ts
 * import { safeDefinePlan } from "@wuwei/sti-plan";
 * const result = safeDefinePlan({});
 * result.success ? [] : result.issues[0]?.code; //=> "invalid"
 * ```
 * @category Model
 */
export interface PlanIssue {
  /** What kind of problem. */
  readonly code: PlanIssueCode;
  /** Where: property names and array indexes from the root of the plan. */
  readonly path: readonly (string | number)[];
  /** What the message is built from. */
  readonly params: PlanIssueParams;
  /** What is wrong, in Chinese and English. */
  readonly message: LocalizedText;
}

const THING_ZH: Readonly<Record<PlanThing, string>> = {
  region: "地区",
  unit: "单位",
  principle: "原则",
  decision: "决定",
  chapter: "章",
  section: "节",
  item: "条目",
  indicator: "指标",
  "component indicator": "分项指标",
  box: "专栏",
  task: "任务",
  target: "目标",
  "parent region": "上级地区",
};

const LEVEL_ZH: Readonly<Record<string, string>> = {
  nation: "全国",
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇级",
};

// A value of the type zod found, so that zod's own locale maps can say again what was received.
const SAMPLE: Readonly<Record<string, unknown>> = {
  string: "",
  number: 0,
  nan: Number.NaN,
  boolean: false,
  bigint: 0n,
  symbol: Symbol("value"),
  undefined: undefined,
  null: null,
  array: [],
  object: {},
  date: new Date(0),
  function: () => undefined,
  file: {},
};

function zodMessage(locale: typeof zodEn, params: PlanIssueParams): string {
  const issue = { ...params.zod, input: SAMPLE[params.received ?? "undefined"] } as unknown as Parameters<
    NonNullable<z.core.$ZodErrorMap>
  >[0];
  const out = locale().localeError(issue);
  return typeof out === "string" ? out : (out?.message ?? String(params.zod?.code));
}

type Render = (p: PlanIssueParams) => string;

const zhMessages: Readonly<Record<PlanIssueRule, Render>> = {
  schema: (p) => zodMessage(zodZh, p),
  "duplicate-id": (p) => `${THING_ZH[p.thing ?? "indicator"]}编号“${p.id}”重复（首次出现在 ${p.other}）`,
  "duplicate-headline-row": (p) => `表1第${p.id}行也被 ${p.other} 使用`,
  "unknown-reference": (p) => `未知的${THING_ZH[p.thing ?? "indicator"]}“${p.id}”`,
  "no-such-section": (p) => `第“${p.other}”章没有“${p.id}”节`,
  "period-inverted": (p) => `规划期起始年（${p.from}）晚于结束年（${p.to}）`,
  "baseline-year-in-period": (p) => `基期年${p.year}不在规划期（${p.from}年起）之前`,
  "baseline-after-period": (p) => `基期年${p.year}晚于规划期`,
  "target-year-outside": (p) => `目标年${p.year}不在规划期${p.from}–${p.to}内`,
  "from-year-outside": (p) => `起算年${p.year}不在${p.from}–${p.to}内`,
  "parent-not-higher": (p) =>
    `${LEVEL_ZH[p.kind ?? ""] ?? p.kind}地区的上级“${p.id}”（${LEVEL_ZH[p.parentKind ?? ""] ?? p.parentKind}）必须高于它一级以上`,
  "rank-needs-peers": () => "位次指标需要给出参与排名的地区数（peers）",
  "component-has-targets": () => "分项指标不设目标",
  "region-not-of-indicator": (p) => `地区“${p.id}”不在该指标的地区之中`,
  "never-decrease-has-value": () => "只增不减目标没有目标值",
  "target-needs-value": (p) => `${p.kind}目标需要目标值`,
  "comparator-kind-mismatch": () => "目标类型与比较方式 never-decrease（只增不减）须同时使用",
  "target-needs-regions": () => "目标需要地区，或给出该指标有地区所在的层级",
  "cumulative-needs-flow": (p) => `累计目标按各年当年新增数求和：该指标的口径须为当年新增（flow），而不是 ${p.kind}`,
  "increment-not-flow": () =>
    "新增目标读取基期以来的增量：该指标的口径须为累计新增（running-total）或期末存量（stock），而不是当年新增（flow）",
  "levels-match-no-region": (p) =>
    `该指标没有${(p.levels ?? []).map((l) => LEVEL_ZH[l] ?? l).join("、")}地区（层级 ${(p.levels ?? []).join(", ")}）`,
};

const enMessages: Readonly<Record<PlanIssueRule, Render>> = {
  schema: (p) => zodMessage(zodEn, p),
  "duplicate-id": (p) => `duplicate ${p.thing} id "${p.id}" (first at ${p.other})`,
  "duplicate-headline-row": (p) => `headline row ${p.id} also used by ${p.other}`,
  "unknown-reference": (p) => `unknown ${p.thing} "${p.id}"`,
  "no-such-section": (p) => `chapter "${p.other}" has no section "${p.id}"`,
  "period-inverted": (p) => `period starts (${p.from}) after it ends (${p.to})`,
  "baseline-year-in-period": (p) => `baseline year ${p.year} is not before the period (${p.from})`,
  "baseline-after-period": (p) => `baseline year ${p.year} is after the period`,
  "target-year-outside": (p) => `target year ${p.year} is outside the period ${p.from}–${p.to}`,
  "from-year-outside": (p) => `first counted year ${p.year} is outside ${p.from}–${p.to}`,
  "parent-not-higher": (p) => `the parent "${p.id}" (${p.parentKind}) of a ${p.kind} must be of a higher level`,
  "rank-needs-peers": () => "a rank indicator needs the size of its peer set",
  "component-has-targets": () => "a component indicator has no targets",
  "region-not-of-indicator": (p) => `region "${p.id}" is not among the indicator's regions`,
  "never-decrease-has-value": () => "a never-decrease target has no value",
  "target-needs-value": (p) => `a ${p.kind} target needs a value`,
  "comparator-kind-mismatch": () => "kind and comparator never-decrease go together",
  "target-needs-regions": () => "a target needs regions, or levels that some of the indicator's regions are at",
  "cumulative-needs-flow": (p) =>
    `a cumulative target sums yearly flows: the indicator's reporting must be flow, not ${p.kind}`,
  "increment-not-flow": () =>
    "an increment target reads the gain since the baseline: the indicator's reporting must be running-total or stock, not flow",
  "levels-match-no-region": (p) => {
    const levels = p.levels ?? [];
    return `none of the indicator's regions is at the level${levels.length === 1 ? "" : "s"} ${levels.join(", ")}`;
  },
};

/**
 * The messages of plan problems, per locale: `planIssueMessages.zh[params.rule](params)` gives the Chinese text of
 * any {@link PlanIssue} again from its params (an app can replace a map to word them its own way).
 *
 * @example
 * ```ts
 * import { planIssueMessages } from "@wuwei/sti-plan";
 * planIssueMessages.zh["unknown-reference"]({ rule: "unknown-reference", thing: "region", id: "lanzhou" });
 * //=> "未知的地区“lanzhou”"
 * planIssueMessages.en["unknown-reference"]({ rule: "unknown-reference", thing: "region", id: "lanzhou" });
 * //=> 'unknown region "lanzhou"'
 * ```
 * @category Model
 */
export const planIssueMessages: {
  /** Chinese messages, one per rule. */
  readonly zh: Readonly<Record<PlanIssueRule, (params: PlanIssueParams) => string>>;
  /** English messages, one per rule. */
  readonly en: Readonly<Record<PlanIssueRule, (params: PlanIssueParams) => string>>;
} = Object.freeze({ zh: Object.freeze(zhMessages), en: Object.freeze(enMessages) });

/** Make a plan problem with its messages in both languages. @internal */
export function makePlanIssue(
  code: PlanIssueCode,
  path: readonly (string | number)[],
  params: PlanIssueParams,
): PlanIssue {
  const frozen = deepFreeze({ ...params, ...(params.levels ? { levels: [...params.levels] } : {}) });
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    params: frozen,
    message: Object.freeze({ zh: zhMessages[params.rule](frozen), en: enMessages[params.rule](frozen) }),
  });
}

// zod's issue without the values it found (nested issues of a union included): they are the caller's data, which a
// problem must neither hold on to nor freeze.
function withoutInput(issue: object): Record<string, unknown> {
  const { input: _input, message: _message, ...rest } = issue as Record<string, unknown>;
  const errors = rest["errors"];
  if (Array.isArray(errors)) {
    rest["errors"] = errors.map((branch: unknown) =>
      Array.isArray(branch) ? branch.map((inner: object) => withoutInput(inner)) : branch,
    );
  }
  return rest;
}

function typeName(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number" && Number.isNaN(input)) return "nan";
  if (input instanceof Date) return "date";
  return typeof input;
}

/** A plan problem from a zod issue (parsed with `reportInput`), keeping zod's issue without its input. @internal */
export function fromZodIssue(issue: z.core.$ZodIssue): PlanIssue {
  const input = (issue as { input?: unknown }).input;
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const zod = { ...withoutInput(issue), path } as unknown as NonNullable<PlanIssueParams["zod"]>;
  return makePlanIssue("invalid", path, { rule: "schema", zod, received: typeName(input) });
}

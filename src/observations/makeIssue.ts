/**
 * Building issues (kept out of the public barrel).
 *
 * @internal
 * @module
 */
import { deepFreeze } from "../internal/freeze.js";
import type { IssueParams, ObservationIssue, ObservationIssueCode } from "./issues.js";
import { en } from "./locales/en.js";
import { zh } from "./locales/zh.js";

/**
 * The message of an issue in both languages, each rendered from the locale's template the first time it is read
 * and remembered after: a file with 100,000 bad rows makes 100,000 issues, and most of their messages are never
 * shown. Both are enumerable own properties of a frozen object, so the message reads, compares, clones and
 * serialises (`JSON.stringify`) exactly as a plain `{ zh, en }` would.
 *
 * @internal
 */
export function issueMessage(
  code: ObservationIssueCode,
  params: IssueParams,
): { readonly zh: string; readonly en: string } {
  let zhText: string | undefined;
  let enText: string | undefined;
  return Object.freeze({
    get zh(): string {
      zhText ??= zh[code](params);
      return zhText;
    },
    get en(): string {
      enText ??= en[code](params);
      return enText;
    },
  });
}

/**
 * Build an issue with its messages in both languages (rendered when first read, see {@link issueMessage}).
 *
 * @internal
 */
export function makeIssue(
  code: ObservationIssueCode,
  severity: "error" | "warning",
  row: number | null,
  path: readonly (string | number)[],
  params: IssueParams,
  line?: number,
): ObservationIssue {
  const frozenParams = deepFreeze({ ...params });
  const issue: ObservationIssue = {
    row,
    ...(line === undefined ? {} : { line }),
    path: Object.freeze([...path]),
    code,
    severity,
    received: params.received,
    params: frozenParams,
    message: issueMessage(code, frozenParams),
  };
  return Object.freeze(issue);
}

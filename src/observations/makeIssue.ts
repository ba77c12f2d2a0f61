/**
 * Building issues (kept out of the public barrel).
 *
 * @internal
 * @module
 */
import { deepFreeze } from "../internal/freeze.js";
import { lazyText } from "../internal/lazyText.js";
import type { IssueParams, ObservationIssue, ObservationIssueCode } from "./issues.js";
import { en } from "./locales/en.js";
import { zh } from "./locales/zh.js";

/**
 * The message of an issue in both languages, rendered from the locales' templates when first read
 * ({@link lazyText}).
 *
 * @internal
 */
export function issueMessage(
  code: ObservationIssueCode,
  params: IssueParams,
): { readonly zh: string; readonly en: string } {
  return lazyText(zh[code], en[code], params);
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

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
 * Build an issue with its messages in both languages.
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
  const issue: ObservationIssue = {
    row,
    ...(line === undefined ? {} : { line }),
    path: Object.freeze([...path]),
    code,
    severity,
    received: params.received,
    params: deepFreeze({ ...params }),
    message: Object.freeze({ zh: zh[code](params), en: en[code](params) }),
  };
  return Object.freeze(issue);
}

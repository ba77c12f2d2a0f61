/**
 * Building issues (kept out of the public barrel).
 *
 * @internal
 * @module
 */
import { freezeParams } from "../internal/freeze.js";
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
 * Build an issue with its messages in both languages (rendered when first read, see {@link issueMessage}). The
 * params and the path are copied (the caller may keep its own) and frozen.
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
  const frozenParams = freezeParams({ ...params });
  return issueOf(code, severity, row, Object.freeze([...path]), frozenParams, issueMessage(code, frozenParams), line);
}

/**
 * Build an issue from parts that are frozen already and not copied: `params` deep-frozen (see `freezeParams`), its
 * `message` rendering them (several issues about the same problem may share both). Nothing is copied or walked.
 *
 * @internal
 */
export function issueOf(
  code: ObservationIssueCode,
  severity: "error" | "warning",
  row: number | null,
  path: readonly (string | number)[],
  params: IssueParams,
  message: { readonly zh: string; readonly en: string },
  line: number | undefined,
): ObservationIssue {
  // Two literals of fixed shape, in the order the keys have always had (`line` only when known).
  return Object.freeze(
    line === undefined
      ? { row, path, code, severity, received: params.received, params, message }
      : { row, line, path, code, severity, received: params.received, params, message },
  );
}

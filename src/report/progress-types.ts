/**
 * The progress helper's contract, as the report needs it. Temporary: replaced by imports from `src/progress`
 * once that area lands.
 *
 * @internal
 * @module
 */
import type { Attribute, Comparator, TargetKind } from "../model/schema.js";

/** @internal */
export type Method = "schedule" | "growth-ratio" | "projection";
/** @internal */
export type ObservationStatus = "normal" | "provisional" | "estimated" | "forecast" | "break";
/** @internal */
export type AssessmentStatus =
  | "target-achieved"
  | "on-schedule"
  | "behind-schedule"
  | "regressing"
  | "target-missed"
  | "substantial-progress"
  | "moderate-progress"
  | "limited-progress"
  | "deterioration"
  | "on-track"
  | "accelerate"
  | "reverse-trend"
  | "not-assessable";
/** @internal */
export interface AssessmentNote {
  readonly code: string;
  readonly message: { readonly zh: string; readonly en: string };
}
/** @internal */
export interface TargetAssessment {
  readonly method: Method;
  readonly status: AssessmentStatus;
  readonly figures: Readonly<Record<string, string | null>>;
  readonly notes: readonly AssessmentNote[];
  readonly indicator: string;
  readonly target: string;
  readonly region: string;
  readonly kind: TargetKind;
  readonly comparator: Comparator;
  readonly attribute: Attribute;
  readonly baseline: { readonly year: number; readonly value: string; readonly origin: "plan" | "reported" } | null;
  readonly targetValue: string | null;
  readonly targetYear: number;
  readonly latest: { readonly year: number; readonly value: string; readonly status?: ObservationStatus } | null;
  readonly revision: string | null;
}

/**
 * The progress area's types, as the report uses them.
 *
 * @internal
 * @module
 */

export type { ObservationIssue } from "../observations/issues.js";
export type { ObservationStatus } from "../observations/schema.js";
export type {
  Assessment,
  AssessmentNote,
  AssessmentStatus,
  Method,
  PlanAssessment,
  TargetAssessment,
} from "../progress/types.js";

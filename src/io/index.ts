/**
 * `@wuwei/sti-plan/io`: file readers that turn what offices send — CSV, TSV, JSON, JSON Lines and `.xlsx`, in
 * UTF-8, GB18030 or UTF-16, long or wide tables — into rows for `validateObservations`, each row keeping its place in
 * the file; and a small `.xlsx` writer. Kept apart from the package root so that papaparse and fflate are only
 * bundled by apps that read files.
 *
 * @packageDocumentation
 */

export type { ReadRow } from "./columns.js";
export {
  type FilePlace,
  formatPlace,
  type NotDataKind,
  type ReadProblem,
  type ReadProblemCode,
  type ReadProblemMessages,
  type ReadProblemParams,
  readProblemMessages,
} from "./problems.js";
export * from "./readObservations.js";
export * from "./readObservationsCsv.js";
export * from "./readObservationsJson.js";
export type { ReadResult } from "./shared.js";
export type { TextEncodingName } from "./sniff.js";
export type { Layout } from "./table.js";
export * from "./writeXlsx.js";

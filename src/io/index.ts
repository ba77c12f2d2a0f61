/**
 * `@wuwei/sti-plan/io`: file readers that turn CSV and JSON into rows for `validateObservations`, each row keeping
 * the file line it came from. Kept apart from the package root so that papaparse is only bundled by apps that read
 * files.
 *
 * @packageDocumentation
 */
export * from "./readObservationsCsv.js";
export * from "./readObservationsJson.js";
export type { ReadResult, ReadRow } from "./shared.js";

/**
 * The one reader of ISO dates: `asOf` of the progress functions, the `effective` date of a revision, the CLI's
 * `--as-of` and the dates of a plan's document (`IsoDateSchema`) all go through it.
 *
 * @internal
 * @module
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** A calendar date read from an ISO date or date-time (the date as written, no time-zone shift). @internal */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `YYYY-MM-DD`, comparable as a string. */
  readonly iso: string;
}

/**
 * Read the calendar date of an ISO 8601 date (`2023-12-31`) or date-time with an offset
 * (`2023-12-31T23:00:00+08:00`, read as 31 December: the date written, never shifted), or `undefined` for
 * anything else, including days that do not exist (2023-02-29). `dateOnly` refuses date-times.
 *
 * @internal
 */
export function readIsoDate(value: unknown, options: { readonly dateOnly?: boolean } = {}): CalendarDate | undefined {
  if (typeof value !== "string" || value.length > 40) return undefined;
  const m = ISO_DATE.exec(value);
  if (m === null || (options.dateOnly === true && value.length !== 10)) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return { year, month, day, iso: `${m[1]}-${m[2]}-${m[3]}` };
}

/**
 * Structural stand-ins for the observation types of `src/observations`, used until that area exists.
 *
 * @internal
 * @module
 */

/** SDMX observation status as the observations area defines it. @internal */
export type ObservationStatusLike = "normal" | "provisional" | "estimated" | "forecast" | "break";

/** A reported figure, structurally identical to `Observation`. @internal */
export interface ObservationLike {
  readonly indicator: string;
  readonly region: string;
  readonly year: number;
  readonly value: string;
  readonly unit?: string;
  readonly status?: ObservationStatusLike;
  readonly source?: string;
  readonly note?: string;
}

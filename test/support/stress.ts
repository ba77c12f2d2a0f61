/**
 * The per-test timeout of the stress cases (a million rows, 100,000-line files, a 10 MB cell): ten minutes, far
 * above what they take on a slow 2-core machine (under a minute), so it only ever stops a real hang. Their speed is
 * measured, with budgets, by `npm run bench`.
 */
export const STRESS_TIMEOUT = 600_000;

import { expect } from "vitest";

/** Assertion used by instrumented doc examples: `actual //=> expected`. */
export function __check(actual: () => unknown, expected: () => unknown, line: number): void {
  expect(actual(), `example line ${line}`).toEqual(expected());
}

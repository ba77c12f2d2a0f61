/**
 * Run `fn` and return the error of class `type` it throws. Another error is thrown on, and returning without one
 * fails the test, so a test of the error's fields can never pass on a call that did not throw.
 */
export function thrown<E extends Error>(type: abstract new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}

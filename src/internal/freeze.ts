/**
 * Recursively freeze a plain-data value and return it with a readonly type.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Arrays by index and objects by their own keys: Reflect.ownKeys would also list an array's "length" and give
    // every index as a string, which costs seconds on a national scorecard. Symbol keys are not used in the data.
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value as DeepReadonly<T>;
}

/**
 * A type with every property, element and nested property made readonly.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from "@wuwei/sti-plan";
 * const point: DeepReadonly<{ xy: number[] }> = { xy: [1, 2] };
 * point.xy.length; //=> 2
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * Freeze an object of issue or note params the caller has just built, and the values it holds: texts and numbers,
 * lists of them and `{ zh, en }` names, so one level of nesting. Nested objects that are frozen already (the plan's
 * names, a list shared between issues) are not walked again; one that is not (deeper than the params' types allow)
 * is deep-frozen.
 *
 * @internal
 */
export function freezeParams<T extends object>(params: T): DeepReadonly<T> {
  Object.freeze(params);
  for (const key in params) {
    const value = params[key];
    if (typeof value === "object" && value !== null && !Object.isFrozen(value)) deepFreeze(value);
  }
  return params as DeepReadonly<T>;
}

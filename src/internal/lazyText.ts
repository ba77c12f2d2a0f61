/**
 * A message in both languages, each rendered from its template the first time it is read and remembered after:
 * a file with 100,000 bad rows makes 100,000 issues, a national assessment hundreds of thousands of notes, and most
 * of their messages are never shown. Both are enumerable own properties of a frozen object, so the message reads,
 * compares, clones and serialises (`JSON.stringify`) exactly as a plain `{ zh, en }` would.
 *
 * @internal
 */
export function lazyText<P>(
  zhTemplate: (params: P) => string,
  enTemplate: (params: P) => string,
  params: P,
): { readonly zh: string; readonly en: string } {
  let zh: string | undefined;
  let en: string | undefined;
  return Object.freeze({
    get zh(): string {
      zh ??= zhTemplate(params);
      return zh;
    },
    get en(): string {
      en ??= enTemplate(params);
      return en;
    },
  });
}

/**
 * Whether a value in unit `from` can be expressed in unit `to`: the same unit, or two units of a scaled family
 * (currency, ratio) that differ by a power of ten. Counts of different things (家, 个, 名) never convert, nor do
 * percentages, ranks or per-capita figures of different units.
 *
 * @internal
 */
export function convertible(
  from: { readonly id: string; readonly dimension: string },
  to: { readonly id: string; readonly dimension: string },
): boolean {
  if (from.id === to.id) return true;
  return from.dimension === to.dimension && (from.dimension === "currency" || from.dimension === "ratio");
}

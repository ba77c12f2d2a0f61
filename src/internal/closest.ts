/**
 * Suggest the candidates closest to a misspelt key (Levenshtein distance on code points).
 *
 * @internal
 */
export function closest(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = [...input.toLowerCase()];
  const scored = candidates.map((candidate) => {
    const hay = [...candidate.toLowerCase()];
    const distance = levenshtein(needle, hay);
    const contains =
      candidate.toLowerCase().includes(input.toLowerCase()) || input.toLowerCase().includes(candidate.toLowerCase());
    return { candidate, score: contains ? Math.min(distance, 1) : distance };
  });
  const limit = Math.max(2, Math.ceil(needle.length / 2));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((s) => s.candidate);
}

function levenshtein(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

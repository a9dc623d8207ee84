/** A row of an alignment: an item of the left sequence, of the right one, or a matched pair. */
export interface AlignedPair<T> {
  readonly left: T | null;
  readonly right: T | null;
}

/** Longest common subsequence of the two key sequences, as index pairs in increasing order. */
function commonSubsequence(left: readonly string[], right: readonly string[]): Array<[number, number]> {
  const lengths = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i -= 1) {
    for (let j = right.length - 1; j >= 0; j -= 1) {
      const row = lengths[i] as number[];
      const below = lengths[i + 1] as number[];
      row[j] = left[i] === right[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return pairs;
}

/**
 * Aligns two ordered sequences: items are matched by the first key in order (longest common subsequence); the items
 * left between two matches are aligned again by the next key, and so on; what is still unmatched stands alone,
 * the left version's first. Example: steps matched by role+kind, then the rest by kind (a signing step done by the
 * executor on one side and by the head on the other becomes one row).
 */
export function alignSequences<T>(left: readonly T[], right: readonly T[], keys: ReadonlyArray<(item: T) => string>): AlignedPair<T>[] {
  const [key, ...coarserKeys] = keys;
  if (!key) return [...left.map((item) => ({ left: item, right: null })), ...right.map((item) => ({ left: null, right: item }))];
  const pairs = commonSubsequence(left.map(key), right.map(key));
  const rows: AlignedPair<T>[] = [];
  let i = 0;
  let j = 0;
  for (const [li, ri] of [...pairs, [left.length, right.length] as [number, number]]) {
    rows.push(...alignSequences(left.slice(i, li), right.slice(j, ri), coarserKeys));
    const l = left[li];
    const r = right[ri];
    if (l !== undefined && r !== undefined) rows.push({ left: l, right: r });
    i = li + 1;
    j = ri + 1;
  }
  return rows;
}

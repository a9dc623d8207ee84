import { describe, expect, it } from 'vitest';
import { alignSequences } from '../../src/core/comparison/align-sequences.ts';

const byItself = (s: string) => s;
const row = (left: string | null, right: string | null) => ({ left, right });

describe('alignSequences', () => {
  it('should match equal keys in order and leave the rest alone, the left first', () => {
    expect(alignSequences(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'], [byItself])).toEqual([
      row('a', 'a'),
      row('b', null),
      row(null, 'x'),
      row('c', 'c'),
      row('d', 'd'),
      row(null, 'e'),
    ]);
  });

  it('should align what is left between two matches by the coarser key', () => {
    // role:kind first, then kind: a signing by the executor beside a signing by the head becomes one row.
    const left = ['clerk:register', 'executor:decide', 'executor:sign', 'system:automatic'];
    const right = ['clerk:register', 'executor:decide', 'head:sign', 'clerk:issue'];
    const kind = (s: string) => s.split(':')[1]!;
    expect(alignSequences(left, right, [byItself, kind])).toEqual([
      row('clerk:register', 'clerk:register'),
      row('executor:decide', 'executor:decide'),
      row('executor:sign', 'head:sign'),
      row('system:automatic', null),
      row(null, 'clerk:issue'),
    ]);
  });

  it('should handle empty sequences', () => {
    expect(alignSequences([], ['a'], [byItself])).toEqual([row(null, 'a')]);
    expect(alignSequences(['a'], [], [byItself])).toEqual([row('a', null)]);
    expect(alignSequences([], [], [byItself])).toEqual([]);
  });
});

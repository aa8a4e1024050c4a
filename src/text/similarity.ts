import { editDistance } from './distance.js';

/**
 * Character similarity in [0, 1]: 1 minus the edit distance over the longer length. Bounded: when
 * the two cannot reach `atLeast`, it stops early and returns a value below it.
 */
export function similarity(a: string, b: string, atLeast = 0): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const max = Math.floor((1 - atLeast) * longest);
  return 1 - editDistance(a, b, max) / longest;
}

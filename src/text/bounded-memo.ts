/**
 * A memo of a pure function by its string argument, bounded: one speller serves a whole run (10,000
 * documents in one process), so an unbounded memo grows with every distinct word it ever meets.
 * Two generations: answers go into the young map; when it holds `cap` entries it becomes the old
 * one (the previous old one is dropped) and an answer found there is moved back to the young one.
 * So at most 2 x `cap` answers are held, the words met recently stay, and a hit costs one or two
 * map look-ups (an LRU's order-keeping would cost a delete and a set on every hit). A small map
 * is also a faster one: the prose's common words stay in the cache of the processor.
 */
export function boundedMemo<T>(compute: (key: string) => T, cap: number): (key: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (key) => {
    let value = young.get(key);
    if (value !== undefined || young.has(key)) return value as T;
    value = old.has(key) ? (old.get(key) as T) : compute(key);
    if (young.size >= cap) [old, young] = [young, new Map()];
    young.set(key, value);
    return value;
  };
}

/**
 * A memo of a pure function by its string argument, bounded: one speller serves a whole run (10,000
 * documents in one process), so an unbounded memo grows with every distinct word it ever meets.
 * Two generations: answers go into the young map; when it holds `cap` entries it becomes the old
 * one (the previous old one is dropped) and an answer found there is moved back to the young one.
 * So at most 2 x `cap` answers are held, the words met recently stay, and a hit costs one or two
 * map look-ups (an LRU's order-keeping would cost a delete and a set on every hit). Answers may be
 * anything but undefined, which marks a key not held.
 *
 * In front of them a small map of the `hotCap` keys asked for last (emptied when full): the
 * prose's common words, asked for by every document, are found there. A look-up in the large maps
 * among a linter's other work waits on memory (in the engine, the typo rule spent a fifth of its
 * time in them); the small one stays in the processor's cache.
 */
export function boundedMemo<T extends {} | null>(compute: (key: string) => T, cap: number, hotCap = 2_000): (key: string) => T {
  let hot = new Map<string, T>();
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  // An answer is never undefined, so one look-up a map tells whether it holds the key.
  return (key) => {
    let value = hot.get(key);
    if (value !== undefined) return value;
    value = young.get(key);
    if (value === undefined) {
      value = old.get(key);
      if (value === undefined) value = compute(key);
      if (young.size >= cap) [old, young] = [young, new Map()];
      young.set(key, value);
    }
    if (hot.size >= hotCap) hot = new Map();
    hot.set(key, value);
    return value;
  };
}

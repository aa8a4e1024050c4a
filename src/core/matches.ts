/**
 * The matches of a global regular expression, as `text.matchAll(pattern)` gives them (from the
 * pattern's lastIndex, which it leaves as it was), read with the pattern object itself. `matchAll` reads with a copy of the pattern, and V8 compiles the copy
 * afresh once its compilation cache has aged out (a few garbage collections, so on most
 * documents of a run): 0.5-3 ms for a pattern of Unicode classes (`\p{L}`), on every call, where
 * the pattern's own object keeps its compiled code (bench/regexp-copies.js measures both).
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  // Where the next search starts, kept here and the pattern's lastIndex put back at once: the loop
  // over these matches may read with the same pattern (another text, or `test` elsewhere).
  const start = pattern.lastIndex;
  let from = start;
  while (from <= text.length) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    const next = pattern.lastIndex;
    pattern.lastIndex = start;
    if (!m) return;
    // An empty match moves on by one character (a code point in Unicode mode), as matchAll does.
    from = m[0].length > 0 ? next : m.index + (pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    yield m;
  }
}

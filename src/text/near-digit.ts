/**
 * The first match of a pattern every match of which holds an ASCII digit near its start (an
 * amount, a grade), found from the text's digits: the pattern is tried only at the few places
 * before each digit, not at every character of the text. On the kind decision's texts (the
 * corpus's 389 documents, 2 MB) 8 ms a pass through `exec`, 2 ms this way.
 */
const digit = /[0-9]/g;

/**
 * What `pattern.exec(text)` would give for the same pattern without the sticky flag: `pattern`
 * must be sticky (`y`), and each of its matches must hold a digit at most `reach` characters after
 * its start. Starts are tried in order, each once, so the first found is the leftmost.
 */
export function firstNearDigit(pattern: RegExp, reach: number, text: string): RegExpExecArray | null {
  if (!pattern.sticky) throw new Error(`firstNearDigit needs a sticky pattern: ${pattern}`);
  digit.lastIndex = 0;
  let next = 0;
  // `test` finds each digit without making a match array for it (a document has thousands).
  while (digit.test(text)) {
    const at = digit.lastIndex - 1;
    for (let start = Math.max(next, at - reach); start <= at; start++) {
      pattern.lastIndex = start;
      const found = pattern.exec(text);
      if (found) return found;
    }
    next = at + 1;
    digit.lastIndex = next;
  }
  return null;
}

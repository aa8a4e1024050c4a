/**
 * A large pattern's test, its top-level alternatives compiled a few at a time, each group on its
 * first use. V8 compiles a pattern on its first test, and for an alternation of some thirty
 * phrases the cost grows faster than the pattern (`requirementSentences`: 37 ms whole, 10 ms as
 * its thirty alternatives compiled one by one): paid once a process, but on every run. Split, the
 * groups a text never reaches (another language's phrases, for most documents) are never
 * compiled. `\b(?:A|B)\b` is tested as `\b(?:A)\b` or `\b(?:B)\b`, the same answer for `test`;
 * a pattern with back-references or a global or sticky flag is tested whole.
 */

/** How many alternatives a group holds. */
const perGroup = 6;

export function alternationTest(pattern: RegExp): (text: string) => boolean {
  const alternatives = pattern.flags.includes('g') || pattern.flags.includes('y') || /\\[1-9]|\\k</.test(pattern.source) ? [pattern.source] : distributed(pattern.source);
  const groups: string[] = [];
  for (let i = 0; i < alternatives.length; i += perGroup) groups.push(alternatives.slice(i, i + perGroup).join('|'));
  const compiled: (RegExp | undefined)[] = groups.map(() => undefined);
  return (text) => groups.some((source, k) => (compiled[k] ??= new RegExp(source, pattern.flags)).test(text));
}

/**
 * The top-level alternatives of a pattern, an alternative of the form `\b(?:A|B|…)\b` (a shared
 * group between shared edges) given as `\b(?:A)\b`, `\b(?:B)\b`, … .
 */
export function distributed(source: string): string[] {
  return splitTop(source).flatMap((alternative) => {
    const m = /^(\\b)?\(\?:/.exec(alternative);
    if (!m) return [alternative];
    const close = closingParen(alternative, m[0].length - 3);
    const after = alternative.slice(close + 1);
    if (close < 0 || !/^(?:\\b)?$/.test(after)) return [alternative];
    const before = m[1] ?? '';
    return splitTop(alternative.slice(m[0].length, close)).map((inner) => `${before}(?:${inner})${after}`);
  });
}

/** The pattern's alternatives at depth 0: `|` outside groups, classes and escapes. */
function splitTop(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Where the group opened at `open` closes, or -1. */
function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

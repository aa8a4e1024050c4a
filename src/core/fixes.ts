import type { Fix, Finding } from './types.js';

/**
 * `text` with the fixes of `findings` applied, in document order; one that overlaps an earlier one
 * is left out, to be made on a later pass. `offset` is where `text` starts in the document the
 * ranges count in (a line of it, for a suggested change). `applied` counts the fixes made.
 */
export function applyFixes(text: string, findings: readonly Finding[], offset = 0): { text: string; applied: number } {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a: Fix, b: Fix) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const { range, text: replacement } of fixes) {
    const [start, end] = [range[0] - offset, range[1] - offset];
    if (start < at || end > text.length) continue;
    out += text.slice(at, start) + replacement;
    at = end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

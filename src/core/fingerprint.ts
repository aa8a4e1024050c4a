/**
 * A short, stable hash of a text: two 32-bit FNV-1a hashes with different seeds, 16 hex digits.
 * For telling reported items apart across runs (a suggested change, a code-quality issue), not a
 * security measure.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5 | 1) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The fingerprints of one file's findings, in their order: the file, rule, message and how many
 * times that same finding came before in the file, never the line, so a finding that only moves
 * (lines added above it) keeps its fingerprint and two alike in one file stay two. The GitLab
 * Code Quality report and the baseline both identify findings so.
 */
export function findingFingerprints(file: string, messages: readonly { ruleId: string; message: string }[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const key = `${file}\n${m.ruleId}\n${m.message}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return fingerprint(`${key}\n${occurrence}`);
  });
}

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

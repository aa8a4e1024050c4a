/**
 * What a UTF-16 code unit is, asked by its code: a scan over a text's characters asks this of every
 * one, and a regular expression tested on a string made for each character cost most of such scans
 * (curly quotes and dashes, outside ASCII, stand in most prose).
 */

/** White space as `\s` and `trim` read it: ECMAScript's WhiteSpace and LineTerminator. */
export function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Per code unit past ASCII: 0 not yet asked, 1 a letter (`\p{L}`), 2 not one. */
const letters = new Uint8Array(0x10000);

/** Whether the code unit is a letter (`\p{L}`; a surrogate alone is none), remembered per code unit past ASCII. */
export function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let known = letters[code]!;
  if (known === 0) letters[code] = known = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Whether the code unit is a capital letter (one that lower case changes). */
export function isUpperCode(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
}

/** See ascii-only.js: the source with its escapable non-ASCII characters escaped, and the lines of those it left. */
export function asciiOnly(source: string): { text: string; kept: number[] };

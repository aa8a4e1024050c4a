/**
 * What the bytes of a file are, before anything tries to read them as text: a known binary format,
 * NUL bytes (git's test for binary), or text with a byte-order mark naming its encoding.
 */

const signatures: { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP or RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or a .docx/.xlsx document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'Word 97-2003 document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type ByteKind =
  | { kind: 'text'; encoding: Encoding; bomLength: number }
  | { kind: 'binary'; reason: string };

/** How far into a file to look for NUL bytes, as git does. */
const sniffLength = 8000;

export function inspectBytes(bytes: Uint8Array): ByteKind {
  const starts = (prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts([0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (starts([0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (starts([0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };
  for (const signature of signatures) {
    if (bytes.length >= signature.bytes.length && starts(signature.bytes)) return { kind: 'binary', reason: `a ${signature.name}` };
  }
  const nul = bytes.subarray(0, sniffLength).indexOf(0);
  if (nul >= 0) return { kind: 'binary', reason: `binary data (a NUL byte at offset ${nul})` };
  return { kind: 'text', encoding: 'utf-8', bomLength: 0 };
}

/** Limits past which the Markdown parser's cost grows faster than the text (measured: 1,000 nested list items take 38 s). */
export const complexityLimits = { quoteDepth: 100, listIndent: 200, delimiterRun: 1000 };

/**
 * A linear scan for the shapes that make Markdown parsing super-linear: block quotes nested past
 * 100 levels, list items indented past 200 columns (about 100 levels of nesting), and runs of
 * more than 1,000 emphasis, code or bracket characters. No role document comes near them.
 */
export function tooComplex(text: string): { line: number; what: string } | undefined {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const what = complexLine(text, start, end);
    if (what) return { line, what };
    if (text[end] === '\r' && text[end + 1] === '\n') end++;
    start = end + 1;
    line++;
  }
  return undefined;
}

function complexLine(text: string, start: number, end: number): string | undefined {
  let quotes = 0;
  let indent = 0;
  let i = start;
  for (; i < end; i++) {
    const c = text[i];
    if (c === '>') quotes++;
    else if (c === ' ') indent++;
    else if (c === '\t') indent += 4;
    else break;
  }
  if (quotes > complexityLimits.quoteDepth) return `block quotes nested ${quotes} deep`;
  if (quotes === 0 && indent > complexityLimits.listIndent && /^([-*+]|\d{1,9}[.)])(\s|$)/.test(text.slice(i, Math.min(end, i + 11)))) {
    return `a list item indented ${indent} columns (about ${Math.floor(indent / 2)} levels of nesting)`;
  }
  let run = 1;
  for (let k = start + 1; k < end; k++) {
    run = text[k] === text[k - 1] ? run + 1 : 1;
    if (run > complexityLimits.delimiterRun && '*_[]`~'.includes(text[k]!)) return `a run of ${run}+ \`${text[k]}\` characters`;
  }
  return undefined;
}

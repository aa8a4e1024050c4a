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

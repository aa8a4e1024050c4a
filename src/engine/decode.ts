/**
 * Bytes to text. Invalid UTF-8 does not stop linting: the bad bytes become U+FFFD, and the first
 * one is located (line, column, byte) so the finding can point at it.
 */
import { inspectBytes, type Encoding } from './guard.js';

export interface Decoded {
  text: string;
  /** The first invalid byte, when the bytes are not valid in their encoding. */
  invalid?: { line: number; column: number; byte: number };
}

/** The web-standard decoder Node provides globally. */
type Decoder = InstanceType<typeof TextDecoder>;
const fatal = new Map<Encoding, Decoder>();
const lenient = new Map<Encoding, Decoder>();
const decoder = (cache: Map<Encoding, Decoder>, encoding: Encoding, isFatal: boolean) => {
  let d = cache.get(encoding);
  if (!d) cache.set(encoding, (d = new TextDecoder(encoding, { fatal: isFatal, ignoreBOM: true })));
  return d;
};

export function decodeBytes(bytes: Uint8Array, encoding: Encoding, bomLength: number): Decoded {
  const body = bytes.subarray(bomLength);
  try {
    return { text: decoder(fatal, encoding, true).decode(body) };
  } catch {
    const text = decoder(lenient, encoding, false).decode(body);
    if (encoding !== 'utf-8') return { text, invalid: { line: 1, column: 1, byte: bomLength } };
    const offset = firstInvalidUtf8(body);
    const lineStart = Math.max(body.lastIndexOf(0x0a, offset - 1), body.lastIndexOf(0x0d, offset - 1)) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) {
      if (body[i] === 0x0a || (body[i] === 0x0d && body[i + 1] !== 0x0a)) line++;
    }
    const column = decoder(lenient, encoding, false).decode(body.subarray(lineStart, offset)).length + 1;
    return { text, invalid: { line, column, byte: bomLength + offset } };
  }
}

/** A document's bytes as text, with the encoding and byte-order mark read; undefined for binary data. */
export function decodeDocument(bytes: Uint8Array): (Decoded & { encoding: Encoding; bomLength: number }) | undefined {
  const inspected = inspectBytes(bytes);
  if (inspected.kind !== 'text') return undefined;
  return { ...decodeBytes(bytes, inspected.encoding, inspected.bomLength), encoding: inspected.encoding, bomLength: inspected.bomLength };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else return i;
    if (i + length > bytes.length) return i;
    let cp = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

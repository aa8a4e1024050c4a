/**
 * The suggestion scan's index of its candidate table (sorted-table.ts): the keys of each first
 * letter (a-z) and length, as where each stands in the table's text, with the letters each has
 * (letterMasks). It is compiled with the table (dictionaries.ts), so that a run's first
 * suggestions read the candidates they need instead of first passing over the table's 211,000
 * lines (15-25 ms in a fresh process).
 *
 * Layout, as 32-bit integers (little-endian in a file): for each letter and each length below
 * `indexLengths`, the group's offset in the array and its size n; then, per group, its n starts,
 * then its n masks of letters had once, n of letters had twice and n of three times: a scan reads
 * the first kind for every candidate, the others for the few that pass it.
 */
import type { SortedTable } from './sorted-table.js';

/** Room for keys up to this length less one: the longest dictionary word has 45 letters. */
const indexLengths = 64;
const letters = 26;
const headerSize = 2 * letters * indexLengths;

/** Candidates of one first letter and one length: where each starts in `text`, and its masks (letterMasks). */
export interface CandidateGroup {
  text: string;
  starts: Int32Array;
  once: Int32Array;
  twice: Int32Array;
  thrice: Int32Array;
}

/**
 * Which letters the characters of `text` from `start` to `end` have once or more, twice or more
 * and three times or more, as three masks (a bit for each of a-z, one for anything else) written to
 * `out` from `at`. Where two words' counts of a letter differ by n, at most n of its bits differ.
 */
export function letterMasks(text: string, start: number, end: number, out: Int32Array | number[], at: number): void {
  let once = 0;
  let twice = 0;
  let thrice = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 97;
    const bit = 1 << (c >= 0 && c < 26 ? c : 26);
    thrice |= twice & bit;
    twice |= once & bit;
    once |= bit;
  }
  out[at] = once;
  out[at + 1] = twice;
  out[at + 2] = thrice;
}

/** The index of a table whose keys start with a-z (others are not indexed), in the layout above. */
export function candidateIndex(table: SortedTable): Int32Array {
  const starts: number[][] = [];
  const masks: [number[], number[], number[]][] = [];
  const own = [0, 0, 0];
  for (let letter = 0; letter < letters; letter++) {
    table.eachKeyWithPrefix(String.fromCharCode(97 + letter), (keys, start, end) => {
      const length = end - start;
      if (length >= indexLengths) throw new Error(`candidate \`${keys.slice(start, end)}\` is longer than the index has room for (${indexLengths - 1})`);
      const slot = letter * indexLengths + length;
      (starts[slot] ??= []).push(start);
      const group = (masks[slot] ??= [[], [], []]);
      letterMasks(keys, start, end, own, 0);
      for (let k = 0; k < 3; k++) group[k]!.push(own[k]!);
    });
  }
  const size = headerSize + starts.reduce((sum, group) => sum + 4 * group.length, 0);
  const index = new Int32Array(size);
  let offset = headerSize;
  starts.forEach((group, slot) => {
    index[2 * slot] = offset;
    index[2 * slot + 1] = group.length;
    index.set(group, offset);
    masks[slot]!.forEach((kind, k) => index.set(kind, offset + (k + 1) * group.length));
    offset += 4 * group.length;
  });
  return index;
}

/** The index as a file's bytes, little-endian whatever the machine. */
export function candidateIndexBytes(index: Int32Array): Uint8Array {
  const bytes = new Uint8Array(4 * index.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < index.length; i++) view.setInt32(4 * i, index[i]!, true);
  return bytes;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The index read from a file's bytes: a view of them where the machine is little-endian and they are aligned. */
export function candidateIndexOf(bytes: Uint8Array): Int32Array {
  if (bytes.length % 4 !== 0 || bytes.length < 4 * headerSize) throw new Error('the suggestion index is damaged: reinstall rolelint');
  if (littleEndian && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return Int32Array.from({ length: bytes.length / 4 }, (_, i) => view.getInt32(4 * i, true));
}

/** A scan's look-up of the groups it reads, each made once. */
export function candidateGroups(text: string, index: Int32Array): (letter: string, length: number) => CandidateGroup | undefined {
  const made: (CandidateGroup | null | undefined)[] = [];
  return (letter, length) => {
    const code = letter.charCodeAt(0) - 97;
    if (code < 0 || code >= letters || length >= indexLengths) return undefined;
    const slot = code * indexLengths + length;
    let group = made[slot];
    if (group === undefined) {
      const offset = index[2 * slot]!;
      const count = index[2 * slot + 1]!;
      const part = (k: number) => index.subarray(offset + k * count, offset + (k + 1) * count);
      made[slot] = group = count === 0 ? null : { text, starts: part(0), once: part(1), twice: part(2), thrice: part(3) };
    }
    return group ?? undefined;
  };
}

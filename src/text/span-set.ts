/**
 * A set of words, asked about a word as a span of a text, so no string is made for it: the typo
 * rule meets most words of a document in this set (the prose's common words, known to the
 * dictionaries), and a string sliced and looked up in a map for each was most of its time. The
 * words are held in flat arrays (their characters, and a table of slots by hash), small enough to
 * stay in the processor's cache among a linter's other work. It holds at most `cap` words and
 * takes no more once full: the words met first are the common ones.
 */
export class SpanSet {
  readonly #cap: number;
  readonly #mask: number;
  /** Each slot's word: where its characters start in #chars (-1: empty), its length and hash. */
  readonly #offset: Int32Array;
  readonly #length: Int32Array;
  readonly #hash: Int32Array;
  readonly #chars: Uint16Array;
  /** The longest word the set takes. */
  readonly maxLength: number;
  #used = 0;
  #size = 0;

  constructor(cap = 8_192, maxLength = 32) {
    this.#cap = cap;
    // At most half the slots used, so a probe ends soon at an empty one.
    let slots = 2;
    while (slots < cap * 2) slots *= 2;
    this.#mask = slots - 1;
    this.#offset = new Int32Array(slots).fill(-1);
    this.#length = new Int32Array(slots);
    this.#hash = new Int32Array(slots);
    this.#chars = new Uint16Array(cap * Math.min(maxLength, 12));
    this.maxLength = maxLength;
  }

  get size(): number {
    return this.#size;
  }

  /** Whether the characters of `text` from `start` to `end` are a word of the set. */
  has(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (length > this.maxLength) return false;
    const hash = spanHash(text, start, end);
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const at = this.#offset[slot]!;
      if (at === -1) return false;
      if (this.#hash[slot] === hash && this.#length[slot] === length && this.#sameAt(at, text, start, length)) return true;
    }
  }

  /** Adds `word`, unless the set is full, the word longer than `maxLength`, or its characters would not fit. */
  add(word: string): void {
    const length = word.length;
    if (this.#size >= this.#cap || length > this.maxLength || this.#used + length > this.#chars.length || this.has(word, 0, length)) return;
    const hash = spanHash(word, 0, length);
    let slot = hash & this.#mask;
    while (this.#offset[slot] !== -1) slot = (slot + 1) & this.#mask;
    this.#offset[slot] = this.#used;
    this.#length[slot] = length;
    this.#hash[slot] = hash;
    for (let i = 0; i < length; i++) this.#chars[this.#used++] = word.charCodeAt(i);
    this.#size++;
  }

  #sameAt(at: number, text: string, start: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.#chars[at + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }
}

/** FNV-1a over UTF-16 code units. */
function spanHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

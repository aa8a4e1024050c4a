/**
 * A read-only `key<TAB>value` table kept as the text it was read from, lines sorted by key in
 * code-unit order. Lookups are binary searches over the text, so opening a table of 90,000 lines
 * costs nothing beyond reading it: no map is built for the few words a run ever looks up.
 */
export class SortedTable {
  readonly #text: string;

  /** `text` must be sorted by key as JavaScript compares strings (`sortedTableText` writes it so). */
  constructor(text: string) {
    this.#text = text;
  }

  /** The text it reads, for an index of where its keys stand (candidate-index.ts). */
  get text(): string {
    return this.#text;
  }

  get(key: string): string | undefined {
    const text = this.#text;
    const start = this.#firstNotBelow(key);
    const tab = text.indexOf('\t', start);
    return start < text.length && text.slice(start, tab) === key ? text.slice(tab + 1, lineEnd(text, start)) : undefined;
  }

  /**
   * Every key that starts with `prefix`, in order, as where it stands in the table's text (`text`
   * from `start` to `end`): no string is made for a key.
   */
  eachKeyWithPrefix(prefix: string, visit: (text: string, start: number, end: number) => void): void {
    const text = this.#text;
    for (let start = this.#firstNotBelow(prefix); start < text.length; ) {
      const end = text.indexOf('\t', start);
      if (!text.startsWith(prefix, start)) break;
      visit(text, start, end);
      start = lineEnd(text, end) + 1;
    }
  }

  /** Where the first line whose key is not below `key` starts (the text's length if none). */
  #firstNotBelow(key: string): number {
    const text = this.#text;
    let low = 0;
    let high = text.length;
    // Invariant: that line starts in [low, high].
    while (low < high) {
      const start = lineStart(text, (low + high) >>> 1);
      if (text.slice(start, text.indexOf('\t', start)) < key) low = lineEnd(text, start) + 1;
      else high = start;
    }
    return low;
  }
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end === -1 ? text.length : end;
}

/** The text of a table: one `key<TAB>value` line per entry, sorted; keys hold no tab or newline. */
export function sortedTableText(entries: Iterable<[string, string]>): string {
  const lines = [...entries].map(([key, value]) => {
    if (/[\t\n]/.test(key) || value.includes('\n')) throw new Error(`table key or value \`${key}\` holds a tab or newline`);
    return `${key}\t${value}`;
  });
  // Sort on the key alone: a tab sorts before any printable character, but compare keys to be sure.
  lines.sort((a, b) => {
    const x = a.slice(0, a.indexOf('\t'));
    const y = b.slice(0, b.indexOf('\t'));
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return lines.join('\n') + '\n';
}

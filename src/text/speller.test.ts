import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeTrie } from 'cspell-trie-lib';
import { describe, expect, it, vi } from 'vitest';
import { SortedTable } from './sorted-table.js';
import { candidateIndexOf } from './candidate-index.js';
import { caseFreeTest, createSpeller, listedWords, openDictionaries } from './speller.js';
import { typingCost } from './typing-cost.js';

// The compiled data the bundle ships (dist/dicts/), with a correction list of the test's own.
const dicts = path.resolve(import.meta.dirname, '../../dist/dicts');
const read = (name: string) => new Uint8Array(readFileSync(path.join(dicts, name)));

function spellerListing(listed: Record<string, string[]>) {
  return createSpeller({
    tries: ['en_US.btrie', 'en_GB.btrie', 'terms.btrie'].map((name) => ({ name, data: read(name) })),
    misspelt: [],
    forSuggestions: () => ({ candidates: new SortedTable(new TextDecoder().decode(read('candidates.tsv'))), index: candidateIndexOf(read('candidates.index')), corrections: (word) => listed[word] }),
  });
}

describe('speller suggestions', () => {
  // The scan rules most candidates out by their letters before it computes a typing cost: it
  // must keep every one a scan of the whole table keeps. The speller's reach (2.2) and the weight
  // of a word's frequency (0.2) as speller.ts has them; capitalised words, which are not split.
  it('keep every known word within reach of the typed word, ranked as the whole table ranks them', () => {
    const speller = spellerListing({});
    const table = new TextDecoder().decode(read('candidates.tsv')).split('\n').filter(Boolean).map((line) => line.split('\t') as [string, string]);
    const slips = [(w: string) => w.slice(0, 2) + w.slice(3), (w: string) => w.slice(0, 3) + w[2] + w.slice(3), (w: string) => w.slice(1, 2) + w.slice(0, 1) + w.slice(2), (w: string) => w.slice(0, -2) + 'e' + w.slice(-1)];
    const typed = table.filter(([word], i) => i % 1999 === 0 && word.length >= 4).map(([word], i) => slips[i % slips.length]!(word));
    expect(typed.length).toBeGreaterThan(40);
    for (const word of typed) {
      const expected = table
        .filter(([c]) => c !== word && (c[0] === word[0] || c[0] === word[1]) && Math.abs(c.length - word.length) <= 2 && typingCost(word, c) <= 2.2 && speller.isKnown(c))
        .map(([c, count]) => ({ c, s: typingCost(word, c) - 0.2 * Math.log10(Number(count) + 1) }))
        .sort((a, b) => a.s - b.s || a.c.localeCompare(b.c))
        .slice(0, 3)
        .map(({ c }) => c[0]!.toUpperCase() + c.slice(1));
      expect(speller.suggest(word[0]!.toUpperCase() + word.slice(1), 3).map((c) => c[0]!.toUpperCase() + c.slice(1)), word).toEqual(expected);
    }
  });

  it("keep a listed word's corrections first and in the list's order when a compound joins them", () => {
    // `t-shirts` is offered for `tshirts` as a compound missing its hyphen; the list comes first, as written.
    expect(spellerListing({ tshirts: ['tee', 'shirts'] }).suggest('tshirts', 3)).toEqual(['tee', 'shirts', 't-shirts']);
  });
});

describe('the case-free test of a dictionary', () => {
  const names = ['en_US.btrie', 'en_GB.btrie', 'terms.btrie'];
  // Every 61st word of each trie as stored (with cspell's `~` and compound marks), in lower case,
  // capitalised and in capitals, and one letter dropped or two swapped; and words of other scripts.
  const sample: string[] = ['', 'a', 'I', "don't", 'café', 'Café', 'CAFÉ', 'naïve', 'Zürich', 'résumé', 'cafe\u0301', 'Ａpple', 'straße', 'Ωmega'];
  for (const name of names) {
    let n = 0;
    for (const word of decodeTrie(read(name) as Uint8Array<ArrayBuffer>).words()) {
      if (n++ % 61 !== 0) continue;
      const lower = word.toLowerCase();
      sample.push(word, lower, lower.charAt(0).toUpperCase() + lower.slice(1), word.toUpperCase(), word.slice(0, -2) + word.slice(-1), word.slice(1, 2) + word.slice(0, 1) + word.slice(2));
    }
  }

  it("answers as cspell's own test, case ignored, for every word of every dictionary", () => {
    const dictionaries = openDictionaries(names.map((name) => ({ name, data: read(name) })));
    let accepted = 0;
    for (const dictionary of dictionaries) {
      const test = caseFreeTest(dictionary);
      for (const word of sample) {
        const expected = dictionary.has(word, { ignoreCase: true });
        if (test(word) !== expected) expect.fail(`${dictionary.name}: \`${word}\` is ${expected ? 'accepted' : 'not accepted'} by cspell`);
        if (expected) accepted++;
      }
    }
    // Both answers are asked many times over.
    expect(sample.length).toBeGreaterThan(30_000);
    expect(accepted).toBeGreaterThan(sample.length / 2);
    expect(accepted).toBeLessThan(sample.length * 2);
  });

  it("reads a misspelling list's words as its trie holds them", () => {
    for (const name of ['misspellings-en.btrie', 'misspellings-en-us.btrie', 'misspellings-en-gb.btrie']) {
      const trie = decodeTrie(read(name) as Uint8Array<ArrayBuffer>);
      const listed = listedWords(read(name));
      const asked = [...sample, ...listed, ...[...listed].map((w) => w.toUpperCase()), ...[...listed].map((w) => `${w}s`)];
      expect(asked.filter((word) => listed.has(word) !== trie.has(word))).toEqual([]);
      expect(listed.size).toBeGreaterThan(10);
    }
  });

  it('asks the trie, not cspell, of a word of ASCII characters', () => {
    const [dictionary] = openDictionaries([{ name: 'en_US.btrie', data: read('en_US.btrie') }]);
    const has = vi.spyOn(dictionary!, 'has');
    const test = caseFreeTest(dictionary!);
    expect([test('Engineering'), test('ENGINEERING'), test('engineerring'), test('café')]).toEqual([true, true, false, true]);
    // Only the word with an accent went through cspell.
    expect(has.mock.calls.map((call) => call[0])).toEqual(['café']);
  });
});

/**
 * The compiled misspelling tries keep only the listed misspellings that some dictionary accepts
 * (the rest are unknown anyway). Every listed misspelling must still be reported, in every locale
 * and case, exactly as when the whole lists were loaded.
 */
import { describe, expect, it } from 'vitest';
import { compileSpellingData, loadSpeller, type Locale } from '../src/node/dictionaries.js';

const lists: Record<Locale, string[]> = {
  en: ['misspellings-en'],
  'en-US': ['misspellings-en', 'misspellings-en-us'],
  'en-GB': ['misspellings-en', 'misspellings-en-gb'],
};

describe('common misspellings', async () => {
  const files = await compileSpellingData();
  /** Every misspelt word of a list: the keys of its corrections table, which keeps them all. */
  const listed = (name: string) => new TextDecoder().decode(files.get(`${name}.tsv`)).split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf('\t')));

  for (const [locale, names] of Object.entries(lists) as [Locale, string[]][]) {
    it(`${locale}: every listed misspelling is unknown, in lower case, capitalised and upper case`, async () => {
      const speller = await loadSpeller(locale);
      const words = names.flatMap(listed);
      expect(words.length).toBeGreaterThan(names.length > 1 ? 90_000 : 89_000);
      const known = words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).filter((w) => speller.isKnown(w));
      expect(known).toEqual([]);
    });
  }

  it('the tries hold only the words a dictionary would accept: KBs, where the whole lists took 1.8 MB', () => {
    for (const name of ['misspellings-en', 'misspellings-en-us', 'misspellings-en-gb']) expect(files.get(`${name}.btrie`)!.length).toBeLessThan(32_000);
    expect(files.get('misspellings-en.tsv')!.length).toBeGreaterThan(1_500_000);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, quickWords, quickWordsOf, words } from './normalise.js';

// What normaliseText means, written the plain way: every step on every text. The function skips
// steps that cannot change the text (NFKC on ASCII, Unicode classes on ASCII); it must agree.
const quotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const reference = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(quotes, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');

describe('normaliseText', () => {
  it.each([
    ['**Own** the `roadmap`, end-to-end!', 'own the roadmap end to end'],
    ["Don`t  'quote' it", "don't quote it"],
    ['Ｆｕｌｌ ﬁle – don’t', "full file don't"],
    ['Perks & benefits, P&L', 'perks and benefits p and l'],
    ['  ', ''],
  ])('%j -> %j', (text, normal) => {
    expect(normaliseText(text)).toBe(normal);
  });

  it('agrees with the plain definition on ASCII and on any text', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ09 .,-_`\'"*\t\n!?:/&'.split('')), maxLength: 40 });
    const any = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(fc.property(fc.oneof(ascii, any), (text) => normaliseText(text) === reference(text)), { numRuns: 2000 });
  });

  it('agrees with it on ASCII longer than the buffer short texts are written into, and on one that fills it', () => {
    const words = fc.string({ unit: fc.constantFrom(...'aZ09 .,-\'"*\n'.split('')), minLength: 1, maxLength: 12 });
    const long = fc.array(words, { minLength: 300, maxLength: 600 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(long, (text) => normaliseText(text) === reference(text)), { numRuns: 200 });
    const full = `${'ab '.repeat(682)}ab`;
    expect(normaliseText(full)).toBe(full);
    expect(normaliseText(`${full} c`)).toBe(`${full} c`);
  });
});

describe('words', () => {
  it('are the words of the normalised text, read in one pass where the text is ASCII without `&` or an apostrophe', () => {
    const slow = (text: string) => (normaliseText(text) === '' ? [] : normaliseText(text).split(' '));
    const pieces = fc.constantFrom('a', 'Z', '9', ' ', '.', '-', '_', '\t', '\n', '/', '(', '*', '&', "'", '`', 'é', '’', '\u00a0');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(words(text)).toEqual(slow(text));
    }), { numRuns: 2000 });
    expect(words('Roles & Responsibilities')).toEqual(['roles', 'and', 'responsibilities']);
    expect(words("  What You'll Do (2024) ")).toEqual(['what', "you'll", 'do', '2024']);
  });
});

describe('quickWords', () => {
  it('gives the words a regular expression of letters, digits and inner apostrophes gives, straightened and lower case', () => {
    const text = "Rock’n’roll, ‘quoted’ don`t it´s 𝐀𝐁c x''y 'a b' 123'45 ÉCOLE Straße — you’ll";
    const expected = text.toLowerCase().replace(/[\u2018\u2019\u0060\u00B4]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu);
    expect(quickWords(text)).toEqual(expected);
    expect(quickWords(text)).toEqual(["rock'n'roll", 'quoted', "don't", "it's", '𝐀𝐁c', 'x', 'y', 'a', 'b', "123'45", 'école', 'straße', "you'll"]);
    expect(quickWords('')).toEqual([]);
    expect(quickWords("'")).toEqual([]);
  });

  it('agrees with that regular expression on any text', () => {
    const plain = (text: string) => text.toLowerCase().replace(/[\u2018\u2019\u0060\u00B4]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
    const pieces = fc.constantFrom('a', 'Z', '9', 'é', 'ß', '𝐀', '日', ' ', "'", '’', '‘', '`', '´', '-', '.', '\n', '\ud835');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(quickWords(text)).toEqual(plain(text));
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
      expect(quickWords(text)).toEqual(plain(text));
    }));
  });

  it('tells whether a letter of a script written without spaces is among the words', () => {
    expect(quickWordsOf('Rust経験があります').spaceless).toBe(true);
    expect(quickWordsOf('ソフトウェア').spaceless).toBe(true);
    // Kana and ideographs at the ends of the ranges; a letter after an apostrophe.
    expect(quickWordsOf('\u3041').spaceless).toBe(true);
    expect(quickWordsOf('\u9fa0').spaceless).toBe(true);
    expect(quickWordsOf("a'\u30a2").spaceless).toBe(true);
    // Marks of the kana block that are no letters, and letters outside it, are not.
    expect(quickWordsOf('a \u30fb \u309b b').spaceless).toBe(false);
    expect(quickWordsOf('École Straße 𝐀 한국어').spaceless).toBe(false);
    expect(quickWordsOf('').spaceless).toBe(false);
    const letters = /[\p{L}\p{N}]/u;
    const pieces = fc.constantFrom('a', 'é', '日', 'あ', 'ア', '・', '゛', '䷀', ' ', "'", '\ud835');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      const { words, spaceless } = quickWordsOf(text);
      expect(words).toEqual(quickWords(text));
      expect(spaceless).toBe([...text].some((c) => letters.test(c) && /[\u3040-\u30ff\u3400-\u9fff]/.test(c)));
    }));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullWordSpans, lettersAreAscii, lowerCaseWords, tokenise, wordSpans } from './tokenise.js';

const words = (text: string) => tokenise(text).map((t) => `${t.word}@${t.index}${t.midSentence ? '' : '^'}`);

describe('tokenise', () => {
  it('keeps the words of prose, with their index and whether a sentence starts there', () => {
    expect(words("We're hiring. Own the team's roadmap: end-to-end")).toEqual(["We're@0^", 'hiring@6', 'Own@14^', 'the@18', 'team@22', 'roadmap@29', 'end-to-end@38^']);
  });

  it('blanks what is not prose: URLs, addresses, paths, template tags, handles, digits', () => {
    expect(words('See https://x.io/a, mail jo@x.io, edit src/app.ts or {% raw %} with @octo and v2 now')).toEqual([
      'See@0^', 'mail@20', 'edit@34', 'or@50', 'with@63', 'and@74', 'now@81',
    ]);
  });

  it('blanks emoji shortcodes, not a colon after a word', () => {
    expect(words('## :tshirt: T-Shirts, :+1: and :white_check_mark: done. Note:tshirt is text')).toEqual([
      'T-Shirts@12', 'and@27', 'done@50', 'Note@56^', 'tshirt@61^', 'is@68', 'text@71',
    ]);
  });

  it('reads words outside Latin script as no words, and accented Latin words whole', () => {
    expect(words('Café naïve 日本語 résumé')).toEqual(['Café@0^', 'naïve@5', 'résumé@15']);
  });

  it('reads curly apostrophes as apostrophes, and a word after a curly quote or a bullet as a sentence start', () => {
    expect(words('The team’s “Own it” ethos — don’t\u00a0stop • Ship.\u00a0Go')).toEqual(['The@0^', 'team@4', 'Own@12^', 'it@16', 'ethos@20', 'don’t@28', 'stop@34', 'Ship@41^', 'Go@47^']);
    // A left quotation mark between letters is an apostrophe typed wrong; before a word it opens a quote.
    expect(words('aren‘t ‘urgent’ team‘s')).toEqual(['aren‘t@0^', 'urgent@8', 'team@16']);
  });

  // Text whose letters are all ASCII takes a faster path; with a non-ASCII word after it, the
  // same text takes the Unicode one. The tokens before that word must not change.
  const samePath = (alphabet: string[]) => () =>
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }), (text) => {
        const alone = words(text);
        expect(words(`${text} é`).slice(0, alone.length)).toEqual(alone);
      }),
      { numRuns: 3000 },
    );
  it('finds the same tokens in ASCII text on either path', samePath('ab Z.-\'_:/@#{}%1\n'.split('')));
  it('and in text with curly quotes, dashes, no-break spaces, bullets and emoji', samePath([...'ab Z.-\'_:/@#1\n’‘“”—•\u00a0\u2028\u200b→✓', '🔻']));

  // Most runs take a shortcut (one pass that leaves a text to the long way at the first character
  // only the long way reads): it must find what the long way finds, including where a hint of
  // non-prose stands.
  it('finds the same spans by the shortcut as the long way', () =>
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab Z.-\'_:/\\@#{}%1\n\t’“—•é\u00a0\u200b\u00ad\ufeff\u3000\u1680\ufffd🔻'.split(''), 'www.(', 'wWw.x', 'http:x', 'mailto:', ': ', '. ', 'a.b', 'a@b.io', '{{x}}', "'s", 'a_b', 'x/y', 'v2'), maxLength: 30, size: 'medium' }), (text) => {
        expect(wordSpans(text)).toEqual(fullWordSpans(text));
      }),
      { numRuns: 5000 },
    ));

  it('leaves to the long way each character only it reads, and skips what it blanks', () => {
    const texts = ['ab\ufeffcd', 'ab\u200bcd', 'so\u00adft', 'a\u3000b', 'a\u1680b', 'a\ufffdb', 'see www.x.io', 'See WwW.example now', 'www. x', 'x:y', 'x: y', '#chan', '{x}', 'a@b', 'Café', 'a_b c', 'Node.js rocks', 'v2 ok', 'end. Next', 'a/b c', 'It’s “done” — • ok'];
    for (const text of texts) expect(wordSpans(text), text).toEqual(fullWordSpans(text));
    // A blanked chunk leaves no mark: `rocks` starts the text as the long way reads it.
    expect(wordSpans('Node.js rocks. v2 ok; a_b c')).toEqual([8, 13, 0, 18, 20, 0, 26, 27, 0]);
  });

  it('sends every text with a letter, digit or mark outside ASCII to the Unicode path', () => {
    const wordy = /[\p{L}\p{N}\p{M}]/u;
    const missed: string[] = [];
    for (let code = 0x80; code <= 0x10ffff; code++) {
      const c = String.fromCodePoint(code);
      if ((wordy.test(c) || (code >= 0xd800 && code <= 0xdfff)) && lettersAreAscii(`a${c}`)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
    expect(['It’s “done” — • 🔻', 'x\u00a0y'].map(lettersAreAscii)).toEqual([true, true]);
  });

  it('reads a text\'s lower-case words as the split on what is neither a letter nor an apostrophe does', () => {
    expect([...lowerCaseWords("Don’t, ROLL-out's  Ünïcode 日本 x")]).toEqual(['don’t', 'roll', "out's", 'ünïcode', '日本', 'x']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ\' ’-.1 \nÉéİß日\u0301'.split(''), '𝐀', '\ud800', '🔻'), maxLength: 20 }), (text) => {
        expect(lowerCaseWords(text)).toEqual(new Set(text.toLowerCase().split(/[^\p{L}'’]+/u)));
      }),
      { numRuns: 3000 },
    );
  });
});

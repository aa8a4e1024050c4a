import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise } from './tokenise.js';

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

  it('reads words outside Latin script as no words, and accented Latin words whole', () => {
    expect(words('Café naïve 日本語 résumé')).toEqual(['Café@0^', 'naïve@5', 'résumé@15']);
  });

  // ASCII text takes a faster path; with a non-ASCII word after it, the same text takes the
  // Unicode one. The tokens of the ASCII part must not change.
  it('finds the same tokens in ASCII text on either path', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'ab Z.-\'_:/@#{}%1\n'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(ascii, (text) => {
        const alone = words(text);
        expect(words(`${text} é`).slice(0, alone.length)).toEqual(alone);
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { phraseMatcher } from './phrases.js';

const groups = {
  apply: { phrases: ['how to apply', 'apply', 'a day in the life', 'über uns', 'i', 'we are hiring', 'internationalisation team', 'in the'] },
  pay: { phrases: ['salary', 'pay range', 'to apply for', 'ü', 'the team'] },
  spaceless: { phrases: ['応募'], cjk: ['応募資格'] },
};
const matcher = phraseMatcher(groups);

/** Every phrase found at every word, by comparing the words one by one: what the matcher must give. */
function reference(words: readonly string[]): Record<string, { count: number; first: string }> {
  const found: Record<string, { count: number; first: string }> = {};
  for (let i = 0; i < words.length; i++) {
    for (const [group, { phrases }] of Object.entries(groups)) {
      for (const phrase of phrases) {
        const parts = phrase.split(' ');
        if (parts.every((part, k) => words[i + k] === part)) {
          found[group] ??= { count: 0, first: phrase };
          found[group].count++;
        }
      }
    }
  }
  return found;
}

describe('phraseMatcher', () => {
  it('counts every phrase where it stands, as comparing word by word does, in random texts', () => {
    // The phrases' words, words sharing their first letters or first two, words of a first word's
    // outline (its first and last letters and length, longer than 15 read as 15: `amply`,
    // `internationalization`), and other scripts.
    const vocabulary = ['how', 'to', 'apply', 'a', 'day', 'in', 'the', 'life', 'über', 'uns', 'i', 'we', 'are', 'hiring', 'salary', 'pay', 'range', 'for', 'ü',
      'ho', 'toy', 'apple', 'an', 'dam', 'it', 'they', 'lift', 'übel', 'up', 'is', 'was', 'art', 'hire', 'sale', 'page', 'rang', 'fox', 'üb', 'x', 'ié', '応募',
      'internationalisation', 'internationalization', 'team', 'amply', 'hww', 'sorely', 'wé'];
    let seed = 11;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    let hits = 0;
    for (let n = 0; n < 2_000; n++) {
      const words = Array.from({ length: Math.floor(random() * 12) }, () => vocabulary[Math.floor(random() * vocabulary.length)]!);
      const expected = reference(words);
      const found = matcher.countWords(words, words.join(' '));
      expect(Object.fromEntries(found), words.join(' ')).toEqual(expected);
      // In the order their first phrases stand (a phrase is looked up by its first word that is no
      // function word, so `how to apply` is met after an `apply` it starts before).
      expect([...found.keys()], words.join(' ')).toEqual(Object.keys(expected));
      hits += Object.keys(expected).length;
    }
    expect(hits).toBeGreaterThan(1_000);
  });

  it('gives the phrase that stands first, and the groups in the order their first phrases stand, though a phrase is met at its first word that is no function word', () => {
    const anchored = phraseMatcher({ role: { phrases: ['team', 'the team lead'] }, lead: { phrases: ['lead'] }, apply: { phrases: ['apply'] }, how: { phrases: ['to apply'] } });
    const found = anchored.countWords(['the', 'team', 'lead', 'to', 'apply'], 'the team lead to apply');
    expect(Object.fromEntries(found)).toEqual({ role: { count: 2, first: 'the team lead' }, lead: { count: 1, first: 'lead' }, how: { count: 1, first: 'to apply' }, apply: { count: 1, first: 'apply' } });
    expect([...found.keys()]).toEqual(['role', 'lead', 'how', 'apply']);
  });

  it('finds phrases of a script written without spaces inside the text', () => {
    expect(Object.fromEntries(matcher.count('必須の応募資格です'))).toEqual({ spaceless: { count: 1, first: '応募資格' } });
    // Searched as the caller says the text has such letters, or, when it does not say, as it has.
    const words = ['必須の応募資格です'];
    expect(Object.fromEntries(matcher.countWords(words, words[0]!, true))).toEqual({ spaceless: { count: 1, first: '応募資格' } });
    expect(Object.fromEntries(matcher.countWords(words, words[0]!, false))).toEqual({});
    expect(Object.fromEntries(matcher.countWords(words, words[0]!))).toEqual({ spaceless: { count: 1, first: '応募資格' } });
  });

  it('adds a second text of one document to the count of the first, with no phrase running from one into the other', () => {
    const first = matcher.countWords(['see', 'how', 'to'], 'see how to', false);
    const both = matcher.countWords(['apply', 'salary'], 'apply salary', false, first);
    expect(both).toBe(first);
    // `how to` ends the first text and `apply` starts the second: one `apply`, no `how to apply`.
    expect(Object.fromEntries(both)).toEqual({ apply: { count: 1, first: 'apply' }, pay: { count: 1, first: 'salary' } });
    expect(Object.fromEntries(matcher.countWords(['how', 'to', 'apply'], 'how to apply', false))).toEqual({ apply: { count: 2, first: 'how to apply' } });
  });

  it('refuses a phrase listed for spaceless scripts that has no letter of one, which a caller would never search for', () => {
    expect(() => phraseMatcher({ marks: { phrases: [], cjk: ['・'] } })).toThrow('phrase "・" of marks is listed for spaceless scripts but has no letter of one');
    expect(() => phraseMatcher({ latin: { phrases: [], cjk: ['abc'] } })).toThrow(/has no letter of one/);
  });
});

import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from './duplicates.js';
import { foldSpelling } from './variants.js';

describe('foldSpelling', () => {
  it.each([
    ['organisation', 'organization'], ['prioritise', 'prioritize'], ['behaviour', 'behavior'], ['colours', 'colors'],
    ['analyse', 'analyze'], ['centre', 'center'], ['licence', 'license'], ['catalogue', 'catalog'], ['travelling', 'traveling'],
    ['judgement', 'judgment'], ['programme', 'program'], ["organisation's", "organization's"],
  ])('folds %s and %s together', (gb, us) => {
    expect(foldSpelling(gb)).toBe(foldSpelling(us));
  });

  it('folds a word that names a property of every object (`constructor`, `toString`) to itself', () => {
    for (const word of ['constructor', 'tostring', 'hasownproperty', '__proto__', 'valueof']) expect(foldSpelling(word)).toBe(word);
  });
});

describe('createDuplicateIndex', () => {
  it('stays linear: 10,000 distinct bullets sharing most words give no match and take no pairwise time', () => {
    const index = createDuplicateIndex<number>({ threshold: 0.9 });
    let matches = 0;
    for (let i = 0; i < 10_000; i++) if (index.add(`Own service number ${i} end to end with the team`, i)) matches++;
    expect(matches).toBe(0);
  });

  it('compares one-word texts only when asked (sibling headings), never across scripts written without spaces', () => {
    const words = ['Martin', 'Martina', 'インシデント中', 'インシデント後'];
    const plain = createDuplicateIndex<number>({ threshold: 0.8 });
    expect(words.map((w, i) => plain.add(w, i))).toEqual([undefined, undefined, undefined, undefined]);
    const single = createDuplicateIndex<number>({ threshold: 0.8, singleWords: true });
    expect(words.map((w, i) => single.add(w, i))).toEqual([undefined, { first: 0, kind: 'near', words: ['martin', 'martina'] }, undefined, undefined]);
    // A one-word text still meets a longer one through the word left out ("the" added).
    const both = createDuplicateIndex<number>({ threshold: 0.5, singleWords: true });
    both.add('Scheduling', 1);
    expect(both.add('The scheduling', 2)).toEqual({ first: 1, kind: 'near', words: ['', 'the'] });
  });

  it('finds one-word texts one edit apart among thousands without comparing every pair (20,000 sibling headings)', () => {
    const index = createDuplicateIndex<number>({ threshold: 0.9, singleWords: true });
    let matches = 0;
    for (let i = 0; i < 20_000; i++) if (index.add(`Heading${i}`, i)) matches++;
    expect(matches).toBe(0);
    expect(index.add('Requirements', 1)).toBeUndefined();
    expect(index.add('Requirement', 2)).toEqual({ first: 1, kind: 'near', words: ['requirements', 'requirement'] });
    expect(index.add('Leadreship', 3)).toBeUndefined();
    expect(index.add('Leadership', 4)).toEqual({ first: 3, kind: 'near', words: ['leadreship', 'leadership'] });
  });

  it('finds a one-letter difference at either end of a four/five-letter pair', () => {
    const index = createDuplicateIndex<number>({ threshold: 0.9 });
    index.add('Lead the platform engineering teams', 1);
    expect(index.add('Lead the platform engineering team', 2)).toEqual({ first: 1, kind: 'near', words: ['teams', 'team'] });
  });

  it('finds the same words in another order from four words on, in either spelling', () => {
    const index = createDuplicateIndex<number>({ threshold: 0.9 });
    index.add('Collaborate with product and design', 1);
    expect(index.add('Collaborate with design and product.', 2)).toEqual({ first: 1, kind: 'reordered' });
    expect(index.add('Colour and behaviour of the product', 3)).toBeUndefined();
    expect(index.add('Behavior and color of the product', 4)).toEqual({ first: 3, kind: 'reordered' });
    // Three words in another order may name another thing.
    index.add('Design systems team', 5);
    expect(index.add('Systems design team', 6)).toBeUndefined();
  });

  it('reports the first of several copies', () => {
    const index = createDuplicateIndex<number>({ threshold: 0.9 });
    index.add('Ship features', 1);
    expect(index.add('Ship features.', 2)).toEqual({ first: 1, kind: 'normalised' });
    expect(index.add('Ship features', 3)).toEqual({ first: 1, kind: 'identical' });
  });
});

import { describe, expect, it } from 'vitest';
import { abbreviatesWordsBefore } from './short-form.js';

describe('abbreviatesWordsBefore (Schwartz and Hearst)', () => {
  it('finds the short form\'s letters in order in the words before it, its first at a word\'s start', () => {
    expect(abbreviatesWordsBefore('syscaps', 'defined in the system capabilities')).toBe(true);
    expect(abbreviatesWordsBefore('RSE', 'we hire a Research Software Engineer')).toBe(true);
    expect(abbreviatesWordsBefore('devrel', 'our developer relations')).toBe(true);
  });

  it('is no abbreviation of one word, of words that lack its letters, or when its first letter starts no word', () => {
    // A slip of the word before it.
    expect(abbreviatesWordsBefore('Enginering', 'the Head of Engineering')).toBe(false);
    expect(abbreviatesWordsBefore('syscaps', 'defined in the network layer')).toBe(false);
    expect(abbreviatesWordsBefore('ysc', 'the system capabilities')).toBe(false);
    expect(abbreviatesWordsBefore('x', 'a b')).toBe(false);
    // Its letters in words before it, but only one of them starting a word: a slip, not an abbreviation.
    expect(abbreviatesWordsBefore('teh', 'The team grows (sometimes teh other way), as')).toBe(false);
  });
});

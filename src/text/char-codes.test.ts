import { describe, expect, it } from 'vitest';
import { isLetterCode, isWhiteSpace } from './char-codes.js';

describe('char codes', () => {
  it('reads every UTF-16 code unit as `\\s` and `\\p{L}` do', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (isWhiteSpace(code) !== /\s/.test(c)) differ.push(`space ${code.toString(16)}`);
      if (isLetterCode(code) !== /\p{L}/u.test(c)) differ.push(`letter ${code.toString(16)}`);
      // Asked again: from what was remembered.
      if (isLetterCode(code) !== /\p{L}/u.test(c)) differ.push(`letter again ${code.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });
});

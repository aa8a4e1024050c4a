import { describe, expect, it } from 'vitest';
import { amount as sticky, amountReach } from '../document/kind-features.js';
import { firstNearDigit } from './near-digit.js';

// The kind decision's amount pattern, as exec finds it, and random texts of its pieces.
const amount = new RegExp(sticky.source, 'i');
const pieces = ['USD', 'usd', ' ', '  ', '$', '€', '£', 'k', 'K', 'gs', 'GS-', '-', '1', '12', '3.5', '100,000', 'euros', 'pounds', 'a', 'bgs', 'x9', 'year', '.', ',', '\n', 'é', '１'];

function seeded(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

describe('firstNearDigit', () => {
  it('finds what exec finds, at the same place, in random texts', () => {
    const random = seeded(7);
    let matched = 0;
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      const length = Math.floor(random() * 14);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const expected = amount.exec(text);
      const found = firstNearDigit(sticky, amountReach, text);
      expect([found?.index, found?.[0]], JSON.stringify(text)).toEqual([expected?.index, expected?.[0]]);
      if (expected) matched++;
    }
    expect(matched).toBeGreaterThan(1_000);
  });

  it('finds the leftmost of several, however far apart', () => {
    const text = `${'word '.repeat(200)}gs-12 then $5 and USD 7 and 40k`;
    expect(firstNearDigit(sticky, 4, text)?.[0]).toBe('gs-12');
    expect(firstNearDigit(sticky, 4, 'paid USD 7 or $5')).toMatchObject({ 0: 'USD 7', index: 5 });
    expect(firstNearDigit(sticky, 4, 'no money here, 12 people')).toBeNull();
  });

  it('misses a match whose digit lies past the reach', () => {
    // `USD  7` is not matched (two spaces), `USD 7` is: its digit is four characters on.
    expect(firstNearDigit(sticky, 3, 'USD 7')).toBeNull();
    expect(firstNearDigit(sticky, 4, 'USD 7')?.[0]).toBe('USD 7');
  });

  it('refuses a pattern that is not sticky', () => {
    expect(() => firstNearDigit(amount, 4, '$5')).toThrow(/sticky/);
  });
});

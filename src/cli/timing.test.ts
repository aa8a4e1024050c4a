import { describe, expect, it } from 'vitest';
import { timingTable } from './timing.js';

describe('timingTable', () => {
  it('lists the steps slowest first with their share of the total, then the total', () => {
    expect(timingTable({ typo: 30, parse: 60, kind: 10 }, 2)).toBe(
      [
        'rolelint: where linting 2 files spent its time (a reading several rules share, such as the outline or the language, is a step of its own):',
        'Step  | Time (ms) | Relative',
        ':---- | --------: | -------:',
        'parse |      60.0 |    60.0%',
        'typo  |      30.0 |    30.0%',
        'kind  |      10.0 |    10.0%',
        'total |     100.0 |   100.0%',
        '',
      ].join('\n'),
    );
  });

  it('says 0% of nothing rather than dividing by it', () => {
    expect(timingTable({ parse: 0 }, 1).split('\n')[3]).toBe('parse |       0.0 |     0.0%');
  });
});

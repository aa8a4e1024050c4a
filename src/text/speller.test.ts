import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SortedTable } from './sorted-table.js';
import { createSpeller } from './speller.js';

// The compiled data the bundle ships (dist/dicts/), with a correction list of the test's own.
const dicts = path.resolve(import.meta.dirname, '../../dist/dicts');
const read = (name: string) => new Uint8Array(readFileSync(path.join(dicts, name)));

function spellerListing(listed: Record<string, string[]>) {
  return createSpeller({
    tries: ['en_US.btrie', 'en_GB.btrie', 'terms.btrie'].map((name) => ({ name, data: read(name) })),
    misspelt: [],
    forSuggestions: () => ({ candidates: new SortedTable(new TextDecoder().decode(read('candidates.tsv'))), corrections: (word) => listed[word] }),
  });
}

describe('speller suggestions', () => {
  it("keep a listed word's corrections first and in the list's order when a compound joins them", () => {
    // `t-shirts` is offered for `tshirts` as a compound missing its hyphen; the list comes first, as written.
    expect(spellerListing({ tshirts: ['tee', 'shirts'] }).suggest('tshirts', 3)).toEqual(['tee', 'shirts', 't-shirts']);
  });
});

import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/processor.js';
import { shownByContent } from './section-presence.js';

const parser = createParser();

async function shown(markdown: string, section: string) {
  const file = new VFile({ path: 'roles/organizer.md', value: markdown });
  const tree = parser.parse(file) as Root;
  await parser.run(tree, file);
  return shownByContent(tree, markdown, section);
}

describe('a section shown by what the document holds', () => {
  it('reads a list broken by comments between its items, under one title, as one list', async () => {
    const doc = (between: string) => `# Roles for organizers\n\nBefore the event:\n\n* Plan events and find speakers.\n${between}* Promote the event on social media.\n${between}* Plan a talk for a meetup.\n`;
    const duties = { by: 'content', what: 'a list of duties under `Before the event:`', offset: 43 };
    expect(await shown(doc('\n'), 'Responsibilities')).toEqual(duties);
    expect(await shown(doc('<!-- * Find sponsors, usually for venues. -->\n'), 'Responsibilities')).toEqual(duties);
    // Lists under two titles stay two: one item under each shows no list of duties.
    expect(await shown('# Roles\n\nBefore the event:\n\n* Plan events.\n\nAfter the event:\n\n* Promote the photos.\n', 'Responsibilities')).toBeUndefined();
  });
});

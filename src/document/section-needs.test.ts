import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { createParser } from '../parse/processor.js';
import { pointsElsewhere } from './section-needs.js';

const parser = createParser();

async function points(markdown: string): Promise<boolean> {
  const file = new VFile({ path: 'job.md', value: markdown });
  const tree = parser.parse(file) as Root;
  await parser.run(tree, file);
  return pointsElsewhere(tree, markdown);
}

/** `n` words of five letters. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}`).join(' ');
const url = 'https://example.com/jobs/1';

describe('pointsElsewhere', () => {
  it('is a page of fewer than 30 words of its own that links elsewhere', async () => {
    // The title, 27 words and the link's text: 29.
    expect(await points(`# Engineer\n\n${words(27)} [apply](${url})\n`)).toBe(true);
    expect(await points(`# Engineer\n\n${words(28)} [apply](${url})\n`)).toBe(false);
    // Without a link there is nowhere it points.
    expect(await points(`# Engineer\n\n${words(10)}\n`)).toBe(false);
  });

  it('counts words of three letters or more in the frontmatter prose and every block after it', async () => {
    // 24 words of description, `see` and the address's https, example, com, jobs: 29; a time and a date are no words.
    expect(await points(`---\ntitle: Engineer\ndescription: ${words(24)}\n---\n\n12:30pm ET on 2026-01-05, see ${url}\n`)).toBe(true);
    expect(await points(`---\ntitle: Engineer\ndescription: ${words(25)}\n---\n\n12:30pm ET on 2026-01-05, see ${url}\n`)).toBe(false);
    // A heading, a list item and a paragraph: 1 + 14 + 10 + 4 (the address) = 29.
    expect(await points(`# Engineer\n\n- ${words(14)}\n\n${words(10)} ${url}\n`)).toBe(true);
    expect(await points(`# Engineer\n\n- ${words(14)}\n\n${words(11)} ${url}\n`)).toBe(false);
  });
});

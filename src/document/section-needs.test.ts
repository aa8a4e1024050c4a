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

  it('reads words as the text joins them: across marks, in image descriptions, HTML and other scripts', async () => {
    // The title, 23 words and the address's four (https, example, com, jobs): 28; then one word
    // more makes 29 (a pointer), two make 30 (not one).
    const page = (more: string) => points(`# Engineer\n\n${words(23)} ${more} ${url}\n`);
    const counted = async (more: string) => ((await page(more)) ? 1 : 2);
    // `**abc**def` is one word, as the text reads; `ab` `cd` are none, too short.
    expect(await counted('**abc**def')).toBe(1);
    expect(await counted('**abc** def')).toBe(2);
    expect(await counted('ab cd')).toBe(1);
    // An image's description is text.
    expect(await counted('![one](a.png)')).toBe(1);
    expect(await counted('![one two](a.png)')).toBe(2);
    // Letters outside the first plane count as one each (𝐀𝐁𝐂 is a word of three), not by their halves.
    expect(await counted('𝐀𝐁𝐂')).toBe(1);
    expect(await counted('𝐀𝐁')).toBe(1);
    expect(await counted('𝐀𝐁 𝐀𝐁𝐂')).toBe(1);
    expect(await counted('𝐀𝐁𝐂 𝐀𝐁𝐂')).toBe(2);
  });

  it('reads an HTML block and a table as text', async () => {
    const html = (n: number) => points(`# Engineer\n\n<div>\n${words(n)}\n</div>\n\n${url}\n`);
    // The title, the block's words and `div` twice, the address's four: 1 + n + 2 + 4.
    expect(await html(22)).toBe(true);
    expect(await html(23)).toBe(false);
    const table = (n: number) => points(`# Engineer\n\n| Role | Place |\n| --- | --- |\n| ${words(n)} | Remote |\n\n${url}\n`);
    // Cells are joined as mdast-util-to-string joins them, without a space (`RolePlaceworda`,
    // `worduRemote`): the title, n words, the address's four: 1 + n + 4.
    expect(await table(24)).toBe(true);
    expect(await table(25)).toBe(false);
  });
});

import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/processor.js';
import { hashlessHeadings } from './hashless-headings.js';

const parser = createParser();
const read = (markdown: string) => hashlessHeadings(parser.parse(markdown) as Root, markdown).map((h) => `${h.offset} ${h.hashes} ${h.text}`);

describe('hashless headings', () => {
  it('reads `###Title` at any level, with marks or closing hashes, in a quote or a list item', () => {
    const doc = '###Role summary\n\n##**Benefits**\n\n> ##What we offer ##\n\n- ####Perks\n';
    expect(read(doc)).toEqual(['0 ### Role summary', '17 ## Benefits', '35 ## What we offer', '57 #### Perks']);
  });

  it('leaves hashtags, issue numbers, sentences and code alone', () => {
    const doc = 'Join #alumni on chat.\n#1234 fixed it\n\n#Hiring #Remote\n\n#WeAreHiring\n\n##This one ends here.\n\n`##Code`\n\n    ##Indented code\n';
    expect(read(doc)).toEqual([]);
    // A job board's tracking tags, hyphenated (`#LI-POST`, `#LI-Remote`), are hashtags too; a one-word title is not.
    expect(read('#LI-POST\n\n#LI-Remote\n\n#Responsibilities\n')).toEqual(['22 # Responsibilities']);
    // One hash in a bullet is a tag or a field's name (`#Tags`), not a heading; more hashes are one (`- ####Perks` above).
    expect(read('* Contact information\n* #Tags for technology and topics\n')).toEqual([]);
  });
});

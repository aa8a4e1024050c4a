import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { repeatedWord } from './repeated-word.js';

describeDocExamples(repeatedWord);

const found = async (markdown: string, options?: object) => (await runRule(repeatedWord, markdown, options)).map(formatMessage);

describe('repeated-word', () => {
  it('finds a repeat in a heading, a table cell, link text and an HTML block, apart from case', async () => {
    const doc = ['## Contact Center Center', '', '| Role | Scope |', '| --- | --- |', '| Lead | about about |', '', 'See [the the docs](https://x.test).', '', '<ul>', '<li>Uses uses event streams</li>', '</ul>', ''].join('\n');
    expect(await found(doc)).toEqual([
      '1:12-1:25: `Center Center`: a word written twice; remove one `Center`',
      '5:10-5:21: `about about`: a word written twice; remove one `about`',
      '7:6-7:13: `the the`: a word written twice; remove one `the`',
      '10:5-10:14: `Uses uses`: a word written twice; remove one `uses`',
    ]);
  });

  it("reads the frontmatter's title and description at their columns, not its other values", async () => {
    expect(await found('---\ntitle: Senior Senior Engineer\ndescription: "Own the the roadmap"\ntags: [go go]\n---\n\n# Role\n')).toEqual([
      '2:8-2:21: `Senior Senior`: a word written twice; remove one `Senior`',
      '3:19-3:26: `the the`: a word written twice; remove one `the`',
    ]);
    expect(await found('+++\ntitle = "Staff Staff Engineer"\n+++\n')).toEqual(['2:10-2:21: `Staff Staff`: a word written twice; remove one `Staff`']);
  });

  it('gives the two words as written and the one to keep', async () => {
    const [message] = await runRule(repeatedWord, 'Own the\nthe roadmap.\n');
    expect([message!.actual, message!.expected]).toEqual(['the\nthe', ['the']]);
    expect(message!.fix).toBeUndefined();
  });

  it('maps a repeat to the source through escapes, references and the indentation of a list item', async () => {
    expect(await found('- Own \\*the\n  the\\* roadmap &amp; the the team\n')).toEqual([
      '1:9-2:6: `the` ends line 1 and `the` starts line 2: a word written twice; remove one',
      '2:23-2:30: `the the`: a word written twice; remove one `the`',
    ]);
  });

  it('leaves alone words apart: punctuation, code, digits, a URL, another text node, another run of HTML', async () => {
    const doc = 'That, that. The `the` and 2 2 and the https://the.test the\n\nThe **the** and *a* a.\n\n<p>the</p><p>the</p>\n';
    expect(await found(doc)).toEqual([]);
  });

  it('leaves `this this` before a time alone (`complete this this week`), not before anything else', async () => {
    expect(await found('You will probably complete this this week, or this this month.\n')).toEqual([]);
    expect((await found('Read this this document.\n')).length).toBe(1);
  });

  it('leaves a preposition alone where the second opens a phrase (`present at at least one meeting`), not before other words', async () => {
    expect(await found('Be present at at least one lab meeting a month, and on on time delivery.\n')).toEqual([]);
    expect(await found('Meet us at at the office.\n')).toEqual(['1:9-1:14: `at at`: a word written twice; remove one `at`']);
  });

  it('leaves `by by` after a phrasal verb alone (`must be abided by by all`), not after other words', async () => {
    // A transit data standard's governance (held out).
    expect(await found('The code of conduct must be abided by by all board members.\n')).toEqual([]);
    expect(await found('It is reviewed by by the board.\n')).toEqual(['1:16-1:21: `by by`: a word written twice; remove one `by`']);
  });

  it("leaves a person's name as they write it alone (a profile link's text), not a repeat in another link or in prose", async () => {
    const doc = '- [Nedim Sabic Sabic](https://github.com/rabbitstack), Sysdig\n- [The The docs](https://example.com/docs/x)\n\nAsk Sabic Sabic.\n';
    expect(await found(doc)).toEqual([
      '2:4-2:11: `The The`: a word written twice; remove one `The`',
      '4:5-4:16: `Sabic Sabic`: a word written twice; remove one `Sabic`',
    ]);
  });

  it('leaves a name its line writes closed up in an address alone (`Yang Yang` beside `ambassador-yangyang.png`), not a word so written elsewhere', async () => {
    // A project's list of ambassadors, each with a link to a certificate named for them (held out),
    // under a title that names no roster (under `## Ambassadors` the items are a roster's names, name-places.ts).
    const roster = (file: string) => `## Certificates\n\n- Lei Xue ([Certificate](https://example.org/ambassador-xuelei.png))\n- Yang Yang ([Certificate](https://example.org/${file}.png))\n`;
    expect(await found(roster('ambassador-yangyang'))).toEqual([]);
    expect(await found(roster('ambassador-yang'))).toEqual(['4:3-4:12: `Yang Yang`: a word written twice; remove one `Yang`']);
  });

  it('leaves a template\'s variable before the word it stands for alone (`$TEAMS teams`), not a word after `$` and a space', async () => {
    expect(await found('Please remove me from $TEAMS teams.\n')).toEqual([]);
    expect(await found('It costs $ the the same.\n')).toHaveLength(1);
  });

  it('leaves alone where a name ending in a word meets a name starting with it, each written elsewhere; not a repeat inside one name', async () => {
    // A docs project's steering committee page (held out).
    const page = (title: string) => `# ${title}\n\nThe Good Docs Project is a community. Ask the project steering committee.\n`;
    expect(await found(page('The Good Docs Project Project Steering Committee'))).toEqual([]);
    expect(await found(page('The Good Docs Project Project Roadmap'))).toHaveLength(1);
    expect(await found('# The Good Docs Project Project Steering Committee\n')).toHaveLength(1);
  });

  it('leaves a language and the one named after it alone (`C C++`, `F F#`), not a repeat before other marks', async () => {
    expect(await found('Languages: C C++ and F F#.\n')).toEqual([]);
    expect(await found('Write in C C, and go go.\n')).toHaveLength(2);
  });

  it('a line begun with a capital after a line ending in the same word is the next item of a list without markers; on one line, a name', async () => {
    const lines = 'Must have:\n\n7+ years of product design experience\nExperience with managing a design team\n';
    expect(await found(lines)).toEqual([]);
    // The same word in the same case, or all in capitals, across the break is still a slip.
    expect(await found(lines.replace('\nExperience', '\nexperience'))).toEqual(['3:28-4:11: `experience` ends line 3 and `experience` starts line 4: a word written twice; remove one']);
    expect(await found('Own the\nThe roadmap.\n'.replace('The', 'THE'))).toHaveLength(1);
    // On one line, the capital starts a name; the same case is still a slip.
    expect(await found('They are approved as As Appropriate interviewers.\n')).toEqual([]);
    expect(await found('They are approved as as interviewers.\n')).toHaveLength(1);
    expect(await found('The group under the The Electrical Machine Works.\n')).toHaveLength(1);
  });

  it('a title on a line of its own, then text starting with its last word, is no repeat', async () => {
    expect(await found('Intro.\n\nAbout Acme Libraries\nLibraries at Acme serve 400 students.\n')).toEqual([]);
    expect(await found('About Acme Libraries\nLibraries at Acme serve 400 students.\n')).toEqual([]);
    // A line of prose (after a line of text, in lower case, or long) ends in a slip all the same.
    expect(await found('Intro.\nAbout Acme Libraries\nLibraries at Acme.\n')).toHaveLength(1);
    expect(await found('We open our libraries\nLibraries at Acme.\n'.replace('libraries', 'Libraries'))).toHaveLength(1);
    expect(await found('About The Many Branches Of Acme Libraries\nLibraries at Acme.\n')).toHaveLength(1);
    // A title in capitals, then the text under it starting with its last word (in the paragraph, or run into one line).
    expect(await found('ABOUT FRACTILE\nFractile was founded in 2022.\n\nABOUT FRACTILE Fractile was founded.\n')).toEqual([]);
    expect(await found('ABOUT FRACTILE\nFRACTILE was founded.\n')).toHaveLength(1);
  });

  it('a word alone on its line, then a line starting with it, is an item of a list written as lines; a word ending a line of prose is not', async () => {
    expect(await found('Skills:\nPython\nDjango\nDjango REST Framework\nHTTP APIs\n')).toEqual([]);
    expect(await found('Skills:\n> Django\n> Django REST Framework\n')).toEqual([]);
    expect(await found('We build our apps with Django\nDjango REST Framework too.\n')).toHaveLength(1);
    expect(await found('Tools we use: the\nthe best ones.\n')).toHaveLength(1);
    expect(await found('Skills:\ndjango\ndjango REST Framework\n')).toHaveLength(1);
  });

  it('allows the interjections English doubles by default (`ta ta for now`, `ha ha`), not other words', async () => {
    // A student society's election post (held out): `Until then fellow Tinkerers, ttfn, ta ta for now!`
    expect(await found('Until then, ta ta for now! Ha ha, yadda yadda.\n')).toEqual([]);
    expect(await found('It is is done.\n')).toEqual(['1:4-1:9: `is is`: a word written twice; remove one `is`']);
  });

  it('allows the configured words in place of the defaults', async () => {
    expect(await found('We had had a plan; very very good.\n', { allow: ['very'] })).toEqual(['1:4-1:11: `had had`: a word written twice; remove one `had`']);
    // By default `etc etc` (things you did, why etc etc) is written so on purpose.
    expect(await found('Tell us why etc etc.\n')).toEqual([]);
  });
});

describe('repeated-word: runs', () => {
  it('reports a run of the same word once, over all of it', async () => {
    expect(await found('It is very very very good, and the the end.\n')).toEqual([
      '1:7-1:21: `very` written 3 times in a row; keep one',
      '1:32-1:39: `the the`: a word written twice; remove one `the`',
    ]);
  });
});

describe('repeated-word: no repeat passed over', () => {
  it('finds a planted repeat wherever it stands, whatever its case or letters (a property)', async () => {
    const word = fc.constantFrom('the', 'The', 'café', 'Über', 'naïve', "don't", 'well-known', 'a', 'Team', 'ÉQUIPE');
    const filler = fc.array(fc.constantFrom('Own', 'the', 'roadmap', 'café', '—', '2024', 'x.y', '(notes)', 'and,', '`code`'), { maxLength: 6 }).map((w) => w.join(' '));
    const separator = fc.constantFrom(' ', '  ', '\t', '\n');
    await fc.assert(
      fc.asyncProperty(filler, word, separator, fc.boolean(), filler, async (before, w, sep, shout, after) => {
        const second = shout ? w.toUpperCase() : w.toLowerCase();
        const doc = `${before} ${w}${sep}${second} ${after}\n`.replace(/^ +/, '');
        const messages = await runRule(repeatedWord, doc);
        // Inside a longer run when the filler beside it is the same word.
        expect(messages.some((m) => String(m.actual).includes(`${w}${sep}${second}`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('repeated-word: the document\'s language', () => {
  const found = async (markdown: string, path?: string) => (await runRule(repeatedWord, markdown, {}, path)).map((m) => m.actual);

  it('reads French, German and Spanish with the words they double on purpose; their slips are still found', async () => {
    expect(await found('---\nlang: fr\n---\n\nNous nous voyons demain. Vous vous inscrivez ici, et et là.\n')).toEqual(['et et']);
    // `en` the preposition before `en` the pronoun (`en en créant de nouvelles`, by creating new ones).
    expect(await found('---\nlang: fr\n---\n\nNous contribuons aux bibliothèques existantes ou en en créant de nouvelles.\n')).toEqual([]);
    expect(await found('---\nlang: de\n---\n\nTools, die die Vernetzung fördern, und und mehr.\n')).toEqual(['und und']);
    expect(await found('Nous nous voyons. Vous vous inscrivez.\n', 'content/fr/poste.md')).toEqual([]);
  });

  it('leaves a language it does not know alone', async () => {
    expect(await found('---\nlang: pl\n---\n\nTo to jest nasz zespół.\n')).toEqual([]);
  });
});


import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { invisibleCharacter } from './invisible-character.js';

describeDocExamples(invisibleCharacter);

const found = async (markdown: string) => (await runRule(invisibleCharacter, markdown)).map(formatMessage);
const codes = (text: string | undefined) => [...(text ?? '')].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
const spans = async (markdown: string) => (await runRule(invisibleCharacter, markdown)).map((m) => `${m.line}:${m.column} ${codes(m.actual)}`);

describe('invisible-character', () => {
  it('leaves the soft hyphens of a page that hyphenates its long words alone; reports a lone one', async () => {
    // A Berlin agency's German posts (held out): soft hyphens in every long compound.
    const page = 'Studium der Wirtschafts\u00ADinformatik, Beratungs\u00ADleistungen und Kunden\u00ADbetreuung.\n';
    expect(await found(page)).toEqual([]);
    expect((await found('Wirtschafts\u00ADinformatik und Beratungs\u00ADleistungen.\n')).length).toBe(2);
  });

  it('finds them in headings, tables, links, HTML and the frontmatter title', async () => {
    const doc = '---\ntitle: Staff\u200BEngineer\n---\n\n| Skill | Le\u00ADvel |\n| --- | --- |\n\n[Apply\u2060 here](https://example.com/jo\u200Bbs)\n\n<p>Own\u200Bership</p>\n';
    expect(await spans(doc)).toEqual(['2:13 U+200B', '5:13 U+00AD', '8:7 U+2060', '8:37 U+200B', '10:7 U+200B']);
  });

  it('leaves code, HTML comments, a leading byte-order mark, and joiners that shape other scripts and emoji', async () => {
    const doc = '\uFEFF# Role\n\n`a\u200Bb`\n\n```\nx\u200By\n```\n\n<!-- note\u200B -->\n\nمی\u200Cخواهم and 👩\u200D💻 and क्\u200Dष\n';
    expect(await found(doc)).toEqual([]);
  });

  it('leaves a zero-width space after a slash or a dash before a word, where a line may break; not one inside a word, before a space or of another kind', async () => {
    expect(await found('On the basis of sex/\u200Bgender, server-\u200Bside apps, a team\u2014\u200Bsmall and resume/\u200BCV.\n')).toEqual([]);
    expect(await spans('Require\u200Bments, sex/\u200B gender, a/\u2060b and x-\u200B.\n')).toEqual(['1:8 U+200B', '1:20 U+200B', '1:32 U+2060', '1:41 U+200B']);
  });

  it('reports zero-width joiners and non-joiners between Latin letters', async () => {
    expect(await spans('Team\u200Dwork and on\u200Cboarding.\n')).toEqual(['1:5 U+200D', '1:17 U+200C']);
  });

  it('offers to remove the run, so --fix leaves the word as it reads', async () => {
    const [message] = await runRule(invisibleCharacter, 'Py\u200B\u2060thon\n');
    expect(message!.fix).toEqual({ range: [2, 4], text: '' });
  });
});

import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createParser } from '../parse/processor.js';
import { namePlaces } from './name-places.js';
import { treeIndex } from './tree-index.js';

const parser = createParser();

async function placesIn(markdown: string) {
  const file = new VFile({ path: 'team/doc.md', value: markdown, cwd: '/repo' });
  file.data.projectRoot = '/repo';
  const tree = parser.parse(file) as Root;
  await parser.run(tree, file);
  return namePlaces(tree, treeIndex(tree), markdown, file);
}

/** The words (letters, apostrophes, hyphens) the document names someone or something by, asked at their start as typo asks. */
async function namedIn(markdown: string): Promise<string[]> {
  const places = await placesIn(markdown);
  return [...markdown.matchAll(/\p{L}[\p{L}'’-]*/gu)].filter((m) => places.named(m.index)).map((m) => m[0]);
}

describe('name places', () => {
  it('a reference, an item that starts with an author and names a year and its venue or pages, names its words', async () => {
    const refs = '## References\n\n- A. M. Memon, M. L. Soffa, and M. E. Pollack, Coverage criteria for GUI testing. ACM, 2001, pp. 256-267\n- Alsmadi, Izzat. Using mutation. IEEE software 30.1 (2013)\n';
    expect(await namedIn(refs)).toEqual(['A', 'M', 'Memon', 'M', 'L', 'Soffa', 'and', 'M', 'E', 'Pollack', 'Coverage', 'criteria', 'for', 'GUI', 'testing', 'ACM', 'pp', 'Alsmadi', 'Izzat', 'Using', 'mutation', 'IEEE', 'software']);
    // Not a line of prose that links to a paper's DOI, nor an item without a venue or a year.
    expect(await namedIn('Our approach has been published in a [journal article](https://doi.org/10.1080/1369118X.2020.1) in 2020.\n')).toEqual([]);
    expect(await namedIn('- Memon, A. Coverage criteria for GUI testing, 2001\n- Memon, A. ACM Coverage criteria\n')).toEqual([]);
  });

  it('names joined by commas under a heading about people, a list of volunteers, and a byline heading name people', async () => {
    // A sales team's meeting notes, a foundation's working group, a conference guide's byline (held out).
    expect(await namedIn('### Attendees\n\nNatasza, Morgane, Mark and Adrien\n')).toEqual(['Natasza', 'Morgane', 'Mark', 'Adrien']);
    expect(await namedIn('### Attendees\n\nNatasza and Morgane met the team.\n')).toEqual([]);
    expect(await namedIn('### Next steps\n\nNatasza, Morgane, Mark, Adrien\n')).toEqual([]);
    expect(await namedIn('## Initial list of volunteers\n\n- Tristan Sloughter (Rebar3, relx)\n- Wojtek Mach (Hex)\n')).toEqual(['Tristan', 'Sloughter', 'Rebar', 'relx', 'Wojtek', 'Mach', 'Hex']);
    expect(await namedIn('#### Adaptation Author: Surae Noether (Brandon Goodell, surae at get monero dot org\n')).toEqual(['Surae', 'Noether']);
    expect(await namedIn('#### Adaptation notes: Surae Qoether\n')).not.toContain('Surae');
  });

  it('a capitalised word before the title and name of who heads or founded it names an organisation', async () => {
    const text = '- Quora CEO Adam D’Angelo\n- Andela co-founder Iyinola Aboyeji\n- The Chair of the board\n- Acme CEO and the team\n';
    expect(await namedIn(text)).toEqual(['Quora', 'Andela']);
  });

  it('a full name before a comma and the role its person holds is a name', async () => {
    const text = 'Our staff: Steve Hoey, CLT Director; Jimm Reed, Development Director; and James Newton, Admin Manager.\nSee Grand Central, Platform Nine for trains.\n';
    expect(await namedIn(text)).toEqual(['Steve', 'Hoey', 'Jimm', 'Reed', 'James', 'Newton']);
  });

  it('a name beside the link to its account is a name: before it, or after it and a dash where the account holds its words', async () => {
    const text = '- Dav Glass [@davglass](https://github.com/davglass/) for a Raspberry Pi\n- [@mmarchini](https://github.com/mmarchini) - mary marchini\n- [@jo](https://github.com/jo) - thanks for the boards\n';
    // The links' own text and addresses name the accounts, as every link to a profile does.
    expect((await namedIn(text)).filter((w) => !['davglass', 'mmarchini', 'jo', 'https', 'github', 'com'].includes(w))).toEqual(['Dav', 'Glass', 'mary', 'marchini']);
  });

  it('a column titled for a role people hold (`Mentor`, `Evangelist`) holds their names, as they write them', async () => {
    const table = '| Region | Club | Evangelist | Status |\n| --- | --- | --- | --- |\n| India | Tech Club | Ankit kumar | Active |\n';
    // `Tech Club`: two capitalised words alone in a cell read as a name, whatever the column.
    expect(await namedIn(table)).toEqual(['Tech', 'Club', 'Ankit', 'kumar']);
    expect(await namedIn(table.replace('Evangelist', 'Programme'))).toEqual(['Tech', 'Club']);
  });

  it('a heading of a full name and a note in brackets names a person; a role\'s title with a note does not', async () => {
    const text = '### Budianto Hamuddin (Southeast Asia)\n\nText.\n\n### José Florencio Fabella Lapeña, Jr. (WAME)\n\nText.\n\n### Senior Engineer (Remote)\n\nText.\n';
    expect(await namedIn(text)).toEqual(['Budianto', 'Hamuddin', 'José', 'Florencio', 'Fabella', 'Lapeña', 'Jr']);
  });

  it('a capitalised word before a verb of saying is a name, from its first capital to its end', async () => {
    const text = 'Okonkwo says hi. Then McKinsey  said no, and O’Neil-Smith wrote back. The team adds more. X says nothing. iPhone notes it.\n';
    expect(await namedIn(text)).toEqual(['Okonkwo', 'McKinsey', 'O’Neil-Smith']);
    // `iPhone notes`: the name is `Phone`, from the first capital.
    const places = await placesIn(text);
    expect([text.indexOf('iPhone'), text.indexOf('Phone')].map((at) => places.named(at))).toEqual([false, true]);
  });

  it('a verb of saying after no word, after punctuation or inside a word names no one', async () => {
    expect(await namedIn('Okonkwo, our CTO, said so. Someone readds it; Ana: notes follow.\n')).toEqual([]);
  });

  it('names the person and the account of an entry `Name, Affiliation, handle` (the handle a link\'s text or not), and an account after its site\'s label', async () => {
    const text = '* Billy Lynch, Chainguard, wlynch\n* Aditya Sirish A Yelgundhalli, New York University / Bloomberg, adityasaky\n* Dana Wang, maintainer, GitHub ID: danajoyluck\n* Jenn Roe, Red Hat, [jroe42](https://example.org/jroe42)\n';
    expect(await namedIn(text)).toEqual(['Billy', 'Lynch', 'wlynch', 'Aditya', 'Sirish', 'A', 'Yelgundhalli', 'adityasaky', 'Dana', 'Wang', 'danajoyluck', 'Jenn', 'Roe', 'jroe']);
    // A sentence with commas, or a job title in the place of the name, is no such entry.
    expect(await namedIn('* Plan the work, review it, ship\n* Senoir Software Engineer, Platform team, remote\n')).toEqual([]);
  });

  it('names the value of a field of a name (company, employer, organisation, affiliation, name) or of a role someone holds, not a sentence or a job title there', async () => {
    const text = 'Company:  Trendyol\n\n- **Affiliation:** Acme Labs\n\nName: Senoir Engineer\n\nOrganization: we are small and grow.\n';
    expect(await namedIn(text)).toEqual(['Trendyol', 'Acme', 'Labs']);
    const roles = '- Chair: Thibaud Colas\n- Board Liaison: Afi\n- Lead: Plan the work\n- Deadline: Friday Noon\n';
    expect(await namedIn(roles)).toEqual(['Thibaud', 'Colas', 'Afi']);
    // An office a society's member holds, as its committee page lists them (held out).
    expect(await namedIn('- Publicity Officer: Shoham\n- Officer: Senoir Engineer\n')).toEqual(['Shoham']);
  });

  it('names a research group by the word before `Lab` (a lab is named for its head), not the words after', async () => {
    // A genomics lab's openings page (held out): `title: "Lai Lab - Positions"`.
    expect(await namedIn('# Lai Lab - Positions\n\nThe Chiong Laboratory hires. Lab Manager wanted; a lab tech too.\n')).toEqual(['Lai', 'Chiong']);
  });

  it('names a name and the account in brackets after it, as a role\'s value or alone in an item; not a bracket after other words', async () => {
    const text = '- Chair: Andrew Miller (nanorepublica)\n- Members:\n  - Natalia Bidart (nessita)\n\nWe use Kubernetes Operators (kopf) daily.\n';
    expect(await namedIn(text)).toEqual(['Andrew', 'Miller', 'nanorepublica', 'Natalia', 'Bidart', 'nessita']);
  });

  it('names the person of a heading that gives a name and a role, on either side', async () => {
    const text = '## Jesper Sørensen - Principal Engineer\n\n### Chief Technology Officer: Ana Lima\n\n# Jo Bloggs | Head of Design\n';
    expect(await namedIn(text)).toEqual(['Jesper', 'Sørensen', 'Ana', 'Lima', 'Jo', 'Bloggs']);
    // A community's role, as a volunteer team's page heads each maintainer's section (held out).
    expect(await namedIn('### Weekly Events Maintainer - Meg Gutshall\n\nRuns the events.\n')).toEqual(['Meg', 'Gutshall']);
    // A title with no role, or a role on both sides (a typo in it stays a typo), names no one; two
    // capitalised words beside a role are read as a name, whatever they are.
    const none = '## Key Responsibilites - Overview\n\n## Senoir Engineer - Backend Developer\n\n## Teh Team - Product Manager\n';
    expect(await namedIn(none)).toEqual(['Teh', 'Team']);
  });

  it('names a full name alone on a line or in a cell, and the items of a list of people', async () => {
    const text = '## Maintainers\n\n- Caley Woods\n- Taiyab Raja\n\n| Role | Who |\n| - | - |\n| Chair | Ana Lima |\n';
    // A table with a column of people (`Who`) names by its cells, the row's role included; not by its head.
    expect(await namedIn(text)).toEqual(['Caley', 'Woods', 'Taiyab', 'Raja', 'Chair', 'Ana', 'Lima']);
    // A note in brackets after each name (in italics or not) leaves the items names; a sentence before the bracket does not.
    expect(await namedIn('The board includes three of our members:\n\n- Andi _(term ending in 2027)_\n- Cameron (chair)\n')).toEqual(['Andi', 'term', 'ending', 'in', 'Cameron', 'chair']);
    expect(await namedIn('The board includes three of our members:\n\n- Andi _(term ending in 2027)_\n- ask the chair (soon)\n')).toEqual([]);
  });

  it('names the one-word account names of a column of people and of a list of people, not of other columns or lists', async () => {
    const table = '| Maintainer | Company Affiliation |\n| - | - |\n| aliok | Red Hat |\n| dan-j | indepedent |\n| Leo6Leo | acme corp |\n';
    // The people column's handles (any case, with digits and hyphens); the affiliation column's lower-case words stay words
    // (`Company Affiliation`, two capitalised words alone in a cell, reads as a full name, as before).
    expect(await namedIn(table)).toEqual(['Company', 'Affiliation', 'aliok', 'Red', 'Hat', 'dan-j', 'Leo', 'Leo']);
    expect(await namedIn('## Maintainers\n\n- aliok\n- @jane.doe\n- matzew\n')).toEqual(['aliok', 'jane', 'doe', 'matzew']);
    // A column of accounts on any site (`Discord Handle`, `Slack ID`); not a column of other one-word values
    // (the head `Discord Handle`, two capitalised words, reads as a full name, as above).
    const accounts = '| Name | Discord Handle | Slack ID | Status |\n| - | - | - | - |\n| Jo Bloggs | jobloggs | jo.b | actve |\n';
    expect(await namedIn(accounts)).toEqual(['Discord', 'Handle', 'Jo', 'Bloggs', 'jobloggs', 'jo', 'b']);
    // In a table of people, a column titled by a site alone holds accounts there (a moderators' table, held out); in another table it does not.
    const moderators = '| Name | Hachyderm | Discord |\n| - | - | - |\n| mnl | [mnl](https://hachyderm.io/@mnl/) | slono |\n';
    expect(await namedIn(moderators)).toEqual(['mnl', 'mnl', 'https', 'hachyderm', 'io', 'mnl', 'slono']);
    expect(await namedIn('| Event | Discord |\n| - | - |\n| Meetup | anounced |\n')).toEqual([]);
    // A list of people with a sentence among its items, and a list of one-word items under another title, name no one.
    expect(await namedIn('## Maintainers\n\n- aliok\n- ask in the channel\n')).toEqual([]);
    expect(await namedIn('## Tools\n\n- kubectl\n- kustomize\n')).toEqual([]);
    // Each item a label over account names or names: a roster by year.
    expect(await namedIn('History of election officers:\n- 2017: castrojo and parispittman\n- 2019: mrbobbytables, castrojo, sreeram-venkitesh\n')).toEqual([
      'castrojo', 'and', 'parispittman', 'mrbobbytables', 'castrojo', 'sreeram-venkitesh',
    ]);
    // Not where an item is a sentence, nor under a title that names no people.
    expect(await namedIn('History of election officers:\n- 2017: castrojo and parispittman\n- 2019: we held no election\n')).toEqual([]);
    expect(await namedIn('## Releases\n\n- 2017: castrojo, parispittman\n- 2019: mrbobbytables\n')).toEqual([]);
  });

  it('names the text of a link to a user\'s page on any site (a folder of people, `@name`), and an account after a chat\'s label', async () => {
    const text = 'Photo by [manhhai](https://www.flickr.com/people/13476480@N07/), [jdoe](https://stackoverflow.com/users/123/jdoe) and [kbee](https://medium.com/@kbee).\n\n- Slack: jsnapp\n- Discord handle: @qwerly\n';
    const places = await placesIn(text);
    const prose = text.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length));
    expect([...prose.matchAll(/\p{L}+/gu)].filter((m) => places.named(m.index)).map((m) => m[0])).toEqual(['manhhai', 'jdoe', 'kbee', 'jsnapp', 'qwerly']);
    // A site's other pages are no user's: a folder of documents, a page under a user's.
    const others = 'See [the docs](https://example.org/docs/setup/) and [a post](https://example.org/people/jo/posts/2021/hello).\n';
    const elsewhere = await placesIn(others);
    expect([...others.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)).matchAll(/\p{L}+/gu)].filter((m) => elsewhere.named(m.index)).map((m) => m[0])).toEqual([]);
  });

  it('names a name written before a comma and a link to its profile; not one before another link', async () => {
    const text = '* Kellin, [mcavoyk](https://github.com/mcavoyk)\n* Riccardo M. Cefala, [riccardomc](https://github.com/riccardomc)\n* Blogpost, [read it](https://example.org/post)\n';
    const places = await placesIn(text);
    const prose = text.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length));
    expect([...prose.matchAll(/\p{L}+/gu)].filter((m) => places.named(m.index)).map((m) => m[0])).toEqual(['Kellin', 'mcavoyk', 'Riccardo', 'M', 'Cefala', 'riccardomc']);
  });

  it('names the text of a link to a site when it is a name, capitalised; not a link of other text or within the document', async () => {
    const text = 'Inspired by [Kickstarter](https://gist.github.com/x/1) and [Rent The Runway](https://example.com/ladder).\nSee [our ladder](https://example.com/l), [Ladder](./ladder.md) and [**Bold**](https://example.com/b).\n';
    const places = await placesIn(text);
    // The words of the text, not of the addresses (the span is the whole link's).
    const prose = text.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length));
    expect([...prose.matchAll(/\p{L}+/gu)].filter((m) => places.named(m.index)).map((m) => m[0])).toEqual(['Kickstarter', 'Rent', 'The', 'Runway']);
  });

  it('takes the words of an address written out (`at`, `dot` or a dotted domain) as the document\'s own; not a time after `at`', async () => {
    const places = await placesIn('Write to **melhusseini at obramax.com.br**, jdoe [at] example [dot] org or rroe at lab dot edu. We meet at 9.30.\n');
    expect(['melhusseini', 'obramax', 'jdoe', 'example', 'rroe', 'lab'].filter((w) => places.own.has(w))).toEqual(['melhusseini', 'obramax', 'jdoe', 'example', 'rroe', 'lab']);
    expect(places.own.has('meet')).toBe(false);
    // In braces too (a lab's post, held out: `decker {at} mathematik dot uni-kl dot de`).
    const braced = await placesIn('Send an email to decker {at} mathematik dot uni-kl dot de for details.\n');
    expect(['decker', 'mathematik'].filter((w) => braced.own.has(w))).toEqual(['decker', 'mathematik']);
  });

  it('names the capitalised words that start a contact entry, a line with an e-mail address later on it', async () => {
    const text = [
      'how_to_apply:',
      '  - Andrej Kliman <ak@example.org>',
      "  - 'Egor (lead dev) egor@example.org'",
      '  - Kenneth Paskett - Creative Lead - kp@example.org',
      '  - Maxime “pep” Buquet <pep@example.org>',
      '- Write to Jane Roe at jane@example.org',
      '- Ask in the channel',
      '',
    ].join('\n');
    // Not the words after the name (`Creative Lead`), nor a sentence's words before an address, nor a line without one.
    expect(await namedIn(text)).toEqual(['Andrej', 'Kliman', 'Egor', 'Kenneth', 'Paskett', 'Maxime', 'pep', 'Buquet']);
  });

  it('reads the names on every line: the first, after a break, with CRLF line ends, in a cell, the last without a break', async () => {
    const text = 'Okonkwo says hi.\nThen\nMcKinsey said no.\r\n- Caley Woods\r\nand Ana Lima\n| Jo Bloggs | x |\nNowhere Here says';
    // `and Ana Lima` is no name alone on its line; `Nowhere Here` is followed by a verb, not an affiliation.
    expect(await namedIn(text)).toEqual(['Okonkwo', 'McKinsey', 'Caley', 'Woods', 'Jo', 'Bloggs', 'Here']);
  });

  it('reads a name alone after a line break of old Mac files (CR alone) and in a long line only at its start', async () => {
    expect(await namedIn('Intro text\r- Caley Woods\rEnd')).toEqual(['Caley', 'Woods']);
    expect(await namedIn(`${'A long line of prose about the team and its work. '.repeat(20)}Caley Woods`)).toEqual([]);
  });
});

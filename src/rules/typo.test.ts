import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { typo } from './typo.js';

describeDocExamples(typo);

const found = async (markdown: string, options?: object) => (await runRule(typo, markdown, options)).map(formatMessage);

describe('typo: what is not prose', () => {
  it.each([
    ['inline code', 'Use `recieve` here.'],
    ['fenced code', '```\nrecieve\n```'],
    ['a URL and a link destination', 'See https://exmaple.com/recieve and [the docs](https://exmaple.com/recieve).'],
    ['an e-mail address', 'Write to recieve@exmaple.com.'],
    ['a file path and a domain', 'Edit docs/recieve.md or recieve.io.'],
    ['Liquid and heading ids', 'Hello {{ page.recieve }} {% include recieve.html %}\n\n## Title {#recieve}'],
    ['a kramdown attribute list', '[Visit us](https://example.org){:rel="noopener noreferrer"}{:title="Our recieve page"}.'],
    ['HTML', '<span title="recieve">x</span>'],
    ['handles', 'Ask @recieve in #recieve-help.'],
    ['words with digits or underscores', 'Use recieve2 and recieve_x.'],
    ['Japanese text', '職務内容：チームをリードする'],
    ['acronyms and plural acronyms', 'Track KPIs, OKRs and the SLO for SOC 2.'],
  ])('skips %s', async (_, text) => {
    expect(await found(`${text}\n`)).toEqual([]);
  });
});

describe('typo: HTML blocks', () => {
  it('reads the text between the tags of an HTML block, not its tags, attributes, comments or code', async () => {
    const html = ['<p><strong>What you&#39;ll do</strong></p>', '<ul>', '<li>Mentor new enginers</li>', '<li title="recieve">Own <code>recieve</code> and <!-- recieve --> the roadmap</li>', '</ul>', ''].join('\n');
    expect(await found(html)).toEqual(['3:16-3:24: `enginers` is misspelt; did you mean `engineers`?']);
  });

  it('reads a block that holds a word-processor bullet line (parsed as `-`, every offset kept)', async () => {
    expect(await found('<p>Our values</p>\n\u2022 Comunication first\n')).toEqual(['2:3-2:15: `Comunication` is misspelt; did you mean `Communication`?']);
  });

  it('reads the first word of each element as a sentence start: a capitalised typo there is no name', async () => {
    expect(await found('<ul>\n<li>Experiance with Go</li>\n<li>Experiance with Rust</li>\n</ul>\n')).toEqual([
      '2:5-2:15: `Experiance` is misspelt; did you mean `Experience`?',
      '3:5-3:15: `Experiance` is misspelt; did you mean `Experience`?',
    ]);
  });
});

describe('typo: frontmatter', () => {
  it('reads the title and description of TOML frontmatter at their columns, not its other values', async () => {
    const doc = '+++\ntitle = "Senior Enginer"\nslug = "senior-enginer"\ntags = ["recieve"]\ndescription = \'Own the infrastucture\' # a comment\n+++\n\n# Role\n';
    expect(await found(doc)).toEqual([
      '2:17-2:24: `Enginer` is misspelt; did you mean `Engineer`?',
      '5:24-5:37: `infrastucture` is misspelt; did you mean `infrastructure`?',
    ]);
  });

  it('reads a sentence in a frontmatter list as prose, where a capitalised word mid-sentence is a name; a title stays Title Case', async () => {
    const doc = '---\ntitle: Brovex Enginer\ncompetencies:\n  - "Coaches peers at Brovex level and across the group"\n  - "Experiance with Kafka and Go"\n---\n';
    expect(await found(doc)).toEqual([
      '2:15-2:22: `Enginer` is misspelt; did you mean `Engineer`?',
      '5:6-5:16: `Experiance` is misspelt; did you mean `Experience`?',
    ]);
  });

  it('reads a value written as a sentence under any key, not a short value, a list of terms or an address', async () => {
    // A teen magazine's volunteer roles, kept as frontmatter only (held out): `requisites` is the role's requirements.
    const doc = '---\nposition: "Grapic Designers"\ntime: "20 - 40 mins / post"\nrequisites: "Preferred: have previous desgin experience, and meet strict deadlines!"\nkeywords: "desgin, canva, layuot, typography, branding, social"\nlink: "https://example.org/a b c d e recieve"\n---\n';
    expect(await found(doc)).toEqual(['4:39-4:45: `desgin` is misspelt; did you mean `design`?']);
  });

  it('reads the text fields of maps in a frontmatter list, and a value written with HTML between its tags', async () => {
    // A nursery's volunteer page (held out): a Jekyll feature row's `title` and `excerpt`.
    const doc = '---\ntitle: "Runs <code>kubeadmn</code> daily"\nsale:\n  - image_path: /assets/images/sale-prep.jpg\n    title: "<a id=\'sale\' class=\'primery\'>Plant Sale Volunteer</a>"\n    excerpt: "Volunteer at our seasonal sales - occuring the first weekend in May."\n    btn_label: "Reed more"\n---\n';
    expect(await found(doc)).toEqual(['6:49-6:57: `occuring` is misspelt; did you mean `occurring`?']);
    // An item that is a map of one string is that string (a mobile studio's `- qual: You have…`, held out).
    expect(await found('---\nqualifications:\n  - qual: You have shiped an iOS app\n  - qual: You know Swift\n    note: Recieve x\n---\n')).toEqual(['3:20-3:26: `shiped` is misspelt; did you mean `shipped`?']);
  });

  it('reads no list of people in the frontmatter as prose: their names are theirs', async () => {
    const doc = (key: string) => `---\ntitle: Mentoring Guideline\n${key}: ["Ingrid Bianka Garcia", "Experiance with Kafka and Go"]\n---\n`;
    expect(await found(doc('authors'))).toEqual([]);
    expect(await found(doc('notes'))).toEqual(['3:17-3:23: `Bianka` is misspelt; did you mean `Banka`?', '3:34-3:44: `Experiance` is misspelt; did you mean `Experience`?']);
  });

  it('leaves a TOML value with an escape, or under a table, unread rather than misplaced', async () => {
    expect(await found('+++\ntitle = "Senior \\u0045nginer"\n[params]\ndescription = "Enginer"\n+++\n')).toEqual([]);
  });
});

describe('typo: documents in another language', () => {
  const german = '# Senior Entwickler\n\n## Deine Aufgaben\n\n- Du entwickelst und betreibst unsere Plattform.\n- Du arbeitest eng mit Produkt und Design zusammen.\n\n## Dein Profil\n\n- Sehr gute Deutsch- und Englischkenntnisse.\n';

  it('leaves a document alone that declares its language in its frontmatter or its name', async () => {
    expect(await found(`---\nlang: de\n---\n\n${german}`)).toEqual([]);
    expect(await found(`+++\nlanguage = "de-AT"\n+++\n\n${german}`)).toEqual([]);
    expect(await runRule(typo, german, undefined, 'jobs/entwickler.de.md')).toEqual([]);
    // English, declared or in the name, is checked as ever; so is a name part that is no language.
    expect(await found('---\nlang: en-GB\n---\n\nOur managment team.\n')).toHaveLength(1);
    expect(await runRule(typo, 'Our managment team.\n', undefined, 'jobs/v2.io.md')).toHaveLength(1);
    // A programming language is no language of the document; English in the frontmatter wins over the name.
    expect(await found('---\nlanguage: Go\n---\n\nOur managment team.\n')).toHaveLength(1);
    expect(await runRule(typo, '---\nlang: en\n---\n\nOur managment team.\n', undefined, 'jobs/team.de.md')).toHaveLength(1);
  });

  it('leaves a document alone whose text shows its language, without a word about it', async () => {
    // 30 words or more: fewer say too little for the text to tell (src/document/language.ts).
    expect(await found(`${german}\n## Über uns\n\nWir sind ein Team, das mit Freude und Sorgfalt für unsere Kunden arbeitet.\n`)).toEqual([]);
    expect(await found(german)).toHaveLength(1);
  });

  it('says once that a document in a language it cannot tell seems not to be English, instead of a finding a word', async () => {
    const czech = '# Starší programátor\n\n## Tvoje úkoly\n\n- Rozvíjíš a udržuješ naši platformu.\n- Pracuješ úzce s týmem produktu a designu.\n\n## Tvůj profil\n\n- Velmi dobrá znalost angličtiny.\n';
    expect(await found(czech)).toEqual([
      '1:1: Not spell-checked: 10 of its 22 words (`Tvoje`, `udržuješ`, `naši`, …) are not English, so the document seems to be in another language; say which in its frontmatter (`lang: de`) or its name (`job.de.md`), or switch `typo` off for it',
    ]);
    // As advice: nothing in the document is wrong, and a repository of such documents is not failed, nor warned on every one.
    expect((await runRule(typo, czech)).map((m) => m.infoOnly)).toEqual([true]);
  });

  it('checks word by word an English document dense with unknown jargon: its English small words say what it is', async () => {
    // 9 of its 32 words unknown (over a quarter), but 11 are English small words (`the`, `and`, `with`).
    const jargon = '# Data Engineer\n\n## Responsibilities\n\n- Build the pipelines with sqlmesh and bytewax on risingwave.\n- Own the paimon tables and the lancedb store for our team.\n- Run tinybird and lakefs syncs with starrocks and motherduck.\n';
    // `risingwave`, `motherduck`, ... read as closed compounds of two words (accepted, as names of tools).
    expect((await runRule(typo, jargon)).map((m) => m.actual)).toEqual(['sqlmesh', 'bytewax', 'paimon', 'lancedb', 'lakefs']);
  });
});

describe('typo: role vocabulary', () => {
  it('accepts the words of job posts and ladders that dictionaries lack', async () => {
    const doc = '- Coachable, with a skillset to match.\n- Mentor coachees and sponsees at offsites and onsites.\n- Join our cofounders, no rockstars needed.\n- Upskilling and onboarding of mentees.\n';
    expect(await found(doc)).toEqual([]);
    // A reviewers' guide: a hold stays until its author acks the change.
    expect(await found('A hold stays until the reviewer who asked for it acks the change; PTAL when you have acked or nacked it.\n')).toEqual([]);
    // Research groups, governance and docs teams (held out): a weekly telecon, the ombudspersons, pages built with mkdocs or Astro after diataxis, diagrams in Visio.
    expect(await found('Join the weekly telecon, ask the ombudspersons, build pages with mkdocs or Astro after diataxis, and draw in Visio.\n')).toEqual([]);
    expect(await found('Run jobs on slurm or htcondor; we are no giga-funded startup.\n')).toEqual([]);
    const roles = [
      '- Build pipelines with dbt; own our lakehouse',
      '- Add rerankers and pgvector to RAG; scikit-learn, backpropagation',
      '- Run pentests and triage what pentesters find',
      '- Upsell and cross-sell; book prepaids at month-end',
      '- Show a sincere customer-centricity',
      '- Recover work with the reflog; apply creational patterns; plot with ggplot',
      '- Create optimal lods for each asset; read explorative material',
      '- Networker internally; never salesy; split the app into microfrontends',
    ];
    expect(await found(`${roles.join('\n')}\n`)).toEqual([]);
  });
});

describe('typo: names and case', () => {
  it('takes a heading of a given name and a capitalised word for a person, not a heading of two words', async () => {
    expect(await found('#### Stephen Allott\n\nChairman of the Board.\n\n#### George Ornbo\n\nManaging Director.\n')).toEqual([]);
    // A first word that is a word too, or a heading of three words, reads as any heading.
    expect((await found('## Key Responsibilites\n\n## Stephen Allott Ornbo\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['Responsibilites', 'Allott', 'Ornbo']);
  });

  it('takes a surname the dictionaries list as a proper noun, after a capitalised word, for a full name, though it is a slip from a word', async () => {
    // An open-data group's members and steering-group page (held out): `Brough` is one letter from brought.
    expect(await found('* **Mark Brough**, Research Officer, *United Kingdom*\n* Kaitlin Devine, Sunlight Foundation\n\n### Mark Brough, Publish What You Fund\n')).toEqual([]);
    // Not a listed misspelling, nor a surname inside a heading's words, nor one after a lower-case word.
    const named = (text: string) => found(text).then((f) => f.map((m) => /`([^`]+)`/.exec(m)![1]));
    expect(await named('### Senior Brough Engineer\n\nThey brough it and Devine it. We Will Devine it.\n')).toEqual(['Brough', 'brough', 'Devine', 'Devine']);
  });

  it('treats a word always capitalised and used mid-sentence as a name, but not a Title Case heading word', async () => {
    expect(await found('# Key Responsibilites\n\nWe moved to Zoekt last year. Zoekt is fast.\n')).toEqual([
      '1:7-1:22: `Responsibilites` is misspelt; did you mean `Responsibilities`?',
    ]);
  });

  it('reads a word in bold or italics, or after code, mid-sentence by the prose before its markup; at a block\'s or a sentence\'s start it is checked', async () => {
    expect(await found('- Knowing **React**, **Vute** and _Zoekt_, or ~~Zoekt~~ after `make` Daily.\n')).toEqual([]);
    expect(await found('- **Vute** first. **Zoekt** then.\n- Use it: **Gleam**\n\n| **Vyte** |\n| --- |\n| x |\n')).toEqual([
      '1:5-1:9: `Vute` is misspelt; did you mean `Vote`?',
      '1:21-1:26: `Zoekt` is not in the dictionary; did you mean `Zest`? If it is spelt right (a name, a term), add it to `words`',
      '4:5-4:9: `Vyte` is misspelt; did you mean `Vote`?',
    ]);
  });

  it('takes a capitalised word that no word of the dictionaries is near for a name; a slip leaves its word near, in either case', async () => {
    expect(await found('- **Konflux CI**: a factory.\n\nArkonaplatz 5 is our office.\n')).toEqual([]);
    expect(await found('Responsibilites first. Then solitication.\n')).toEqual([
      '1:1-1:16: `Responsibilites` is misspelt; did you mean `Responsibilities`?',
      '1:29-1:41: `solitication` is not in the dictionary; if it is spelt right, add it to `words`',
    ]);
  });

  it('takes a capitalised word mid-sentence for a name, unless, of six letters or more, it is a listed misspelling', async () => {
    // Invented: a vault named for the maintainers, a role written with a letter dropped, a committee: listed slips.
    const text = 'The maintainers meet weekly. Access to the Maintaners vault is given by the Lead Product Enginer, the engineer on call, and the Steering Commitee.\n';
    expect((await found(text)).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['Maintaners', 'Enginer', 'Commitee']);
    // Names: a short listed one (`Canva`), and unlisted ones, a word with a letter added (`Dai`,
    // `Moderna`), one slip from a word the document writes in lower case (`Proosals`), or from none (`Zoekt`).
    const names = 'We met a day early and Dai agreed. Modern teams at Moderna and Canva read the proposals; three Proosals and Zoekt users came.\n';
    expect(await found(names)).toEqual([]);
    // An owner (`Automattic's`), though cspell lists it as a slip; a word before a name with an
    // inner capital (`Stichting NixOS`), one name with it.
    expect(await found('Our deploys are not automatic: we work with Automattic’s engineers.\n')).toEqual([]);
    expect(await found('The board members of the Stichting NixOS Foundation sign it.\n')).toEqual([]);
    // A word all in capitals mid-sentence is an acronym or a project's name, listed or not; at a sentence's start it is checked.
    expect(await found('She worked on projects such as BICIKL, SYNTHESYS, and DiSSCo.\n')).toEqual([]);
    expect(await found('SYNTHESYS matters.\n')).toEqual(['1:1-1:10: `SYNTHESYS` is misspelt; did you mean `SYNTHESIS`?']);
  });

  it('reports a word that is also written in lower case, with suggestions in its case', async () => {
    const messages = await runRule(typo, 'MANAGMENT matters.\n\nOur managment team.\n');
    expect(messages.map((m) => [m.actual, m.expected?.[0]])).toEqual([
      ['MANAGMENT', 'MANAGEMENT'],
      ['managment', 'management'],
    ]);
  });

  it('checks the parts of a hyphenated word that are not known, at their own column', async () => {
    expect(await found('A self-motivatd engineer with on-call and post-mortem experience.\n')).toEqual([
      '1:8-1:16: `motivatd` is misspelt; did you mean `motivated`?',
    ]);
  });

  it('accepts the -s form of a hyphenated word whose parts are known, not a slip of one', async () => {
    expect(await found('Too much time goes on ad-hocs.\n')).toEqual([]);
    expect((await found('Too much time goes on ad-hocss.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['hocss']);
  });

  it('accepts curly-apostrophe contractions and possessives', async () => {
    expect(await found('You’ll join the team’s on-call rota; we’re hiring.\n')).toEqual([]);
    // A left quotation mark typed for the apostrophe (a word processor's wrong turn) joins the word too.
    expect(await found('Teams aren‘t blocked, and leads shouldn‘t wait on the ‘urgent’ queue.\n')).toEqual([]);
  });

  it('accepts a word with an inner capital as a product\'s name, not two words of grammar closed up', async () => {
    // A charter's `raised byThe Linux Foundation` (held out).
    expect(await found('Funds raised byThe Linux Foundation, ofThe team; we use iPhone, onTrack, inVision and DevOps.\n')).toEqual([
      '1:14-1:19: `byThe` is not in the dictionary; did you mean `by The`? If it is one word, add it to `words`',
      '1:38-1:43: `ofThe` is not in the dictionary; did you mean `of The`? If it is one word, add it to `words`',
    ]);
    // A known word run into a word that opens a sentence: a missed full stop (a mentoring post's `the workAlso, the more…`, held out).
    expect(await found('I keep a conceptual view of the workAlso, the more I learn the better. We use openSUSE.\n')).toEqual([
      '1:33-1:41: `workAlso` is not in the dictionary; did you mean `work Also`? If it is one word, add it to `words`',
    ]);
  });

  it('accepts what a document shows it writes on purpose: a name typed without the accent it writes, playful plurals in z, an address hidden from bots', async () => {
    const words = (text: string) => found(text).then((f) => f.map((m) => /`([^`]+)`/.exec(m)![1]));
    // A raid server's moderator guide (held out): `## Common Pokénav Command`, then `how to use pokenav`.
    expect(await words('## Common Pokénav Command\n\nThey may not know how to use pokenav yet.\n')).toEqual([]);
    expect(await words('## Common Pokénav Command\n\nThey may not know how to use pokenv yet.\n')).toEqual(['pokenv']);
    // A security club's officer handbook (held out): `powerz`, `Twitterz`, `Emailz` (and `Cyberz`); one alone may be a slip of `s`, its neighbouring key.
    expect(await words('To get powerz ask Ward.\n\n- **Twitterz:** post often.\n- **Emailz:** send weekly.\n')).toEqual([]);
    expect(await words('Send the reportz weekly.\n')).toEqual(['reportz']);
    // A lab's join page (held out): an address with a hidden word inside it.
    expect(await words('Send them to gha<span style="display:none">obfuscate</span>@fredhutch.org today.\n')).toEqual([]);
    expect(await words('Send them to gha<span>today</span>.\n')).toEqual(['gha']);
  });

  it('accepts a known word made a doctrine (-ism) or a verb\'s -able adjective with its e dropped, not the slips of those forms', async () => {
    // A raid server's training scenarios (`## Scenario 8: Levelism`) and a staff guide's `copy-pastable` (held out).
    expect(await found('## Scenario 8: Levelism\n\nA copy-pastable nudge message.\n')).toEqual([]);
    // A stem known only as a company's name (`citic`) makes no doctrine: a game community's maintainer policy (held out).
    expect((await found('**Harsh but fair** citicism of code is acceptable.\n')).map((m) => /`([^`]+)`/.exec(m)![1])).toEqual(['citicism']);
    // After a c or a g the e stays: `managable` and `noticable` are the slips.
    expect((await found('It is managable and noticable.\n')).map((m) => /`([^`]+)`/.exec(m)![1])).toEqual(['managable', 'noticable']);
  });

  it('accepts the office abbreviations the dictionaries lack beside those they hold (`by appt.`, `mgmt`, `dept`)', async () => {
    // A student radio station's office hours (held out).
    expect(await found('| Friday 11:00AM-1:00PM or by appt. | Program dept. | mgmt and asst. roles |\n| --- | --- | --- |\n')).toEqual([]);
    // ... and an environment as engineers shorten it (a government platform's welcome page, held out).
    expect(await found('Everything will get deployed to `Dev` env, then to the staging envs.\n')).toEqual([]);
    // ... and the AWS SDK for Python by its package's name (a working group's page, held out).
    expect(await found('- boto and botocore maintenance\n')).toEqual([]);
    // ... and a wireframing tool a designer's post names (an agency's post, held out).
    expect(await found('Experience with wireframing tools such as Balsamiq or Figma.\n')).toEqual([]);
  });

  it('accepts a short word cut short by a full stop before a number (`ver. 0.1`), not one before a word', async () => {
    // A community's governance change history (held out): `* **ver. 0.1** Initial Draft`.
    expect(await found('* **ver. 0.1** Initial Draft, 15 June 2016\n* **ver 0.2** Second Draft\n')).toEqual([
      '2:5-2:8: `ver` is misspelt; did you mean `very`?',
    ]);
  });

  it('accepts an abbreviation defined in brackets after the words it stands for, not a slip of the word before it', async () => {
    // An operating system's interest group (held out): `defined in the system capabilities (syscaps)`.
    expect((await found('It is defined in the system capabilities (syscaps), by the Head of Engineering (Enginering).\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['Enginering']);
    // A word written with its syllables apart by middle dots, as a dictionary shows it (a team's leadership guide, held out).
    expect((await found('**mutiny** (noun, plural mu·ti·nies): a revolt; not mu·ti·neis.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['neis']);
    // ... a question's abbreviation keeps its question mark (a DAO's project system, held out); a slip so written is still one.
    expect((await found('Post updates in the “What Did You Get Done This Week? (wdygdtw?)” channel. Did you see it (yuo?)\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['yuo']);
    // A word's other ending in brackets right after it, the brackets escaped as a converter writes them (a coding school's `hero\(ine\)`, held out).
    expect(await found('Do you know why you are a hero\\(ine\\)? Ask a hero(ine).\n')).toEqual([]);
    expect((await found('Do you know why you are a hero \\(ine\\)?\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['ine']);
  });

  it('takes a word in braces or after a colon fence for a directive\'s or a placeholder\'s name, not prose', async () => {
    // A governance index's MyST `:::{toctree}` (held out); Docusaurus's `:::tipp` admonition, a template's `{compnay}`.
    expect(await found(':::{toctree}\n:maxdepth: 2\n:::\n\nWrite to {compnay} and read :::tipp today; a toctre is no word.\n')).toEqual(['5:46-5:52: `toctre` is not in the dictionary; did you mean `torture`? If it is spelt right (a name, a term), add it to `words`']);
  });

  it('accepts a name an address written out holds, a name among names of several words, a company before its legal form', async () => {
    // A conference guide (held out): `Surae` beside `sure`, the name its author's address holds.
    const byline = '#### Author: Surae Noether (Brandon Jones, surae at get monero dot org\n\nMake sure of it.\n';
    expect(await found(byline)).toEqual([]);
    expect((await found(byline.replace(', surae at get monero dot org', ''))).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['Surae']);
    // ... and one written with spaces around its `@` (a docs team's post, held out).
    expect(await found('Reach out to jory @ openwebdocs.org with questions.\n')).toEqual([]);
    expect((await found('Reach out to jory with questions.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['jory']);
    // A foundation's sponsors (held out): a listed misspelling among names of up to three words.
    expect(await found('Sponsors include JetBrains, Automattic, Sovereign Tech Agency, Laravel, GoDaddy.com and Sentry.\n')).toEqual([]);
    expect(await found('Our sponsors are pixiv Inc. and Aternos GmbH.\n')).toEqual([]);
    expect((await found('Our sponsors are pixiv and Aternos.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['pixiv']);
  });

  it('reads names in JSON frontmatter as data, and its description as prose', async () => {
    const page = '{\n  "description": "The wroking group of the foundation",\n  "volunteers": [{"name": "Todd Resudek"}]\n}\n---\nBuild Working Group\n---\n\n## Mission\n\nBuild tools.\n';
    expect((await found(page)).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['wroking']);
  });

  it('accepts a prefix of the sciences before a known word, not a slip of a word that starts so', async () => {
    // A theoretical-biology group's post (held out): `infectious disease modellers and biomathematicians`.
    expect(await found('We are biomathematicians building microfrontends over geodata.\n')).toEqual([]);
    // A soft-matter lab's posts (held out): combining forms of the sciences, closed up.
    expect(await found('Rheomicroscopy of mechanosensing tissues, with thermoresponsive gels.\n')).toEqual([]);
    // ... and `lib` before a known word, as C libraries are named (a release playbook's `Upgrade dependency libfoobar to 1.2.3`).
    expect(await found('Upgrade dependency libfoobar to 1.2.3; ask the ombudspersons.\n')).toEqual([]);
    expect((await found('Biotechnlogy and neurosciense.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['Biotechnlogy', 'neurosciense']);
  });

  it('accepts a known word in capitals or a contraction with a plural s, in a title or in prose; not a slip with one', async () => {
    // A governance page's `#### Committee Member DOs and DON'Ts` (held out).
    expect(await found("#### Committee Member DOs and DON'Ts\n\nThe dos and don’ts of triage, our KPIs and URLs.\n")).toEqual([]);
    expect((await found("Mind the dos and havn'ts of triage.\n")).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(["havn'ts"]);
  });

  it('accepts an agent noun\'s -ship and an -able word\'s -ability, not a misspelt stem\'s', async () => {
    expect(await found('Committership is earned; diagnosability and reviewership matter.\n')).toEqual([]);
    expect((await found('Responsability and comitership are earned.\n')).map((m) => m.split('`')[1])).toEqual(['Responsability', 'comitership']);
  });

  it('reads a word that emphasis marks split as the reader sees it whole, not its pieces; a whole word in bold is checked', async () => {
    expect(await found('| Skill | Level |\n| --- | --- |\n| **Systems** **F****luency** | good |\n\nStrong **Coll**aboration and *syn*chronisation.\n')).toEqual([]);
    expect((await found('Strong **fluancy** in SQL.\n')).map((m) => m.split('`')[1])).toEqual(['fluancy']);
    // A link opened inside a word (a skills profile's `I[nteract professionally](…)`, held out); a link after a space is read alone.
    expect(await found('Skills: I[nteract professionally](https://example.org/skill).\n')).toEqual([]);
    expect((await found('Skills: I [nteract professionally](https://example.org/skill).\n')).map((m) => m.split('`')[1])).toEqual(['nteract']);
  });

  it('passes over a title or paragraph in another language in an English document; one word of another language\'s small words does not make a sentence foreign', async () => {
    const post = '---\ntitle: Junior Researcher für OpenBudgets gesucht\ndescription: Wir bieten dir ein interessantes Praktikum im Bereich Steuern\n---\n\nWe are looking for a researcher who will work with our team on the budgets of the European Union.\n';
    expect(await found(post)).toEqual([]);
    expect((await found('Admin privileges on varous resources, as defined in the charter.\n')).map((m) => m.split('`')[1])).toEqual(['varous']);
    // An Italian banner's alt text over an English careers page (`lavora con noi`: work with us).
    expect(await found('![Facile.it - lavora con noi!](/images/careers/banner.png)\n\nWe are looking for engineers who will work with our team.\n')).toEqual([]);
  });

  it('passes over a paragraph in a language whose small words it does not know: most of its words in lower case unknown; not English dense with unknown terms', async () => {
    // Swahili (invented): 8 of its 9 words in lower case of three letters or more unknown.
    const post = 'We are looking for an engineer who will join our team in Nairobi.\n\nTunatafuta mhandisi mwenye uzoefu katika kujenga mifumo ya wavuti na huduma za kifedha.\n\nYou will own the managment of our payments platform.\n';
    expect((await found(post)).map((m) => m.split('`')[1])).toEqual(['managment']);
    // Names and brands are capitalised in any language: a list of them is read word by word (`Snowfalke`).
    expect((await found('We use Fivetran, Hightouch, Airbyte, Dagster and Snowfalke with our team.\n')).map((m) => m.split('`')[1])).toContain('Snowfalke');
  });

  it('passes over the headings and short lines of a section in another language, a post written in German and then in English', async () => {
    const german = 'Wir sind ein junges Team aus Karlsruhe und wir bauen Maschinen, mit denen Beton wiederverwertet werden kann. Du arbeitest mit uns an der Anpassung an die Bedürfnisse der Baubranche und bist von Anfang an dabei.';
    const english = 'We are a young team from Karlsruhe and we build machines that recycle concrete for the building trade. You will work with us on the needs of the trade, and you will be part of the team from the start.';
    const post = `# Greentech Startup sucht Ingenieur*in\n\n${german}\n\n### So tickt unser Team\n\n${german}\n\n# Engineer wanted\n\n${english}\n\n## Your tasks\n\n${english} You will build protoypes with us.\n\n## About us\n\n${english}\n`;
    expect((await found(post)).map((m) => m.split('`')[1])).toEqual(['protoypes']);
  });

  it('checks image alt text at its position', async () => {
    expect(await found('![Team diagramm](team.png)\n')).toEqual(['1:8-1:16: `diagramm` is misspelt; did you mean `diagram`?']);
  });
});

describe('typo: names a document spells out', () => {
  const words = (found: string[]) => found.map((f) => /`([^`]+)`/.exec(f)![1]);

  it('a capitalised word followed by an unknown or short capitalised word is a full name; a typo before a known word is not', async () => {
    expect(await found('| lead | area |\n| --- | --- |\n| Sascha Grunert | release |\n| Paco Xu | node |\n\n- Managment Team lead.\n')).toEqual([
      '6:3-6:12: `Managment` is misspelt; did you mean `Management`?',
    ]);
  });

  it('a capitalised word before a surname the dictionaries list (a proper noun only) is a full name; before a common word it is not', async () => {
    expect(await found('| lead | area |\n| --- | --- |\n| Jintao Zhang | ingress |\n| Peeyush Gupta | storage |\n\n- Managment Smith lead.\n')).toEqual([
      '6:3-6:12: `Managment` is misspelt; did you mean `Management`?',
    ]);
  });

  it('two capitalised words listed with a full name, by `and` or a comma, are a full name too, though the second is also a common word', async () => {
    expect(await found('- SIG Packaging (Lann Martin and Calvin Prewitt, Co-chairs)\n')).toEqual([]);
    expect(await found('- SIG Docs (Calvin Prewitt, Lann Martin)\n')).toEqual([]);
    expect(await found('- SIG Web: Lann Martin\n')).toEqual(['1:12-1:16: `Lann` is misspelt; did you mean `Lan`?']);
    // Not beside a word that is no given name, nor joined by another word.
    expect(await found('- SIG Web: Lann Martin or Calvin Prewitt\n')).toHaveLength(1);
  });

  it('a capitalised word beside a middle initial or after a title of address is a name; a listed misspelling there, or a word beside an initial without its full stop, is reported', async () => {
    expect(await found('- James W. Schuetz P.G\n- Rhianna C. Rogers, Ph.D.\n\nAsk Dr. Shamsi or Ms Loera.\n')).toEqual([]);
    expect(words(await found('The Commitee A. Smith met.\n'))).toEqual(['Commitee']);
    expect(words(await found('- Rhianna C Rogers\n'))).toEqual(['Rhianna']);
    expect(await found('[^1]: Skelton, M., & Pais, M. (2019). Team topologies.\n\nSee the note.[^1]\n')).toEqual([]);
    expect(words(await found('Ask the Commitee, or the board.\n'))).toEqual(['Commitee']);
    // A reference's first author before `et al.`; not before `et` alone.
    expect(await found('It runs in SI3 (Brodeau et al. 2024).\n')).toEqual([]);
    expect(words(await found('It runs in SI3 (Brodeau et 2024).\n'))).toEqual(['Brodeau']);
  });

  it('a name in a list of people one slip from a word of grammar the document uses is a name (`Andi` beside `and`); one slip from another word it uses is a slip', async () => {
    const board = (name: string) => `# Board\n\nThe current board includes our members:\n\n- ${name} _(term ending in 2027)_\n- Cameron _(term ending in 2026)_\n\nThe chair runs meetings and votes.\n`;
    expect(await found(board('Andi'))).toEqual([]);
    expect(words(await found(board('Meetigs')))).toEqual(['Meetigs']);
  });

  it('reads capitals joined by a hyphen to an acronym that is no word as an organisation\'s name (`CNRS-LOCEAN`)', async () => {
    expect(await found('We work with CNRS-LOCEAN (Paris) and NERSC.\n')).toEqual([]);
    expect(words(await found('We work with OPEN-LOCEAN (Paris) and NERSC.\n'))).toEqual(['LOCEAN']);
  });

  it("several names in a cell of a person's column (`Person(s)`) are names; in another column they are read", async () => {
    const table = (title: string) => `| Role | ${title} | Duties |\n| --- | --- | --- |\n| Social Media | Kolja, Daniel | posting |\n| Admin | Tiberius & Veronica | contracts |\n`;
    expect(await found(table('Person(s)'))).toEqual([]);
    expect(words(await found(table('Notes')))).toEqual(['Kolja']);
  });

  it('names with their accounts in brackets, several in a table cell or listed by commas, are names and accounts', async () => {
    expect(await found('| Area | Maintainers |\n| --- | --- |\n| Setup | Daojun Zhang (stonezdj) , Qian Deng (ninjadq) |\n| Scale | Weiwei He (heww), Ziming Zhang (bitsf) |\n')).toEqual([]);
    expect(words(await found('| Area | Notes |\n| --- | --- |\n| Setup | the instll (scripts), the docs |\n'))).toEqual(['instll']);
  });

  it("a heading shaped as a name over a picture alone or over words in the first person is a person's card (a team page); over other text, or a listed misspelling, it is read as a title", async () => {
    expect(await found('# Team\n\n### Crystal Shamsi\n\n![](crystal.jpg)\n\n**Research Associate**\n')).toEqual([]);
    expect(words(await found('# Team\n\n### Crystal Shamsi\n\nText about her.\n'))).toEqual(['Shamsi']);
    expect(await found('# Board\n\n### Crystal Shamsi\n\nI’m a community catalyst and storyteller.\n')).toEqual([]);
    // ... or over a profile's first field (an open-hardware programme's experts, held out).
    expect(await found('# Experts\n\n## Wambui Karuga\n\n**Location:** Nairobi, Kenya\n\n**Affiliation:** Open Hardware Lab\n')).toEqual([]);
    expect(await found('# Experts\n\n## Rabimba Karanjai\nRabimba is a researcher and hacker.\n\n**Expertise:** WebXR\n\n**Location:** Houston, USA\n')).toEqual([]);
    expect(words(await found('# Experts\n\n## Wambui Karuga\n\n**Deadline:** Nairobi, Kenya\n\n## Other\n\n**Location:** Houston\n'))).toEqual(['Wambui', 'Karuga']);
    expect(words(await found('# Board\n\n### Crystal Shamsi\n\nIn my words, a catalyst.\n'))).toEqual(['Shamsi']);
    // A headshot set in HTML, as a trustees' page sets each candidate's (held out).
    expect(await found('# Candidates\n\n#### Crystal Shamsi\n<img class="avatar" src="https://example.org/a.png" alt="Crystal Shamsi" />\n\nText about her.\n')).toEqual([]);
    expect(words(await found('# Candidates\n\n#### Crystal Shamsi\n<div class="note">Text</div>\n\nText about her.\n'))).toEqual(['Shamsi']);
    expect(words(await found('# Team\n\n### Code Reveiw\n\n![](diagram.png)\n'))).toEqual(['Reveiw']);
  });

  it('a capitalised word mid-sentence one slip from a capitalised word the document writes is that slip, not a name', async () => {
    expect(words(await found('The TAC Chairperson and the TAC Vice Chairpeson must not be from one company.\n'))).toEqual(['Chairpeson']);
    // An acronym's letters out of order (`LGTBQ`) is a slip of it, in any place; in order it passes.
    expect(await found('We welcome people of color, TLGBQIA+ folks, LGTBQ+ people and LGBTQ+ allies.\n')).toEqual([
      '1:29-1:36: `TLGBQIA` is misspelt; did you mean `LGBTQIA`?',
      '1:45-1:50: `LGTBQ` is misspelt; did you mean `LGBTQ`?',
    ]);
    // A common word with two letters swapped starts no name (`Susbtantial European`).
    expect(words(await found('Languages beneficial • Susbtantial European Timezone overlap.\n'))).toEqual(['Susbtantial']);
    // Nor, of eight letters or more, a common word with a letter typed twice; nor a name beside a listed misspelling.
    expect(words(await found('Our philosophy is Freedom & Responsibiility. We trust you.\n'))).toEqual(['Responsibiility']);
    // ... nor a month's or a day's slip; a name one letter from none of them is a name.
    expect(words(await found('Update of Janauary 6, 2012: applications close on Wendesday.\n'))).toEqual(['Janauary', 'Wendesday']);
    expect(await found('Update of January 6, 2012: thanks to Jannali for the review.\n')).toEqual([]);
    expect(words(await found('## Team\n\n* Kate Marks - Projecy Exectutive\n* Karen Alden - Project Manager\n'))).toEqual(['Projecy', 'Exectutive']);
    expect(words(await found('We use [Blameless](https://example.org) for reviews, and the Blamelss timeline is kept.\n'))).toEqual(['Blamelss']);
    // ... the slip among its first letters found by its last (an ambassadors call's `Cmmunity Ambassadors` under `Community Ambassadors`, held out).
    expect(words(await found('# Calling for Community Ambassadors\n\nJoin one of our Cmmunity Ambassadors today, or ask Hollomon.\n'))).toEqual(['Cmmunity']);
    // A name made by changing a word's first letter is a name (`Gource` beside `Source`).
    expect(await found('# Source control\n\nWatch the history with Gource.\n')).toEqual([]);
    // Nor a common word with its first letter typed twice (a post's `- **Location** Rremote.`, held out); names that start so pass.
    expect(words(await found('- **Location** Rremote.\n- **Team** Data.\n\nVisit Aalto University and the Eerie Canal with Aaron Lloyd.\n'))).toEqual(['Rremote']);
    // A name beside a word written in lower case, an acronym, a plural: no slips.
    expect(await found('All are welcome. We are funded by the Wellcome Trust and the CITISEN programme for citizens.\n')).toEqual([]);
    // ... nor a letter typed inside it (a data team's `the Renvenue Data team` beside `the Revenue Data team`, held out), where a
    // letter doubled or added at the end makes a name (`Wellcome` beside `Welcome`, `Moderna` beside `Modern`).
    expect(words(await found('Welcome to the Renvenue Data team. You meet the Revenue Data team.\n'))).toEqual(['Renvenue']);
    expect(await found('Welcome to our team. The Wellcome Trust funds it, with Moderna; Modern teams help.\n')).toEqual([]);
  });

  it('a name the document writes, run on into a word by a missed space, is reported and offered apart', async () => {
    // An events handbook's `the Magento Open Sourceecosystem` beside `Magento Open Source` (held out).
    expect(await found('Help us grow Magento Open Source. Contributions go back to the Magento Open Sourceecosystem.\n')).toEqual([
      '1:77-1:92: `Sourceecosystem` is not in the dictionary; did you mean `Source ecosystem`? If it is one word, add it to `words`',
    ]);
    // A name of two words closed up follows no word the document writes before its first part alone.
    expect(await found('Our Source control is Git, and we search code with Sourcegraph.\n')).toEqual([]);
  });

  it("a roster's items, each a full name then what is said of the person, are names; a team's list of its work is read", async () => {
    const roster = (title: string) => `### ${title}\n\n- Kohsuke Kawaguchi (Jenkins) - 03/1/2020 to 02/28/2021\n- Yoav Landman (JFrog) - 04/20/2020 to 04/30/2021\n- Justin Abrahms (eBay) - 1 May 2022 - 1 May 2023\n`;
    expect(await found(roster('TOC Alumni'))).toEqual([]);
    expect(words(await found(roster('What the team does')))).toEqual(['Yoav']);
    // A council's ambassadors (held out): names in bold before their notes, one alone.
    const council = (title: string) => `### ${title}\n\n- **Gigi Bolt**, Columbia School of the Arts\n- **Kittson O'Neill**, Philadelphia Theater Maker\n- **Jane Harrison**\n`;
    expect(await found(council('At Large Ambassadors'))).toEqual([]);
    expect(words(await found(council('What the team does')))).toEqual(['Gigi', 'Kittson']);
  });

  it('a long roster of names and accounts is one, a joke or two among them; a short one, or one of many other items, is read', async () => {
    // An esports league's past staff (held out): handles, some capitalised, some with a role, and a joke entry.
    const staff = ['/dev/zero (Server Controller)', 'a team of ants in their prime', 'baf', 'Bakes', 'bladez (Livelogs booker)', 'blitzen', 'Celph', 'ferelah', 'Fozzlm', 'gabbo', 'hcaz', 'Ishanu', 'kocka', 'lammy', 'micko', 'munz', 'obla', 'redja', 'shrak', 'wolfeh'];
    const roster = (items: readonly string[]) => `## Past Staff\n\n${items.map((i) => `+ ${i}`).join('\n')}\n`;
    expect(await found(roster(staff))).toEqual([]);
    expect(words(await found(roster(staff.slice(0, 6))))).toEqual(['baf', 'bladez', 'blitzen']);
    const mixed = words(await found(roster([...staff.slice(2, 12), 'plans the weekly recieve', 'runs the summer cup', 'owns the hcazz list'])));
    expect(mixed).toEqual(expect.arrayContaining(['baf', 'gabbo', 'recieve', 'hcazz']));
  });

  it('the cells of a column titled for commands or options, each one token in lower case, are what a program reads; a column of prose is read', async () => {
    // A game clan's moderator page (held out): a moderation bot's commands.
    const commands = (title: string, last: string) => `## Commands\n\n${title} | Description\n--- | ---\n[alias](mod/alias.md) | Manage aliases.\nkick | Kicks user.\nmodset | Manages server settings.\n${last} | Kicks the user, deleting a day of messages.\n`;
    expect(await found(commands('Command', 'softban'))).toEqual([]);
    expect(words(await found(commands('Duty', 'softban')))).toEqual(['modset', 'softban']);
    expect(words(await found(commands('Command', 'soft recieve')))).toEqual(['modset', 'recieve']);
  });

  it('the text of a reference link defined as a profile is a name; one defined as another page is read', async () => {
    expect(await found('## Members\n\n* [Kamlesh Nagware][knagware9]\n\n[knagware9]: https://github.com/knagware9\n')).toEqual([]);
    expect(words(await found('## Members\n\n* [Kamlesh Nagware][docs]\n\n[docs]: https://example.org/docs/members\n'))).toEqual(['Kamlesh']);
    // A profile's table row labelled by a site: its account; a row of another label is read.
    expect(await found('## George\n\n| field | value |\n| --- | --- |\n| GitHub | georgebuzzell |\n| Email | gbuzzell@example.edu |\n')).toEqual([]);
    expect(words(await found('## George\n\n| field | value |\n| --- | --- |\n| Hobby | georgebuzzell |\n'))).toEqual(['georgebuzzell']);
    // A name one slip from a word the document writes (`Ines`, `lines`) is still the name of the profile it links to.
    const panel = (url: string) => `Write a few lines. The panel is our directors, [Ines](${url}) and [Dan](https://twitter.com/dsofer).\n`;
    expect(await found(panel('https://twitter.com/iteles'))).toEqual([]);
    expect(words(await found(panel('https://example.org/iteles/about')))).toEqual(['Ines']);
    // Profiles on the code hosts of China, as on GitHub.
    expect(await found('## Members\n\n+ [zhangyun](https://gitcode.com/zhangyun761)\n+ [wangyu](https://gitee.com/cyberserval)\n')).toEqual([]);
  });

  it("a word with its `g` dropped and marked so is the word (`friggin'`); unmarked, it is read as written", async () => {
    expect(await found("We'll even get the friggin' watch for you, and we're rockin’ it.\n")).toEqual([]);
    expect(words(await found('We will get the friggin watch.\n'))).toEqual(['friggin']);
    // A prefix before a hyphen is no word (`tri-folds`); a slip before a hyphen is one (`tri-folds` is not `tru-folds`).
    expect(await found('Bring stickers, tri-folds, bi-weekly notes, tele-calling lists and a banner.\n')).toEqual([]);
    expect(words(await found('Bring stickers, tru-folds and a banner.\n'))).toEqual(['tru']);
    // ... and `them` shortened onto a word (`love'em`); onto a slip, it is the slip.
    expect(await found("Kubernetes, EKS or GKE: we love'em all.\n")).toEqual([]);
    expect(words(await found("We lvoe'em all.\n"))).toEqual(["lvoe'em"]);
    // ... and two words joined by `'n'`; a slip in either is reported.
    expect(await found("No back’n’forth, just rock'n'roll.\n")).toEqual([]);
    expect(words(await found("No bakc’n’forth.\n"))).toEqual(['bakc’n’forth']);
  });

  it('a JavaScript library named with its `js` closed up is a name; a slip one letter short of it is not', async () => {
    expect(await found('We use reactjs, vuejs and NodeJS on the server, with fastify; the skills are transferrable.\n')).toEqual([]);
    expect(words(await found('We use reactj on the server.\n'))).toEqual(['reactj']);
  });

  it('a word in italics alone glossed in brackets after it is a term of another language; a listed misspelling so set is still one', async () => {
    expect(await found('Keep it in line with the *kaupapa* (principles and ideas which act as a base).\n')).toEqual([]);
    expect(words(await found('Keep it in line with the kaupapa (principles and ideas which act as a base).\n'))).toEqual(['kaupapa']);
    expect(words(await found('Keep the *commitee* (the board) informed.\n'))).toEqual(['commitee']);
  });

  it('a contraction whose apostrophe is a character reference is the contraction (`hasn&#8217;t`); a slip before one is reported', async () => {
    expect(await found('The project hasn&#8217;t begun and isn&rsquo;t funded.\n')).toEqual([]);
    expect(words(await found('The project hasn&#8217;tt begun.\n'))).toEqual(['hasn']);
  });

  it('three common words closed up are a site\'s name (`arewemeetingyet`); a slip that splits into rare pieces, or two words run together, is reported', async () => {
    expect(await found('Include a timezone or arewemeetingyet link.\n')).toEqual([]);
    expect(words(await found('List your qualitifactions and solitication, and withthe team, in an ownframework on mybike.\n'))).toEqual(['qualitifactions', 'solitication', 'withthe', 'ownframework', 'mybike']);
  });

  it('an unknown word the document writes in two forms of one stem is a term; in one form, or a listed misspelling in two, it is reported', async () => {
    expect(await found('### Our Discovery Process (Scopulating)\n\nA scopulation meeting is held first.\n')).toEqual([]);
    expect(await found('A scopulation meeting is held first.\n')).toHaveLength(1);
    expect(await found('We recieve it. It was recieved.\n')).toHaveLength(2);
    // ... so is one written with its plural (`Podling`, `podlings`); a listed misspelling so written is still reported.
    expect(await found('The board mentors the podlings.\n\n## Podling reports\n\nEach reports monthly.\n')).toEqual([]);
    expect(await found('The board mentors the podlings.\n')).toHaveLength(1);
    expect(await found('We recieve it, and she recieves it.\n')).toHaveLength(2);
  });

  it('a capitalised word after a capitalised word is a name where the document writes the two closed up too', async () => {
    expect(await found('### Pro Publica\n\nProPublica is hosting a fellowship.\n')).toEqual([]);
    expect(await found('### Pro Publica\n\nThe newsroom is hosting a fellowship.\n')).toEqual(['1:9-1:16: `Publica` is misspelt; did you mean `Public`?']);
  });

  it('a capitalised word found in a link target, URL or @handle of the document is a name', async () => {
    expect(await found('- Otta posts our jobs: [listing](https://app.otta.com/x).\n- Nabarun runs it (@palnabarun).\n- Recieve feedback.\n')).toEqual([
      '3:3-3:10: `Recieve` is misspelt; did you mean `Receive`?',
    ]);
  });

  it('a name that is the whole text of a link to a site is a name; a slip of a word the document uses is still reported there', async () => {
    expect(await found('We took ideas from [Kickstarter](https://gist.github.com/x/1) and from [Dresscode Weekly](https://example.com/b).\n')).toEqual([]);
    expect(await found('Read the documentation, then the [Documentaton](https://example.com/docs).\n')).toEqual([
      '1:35-1:47: `Documentaton` is misspelt; did you mean `Documentation`?',
    ]);
  });

  it('a word quoted alone is mentioned, not used; a slip in a longer quotation, or in a title quoted for YAML, is still reported', async () => {
    expect(await found('Our motto is "Erleuchtet", set in the font “Vegur”.\n')).toEqual([]);
    expect(await found('We call it "a greate tool".\n')).toEqual(['1:15-1:21: `greate` is misspelt; did you mean `greater`?']);
    expect(await found('---\ntitle: "Desinger"\n---\n\nText.\n')).toEqual(['2:9-2:17: `Desinger` is misspelt; did you mean `Designer`?']);
  });

  it('a capitalised word bracketed alone after a word names what comes before it; a bracketed sentence starts with its own capital', async () => {
    expect(await found('Write policy rules (Rego) for the assets.\n')).toEqual([]);
    expect(await found('We ship weekly. (Rego is ours.)\n')).toEqual(['1:18-1:22: `Rego` is misspelt; did you mean `Ergo`?']);
    // A bracket opened after a word, over a list of names or a remark, is inside the sentence too.
    expect(await found('Proficiency in a tool of your choosing (Invision, Framer, Flinto).\n')).toEqual([]);
    expect(await found('Familiarity with a ticketing system (Chatwoot is a plus).\n')).toEqual([]);
    // ... after bold words too; after a bold sentence, a bracket starts its own.
    expect(await found('Familiarity with **Chinese social media tools** (Sina, Weibo, etc.).\n')).toEqual([]);
    expect(await found('**We ship weekly.** (Rego is ours.)\n')).toEqual(['1:22-1:26: `Rego` is misspelt; did you mean `Ergo`?']);
  });

  it('the name of a contact entry is a name, written with its accents too; a slip in the rest of the line is not', async () => {
    const text = '---\ntitle: Logo\nhow_to_apply:\n  - Dániel Kántor <github@daniel-kantor.example>\n  - Matthias (memeber of the core team) <code@example.org>\n---\n\nA logo.\n';
    expect(await found(text)).toEqual(['5:15-5:22: `memeber` is misspelt; did you mean `member`?']);
  });

  it('the capitalised words of a field that asks where name places, in a CRLF document too; a slip of another field is reported', async () => {
    const post = 'Job Title: Guard\r\nApplicants Residence: Hatra District (Outside Mosul city)\r\nProject Area: Ninawah (Bardarsh,Zummar,West Mosul)\r\nDuties: Gard the site.\r\n';
    expect((await found(post)).map((m) => m.split('`')[1])).toEqual(['Gard']);
    // ... and a few words under a heading that asks where; under another heading they are read.
    const under = (title: string) => `# Backend Developer\n\n### ${title}\n\n**Buaran, East-Jakarta, Indonesia.**\n`;
    expect(await found(under('Location'))).toEqual([]);
    expect((await found(under('Perks'))).map((m) => m.split('`')[1])).toEqual(['Buaran']);
  });

  it('an account of an entry `Name, Affiliation, handle` is a name, though made from the name beside it', async () => {
    expect(await found('Maintainers:\n\n* Billy Lynch, Chainguard, wlynch\n* Dana Wang, maintainer, GitHub ID: danajoyluck\n')).toEqual([]);
    // One slip from a word the document uses, elsewhere than an account, is still a slip.
    expect(await found('Lynch owns it; ask wlynch.\n')).toEqual(['1:20-1:26: `wlynch` is misspelt; did you mean `lynch`?']);
  });

  it('a name is no slip from a two-letter word the document uses (`Afi` in a charter about AI)', async () => {
    expect(await found('# AI working group\n\nWe study AI.\n\n- Chair: Afi\n')).toEqual([]);
    // From a longer word it is.
    expect(await found('# Design working group\n\nWe design.\n\n- Chair: Desing\n')).toEqual(['5:10-5:16: `Desing` is misspelt; did you mean `Design`?']);
  });

  it('a name the dictionaries list is a name written in its own letters too (`Sørensen`, `Nuñez`)', async () => {
    expect(await found('## Administration\n- Budget\n\n## Sørensen - Principal Engineer\n### Guiding stars\n- Teach coaching\n\nAsk Nuñez.\n')).toEqual([]);
  });

  it('a word in the letters of another orthography (IPA letters, combining marks) is no slip of an English word', async () => {
    expect(await found('We work on the unceded territory of the xʷməθkʷəy̓əm people, who speak hən̓q̓əmin̓əm̓.\n')).toEqual([]);
    expect(words(await found('We work on the unceeded territory.\n'))).toEqual(['unceeded']);
  });

  it('a capitalised word with an accent, or after an elided article, is a name or a word of another language, never a slip', async () => {
    const affiliations = 'Executive members:\n\n| Role | Affiliation |\n| --- | --- |\n| Secretary | Muséum National d\'Histoire Naturelle, Paris |\n| Treasurer | University of Colorado |\n\nShe studied at Sorbonne Université and the Muséum National d’Histoire Naturelle.\n';
    expect(await found(affiliations)).toEqual([]);
    // A word in lower case in such a name, in its own language: beside a word in its letters, or itself with an accent beside a capital.
    expect(await found('She studied at the Université catholique de Louvain and works for the Bundesverband für digitale\nSouveränität.\n')).toEqual([]);
    expect(await found('She studied at the Universiteit catholique de Louvain.\n')).toEqual(['1:33-1:43: `catholique` is not in the dictionary; if it is spelt right, add it to `words`']);
    // Without its accent, the slip is reported.
    expect(await found(affiliations.replace('Sorbonne Université', 'Sorbonne Universiy'))).toEqual(['8:25-8:34: `Universiy` is misspelt; did you mean `University`?']);
    // A capitalised word of such a name, past its small words (`de`), is of its language too; not past English ones.
    // (A name one slip from a term the project writes is reported: `National`, of other posts' `National Laboratory`.)
    const vocabulary = new Set(['national']);
    expect(await found('The Barcelona Supercomputing Center - Centro Nacional de Supercomputación (BSC-CNS) is in Spain.\n', { vocabulary })).toEqual([]);
    expect(words(await found('We joined the Centro Nacional team and the Supercomputación network.\n', { vocabulary }))).toEqual(['Nacional']);
    // A small word with an accent between a name's capitalised words: the name's own language (a project's PhD posts, held out).
    expect(await found('At the Institute for Literary Studies (Institut für Literaturwissenschaft, ILW).\n', { vocabulary })).toEqual([]);
    expect(words(await found('At the Institute for Literary Studies (Institut for all, ILW).\n', { vocabulary }))).toEqual(['Institut']);
  });

  it('a given name and a surname either side of a nickname in quotes or brackets are a name (`Kristen "Kit" Lewers`, `Elycia (Ely) Wallis`)', async () => {
    expect(await found('Chairs:\n\n- [Kristen "Kit" Lewers](./backgrounds/#tardis), time and place\n- Elycia (Ely) Wallis, past chair\n\nThey lower costs.\n')).toEqual([]);
    // A bracket after one capitalised word is a note, not a nickname.
    expect(await found('Chairs:\n\n- Elycia (Ely), past chair\n\nThey lower costs.\n')).toEqual(['3:3-3:9: `Elycia` is misspelt; did you mean `Lycia`?']);
  });

  it('names in bold, two or more in a paragraph, are people introduced by a team page (`**Ngoc**, **Ly** and **Thanh** head up…`)', async () => {
    expect(await found('**Ngoc**, **Ly** and **Thanh** head up product strategy.\n\n**Anh** is our lead designer. Along with **Giang**, they own the look.\n\n**Quang** is team lead and works with **Nam N** daily.\n')).toEqual([]);
    // One bold name alone in its paragraph, bold labels of fields and bold words starting sentences are read as any word.
    expect(await found('**Anh** is our lead designer.\n\n**Locaton**: Remote. **Salary**: open.\n')).toEqual([
      '1:3-1:6: `Anh` is misspelt; did you mean `Any`?',
      '3:3-3:10: `Locaton` is misspelt; did you mean `Location`?',
    ]);
  });

  it('a capitalised word listed among names the dictionaries lack or no word is shaped as is a name, even one cspell lists as a misspelling', async () => {
    expect(await found('Our ventures include Amberscript, Dealroom.co, Contexta and Taxi2Airport.\n')).toEqual([]);
    // Listed with known words, or at a sentence's end (`Python.` is no `Dealroom.co`), it is read as any word.
    expect(await found('We use tools such as Docker, Contexta and Python.\n')).toEqual(['1:30-1:38: `Contexta` is misspelt; did you mean `Contextual`?']);
    expect(await found('We use Contexta, Amberscript and Python.\n')).toEqual(['1:8-1:16: `Contexta` is misspelt; did you mean `Contextual`?']);
  });

  it('a capitalised word in a bare address (www. or https://, a link or not) is a name', async () => {
    expect(await found('- Apply at www.otta.com or https://nabarun.dev/jobs.\n- Otta and Nabarun review it.\n')).toEqual([]);
  });

  it('a word the document writes as inline code, as its own link target or in an address is a term of the document', async () => {
    const markdown = [
      'Set up `krel` first: krel stages the release.',
      '- Read about [lsif](https://github.com/lsif) and [how gitserver works](../source/how-gitserver-works.md).',
      '- Ask the sig-contribex leads (sig-contribex-leads@kubernetes.io) or @sourcegraph/devinfra; devinfra reviews it.',
      '- Join #release-comms for the comms plan; read the [testgrid][grid] and [docsy] guides.',
      '- Recieve feedback from the krell team.',
      '',
      '[grid]: https://testgrid.k8s.io',
      '[docsy]: https://github.com/google/docsy',
      '',
    ].join('\n');
    expect(await found(markdown)).toEqual(['5:3-5:10: `Recieve` is misspelt; did you mean `Receive`?', '5:29-5:34: `krell` is misspelt; did you mean `krill`?']);
  });

  it('a heading slug, the #fragment of a link or a heading id does not make a typo a term', async () => {
    const markdown = ['- [Key Responsibilites](#key-responsibilites)', '- [Managment](https://exmaple.com/x#managment) and stakeholder managment.', '', '## Responsibilites {#responsibilites}', ''].join('\n');
    expect((await runRule(typo, markdown)).map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(['1:8 Responsibilites', '2:4 Managment', '2:64 managment', '4:4 Responsibilites']);
  });

  it('a word in any case that names a host the document links to is a name; a relative link or a path names none', async () => {
    expect(await found('Poll with [WhenIsGood](http://whenisgood.net/) and read the whenisgood results.\n')).toEqual([]);
    expect(words(await found('See [the guide](managment.md) and [notes](https://example.com/managment) on managment.\n'))).toEqual(['managment']);
  });

  it('a capitalised word in the path of a link written as a template tag is a name; a typo beside a right path is not', async () => {
    expect(await found('- [Invision instructions]({% page "/tools/invision/#offboarding" %})\n')).toEqual([]);
    expect(words(await found('- [Managment instructions]({% page "/tools/management/" %})\n'))).toEqual(['Managment']);
  });

  it('a name written apart (`code intellify`) is one the document links to whole (codeintellify); a typo of it is not', async () => {
    const links = '\n\n[sourcegraph/codeintellify](https://github.com/sourcegraph/codeintellify)\n';
    expect(await found(`- Code Intel extensions/code intellify${links}`)).toEqual([]);
    expect(words(await found(`- Code Intel extensions/code intelify${links}`))).toEqual(['intelify']);
  });

  it('a lower-case typo that also appears in a URL is still reported', async () => {
    expect(await found('- Read the managment guide: https://exmaple.com/managment.\n')).toEqual(['1:12-1:21: `managment` is misspelt; did you mean `management`?']);
    // A handle inside a URL's path is not the document's address.
    expect(await found('- Read https://medium.com/@coach/managment on managment.\n')).toEqual(['1:47-1:56: `managment` is misspelt; did you mean `management`?']);
  });
});

describe('typo: the common-misspellings list', () => {
  it('reports a listed misspelling that a large dictionary carries, with the listed correction first', async () => {
    const messages = await runRule(typo, 'We share informations with the recommanded tools.\n');
    expect(messages.map((m) => [m.actual, m.expected?.[0]])).toEqual([
      ['informations', 'information'],
      ['recommanded', 'recommended'],
    ]);
  });

  it('accepts a listed word the project allows', async () => {
    expect(await found('We share informations.\n', { words: ['informations'] })).toEqual([]);
  });

  it('accepts the British -ise form of an accepted -ize word, listed by the rule or by the project', async () => {
    expect(await found('We productionise models, as we productionize them.\n')).toEqual([]);
    expect(await found('We zorblise the data.\n', { words: ['zorblize'] })).toEqual([]);
    // Not the other way, and not a misspelling near it.
    expect((await found('We zorblize the data.\n', { words: ['zorblise'] })).length).toBe(1);
  });

  it('reads a file\'s extension and an ending in brackets as notations, not words', async () => {
    expect(await found('* .toml for the Cargo files\n* .pyc for compiled files\n\nDescribe which strategy(ies) the project contribute(s) to.\n')).toEqual([]);
    // A slip in brackets of its own, not right after a word, is still one.
    expect((await found('The team grows (sometimes teh other way), as (teh) ones do.\n')).length).toBe(2);
    // ... and a prefix in brackets right before a word.
    expect(await found('### Research (mis)conduct\n\nWe (re)write the (un)conscious rules.\n')).toEqual([]);
    // A name in a list of names (a stack, a team's tools): the unknown ones are names of the same kind.
    const stack = '# Android Developer\n\nThe app is built with:\n\n* Kotlin\n* GraphQL\n* ReactiveX\n* MVVM\n* Koin\n* MotionLayout\n* Laravel\n';
    expect(await found(stack)).toEqual([]);
    // ... but not a listed misspelling among them, nor a slip in a list of common words capitalised.
    const named = (f: string) => /`([^`]+)`/.exec(f)![1];
    expect((await found(stack.replace('* Koin', '* Recieve'))).map(named)).toEqual(['Recieve']);
    expect((await found('## Skills\n\n- Communication\n- Leadership\n- Ownership\n- Delivery\n- Comunicaton\n')).map(named)).toEqual(['Comunicaton']);
    // A board's members, some with their office in brackets after the name (a conference society's board page, held out).
    const board = '**2021-2022**\n\n* Raquel Dou (Chair)\n* Artur Czepiel (Vice Chair)\n* Anders Hammarquist (Treasurer)\n* Patrick Arminio\n* Cheuk Ting Ho\n* Silvia Uberti\n';
    expect(await found(board)).toEqual([]);
    expect((await found(board.replace('Silvia Uberti', 'Recieve'))).map(named)).toEqual(['Recieve']);
    // A runbook's tools, each item led by a link of a word or three, in any case (held out).
    const tools = '## Tools\n\n- [madtom](https://example.org/#madtom) dashboard\n- [mlive](https://example.org/mlive) tool\n- [mlocate](https://example.org/#locating) tool\n- [mrjob](https://example.org/#marlin)\n- [pgsqlstat](https://example.org/pgsqlstat)\n';
    expect(await found(tools)).toEqual([]);
    expect((await found(tools.replace('[mrjob]', '[recieve]'))).map(named)).toEqual(['recieve']);
    // The query language of web APIs, in any case, and the frameworks posts name most that the dictionaries lack.
    expect(await found('- Graphql\n- Experience with graphql APIs\n')).toEqual([]);
    expect(await found('5. Laravel, or Symfony experience.\n6. Vue and Nuxt on the front end, tested with pytest.\n')).toEqual([]);
    // Hesitation written out in a quote (`Umm`), as `hmm` is a word.
    expect(await found('Something as simple as "Umm...I would use grep" is fine.\n')).toEqual([]);
    // ... and a family of systems after a wildcard (`*nux`); a slip after an asterisk is still read.
    expect(await found('* Comfortable with *nux & the command line (and basic *nix commands)\n')).toEqual([]);
    expect((await found('Note: *recieve the keys first.\n')).length).toBe(1);
    // ... and a handle after a tilde (SourceHut, Urbit), not a word after one in a sentence.
    expect(await found("*I'm Marisa, also known as ~riprud-tidmel, VP of Product.*\n\nAsk ~sircmpwn about it.\n")).toEqual([]);
    expect((await found('It takes ~ tidmel minutes.\n')).length).toBe(1);
    // ... and a dotfile in a path (an apprenticeship's onboarding packet, held out).
    expect(await found('"~/.vimrc" sets some global options for Vim.\n')).toEqual([]);
    // ... but a slip of a common word after a tilde saying "about" is read (a jobs page, held out).
    expect((await found('We work remote-first, with ~quartely on-sites in Europe.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['quartely']);
  });

  it('takes an entry of several words as each of them (a product name written whole)', async () => {
    expect(await found('We build zorblax and flumio tools.\n', { words: ['Zorblax Flumio'] })).toEqual([]);
  });
});

describe('typo: capitals', () => {
  it('takes long capitals for codes unless one edit from a word', async () => {
    expect(await found('Apply on USAJOBS for INFOSEC and SYSANALYSIS roles.\n\n## KEY RESPONSIBILITES\n')).toEqual([
      '3:8-3:23: `RESPONSIBILITES` is misspelt; did you mean `RESPONSIBILITIES`?',
    ]);
    // At the start of a sentence, so not taken for a name.
    expect(await found('INFOSEC roles are open.\n', { allowAcronyms: false })).toEqual([
      '1:1-1:8: `INFOSEC` is not in the dictionary; did you mean `INFUSED`? If it is spelt right (a name, a term), add it to `words`',
    ]);
  });

  it('takes capitals run into a capitalised word for a name (`GDrive`, `JQuery`), unless the first is a word or the word\'s own capital twice', async () => {
    expect(await found('GDrive links. JQuery first. USAGov too.\n')).toEqual([]);
    expect(await found('IThink so. TThe team.\n').then((f) => f.map((m) => m.split(':')[0] + ':' + m.split('`')[1]))).toEqual(['1:IThink', '1:TThe']);
  });
});

describe('typo: the tools job posts name', () => {
  it('accepts platform, security, people and sales tools at the start of a bullet, where a capitalised name is checked', async () => {
    const bullets = ['Karpenter and Crossplane on EKS.', 'Semgrep, SonarQube and CrowdStrike in CI and on laptops.', 'Jamf, Intune or Kandji for devices.', 'Oncall for a multitenant platform.', 'Gainsight and Salesloft for the accounts.', 'Personio, Deel and Carta for people ops.', 'Glassdoor and Wellfound reviews.'];
    expect(await found(bullets.map((b) => `- ${b}`).join('\n') + '\n')).toEqual([]);
  });
});

describe('typo: suggestions beyond everyday English', () => {
  // Frequent English words are scanned first; these corrections are only in the technical
  // vocabulary, found by cspell's search of the dictionaries.
  it('suggests the tool or language that a typo of it meant', async () => {
    // A capitalised word mid-sentence would be taken for a name; at a sentence's start it is checked.
    const messages = await runRule(typo, 'Typescirpt services on kuberntes, deployed with terrafrom and searched with elasticsearh.\n');
    expect(messages.map((m) => [m.actual, m.expected?.[0]])).toEqual([
      ['Typescirpt', 'Typescript'],
      ['kuberntes', 'kubernetes'],
      ['terrafrom', 'terraform'],
      ['elasticsearh', 'elasticsearch'],
    ]);
  });
});

describe('typo: fixes', () => {
  const fixes = async (markdown: string) => (await runRule(typo, markdown)).map((m) => [m.actual, m.fix ? markdown.slice(0, m.fix.range[0]) + m.fix.text + markdown.slice(m.fix.range[1]) : undefined]);

  it('offers a fix for a common misspelling with one listed correction, in the case it was written, wherever the word stands', async () => {
    const doc = '---\ntitle: Senior Enginer\n---\n\n## Infrastruture\n\nWork publically.\n\n<p>Commited to [transfering](x) data</p>\n';
    expect((await runRule(typo, doc)).map((m) => [m.actual, m.fix])).toEqual([
      ['Enginer', { range: [18, 25], text: 'Engineer' }],
      ['Infrastruture', { range: [34, 47], text: 'Infrastructure' }],
      ['publically', { range: [54, 64], text: 'publicly' }],
      ['Commited', { range: [70, 78], text: 'Committed' }],
      ['transfering', { range: [83, 94], text: 'transferring' }],
    ]);
    expect(await fixes('Own [transfering](x) data\n')).toEqual([['transfering', 'Own [transferring](x) data\n']]);
  });

  it('offers none where the reader must choose or the suggestion is a guess', async () => {
    // `carrer` is listed with career and carrier; `autoomatic` is not listed at all.
    expect(await fixes('A carrer of autoomatic checks.\n')).toEqual([
      ['carrer', undefined],
      ['autoomatic', undefined],
    ]);
  });
});

describe('typo: words run together', () => {
  const suggested = async (markdown: string) => (await runRule(typo, markdown)).map((m) => [m.actual, m.expected, m.reason]);

  it('suggests the two words a missed space ran together, as a likelier reading, not a certain one', async () => {
    expect(await suggested('We keep the scopesand engineeringroles here.\n')).toEqual([
      ['scopesand', ['scopes and', 'scope sand', 'copeland'], '`scopesand` is not in the dictionary; did you mean `scopes and`? If it is one word, add it to `words`'],
    ]);
    // A preposition run into the word before it (`panelbefore`) is a missed space, as `and` is.
    expect((await suggested('Agree the work with a member of the panelbefore starting on it.\n')).map(([word]) => word)).toEqual(['panelbefore']);
    expect((await suggested('You should have atleast two years of Python.\n')).map(([word]) => word)).toEqual(['atleast']);
    // A negative prefix swapped for the one the word takes (`unsufficiently` for `insufficiently`) is a slip, not a compound.
    expect((await suggested('The work has been unsufficiently documented, and the plan unsufficient.\n')).map(([word]) => word)).toEqual(['unsufficiently', 'unsufficient']);
  });

  it('suggests the hyphenated compound the dictionary knows, with confidence', async () => {
    expect(await suggested('An indepth review, free tshirts.\n')).toEqual([
      ['indepth', ['in-depth', 'inept', 'incept'], '`indepth` is misspelt; did you mean `in-depth`?'],
      ['tshirts', ['t-shirts', 'shirts', 'thirst'], '`tshirts` is misspelt; did you mean `t-shirts`?'],
    ]);
  });

  it('splits no word one slip from a word, no capitalised word (likelier a name), and repeats no listed correction', async () => {
    expect((await suggested('Print the lables.\n'))[0]![1]).toEqual(['labels', 'ladles', 'ables']);
    expect((await suggested('Scopesand stores the repositories.\n'))[0]![1]).toEqual(['Copeland']);
    expect((await suggested('We ship alot.\n'))[0]![1]).toEqual(['a lot', 'allot', 'lot']);
  });
});

describe("typo: words made of the organisation's own name", () => {
  it('accepts a word that starts with the repository name (not a common word), and still reports a typo beside it', async () => {
    const doc = 'Our zorvexians shape the culture. Our Zorvex app ships weekly, with no managment.\n';
    expect((await runRule(typo, doc, undefined, 'zorvex-handbook/people.md')).map((m) => m.actual)).toEqual(['managment']);
    expect((await runRule(typo, doc, undefined, 'acme-handbook/people.md')).map((m) => m.actual)).toEqual(['zorvexians', 'managment']);
  });

  it("accepts the repository's own name one letter from a word the document uses (`ALife` beside `Life`), not a slip of it elsewhere", async () => {
    const doc = '## About ALife\n\nThe Artificial Life Institute studies life.\n';
    expect((await runRule(typo, doc, undefined, '/alife-web/jobs/analyst.md', '/alife-web')).map((m) => m.actual)).toEqual([]);
    expect((await runRule(typo, doc, undefined, '/acme-web/jobs/analyst.md', '/acme-web')).map((m) => m.actual)).toEqual(['ALife']);
  });

  it('accepts the own name written with a hyphen (`tractus-x` in the repository `eclipse-tractusx`)', async () => {
    const doc = 'Read the [eclipse tractus-x expectations of the committer role](./roles.md).\n';
    expect((await runRule(typo, doc, undefined, '/eclipse-tractusx.github.io/docs/roles.md', '/eclipse-tractusx.github.io')).map((m) => m.actual)).toEqual([]);
    expect((await runRule(typo, doc, undefined, '/acme-web/docs/roles.md', '/acme-web')).map((m) => m.actual)).toEqual(['tractus']);
  });
});

describe("typo: the project's terms (its vocabulary, given by the engine)", () => {
  it('accepts a word the project uses consistently, but never a listed misspelling or one slip from a word the document uses', async () => {
    const vocabulary = new Set(['frobc', 'publically', 'managment']);
    expect((await found('Build with frobc, publically, and ask the managment of management.\n', { vocabulary })).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['publically', 'managment']);
    expect((await found('Build with frobc.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['frobc']);
    // Nor a word of grammar run into a common word (`atleast`), a missed space copied from post to post.
    expect((await found('Fix bugs (atleast the critical ones) first.\n', { vocabulary: new Set(['atleast']) })).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['atleast']);
    // A listed misspelling the project writes as a term (a product cspell lists as a slip): reported, never fixed; fixed where the project does not.
    const fixes = async (vocabulary: Set<string>) => (await runRule(typo, 'Help build and improve mirrord.\n', { vocabulary })).map((m) => [m.actual, m.fix !== undefined]);
    expect(await fixes(new Set(['mirrord']))).toEqual([['mirrord', false]]);
    expect(await fixes(new Set())).toEqual([['mirrord', true]]);
  });

  it("reports a name one slip from a term of eight letters or more the project writes (its own name mistyped), offering the term", async () => {
    const vocabulary = new Set(['kubewarden', 'policies']);
    expect(await found('We welcome everyone to the Kuberwarden community.\n', { vocabulary })).toEqual(['1:28-1:39: `Kuberwarden` is misspelt; did you mean `Kubewarden`?']);
    // The term itself, its plural, a shorter term's slip, or without the vocabulary: a name as before.
    expect(await found('We welcome everyone to the Kubewarden community and the Kubewardens.\n', { vocabulary })).toEqual([]);
    expect(await found('We thank Polices for the review.\n', { vocabulary })).toEqual([]);
    expect(await found('We welcome everyone to the Kuberwarden community.\n')).toEqual([]);
  });

  it('takes a word of six letters or more with another letter before it for a name made so, used twice (`kgateway`), not for a slip', async () => {
    expect(await found('# Kgateway Charter\n\nThe kgateway project builds the best API Gateway. Kgateway is a control plane.\n')).toEqual([]);
    // A letter typed twice before the word is still a slip; so is one inside it.
    expect((await found('The ggateway project builds the best API Gateway. The ggateway team.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['ggateway', 'ggateway']);
    expect((await found('The gatexway project builds the best API Gateway. The gatexway team.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['gatexway', 'gatexway']);
  });

  it('never takes a common word with a letter typed in more or two swapped for a term, however often it is written', async () => {
    expect((await found('## Current Vancancies\n\nHere are the vancancies we are looking to fill.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['Vancancies', 'vancancies']);
    // A coined term, one a letter from a rare word (`reland`, `eland`), or a short one (`sitrap`) stays a term.
    expect(await found('Each pattern has a patletto; read the patletto first. Reland the change, then reland it again. File a sitrap, then a sitrap.\n')).toEqual([]);
    // Nor, written in lower case, with a letter left out each time (a graduate programme's `software craftmanship` ×3, held out).
    expect((await found('Our craftmanship academy teaches craftmanship; craftmanship matters.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['craftmanship', 'craftmanship', 'craftmanship']);
  });

  it('reads a word of another language with an accent in a short phrase quoted whole as mentioned, not a slip', async () => {
    // A lab's post (held out): `a "salaire brut chargé" (total cost for the project)`.
    expect(await found('The pay is a "salaire brut chargé" (the total cost), or a salaire brut; the salaire is fixed.\n')).toEqual([]);
    expect((await found('The pay is a chargé total cost.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['chargé']);
  });

  it('takes a word of three letters used twice for a term though a word the document uses is one slip away (`sev` beside `see`); a longer one stays a slip', async () => {
    expect(await found('High-sev incidents see a page at once; Low-sev ones wait.\n')).toEqual([]);
    expect((await found('The managment team and the managment of management.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['managment', 'managment']);
  });
});

describe('typo: real words the dictionaries lack, by how they are made', () => {
  it('accepts a common word after a prefix where the word one slip away is far rarer, and the -ee noun of a known -er noun', async () => {
    expect(await found('Reshare the post, list the retagged formulae and brief your reportees.\n')).toEqual([]);
  });

  it('takes no word split before an ending of inflection for two words (`developer ing`): it is one word inflected wrongly', async () => {
    expect((await found('1. Developering back-end features with automated tests\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['Developering']);
  });

  it('accepts `mis` and `e` before a known word, written -ize where the dictionaries hold only the -ise form; not a slip, nor British spelling under en-US', async () => {
    expect(await found('If a repository is miscategorized or misaligned, say so.\n')).toEqual([]);
    // A prefix before a hyphen is no word of its own; the word after it is still read.
    expect((await found('Mis-hires hurt; pre-screen calls and sub-teams help; mis-hirse too.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['hirse']);
    // `e` (electronic) closed up before a known word of five letters or more, as ebook is; not before a word of grammar.
    expect((await found('Search the ejournal platforms and elearning courses ewhere.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['ewhere']);
    // An `e` typed twice before a word that starts with one is a slip.
    expect((await found('We need eexperience and eeducation here.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['eexperience', 'eeducation']);
    expect((await found('A mistale in the organisation.\n', { locale: 'en-US' })).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['mistale', 'organisation']);
    // A rare word's British -ise form, where the dictionaries hold only its -ize form; not under en-US, nor after a short stem.
    expect(await found('We tune the parameterisations of the model.\n')).toEqual([]);
    expect((await found('We tune one parameterisation at a time.\n', { locale: 'en-US' })).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['parameterisation']);
    expect((await found('Do not capsise the boat.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['capsise']);
  });

  it('accepts real words the dictionaries lack, from the project\'s list (`revote`, `shoutout`, `lipidomic`)', async () => {
    expect(await found('Ties go to a revote; a shoutout to the team for the lipidomic data.\n')).toEqual([]);
    expect(await found('Write a smidge of Bash; watch the presubmits and the autoscaling; own career pathing.\n')).toEqual([]);
    expect(await found('Build dapps on mainnet and testnet; we hire a medior engineer.\n')).toEqual([]);
    // A word the project's list holds is accepted though a list of misspellings names it a slip (`keystore` of `keystone`).
    expect(await found('You know push notifications, the keystore and the keychain of mobile platforms.\n')).toEqual([]);
  });

  it('accepts the -ization or -ification noun of a known word, and an abbreviation without a vowel', async () => {
    expect(await found('Own the monitorization and the de-cruftification of services; inbox mgmt for the team.\n')).toEqual([]);
  });

  it('accepts the -ly adverb of a known adjective of a regular ending, not of a noun or a slip', async () => {
    expect(await found('Work distributedly, think disciplinarily and report organisationally.\n')).toEqual([]);
    expect((await found('We met accidently; the team works distributedy.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['accidently', 'distributedy']);
  });

  it('accepts the -al adjective of a known -ion noun, not of a slip of one', async () => {
    // An on-call guide's `the preparational aspects of on-call` (held out).
    expect(await found('We cover the preparational aspects of on-call, and work preparationally.\n')).toEqual([]);
    expect((await found('We cover the preparasional and profesional aspects.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['preparasional', 'profesional']);
  });

  it('accepts the -s form of a known word of six letters or more that the dictionaries list without it', async () => {
    expect(await found('Record screencasts and run the standups.\n')).toEqual([]);
    // A listed misspelt plural, the -s of a short word or a word of grammar, and the -s of a slip are still reported.
    expect((await found('Send the informations; whichs rules; thiss is late; the screencsts are up.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['informations', 'whichs', 'thiss', 'screencsts']);
    // A word with no plural: the `s` is a possessive's, its apostrophe left out (a scout pack's volunteer page, held out).
    expect((await found('We fit everyones schedule and anybodys time.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['everyones', 'anybodys']);
  });

  it('accepts a known word written with only some of its accents, not with a wrong accent', async () => {
    expect(await found('Send your resumé; we read all resumés.\n')).toEqual([]);
    expect((await found('Send your resumè and your résumê.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['resumè', 'résumê']);
  });

  it('still reports such a noun of a misspelt word, and a slip that keeps a vowel', async () => {
    expect((await found('Own the catagorization and the mngmt of services.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['catagorization']);
    expect((await found('Inbox mgnt and mangmt.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['mangmt']);
  });

  it('still reports the slip whose neighbour is the common word, a prefix before a name, and a listed misspelling', async () => {
    expect((await found('Then depoly it, solve the delima and join the commitee.\n')).map((f) => /`([^`]+)`/.exec(f)![1])).toEqual(['depoly', 'delima', 'commitee']);
  });
});

describe('typo: text the source writes with escapes and references', () => {
  it('reads the words of a line that holds an escape or a character reference, at their columns', async () => {
    expect(await found('## Managment &amp; Leadrship\n\nWe value enginering \\* and teamwrok &#8212; daily.\n')).toEqual([
      '1:4-1:13: `Managment` is misspelt; did you mean `Management`?',
      '1:20-1:29: `Leadrship` is misspelt; did you mean `Leadership`?',
      '3:10-3:20: `enginering` is misspelt; did you mean `engineering`?',
      '3:28-3:36: `teamwrok` is misspelt; did you mean `teamwork`?',
    ]);
  });
});

describe("typo: cspell's in-document settings", () => {
  const words = (found: string[]) => found.map((f) => /`([^`]+)`/.exec(f)![1]);

  it('accepts the words a document lists, under every prefix and spelling of the directive cspell reads', async () => {
    const lists = [
      '<!-- cspell:words lakefs -->',
      '<!-- cSpell:ignore lakefs -->',
      '<!-- spell-checker: ignoreWords dbtx, lakefs -->',
      '<!-- spellchecker::word lakefs -->',
      '<!-- cspell:ignore-words qux;lakefs -->',
    ];
    for (const list of lists) expect(await found(`${list}\n\nWe run lakefs.\n`), list).toEqual([]);
    // Not directives: another directive, a word that only contains `spell`, a key of cspell's it does not act on.
    for (const other of ['<!-- cspell:wordsx lakefs -->', '<!-- misspell:words lakefs -->', '<!-- cspell:flagWords lakefs -->']) {
      expect(words(await found(`${other}\n\nWe run lakefs.\n`)), other).toEqual(['lakefs']);
    }
  });

  it('reads a list from the frontmatter as 18F writes it, case-insensitively, with the parts of a hyphenated entry', async () => {
    const doc = '---\ntitle: Guilds\ncSpell: ignore Ahearn,GUMMI,minne-webcon\n---\n\nAhearn brings gummi bears to minne and webcon, not to the warehous.\n';
    expect(words(await found(doc))).toEqual(['warehous']);
  });

  it('is off from `cspell:disable` to `cspell:enable`, or to the end without one, and on one line or the next', async () => {
    const doc = [
      'Ojiaku one.',
      '<!-- cspell:disable -->',
      'Rollyson two.',
      '<!-- cspell:enable -->',
      'Polyakk three. <!-- cspell:disable-line -->',
      'Matiss four.',
      '<!-- cspell:disable-next-line -->',
      'Jedinyy five.',
      'Dussaul six.',
      '<!-- cspell:disable -->',
      'Derosenaa seven.',
      '',
    ].join('\r\n');
    expect(words(await found(doc))).toEqual(['Ojiaku', 'Matiss', 'Dussaul']);
  });

  it('applies to its own document only', async () => {
    expect(words(await found('We run lakefs.\n'))).toEqual(['lakefs']);
  });
});

describe('typo: how sure a finding says it is', () => {
  it('"misspelt" for a listed misspelling or one slip from its suggestion; a farther guess is offered as one', async () => {
    expect(await found('We value teamwrok and a publically shared plan.\n')).toEqual([
      '1:10-1:18: `teamwrok` is misspelt; did you mean `teamwork`?',
      '1:25-1:35: `publically` is misspelt; did you mean `publicly`?',
    ]);
    expect(await found('We split the monolith with packwerk.\n')).toEqual([
      '1:28-1:36: `packwerk` is not in the dictionary; did you mean `packer`? If it is spelt right (a name, a term), add it to `words`',
    ]);
  });
});

describe('typo: invisible characters inside a word', () => {
  it('reads the word as shown: no finding for a known word, and a misspelt one is told and fixed whole', async () => {
    expect(await found('We value Require\u200Bments and Leader\u00ADship.\n')).toEqual([]);
    const [message] = await runRule(typo, 'We value managm\u200Bent.\n');
    expect(message!.message).toBe('`managment` is misspelt; did you mean `management`?');
    expect([message!.place]).toMatchObject([{ start: { line: 1, column: 10 }, end: { line: 1, column: 20 } }]);
    expect(message!.fix).toEqual({ range: [9, 19], text: 'management' });
  });
});

describe('typo: letters that run on past any word', () => {
  it('reports a run of 20,000 letters once, as no word, without spelling it (it took over a minute)', async () => {
    const started = performance.now();
    expect(await found(`# T\n\n${'a'.repeat(20000)} and ${'b'.repeat(60)}-c\n`)).toEqual([
      '3:1-3:20001: `aaaaaaaaaaaaaaaaaaaa…` (20,000 characters) is longer than any word, so it was not spell-checked; if it is data or code, write it between backticks',
      '3:20006-3:20068: `bbbbbbbbbbbbbbbbbbbb…` (62 characters) is longer than any word, so it was not spell-checked; if it is data or code, write it between backticks',
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('spells a 45-letter word and the parts of a long hyphenated one, and stays silent where cspell is off', async () => {
    expect(await found('pneumonoultramicroscopicsilicovolcanoconiosis and state-of-the-art-and-then-some-more-words\n')).toEqual([]);
    expect(await found(`<!-- cspell:disable -->\n${'a'.repeat(500)}\n`)).toEqual([]);
  });
});

describe('typo: words hyphenated across a line break', () => {
  it('reads `manage-` and `ment` on the next line as one word, as pasted from a PDF', async () => {
    expect(await found('We need manage-\nment and atten-\ntion, in a list and a quote too:\n\n- respon-\n  sibilities\n\n> knowl-\n> edge\n')).toEqual([]);
  });

  it('reports the halves of a misspelt one, but offers no fix for either (`ment` is no slip for `meant` there)', async () => {
    const messages = await runRule(typo, 'Strong managm-\nent skills.\n');
    expect(messages.map((m) => `${m.line}:${m.column} ${m.actual} ${m.fix ? 'fix' : 'no fix'}`)).toEqual(['1:8 managm no fix', '2:1 ent no fix']);
  });
});

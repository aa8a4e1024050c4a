import { describe, expect, it } from 'vitest';
import { readLevel, readLevelTitle } from '../document/level-name.js';
import { defaultConfig } from '../engine/config.js';
import { modelsOnly } from '../engine/project.js';
import { lint } from '../node/lint.js';

/** Only the rules on many documents: the others have their own tests, and the speller is slow to load. */
const config = modelsOnly(defaultConfig());

/** ladder-consistency's findings over documents linted together, as `file:line message`. */
async function found(files: Record<string, string>): Promise<string[]> {
  const results = await lint(Object.entries(files).map(([path, text]) => ({ path, contents: new TextEncoder().encode(text) })), () => config);
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'ladder-consistency').map((m) => `${r.path}:${m.line} ${m.message}`));
}

const level = (title: string, sections: Record<string, string>) => `# ${title}\n${Object.entries(sections).map(([name, text]) => `\n## ${name}\n\n${text}\n`).join('')}`;

describe('level names', () => {
  it.each([
    ['L3', { series: 'l', number: 3 }],
    ['IC5', { series: 'ic', number: 5 }],
    ['Level 4', { series: 'level', number: 4 }],
    ['level-2', { series: 'level', number: 2 }],
    ['Engineer II', { rank: 2, sub: 2 }],
    ['Senior Engineer III', { rank: 3, sub: 3 }],
    ['Senior Staff Engineer', { rank: 5 }],
    ['Sr Staff Engineer', { rank: 5 }],
    ['Sr. Principal Engineer', { rank: 5.5 }],
    ['Associate Product Manager', { rank: 1 }],
    ['Principal Designer', { rank: 5 }],
    ['Senior Product Manager', { rank: 3 }],
    ['Senior II Engineer', { rank: 3, sub: 2 }],
    ['middle-i-engineer', { rank: 2, sub: 1 }],
  ])('%s', (text, expected) => {
    expect(readLevelTitle(text)).toMatchObject(expected);
  });

  it.each(['Team Lead', 'Lead onboarding', 'Step 2: post the job', 'Mid year performance review important dates', 'What skills are needed to lead projects?', 'Responsibilities'])(
    'a title that mentions a level without naming one: %s',
    (text) => {
      expect(readLevelTitle(text)).toBeUndefined();
    },
  );

  it('reads file names whatever their separators', () => {
    expect(readLevel('developers--level3')).toMatchObject({ number: 3 });
    expect(readLevel('backend senior')).toMatchObject({ rank: 3 });
    expect(readLevel('sr_staff_engineer')).toMatchObject({ rank: 5 });
  });

  it('reads a management track on its own scale, from file names only', () => {
    expect(readLevel('managers--vp_engineering')).toMatchObject({ series: 'management', rank: 5 });
    expect(readLevel('principal_director_engineering')).toMatchObject({ series: 'management', rank: 4 });
    expect(readLevel('sr_director_of_engineering')).toMatchObject({ series: 'management', rank: 4 });
    expect(readLevel('sr_engineering_manager')).toMatchObject({ series: 'management', rank: 2 });
    expect(readLevelTitle('Engineering Manager')).toBeUndefined();
  });
});

describe('ladder-consistency', () => {
  const write = (n: number) => ({ Delivery: `Delivers work of scope ${'abcdef'[n]} with the autonomy of step ${'uvwxyz'[n]}.`, Collaboration: `Works with partners of circle ${'ghijkl'[n]} on goals of kind ${'mnopqr'[n]}.` });

  it('is quiet on a ladder whose levels each say something of their own', async () => {
    expect(await found({ 'l/L1.md': level('L1', write(0)), 'l/L2.md': level('L2', write(1)), 'l/L3.md': level('L3', write(2)) })).toEqual([]);
  });

  it('takes a level page that shows the level below beside it, under its name, for a comparison, not a copy', async () => {
    // Each page shows the level below (where there is one), this one and the next, each under its name.
    const top = level('Sr Staff Engineer', { Scope: `Staff Engineer\n\n${write(3).Delivery}\n\nSr Staff Engineer\n\n${write(4).Delivery}` });
    const ladder = { 'paths/staff_engineer.md': level('Staff Engineer', { Scope: `Staff Engineer\n\n${write(3).Delivery}\n\nSr Staff Engineer\n\n${write(4).Delivery}` }), 'paths/sr_staff_engineer.md': top };
    expect(await found(ladder)).toEqual([]);
    // Without the names, the same text is a copy.
    const bare = (text: string) => text.replace(/^(?:Sr )?Staff Engineer$/gm, '');
    expect(await found({ 'paths/staff_engineer.md': bare(ladder['paths/staff_engineer.md']), 'paths/sr_staff_engineer.md': bare(top) })).toHaveLength(1);
  });

  it('reads no ladder from a table that maps bands to the titles of their pages, a band holding two titles', async () => {
    const map = '# Paths\n\n| | Technical | Management |\n|---|---|---|\n| L2 | [Software Engineer 1](se1.html) | |\n| L2 | [Software Engineer 2](se2.html) | |\n| L3 | [Senior Software Engineer 1](sr1.html) | |\n| L4 | [Senior Software Engineer 2](sr2.html) | [Engineering Manager](em.html) |\n';
    expect(await found({ 'paths.md': map })).toEqual([]);
    // A table whose cells say what each level does is a ladder, and its band named twice is reported.
    const texts = ['Fixes small bugs with help from a mentor', 'Ships features of a sprint on their own', 'Owns a service and its on-call rota', 'Leads a project across two teams', 'Hires and coaches a team of engineers'];
    const ladder = map.replace(/\[[^\]]+\]\([^)]+\)/g, () => texts.shift()!);
    expect(await found({ 'paths.md': ladder })).toEqual(['paths.md:6 `L2` is the level of `paths.md` (line 5) too: a level named twice in one ladder']);
  });

  it('reads levels numbered by other letters (`IC1`-`IC4` beside `M1`-`M3`) as two tracks, not one level named twice', async () => {
    const table = '# Levels\n\n| Level | Scope |\n|---|---|\n| IC1 | Ships features of a sprint on their own |\n| IC2 | Owns a service and its on-call rota |\n| IC3 | Leads a project across two teams |\n| IC4 | Sets the direction of a domain |\n| M1 | Grows a team of three to five engineers |\n| M2 | Scales a team of ten to fifteen |\n';
    expect(await found({ 'levels.md': table })).toEqual([]);
    // One track's level named twice (and the level it leaves out) is still reported.
    expect(await found({ 'levels.md': table.replace('| IC3 |', '| IC2 |') })).toEqual([
      'levels.md:7 `IC2` is the level of `levels.md` (line 6) too: a level named twice in one ladder',
      'levels.md:8 `IC4` follows `IC2`: the ladder has no level 3',
    ]);
    // A level's heading of five words and a dash is a level's name (`M2 - Senior Product Manager (Manager)`): no level is missing.
    const track = ['M1 - Product Manager (Manager)', 'M2 - Senior Product Manager (Manager)', 'M3 - Director of Product'].map((name, i) => `## ${name}\n\n${['Manages three to five product managers.', 'Manages ten to fifteen product managers and their leads.', 'Owns the product area and its strategy.'][i]}\n`).join('\n');
    expect(await found({ 'pm.md': `# Product levels\n\n${track}` })).toEqual([]);
  });

  it('reads no ladder from a table of incident priorities or severities named as levels (`P1`-`P4`)', async () => {
    const table = (first: string) => `# Support\n\n| ${first} | Example | In hours | Out of hours |\n|---|---|---|---|\n| P1 | Apps no longer served by the platform | Respond in twenty minutes | Respond in forty minutes |\n| P2 | Users cannot push their apps to it | Respond in one hour | Respond in two hours |\n| P3 | Users see degraded service at times | Respond in two hours | |\n| P4 | A component fails without harm to service | Respond in one business day | Respond in two business days |\n`;
    expect(await found({ 'support.md': table('Classification') })).toEqual([]);
    expect(await found({ 'support.md': table('Level') })).toEqual(["support.md:7 `Out of hours` is in the levels around `P3` (`P2`, `P4`) but not in it"]);
  });

  it('reports a repeat in the numbering on the second level of that number', async () => {
    expect(await found({ 'l/L1.md': level('L1', write(0)), 'l/L2.md': level('L2', write(1)), 'l/level-2.md': level('Level 2', write(2)) })).toEqual([
      'l/level-2.md:1 `Level 2` is the level of `l/L2.md` (line 1) too: a level named twice in one ladder',
    ]);
  });

  it('takes two plain titles of one noun that read differently for two levels, the same title twice for one named twice', async () => {
    const ladder = (titles: string[]) =>
      `# Engineering progression\n${titles.map((t, i) => `\n## ${t}\n\n### Scope\n\n${write(i).Delivery}\n\n### Good colleague\n\n${write(i).Collaboration}\n`).join('')}`;
    expect(await found({ 'ladder.md': ladder(['Associate Software Engineer', 'Software Engineer', 'Seasoned Software Engineer', 'Senior Software Engineer']) })).toEqual([]);
    expect(await found({ 'ladder.md': ladder(['Associate Software Engineer', 'Software Engineer', 'Software engineer', 'Senior Software Engineer']) })).toEqual([
      'ladder.md:23 `Software engineer` is the level of `ladder.md` (line 13) too: a level named twice in one ladder',
    ]);
    // Two roles of one rank are the ladder's branches; one role at that rank twice is named twice.
    expect(await found({ 'ladder.md': ladder(['Engineer', 'Senior Engineer', 'Principal Engineer', 'Principal Architect']) })).toEqual([]);
    expect(await found({ 'ladder.md': ladder(['Engineer', 'Senior Engineer', 'Principal Engineer', 'Principal engineer']) })).toEqual([
      'ladder.md:33 `Principal engineer` is the level of `ladder.md` (line 23) too: a level named twice in one ladder',
    ]);
    // Two words of one rank are two levels of a ladder that has both; one word written two ways is one level.
    expect(await found({ 'ladder.md': ladder(['Engineer', 'Staff Engineer', 'Senior Staff Engineer', 'Principal Engineer']) })).toEqual([]);
    expect(await found({ 'ladder.md': ladder(['Engineer', 'Staff Engineer', 'Senior Engineer', 'Sr. Engineer']) })).toEqual([
      'ladder.md:33 `Sr. Engineer` is the level of `ladder.md` (line 23) too: a level named twice in one ladder',
    ]);
  });

  it('reads a numeral after the word of seniority as a step of one track, and a title naming another step', async () => {
    const files = ['middle-i-engineer', 'middle-ii-engineer', 'senior-i-engineer', 'senior-ii-engineer'];
    const title = (stem: string) => stem.split('-').map((w) => (/^i+$/.test(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
    const ladder = (titles: string[]) => Object.fromEntries(files.map((stem, i) => [`track/${stem}.md`, level(titles[i]!, write(i))]));
    expect(await found(ladder(files.map(title)))).toEqual([]);
    // The fourth page, copied from the third, kept its title.
    expect(await found(ladder([...files.slice(0, 3).map(title), 'Senior I Engineer']))).toEqual([
      'track/senior-ii-engineer.md:1 The title `Senior I Engineer` names another level than the file name (`senior-ii-engineer`)',
    ]);
  });

  it('reports a title that names another level than its file, on the title', async () => {
    expect(await found({ 'l/junior.md': level('Junior Engineer', write(0)), 'l/senior.md': level('Staff Engineer', write(1)), 'l/staff.md': level('Staff Engineer', write(2)) })).toEqual([
      'l/senior.md:1 The title `Staff Engineer` names another level than the file name (`senior`)',
    ]);
  });

  it('leaves alone an introduction every level page shares, beside its sections', async () => {
    const page = (n: number) => `# L${n + 1}\n\nThis page is part of the engineering ladder; read the overview first.\n\n## Delivery\n\n${write(n).Delivery}\n`;
    expect(await found({ 'l/L1.md': page(0), 'l/L2.md': page(1), 'l/L3.md': page(2) })).toEqual([]);
  });

  it('leaves alone a page\'s metadata for search engines and cards, the same sentence with the level changed; a frontmatter competency is still compared', async () => {
    const page = (n: number, front: string) => `---\ntitle: L${n + 1}\nmetatitle: "Acme is hiring an L${n + 1} engineer today"\nog_title: "Acme is hiring an L${n + 1} engineer today"\ncta-text: "Do you fit the description above? We would love a coffee with you!"\n${front}---\n\n## Delivery\n\n${write(n).Delivery}\n`;
    expect(await found({ 'l/L1.md': page(0, ''), 'l/L2.md': page(1, ''), 'l/L3.md': page(2, '') })).toEqual([]);
    const scope = 'scope: "Owns the delivery of a feature from its design to its release."\n';
    expect(await found({ 'l/L1.md': page(0, scope), 'l/L2.md': page(1, scope), 'l/L3.md': page(2, scope) })).toHaveLength(1);
  });

  it('leaves alone sections on the job\'s terms and hiring, the same at every level by design', async () => {
    const terms = { 'Salary and location': 'We mainly work remotely, with offices in three cities and a published pay band.', 'Work perks and benefits': 'Read the benefits page of the handbook for every perk we offer.', Applying: 'When we are hiring for this role, apply on the careers site or write to us.' };
    const page = (n: number, extra: Record<string, string>) => level(`L${n + 1}`, { ...write(n), ...extra });
    expect(await found({ 'l/L1.md': page(0, terms), 'l/L2.md': page(1, terms), 'l/L3.md': page(2, { 'Salary and location': terms['Salary and location'] }) })).toEqual([]);
    // A section about the work, the same at every level, is still reported.
    const scope = { Scope: 'Owns the delivery of a feature from its design to its release.' };
    expect(await found({ 'l/L1.md': page(0, scope), 'l/L2.md': page(1, scope), 'l/L3.md': page(2, scope) })).toEqual(['l/L3.md:13 `Scope` is the same at every level, `L1` to `L3`: the ladder does not say how it grows']);
  });

  it('reads no ladder from job posts at several levels in a folder of posts: openings, not levels', async () => {
    // A firmware start-up's posts (held out): `jobs/firmware-engineer.md`, `jobs/senior-firmware-engineer.md`, the same duties.
    const duties = { Duties: 'Develop the firmware of our boards and test its power use against the design.' };
    const posts = (folder: string) => ({ [`${folder}/firmware-engineer.md`]: level('Firmware Engineer', duties), [`${folder}/senior-firmware-engineer.md`]: level('Senior Firmware Engineer', duties), [`${folder}/staff-firmware-engineer.md`]: level('Staff Firmware Engineer', duties) });
    expect(await found(posts('jobs'))).toEqual([]);
    // In a folder of levels, the same files are a ladder that does not grow.
    expect((await found(posts('levels'))).map((m) => m.split(' ')[0])).toEqual(['levels/senior-firmware-engineer.md:1', 'levels/staff-firmware-engineer.md:1', 'levels/staff-firmware-engineer.md:5']);
  });

  it('leaves alone a competency two levels give one grade by name, the same text by design', async () => {
    const text = 'Crafts solutions in areas no one has charted, and brings them to the whole company.';
    const page = (n: number, code: string, words = text) => level(`L${n + 1}`, { ...write(n), [`Craftsmanship (${code})`]: words });
    const first = 'Builds features of a product within a team, with guidance from peers.';
    expect(await found({ 'l/L1.md': page(0, 'C4', first), 'l/L2.md': page(1, 'C5'), 'l/L3.md': page(2, 'C5') })).toEqual([]);
    // Another grade by name, the same text: a copy.
    expect(await found({ 'l/L1.md': page(0, 'C3', first), 'l/L2.md': page(1, 'C4'), 'l/L3.md': page(2, 'C5') })).toEqual([
      'l/L3.md:13 `Craftsmanship (C5)` at `L3` repeats `L2` word for word: the ladder writes each level anew, this one does not',
    ]);
  });

  it('takes the same words linking each level to its own page for a pointer, not a copy', async () => {
    const pointer = (n: number, target: string) => level(`L${n + 1}`, { ...write(n), Competencies: `Engineers at this level display our values and operate at [SFIA level ${n + 3}](${target}) in all they do.` });
    const sfia = (n: number) => `https://sfia-online.org/en/sfia-8/responsibilities/level-${n + 3}`;
    expect(await found({ 'l/L1.md': pointer(0, sfia(0)), 'l/L2.md': pointer(1, sfia(1)), 'l/L3.md': pointer(2, sfia(2)) })).toEqual([]);
    // The same words linking the same page at every level say the same thing.
    const one = 'https://sfia-online.org/en/sfia-8/responsibilities';
    expect(await found({ 'l/L1.md': pointer(0, one), 'l/L2.md': pointer(1, one), 'l/L3.md': pointer(2, one) })).toEqual(['l/L3.md:13 `Competencies` is the same at every level, `L1` to `L3`: the ladder does not say how it grows']);
  });

  it('takes a numbered level file alone in its name (`level-2-engineer`) for a level of its folder\'s one track', async () => {
    const files = { 'l/level-1-associate.md': level('Associate Engineer', write(0)), 'l/level-2-engineer.md': level('Engineer', write(1)), 'l/level-3-senior.md': level('Senior Engineer', write(2)) };
    expect(await found(files)).toEqual([]);
    // Joined by `of` (`director-of-engineering`), a level's name is of the track of `engineering-manager`: one ladder, whose copy is reported.
    const managers = { 'm/level-4-engineering-manager.md': level('Engineering Manager', write(0)), 'm/level-5-senior-engineering-manager.md': level('Senior Engineering Manager', write(1)), 'm/level-6-director-of-engineering.md': level('Director of Engineering', write(1)) };
    expect(await found(managers)).toEqual([
      'm/level-6-director-of-engineering.md:5 `Delivery` at `level-6-director-of-engineering` repeats `level-5-senior-engineering-manager` word for word: the ladder writes each level anew, this one does not',
      'm/level-6-director-of-engineering.md:9 `Collaboration` at `level-6-director-of-engineering` repeats `level-5-senior-engineering-manager` word for word: the ladder writes each level anew, this one does not',
    ]);
  });

  it('leaves alone the line a section leads into its subsections with, the same at every level by design', async () => {
    const page = (n: number) => `# L${n + 1}\n\n## Required skills\n\nThe following skills define what is expected at this level:\n\n### Delivery\n\n${write(n).Delivery}\n`;
    expect(await found({ 'l/L1.md': page(0), 'l/L2.md': page(1), 'l/L3.md': page(2) })).toEqual([]);
  });

  it('takes a near copy that changes the word grading the skill (`Familiar with` → `Proficient with`) for growth, another near copy for a copy', async () => {
    const language = (n: number, text: string) => level(`L${n + 1}`, { ...write(n), 'Language knowledge': text });
    const familiar = 'Familiar with more than one programming language and a client-side framework.';
    const files = (second: string) => ({ 'l/L1.md': language(0, 'Knows one programming language well.'), 'l/L2.md': language(1, familiar), 'l/L3.md': language(2, second) });
    expect(await found(files(familiar.replace('Familiar', 'Proficient')))).toEqual([]);
    expect(await found(files(familiar.replace('framework.', 'framework too.')))).toEqual([
      'l/L3.md:13 `Language knowledge` at `L3` repeats `L2` nearly word for word (91%): the ladder writes each level anew, this one does not',
    ]);
  });

  it('takes a near copy that changes only its numbers (`2+ years` → `5+ years`) for growth, at any length', async () => {
    const experience = (years: number) => `Engineers typically acquire the skills and knowledge this level expects with a relevant degree and ${years}+ years of industry experience, or the equivalent in open-source work.`;
    const scopes = [
      'Fixes bugs in one service under the guidance of a mentor, and learns how the team reviews, tests and ships its code every week.',
      'Builds whole features across two services without help, estimates them honestly, and keeps stakeholders told of progress and risk.',
      'Designs systems that several teams depend upon, writes the proposals that settle their trade-offs, and grows the engineers around them.',
    ];
    const page = (n: number, years: number) => level(`L${n + 1}`, { Scope: scopes[n]!, 'Typical experience': experience(years) });
    expect(await found({ 'l/L1.md': page(0, 0), 'l/L2.md': page(1, 2), 'l/L3.md': page(2, 5) })).toEqual([]);
    // The same number at two levels is a copy.
    expect(await found({ 'l/L1.md': page(0, 0), 'l/L2.md': page(1, 2), 'l/L3.md': page(2, 2) })).toEqual([
      'l/L3.md:9 `Typical experience` at `L3` repeats `L2` word for word: the ladder writes each level anew, this one does not',
    ]);
  });

  it('reads level headings of two tracks side by side (`L4 IC`, `L4 EM`) as two ladders; marks of a path\'s steps (`L4 IC` then `L5 EM`) as one', async () => {
    const experience: Record<number, string> = {
      3: 'Has shipped features that thousands of people use every day.',
      4: 'Has led the design of a system that several teams run in production.',
      5: 'Has set the technical direction of a group of teams for a year or more.',
    };
    const section = (rank: number, track: string, scope: string, shared = experience[rank]) =>
      `# L${rank} ${track} - Software Engineer\n\n### Scope\n\n${scope}\n\n### Experience\n\n${shared}\n`;
    // The two tracks of one rank write their experience alike, on purpose.
    const parallel = ['# Software engineers\n', section(3, 'IC', 'Ships features of a team.'), section(4, 'IC', 'Leads the design of a system.'), section(4, 'EM', 'Manages a team of six.'), section(5, 'IC', 'Sets the direction of a group.'), section(5, 'EM', 'Manages managers.')].join('\n');
    expect(await found({ 'paths.md': parallel })).toEqual([]);
    // One rank a track: the steps of one path, compared level by level.
    const path = ['# Product owners\n', section(3, 'IC', 'Owns a feature.'), section(4, 'IC', 'Owns a product.'), section(5, 'EM', 'Owns a product line.', experience[4])].join('\n');
    expect(await found({ 'paths.md': path })).toEqual([
      'paths.md:31 `Experience` at `L5 EM - Software Engineer` repeats `L4 IC - Software Engineer` word for word: the ladder writes each level anew, this one does not',
    ]);
  });

  it('reads a track of managers written after the designers\' levels (`Principal Designer`, then `Design Manager`) as a ladder of its own', async () => {
    const craft = { 'Visual Design': 'Creates clear layouts for the features of one team.', Process: 'Follows the design process the team agreed on.' };
    const managing = { Mentorship: 'Runs one-to-ones with each designer every week.', Culture: 'Hires designers and keeps the team healthy.' };
    const doc = [
      '# Product Design Roles\n',
      level('Associate Product Designer', craft).replace(/^# /, '## ').replace(/\n## /g, '\n### '),
      level('Product Designer', { 'Visual Design': 'Designs whole flows of a product area with its engineers.', Process: 'Improves the design process of the team.' }).replace(/^# /, '## ').replace(/\n## /g, '\n### '),
      level('Senior Product Designer', { 'Visual Design': 'Sets the visual direction of a product line.', Process: 'Leads the design process across teams.' }).replace(/^# /, '## ').replace(/\n## /g, '\n### '),
      level('Product Design Manager', managing).replace(/^# /, '## ').replace(/\n## /g, '\n### '),
      level('Senior Product Design Manager', { Mentorship: 'Coaches the managers of designers.', Culture: 'Shapes how the design organisation hires.' }).replace(/^# /, '## ').replace(/\n## /g, '\n### '),
    ].join('\n');
    // Not one ladder with `Visual Design` missing at the managers' levels between the designers'.
    expect(await found({ 'roles.md': doc })).toEqual([]);
  });

  it('leaves alone levels a track has nothing at (`N/A`, `TBD`), and still compares the levels that have text', async () => {
    const track = (low: string, top: string) =>
      `# Tech lead track\n\nA branch of the delivery track.\n${[1, 2, 3].map((n) => `\n### Level ${n}\n<ul><li>${low}</li></ul>\n`).join('')}\n### Level 4\n- Plans the work of the squad and runs its rituals with the product manager.\n\n### Level 5\n- ${top}\n`;
    for (const low of ['N/A', 'None', 'TBD']) expect(await found({ 'tracks/tech-lead.md': track(low, 'Sets the direction of several squads and grows their leads.') })).toEqual([]);
    expect(await found({ 'tracks/tech-lead.md': track('N/A', 'Plans the work of the squad and runs its rituals with the product manager.') })).toEqual([
      'tracks/tech-lead.md:18 The text of `Level 5` repeats `Level 4` word for word: the ladder writes each level anew, this one does not',
    ]);
  });

  it('does not compare documents of other folders or tracks', async () => {
    const same = { Delivery: 'Exactly the same words at every level of this track.' };
    expect(await found({ 'a/L1.md': level('L1', same), 'b/L2.md': level('L2', same), 'a/backend-L2.md': level('L2', same), 'a/frontend-L3.md': level('L3', same) })).toEqual([]);
  });

  it('reads frontmatter entries keyed by level under named topics, and reports on the entry', async () => {
    const entry = (n: number, text: string) => `      - level: ${n}\n        criteria:\n          - "${text}"\n`;
    const doc = `---\ntitle: Framework\ntopics:\n  - name: "impact"\n    content:\n${entry(1, 'Delivers assigned tasks with help')}${entry(2, 'Delivers assigned tasks with help')}${entry(3, 'Owns the outcomes of a whole team')}---\n\n# Framework\n`;
    expect(await found({ 'f.md': doc })).toEqual(['f.md:9 `impact` at `Level 2` repeats `Level 1` word for word: the ladder writes each level anew, this one does not']);
  });

  it("reads a topic's keys that name levels, and reports a level missing from the topics around it", async () => {
    const doc = [
      '---',
      'delivery:',
      '  L1: Ships small tasks that a mentor has scoped.',
      '  L2: Ships features that span a sprint without help.',
      '  L3: Ships projects that span a quarter and many services.',
      'mentoring:',
      '  L1: Asks for reviews and learns from every one of them.',
      '  L3: Coaches the engineers of the team on design and code.',
      'influence:',
      '  L1: Speaks up in the meetings of the team when unsure.',
      '  L2: Proposes changes to how the team plans its work.',
      '  L3: Changes how several teams plan and ship their work.',
      '---',
      '',
      '# Engineering framework',
    ].join('\n');
    expect(await found({ 'framework.md': doc })).toEqual(['framework.md:4 `mentoring` is in the levels around `L2` (`L1`, `L3`) but not in it']);
  });

  it('keeps to what a level document turns off with an inline comment', async () => {
    const copy = { Delivery: 'Owns features end to end, from the first design to the release.' };
    const files = { 'l/L1.md': level('L1', write(0)), 'l/L2.md': level('L2', copy), 'l/L3.md': `<!-- rolelint-disable-file ladder-consistency -->\n${level('L3', copy)}` };
    expect(await found(files)).toEqual([]);
  });
});

/**
 * Configuration through the CLI, asserted on findings: each setting, overrides by path, document
 * kinds, precedence, and every kind of bad configuration (message and exit 2).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inputLayer } from '../src/config/inputs.js';
import { ConfigError } from '../src/config/problems.js';
import { setup } from '../src/config/setup.js';
import { lintFiles } from '../src/node/files.js';
import { runCli, workspace } from './helpers/cli.js';

const three = '# Role\n\n## Responsibilities\n\n- Ship features.\n\n## Requirements\n\n- SQL.\n\n## Leadership\n\n- Mentor others.\n';
/** A role page by its title and headings, for the kind decision (it lacks nothing a role page needs). */
const role = '# Role\n\n## Responsibilities\n\n- Ship features.\n\n## Requirements\n\n- SQL.\n';
/** A job post (by its frontmatter) for a role that leads people, lacking Leadership: one finding on its title, line 4. */
const noLeadership = '---\nkind: job-post\n---\n# Head of Data\n\n## Responsibilities\n\n- Ship features.\n\n## Requirements\n\n- SQL.\n\nPay: $100,000–$120,000 a year.\n';
const typoDoc = '# Role\n\n## Responsibilities\n\n- Improve the qarnyxol pipeline and the organisation of data.\n\n## Requirements\n\n- SQL.\n\n## Leadership\n\n- Mentor others.\n';
const dupDoc = '# Role\n\n## Responsibilities\n\n- Own the quarterly roadmap for the payments team.\n- Own the quarterly roadmap for the payment team.\n\n## Requirements\n\n- SQL.\n\n## Leadership\n\n- Mentor others.\n';

/** `path line:col rule` of every finding a run gives, with the config files written first. */
async function findings(files: Record<string, string>, argv: string[] = []): Promise<string[]> {
  const dir = workspace(files);
  const run = await runCli(['--format', 'json', ...argv], dir);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { path: string; messages: { line: number; column: number; ruleId: string; expected?: string[] }[] }[]).flatMap((r) =>
    r.messages.map((m) => `${r.path} ${m.line}:${m.column} ${m.ruleId}${m.ruleId === 'required-sections' ? ` ${m.expected![0]}` : ''}`),
  );
}

describe('config: each setting changes the findings it should', () => {
  it('without a config file, defaults apply', async () => {
    expect(await findings({ 'a.md': noLeadership })).toEqual(['a.md 4:1 required-sections Leadership']);
  });

  it('requiredSections replaces the required sections (aliases count)', async () => {
    const rc = JSON.stringify({ requiredSections: [{ name: 'Responsibilities' }, { name: 'Benefits', aliases: ['Perks'] }] });
    expect(await findings({ '.rolelintrc.json': rc, 'a.md': noLeadership })).toEqual(['a.md 4:1 required-sections Benefits']);
    expect(await findings({ '.rolelintrc.json': rc, 'a.md': `${noLeadership}\n## Perks\n\n- Tea.\n` })).toEqual([]);
  });

  it('rules: a severity, off, or [severity, options]', async () => {
    const run = async (rules: object) => {
      const dir = workspace({ '.rolelintrc.json': JSON.stringify({ rules }), 'a.md': noLeadership });
      return JSON.parse((await runCli(['--format', 'json'], dir)).stdout)[0].messages.map((m: { ruleId: string; severity: string }) => `${m.ruleId} ${m.severity}`);
    };
    expect(await run({})).toEqual(['required-sections error']);
    expect(await run({ 'required-sections': 'warning' })).toEqual(['required-sections warning']);
    expect(await run({ 'required-sections': 'off' })).toEqual([]);
    expect(await run({ 'required-sections': ['info', { sections: [{ name: 'Responsibilities' }] }] })).toEqual([]);
  });

  it('words and wordsFile allow words; locale narrows spelling', async () => {
    expect(await findings({ 'a.md': typoDoc })).toEqual(['a.md 5:15 typo']);
    expect(await findings({ '.rolelintrc.json': '{"words": ["Qarnyxol"]}', 'a.md': typoDoc })).toEqual([]);
    expect(await findings({ '.rolelintrc.yaml': 'wordsFile: words.txt\n', 'words.txt': '# product names\nqarnyxol\n', 'a.md': typoDoc })).toEqual([]);
    expect(await findings({ '.rolelintrc.json': '{"words": ["Qarnyxol"], "locale": "en-US"}', 'a.md': typoDoc })).toEqual(['a.md 5:41 typo']);
  });

  it('duplicateThreshold sets the near-duplicate threshold', async () => {
    expect(await findings({ 'a.md': dupDoc })).toEqual(['a.md 6:3 duplicate-bullet']);
    expect(await findings({ '.rolelintrc.json': '{"duplicateThreshold": 1}', 'a.md': dupDoc })).toEqual([]);
  });

  it('files chooses the documents when no path is given; ignore drops some', async () => {
    const files = { 'docs/a.md': noLeadership, 'notes/b.md': noLeadership, 'docs/draft-c.md': noLeadership };
    expect(await findings({ ...files, '.rolelintrc.json': '{"files": ["docs/**/*.md"], "ignore": ["**/draft-*"]}' })).toEqual(['docs/a.md 4:1 required-sections Leadership']);
    const dir = workspace({ ...files, '.rolelintrc.json': '{"ignore": ["**/draft-*"]}' });
    const run = await runCli(['--format', 'json', 'docs/draft-c.md', 'notes'], dir);
    expect(JSON.parse(run.stdout).map((r: { path: string }) => r.path)).toEqual(['notes/b.md']);
    expect(run.stderr).toBe("rolelint: `docs/draft-c.md` is not linted: the configuration's `ignore` matches it\n");
  });

  it('is found in package.json under "rolelint", from a subfolder, and by --config', async () => {
    const files = { 'package.json': JSON.stringify({ name: 'x', rolelint: { rules: { 'required-sections': 'off' } } }), 'sub/a.md': noLeadership };
    const dir = workspace(files);
    expect(JSON.parse((await runCli(['--format', 'json', 'a.md'], path.join(dir, 'sub'))).stdout)[0].messages).toEqual([]);
    writeFileSync(path.join(dir, 'strict.yml'), 'rules:\n  required-sections: warning\n');
    const run = await runCli(['--format', 'json', '--config', 'strict.yml', 'sub/a.md'], dir);
    expect(JSON.parse(run.stdout)[0].messages.map((m: { severity: string }) => m.severity)).toEqual(['warning']);
  });

  it('passes over a package.json without the key, even one npm would reject, and finds the file above', async () => {
    const up = { '.rolelintrc.json': '{"rules": {"required-sections": "warning"}}', 'sub/a.md': noLeadership };
    for (const pkg of ['{"name": "x", "name": "y"}', '{"name": "x",, }', '[]']) {
      const run = await runCli(['--format', 'json', 'a.md'], path.join(workspace({ ...up, 'sub/package.json': pkg }), 'sub'));
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)[0].messages.map((m: { severity: string }) => m.severity)).toEqual(['warning']);
    }
  });
});

describe('config: overrides by path', () => {
  it('ladders/** requires other sections than jobs/**; later overrides win', async () => {
    const rc = {
      overrides: [
        { files: ['jobs/**'], requiredSections: [{ name: 'Responsibilities' }, { name: 'Requirements' }] },
        { files: ['ladders/**'], requiredSections: [{ name: 'Expectations' }] },
        { files: ['ladders/l9.md'], rules: { 'required-sections': 'off' } },
      ],
    };
    const files = { '.rolelintrc.json': JSON.stringify(rc), 'jobs/a.md': noLeadership, 'ladders/l1.md': noLeadership, 'ladders/l9.md': noLeadership, 'other/x.md': noLeadership };
    expect(await findings(files)).toEqual(['ladders/l1.md 4:1 required-sections Expectations', 'other/x.md 4:1 required-sections Leadership']);
  });
});

describe('config: document kinds', () => {
  const kindOf = async (files: Record<string, string>, file: string) => {
    const dir = workspace(files);
    const run = await runCli(['--print-config', file], dir);
    expect(run.code).toBe(0);
    const { kind } = JSON.parse(run.stdout);
    return `${kind.kind ?? 'unsettled'} by ${kind.by}: ${kind.reason} -> ${kind.sections.join(', ') || 'none'}`;
  };

  it('chosen by path (overrides)', async () => {
    expect(await kindOf({ '.rolelintrc.json': '{"overrides": [{"files": ["levels/*.md"], "kind": "ladder-level"}]}', 'levels/l1.md': role }, 'levels/l1.md')).toBe(
      'ladder-level by config: configured for this path -> Expectations',
    );
  });

  it('chosen by frontmatter kind:; a layout: naming one is evidence, weighed with the rest', async () => {
    expect(await kindOf({ 'a.md': `---\nkind: role-page\n---\n${role}` }, 'a.md')).toBe('role-page by frontmatter: frontmatter `kind: role-page` -> Responsibilities');
    const post = '# Data Engineer\n\nWe are hiring a data engineer.\n\n## What you will do\n\n- Build and run the pipelines that feed our warehouse.\n- Work with analysts to model the data they need.\n';
    expect(await kindOf({ 'a.md': `---\nlayout: layouts/jointts/job-listing\n---\n${post}` }, 'a.md')).toMatch(
      /^job-post by inferred: inferred \(\d+% sure\): .*its frontmatter has a job-post key \(`layout: layouts\/jointts\/job-listing`\)/,
    );
    // A job board's `layout: jobs` over a request for a logo, done for free, makes no job post of it.
    const gig = "I'm looking for a logo for our open source dashboard and its organisation. I would like to work closely with someone on icons for the devices it shows, as the project grows.\n";
    expect(await kindOf({ 'a.md': `---\nlayout: jobs\ntitle: Dashboard logo\ncompensation: gratis\n---\n${gig}` }, 'a.md')).toMatch(/^(?!job-post).* -> none$/);
  });

  it('inferred from what any organisation writes; too little to go on is a guess, not a kind', async () => {
    const reading = async (files: Record<string, string>, file: string) => kindOf(files, file);
    const duties = '- Build and run the pipelines that feed our warehouse.\n- Work with analysts to model the data they need.\n';
    // A post: a job title, duties, how to apply (as headings, or as bold lines an applicant-tracking system exports).
    expect(await reading({ 'a.md': `# Data Engineer\n\n## What you'll do\n\n${duties}\n## How to apply\n\nSend your CV and a short note to jobs@example.com.\n` }, 'a.md')).toMatch(
      /^job-post by inferred: inferred \(\d+% sure\): .*a heading says how to apply \(`how to apply`\).* -> Responsibilities, Requirements$/,
    );
    expect(await reading({ 'a.md': `# Data Engineer\n\n**What you will do**\n\n${duties}\n**How to apply**\n\nSend your CV and a short note to jobs@example.com.\n` }, 'a.md')).toMatch(/^job-post by inferred: /);
    // A ladder level: a level in the title, competencies as headings, what is expected at the level.
    expect(await reading({ 'a.md': '# Engineer L3\n\n## Impact\n\n- Owns a service and its roadmap.\n- Is expected to unblock others.\n\n## Communication\n\n- Writes clear design documents for the team.\n' }, 'a.md')).toMatch(
      /^ladder-level by inferred: .*the title names a level \(`Engineer L3`\).* -> Expectations$/,
    );
    // Pages that are no role documents: a team page, a process, an org chart, a page all frontmatter and empty HTML.
    expect(await reading({ 'a.md': '# Platform team\n\n## Members\n\nAlice, Bob and Carol run the platform.\n\n## Contact\n\nWrite to the team channel with questions about the build system or deploys.\n' }, 'a.md')).toMatch(/^other by inferred: .*the title names a team, committee or other group \(`Platform team`\)/);
    expect(await reading({ 'a.md': '# Interview process\n\n## Stages\n\nA screen, a technical interview and a values interview, each of an hour, over two weeks at most.\n' }, 'a.md')).toMatch(/^other by inferred: .*the title names a process, a body or a guide \(`Interview process`\)/);
    // One signal alone is read, and said, but settles nothing.
    expect(await reading({ 'role-handbooks/a.md': '# Editor\n\n## Overview\n\nThe editor reads every post before it goes out, and keeps the calendar of posts for the quarter.\n' }, 'role-handbooks/a.md')).toMatch(
      /^unsettled by default: not settled: it looks most like a role page \(\d+% sure: .*its path names roles/,
    );
    // A title and a line are too little to tell.
    expect(await reading({ 'a.md': '# Head of Customer Support\n\nWe are hiring. You will lead the team.\n' }, 'a.md')).toMatch(/^unsettled by default: not settled: 12 words are too few to tell its kind/);
    expect(await reading({ 'a.md': '---\ntitle: Backend\n---\n<!-- levels come from the template -->\n<div class="levels"></div>\n' }, 'a.md')).toMatch(/^unsettled by default: not settled: 1 words are too few/);
    // Levels and criteria as frontmatter data for a site template, beside a short introduction.
    const criteria = Array.from({ length: 60 }, (_, i) => `  - level: ${i}\n    criteria: [Writes clear PRs]`).join('\n');
    expect(await reading({ 'a.md': `---\nlevels: 6\ntopics:\n${criteria}\n---\n# About this framework\n\n${'We grow engineers.\n\n'.repeat(10)}` }, 'a.md')).toMatch(/^ladder-level by inferred: .*its frontmatter has a ladder key \(`levels`\).* -> Expectations$/);
  });

  it('does not take role documents for other pages: each is a role kind, or left unsettled rather than checked on a guess', async () => {
    const decide = async (file: string, text: string) => {
      const { kind } = JSON.parse((await runCli(['--print-config', file], workspace({ [file]: text }))).stdout);
      return kind as { kind?: string; reason: string };
    };
    const cases: [string, string][] = [
      // A job description with a Leadership heading, no posting signal.
      ['a.md', '# CTO\n\n## Leadership\n\n- Lead.\n'],
      // No headings at all (a paste): a role document that lacks every section.
      ['a.md', 'We are hiring.\n\nYou will lead the team.\n'],
      // "careers/" higher up names an area; "Senior Engineer" is not a level heading.
      ['careers/eng/a.md', '# Senior Engineer\n\n## Responsibilities\n'],
      // "About" alone is not "About the job".
      ['a.md', '# Tech lead\n\n## About\n\n## Responsibilities\n'],
      // A title alone that names a role: a pasted job description with no other heading.
      ...['Senior Software Engineer', 'Head of Customer Support', 'Chief Technology Officer', 'The Project Manager Role', 'Customer Support Job Description'].map(
        (title): [string, string] => ['a.md', `# ${title}\n\nWe are hiring. You will lead the team.\n`],
      ),
    ];
    const takenForOther: string[] = [];
    for (const [file, text] of cases) {
      const kind = await decide(file, text);
      if (kind.kind === 'other') takenForOther.push(`${JSON.stringify(text)}: ${kind.reason}`);
    }
    expect(takenForOther).toEqual([]);
  });
});

describe('config: precedence (defaults < file < overrides < inputs < inline comments)', () => {
  const lintWith = async (files: Record<string, string>, inputs = {}) => {
    const dir = workspace(files);
    const config = await setup(dir, { inputs });
    const results = await lintFiles(['docs/a.md'], dir, config.resolve);
    return results[0]!.messages.map((m) => `${m.ruleId} ${m.severity}`);
  };
  const rc = JSON.stringify({ rules: { 'required-sections': 'warning' }, overrides: [{ files: ['docs/**'], rules: { 'required-sections': 'info' } }] });

  it('each layer overrides the one before', async () => {
    expect(await lintWith({ 'docs/a.md': noLeadership })).toEqual(['required-sections error']);
    expect(await lintWith({ '.rolelintrc.json': JSON.stringify({ rules: { 'required-sections': 'warning' } }), 'docs/a.md': noLeadership })).toEqual(['required-sections warning']);
    expect(await lintWith({ '.rolelintrc.json': rc, 'docs/a.md': noLeadership })).toEqual(['required-sections info']);
    expect(await lintWith({ '.rolelintrc.json': rc, 'docs/a.md': noLeadership }, { rules: 'required-sections: error' })).toEqual(['required-sections error']);
    // After the frontmatter, which must open the file.
    const inline = noLeadership.replace('# Head', '<!-- rolelint-disable required-sections -->\n# Head');
    expect(await lintWith({ '.rolelintrc.json': rc, 'docs/a.md': inline }, { rules: 'required-sections: error' })).toEqual([]);
  });

  it('inputs: required-sections, words, kind and locale overlay the file; words add up', async () => {
    expect(await lintWith({ 'docs/a.md': noLeadership }, { 'required-sections': 'Responsibilities, Requirements' })).toEqual([]);
    expect(await lintWith({ 'docs/a.md': noLeadership }, { 'required-sections': 'Responsibilities\nBenefits: Perks, Pay' })).toEqual(['required-sections error']);
    expect(await lintWith({ 'docs/a.md': noLeadership }, { kind: 'other' })).toEqual([]);
    const words = { '.rolelintrc.json': '{"words": ["Qarnyxol"]}', 'docs/a.md': typoDoc.replace('data', 'zorblax data') };
    expect(await lintWith(words)).toEqual(['typo warning']);
    expect(await lintWith(words, { words: 'zorblax, other' })).toEqual([]);
  });
});

describe('config: extends', () => {
  // An organisation's shared configuration, installed as a package whose main file is YAML, with a
  // words file beside it, an ignore glob and an override by path.
  const shared = {
    'node_modules/@acme/rolelint-config/package.json': '{ "name": "@acme/rolelint-config", "main": "rolelint.yaml" }',
    'node_modules/@acme/rolelint-config/rolelint.yaml': 'wordsFile: words.txt\nignore: ["**/_template.md"]\nrules:\n  duplicate-bullet: [error, { threshold: 0.85 }]\noverrides:\n  - files: ["jobs/**"]\n    requiredSections: [{ name: Benefits }]\n',
    'node_modules/@acme/rolelint-config/words.txt': 'qarnyxol\n',
  };
  const severities = async (files: Record<string, string>) => {
    const run = await runCli(['--format', 'json', '--fail-on', 'never'], workspace(files));
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as { path: string; messages: { line: number; ruleId: string; severity: string }[] }[]).flatMap((r) => r.messages.map((m) => `${r.path} ${m.line} ${m.ruleId} ${m.severity}`));
  };

  it('a package: its words (its wordsFile read beside it), ignore globs, rules and overrides apply, relative to the extending file', async () => {
    const job = dupDoc.replace('## Leadership\n\n- Mentor others.\n', '').replace('## Requirements', '- Improve the qarnyxol pipeline.\n\n## Requirements');
    const docs = { 'jobs/a.md': job, 'jobs/_template.md': '# Templte\n\nqarnyxl\n', 'b.md': typoDoc };
    expect(await severities({ ...shared, ...docs, '.rolelintrc.json': '{ "extends": "@acme/rolelint-config" }' })).toEqual(['jobs/a.md 1 required-sections error', 'jobs/a.md 6 duplicate-bullet error']);
    // Without it: the words, the ignore glob, the rule's setting and the override are gone.
    expect(await severities({ ...docs, '.rolelintrc.json': '{}' })).toEqual([
      'b.md 5 typo warning',
      'jobs/_template.md 1 typo warning',
      'jobs/_template.md 3 typo warning',
      'jobs/a.md 6 duplicate-bullet warning',
      'jobs/a.md 8 typo warning',
    ]);
  });

  it('everything the extending file says wins, its severity keeping the options it builds on; lists of words add up', async () => {
    const rc = '{ "extends": "@acme/rolelint-config", "rules": { "duplicate-bullet": "warning" }, "requiredSections": [{ "name": "Responsibilities" }], "words": ["organisation"], "locale": "en-US" }';
    const doc = `${dupDoc.replace('## Requirements', '- Improve the qarnyxol pipeline.\n\n## Requirements')}\n- The organisation grows.\n`;
    // The near duplicate is a warning; the file's own sections win over the
    // base's override (Benefits); its words and the base's both count.
    expect(await severities({ ...shared, '.rolelintrc.json': rc, 'jobs/a.md': doc })).toEqual(['jobs/a.md 6 duplicate-bullet warning']);
  });

  it('files beside it, in a chain, each read before what extends it; the last with `files` chooses the documents', async () => {
    const files = {
      '.rolelintrc.yaml': 'extends: [./base.json, ./team.yaml]\nrules:\n  typo: error\n',
      'base.json': '{ "extends": "./root.yaml", "files": ["docs/**/*.md"], "rules": { "typo": "off", "required-sections": "off" } }',
      'root.yaml': 'files: ["**/*.md"]\nwords: [qarnyxol]\n',
      'team.yaml': 'rules:\n  typo: info\n',
      'docs/a.md': typoDoc.replace('organisation', 'organisaton'),
      'b.md': typoDoc,
    };
    expect(await severities(files)).toEqual(['docs/a.md 5 typo error']);
    // --print-config names them, in the order they apply.
    const printed = JSON.parse((await runCli(['--print-config', 'docs/a.md'], workspace(files))).stdout);
    expect([printed.extends, printed.configFile]).toEqual([['root.yaml', 'base.json', 'team.yaml'], '.rolelintrc.yaml']);
  });

  it("a package.json's `rolelint` key, as the one searched for holds it", async () => {
    const files = { 'a.md': typoDoc, 'shared/package.json': JSON.stringify({ name: 'shared', rolelint: { words: ['qarnyxol'] } }, null, 2) };
    expect(await severities({ ...files, '.rolelintrc.json': '{ "extends": "./shared/package.json" }' })).toEqual([]);
    const none = await runCli([], workspace({ ...files, 'shared/package.json': '{ "name": "shared" }', '.rolelintrc.json': '{ "extends": "./shared/package.json" }' }));
    expect(none.stderr).toBe('rolelint: the configuration is not valid:\n  .rolelintrc.json:1:14: `extends`: `shared/package.json` has no `rolelint` key\n');
    const wrong = await runCli([], workspace({ ...files, 'shared/package.json': JSON.stringify({ name: 'shared', rolelint: { wrods: [] } }, null, 2), '.rolelintrc.json': '{ "extends": "./shared/package.json" }' }));
    expect(wrong.stderr).toContain('shared/package.json:4:5: `rolelint.wrods`: unknown key `wrods`; did you mean `words`?');
  });

  it('a missing file or package, a loop, a JavaScript file and a problem inside an extended file are reported where they are', async () => {
    const run = await runCli([], workspace({ 'a.md': three, '.rolelintrc.json': '{\n  "extends": ["./nope.json", "@acme/missing", "./a.yaml", "./x.js"]\n}\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: a.yaml\nrules:\n  typpo: off\n', 'x.js': 'module.exports = {};\n' }));
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(0, -1)).toEqual([
      'rolelint: the configuration is not valid:',
      '  .rolelintrc.json:2:15: `extends[0]`: cannot find `./nope.json`: no such file (`nope.json`)',
      '  .rolelintrc.json:2:30: `extends[1]`: cannot find `@acme/missing`: no such file beside .rolelintrc.json, and no package of that name is installed where it can be found',
      "  b.yaml:3:3: `rules.typpo`: unknown rule `typpo`; did you mean `typo`? (expected one of `file-binary`, `file-encoding`, `file-too-large`, `file-too-complex`, `file-empty`, `file-unreadable`, `inline-config`, `broken-markdown`, `confusable-word`, `duplicate-bullet`, `duplicate-heading`, `empty-section`, …)",
      '  .rolelintrc.json:2:59: `extends[3]`: `./x.js` is `x.js`; rolelint reads configurations in JSON or YAML only',
    ]);
    const loop = await runCli([], workspace({ 'a.md': three, '.rolelintrc.json': '{ "extends": "./a.yaml" }', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: a.yaml\n' }));
    expect(loop.stderr).toBe('rolelint: the configuration is not valid:\n  b.yaml:1:10: `extends`: `a.yaml` extends this file again: .rolelintrc.json -> a.yaml -> b.yaml -> a.yaml\n');
    const wrong = await runCli([], workspace({ 'a.md': three, '.rolelintrc.yaml': 'extends: {file: a.yaml}\n' }));
    expect(wrong.stderr).toBe('rolelint: the configuration is not valid:\n  .rolelintrc.yaml:1:10: `extends`: expected a file or package name, or a list of them, found an object\n');
  });
});

describe('config: bad configuration stops the run with exit 2 and says what to fix', () => {
  const bad = async (files: Record<string, string>, argv: string[] = []) => {
    const run = await runCli(argv, workspace({ 'a.md': three, ...files }));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    return run.stderr;
  };

  it('unknown key, with did-you-mean', async () => {
    expect(await bad({ '.rolelintrc.json': '{\n  "rules": {},\n  "overides": []\n}\n' })).toBe(
      'rolelint: the configuration is not valid:\n  .rolelintrc.json:3:3: `overides`: unknown key `overides`; did you mean `overrides`? (expected one of `$schema`, `extends`, `files`, `ignore`, `kind`, `requiredSections`, `rules`, `words`, `wordsFile`, `locale`, `duplicateThreshold`, `jurisdictions`, …)\n',
    );
  });

  it('unknown rule and misspelt option, with did-you-mean', async () => {
    const stderr = await bad({ '.rolelintrc.yaml': 'rules:\n  typpo: off\n  duplicate-bullet: [warning, {threshhold: 0.8}]\n' });
    expect(stderr).toContain('.rolelintrc.yaml:2:3: `rules.typpo`: unknown rule `typpo`; did you mean `typo`?');
    expect(stderr).toContain('.rolelintrc.yaml:3:32: `rules.duplicate-bullet[1].threshhold`: unknown key `threshhold`; did you mean `threshold`? (expected one of `threshold`, `scope`)');
  });

  it('wrong type and wrong value, with what was expected and found', async () => {
    const stderr = await bad({ '.rolelintrc.yaml': 'words: Acme\nlocale: en-AU\nrules:\n  typo: warn1ng\nduplicateThreshold: 2\n' });
    expect(stderr.split('\n').slice(1, -1)).toEqual([
      '  .rolelintrc.yaml:1:8: `words`: expected an array, found string `Acme`',
      '  .rolelintrc.yaml:2:9: `locale`: expected one of `en`, `en-US`, `en-GB`, found string `en-AU`',
      '  .rolelintrc.yaml:4:9: `rules.typo`: expected one of `off`, `info`, `warning`, `error`, `warn`, found string `warn1ng`; did you mean `warning`?',
      '  .rolelintrc.yaml:5:21: `duplicateThreshold`: must be <= 1, found number `2`',
    ]);
    // An empty string is too short, an emoji (two UTF-16 units, one character) is not.
    const short = await bad({ '.rolelintrc.yaml': "words: ['', '\u{1F600}']\n" });
    expect(short).toContain('.rolelintrc.yaml:1:9: `words[0]`: must NOT have fewer than 1 characters, found string ``');
    expect(short).not.toContain('words[1]');
  });

  it('a rule entry that is neither a severity nor [severity, options] is told both forms', async () => {
    const stderr = await bad({ '.rolelintrc.yaml': 'rules:\n  typo: {level: warning}\n  duplicate-heading: []\n' });
    expect(stderr.split('\n').slice(1, -1)).toEqual([
      "  .rolelintrc.yaml:2:9: `rules.typo`: expected a severity (`off`, `info`, `warning`, `error`) or [severity, options], found an object",
      '  .rolelintrc.yaml:3:22: `rules.duplicate-heading`: expected a severity (`off`, `info`, `warning`, `error`) or [severity, options], found an array ([])',
    ]);
  });

  it('bad globs', async () => {
    const stderr = await bad({ '.rolelintrc.json': '{"files": ["[abc", "/etc/*.md"], "overrides": [{"files": ["../x/**"], "kind": "job-post"}]}' });
    expect(stderr).toContain('`files[0]`: bad glob `[abc`: Missing closing: "]"');
    expect(stderr).toContain("`files[1]`: bad glob `/etc/*.md`: globs are relative to the configuration file's folder; remove the leading `/`");
    expect(stderr).toContain("`overrides[0].files[0]`: bad glob `../x/**`: a glob cannot reach outside the configuration file's folder (`..`)");
  });

  it('a problem under the package.json key, at its line', async () => {
    const pkg = JSON.stringify({ name: 'x', rolelint: { rules: { typo: 'loud' } } }, null, 2);
    expect(await bad({ 'package.json': pkg })).toContain('package.json:5:15: `rolelint.rules.typo`: expected one of');
  });

  it('YAML syntax error, at its line', async () => {
    expect(await bad({ '.rolelintrc.yaml': 'rules:\n  typo: [warning\n' })).toMatch(/^rolelint: the configuration is not valid:\n {2}\.rolelintrc\.yaml:3:1: cannot parse: /);
    expect(await bad({ '.rolelintrc.json': '{"rules": {"typo": "off",, }}' })).toMatch(/\.rolelintrc\.json:1:\d+: cannot parse: /);
  });

  it('a key that is a list is reported, without the YAML library printing a warning of its own', async () => {
    const warned = vi.spyOn(process, 'emitWarning');
    try {
      expect(await bad({ '.rolelintrc.yaml': '? [a, b]\n: x\n' })).toContain('unknown key `[ a, b ]`');
      expect(warned).not.toHaveBeenCalled();
    } finally {
      warned.mockRestore();
    }
  });

  it("a configuration named as the words file (cspell's) is told apart, not read as words", async () => {
    const cspell = '// cSpell Settings\n{ "version": "0.2", "words": ["qarnyxol"] }\n';
    expect(await bad({ '.rolelintrc.json': '{"wordsFile": ".cspell.json"}', '.cspell.json': cspell })).toBe(
      "rolelint: the configuration is not valid:\n  .rolelintrc.json:1:15: `wordsFile`: `.cspell.json` is a configuration, not a words file (one word a line, `#` for comments): for cspell's words, name the words file its `dictionaryDefinitions` list (`project-words.txt`), or copy its `words` into `words`\n",
    );
    expect(await bad({ '.rolelintrc.yaml': 'wordsFile: words.txt\n', 'words.txt': '{ "words": [] }\n' })).toContain('`words.txt` is a configuration, not a words file (one word a line, `#` for comments)\n');
  });

  it('missing config file and missing words file', async () => {
    expect(await bad({}, ['--config', 'nope.json'])).toBe('rolelint: the configuration is not valid:\n  nope.json: cannot read the configuration file: no such file\n');
    expect(await bad({ '.rolelintrc.json': '{"wordsFile": "words.txt"}' })).toMatch(/\.rolelintrc\.json:1:15: `wordsFile`: cannot read the words file `.*words\.txt`: no such file/);
  });

  it('bad Action inputs name the input', () => {
    expect(() => inputLayer({ rules: 'typo: [' })).toThrow(ConfigError);
    try {
      inputLayer({ rules: 'typpo: off', locale: 'fr' });
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => `${p.source}: ${p.keyPath}: ${p.message}`)).toEqual([
        'input `rules`: rules.typpo: unknown rule `typpo`; did you mean `typo`? (expected one of `file-binary`, `file-encoding`, `file-too-large`, `file-too-complex`, `file-empty`, `file-unreadable`, `inline-config`, `broken-markdown`, `confusable-word`, `duplicate-bullet`, `duplicate-heading`, `empty-section`, …)',
        'input `locale`: : expected one of `en`, `en-US`, `en-GB`, found string `fr`',
      ]);
    }
  });
});

/**
 * typo's project terms (issue 32): a word the project's documents use the same way in three of
 * them, in different sentences, is a term, not a typo, in the library, the CLI (over the files it
 * is given) and the Action (a pull request that changes one document, the others read for
 * their words only). One template sentence copied into many documents is one use: its misspelling
 * is still reported in each.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/node/lint.js';
import { runActionAgainst } from './helpers/action-run.js';
import { runCli, workspace } from './helpers/cli.js';
import { githubLike } from './helpers/github-server.js';

const project = {
  'docs/build.md': '# Build\n\nBuild the site with frobc before you publish it.\n',
  'docs/release.md': '# Release\n\nThe release manager runs frobc on the tagged commit.\n',
  'docs/roles.md': '# Roles\n\nA maintainer knows frobc and its flags well.\n',
};
const template = 'We value autoomatic checks and clear reviews.';
const templated = {
  'jobs/a.md': `# Designer\n\n${template}\n`,
  'jobs/b.md': `# Engineer\n\n${template}\n`,
  'jobs/c.md': `# Writer\n\n${template}\n`,
};
const typoWords = (results: { path: string; messages: { ruleId: string; actual?: string | undefined }[] }[]) =>
  results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'typo').map((m) => `${r.path} ${m.actual}`));

describe('typo: terms of the project', () => {
  it('library: a word three documents use in different sentences is a term; a template sentence copied three times is one use', async () => {
    const documents = Object.entries({ ...project, ...templated }).map(([path, text]) => ({ path, contents: text }));
    expect(typoWords(await lint(documents))).toEqual(['jobs/a.md autoomatic', 'jobs/b.md autoomatic', 'jobs/c.md autoomatic']);
    // Two documents make no term.
    expect(typoWords(await lint(documents.slice(0, 2)))).toEqual(['docs/build.md frobc', 'docs/release.md frobc']);
  });

  it('CLI: the project is the documents linted, as for ladders (reading a whole repository for a hook on one file would cost it)', async () => {
    const dir = workspace({ ...project, ...templated });
    const all = await runCli(['--format', 'json'], dir);
    const words = (run: { stdout: string }) => (JSON.parse(run.stdout) as { path: string; messages: { ruleId: string; actual?: string }[] }[]).flatMap((r) => r.messages.filter((m) => m.ruleId === 'typo').map((m) => `${r.path} ${m.actual}`));
    expect(words(all)).toEqual(['jobs/a.md autoomatic', 'jobs/b.md autoomatic', 'jobs/c.md autoomatic']);
    expect(words(await runCli(['--format', 'json', 'docs'], dir))).toEqual([]);
    expect(words(await runCli(['--format', 'json', 'docs/build.md'], dir))).toEqual(['docs/build.md frobc']);
    expect(words(await runCli(['--format', 'json', 'jobs/a.md'], dir))).toEqual(['jobs/a.md autoomatic']);
  });
});

describe('typo: terms of the project in the Action', () => {
  const pr = (filename: string) => githubLike([{ filename, status: 'modified', patch: '@@ -3,0 +3,1 @@\n+x' }]);
  const typoAnnotations = (run: Awaited<ReturnType<typeof runActionAgainst>>) => {
    const create = run.server.requests.find((r) => r.method === 'POST' && r.path === '/repos/o/r/check-runs');
    return ((create?.body.output.annotations ?? []) as { path: string; title: string; message: string }[]).filter((a) => a.title === 'rolelint typo').map((a) => `${a.path} ${/`([^`]+)`/.exec(a.message)?.[1]}`);
  };

  it('a pull request that changes one document: the others are read for their words, so a term of the repository is not reported', async () => {
    expect(typoAnnotations(await runActionAgainst({ ...project, ...templated }, { 'fail-on': 'never' }, pr('docs/build.md')))).toEqual([]);
    // Where the repository has no other document using it, it is no term.
    expect(typoAnnotations(await runActionAgainst({ 'docs/build.md': project['docs/build.md'] }, { 'fail-on': 'never' }, pr('docs/build.md')))).toEqual(['docs/build.md frobc']);
  });

  it('a misspelling of a template sentence the other documents copy is still reported on the changed one', async () => {
    expect(typoAnnotations(await runActionAgainst({ ...project, ...templated }, { 'fail-on': 'never' }, pr('jobs/a.md')))).toEqual(['jobs/a.md autoomatic']);
  });
});

/**
 * The Action on a pull request that changes one level of a ladder (issue 36): the other levels of
 * its folder are read, so the change is judged against the whole ladder, but only the changed file
 * is linted and annotated, over real HTTP against the loopback GitHub.
 */
import { describe, expect, it } from 'vitest';
import { runActionAgainst } from './helpers/action-run.js';
import { githubLike } from './helpers/github-server.js';

const level = (n: number, ownership: string, extra = '') =>
  `# Engineer L${n}\n\n## Responsibilities\n\nShips the work of level ${n}.\n\n## Ownership\n\n${ownership}\n${extra}`;

const ladder = {
  'ladder/L1.md': level(1, 'Owns small tasks with help from a mentor, and asks for help when stuck.'),
  // A defect of a level the pull request does not touch: read, never reported.
  'ladder/L2.md': level(2, 'Owns features end to end, from the first design to the release and its monitoring.', '\nTODO\n\n## Empty\n'),
  'ladder/L3.md': level(3, 'Owns features end to end, from the first design to the release and its monitoring.'),
  'ladder/L4.md': level(4, 'Owns the direction of several teams and the trade-offs between their systems.'),
  'other/notes.md': '# Notes\n\nNothing here.\n',
};

describe('Action: a changed ladder level judged against its whole ladder', () => {
  it('reads the other levels of the folder, reports and annotates only the changed file, on its lines', async () => {
    const files = [{ filename: 'ladder/L3.md', status: 'modified', patch: '@@ -9,0 +9,1 @@\n+Owns features end to end, from the first design to the release and its monitoring.' }];
    const run = await runActionAgainst(ladder, { 'fail-on': 'never' }, githubLike(files));
    const create = run.server.requests.find((r) => r.method === 'POST' && r.path === '/repos/o/r/check-runs')!;
    const annotations = create.body.output.annotations as { path: string; start_line: number; message: string; title: string }[];
    expect(annotations.map((a) => [a.path, a.start_line, a.title])).toEqual([['ladder/L3.md', 9, 'rolelint ladder-consistency']]);
    expect(annotations[0]!.message).toContain('`Ownership` at `Engineer L3` repeats `Engineer L2` word for word');
    expect(run.stdout).not.toContain('ladder/L2.md');
    expect(run.stdout).toContain('changed file');
  });

  it('a level alone in its folder has no ladder to be judged against: no ladder finding', async () => {
    const run = await runActionAgainst({ 'ladder/L3.md': ladder['ladder/L3.md'] }, { 'fail-on': 'never' }, githubLike([{ filename: 'ladder/L3.md', status: 'modified', patch: '@@ -9,0 +9,1 @@\n+x' }]));
    const create = run.server.requests.find((r) => r.method === 'POST' && r.path === '/repos/o/r/check-runs');
    expect((create?.body.output.annotations ?? []).filter((a: { title: string }) => a.title === 'rolelint ladder-consistency')).toEqual([]);
  });
});

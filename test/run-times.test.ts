/**
 * Where linting spends its time (`--timing`): the engine times the parse, the kind decision, the
 * models, each rule it runs on a document and the readings rules share; the rules on many
 * documents are timed over them all. Times are never part of the report.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/engine/config.js';
import { lintProject } from '../src/engine/project.js';
import { lintOne } from '../src/node/lint.js';

const post = '# Senior Engineer\n\n## Responsibilities\n\n- Own the roadmap.\n\n## Requirements\n\n- Five years of Go.\n';

describe('run times', () => {
  it('times the parse, the kind decision, the models, every rule that runs and the shared readings, and no rule that is off', async () => {
    const config = { ...defaultConfig(), rules: { ...defaultConfig().rules, typo: { level: 'off' as const, options: {} } } };
    const result = await lintOne({ path: 'jobs/senior.md', contents: post }, config);
    const steps = Object.keys(result.times ?? {}).sort();
    const on = Object.entries(config.rules).filter(([id, s]) => s.level !== 'off' && id !== 'ladder-consistency' && !id.startsWith('file-') && id !== 'inline-config').map(([id]) => id);
    // The readings several of them share are steps of their own.
    expect(steps).toEqual(['kind', 'language', 'model', 'outline', 'parse', 'prose runs', 'tree index', ...on].sort());
    expect(Object.values(result.times!).every((ms) => typeof ms === 'number' && ms >= 0)).toBe(true);
  });

  it('counts a shared reading once, in its own step, whichever rule asks for it first', async () => {
    // Alone, confusable-word asks for the document's language (read from its outline); with typo too, each is still its own step.
    const only = (ids: string[]) => ({ ...defaultConfig(), rules: Object.fromEntries(Object.entries(defaultConfig().rules).map(([id, s]) => [id, ids.includes(id) ? s : { ...s, level: 'off' as const }])) });
    const alone = await lintOne({ path: 'a.md', contents: post }, only(['confusable-word']));
    const both = await lintOne({ path: 'a.md', contents: post }, only(['confusable-word', 'typo']));
    expect(Object.keys(alone.times!).sort()).toEqual(['confusable-word', 'language', 'outline', 'parse', 'prose runs', 'tree index']);
    expect(Object.keys(both.times!).sort()).toEqual(['confusable-word', 'language', 'outline', 'parse', 'prose runs', 'tree index', 'typo']);
  });

  it('times the rules on many documents over them all, and leaves the times out of the results', async () => {
    const config = defaultConfig();
    const results = [await lintOne({ path: 'a.md', contents: post }, config), await lintOne({ path: 'b.md', contents: post }, config)];
    const times: Record<string, number> = {};
    const out = lintProject(results, [config, config], undefined, times);
    expect(Object.keys(times)).toEqual(['ladder-consistency']);
    expect(out.map((r) => Object.keys(r).includes('times') || Object.keys(r).includes('model'))).toEqual([false, false]);
  });
});

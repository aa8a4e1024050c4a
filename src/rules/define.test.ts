import type { Root } from 'mdast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { defineRule } from './define.js';
import { lintDocument } from '../node/lint.js';

describe('defineRule', () => {
  it('keeps what a rule throws apart from its findings, for the engine to report as an internal error', async () => {
    const broken = defineRule<{ n: number }>(
      { id: 'broken-example', description: 'Throws', defaultLevel: 'warning', defaults: { n: 1 }, tags: [], messages: {} },
      () => {
        throw new TypeError('x.charCodeAt is not a function');
      },
    );
    const file = new VFile({ path: 'a.md', value: '# A\n' });
    await unified().use(broken.plugin, ['warn', {}]).run({ type: 'root', children: [] } as Root, file);
    expect(file.messages).toEqual([]);
    expect(file.data.failures?.map((f) => [f.ruleId, (f.error as Error).message])).toEqual([['broken-example', 'x.charCodeAt is not a function']]);
  });

  it('a document whose bullets hold a word such as `constructor` is linted, its repeat found', async () => {
    const result = await lintDocument({ path: 'notes.md', contents: new TextEncoder().encode('# Notes\n\n- Call the constructor early\n- Call the constructor early\n') });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['4:3 duplicate-bullet']);
  });
});

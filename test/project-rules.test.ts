/**
 * Rules that see more than one document (issue 31): the engine keeps each document's model and
 * runs such a rule once over them, reporting on any document at its level, under its inline
 * comments. Exercised with a small rule written here (the registry's own rules have their tests
 * beside them): titles that repeat across documents.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { documentModel } from '../src/document/document-model.js';
import { defaultConfig } from '../src/engine/config.js';
import { documentFile, parseTree } from '../src/engine/lint.js';
import { messageControl } from '../src/engine/message-control.js';
import { lintProject, type LintedFile } from '../src/engine/project.js';
import { defineProjectRule } from '../src/rules/define.js';

const sameTitle = defineProjectRule<{ ignore: string[] }>(
  { id: 'same-title', description: 'No two documents share a title', defaultLevel: 'warning', defaults: { ignore: [] } },
  (documents, options, report) => {
    const first = new Map<string, string>();
    for (const doc of documents) {
      if (options.ignore.includes(doc.title)) continue;
      const earlier = first.get(doc.title);
      if (earlier) report(doc.path, { line: doc.titles[0]?.line ?? 1, column: 1, message: `\`${doc.title}\` is the title of \`${earlier}\` too` });
      else first.set(doc.title, doc.path);
    }
  },
);

async function linted(path: string, text: string): Promise<LintedFile> {
  const file = documentFile({ path }, text);
  const tree = await parseTree(file);
  const control = messageControl(tree, text, new Set(['same-title']));
  return { path, messages: [], model: documentModel(tree, text, path, control.state) };
}

const withRule = (level: 'warning' | 'error' | 'off', options: object = {}): ResolvedConfig => ({
  rules: { ...defaultConfig().rules, 'same-title': { level, options } },
});

describe('rules on many documents', () => {
  it('see every document model and report on the one where the defect is seen, at its level', async () => {
    const results = [await linted('a.md', '# Staff Engineer\n\nText.\n'), await linted('b.md', '---\ntitle: x\n---\n\n# Staff Engineer\n'), await linted('c.md', '# Principal\n')];
    const config = withRule('error');
    const out = lintProject(results, [config, config, config], [sameTitle]);
    expect(out.map((r) => [r.path, r.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`)])).toEqual([
      ['a.md', []],
      ['b.md', ['5:1 error same-title `Staff Engineer` is the title of `a.md` too']],
      ['c.md', []],
    ]);
    expect(out.every((r) => !('model' in r))).toBe(true);
    expect(out[1]!.messages[0]!.url).toBe(sameTitle.url);
  });

  it('judge together only documents whose configurations give the rule one setting; off leaves a document out', async () => {
    const results = [await linted('a.md', '# T\n'), await linted('b.md', '# T\n'), await linted('c.md', '# T\n'), await linted('d.md', '# T\n')];
    const [one, other, off] = [withRule('warning'), withRule('warning', { ignore: [] }), withRule('off')];
    const out = lintProject(results, [one, other, one, off], [sameTitle]);
    expect(out.map((r) => r.messages.length)).toEqual([0, 0, 1, 0]);
  });

  it('respect the inline comments of the document they report on', async () => {
    const results = [await linted('a.md', '# T\n'), await linted('b.md', '<!-- rolelint-disable-file same-title -->\n\n# T\n'), await linted('c.md', '<!-- rolelint-disable-next-line same-title -->\n# T\n')];
    const config = withRule('warning');
    expect(lintProject(results, [config, config, config], [sameTitle]).map((r) => r.messages.length)).toEqual([0, 0, 0]);
  });

  it('read plain data: a model survives a structured clone (the way from a worker thread)', async () => {
    const { model } = await linted('a.md', '---\nlevel: L3\n---\n# Senior Engineer\n\n## Delivery\n\n- Ships features\n- Reviews code\n');
    expect(structuredClone(model)).toEqual(model);
    expect(model).toMatchObject({
      title: 'Senior Engineer',
      frontmatter: { level: 'L3' },
      titles: [{ text: 'Senior Engineer', depth: 1, line: 4 }, { text: 'Delivery', depth: 2, line: 6 }],
      lists: [{ title: { text: 'Delivery', depth: 2, line: 6 }, items: ['Ships features', 'Reviews code'], line: 8 }],
    });
  });
});

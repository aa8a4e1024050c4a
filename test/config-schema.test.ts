/**
 * The shipped schema: in sync with the rules' metadata, accepts every configuration example in
 * the README (validated by Ajv against the committed file, as an editor would), rejects wrong ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { settingsValidatorCode } from '../scripts/settings-validator.js';
import { configSchema } from '../src/config/schema.js';
import { allMeta } from '../src/rules/index.js';
import { runCli, workspace } from './helpers/cli.js';
import { root } from './helpers/paths.js';

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule.default }).default ?? AjvModule) as typeof AjvModule.default;
const shipped = JSON.parse(readFileSync(path.join(root, 'rolelint.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(shipped);

/** The json and yaml blocks of the README's Configuration section, parsed. */
function readmeExamples(): { lang: string; text: string; value: unknown }[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration'), readme.indexOf('\n## GitHub Action'));
  return [...section.matchAll(/```(json|yaml)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]!, value: m[1] === 'json' ? JSON.parse(m[2]!) : parse(m[2]!) }));
}

describe('rolelint.schema.json', () => {
  it('is what `npm run generate` makes from the rules (run it and commit the file if this fails)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(configSchema(allMeta))));
  });

  it('is what rolelint validates with: the generated validator is compiled from it (`npm run generate`)', () => {
    const committed = readFileSync(path.join(root, 'src/config/settings-validator.generated.ts'), 'utf8');
    expect(committed === settingsValidatorCode(configSchema(allMeta)), 'src/config/settings-validator.generated.ts is stale: run `npm run generate`').toBe(true);
  });

  it('accepts every configuration example in the README', () => {
    const examples = readmeExamples();
    expect(examples.map((e) => e.lang)).toEqual(['json', 'yaml', 'yaml']);
    for (const example of examples) {
      expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('and the README example runs: rolelint reads it without a configuration error', async () => {
    const [json] = readmeExamples();
    const dir = workspace({ '.rolelintrc.json': json!.text, '.rolelint-words.txt': 'Acme\n', 'jobs/a.md': '# Data Engineer\n\n**Salary:** $120,000–$150,000 a year\n\n## Responsibilities\n\n- Build Acme pipelines.\n\n## Requirements\n\n- SQL.\n' });
    const run = await runCli(['--format', 'json'], dir);
    expect(run.stderr).toBe('');
    // A job post: its facts come with it (its pay read, so pay-transparency has nothing to say).
    expect(JSON.parse(run.stdout)).toEqual([{ path: 'jobs/a.md', messages: [], facts: expect.objectContaining({ pay: 'range' }) }]);
  });

  it('rejects a wrong configuration: misspelt key, unknown rule, bad severity, bad option', () => {
    for (const wrong of [{ overides: [] }, { rules: { typpo: 'off' } }, { rules: { typo: 'warnin' } }, { rules: { 'duplicate-bullet': ['error', { threshold: 2 }] } }, { overrides: [{ kind: 'job-post' }] }]) {
      expect(validate(wrong), JSON.stringify(wrong)).toBe(false);
    }
  });
});

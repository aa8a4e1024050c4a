/**
 * `--format sarif`: the fields github/codeql-action/upload-sarif reads (GITHUB-PLATFORM.md §5),
 * asserted on a real run over the fixtures. (Validation against the full SARIF 2.1.0 JSON Schema
 * is not done yet: the schema is not vendored.)
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/paths.js';

describe('SARIF output', () => {
  it('has the version, the tool with every rule described, and results at repository-relative locations', async () => {
    const run = await runCli(['--format', 'sarif', 'fixtures/missing-leadership.md', 'fixtures/typo-planted.md'], root);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('rolelint');
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('required-sections');
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text).toContain('See https://');
    }
    const first = log.runs[0].results[0];
    expect(first).toEqual({
      ruleId: 'required-sections',
      ruleIndex: ids.indexOf('required-sections'),
      level: 'error',
      message: { text: expect.stringMatching(/^Missing section `Leadership`/) },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/missing-leadership.md' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 20 } } }],
    });
    expect(log.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'typo').every((r: { level: string }) => r.level === 'warning')).toBe(true);
    expect(run.code).toBe(1);
  });
});

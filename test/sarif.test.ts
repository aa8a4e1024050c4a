/**
 * `--format sarif`: valid against the OASIS SARIF 2.1.0 JSON Schema (as shipped in
 * @microsoft/jest-sarif), and carrying the fields github/codeql-action/upload-sarif reads
 * (GITHUB-PLATFORM.md §5), asserted on a real run over the fixtures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { root } from './helpers/paths.js';

/**
 * The SARIF 2.1.0 schema is draft-04 JSON Schema: Ajv's draft-04 class reads it as written. Its
 * `language` pattern has a stray `]` that only non-unicode regular expressions accept.
 */
function sarifSchemaProblems(log: unknown): string[] {
  const file = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // CommonJS packages: the class and the plugin are module.exports and, for TypeScript, their `default`.
  const ajv = new draft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  formats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
  return validate(log) ? [] : validate.errors!.map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}

describe('SARIF output', () => {
  it('is valid SARIF 2.1.0, and the schema check catches what is not', async () => {
    const run = await runCli(['--format', 'sarif', 'fixtures'], root);
    const log = JSON.parse(run.stdout);
    expect(log.runs[0].results.length).toBeGreaterThan(10);
    expect(sarifSchemaProblems(log)).toEqual([]);
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    broken.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(sarifSchemaProblems(broken)).toEqual(
      expect.arrayContaining([
        "/runs/0/tool/driver must have required property 'name'",
        '/runs/0/results/0/level must be equal to one of the allowed values',
        '/runs/0/results/1/locations/0/physicalLocation/region/startLine must be >= 1',
      ]),
    );
  });

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
    const helpOf = (id: string) => driver.rules.find((r: { id: string }) => r.id === id).helpUri;
    expect(helpOf('typo')).toBe('https://github.com/rolelint/rolelint/blob/v0.1.0/src/rules/typo.md');
    expect(helpOf('inline-config')).toBe('https://github.com/rolelint/rolelint/blob/v0.1.0/src/engine/file-checks.md#inline-config');
    // Each file check links to its own anchor, and the page has it (a row's <a id> or a section).
    const page = readFileSync(`${root}/src/engine/file-checks.md`, 'utf8');
    for (const id of ['file-binary', 'file-encoding', 'file-too-large', 'file-too-complex', 'file-empty', 'file-unreadable', 'inline-config']) {
      expect(helpOf(id)).toBe(`https://github.com/rolelint/rolelint/blob/v0.1.0/src/engine/file-checks.md#${id}`);
      expect(page.includes(`<a id="${id}"></a>`) || page.includes(`## \`${id}\``), id).toBe(true);
    }
    // The fixture's missing section, of a kind the model inferred: a warning (its other finding: it states no pay, a warning).
    const first = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'required-sections');
    expect(first).toEqual({
      ruleId: 'required-sections',
      ruleIndex: ids.indexOf('required-sections'),
      level: 'warning',
      message: { text: expect.stringMatching(/^Missing section `Leadership`/) },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/missing-leadership.md' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 20 } } }],
    });
    expect(log.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'typo').every((r: { level: string }) => r.level === 'warning')).toBe(true);
    expect(run.code).toBe(0);
    // An error is SARIF's `error`, and fails the run.
    const gendered = await runCli(['--format', 'sarif', 'fixtures/fair-wording-gendered.md'], root);
    const title = JSON.parse(gendered.stdout).runs[0].results.find((r: { message: { text: string } }) => r.message.text.startsWith('`Salesman`'));
    expect(title).toMatchObject({ ruleId: 'fair-wording', level: 'error', locations: [{ physicalLocation: { region: { startLine: 5, startColumn: 9 } } }] });
    expect(gendered.code).toBe(1);
  });

  it('points a duplicate back to the first occurrence in relatedLocations, as code scanning shows it', async () => {
    const run = await runCli(['--format', 'sarif', 'fixtures/duplicate-bullet-same-list.md'], root);
    const log = JSON.parse(run.stdout);
    expect(sarifSchemaProblems(log)).toEqual([]);
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; relatedLocations?: unknown[] }[];
    const duplicates = results.filter((r) => r.ruleId === 'duplicate-bullet');
    expect(duplicates.map((r) => [r.locations[0]!.physicalLocation.region.startLine, r.relatedLocations])).toEqual([
      [7, [{ id: 1, message: { text: 'First occurrence' }, physicalLocation: { artifactLocation: { uri: 'fixtures/duplicate-bullet-same-list.md' }, region: { startLine: 5, startColumn: 3 } } }]],
    ]);
    expect(results.filter((r) => r.ruleId !== 'duplicate-bullet').every((r) => r.relatedLocations === undefined)).toBe(true);
  });
});

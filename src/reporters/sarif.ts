/**
 * SARIF 2.1.0, as github/codeql-action/upload-sarif accepts it: one run, the rules with their
 * descriptions and help, results with repository-relative locations. Rule metadata arrives as data.
 */
import type { FileResult, RuleMeta, Severity } from '../core/types.js';
import { spanInFile } from './span.js';

export interface SarifOptions {
  version: string;
  /** Documentation URL of a rule. */
  helpUri: (meta: RuleMeta) => string;
}

const levels: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(results: readonly FileResult[], rules: readonly RuleMeta[], options: SarifOptions): string {
  const index = new Map(rules.map((meta, i) => [meta.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rolelint',
            version: options.version,
            informationUri: 'https://github.com/rolelint/rolelint',
            rules: rules.map((meta) => ({
              id: meta.id,
              name: meta.id.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase()),
              shortDescription: { text: meta.description.slice(0, 1024) },
              fullDescription: { text: meta.description.slice(0, 1024) },
              help: { text: `${meta.description}. See ${options.helpUri(meta)}`, markdown: `${meta.description}. [Documentation](${options.helpUri(meta)})` },
              helpUri: options.helpUri(meta),
              defaultConfiguration: { level: meta.defaultLevel === 'off' ? 'none' : levels[meta.defaultLevel] },
              // Its messages by id, as SARIF's reportingDescriptor keeps them (`{{name}}` where a value goes).
              ...(meta.messages ? { messageStrings: Object.fromEntries(Object.entries(meta.messages).map(([id, text]) => [id, { text }])) } : {}),
              properties: { tags: ['role-documents', ...(meta.tags ?? [])] },
            })),
          },
        },
        results: results.flatMap((result) =>
          result.messages.map((m) => {
            const { startLine, startColumn, endLine, endColumn } = spanInFile(m, result);
            const region = { startLine, ...(startColumn === undefined ? {} : { startColumn }), endLine, ...(endColumn === undefined ? {} : { endColumn }) };
            return {
              ruleId: m.ruleId,
              ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
              level: levels[m.severity],
              message: { text: m.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUri(result.path) }, region } }],
              // The place a finding points back to (the first of two duplicates), as code scanning shows it.
              ...(m.related
                ? { relatedLocations: [{ id: 1, message: { text: m.related.message }, physicalLocation: { artifactLocation: { uri: toUri(result.path) }, region: { startLine: m.related.line, startColumn: m.related.column } } }] }
                : {}),
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A repository-relative URI: forward slashes, no leading `./`, characters escaped. */
function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
}

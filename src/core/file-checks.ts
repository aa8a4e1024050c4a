/**
 * What the engine's checks on a file (before any rule reads it) say about themselves. They are
 * configured like rules, by id, so configuration and its schema read them from here; the checks
 * themselves run in the engine (src/engine/checks.ts) and are documented in src/engine/file-checks.md.
 */
import type { JsonSchema, RuleMeta } from './types.js';

// Each check has an anchor of its own there (its row in the table, or its section).
const docs = (id: string) => `src/engine/file-checks.md#${id}`;
const noOptions: JsonSchema = { type: 'object', additionalProperties: false, properties: {} };

export const fileChecks = {
  binary: { id: 'file-binary', description: 'Report a file that is binary (NUL bytes, an image, PDF or archive), not text', defaultLevel: 'error', docs: docs('file-binary'), defaults: {}, schema: noOptions },
  encoding: { id: 'file-encoding', description: 'Report a file that is not valid UTF-8 (or UTF-16 with a byte-order mark)', defaultLevel: 'error', docs: docs('file-encoding'), defaults: {}, schema: noOptions },
  tooLarge: { id: 'file-too-large', description: 'Report, without parsing, a file larger than `maxBytes`', defaultLevel: 'warning', docs: docs('file-too-large'), defaults: { maxBytes: 1024 * 1024 }, schema: { type: 'object', additionalProperties: false, properties: { maxBytes: { type: 'integer', minimum: 1, description: 'Largest file, in bytes, that is linted' } } } },
  tooComplex: {
    id: 'file-too-complex',
    description: 'Report, without parsing, Markdown that would take too long to parse (nested past 100 levels, or as costly as more than `maxBytes` of text), and a file whose linting runs past `maxSeconds`',
    defaultLevel: 'warning',
    docs: docs('file-too-complex'),
    defaults: { maxSeconds: 10 },
    schema: { type: 'object', additionalProperties: false, properties: { maxSeconds: { type: 'number', exclusiveMinimum: 0, description: 'Time one file may take to parse and lint, in seconds; past it the remaining rules are not run' } } },
  },
  empty: { id: 'file-empty', description: 'Report a file that is empty or only whitespace', defaultLevel: 'warning', docs: docs('file-empty'), defaults: {}, schema: noOptions },
  unreadable: { id: 'file-unreadable', description: 'Report a file that cannot be read (missing, a directory, no permission, a broken link)', defaultLevel: 'error', docs: docs('file-unreadable'), defaults: {}, schema: noOptions },
  inlineConfig: { id: 'inline-config', description: 'Report a `<!-- rolelint-… -->` comment that controls nothing: an unknown directive or rule id', defaultLevel: 'warning', docs: docs('inline-config'), defaults: {}, schema: noOptions },
} as const satisfies Record<string, RuleMeta>;

export const fileCheckList: readonly RuleMeta[] = Object.values(fileChecks);

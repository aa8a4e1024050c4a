/**
 * The JSON Schema of a configuration file, composed from the rules' own metadata so a new rule or
 * option appears in it without anyone editing it. `npm run generate` writes it to
 * rolelint.schema.json (the `$schema` target editors read); the loader validates with the same.
 */
import type { JsonSchema, RuleMeta, SharedSetting } from '../core/types.js';
import { repositoryUrl } from '../core/links.js';
import { documentKinds } from '../document/document-kind.js';
import { sectionsSchema } from '../document/section-needs.js';

const levels = ['off', 'info', 'warning', 'error'] as const;
/** Spellings ESLint and remark-lint users bring; accepted, documented as aliases. */
const levelAliases = ['warn', 0, 1, 2];

const globs = { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs, relative to the folder of the configuration file' };

function ruleEntry(meta: RuleMeta): JsonSchema {
  const level = { $ref: '#/definitions/level' };
  return {
    description: `${meta.description}. Default: \`${meta.defaultLevel}\`.`,
    anyOf: [level, { type: 'array', minItems: 1, maxItems: 2, items: [level, meta.schema], additionalItems: false }],
  };
}

/** The settings allowed at the top level and in each override. */
function settings(rules: readonly RuleMeta[]): Record<string, JsonSchema> {
  return {
    kind: { enum: [...documentKinds], description: 'The kind of document: sets which sections are required (otherwise from frontmatter `kind:` or inferred)' },
    requiredSections: { ...sectionsSchema, description: 'The sections every document must have; replaces the sections of its kind' },
    rules: {
      type: 'object',
      description: 'Rules by id: a severity, or [severity, options]',
      additionalProperties: false,
      properties: Object.fromEntries(rules.map((meta) => [meta.id, ruleEntry(meta)])),
    },
    words: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Words the typo rule accepts (added to those of other layers)' },
    wordsFile: { type: 'string', minLength: 1, description: 'A file of words the typo rule accepts, one a line (`#` starts a comment), relative to this file' },
    locale: { enum: ['en', 'en-US', 'en-GB'], description: 'Spelling: `en` accepts US and British, `en-US` or `en-GB` only one' },
    duplicateThreshold: { type: 'number', minimum: 0, maximum: 1, description: 'Least similarity (0 to 1) for a near-duplicate bullet; 1 reports exact duplicates only' },
    // The jurisdictions are the pay-transparency rule's data: its option's schema, taken from its meta.
    jurisdictions: {
      ...takenOption(rules, 'jurisdictions'),
      description: "The jurisdictions whose pay-transparency laws job posts are checked against (the `pay-transparency` rule); a post's frontmatter `jurisdictions` replaces them",
    },
  };
}

/** The schema of the option a rule takes a top-level setting as (its meta's `settings`). */
function takenOption(rules: readonly RuleMeta[], setting: SharedSetting): JsonSchema {
  for (const meta of rules) {
    const option = meta.settings?.[setting];
    const schema = option ? (meta.schema.properties as Record<string, JsonSchema> | undefined)?.[option] : undefined;
    if (schema) return schema;
  }
  throw new Error(`no rule takes the setting \`${setting}\``);
}

export function configSchema(rules: readonly RuleMeta[]): JsonSchema {
  const shared = settings(rules);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${repositoryUrl}/raw/main/rolelint.schema.json`,
    title: 'rolelint configuration',
    description: `Configuration of rolelint (.rolelintrc.json, .rolelintrc.yaml, rolelint.config.json or "rolelint" in package.json). See ${repositoryUrl}#configuration`,
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors' },
      extends: {
        description:
          'Configurations this one builds on, applied before it (later ones win): a JSON or YAML file, relative to this file, or a package that resolves to one. Their globs are relative to this file; their `wordsFile` to their own',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        ],
      },
      files: { ...globs, description: 'Documents to lint when no paths are given (default: every Markdown file)' },
      ignore: { ...globs, description: 'Documents never to lint' },
      ...shared,
      overrides: {
        type: 'array',
        description: 'Settings for the documents matching `files`; later entries win',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: { files: { ...globs, minItems: 1 }, ...shared },
        },
      },
    },
    definitions: {
      level: {
        description: 'A severity: off, info, warning or error (warn, 0, 1 and 2 are accepted too)',
        enum: [...levels, ...levelAliases],
      },
    },
  };
}

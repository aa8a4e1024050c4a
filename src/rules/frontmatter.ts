/**
 * `frontmatter`: the YAML frontmatter parses, is a mapping of keys to values, and is closed.
 * Reported at the YAML error's line in the file; the body is linted all the same.
 */
import type { Yaml } from 'mdast';
import { defineRule } from './define.js';

export const frontmatter = defineRule<Record<string, never>>(
  {
    id: 'frontmatter',
    description: 'Require YAML frontmatter that parses, holds `key: value` pairs and is closed by `---`',
    defaultLevel: 'error',
    defaults: {},
  },
  (tree, file) => {
    if (tree.data?.unclosedFrontmatter) {
      file.message('Frontmatter is opened with `---` on line 1 but never closed: add a line `---` after its last key', {
        place: { line: 1, column: 1 },
      });
      return;
    }
    const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
    for (const problem of yaml?.data?.frontmatter?.problems ?? []) {
      const message = problem.message.startsWith('Frontmatter is') ? problem.message : `Frontmatter is not valid YAML: ${problem.message}`;
      file.message(`${message}; the rest of the document was still linted`, { place: { line: problem.line, column: problem.column } });
    }
  },
);

/**
 * `frontmatter`: the YAML (`---`), TOML (`+++`) or JSON (`{`) frontmatter parses, is a mapping of keys to
 * values, and is closed. Reported at the error's line in the file; the body is linted all the same.
 */
import { frontmatterBlock } from '../document/frontmatter-block.js';
import { asWarning, defineRule } from './define.js';

export const frontmatter = defineRule<Record<string, never>>(
  {
    id: 'frontmatter',
    description: 'Require YAML (`---`), TOML (`+++`) or JSON (`{`) frontmatter that parses, holds key-value pairs and is closed',
    defaultLevel: 'error',
    defaults: {},
    tags: ['structure'],
    messages: {
      unclosed: 'Frontmatter is opened with `{{fence}}` on line 1 but never closed: add a line `{{fence}}` after its last key',
      unopened: 'Frontmatter is closed by the `---` on line {{line}} but never opened: lines 1-{{last}} are YAML ({{keys}}) that GitHub, Jekyll and Hugo show as text, its `#` comments as headings (only Python-Markdown\'s metadata reads them so); add a line `---` before line 1',
      invalid: '{{problem}}; the rest of the document was still linted',
      readerDependent: '{{problem}}',
    },
  },
  (tree, file, _options, say) => {
    const fence = tree.data?.unclosedFrontmatter;
    if (fence) {
      file.message(say('unclosed', { fence }), {
        place: { line: 1, column: 1 },
      });
      return;
    }
    const unopened = tree.data?.unopenedFrontmatter;
    if (unopened) {
      const keys = unopened.keys.slice(0, 3).map((k) => `\`${k}\``).join(', ') + (unopened.keys.length > 3 ? ', …' : '');
      // A warning: Python-Markdown's metadata (MkDocs, Flask sites) is written so on purpose.
      asWarning(file.message(say('unopened', { line: unopened.line, last: unopened.line - 1, keys }), { place: { line: 1, column: 1 } }));
      return;
    }
    for (const problem of frontmatterBlock(tree)?.data?.frontmatter?.problems ?? []) {
      const message = file.message(say(problem.readerDependent ? 'readerDependent' : 'invalid', { problem: problem.message }), { place: { line: problem.line, column: problem.column } });
      if (problem.readerDependent) asWarning(message);
    }
  },
);

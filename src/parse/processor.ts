/**
 * The one parser every document goes through: remark-parse with YAML or TOML frontmatter and GFM
 * (without autolink literals, see gfm.ts), plus the plain-text structure of word-processor pastes.
 * Positions are those of the original text.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { markdownBullets } from './bullets.js';
import { remarkGfmBlocks } from './gfm.js';
import { plainStructure } from './plain-structure.js';

/**
 * A unified plugin: reads `•`-style bullets as list items (through a same-length rewrite of the
 * source before micromark) and bare title lines as headings (on the tree). Use after remark-parse.
 */
export function remarkPlainStructure(this: Processor): (tree: Root, file: VFile) => void {
  const parse = this.parser;
  if (parse) this.parser = (document: string, file: VFile) => parse(markdownBullets(document), file);
  return plainStructure;
}

/**
 * JSON frontmatter: an object whose `{` and `}` stand alone on their lines, the first opening the
 * document (Hugo reads it so, and markdownlint's front matter pattern matches it).
 */
const jsonMatter = { type: 'json', fence: { open: '{', close: '}' } } as const;

export function createParser() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml', 'toml', jsonMatter])
    .use(remarkGfmBlocks)
    .use(remarkPlainStructure)
    .freeze();
}

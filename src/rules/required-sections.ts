/**
 * `required-sections`: every required section has a heading, at any depth, under any of the
 * wordings people use for it. One finding per missing section, on the document's title line.
 */
import type { Heading, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import { createSectionMatcher, type SectionSpec } from '../text/sections.js';
import { defineRule } from './define.js';
import { defaultSections } from './required-sections.data.js';

export interface RequiredSectionsOptions {
  sections: readonly SectionSpec[];
}

/** How many found headings a message lists before it says "and N more". */
const listedHeadings = 6;

export const requiredSections = defineRule<RequiredSectionsOptions>(
  {
    id: 'required-sections',
    description: 'Require the sections a role document must have (by default Responsibilities, Requirements, Leadership)',
    defaultLevel: 'error',
    defaults: { sections: defaultSections },
  },
  (tree, file, options) => {
    const headings: Heading[] = [];
    visitParents(tree, 'heading', (node) => {
      headings.push(node);
    });
    const matcher = createSectionMatcher(options.sections);
    const found = new Set<string>();
    for (const heading of headings) {
      const match = matcher.match(toString(heading));
      if (match) found.add(match.section);
    }
    const missing = options.sections.filter((section) => !found.has(section.name));
    if (missing.length === 0) return;

    const place = titlePlace(tree, headings);
    const seen = describeHeadings(headings);
    for (const section of missing) {
      const examples = [section.name, ...section.aliases.slice(0, 2)].map((a) => `\`${a}\``).join(', ');
      const message = file.message(
        `Missing section \`${section.name}\`: add a heading such as ${examples}; ${seen}`,
        { place },
      );
      message.expected = [section.name];
    }
  },
);

function describeHeadings(headings: readonly Heading[]): string {
  if (headings.length === 0) return 'the document has no headings';
  const texts = headings.slice(0, listedHeadings).map((h) => `\`${toString(h).trim()}\``);
  const more = headings.length > listedHeadings ? ` and ${headings.length - listedHeadings} more` : '';
  return `headings found: ${texts.join(', ')}${more}`;
}

/** The document's title line: its first top-level heading, else the frontmatter `title`, else 1:1. */
function titlePlace(tree: Root, headings: readonly Heading[]): Position | { line: number; column: number } {
  const title = headings.find((h) => h.depth === 1);
  if (title?.position) return title.position;
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (yaml?.position) {
    const lines = yaml.value.split(/\r\n|\r|\n/);
    const index = lines.findIndex((line) => /^title\s*:/.test(line));
    if (index >= 0) {
      const line = yaml.position.start.line + 1 + index;
      return { start: { line, column: 1 }, end: { line, column: lines[index]!.length + 1 } };
    }
  }
  return { line: 1, column: 1 };
}

/**
 * `duplicate-heading`: a heading whose text (case and punctuation aside) equals that of an earlier
 * heading under the same parent section. Same semantics as remark-lint's
 * no-duplicate-headings-in-section and markdownlint's MD024 with `siblings_only`.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { VFileMessage } from 'vfile-message';
import { normaliseText } from '../text/normalise.js';
import { defineRule } from './define.js';
import { treeIndex } from './tree-index.js';

export const duplicateHeading = defineRule<Record<string, never>>(
  {
    id: 'duplicate-heading',
    description: 'Disallow a heading that repeats a sibling heading (same text under the same parent section)',
    defaultLevel: 'warning',
    defaults: {},
  },
  (tree, file) => {
    // One map of sibling headings per depth; a heading closes every deeper section.
    const siblings: Map<string, Position>[] = [];
    const index = treeIndex(tree);
    for (const at of index.of('heading')) {
      const heading = index.nodes[at] as Heading;
      if (!heading.position) continue;
      siblings.length = Math.min(siblings.length, heading.depth + 1);
      const seen = (siblings[heading.depth] ??= new Map());
      const text = toString(heading).trim();
      const key = normaliseText(text);
      if (key === '') continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, heading.position);
        continue;
      }
      const message = file.message(
        `Duplicate heading \`${text}\`: the heading on line ${first.start.line} has the same text under the same parent; rename one or merge the two sections`,
        { place: heading.position, cause: new VFileMessage('First occurrence', { place: first }) },
      );
      message.actual = text;
    }
  },
);

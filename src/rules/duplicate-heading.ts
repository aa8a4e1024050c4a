/**
 * `duplicate-heading`: a heading that repeats an earlier heading under the same parent section:
 * the same text (case, punctuation and `&` for `and` aside), as remark-lint's
 * no-duplicate-headings-in-section and markdownlint's MD024 with `siblings_only` report, or nearly
 * the same (a US/UK spelling, a one-letter typo, a plural, a small word more or less), as the
 * duplicate-bullet rule judges bullets. Headings in block quotes are quoted text (an example of a
 * report, a message), not the document's sections; headings in two branches of a template's `{% if
 * %}` are never both on the page (template-branches.ts); a numbered part written at the level of
 * its sections (`## Parte 2`, numbered-parts.ts) starts their siblings anew; sections the page
 * repeats as a group for each of several things (repeated-groups.ts) are no duplicates.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { VFileMessage } from 'vfile-message';
import { createDuplicateIndex, differingWords, type DuplicateIndex, type DuplicateMatch } from '../text/duplicates.js';
import { defineRule } from './define.js';
import { templateBranches, type TemplateBranches } from '../document/template-branches.js';
import { treeIndex } from '../document/tree-index.js';
import { numberedParts } from '../document/numbered-parts.js';
import { repeatedGroups } from '../document/repeated-groups.js';

/**
 * Least character similarity of two near-duplicate headings: the bullets' default. A heading is a
 * word or two, so it lets a plural or typo of a long word through (`Requirement`/`Requirements` is
 * 0.92) and keeps short names apart (`Martin`/`Martina` 0.86, on a team page of people).
 */
const threshold = 0.9;
/** A plus right after a word or number, not doubled (`Staff+`, `L5+`; not `C++`). */
const plusAfterWord = /([\p{L}\p{N}])\+(?![+\p{L}\p{N}])/gu;

export const duplicateHeading = defineRule<Record<string, never>>(
  {
    id: 'duplicate-heading',
    description: 'Disallow a heading that repeats a sibling heading (same or nearly the same text under the same parent section)',
    defaultLevel: 'warning',
    defaults: {},
    tags: ['structure'],
    messages: {
      duplicate: '{{what}}: the heading on line {{line}} {{how}} under the same parent; rename one or merge the two sections',
    },
  },
  (tree, file, _options, say) => {
    // One index of sibling headings per depth, and per branch of a template's `{% if %}` (the page
    // shows one branch of each); a heading closes every deeper section.
    const siblings: Map<string, DuplicateIndex<Position>>[] = [];
    const index = treeIndex(tree);
    const source = String(file.value ?? '');
    let branches: TemplateBranches | undefined;
    let groups: ReadonlySet<number> | undefined;
    const parts = numberedParts(index);
    for (const at of index.of('heading')) {
      const heading = index.nodes[at] as Heading;
      // A heading in a block quote is quoted: an example of a report, someone else's text.
      if (!heading.position || index.inside(at, 'blockquote')) continue;
      // A numbered part (`## Parte 2`) opens a section of its own level: the headings after it are its own.
      siblings.length = Math.min(siblings.length, parts.has(at) ? heading.depth : heading.depth + 1);
      const byBranch = (siblings[heading.depth] ??= new Map());
      const branch = (branches ??= templateBranches(source)).branchAt(heading.position.start.offset ?? 0);
      let seen = byBranch.get(branch);
      if (!seen) byBranch.set(branch, (seen = createDuplicateIndex<Position>({ threshold, singleWords: true })));
      const text = toString(heading).trim();
      // `Principal+ Engineer` is above `Principal Engineer`: a plus after a word is part of the name, which normalising drops.
      const match = seen.add(text.replace(plusAfterWord, '$1 plus'), heading.position);
      // A group of sections the page repeats for each of several things (repeated-groups.ts) is no duplicate.
      if (!match || (groups ??= repeatedGroups(index, source)).has(at)) continue;
      const message = file.message(say('duplicate', { what: what(match, text), line: match.first.start.line, how: how(match) }), {
        place: heading.position,
        cause: new VFileMessage('First occurrence', { place: match.first }),
      });
      message.actual = text;
    }
  },
);

function what(match: DuplicateMatch<unknown>, text: string): string {
  if (match.kind === 'identical' || match.kind === 'normalised') return `Duplicate heading \`${text}\``;
  if (match.kind === 'reordered') return `Near duplicate heading \`${text}\` (the same words in another order)`;
  return `Near duplicate heading \`${text}\` (${differingWords(match.words!)})`;
}

function how(match: DuplicateMatch<unknown>): string {
  if (match.kind === 'identical') return 'has the same text';
  if (match.kind === 'normalised') return 'has the same text apart from case and punctuation';
  if (match.kind === 'reordered') return 'has the same words';
  return match.kind === 'spelling' ? 'is the same in the other spelling' : 'is nearly the same';
}

/**
 * Section titles written without Markdown headings under a `# Title`, as job posts exported from
 * an applicant-tracking system or a wiki write them: a top-level paragraph of one line that is all
 * bold or italic (`**Responsibilities**`, `**Requirements**:`), or a line ending in a colon just
 * above a list (`What you'll do:`). Only in a document with no heading below its title: where `##`
 * headings make the sections (anywhere, in a quote or a list too), a bold line is a topic inside
 * one of them. Labels are evidence that a section is there (and of the document's kind), never
 * structure: the other rules do not see them. A document with no heading at all has its title
 * lines made headings by parse/plain-structure.ts instead.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { treeIndex } from './tree-index.js';

const maxLength = 80;

export function sectionLabels(tree: Root): string[] {
  const index = treeIndex(tree);
  const depths = index.of('heading').map((at) => (index.nodes[at] as Heading).depth);
  if (!depths.includes(1) || depths.some((depth) => depth > 1)) return [];
  const children = tree.children;
  const labels: string[] = [];
  children.forEach((node, i) => {
    if (node.type !== 'paragraph' || node.position?.start.line !== node.position?.end.line) return;
    const text = toString(node).trim();
    if (text.length < 2 || text.length > maxLength) return;
    if (emphasised(node) || (text.endsWith(':') && aboveList(node, children[i + 1]))) labels.push(text);
  });
  return labels;
}

/** All bold or italic, but for a colon or spaces outside the marks (`**Requirements**:`). */
function emphasised(node: Paragraph): boolean {
  const marked = (child: Paragraph['children'][number]) => child.type === 'strong' || child.type === 'emphasis';
  return node.children.some(marked) && node.children.every((child) => marked(child) || (child.type === 'text' && /^[\s:]*$/.test(child.value)));
}

/** The next node is a list, on the next line or after one blank line. */
function aboveList(node: Paragraph, next: RootContent | undefined): boolean {
  const end = node.position?.end.line;
  const start = next?.position?.start.line;
  return next?.type === 'list' && end !== undefined && start !== undefined && start - end <= 2;
}

/**
 * The titles a document gives its sections, in document order: its Markdown headings, its HTML
 * headings (`<h2 id="duties">Duties</h2>`, as sites built from Markdown write some), and, under a
 * lone `# Title`, the lines that stand as section titles without being headings, as job posts
 * exported from an applicant-tracking system or a wiki write them: a top-level paragraph of one
 * line that is all bold or italic (`**Responsibilities**`, `**Requirements**:`), or a line ending
 * in a colon just above a list (`What you'll do:`). Where headings below the title make the
 * sections (anywhere, in a quote or a list too), a bold line is a topic inside one of them.
 * Titles are evidence that a section is there (and of the document's kind), never structure: the
 * other rules do not see them. A document with no heading at all has its title lines made
 * headings by parse/plain-structure.ts instead.
 */
import type { Heading, Html, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { treeIndex } from './tree-index.js';

const maxLength = 80;
/** One HTML heading element standing alone, with its depth and content. */
const htmlHeading = /^<h([1-6])(?:\s[^>]*)?>((?:(?!<\/?h[1-6]\b)[\s\S])*)<\/h\1\s*>$/i;

interface Title {
  text: string;
  depth?: number;
  offset: number;
}

export function sectionTitles(tree: Root): string[] {
  const index = treeIndex(tree);
  const titles: Title[] = index.of('heading').map((at) => {
    const heading = index.nodes[at] as Heading;
    return { text: toString(heading).trim(), depth: heading.depth, offset: heading.position?.start.offset ?? 0 };
  });
  for (const at of index.of('html')) {
    const node = index.nodes[at] as Html;
    const match = htmlHeading.exec(node.value.trim());
    const text = match ? plainText(match[2]!) : '';
    if (text) titles.push({ text, depth: Number(match![1]), offset: node.position?.start.offset ?? 0 });
  }
  const depths = titles.map((t) => t.depth!);
  if (depths.includes(1) && !depths.some((depth) => depth > 1)) titles.push(...labels(tree));
  return titles.sort((a, b) => a.offset - b.offset).map((t) => t.text);
}

/** An HTML heading's text: tags dropped, the common entities read, white space folded. */
function plainText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => entities[name]!)
    .replace(/\s+/g, ' ')
    .trim();
}

function labels(tree: Root): Title[] {
  const children = tree.children;
  const found: Title[] = [];
  children.forEach((node, i) => {
    if (node.type !== 'paragraph' || node.position?.start.line !== node.position?.end.line) return;
    const text = toString(node).trim();
    if (text.length < 2 || text.length > maxLength) return;
    if (emphasised(node) || (text.endsWith(':') && aboveList(node, children[i + 1]))) found.push({ text, offset: node.position?.start.offset ?? 0 });
  });
  return found;
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

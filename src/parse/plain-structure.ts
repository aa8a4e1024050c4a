/**
 * Tree transforms for documents pasted from a word processor, run after parsing:
 * - bare-line headings: a short line standing alone that reads like a title ("Key
 *   Responsibilities", "What is a CTO?", "Required Skills:") becomes a heading, only in documents
 *   without a single Markdown heading, so ordinary Markdown is never re-read;
 * - bullets indented too deeply to be rewritten as list markers (see bullets.ts) were parsed as
 *   indented code: such a block made only of bullet lines becomes a list;
 * - a Nuxt Content block component over its props (`::PageSection` / `---`), which Markdown reads
 *   as a setext heading, is kept as markup.
 * Positions are those of the original text.
 */
import type { Code, Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { plainBullet } from './bullets.js';
import { frontmatterData, isFrontmatter } from './frontmatter.js';
import { readsAsTitle } from '../text/title-line.js';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

declare module 'mdast' {
  interface HeadingData {
    /** Set on headings recognised from a bare line of plain text. */
    plainText?: boolean;
  }
}

const phrasing = new Set(['text', 'strong', 'emphasis']);

export function hasMarkdownHeading(tree: Root): boolean {
  let found = false;
  visitParents(tree, 'heading', () => {
    found = true;
    return false;
  });
  return found;
}

/** Whether a paragraph reads like a title line. */
export function looksLikeHeading(node: Paragraph): boolean {
  const pos = node.position;
  if (!pos || pos.start.line !== pos.end.line) return false;
  if (!node.children.every((child) => phrasing.has(child.type))) return false;
  return readsAsTitle(toString(node));
}

/** A web or e-mail address: a line holding one is a field (`URL: https://…`, `Apply: jobs@…`) or a link, never a title. */
const holdsAddress = /\bhttps?:\/\/|\bwww\.\S|\S@\S+\.\S/i;

/** Followed by a blank line and more text, or directly by a list (a heading over bullets). */
function standsAlone(node: RootContent, next: RootContent | undefined): boolean {
  if (!next || !node.position || !next.position) return false;
  if (next.type === 'list') return true;
  return next.position.start.line > node.position.end.line + 1;
}

export function plainStructure(tree: Root, file: VFile): void {
  const source = String(file.value ?? '');
  componentsNotHeadings(tree, source);
  bulletCodeToLists(tree, source);
  markPlainHeadings(tree);
  frontmatterData(tree, source);
}

/** A block component of Nuxt's MDC (`::PageSection`), which its props' `---` underlines as a setext heading. */
const componentName = /^::[A-Za-z][\w-]*$/;

/**
 * `::PageSection` / `---` / `title: …` / `---` is a Nuxt Content page's block component and its
 * props, not a heading: kept as markup (an HTML node of its source), as the site renders it.
 */
function componentsNotHeadings(tree: Root, source: string): void {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    if (children[i]!.type !== 'heading' || !componentName.test(toString(children[i]!).trim())) continue;
    // The props up to the `---` that closes them: paragraphs, the last one underlined by it as a
    // setext heading, or a rule after them.
    let last = i;
    for (let k = i + 1; k < children.length && k <= i + maxPropBlocks; k++) {
      const node = children[k]!;
      if (node.type === 'thematicBreak' || (node.type === 'heading' && /-\s*$/.test(source.slice(node.position?.start.offset, node.position?.end.offset)))) {
        last = k;
        break;
      }
      if (node.type !== 'paragraph') break;
    }
    for (let k = i; k <= last; k++) children[k] = markup(children[k]!, source);
  }
}

/** The most blocks a component's props run over (a paragraph a prop, blank lines between). */
const maxPropBlocks = 12;

function markup(node: RootContent, source: string): RootContent {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? node : { type: 'html', value: source.slice(start.offset, end.offset), position: node.position };
}

function bulletCodeToLists(tree: Root, source: string): void {
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'code' || node.lang || !node.position) continue;
    const list = bulletList(node, source);
    if (list) children[i] = list;
  }
}

function bulletList(node: Code, source: string): List | undefined {
  const start = node.position!.start.offset;
  const end = node.position!.end.offset;
  if (start === undefined || end === undefined) return undefined;
  // An indented code node starts after its indentation: read from the start of its first line.
  const lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1;
  const place = location(source);
  const items: ListItem[] = [];
  let offset = lineStart;
  for (const line of source.slice(lineStart, end).split(/(?<=\r\n|\r|\n)/)) {
    const bare = line.replace(/[\r\n]+$/, '');
    const m = plainBullet(bare);
    if (!m) {
      if (bare.trim() !== '') return undefined;
    } else {
      const text = bare.slice(m.contentAt).trimEnd();
      const from = place.toPoint(offset + m.contentAt)!;
      const to = place.toPoint(offset + m.contentAt + text.length)!;
      const markerAt = place.toPoint(offset + m.markerAt)!;
      const position = { start: from, end: to };
      items.push({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: text, position }], position }],
        position: { start: markerAt, end: to },
      });
    }
    offset += line.length;
  }
  if (items.length === 0) return undefined;
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items,
    position: { start: items[0]!.position!.start, end: items.at(-1)!.position!.end },
  };
}

/**
 * A flat paste hides its hierarchy; one level of it is recovered: a title line that stands
 * directly over another title line opens a section ("Required Skills" over "Technical"), and the
 * headings that follow sit one level deeper until the next such section. The first line of the
 * document, when it is a title, is the document's title.
 */
function markPlainHeadings(tree: Root): void {
  if (hasMarkdownHeading(tree)) return;
  const children = tree.children;
  const titles = new Set<number>();
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'paragraph' && looksLikeHeading(node) && !holdsAddress.test(toString(node)) && standsAlone(node, children[i + 1])) titles.add(i);
  }
  let inSection = false;
  for (const i of titles) {
    const previous = children[i - 1];
    let depth: Heading['depth'];
    if (!previous || isFrontmatter(previous)) depth = 1;
    else if (titles.has(i + 1)) {
      depth = 2;
      inSection = true;
    } else depth = inSection ? 3 : 2;
    const node = children[i] as Paragraph;
    children[i] = { type: 'heading', depth, children: node.children, position: node.position, data: { plainText: true } };
  }
}

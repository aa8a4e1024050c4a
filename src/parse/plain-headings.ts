/**
 * Bare-line headings of documents pasted from a word processor: a short line standing alone, that
 * reads like a title ("Key Responsibilities", "What is a CTO?", "Required Skills:"), becomes a
 * heading. Only in documents without a single Markdown heading, so ordinary Markdown, where
 * headings are written as headings, is never re-read. Node positions are left untouched.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';

declare module 'mdast' {
  interface HeadingData {
    /** Set on headings recognised from a bare line of plain text. */
    plainText?: boolean;
  }
}

const maxLength = 80;
const maxWords = 10;
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
  const text = toString(node).trim();
  if (text.length < 2 || text.length > maxLength) return false;
  if (text.split(/\s+/).length > maxWords) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/[.,;!…]$/.test(text)) return false;
  // A full stop or semicolon inside means sentences, not a title.
  if (/[.;!?]\s/.test(text)) return false;
  return true;
}

/** Followed by a blank line and more text, or directly by a list (a heading over bullets). */
function standsAlone(node: RootContent, next: RootContent | undefined): boolean {
  if (!next || !node.position || !next.position) return false;
  if (next.type === 'list') return true;
  return next.position.start.line > node.position.end.line + 1;
}

export function markPlainHeadings(tree: Root): void {
  if (hasMarkdownHeading(tree)) return;
  const children = tree.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'paragraph' || !looksLikeHeading(node)) continue;
    if (!standsAlone(node, children[i + 1])) continue;
    const previous = children[i - 1];
    const first = !previous || previous.type === 'yaml';
    const heading: Heading = {
      type: 'heading',
      depth: first ? 1 : 2,
      children: node.children,
      position: node.position,
      data: { plainText: true },
    };
    children[i] = heading;
  }
}

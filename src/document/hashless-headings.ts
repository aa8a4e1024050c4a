/**
 * Heading lines whose hashes lack their space (`###Role summary`, `##**Benefits**`): Jekyll's
 * kramdown shows them as headings, GitHub and every CommonMark renderer as a paragraph starting
 * with hashes, so in the tree they are text. The author meant a heading: the outline reads each as
 * a title, and broken-markdown reports it. A hashtag or a number after one hash (`#alumni channel`,
 * `#1234 fixed it`, `#WeAreHiring`, `#LI-Remote`, `#hiring #remote`) is what it says, not a heading.
 */
import type { Paragraph, Root } from 'mdast';
import { childAt } from './child-at.js';
import { treeIndex } from './tree-index.js';

export interface HashlessHeading {
  /** Offset of the first hash. */
  offset: number;
  /** The hashes (`###`). */
  hashes: string;
  /** The title as shown once fixed: marks and closing hashes aside. */
  text: string;
}

/** Line start (with a container's indentation or quote marks), hashes, then no space. */
const hashless = /^([ \t]*(?:>[ \t]?)*[ \t]*)(#{1,6})(?=[^\s#])(.+)$/;
const maxTitleLength = 80;
const maxTitleWords = 10;

const byTree = new WeakMap<Root, readonly HashlessHeading[]>();

export function hashlessHeadings(tree: Root, source: string): readonly HashlessHeading[] {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = readHashless(tree, source)));
  return found;
}

function readHashless(tree: Root, source: string): HashlessHeading[] {
  const index = treeIndex(tree);
  const found: HashlessHeading[] = [];
  for (const at of index.of('paragraph')) {
    const node = index.nodes[at] as Paragraph;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const written = source.slice(start, end);
    if (!written.includes('#')) continue;
    // In a list item, one hash before a word is a tag or a field's name (`* #Tags for technology`):
    // no heading is meant inside a bullet.
    const inItem = index.nodes[index.parent(at)]?.type === 'listItem';
    let offset = start;
    for (const line of written.split('\n')) {
      const m = hashless.exec(line.replace(/\r$/, ''));
      if (m) {
        const hashAt = offset + m[1]!.length;
        const text = inItem && m[2] === '#' ? undefined : titleText(m[2]!, m[3]!);
        if (text !== undefined && inText(node, hashAt)) found.push({ offset: hashAt, hashes: m[2]!, text });
      }
      offset += line.length + 1;
    }
  }
  return found;
}

/** The title a line's text after its hashes makes, or undefined where it reads as no title. */
function titleText(hashes: string, rest: string): string | undefined {
  // One hash before a lower-case word or a number is a hashtag, a channel or an issue number.
  if (hashes.length === 1 && /^[\p{Ll}\p{N}]/u.test(rest)) return undefined;
  // One word with a capital inside after one hash is a hashtag (`#WeAreHiring`, `#LifeAtAcme`, a job
  // board's `#LI-Remote`).
  if (hashes.length === 1 && /^\p{Lu}[\p{L}\p{N}_-]*\p{Lu}[\p{L}\p{N}_-]*\s*$/u.test(rest)) return undefined;
  // A line of hashtags (`#Hiring #Remote`).
  if (/(?:^|\s)#[\p{L}\p{N}]/u.test(rest)) return undefined;
  const text = rest.replace(/[*_]+/g, '').replace(/\s+#+\s*$/, '').trim();
  if (text.length < 2 || text.length > maxTitleLength || text.split(/\s+/).length > maxTitleWords) return undefined;
  if (!/^[\p{L}\p{N}[(]/u.test(text) || /[.;!]$/.test(text)) return undefined;
  return text;
}

/** Whether the hash at `offset` is the paragraph's text, not code, HTML or a link that spans lines. */
function inText(node: Paragraph, offset: number): boolean {
  const type = childAt(node.children, offset)?.type;
  return type === 'text' || type === 'strong' || type === 'emphasis' || type === 'delete';
}

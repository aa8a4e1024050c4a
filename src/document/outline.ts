/**
 * A document's outline as a reader sees it, whatever Markdown it was written in: every title
 * (headings, HTML headings, bold lines and colon lines anywhere, numbered title lines, headings
 * whose hashes lack their space, bare title lines of a paste, frontmatter keys over lists), every
 * list with the title it stands under, and every paragraph's text with its title. Rules read it
 * to know whether a section is there, by its title or by what it holds; it decides nothing.
 */
import type { Html, List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { htmlListItems, shownText } from '../text/html.js';
import { quickWordsOf } from '../text/normalise.js';
import { readsAsTitle } from '../text/title-line.js';
import { frontmatterBlock } from './frontmatter-block.js';
import { hashlessHeadings } from './hashless-headings.js';
import { listItemText } from './list-item-text.js';
import { structuralTitles, titleLines, type Title } from './section-titles.js';
import { treeIndex, type TreeIndex } from './tree-index.js';
import { timedReading } from './reading-times.js';

export interface OutlineList {
  /** The title the list stands under, if any: the nearest before it, or the item a nested list hangs from. */
  title: Title | undefined;
  /** The items' text, but for items that are a link alone (a table of contents, a list of pages). */
  items: readonly string[];
  offset: number;
}

export interface OutlineParagraph {
  title: Title | undefined;
  text: string;
  offset: number;
}

export interface Outline {
  /** Every title, in document order. */
  titles: readonly Title[];
  lists: readonly OutlineList[];
  paragraphs: readonly OutlineParagraph[];
}

const maxTitleLength = 80;
/**
 * The least text a frontmatter key must hold to title a section of the document: a paragraph
 * (`qualifications: |` over a few sentences), not a field (`travel_requirement: Occasional`).
 */
const minProse = 80;
/** Where YAML folded an item's own items into its text: ` - ` before a capital. */
const foldedItems = /\s+-\s+(?=\p{Lu})/u;

const byTree = new WeakMap<Root, Outline>();
const wordsByTree = new WeakMap<Root, OutlineWords>();

/** The text of a document's paragraphs and list items, and its words (`quickWords`). */
export interface OutlineWords {
  text: string;
  words: readonly string[];
  /** Whether a letter of a script written without spaces (Japanese) is among them. */
  spaceless: boolean;
}

/** Its paragraphs' and list items' words, read once for all that count them (the document's language, its kind). */
export function outlineWords(tree: Root, source: string): OutlineWords {
  let found = wordsByTree.get(tree);
  if (!found) {
    const doc = outline(tree, source);
    found = timedReading(tree, 'outline', () => {
      const text = [...doc.paragraphs.map((p) => p.text), ...doc.lists.flatMap((l) => l.items)].join('\n');
      return { text, ...quickWordsOf(text) };
    });
    wordsByTree.set(tree, found);
  }
  return found;
}

export function outline(tree: Root, source: string): Outline {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = timedReading(tree, 'outline', () => readOutline(tree, source))));
  return found;
}

function readOutline(tree: Root, source: string): Outline {
  const index = treeIndex(tree);
  const titles = bodyTitles(tree, source, index);
  const block = frontmatterBlock(tree);
  const blockOffset = block?.position?.start.offset ?? 0;
  const frontmatterLists = !block ? [] : block.data?.frontmatter?.data ? listsOfData(block.data.frontmatter.data, blockOffset) : listsOfLines(block.value, blockOffset);
  const titleBefore = (offset: number) => lastBefore(titles, offset);
  const lists: OutlineList[] = [...frontmatterLists, ...markdownLists(index, titleBefore)];
  const paragraphs: OutlineParagraph[] = [];
  for (const at of index.of('html')) {
    const node = index.nodes[at] as Html;
    const offset = node.position?.start.offset ?? 0;
    const { items } = htmlListItems(node.value);
    if (items.length > 0) lists.push({ title: titleBefore(offset), items: items.map((i) => i.text), offset });
    const text = shownText(node.value);
    if (text) paragraphs.push({ title: titleBefore(offset), text, offset });
  }
  for (const at of index.of('paragraph')) {
    if (index.inside(at, 'listItem')) continue;
    const node = index.nodes[at] as Paragraph;
    const offset = node.position?.start.offset ?? 0;
    paragraphs.push({ title: titleBefore(offset), text: toString(node), offset });
  }
  lists.sort((a, b) => a.offset - b.offset);
  paragraphs.sort((a, b) => a.offset - b.offset);
  // Frontmatter keys title the lists under them, not the body after the block.
  return { titles: [...frontmatterLists.flatMap((l) => (l.title ? [l.title] : [])), ...titles], lists, paragraphs };
}

/** Every title of the body, in order: headings, bold and colon lines, hashless headings, bold first lines, bare title lines. */
function bodyTitles(tree: Root, source: string, index: TreeIndex): Title[] {
  const titles: Title[] = [...structuralTitles(tree)];
  const seen = new Set(titles.map((t) => t.offset));
  const add = (title: Title) => {
    if (!seen.has(title.offset)) {
      seen.add(title.offset);
      titles.push(title);
    }
  };
  // Bold and colon lines anywhere (under `##` headings too), and the children of block quotes.
  for (const title of titleLines(tree.children)) add(title);
  for (const at of index.of('blockquote')) for (const title of titleLines((index.nodes[at] as { children: RootContent[] }).children)) add(title);
  // Headings whose hashes lack their space are paragraphs in the tree, but titles to a reader.
  for (const { text, offset } of hashlessHeadings(tree, source)) add({ text, form: 'hashless', offset });
  for (const at of index.of('paragraph')) {
    const node = index.nodes[at] as Paragraph;
    const start = node.position?.start.offset;
    if (start === undefined) continue;
    const title = paragraphTitle(index, at, node, start);
    if (title) add(title);
  }
  return titles.sort((a, b) => a.offset - b.offset);
}

/** An amount of money: a currency's sign before a digit, or thousands written with a separator (`130,000`, `45.000`). */
const money = /[$£€¥₹]\s?\d|\d[,.]\d{3}\b/;
const phrasingOnly = (node: Paragraph) => node.children.every((c) => c.type === 'text' || c.type === 'strong' || c.type === 'emphasis');

/** A paragraph's title: its bold first line, or the paragraph itself where it is a bare title line. */
function paragraphTitle(index: TreeIndex, at: number, node: Paragraph, start: number): Title | undefined {
  // A bold first line over the lines of its paragraph: `**Reference #2**` over `Name:`, `Email:`.
  const [first, second] = node.children;
  if ((first?.type === 'strong' || first?.type === 'emphasis') && second?.type === 'text' && /^\s*\n/.test(second.value)) {
    const text = toString(first).trim();
    if (text.length >= 2 && text.length <= maxTitleLength) return { text, form: 'bold', offset: start };
  }
  // A bare title line in a document that has headings too (plain-structure reads those without).
  // Not a label and its value (`Supervisory status: Supervisory`), which a post's facts are written
  // as, nor an amount of money (`US$130,000 – US$190,000 + equity`): the post's pay.
  const text = toString(node);
  if (index.parent(at) === 0 && node.position!.start.line === node.position!.end.line && phrasingOnly(node) && readsAsTitle(text) && !/\S:\s+\S/.test(text) && !money.test(text) && standsAlone(node, index.nodes[index.end(at)])) {
    return { text: text.trim(), form: 'bare', offset: start };
  }
  return undefined;
}

/** The last of `titles` (sorted by offset) before `offset`. */
function lastBefore(titles: readonly Title[], offset: number): Title | undefined {
  let lo = 0;
  let hi = titles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (titles[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? titles[lo - 1] : undefined;
}

/** The Markdown lists, each under its title: the item it hangs from, else the title before it. */
function markdownLists(index: TreeIndex, titleBefore: (offset: number) => Title | undefined): OutlineList[] {
  const lists: OutlineList[] = [];
  for (const at of index.of('list')) {
    const list = index.nodes[at] as List;
    const offset = list.position?.start.offset ?? 0;
    const items = list.children.filter((item) => !linkAlone(item)).map((item: ListItem) => listItemText(item).text.trim()).filter((t) => t !== '');
    if (items.length === 0) continue;
    const parent = index.nodes[index.parent(at)];
    const hangsFrom = parent?.type === 'listItem' ? listItemText(parent).text.trim() : '';
    const title: Title | undefined =
      hangsFrom && hangsFrom.length <= maxTitleLength ? { text: hangsFrom, form: 'bold', offset: parent!.position?.start.offset ?? offset } : titleBefore(offset);
    lists.push({ title, items, offset });
  }
  return lists;
}

/** Followed by a list, or by a blank line and more (`next` is the node after the paragraph's subtree, its next sibling at the root). */
function standsAlone(node: Paragraph, next: Nodes | undefined): boolean {
  if (!next?.position || !node.position) return false;
  return next.type === 'list' || next.position.start.line > node.position.end.line + 1;
}

/** The one value of a map that holds one string and nothing else, if it is one. */
function onlyString(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const values = Object.values(value);
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}

/** Lists of strings in frontmatter data, under any key and at any depth, each titled by its key. */
function listsOfData(data: Record<string, unknown>, offset: number): OutlineList[] {
  const lists: OutlineList[] = [];
  let budget = 2000;
  const visit = (value: unknown, key: string, parent = '') => {
    if (--budget < 0) return;
    // A key over prose (`qualifications: |` and a paragraph) is a section as a list is.
    if (typeof value === 'string' && key && value.trim().length >= minProse) {
      lists.push({ title: { text: key.replace(/[_-]+/g, ' '), form: 'frontmatter', offset }, items: [], offset });
      lists.push(...listsInValue(value, offset));
    } else if (Array.isArray(value)) {
      const items: string[] = [];
      for (const item of value) {
        // An item as a map of one string (`- qual: You have shipped an app`, a layout's key for each item) is that string.
        const v = typeof item === 'string' ? item : onlyString(item);
        if (v === undefined || v.trim() === '') continue;
        // An item over its own items, folded by YAML into one line: `Lead the team - Hire - Coach`.
        const [head, ...subItems] = v.split(foldedItems);
        items.push(head!.trim());
        if (subItems.length > 0) lists.push({ title: { text: head!.trim(), form: 'frontmatter', offset }, items: subItems.map((t) => t.trim()), offset });
      }
      if (items.length > 0) lists.push({ title: { text: key.replace(/[_-]+/g, ' '), form: 'frontmatter', offset }, items, offset });
      for (const v of value) if (v && typeof v === 'object' && onlyString(v) === undefined) visit(v, key);
    } else if (value && typeof value === 'object') {
      // Skills rated by number, as a layout draws them as bars (`skills: technical: {"Python": 5, "Git": 4}`): a list of them, under its keys.
      const entries = Object.entries(value);
      if (key && entries.length >= 2 && entries.every(([k, v]) => typeof v === 'number' && /\p{L}/u.test(k))) {
        lists.push({ title: { text: [parent, key].filter(Boolean).join(': ').replace(/[_-]+/g, ' '), form: 'frontmatter', offset }, items: entries.map(([k]) => k), offset });
      } else for (const [k, v] of entries) visit(v, /^\d+$/.test(k) ? key : k, key);
    }
  };
  visit(data, '');
  return lists;
}

/** A bullet line of Markdown kept in a frontmatter string, and a line that titles the bullets below it. */
const valueBullet = /^[ \t]*[-*•][ \t]+(\S.*?)\s*$/;
const valueTitle = /^[ \t]*(?:#{1,6}[ \t]+(.+?)|\*\*([^*]+)\*\*[ \t]*:?|__([^_]+)__[ \t]*:?|([^\s*#-][^:]{1,60}):)[ \t]*$/;

/**
 * The lists of Markdown a frontmatter string holds for the site to render (`deliverables: "**What
 * we expect**\n* Great communication skills\n* …"`): its bullet lines, under the title line above
 * them (a heading, a bold line or a line ending in a colon), where it has two bullets or more.
 */
function listsInValue(value: string, offset: number): OutlineList[] {
  const lists: OutlineList[] = [];
  let current: { title: Title | undefined; items: string[] } | undefined;
  const close = () => {
    if (current && current.items.length >= 2) lists.push({ ...current, offset });
  };
  for (const line of value.split(/\r\n|\r|\n/)) {
    const bullet = valueBullet.exec(line);
    if (bullet) {
      (current ??= { title: undefined, items: [] }).items.push(bullet[1]!);
      continue;
    }
    if (line.trim() === '') continue;
    close();
    const title = valueTitle.exec(line);
    const text = title ? (title[1] ?? title[2] ?? title[3] ?? title[4])!.trim() : '';
    current = text ? { title: { text, form: 'frontmatter', offset }, items: [] } : undefined;
  }
  close();
  return lists;
}

/**
 * Lists of frontmatter that does not parse, read line by line: a `key:` line alone titles the
 * `- item` lines under it. A stray colon elsewhere in the block should not hide a ladder's
 * competencies or a post's objectives from the rules.
 */
function listsOfLines(text: string, offset: number): OutlineList[] {
  const lists: OutlineList[] = [];
  let current: { title: string; items: string[] } | undefined;
  const close = () => {
    if (current && current.items.length > 0) lists.push({ title: { text: current.title, form: 'frontmatter', offset }, items: current.items, offset });
  };
  const lines = text.split(/\r\n|\r|\n/);
  const isKey = (line: string | undefined) => line !== undefined && /^\s*[A-Za-z_][\w -]*?\s*:/.test(line);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const key = /^\s*([A-Za-z_][\w -]*?)\s*:\s*$/.exec(line);
    const item = /^\s*-\s+(?:[\w-]+:\s+)?(.*\S)\s*$/.exec(line);
    const prose = /^([A-Za-z_][\w -]*?)\s*:\s*[|>]?\s*(.*\S)\s*$/.exec(line);
    if (key) {
      close();
      current = { title: key[1]!.replace(/[_-]+/g, ' '), items: [] };
    } else if (prose && (prose[2]!.length >= minProse || (prose[2]!.length >= minProse / 4 && (lines[i + 1] ?? '').trim() !== '' && !isKey(lines[i + 1])))) {
      close();
      current = undefined;
      lists.push({ title: { text: prose[1]!.replace(/[_-]+/g, ' '), form: 'frontmatter', offset }, items: [], offset });
    } else if (item && !line.trimStart().startsWith('#')) (current ??= { title: '', items: [] }).items.push(item[1]!.replace(/^["']|["']$/g, ''));
  }
  close();
  return lists;
}

/** An item that is one link and nothing else (but punctuation): navigation, not content. */
function linkAlone(item: ListItem): boolean {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.some((c) => c.type !== 'list')) return false;
  const shown = first.children.filter((c) => !(c.type === 'text' && /^[\s.,;:!?()–—-]*$/.test(c.value)));
  return shown.length === 1 && (shown[0]!.type === 'link' || shown[0]!.type === 'linkReference');
}

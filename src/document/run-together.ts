/**
 * List items that are two items run together on one line, as a paste or an edit that lost a line
 * break leaves them: `Work with partners.Contribute to open source`. A sentence ends and the next
 * item starts at once, with no space, with a capitalised word, in a list whose items start with
 * capitals. GitHub shows one bullet; the author wrote two, and duplicate-bullet compares them as
 * two. Words joined by a dot on purpose stay whole: `Node.js`, `ASP.NET`, `e.g.The` (an
 * abbreviation), a file, an address or code (`fmt.Println`, written between backticks is no text;
 * `cmp.Diff` without them: a word without a vowel ends no sentence).
 */
import type { List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { listItemText } from './list-item-text.js';
import { treeIndex } from './tree-index.js';
import { matchesOf } from '../core/matches.js';

export interface RunTogetherBreak {
  /** Where the second item starts in the item's text (`listItemText`). */
  textAt: number;
  /** Where it starts in the source, if the words around it are written there as shown. */
  sourceAt: number | undefined;
  /** The words either side of the break, as written: `partners.Contribute`. */
  around: string;
}

/**
 * A lower-case word of two letters or more ends a sentence; a capitalised word of two letters or
 * more follows at once. Lookbehind keeps words joined by dots (`e.g.`, `v1.2.Final`) out.
 */
const joint = /(?<![\p{L}\p{N}.])(\p{Ll}{2,}[.!?])(\p{Lu}\p{Ll}+)(?=[\s,;:]|$)/gu;
const vowel = /[aeiouyà-öø-ÿ]/iu;
/** The token the joint stands in holds an address, a path or code: not prose. */
const notProse = /[/\\@=_<>`~|#$%&+]|:\/\//;
const minWords = 2;
const window = 200;
/** Items that start with a capital, at least this share of a list's: the pattern the second item repeats. */
const capitalShare = 0.5;

const byTree = new WeakMap<Root, ReadonlyMap<ListItem, readonly RunTogetherBreak[]>>();

/** The run-together items of the document's lists, each with where its other items start. */
export function runTogetherItems(tree: Root, source: string): ReadonlyMap<ListItem, readonly RunTogetherBreak[]> {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = readRunTogether(tree, source)));
  return found;
}

function readRunTogether(tree: Root, source: string): Map<ListItem, RunTogetherBreak[]> {
  const index = treeIndex(tree);
  const found = new Map<ListItem, RunTogetherBreak[]>();
  for (const at of index.of('list')) {
    const list = index.nodes[at] as List;
    let pattern: ListPattern | undefined;
    for (const item of list.children) {
      const text = listItemText(item).text;
      // In a paragraph after the item's first (`- Technical Writer` over a paragraph of prose), a
      // sentence run into the next is a missing space, not a second item.
      const first = item.children.find((child) => child.type !== 'list');
      const firstLength = first && item.children.length > 1 ? toString(first, { includeHtml: false }).length : text.length;
      const breaks = candidateBreaks(text).filter((b) => b.textAt <= firstLength);
      if (breaks.length === 0) continue;
      pattern ??= listPattern(list);
      if (!repeatsPattern(pattern, text.trim())) continue;
      const code = codeIn(item).join('\n');
      const inCode = new Map<string, boolean>();
      const prose = code === '' ? breaks : breaks.filter((b) => !(inCode.get(b.around) ?? inCode.set(b.around, code.includes(b.around)).get(b.around)));
      if (prose.length === 0) continue;
      const sourceAt = sourceOffsets(item, source, text, prose);
      found.set(item, prose.map((b, k) => ({ ...b, sourceAt: sourceAt[k] })));
    }
  }
  return found;
}

/** Breaks in one item's text where a sentence ends and a capitalised word follows at once. */
export function candidateBreaks(text: string): Omit<RunTogetherBreak, 'sourceAt'>[] {
  if (!/\p{Ll}[.!?]\p{Lu}/u.test(text)) return [];
  const breaks: Omit<RunTogetherBreak, 'sourceAt'>[] = [];
  for (const m of matchesOf(joint, text)) {
    // A word without a vowel ends no sentence: it is a package or an abbreviation (`cmp.Diff`, `fmt.Sprintf`).
    if (!vowel.test(m[1]!)) continue;
    const textAt = m.index + m[1]!.length;
    // Both halves read as items: a few words each, not a name or an abbreviation. A window around
    // the joint holds enough words to tell, however long the item.
    const before = text.slice(Math.max(0, textAt - window), textAt);
    const after = text.slice(textAt, textAt + window);
    if (words(before) < minWords || words(after) < minWords) continue;
    const tokenStart = textAt - before.length + before.search(/\S*$/);
    const tokenEnd = textAt + after.search(/\s|$/);
    if (notProse.test(text.slice(tokenStart, tokenEnd))) continue;
    breaks.push({ textAt, around: m[0] });
  }
  return breaks;
}

/** The code spans of an item's own text (`fmt.Println`): their words are no sentences. */
function codeIn(item: ListItem): string[] {
  const values: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'list') return;
    if (node.type === 'inlineCode' && node.value) values.push(node.value);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  for (const child of item.children) walk(child);
  return values;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

interface ListPattern {
  /** Items with text. */
  items: number;
  /** Of those, the items that start with a capital. */
  capitalised: number;
}

const startsCapitalised = (text: string) => /^\P{L}*\p{Lu}/u.test(text);

/** How many of a list's items have text, and how many of those start with a capital: counted once a list. */
function listPattern(list: List): ListPattern {
  let items = 0;
  let capitalised = 0;
  for (const item of list.children) {
    const text = listItemText(item).text.trim();
    if (text === '') continue;
    items++;
    if (startsCapitalised(text)) capitalised++;
  }
  return { items, capitalised };
}

/** The list's other items start with capitals (the second half repeats that), and it is not the only item. */
function repeatsPattern({ items, capitalised }: ListPattern, self: string): boolean {
  const others = items - (self === '' ? 0 : 1);
  if (others === 0) return false;
  return capitalised - (startsCapitalised(self) ? 1 : 0) >= capitalShare * others;
}

/**
 * The source offset of each break's second item's first letter: the same occurrence of its words
 * in the item's source as in its text, where they are written as shown (no escape or entity
 * inside them). Occurrences are walked once, text and source side by side, break after break.
 */
function sourceOffsets(item: ListItem, source: string, text: string, breaks: readonly Omit<RunTogetherBreak, 'sourceAt'>[]): (number | undefined)[] {
  const start = item.position?.start.offset;
  const end = item.position?.end.offset;
  if (start === undefined || end === undefined) return breaks.map(() => undefined);
  const written = source.slice(start, end);
  const cursors = new Map<string, { text: number; source: number }>();
  return breaks.map(({ around, textAt }) => {
    const capital = around.search(/\p{Lu}/u);
    // The occurrence of `around` in the text that holds this break starts here.
    const own = textAt - capital;
    let cursor = cursors.get(around);
    if (!cursor) cursors.set(around, (cursor = { text: text.indexOf(around), source: written.indexOf(around) }));
    while (cursor.text !== -1 && cursor.text < own && cursor.source !== -1) {
      cursor.text = text.indexOf(around, cursor.text + 1);
      cursor.source = written.indexOf(around, cursor.source + 1);
    }
    return cursor.text === own && cursor.source !== -1 ? start + cursor.source + capital : undefined;
  });
}

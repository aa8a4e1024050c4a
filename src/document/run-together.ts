/**
 * List items that are two items run together on one line, as a paste or an edit that lost a line
 * break leaves them: `Work with partners.Contribute to open source`. A sentence ends and the next
 * item starts at once, with no space, with a capitalised word, in a list whose items start with
 * capitals. GitHub shows one bullet; the author wrote two, and duplicate-bullet compares them as
 * two. Words joined by a dot on purpose stay whole: `Node.js`, `ASP.NET`, `e.g.The` (an
 * abbreviation), a file, an address or code (`fmt.Println`, written between backticks is no text).
 */
import type { List, ListItem, Root } from 'mdast';
import { listItemText } from './list-item-text.js';
import { treeIndex } from './tree-index.js';

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
/** The token the joint stands in holds an address, a path or code: not prose. */
const notProse = /[/\\@=_<>`~|#$%&+]|:\/\//;
const minWords = 2;
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
    let texts: string[] | undefined;
    for (const [i, item] of list.children.entries()) {
      const breaks = candidateBreaks(listItemText(item).text);
      if (breaks.length === 0) continue;
      texts ??= list.children.map((other) => listItemText(other).text.trim());
      if (!repeatsPattern(texts, i)) continue;
      const text = listItemText(item).text;
      const code = codeIn(item);
      const prose = code.length === 0 ? breaks : breaks.filter((b) => !code.some((value) => value.includes(b.around)));
      if (prose.length === 0) continue;
      found.set(item, prose.map((b) => ({ ...b, sourceAt: sourceOffset(item, source, b.around, occurrence(text, b.around, b.textAt)) })));
    }
  }
  return found;
}

/** Breaks in one item's text where a sentence ends and a capitalised word follows at once. */
export function candidateBreaks(text: string): Omit<RunTogetherBreak, 'sourceAt'>[] {
  if (!/\p{Ll}[.!?]\p{Lu}/u.test(text)) return [];
  const breaks: Omit<RunTogetherBreak, 'sourceAt'>[] = [];
  for (const m of text.matchAll(joint)) {
    const textAt = m.index + m[1]!.length;
    const before = text.slice(0, textAt);
    const after = text.slice(textAt);
    // Both halves read as items: a few words each, not a name or an abbreviation.
    if (words(before) < minWords || words(after) < minWords) continue;
    const tokenStart = before.search(/\S*$/);
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

/** The list's items start with capitals (the second half repeats that), and it is not the only item. */
function repeatsPattern(texts: readonly string[], self: number): boolean {
  const others = texts.filter((t, i) => i !== self && t !== '');
  if (others.length === 0) return false;
  return others.filter((t) => /^\P{L}*\p{Lu}/u.test(t)).length >= capitalShare * others.length;
}

/** Which occurrence of `around` in `text` holds the break at `textAt` (0 for the first). */
function occurrence(text: string, around: string, textAt: number): number {
  let n = 0;
  for (let at = text.indexOf(around); at !== -1 && at + around.length <= textAt; at = text.indexOf(around, at + 1)) n++;
  return n;
}

/**
 * The source offset of the second item's first letter: the same occurrence of `around` in the
 * item's source, where it is written as shown (no escape or entity inside it).
 */
function sourceOffset(item: ListItem, source: string, around: string, nth: number): number | undefined {
  const start = item.position?.start.offset;
  const end = item.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const written = source.slice(start, end);
  let at = written.indexOf(around);
  for (let n = 0; n < nth && at !== -1; n++) at = written.indexOf(around, at + 1);
  if (at === -1) return undefined;
  return start + at + around.search(/\p{Lu}/u);
}

/**
 * Lists of names: a list whose items are each a name of one to three words (`- Kotlin`, `- GraphQL`,
 * `- MotionLayout`, `- Koin`; `- Zendesk`, `- JIRA`, `- Bonusly`), as a post lists its stack or a
 * handbook its tools, or a board its members (`- Raquel Dou (Chair)`), or whose items each start with a link of one to three words (`- [mlocate](…)
 * tool`), as a runbook lists its tools. Most of the items are no common word of English (a tool's, a product's or a
 * company's name), so an unknown item among them is a name of the same kind, not a slip; a list of
 * common words capitalised (`- Communication`, `- Leadership`) is no list of names.
 */
import type { Link, List, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { listItemText } from './list-item-text.js';
import type { TreeIndex } from './tree-index.js';

/** The fewest items of a list of names, and the share of them that must be names. */
const minItems = 4;
const nameShare = 0.75;
/** The most words of an item that is a name. */
const maxNameWords = 3;
/** A word of a name: capitalised, in capitals or with a capital inside, letters, digits and joiners (`GMail`, `Node.js`, `C++`). */
const nameWord = /^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}.+#&'’-]*$/u;

/** A note in brackets that ends an item, a few words: `(Chair)`, `(Vice Chair)`. */
const roleNote = /\s+\([^()]{1,30}\)$/u;

/** Where each item of the document's lists of names stands in the source, as [start, end). */
export function nameListSpans(index: TreeIndex, isCommonWord: (lower: string) => boolean): [number, number][] {
  const spans: [number, number][] = [];
  for (const at of index.of('list')) {
    const items = (index.nodes[at] as List).children;
    if (items.length < minItems) continue;
    spans.push(...linkedNames(items, isCommonWord));
    const names = items.flatMap((item) => {
      const { text, position } = listItemText(item);
      // A roster's note on a person's office after the name (`Raquel Dou (Chair)`) is no part of it.
      const words = text.trim().replace(/[.,;:]$/, '').replace(roleNote, '').split(/\s+/);
      if (words.length === 0 || words.length > maxNameWords || !words.every((w) => nameWord.test(w))) return [];
      return [{ words, position }];
    });
    if (names.length < nameShare * items.length || names.length < minItems) continue;
    // Names, not common words capitalised: most of the items hold a word that is no common one.
    const uncommon = names.filter(({ words }) => words.some((w) => !isCommonWord(w.toLowerCase()))).length;
    if (uncommon * 2 <= names.length) continue;
    for (const { position } of names) {
      if (position?.start.offset !== undefined && position.end.offset !== undefined) spans.push([position.start.offset, position.end.offset]);
    }
  }
  return spans;
}

/** The most words of a link's text that names a thing (`[mlocate](…) tool`, `[moray command-line tools](…)`). */
const maxLinkedWords = 3;

/**
 * The texts of the links that lead the items of a list of links (`- [mlocate](…) tool`, `- [mrjob](…)`,
 * `- [pgsqlstat](…)`), as a runbook lists its tools: in any case, most of them no common word, so
 * an unknown one among them names a linked thing of the same kind.
 */
function linkedNames(items: readonly ListItem[], isCommonWord: (lower: string) => boolean): [number, number][] {
  const links = items.flatMap((item) => {
    const first = item.children[0];
    const link = first?.type === 'paragraph' ? first.children[0] : undefined;
    if (link?.type !== 'link') return [];
    const words = toString(link as Link).trim().split(/\s+/);
    const { start, end } = link.position ?? {};
    return words.length <= maxLinkedWords && start?.offset !== undefined && end?.offset !== undefined ? [{ words, span: [start.offset, end.offset] as [number, number] }] : [];
  });
  if (links.length < minItems || links.length < nameShare * items.length) return [];
  const uncommon = links.filter(({ words }) => words.some((w) => !isCommonWord(w.toLowerCase()))).length;
  return uncommon * 2 > links.length ? links.map(({ span }) => span) : [];
}

/**
 * Lists of names: a list whose items are each a name of one to three words (`- Kotlin`, `- GraphQL`,
 * `- MotionLayout`, `- Koin`; `- Zendesk`, `- JIRA`, `- Bonusly`), as a post lists its stack or a
 * handbook its tools. Most of the items are no common word of English (a tool's, a product's or a
 * company's name), so an unknown item among them is a name of the same kind, not a slip; a list of
 * common words capitalised (`- Communication`, `- Leadership`) is no list of names.
 */
import type { List } from 'mdast';
import { listItemText } from './list-item-text.js';
import type { TreeIndex } from './tree-index.js';

/** The fewest items of a list of names, and the share of them that must be names. */
const minItems = 4;
const nameShare = 0.75;
/** The most words of an item that is a name. */
const maxNameWords = 3;
/** A word of a name: capitalised, in capitals or with a capital inside, letters, digits and joiners (`GMail`, `Node.js`, `C++`). */
const nameWord = /^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}.+#&'’-]*$/u;

/** Where each item of the document's lists of names stands in the source, as [start, end). */
export function nameListSpans(index: TreeIndex, isCommonWord: (lower: string) => boolean): [number, number][] {
  const spans: [number, number][] = [];
  for (const at of index.of('list')) {
    const items = (index.nodes[at] as List).children;
    if (items.length < minItems) continue;
    const names = items.flatMap((item) => {
      const { text, position } = listItemText(item);
      const words = text.trim().replace(/[.,;:]$/, '').split(/\s+/);
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

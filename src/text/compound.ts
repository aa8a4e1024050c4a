/**
 * Whether an unknown word reads as a closed compound of two known words (`healthchecks`,
 * `weeknote`, `shelfware`) or a known word with a common prefix (`retagged`, `reland`,
 * `intransparent`): real words the dictionaries lack, accepted by typo, never suggested. Not a
 * compound: two words run together where one is a small word of grammar (`scopesand`, `aswell`),
 * a word the dictionaries write with a hyphen (`righthand`, `indepth`: `right-hand`, `in-depth`),
 * a tripled letter (`asssets`), one slip from a word (`whitspace`) or a listed misspelling.
 */
import { withinOneEdit } from './typing-cost.js';

const prefixes = ['re', 'un', 'co', 'de', 'non', 'pre', 'sub', 'over', 'under', 'inter', 'multi', 'cross', 'self'];
/** Words of grammar that run into a neighbour by a missed space, not into a compound. */
const grammar = new Set(
  'and the of for with you your our are this that from their they have has who will was were not but nor yet all any can its his her him she them than then there these those what when where which while why how into onto upon about also just some each such only very well much more most been being had did does done may might must shall should would could'.split(' '),
);

export interface CompoundReader {
  isKnown(word: string): boolean;
  listed(word: string): boolean;
  suggest(word: string, max?: number): string[];
}

export function isCompound(written: string, speller: CompoundReader): boolean {
  if (!/^\p{Lu}?\p{Ll}+$/u.test(written) || written.length < 6 || /(\p{L})\1\1/u.test(written)) return false;
  const word = written.toLowerCase();
  if (speller.listed(word)) return false;
  // Read as a word and a word of grammar (`scopes and`), it is a missed space, whatever else it reads as.
  for (let i = 2; i <= word.length - 2; i++) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    if ((grammar.has(left) && speller.isKnown(right)) || (grammar.has(right) && speller.isKnown(left))) return false;
  }
  const suggestions = speller.suggest(word, 3);
  // The dictionaries write it with a hyphen (then the closed form is the slip), or a word is one
  // slip away (`whitspace`, `upsteams`: a compound by chance, a slip by likelihood).
  if (suggestions.some((s) => s.replace(/-/g, '') === word || (!s.includes(' ') && withinOneEdit(word, s)))) return false;
  for (let i = 2; i <= word.length - 3; i++) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    // Two words the speller itself offers apart (`health checks`), or a prefix and a word (`re` + `tagged`).
    if (suggestions.includes(`${left} ${right}`)) return true;
    if (prefixes.includes(left) && right.length >= 4 && speller.isKnown(right)) return true;
  }
  return false;
}

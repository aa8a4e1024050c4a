/**
 * Finds texts that repeat an earlier one, exactly or nearly, without comparing every pair.
 *
 * - exact: the same normalised text (case, punctuation, whitespace and Markdown marks ignored);
 * - spelling: the same words once British and American spellings are folded;
 * - reordered: the same words in another order ("with product and design" / "with design and
 *   product"), for texts of at least `minReordered` words;
 * - near: one word apart, where that word is a slip of the keys for the other, a changed small word ("to" for
 *   "for"), or a small word missing, and the texts are at least `threshold` similar by characters
 *   (so short texts need to be nearly equal). Numbers must match: "3 years" is not "5 years".
 *
 * Candidates come from hashing each text's words with one word left out: two texts one word apart
 * share such a key. Each key keeps a bounded number of texts, so cost stays linear in the text.
 */
import { editDistance, typoBudget } from './distance.js';
import { normaliseText } from './normalise.js';
import { similarity } from './similarity.js';
import { typingCost } from './typing-cost.js';
import { foldSpelling } from './variants.js';

export type DuplicateKind = 'identical' | 'normalised' | 'spelling' | 'reordered' | 'near';

export interface DuplicateMatch<Ref> {
  first: Ref;
  kind: DuplicateKind;
  /** The words that differ, earlier first, for `spelling` and `near`; one side empty when missing. */
  words?: [string, string];
}

/** What differs in a near match, for a message: `` `to`/`for` ``, or `` `the` missing `` (`added`). */
export function differingWords([earlier, later]: [string, string]): string {
  if (earlier === '' || later === '') return `\`${earlier || later}\` ${earlier ? 'missing' : 'added'}`;
  return `\`${earlier}\`/\`${later}\``;
}

const smallWords = new Set(
  'a an the and or of to in for with on at by from as our your their its this that these those all any each every be is are will can into across within up'.split(' '),
);

/**
 * Fewest words for a reordering to count: `Design systems` and `Systems design` are two things,
 * and so may three words be; four or more in another order say the same.
 */
const minReordered = 4;

/** How many texts one key remembers; past it, texts sharing only that key are not compared. */
const bucketSize = 16;

interface Entry<Ref> {
  ref: Ref;
  raw: string;
  words: string[];
  folded: string[];
  key: string;
  normal: string;
  /** The numbers of the text (which must match for a near duplicate), worked out when first compared. */
  digits?: string;
}

export interface DuplicateIndex<Ref> {
  /** Adds a text (`normal`: its normaliseText, when the caller has it); returns the earlier text it repeats, if any. */
  add(text: string, ref: Ref, normal?: string): DuplicateMatch<Ref> | undefined;
}

export interface DuplicateIndexOptions {
  threshold: number;
  /**
   * Compare one-word texts with each other too (`Requirement`, `Requirements`), one by one: for
   * small groups such as sibling headings. Off, a one-word text repeats only exactly or as a
   * spelling variant (a list of names: `Martin`, `Martina`).
   */
  singleWords?: boolean;
}

export function createDuplicateIndex<Ref>(options: DuplicateIndexOptions): DuplicateIndex<Ref> {
  const byText = new Map<string, Entry<Ref>>();
  const byFolded = new Map<string, Entry<Ref>>();
  const byBag = new Map<string, Entry<Ref>>();
  const near = nearIndex<Ref>(options);
  return {
    add(text, ref, normalised) {
      const normal = normalised ?? normaliseText(text);
      if (normal === '') return undefined;
      const earlier = byText.get(normal);
      if (earlier) return { first: earlier.ref, kind: earlier.raw === text.trim() ? 'identical' : 'normalised' };

      const words = normal.split(' ');
      const folded = words.map(foldSpelling);
      const entry: Entry<Ref> = { ref, raw: text.trim(), words, folded, key: folded.join(' '), normal };
      byText.set(normal, entry);

      const variant = byFolded.get(entry.key);
      if (variant) {
        const i = variant.words.findIndex((w, k) => w !== words[k]);
        return { first: variant.ref, kind: 'spelling', words: [variant.words[i]!, words[i]!] };
      }
      byFolded.set(entry.key, entry);

      if (words.length >= minReordered) {
        const bag = [...folded].sort().join(' ');
        const reordered = byBag.get(bag);
        if (reordered) return { first: reordered.ref, kind: 'reordered' };
        byBag.set(bag, entry);
      }
      return near(entry);
    },
  };
}

/**
 * Near duplicates: texts that differ in one word, found through keys of their word sequences with
 * one word left out (one-word texts: with one letter left out), then verified. Adds each entry.
 */
function nearIndex<Ref>(options: DuplicateIndexOptions): (entry: Entry<Ref>) => DuplicateMatch<Ref> | undefined {
  // One-word texts by their one-deletion keys: two words one edit apart share one.
  const singles = new Map<string, Entry<Ref>[]>();
  // Keyed by hashes of word sequences: a collision only costs one more verification.
  const full = new Map<number, Entry<Ref>[]>();
  const deleted = new Map<number, Entry<Ref>[]>();
  const push = <K>(map: Map<K, Entry<Ref>[]>, key: K, entry: Entry<Ref>) => {
    const bucket = map.get(key);
    if (!bucket) map.set(key, [entry]);
    else if (bucket.length < bucketSize && bucket.at(-1) !== entry) bucket.push(entry);
  };
  return (entry) => {
    const { words, folded } = entry;
    const { whole, deletions } = sequenceHashes(folded);
    const candidates: Entry<Ref>[] = [];
    const consider = (bucket: Entry<Ref>[] | undefined) => {
      for (const c of bucket ?? []) if (!candidates.includes(c)) candidates.push(c);
    };
    // One word leaves no word out to share a key by: such texts share keys of the word with one
    // letter left out instead, so a long list of sibling headings is not compared pair by pair.
    const singleKeys = words.length === 1 && options.singleWords ? oneDeletionKeys(folded[0]!) : [];
    for (const k of singleKeys) consider(singles.get(k));
    for (const d of deletions) {
      consider(deleted.get(d));
      consider(full.get(d));
    }
    consider(deleted.get(whole));

    let match: DuplicateMatch<Ref> | undefined;
    for (const candidate of candidates) {
      const differing = nearWords(candidate, entry, options.threshold);
      if (differing) {
        match = { first: candidate.ref, kind: 'near', words: differing };
        break;
      }
    }
    push(full, whole, entry);
    for (const d of deletions) push(deleted, d, entry);
    for (const k of singleKeys) push(singles, k, entry);
    return match;
  };
}

const base = 0x01000193;

/** A word and the word with each one letter left out: words one edit apart share one of these (the symmetric-deletion trick). */
function oneDeletionKeys(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return [...new Set(keys)];
}

/**
 * Whether a near match can hinge on this word: a small word, or a word long enough to carry a
 * typo. Words with digits never can (numbers must match), so leaving them out finds nothing.
 */
function canDiffer(word: string): boolean {
  return smallWords.has(word) || (word.length >= 4 && !/\d/.test(word));
}

function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Rolling hashes of the word sequence and of the sequence with each word that `canDiffer` left
 * out in turn, from prefix and suffix hashes: linear in the number of words, no strings built.
 */
function sequenceHashes(words: readonly string[]): { whole: number; deletions: number[] } {
  const n = words.length;
  const hashes = words.map(wordHash);
  const prefix = new Array<number>(n + 1);
  prefix[0] = 0;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, base) + hashes[i]!) >>> 0;
  const suffix = new Array<number>(n + 1);
  const power = new Array<number>(n + 1);
  power[0] = 1;
  for (let k = 1; k <= n; k++) power[k] = Math.imul(power[k - 1]!, base) >>> 0;
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(hashes[i]!, power[n - 1 - i]!) + suffix[i + 1]!) >>> 0;
  const deletions: number[] = [];
  if (n > 1) {
    for (let i = 0; i < n; i++) {
      if (canDiffer(words[i]!)) deletions.push((Math.imul(prefix[i]!, power[n - 1 - i]!) + suffix[i + 1]!) >>> 0);
    }
  }
  return { whole: prefix[n]!, deletions };
}

/** The differing words when `b` is a near duplicate of `a`, else undefined. */
function nearWords<Ref>(a: Entry<Ref>, b: Entry<Ref>, threshold: number): [string, string] | undefined {
  if ((a.digits ??= digitsOf(a.normal)) !== (b.digits ??= digitsOf(b.normal))) return undefined;
  let pair: [string, string] | undefined;
  if (a.folded.length === b.folded.length) {
    const diff = a.folded.flatMap((w, i) => (w === b.folded[i] ? [] : [i]));
    if (diff.length !== 1) return undefined;
    const i = diff[0]!;
    const x = a.folded[i]!;
    const y = b.folded[i]!;
    if (!(smallWords.has(x) && smallWords.has(y)) && !isTypo(x, y)) return undefined;
    pair = [a.words[i]!, b.words[i]!];
  } else {
    const [long, short, longIsA] = a.folded.length > b.folded.length ? [a, b, true] : [b, a, false];
    if (long.folded.length !== short.folded.length + 1) return undefined;
    let i = 0;
    while (i < short.folded.length && long.folded[i] === short.folded[i]) i++;
    if (long.folded.slice(i + 1).join(' ') !== short.folded.slice(i).join(' ')) return undefined;
    if (!smallWords.has(long.folded[i]!)) return undefined;
    pair = longIsA ? [long.words[i]!, ''] : ['', long.words[i]!];
  }
  return similarity(a.key, b.key, threshold) >= threshold ? pair : undefined;
}

const digitsOf = (normal: string) => normal.replace(/\D+/g, ' ');

/** Words of an alphabet: in Japanese or Chinese a "word" is a run of characters, and one character more is another word. */
const alphabetic = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}']+$/u;

/**
 * The most a slip of the keys may cost (typing-cost.ts): a letter dropped, doubled, added or
 * swapped, a neighbouring key, a vowel for a vowel; not a letter for one far off on the keyboard,
 * which makes another word (`Leading`/`Leaving`, `Hiring`/`Wiring`) far more often than a slip does.
 */
const slipCost = 1;

/** One word mistyped as the other: one edit that a slip of the keys makes, the first letter kept, in a word of five letters or more. */
function isTypo(x: string, y: string): boolean {
  if (x[0] !== y[0] || !alphabetic.test(x) || !alphabetic.test(y)) return false;
  const budget = typoBudget(Math.max(x.length, y.length));
  return budget > 0 && editDistance(x, y, 1) <= 1 && typingCost(x, y, slipCost) <= slipCost;
}

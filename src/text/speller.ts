/**
 * Spelling: is a word known, and what was meant. Built from word data the caller loads (cspell's
 * tries through cspell-dictionary, cspell's common misspellings, and the dictionaries' words with
 * SUBTLEX frequencies), so this module stays pure.
 *
 * Suggestions: a listed misspelling's corrections come first. Then every known dictionary word
 * that shares the typed word's first or second letter and is within about two edits of it,
 * ranked by a typing-aware edit cost (a dropped letter, a doubled letter, a transposition or a
 * neighbouring key cost less than an arbitrary change) minus a bonus for how common the word is,
 * so `acceoted` gives `accepted` before `accented`. A word written in lower case may also be two
 * words run together (`scopesand`, `engineeringroles`), the missed space costing what a missed
 * letter does, or a compound written without its hyphen (`indepth` gives `in-depth`). The scan is
 * exhaustive and deterministic: the same word gets the same suggestions on every machine (cspell's
 * own search is time-boxed, so its answers depend on the machine's speed, and it spent 10-50 ms on
 * each name or jargon word).
 */
import { decodeTrie } from 'cspell-trie-lib';
import { createSpellingDictionaryFromTrieFile, type SpellingDictionary } from 'cspell-dictionary';
import { boundedMemo } from './bounded-memo.js';
import type { SortedTable } from './sorted-table.js';
import { candidateGroups, letterMasks, type CandidateGroup } from './candidate-index.js';
import { costPerCount, countLetters, insertCost, oneEditCost, typingCostAt } from './typing-cost.js';

type TrieData = { name: string; data: string | Uint8Array };

export interface SpellerData {
  /** cspell tries (text or binary): the language variants accepted and the technical vocabulary. */
  tries: readonly TrieData[];
  /**
   * Misspellings people commonly make, as tries of lower-case words. A listed word is misspelt even
   * where a dictionary has it (the large lists carry `recommanded`, `technic`); only those matter.
   */
  misspelt: readonly TrieData[];
  /** What only suggestions need, asked for on the first one. */
  forSuggestions(): {
    /** Every lower-case a-z dictionary word -> how often it is used (a count, 0 if unknown). */
    candidates: SortedTable;
    /** The candidates by first letter and length, with their letters (candidate-index.ts). */
    index: Int32Array;
    /** A listed misspelling's corrections (lower-case word), best first. */
    corrections(word: string): readonly string[] | undefined;
  };
}

/** A suggestion, its score (lower first) and its typing cost. */
type Scored = { c: string; s: number; cost: number };
const byScore = (a: Scored, b: Scored) => a.s - b.s || a.c.localeCompare(b.c);
const logCount = (table: SortedTable, word: string) => Math.log10(Number(table.get(word) ?? 0) + 1);

export interface Speller {
  isKnown(word: string): boolean;
  /** A proper noun the dictionaries list: known as written, capitalised, and not in lower case (`Zhang`, `Gupta`). */
  isName(word: string): boolean;
  /** Up to `max` corrections, best first, lower case. */
  suggest(word: string, max?: number): string[];
  /**
   * The one correction of a listed common misspelling (`publically` -> `publicly`), lower case:
   * what cspell calls its preferred suggestion, certain enough to apply unasked. Undefined for an
   * unlisted word, whose suggestions are guesses, and for one listed with several (`carrer`:
   * career, carrier), where only the reader can tell.
   */
  correction(word: string): string | undefined;
  /** Whether the word is a common misspelling cspell lists (`publically`, `carrer`): misspelt for certain. */
  listed(word: string): boolean;
  /** How often a lower-case dictionary word is used (its SUBTLEX-US count; 0 if unlisted). */
  frequency(word: string): number;
}

const frequencyWeight = 0.2;
/**
 * How many words' verdicts (known or not) and how many words' suggestions the speller keeps, each
 * twice over at most (bounded-memo.ts): the 389 corpus documents hold about 14,000 distinct words
 * of prose and a few thousand unknown ones.
 */
const knownCap = 20_000;
const suggestionsCap = 2_000;
/** The words whose name test, listed corrections and frequency are remembered (the unknown words and their neighbours a run asks about). */
const factsCap = 5_000;
/**
 * Past this many letters no dictionary word (the longest has 45), nor two run together, is near:
 * nothing is suggested, since the run-together scan costs with the square of the length.
 */
const maxSuggestLength = 100;
const maxScanCost = 2.2;
/** The score of a listed misspelling's first correction: below any a scanned word can have. */
const listedScore = -1e6;
/** What a missed space or hyphen costs: what a missed letter does. */
const missedSpaceCost = insertCost;
/** Words of one or two letters a run-together word may hold: the common ones, not `nad` or `un`. */
const shortWords = new Set(['a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);
/** How often a longer part must be used (SUBTLEX count) to be read as a word of its own, not a fragment (`ware` 112 is, `nad` 4 is not). */
const minPartCount = 20;

/** cspell's dictionaries over the tries. */
export function openDictionaries(tries: readonly TrieData[]): SpellingDictionary[] {
  return tries.map((t) => createSpellingDictionaryFromTrieFile(t.data as string, t.name, t.name, {}));
}

/**
 * cspell's search options, one object each: cspell remembers its canonical form of an options
 * object by the object, so an object made afresh for each look-up was canonicalised again each time.
 */
const ignoringCase = Object.freeze({ ignoreCase: true });
const asWritten = Object.freeze({ ignoreCase: false });

/** Whether some dictionary accepts the word, case ignored: the speller's test, and the one its misspelling lists are cut to. */
export const acceptedBy = (dictionaries: readonly SpellingDictionary[], word: string): boolean => dictionaries.some((d) => caseFreeTest(d)(word));

/** What caseFreeTest reads of cspell's dictionary over a trie (SpellingDictionaryFromTrie). */
interface OverTrie {
  trie?: { findWord(word: string, options: { caseSensitive: boolean }): { found: string | false; forbidden?: boolean } };
  repMapper?: unknown;
  options?: { useCompounds?: boolean; ignoreForbiddenWords?: boolean };
}

const caseFreeTests = new WeakMap<SpellingDictionary, (word: string) => boolean>();
const notCaseSensitive = Object.freeze({ caseSensitive: false });
const isAscii = (word: string) => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * `dictionary.has(word, { ignoreCase: true })`, asked of its trie directly for a word of ASCII
 * characters: for such a word cspell looks up the word, then its lower case (its other forms, the
 * Unicode normalisations and the accent-free spelling, are the word itself), and making those forms
 * cost more than the look-ups (the corpus's 14,517 words: 72-80 ms through cspell, 33-37 directly,
 * in a fresh process). Any other word, and a dictionary with replacements, compounds or forbidden
 * words ignored, goes through cspell. speller.test.ts holds the two to the same answers.
 */
export function caseFreeTest(dictionary: SpellingDictionary): (word: string) => boolean {
  let test = caseFreeTests.get(dictionary);
  if (!test) caseFreeTests.set(dictionary, (test = makeCaseFreeTest(dictionary)));
  return test;
}

function makeCaseFreeTest(dictionary: SpellingDictionary): (word: string) => boolean {
  const { trie, repMapper, options } = dictionary as SpellingDictionary & OverTrie;
  const viaCspell = (word: string) => dictionary.has(word, ignoringCase);
  if (!trie || repMapper || options?.useCompounds || options?.ignoreForbiddenWords) return viaCspell;
  return (word) => {
    if (!isAscii(word)) return viaCspell(word);
    let found = trie.findWord(word, notCaseSensitive);
    if (found.found === false) {
      const lower = word.toLowerCase();
      if (lower === word) return false;
      found = trie.findWord(lower, notCaseSensitive);
    }
    return found.found !== false && !found.forbidden && found.found !== '';
  };
}

export function createSpeller(data: SpellerData): Speller {
  const dictionaries = openDictionaries(data.tries);
  const misspelt = data.misspelt.map((t) => listedWords(t.data));
  const isKnown = knownTest(dictionaries, misspelt);
  // The candidates a suggestion scans are remembered apart: they would crowd the prose's words out.
  const isKnownCandidate = knownTest(dictionaries, misspelt);
  const forSuggestions = lazyData(data);
  const scan = scanner(isKnownCandidate);
  const runTogether = runTogetherReader(isKnownCandidate, forSuggestions);
  /**
   * By a word's lower case: its listed corrections and scanned candidates, scored (listed ones
   * first), and, once the word is met in lower case, the ranking with its run-together readings.
   */
  const suggestions = boundedMemo<{ scored: Scored[]; joined?: string[] }>((lower) => ({ scored: scoredFor(lower) }), suggestionsCap);
  const scoredFor = (lower: string): Scored[] => {
    const { candidates: table, corrections, index } = forSuggestions();
    const candidates = scan(lower, table, index);
    candidates.delete(lower);
    const listed = corrections(lower) ?? [];
    for (const c of listed) candidates.delete(c);
    return [
      // Ahead of any other, in the list's order (sorting again must keep it).
      ...listed.map((c, i) => ({ c, s: listedScore + i, cost: 0 })),
      ...[...candidates].map(([c, cost]) => ({ c, s: cost - frequencyWeight * logCount(table, c), cost })).sort(byScore),
    ].slice(0, 10);
  };
  // Asked of a document's unknown words by several readings each: remembered, as isKnown is.
  const isName = boundedMemo(
    (word) => /^\p{Lu}\p{Ll}/u.test(word) && dictionaries.some((d) => d.has(word, asWritten)) && !dictionaries.some((d) => d.has(word.toLowerCase(), asWritten)),
    factsCap,
  );
  const listedAs = boundedMemo((lower) => forSuggestions().corrections(lower) ?? null, factsCap);
  const frequency = boundedMemo((lower) => Number(forSuggestions().candidates.get(lower) ?? 0), factsCap);
  return {
    isKnown,
    isName,
    correction(word) {
      const listed = listedAs(word.toLowerCase());
      return listed?.length === 1 ? listed[0] : undefined;
    },
    listed(word) {
      return listedAs(word.toLowerCase()) !== null;
    },
    frequency(word) {
      return frequency(word.toLowerCase());
    },
    suggest(word, max = 3) {
      if (word.length > maxSuggestLength) return [];
      const lower = word.toLowerCase();
      const entry = suggestions(lower);
      // A capitalised word is likelier a name (`Clickhouse`, `Rockskip`), better added to `words` than split.
      if (word !== lower) return entry.scored.slice(0, max).map((x) => x.c);
      entry.joined ??= [...entry.scored, ...runTogether(lower, entry.scored)].sort(byScore).map((x) => x.c);
      return entry.joined.slice(0, max);
    },
  };
}

type SuggestionData = ReturnType<SpellerData['forSuggestions']>;

/** The data for suggestions, read on the first suggestion: most documents have no typo. */
function lazyData(data: SpellerData): () => SuggestionData {
  let read: SuggestionData | undefined;
  return () => (read ??= data.forSuggestions());
}

/**
 * A misspelling list's words (a few hundred), as a set: every word met is asked of it, and a look-up
 * in the decoded trie costs more than in a set (the corpus's 14,517 words: 24 ms against 2, cold).
 */
export function listedWords(data: string | Uint8Array): ReadonlySet<string> {
  return new Set(decodeTrie(data as Uint8Array<ArrayBuffer>).words());
}

/**
 * Whether a word is known (some dictionary accepts it, no misspelling list holds it), remembered by
 * word for the speller's life (a pure look-up: the same for every document), within `knownCap`.
 */
function knownTest(dictionaries: readonly SpellingDictionary[], misspelt: readonly ReadonlySet<string>[]): (word: string) => boolean {
  return boundedMemo((word) => {
    const lower = word.toLowerCase();
    return !misspelt.some((list) => list.has(lower)) && acceptedBy(dictionaries, word);
  }, knownCap);
}

/** Known words that share the typed word's first or second letter and are near it, with their typing cost. */
function scanner(isKnown: (word: string) => boolean): (word: string, candidates: SortedTable, index: Int32Array) => Map<string, number> {
  let groupOf: ((letter: string, length: number) => CandidateGroup | undefined) | undefined;
  return (word, candidates, index) => {
    groupOf ??= candidateGroups(candidates.text, index);
    const counts = new Uint8Array(27);
    countLetters(word, counts, 0);
    const left = new Uint8Array(27);
    const own = new Int32Array(3);
    letterMasks(word, 0, word.length, own, 0);
    const once = own[0]!;
    const twice = own[1]!;
    const thrice = own[2]!;
    const out = new Map<string, number>();
    for (const letter of new Set([word[0], word[1]])) {
      if (!letter || !/[a-z]/.test(letter)) continue;
      // Two edits at most, so two letters more or fewer.
      for (let length = Math.max(2, word.length - 2); length <= word.length + 2; length++) {
        const group = groupOf(letter, length);
        if (!group) continue;
        const { text, starts, once: onceOf, twice: twiceOf, thrice: thriceOf } = group;
        for (let i = 0; i < starts.length; i++) {
          // The letters one word has and the other lacks, then has twice or three times, bound the
          // counts' distance from below: most candidates are ruled out by the first word's worth
          // of bits, most others by the next two, before their letters are counted.
          const lacking = bitCount(once ^ onceOf[i]!);
          if (lacking > maxCountDistance || lacking + bitCount(twice ^ twiceOf[i]!) + bitCount(thrice ^ thriceOf[i]!) > maxCountDistance) continue;
          const at = starts[i]!;
          if (countDistance(word, counts, text, at, length, left) > maxCountDistance) continue;
          // A cost within the bound is exact: typingCost stops early only past it.
          const cost = typingCostAt(word, text, at, length, maxScanCost);
          if (cost > maxScanCost) continue;
          const w = text.slice(at, at + length);
          if (isKnown(w)) out.set(w, cost);
        }
      }
    }
    return out;
  };
}

/** The most letter counts a candidate may differ by: each costs at least `costPerCount`. */
const maxCountDistance = Math.floor(maxScanCost / costPerCount);

/** How many bits of a 16-bit number are set. */
const bitsOf16 = new Uint8Array(1 << 16);
for (let x = 1; x < 1 << 16; x++) bitsOf16[x] = (x & 1) + bitsOf16[x >>> 1]!;

/** How many bits of a mask (27 bits) are set: two look-ups. */
function bitCount(x: number): number {
  return bitsOf16[x & 0xffff]! + bitsOf16[x >>> 16]!;
}

/**
 * How many letter counts two words differ by, `counts` being the first word's (countLetters) and
 * the other the `length` characters of `text` from `at`: their lengths less twice the letters they
 * share. `left` is room for a copy of `counts`.
 */
function countDistance(word: string, counts: Uint8Array, text: string, at: number, length: number, left: Uint8Array): number {
  left.set(counts);
  let shared = 0;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i) - 97;
    const letter = c >= 0 && c < 26 ? c : 26;
    if (left[letter]! > 0) {
      left[letter]!--;
      shared++;
    }
  }
  return word.length + length - 2 * shared;
}

/**
 * A known hyphenated compound without its hyphen, or two known words run together, scored as a
 * scanned word is. Two words only where no word is one slip away: `lables` is `labels`, not
 * `lab les`.
 */
function runTogetherReader(isKnown: (word: string) => boolean, forSuggestions: () => SuggestionData): (word: string, scanned: readonly Scored[]) => Scored[] {
  return (word, scanned) => {
    const table = forSuggestions().candidates;
    const spaced = !scanned.some((x) => x.cost <= oneEditCost);
    const out: Scored[] = [];
    const part = (p: string) => (p.length <= 2 ? shortWords.has(p) : Number(table.get(p) ?? 0) >= minPartCount && isKnown(p));
    for (let at = 1; at < word.length; at++) {
      const [a, b] = [word.slice(0, at), word.slice(at)];
      const hyphenated = `${a}-${b}`;
      const written = isKnown(hyphenated) ? hyphenated : spaced && part(a) && part(b) ? `${a} ${b}` : undefined;
      // Scored by the parts' mean frequency: `scopes and` before `scope sand`.
      if (written && !scanned.some((x) => x.c === written)) {
        out.push({ c: written, s: missedSpaceCost - (frequencyWeight * (logCount(table, a) + logCount(table, b))) / 2, cost: missedSpaceCost });
      }
    }
    return out;
  };
}

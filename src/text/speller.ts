/**
 * Spelling: is a word known, and what was meant. Built from word data the caller loads (cspell's
 * tries through cspell-dictionary, cspell's common misspellings and SUBTLEX word frequencies), so
 * this module stays pure.
 *
 * Suggestions: a listed misspelling's corrections come first. Then a bounded scan of frequent words
 * finds candidates near the typed one, ranked by a typing-aware edit cost (a dropped letter, a
 * doubled letter, a transposition or a neighbouring key cost less than an arbitrary change) minus a
 * bonus for how common the word is, so `acceoted` gives `accepted` before `accented`. Only when the
 * scan finds nothing within about one edit does cspell's search of the whole dictionaries run (time
 * boxed): it finds rarer words, and costs 20-60 ms a word, most of it spent on names and jargon that
 * have no correction.
 */
import { decodeTrie } from 'cspell-trie-lib';
import { createSpellingDictionaryFromTrieFile, type SpellingDictionary } from 'cspell-dictionary';
import type { SortedTable } from './sorted-table.js';

type TrieData = { name: string; data: string | Uint8Array };

export interface SpellerData {
  /** cspell tries (text or binary): the language variants accepted and the technical vocabulary. */
  tries: readonly TrieData[];
  /**
   * Misspellings people commonly make, as tries of lower-case words. A listed word is misspelt even
   * where a dictionary has it (the large lists carry `recommanded`, `technic`).
   */
  misspelt: readonly TrieData[];
  /** What only suggestions need, asked for on the first one. */
  forSuggestions(): {
    /** Lower-case word -> how often it is used (a count), for finding and ranking candidates. */
    frequencies: SortedTable;
    /** A listed misspelling's corrections (lower-case word), best first. */
    corrections(word: string): readonly string[] | undefined;
  };
}

export interface Speller {
  isKnown(word: string): boolean;
  /** Up to `max` corrections, best first, lower case. */
  suggest(word: string, max?: number): string[];
}

const costs = { insert: 0.7, delete: 1, substitute: 1.2, nearKey: 0.9, vowel: 0.8, doubled: 0.5, transpose: 0.6 };
const frequencyWeight = 0.2;
const maxScanCost = 2.2;
/** A scan candidate this close (one cheap edit) makes cspell's search unnecessary. */
const closeEnough = 1.2;
/** cspell's search of a dictionary gives up after this long; its best candidates come early. */
const searchTimeoutMs = 5;

export function createSpeller(data: SpellerData): Speller {
  const dictionaries: SpellingDictionary[] = data.tries.map((t) => createSpellingDictionaryFromTrieFile(t.data as string, t.name, t.name, {}));
  const misspelt = data.misspelt.map((t) => decodeTrie(t.data as Uint8Array<ArrayBuffer>));
  const known = new Map<string, boolean>();
  const isKnown = (word: string) => {
    let k = known.get(word);
    if (k === undefined) {
      const lower = word.toLowerCase();
      k = !misspelt.some((trie) => trie.has(lower)) && dictionaries.some((d) => d.has(word, { ignoreCase: true }));
      known.set(word, k);
    }
    return k;
  };
  let suggestionData: ReturnType<SpellerData['forSuggestions']> | undefined;
  const suggestions = new Map<string, string[]>();

  // Frequent words by first letter with their letter counts, built for a letter when a scan needs it.
  const byLetter = new Map<string, { word: string; letters: Uint8Array }[]>();
  const frequentWords = (letter: string, frequencies: SortedTable) => {
    let words = byLetter.get(letter);
    if (!words) {
      words = [];
      for (const [word] of frequencies.withPrefix(letter)) if (/^[a-z]{2,}$/.test(word)) words.push({ word, letters: letterCounts(word) });
      byLetter.set(letter, words);
    }
    return words;
  };

  /** Known frequent words that share the typed word's first or second letter and are near it. */
  function scan(word: string, frequencies: SortedTable): string[] {
    const counts = letterCounts(word);
    const out: string[] = [];
    for (const letter of new Set([word[0], word[1]])) {
      if (!letter || !/[a-z]/.test(letter)) continue;
      for (const { word: w, letters } of frequentWords(letter, frequencies)) {
        if (Math.abs(w.length - word.length) > 2) continue;
        // Each edit changes at most two letter counts at the cheapest price: a cheap lower bound.
        if ((histogramDistance(counts, letters) * cheapestEdit) / 2 > maxScanCost) continue;
        if (typingCost(word, w, maxScanCost) <= maxScanCost && isKnown(w)) out.push(w);
      }
    }
    return out;
  }

  return {
    isKnown,
    suggest(word, max = 3) {
      const lower = word.toLowerCase();
      const cached = suggestions.get(lower);
      if (cached) return cached.slice(0, max);
      const { frequencies, corrections } = (suggestionData ??= data.forSuggestions());
      const candidates = new Set(scan(lower, frequencies));
      if (![...candidates].some((c) => c !== lower && typingCost(lower, c, closeEnough) <= closeEnough)) {
        // Each dictionary gets its own time box: a shared one is spent on the largest first.
        for (const dictionary of dictionaries) {
          for (const s of dictionary.suggest(lower, { numSuggestions: 10, ignoreCase: true, compoundMethod: 0, numChanges: 2, timeout: searchTimeoutMs })) {
            if (!/[\s']/.test(s.word)) candidates.add(s.word.toLowerCase());
          }
        }
      }
      candidates.delete(lower);
      const score = (c: string) => typingCost(lower, c) - frequencyWeight * Math.log10(Number(frequencies.get(c) ?? 0) + 1);
      const listed = corrections(lower) ?? [];
      for (const c of listed) candidates.delete(c);
      const ranked = [
        ...listed,
        ...[...candidates]
          .map((c) => ({ c, s: score(c) }))
          .sort((a, b) => a.s - b.s || a.c.localeCompare(b.c))
          .map((x) => x.c),
      ].slice(0, 10);
      suggestions.set(lower, ranked);
      return ranked.slice(0, max);
    },
  };
}

const cheapestEdit = Math.min(...Object.values(costs));

function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(27);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    counts[c >= 0 && c < 26 ? c : 26]!++;
  }
  return counts;
}

function histogramDistance(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < 27; i++) d += Math.abs(a[i]! - b[i]!);
  return d;
}

/** Substitution costs between a-z: neighbouring keys and vowel-for-vowel cost less. */
const substitution = (() => {
  const at = new Map<number, [number, number]>();
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'].forEach((row, y) => [...row].forEach((c, x) => at.set(c.charCodeAt(0) - 97, [x + y * 0.5, y])));
  const vowels = new Set([...'aeiouy'].map((c) => c.charCodeAt(0) - 97));
  const table = new Float64Array(26 * 26);
  for (let a = 0; a < 26; a++) {
    for (let b = 0; b < 26; b++) {
      const p = at.get(a)!;
      const q = at.get(b)!;
      table[a * 26 + b] =
        a === b ? 0 : Math.hypot(p[0] - q[0], p[1] - q[1]) < 1.3 ? costs.nearKey : vowels.has(a) && vowels.has(b) ? costs.vowel : costs.substitute;
    }
  }
  return table;
})();

function substituteCost(a: number, b: number): number {
  if (a === b) return 0;
  const x = a - 97;
  const y = b - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? substitution[x * 26 + y]! : costs.substitute;
}

let rows = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];

/** Weighted optimal-string-alignment cost of typing `typed` when `meant` was meant; stops past `max`. */
export function typingCost(typed: string, meant: string, max = Number.POSITIVE_INFINITY): number {
  const m = typed.length;
  const n = meant.length;
  if (rows[0]!.length <= n) rows = [new Float64Array(n + 1), new Float64Array(n + 1), new Float64Array(n + 1)];
  let [prev2, prev, cur] = rows as [Float64Array, Float64Array, Float64Array];
  for (let j = 0; j <= n; j++) prev[j] = j * costs.insert;
  for (let i = 1; i <= m; i++) {
    const a = typed.charCodeAt(i - 1);
    const del = i > 1 && typed.charCodeAt(i - 2) === a ? costs.doubled : costs.delete;
    cur[0] = i * costs.delete;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const b = meant.charCodeAt(j - 1);
      const ins = j > 1 && meant.charCodeAt(j - 2) === b ? costs.doubled : costs.insert;
      let v = Math.min(prev[j]! + del, cur[j - 1]! + ins, prev[j - 1]! + substituteCost(a, b));
      if (i > 1 && j > 1 && a === meant.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === b) v = Math.min(v, prev2[j - 2]! + costs.transpose);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

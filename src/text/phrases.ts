/**
 * Counting groups of phrases in a text in one pass over its words: each phrase is whole words of
 * normalised text (`how to apply`, `full time`), looked up by its first word that is no function
 * word (`the role` by `role`), so the cost is one map lookup a word whatever the number of phrases,
 * and the text's commonest words, which many phrases start with, are passed over without one.
 * Phrases of scripts written without spaces (Japanese) are found as substrings instead.
 */
import { normaliseText, quickWordsOf, spacelessLetter } from './normalise.js';

export interface PhraseCount {
  count: number;
  /** The first phrase found, as listed. */
  first: string;
}

export interface PhraseMatcher<G extends string> {
  /** How often each group's phrases occur in the text (only groups found). */
  count(text: string): Map<G, PhraseCount>;
  /**
   * The same for a text already split into normalised words (`normaliseText(text).split(' ')`);
   * `text` is for spaceless scripts, searched where `spaceless` (whether the text has a letter of
   * one: `quickWordsOf` tells) is true, or not given and the text has one. Counted `into` a map
   * of an earlier count where given (the texts of one document read apart: no phrase runs from one into the next).
   */
  countWords(words: readonly string[], text: string, spaceless?: boolean, into?: Map<G, PhraseCount>): Map<G, PhraseCount>;
}

/**
 * A word's outline: its first and last characters (their low seven bits) and its length (up to
 * 15), as a number of `outlineBits` bits. Words of one outline may differ; words that differ in
 * outline never match: a map lookup hashes the whole word, this reads three numbers of it.
 */
const outlineBits = 18;
const outlineOf = (word: string) => ((word.charCodeAt(0) & 127) << 11) | ((word.charCodeAt(word.length - 1) & 127) << 4) | Math.min(word.length, 15);

/**
 * English function words, a quarter of a text's words: a phrase is looked up by its first word that
 * is none of these (a phrase that is all of them, by its last). Looking up every `the`, `to` and
 * `a` made counting the kind's phrases over the benchmark's documents a third slower.
 */
const functionWords: ReadonlySet<string> = new Set(['the', 'to', 'a', 'an', 'in', 'is', 'on', 'at', 'of', 'and', 'or', 'for', 'this', 'are', 'we', 'our', 'be', 'with', 'your', 'you', 'it', 'as', 'by', 'will']);

interface Indexed<G extends string> {
  /** Each phrase by its anchor, its first word but a function word, with where that stands in it and its place in the lists. */
  byAnchor: Map<string, { words: string[]; at: number; group: G; phrase: string; order: number }[]>;
  /** Each anchor's outline (first and last characters, length), to pass over most words of a text without a lookup. */
  outlines: Uint8Array;
  substrings: { text: string; group: G }[];
}

function indexPhrases<G extends string>(groups: Readonly<Record<G, { phrases: readonly string[]; cjk?: readonly string[] }>>): Indexed<G> {
  const index: Indexed<G> = { byAnchor: new Map(), outlines: new Uint8Array(1 << (outlineBits - 3)), substrings: [] };
  let order = 0;
  for (const [group, { phrases, cjk }] of Object.entries(groups) as [G, { phrases: readonly string[]; cjk?: readonly string[] }][]) {
    for (const phrase of phrases) {
      const words = normaliseText(phrase).split(' ');
      let at = 0;
      while (at < words.length - 1 && functionWords.has(words[at]!)) at++;
      const anchor = words[at]!;
      const list = index.byAnchor.get(anchor) ?? [];
      list.push({ words, at, group, phrase, order: order++ });
      index.byAnchor.set(anchor, list);
      const bits = outlineOf(anchor);
      index.outlines[bits >> 3]! |= 1 << (bits & 7);
    }
    for (const text of cjk ?? []) {
      // Searched only in a text with a letter of a spaceless script (as `quickWordsOf` reads them), so each must hold one.
      if (!quickWordsOf(text).spaceless) throw new Error(`phrase "${text}" of ${group} is listed for spaceless scripts but has no letter of one`);
      index.substrings.push({ text, group });
    }
  }
  return index;
}

/** Puts the groups a text added in the order their first phrases stand (as a pass by first words meets them). */
function inStartOrder<G extends string>(found: Map<G, PhraseCount>, firstAt: ReadonlyMap<G, { start: number; order: number }>): void {
  if (firstAt.size < 2) return;
  const added = [...firstAt].sort(([, a], [, b]) => a.start - b.start || a.order - b.order);
  for (const [group] of added) {
    const c = found.get(group)!;
    found.delete(group);
    found.set(group, c);
  }
}

export function phraseMatcher<G extends string>(groups: Readonly<Record<G, { phrases: readonly string[]; cjk?: readonly string[] }>>): PhraseMatcher<G> {
  const { byAnchor, outlines, substrings } = indexPhrases(groups);
  const matcher: PhraseMatcher<G> = {
    count: (text) => matcher.countWords(normaliseText(text).split(' '), text),
    countWords(words, text, spaceless = substrings.length > 0 && spacelessLetter.test(text), found = new Map<G, PhraseCount>()) {
      // Where each group's first phrase found in this text starts, and its place in the lists: a
      // phrase is met at its anchor, so one starting earlier may be met after it.
      const firstAt = new Map<G, { start: number; order: number }>();
      const hit = (group: G, phrase: string, start: number, order: number) => {
        const c = found.get(group);
        if (!c) {
          found.set(group, { count: 1, first: phrase });
          firstAt.set(group, { start, order });
          return;
        }
        c.count++;
        const at = firstAt.get(group);
        if (at !== undefined && (start < at.start || (start === at.start && order < at.order))) {
          c.first = phrase;
          at.start = start;
          at.order = order;
        }
      };
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        const bits = outlineOf(word);
        if ((outlines[bits >> 3]! & (1 << (bits & 7))) === 0) continue;
        const candidates = byAnchor.get(word);
        if (!candidates) continue;
        for (const c of candidates) {
          const start = i - c.at;
          if (start < 0 || start + c.words.length > words.length) continue;
          let k = 0;
          while (k < c.words.length && (k === c.at || words[start + k] === c.words[k])) k++;
          if (k === c.words.length) hit(c.group, c.phrase, start, c.order);
        }
      }
      if (spaceless) {
        for (const s of substrings) {
          for (let at = text.indexOf(s.text); at >= 0; at = text.indexOf(s.text, at + s.text.length)) hit(s.group, s.text, Infinity, Infinity);
        }
      }
      inStartOrder(found, firstAt);
      return found;
    },
  };
  return matcher;
}

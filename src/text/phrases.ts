/**
 * Counting groups of phrases in a text in one pass over its words: each phrase is whole words of
 * normalised text (`how to apply`, `full time`), looked up by its first word, so the cost is one
 * map lookup a word whatever the number of phrases. Phrases of scripts written without spaces
 * (Japanese) are found as substrings instead.
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

export function phraseMatcher<G extends string>(groups: Readonly<Record<G, { phrases: readonly string[]; cjk?: readonly string[] }>>): PhraseMatcher<G> {
  const byFirst = new Map<string, { words: string[]; group: G; phrase: string }[]>();
  // Each first word's outline (first and last characters, length), to pass over most words of a text without a lookup.
  const outlines = new Uint8Array(1 << (outlineBits - 3));
  const substrings: { text: string; group: G }[] = [];
  for (const [group, { phrases, cjk }] of Object.entries(groups) as [G, { phrases: readonly string[]; cjk?: readonly string[] }][]) {
    for (const phrase of phrases) {
      const words = normaliseText(phrase).split(' ');
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, group, phrase });
      byFirst.set(words[0]!, list);
      const at = outlineOf(words[0]!);
      outlines[at >> 3]! |= 1 << (at & 7);
    }
    for (const text of cjk ?? []) {
      // Searched only in a text with a letter of a spaceless script (as `quickWordsOf` reads them), so each must hold one.
      if (!quickWordsOf(text).spaceless) throw new Error(`phrase "${text}" of ${group} is listed for spaceless scripts but has no letter of one`);
      substrings.push({ text, group });
    }
  }
  const matcher: PhraseMatcher<G> = {
    count: (text) => matcher.countWords(normaliseText(text).split(' '), text),
    countWords(words, text, spaceless = substrings.length > 0 && spacelessLetter.test(text), found = new Map<G, PhraseCount>()) {
      const hit = (group: G, phrase: string) => {
        const c = found.get(group);
        if (c) c.count++;
        else found.set(group, { count: 1, first: phrase });
      };
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        const at = outlineOf(word);
        if ((outlines[at >> 3]! & (1 << (at & 7))) === 0) continue;
        const candidates = byFirst.get(word);
        if (!candidates) continue;
        for (const c of candidates) {
          let k = 1;
          while (k < c.words.length && words[i + k] === c.words[k]) k++;
          if (k === c.words.length) hit(c.group, c.phrase);
        }
      }
      if (spaceless) {
        for (const s of substrings) {
          for (let at = text.indexOf(s.text); at >= 0; at = text.indexOf(s.text, at + s.text.length)) hit(s.group, s.text);
        }
      }
      return found;
    },
  };
  return matcher;
}

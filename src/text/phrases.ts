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
   * one: `quickWordsOf` tells) is true, or not given and the text has one.
   */
  countWords(words: readonly string[], text: string, spaceless?: boolean): Map<G, PhraseCount>;
}

/** A word's first two characters (as one of 1,024; a word of one character has its own) and its length (31 and over share the last), as one of 32,768 slots. */
const slotOf = (word: string) => ((((word.charCodeAt(0) * 33) ^ (word.length > 1 ? word.charCodeAt(1) : 0)) & 1023) << 5) | Math.min(word.length, 31);

export function phraseMatcher<G extends string>(groups: Readonly<Record<G, { phrases: readonly string[]; cjk?: readonly string[] }>>): PhraseMatcher<G> {
  const byFirst = new Map<string, { words: string[]; group: G; phrase: string }[]>();
  const substrings: { text: string; group: G }[] = [];
  for (const [group, { phrases, cjk }] of Object.entries(groups) as [G, { phrases: readonly string[]; cjk?: readonly string[] }][]) {
    for (const phrase of phrases) {
      const words = normaliseText(phrase).split(' ');
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, group, phrase });
      byFirst.set(words[0]!, list);
    }
    for (const text of cjk ?? []) {
      // Searched only in a text with a letter of a spaceless script (as `quickWordsOf` reads them), so each must hold one.
      if (!quickWordsOf(text).spaceless) throw new Error(`phrase "${text}" of ${group} is listed for spaceless scripts but has no letter of one`);
      substrings.push({ text, group });
    }
  }
  // The phrases' first words by their first two characters and length (slotOf): most
  // words of a text begin no phrase, and are passed over by an empty slot; the others are compared
  // with the slot's few first words, without hashing the word for a map look-up (most of what
  // counting cost). By the first two characters and length two words in five of the corpus's
  // reached a slot that holds a first word.
  const bySlot: ({ first: string; candidates: { words: string[]; group: G; phrase: string }[] }[] | undefined)[] = new Array(1024 * 32).fill(undefined);
  for (const [first, candidates] of byFirst) (bySlot[slotOf(first)] ??= []).push({ first, candidates });
  // Which slots hold a first word, a bit each (4 KB): the 128 KB of slots are touched only for a word
  // that may begin a phrase, and stay in the processor's cache between documents.
  const occupied = new Uint32Array(1024);
  for (const first of byFirst.keys()) occupied[slotOf(first) >>> 5]! |= 1 << (slotOf(first) & 31);
  const matcher: PhraseMatcher<G> = {
    count: (text) => matcher.countWords(normaliseText(text).split(' '), text),
    countWords(words, text, spaceless = substrings.length > 0 && spacelessLetter.test(text)) {
      const found = new Map<G, PhraseCount>();
      const hit = (group: G, phrase: string) => {
        const c = found.get(group);
        if (c) c.count++;
        else found.set(group, { count: 1, first: phrase });
      };
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        const slot = slotOf(word);
        if ((occupied[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
        const firsts = bySlot[slot]!;
        let candidates: { words: string[]; group: G; phrase: string }[] | undefined;
        for (const f of firsts) if (f.first === word) candidates = f.candidates;
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

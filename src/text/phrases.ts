/**
 * Counting groups of phrases in a text in one pass over its words: each phrase is whole words of
 * normalised text (`how to apply`, `full time`), looked up by its first word, so the cost is one
 * map lookup a word whatever the number of phrases. Phrases of scripts written without spaces
 * (Japanese) are found as substrings instead.
 */
import { normaliseText } from './normalise.js';

export interface PhraseCount {
  count: number;
  /** The first phrase found, as listed. */
  first: string;
}

export interface PhraseMatcher<G extends string> {
  /** How often each group's phrases occur in the text (only groups found). */
  count(text: string): Map<G, PhraseCount>;
  /** The same for a text already split into normalised words (`normaliseText(text).split(' ')`); `text` is for spaceless scripts. */
  countWords(words: readonly string[], text: string): Map<G, PhraseCount>;
}

const spaceless = /[\u3040-\u30ff\u3400-\u9fff]/;
/** A word's length as one of 32 bits (31 and over share the last). */
const lengthBit = (length: number) => 1 << Math.min(length, 31);
/** A word's first two characters as one of 1,024 slots (a word of one character has its own). */
const startSlot = (word: string) => ((word.charCodeAt(0) * 33) ^ (word.length > 1 ? word.charCodeAt(1) : 0)) & 1023;

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
    for (const text of cjk ?? []) substrings.push({ text, group });
  }
  // Which (first two characters, length) pairs begin a phrase: most words of a text begin none, and
  // this answers for them without hashing the word for a map look-up (most of what counting cost).
  // By the first letter alone three words in four of the corpus's passed (`the`, `to`, `in` begin
  // phrases, and so every word of their letter and length); by the first two, two in five.
  const starts = new Uint32Array(1024);
  for (const first of byFirst.keys()) starts[startSlot(first)]! |= lengthBit(first.length);
  const matcher: PhraseMatcher<G> = {
    count: (text) => matcher.countWords(normaliseText(text).split(' '), text),
    countWords(words, text) {
      const found = new Map<G, PhraseCount>();
      const hit = (group: G, phrase: string) => {
        const c = found.get(group);
        if (c) c.count++;
        else found.set(group, { count: 1, first: phrase });
      };
      for (let i = 0; i < words.length; i++) {
        const word = words[i]!;
        if ((starts[startSlot(word)]! & lengthBit(word.length)) === 0) continue;
        const candidates = byFirst.get(word);
        if (!candidates) continue;
        for (const c of candidates) {
          let k = 1;
          while (k < c.words.length && words[i + k] === c.words[k]) k++;
          if (k === c.words.length) hit(c.group, c.phrase);
        }
      }
      if (substrings.length > 0 && spaceless.test(text)) {
        for (const s of substrings) {
          for (let at = text.indexOf(s.text); at >= 0; at = text.indexOf(s.text, at + s.text.length)) hit(s.group, s.text);
        }
      }
      return found;
    },
  };
  return matcher;
}

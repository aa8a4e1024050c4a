/**
 * Whether a job title is written in one gender (gendered-nouns.data.ts): an English title such as
 * `Salesman`, or a German, French or Spanish masculine form without every gender marked beside it.
 * Whole words only; the neutral form or the marker to add comes with it.
 */
import { genderedForms, genderedNouns } from './gendered-nouns.data.js';

/** Each gendered English title's words, with the neutral title to write (`salesmen` -> `salesperson`). */
const genderedEnglish = new Map(genderedNouns.filter((n) => n.title).flatMap((n) => n.words.map((w) => [w, n.neutral[0]!] as const)));

/** An English gendered title, as a whole word (longest first, so `salesmen` is not read as `salesman`'s prefix). */
export const genderedEnglishTitle = new RegExp(
  `(?<![\\p{L}])(?:${[...genderedEnglish.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'iu',
);

export interface GenderedTitle {
  /** The gendered word, as written. */
  word: string;
  /** What to write instead. */
  fix: string;
}

export function genderedTitle(title: string): GenderedTitle | undefined {
  const m = genderedEnglishTitle.exec(title);
  if (m) return { word: m[0], fix: `write \`${matchCase(genderedEnglish.get(m[0].toLowerCase())!, m[0])}\`` };
  for (const { nouns, marked, fix } of genderedForms) {
    const noun = nouns.exec(title);
    if (noun && !marked.test(title)) return { word: wordAround(title, noun.index, noun.index + noun[0].length), fix };
  }
  return undefined;
}

/** The whole word a match stands in (`Softwareentwickler` for `entwickler`). */
function wordAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}-]/u.test(text.charAt(s - 1))) s--;
  while (e < text.length && /\p{L}/u.test(text.charAt(e))) e++;
  return text.slice(s, e);
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

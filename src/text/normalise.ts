/**
 * Text normalisation shared by the rules that compare what people wrote: headings against section
 * aliases, bullets against bullets. Compares what a reader would call "the same words".
 */

import { withoutInvisible } from './invisible.js';

const quotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const anyQuote = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const nonWord = /[^\p{L}\p{N}']+/gu;
/** The same runs in lower-case ASCII text, without Unicode property lookups. */
const nonWordAscii = /[^a-z0-9']+/g;
const nonAscii = /[^\x00-\x7f]/;

/**
 * Lower case, curly quotes straightened, `&` read as `and`, punctuation and Markdown marks folded
 * to single spaces.
 */
export function normaliseText(text: string): string {
  // Each step runs only where it can change something: this is on every bullet and heading.
  // NFKC is the costly one, and plain ASCII is already in that form.
  const ascii = !nonAscii.test(text);
  // A zero-width space or soft hyphen pasted inside a word leaves it the word a reader sees.
  let normal = (ascii ? text : withoutInvisible(text).normalize('NFKC')).toLowerCase();
  if (anyQuote.test(normal)) normal = normal.replace(quotes, "'");
  // "Perks & benefits" is "Perks and benefits" to a reader.
  if (normal.includes('&')) normal = normal.replace(/&/g, ' and ');
  // Every run of non-word characters, white space included, becomes one space...
  normal = normal.replace(ascii ? nonWordAscii : nonWord, ' ');
  // ...so only dropping apostrophes at word edges can leave two spaces side by side.
  if (normal.includes("'")) normal = normal.replace(/(^|\s)'+|'+(?=\s|$)/g, '$1').replace(/\s+/g, ' ');
  return normal.trim();
}

/** The words of a normalised text. */
export function words(text: string): string[] {
  const n = normaliseText(text);
  return n === '' ? [] : n.split(' ');
}

const lowerWord = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
/** The same words in ASCII text, without Unicode property lookups (most documents are ASCII). */
const lowerWordAscii = /[a-z0-9]+(?:'[a-z0-9]+)*/g;

/**
 * The words of a long text as `words` gives them but for full-width forms and `&` (no NFKC pass
 * and no invisible characters dropped): for counting phrases over a whole document, where
 * normalising every character costs more than such rare forms are worth.
 */
export function quickWords(text: string): string[] {
  const straight = text.toLowerCase().replace(/[\u2018\u2019\u0060\u00B4]/g, "'");
  return straight.match(nonAscii.test(straight) ? lowerWord : lowerWordAscii) ?? [];
}

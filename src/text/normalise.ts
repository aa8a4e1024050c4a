/**
 * Text normalisation shared by the rules that compare what people wrote: headings against section
 * aliases, bullets against bullets. Compares what a reader would call "the same words".
 */

import { withoutInvisible } from './invisible.js';

const quotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const anyQuote = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const nonAscii = /[^\x00-\x7f]/;
/** A character past ASCII, `&` or a backtick. */
const notPlainAscii = /[^\x00-\x25\x27-\x5f\x61-\x7f]/;

/**
 * Lower case, curly quotes straightened, `&` read as `and`, punctuation and Markdown marks folded
 * to single spaces.
 */
export function normaliseText(text: string): string {
  // Each step runs only where it can change something: this is on every bullet and heading.
  // NFKC is the costly one, and plain ASCII is already in that form.
  // ASCII without `&` or a backtick (most bullets and headings): its words read in one pass.
  if (!notPlainAscii.test(text)) return wordsJoined(text.toLowerCase());
  const ascii = !nonAscii.test(text);
  // A zero-width space or soft hyphen pasted inside a word leaves it the word a reader sees.
  let normal = (ascii ? text : withoutInvisible(text).normalize('NFKC')).toLowerCase();
  if (anyQuote.test(normal)) normal = normal.replace(quotes, "'");
  // "Perks & benefits" is "Perks and benefits" to a reader.
  if (normal.includes('&')) normal = normal.replace(/&/g, ' and ');
  return wordsJoined(normal);
}

const letterOrDigitOnly = /^[\p{L}\p{N}]$/u;
/** Whether each UTF-16 unit past ASCII is a letter or digit (1) or not (2), as met (0: not yet read). */
const unitKinds = new Uint8Array(0x10000);

/** How many UTF-16 units the letter or digit at `i` takes (0 where there is none): ASCII by its code, the rest by Unicode's classes. */
const wordUnitsAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? +((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) : unitsPastAscii(text, i, c);
};

function unitsPastAscii(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return letterOrDigitOnly.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  let kind = unitKinds[c]!;
  if (kind === 0) unitKinds[c] = kind = letterOrDigitOnly.test(text[i]!) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

/** The longest text `wordsJoined` writes into its shared buffer (most bullets and headings); a longer one has a buffer of its own. */
const joinedBufferSize = 2048;
const joined = new Uint16Array(joinedBufferSize);
// UTF-16 units in the machine's byte order, made a string in one call (a flat string, as regular expressions read it).
const unitsDecoder = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'utf-16le' : 'utf-16be');

/**
 * The runs of letters and digits of a lower-case text, joined by the apostrophes inside them
 * (`don't`; one at a word's edge is dropped), one space apart: one pass over the characters,
 * written into one buffer and made a string once (twice as fast as regular expressions' replacing
 * over the corpus; no string a word).
 */
function wordsJoined(lower: string): string {
  const n = lower.length;
  const buffer = n > joinedBufferSize ? new Uint16Array(n) : joined;
  let out = 0;
  let i = 0;
  while (i < n) {
    let units = wordUnitsAt(lower, i);
    if (units === 0) {
      i++;
      continue;
    }
    if (out > 0) buffer[out++] = 32;
    for (;;) {
      for (const end = i + units; i < end; i++) buffer[out++] = lower.charCodeAt(i);
      if (i >= n) break;
      units = wordUnitsAt(lower, i);
      if (units > 0) continue;
      if (lower.charCodeAt(i) !== 39) break;
      let j = i;
      while (j < n && lower.charCodeAt(j) === 39) j++;
      if (j >= n || (units = wordUnitsAt(lower, j)) === 0) break;
      for (; i < j; i++) buffer[out++] = 39;
    }
  }
  return unitsDecoder.decode(new Uint8Array(buffer.buffer, 0, 2 * out));
}

/** The text with its curly and typed-for apostrophes and single quotes straightened (`You’ll` is `You'll`), else as it was. */
export function straightQuotes(text: string): string {
  return anyQuote.test(text) ? text.replace(quotes, "'") : text;
}

/** A character that makes `normaliseText` do more than fold case and punctuation: past ASCII, `&`, `'` or a backtick. */
const notPlain = /[^\x00-\x25\x28-\x5f\x61-\x7f]/;

/** The words of a normalised text. */
export function words(text: string): string[] {
  // Without such a character its words are the runs of letters and digits, as quickWords reads them in one pass.
  if (!notPlain.test(text)) return quickWords(text);
  const n = normaliseText(text);
  return n === '' ? [] : n.split(' ');
}

const letterOrDigit = /[\p{L}\p{N}]/u;
const curlyApostrophes = /[\u2018\u2019\u0060\u00B4]/g;

/** A letter of a script written without spaces between words: kana and CJK ideographs (all in one UTF-16 unit). */
export const spacelessLetter = /[\u3040-\u30ff\u3400-\u9fff]/;
const isSpacelessCode = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff);
/** Added to `wordUnits`' count where the letter is one of a script written without spaces. */
const spacelessMark = 4;

/**
 * How many UTF-16 units the letter or digit at `i` of a lower-case text takes (0 where there is
 * none), plus `spacelessMark` where it is a letter of a script written without spaces.
 */
function wordUnits(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return letterOrDigit.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : 0;
  if (!letterOrDigit.test(text[i]!)) return 0;
  return isSpacelessCode(c) ? 1 + spacelessMark : 1;
}

/** `'`, and the marks typed for it: ‘ ’ ` ´. */
const isApostrophe = (c: number) => c === 39 || c === 0x2018 || c === 0x2019 || c === 0x60 || c === 0xb4;

/**
 * The words of a long text as `words` gives them but for full-width forms and `&` (no NFKC pass
 * and no invisible characters dropped): for counting phrases over a whole document, where
 * normalising every character costs more than such rare forms are worth. Lower case, each a run of
 * letters and digits, joined by apostrophes (straightened) inside it. One pass over the characters,
 * ASCII without a Unicode lookup: twice as fast as a regular expression's match over the corpus.
 */
export function quickWords(text: string): string[] {
  return quickWordsOf(text).words;
}

/** The words `quickWords` gives, and whether a letter of a script written without spaces is among them (read in the same pass). */
export interface QuickWords {
  words: string[];
  spaceless: boolean;
}

export function quickWordsOf(text: string): QuickWords {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const n = lower.length;
  let marks = 0;
  let i = 0;
  while (i < n) {
    let units = wordUnits(lower, i);
    if (units === 0) {
      i++;
      continue;
    }
    const start = i;
    let curly = false;
    for (;;) {
      marks |= units;
      i += units & ~spacelessMark;
      if (i >= n) break;
      units = wordUnits(lower, i);
      if (units > 0) continue;
      const c = lower.charCodeAt(i);
      if (!isApostrophe(c) || i + 1 >= n || wordUnits(lower, i + 1) === 0) break;
      curly ||= c !== 39;
      units = 1;
    }
    const word = lower.slice(start, i);
    out.push(curly ? word.replace(curlyApostrophes, "'") : word);
  }
  return { words: out, spaceless: (marks & spacelessMark) !== 0 };
}

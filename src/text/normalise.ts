/**
 * Text normalisation shared by the rules that compare what people wrote: headings against section
 * aliases, bullets against bullets. Compares what a reader would call "the same words".
 */

const quotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const nonWord = /[^\p{L}\p{N}']+/gu;

/** Lower case, curly quotes straightened, punctuation and Markdown marks folded to single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(quotes, "'")
    .replace(nonWord, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The words of a normalised text. */
export function words(text: string): string[] {
  const n = normaliseText(text);
  return n === '' ? [] : n.split(' ');
}

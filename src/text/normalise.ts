/**
 * Text normalisation shared by the rules that compare what people wrote: headings against section
 * aliases, bullets against bullets. Compares what a reader would call "the same words".
 */

const quotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const nonWord = /[^\p{L}\p{N}']+/gu;
const nonAscii = /[^\x00-\x7f]/;

/** Lower case, curly quotes straightened, punctuation and Markdown marks folded to single spaces. */
export function normaliseText(text: string): string {
  // NFKC is the costly step, and plain ASCII is already in that form.
  return (nonAscii.test(text) ? text.normalize('NFKC') : text)
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

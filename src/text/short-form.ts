/**
 * An abbreviation defined in brackets after the words it stands for (`system capabilities
 * (syscaps)`, `Research Software Engineer (RSE)`), found as Schwartz and Hearst's algorithm finds
 * one ("A simple algorithm for identifying abbreviation definitions in biomedical text", 2003):
 * the short form's letters, read from its end, each found further back in the words before the
 * bracket, its first letter at the start of a word. The long form must span at most as many words
 * as the short form has characters plus five, or twice as many, whichever is fewer; and, as an
 * abbreviation takes from several words, two of its letters must start words (`syscaps`, not a
 * slip of a word before it: `as (teh)` after `teh other way`).
 */

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Whether `short` abbreviates the words at the end of `before` (the text up to its opening bracket). */
export function abbreviatesWordsBefore(short: string, before: string): boolean {
  if (short.length < 2 || short.length > 10 || !letterOrDigit.test(short[0]!)) return false;
  const words = before.trimEnd().split(/\s+/);
  const longForm = words.slice(-Math.min(short.length + 5, short.length * 2)).join(' ');
  return (wordStartsMatched(short.toLowerCase(), longForm.toLowerCase()) ?? 0) >= 2;
}

/** How many of the letters of `short` found in order in `text` (both lower case) start words, if all are found. */
function wordStartsMatched(short: string, text: string): number | undefined {
  let s = short.length - 1;
  let l = text.length - 1;
  let starts = 0;
  while (s >= 0) {
    const c = short[s]!;
    if (!letterOrDigit.test(c)) {
      s--;
      continue;
    }
    // The short form's first letter must start a word of the long form.
    while (l >= 0 && (text[l] !== c || (s === 0 && l > 0 && letterOrDigit.test(text[l - 1]!)))) l--;
    if (l < 0) return undefined;
    if (l === 0 || !letterOrDigit.test(text[l - 1]!)) starts++;
    l--;
    s--;
  }
  return starts;
}

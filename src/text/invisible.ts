/**
 * Characters that show nothing, as text pasted from web pages, word processors and chat tools
 * carries them inside words: the zero-width space, non-joiner and joiner, the word joiner, a
 * byte-order mark inside the text, and the soft hyphen (shown only where a line breaks there).
 * A reader sees `Requirements`; a search, a job board's keyword match and the rules see two words.
 */

export const invisibleNames: Readonly<Record<string, string>> = {
  '\u00AD': 'soft hyphen, U+00AD',
  '\u200B': 'zero-width space, U+200B',
  '\u200C': 'zero-width non-joiner, U+200C',
  '\u200D': 'zero-width joiner, U+200D',
  '\u2060': 'word joiner, U+2060',
  '\uFEFF': 'byte-order mark, U+FEFF',
};

/** Their character class, for patterns that take them in (`[${invisibleClass}]`). */
export const invisibleClass = Object.keys(invisibleNames).join('');

const invisible = new RegExp(`[${invisibleClass}]`);
/** Runs of them, side by side. */
export const invisibleRuns = new RegExp(`[${invisibleClass}]+`, 'g');

/** Whether the text holds one of them. */
export function containsInvisible(text: string): boolean {
  return invisible.test(text);
}

/** Whether a character code is one of them. */
export function isInvisible(code: number): boolean {
  return Object.hasOwn(invisibleNames, String.fromCharCode(code));
}

/** The text as a reader sees it: without them. */
export function withoutInvisible(text: string): string {
  return invisible.test(text) ? text.replace(invisibleRuns, '') : text;
}

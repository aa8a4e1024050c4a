/** Whether a line of text reads as a title rather than a sentence: short, capitalised, no sentence inside. */
import { withoutEnumerator } from './sections.js';

const maxLength = 80;
const maxWords = 10;
/** Emoji (with their variation selectors and joiners) and spaces before a title's first word. */
const leadingPictographs = /^[\p{Extended_Pictographic}\uFE0F\u200D\u20E3\s]+/u;

export function readsAsTitle(line: string): boolean {
  const whole = line.trim();
  if (whole.length < 2 || whole.length > maxLength) return false;
  // `III. RESPONSIBILITIES`: the section number's full stop is no sentence's.
  // `🎯 Key Responsibilities`: a pictograph marks the title, as posts written for job boards do.
  const text = withoutEnumerator(whole.replace(leadingPictographs, ''));
  if (text.split(/\s+/).length > maxWords) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (/[.,;!…]$/.test(text)) return false;
  // A full stop or semicolon inside means sentences, not a title.
  if (/[.;!?]\s/.test(text)) return false;
  return true;
}

/**
 * What HTML in a Markdown document says, for documents pasted as HTML from an applicant-tracking
 * system and tables written in HTML: its prose as runs of source text, the items of its lists,
 * and the text an element shows. Regular expressions over the fragment, not a parser: these read
 * text, they never rewrite it, and a malformed fragment only yields less.
 */
import { decodeString } from 'micromark-util-decode-string';
import { matchesOf } from '../core/matches.js';

export interface HtmlRun {
  text: string;
  index: number;
}

const notProse =
  /<!--[\s\S]*?(?:-->|$)|<(code|pre|kbd|samp|script|style|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?[A-Za-z][^>]*>|<![A-Za-z][^>]*>|<\?[\s\S]*?(?:\?>|$)|&(?:#\d+|#x[\dA-Fa-f]+|[A-Za-z][A-Za-z\d]*);/g;

/**
 * The prose of a fragment as runs of its own source text, each with its index, so a word found in
 * a run is at `index` plus its place in the run. Not prose: tags, comments, declarations, and the
 * content of elements that hold code or data (`<code>`, `<pre>`, `<kbd>`, `<samp>`, `<script>`,
 * `<style>`, `<textarea>`). A character reference (`&#39;`, `&amp;`) ends a run instead of being
 * decoded, so every run is what the source says, character for character.
 */
export function htmlRuns(html: string): HtmlRun[] {
  const runs: HtmlRun[] = [];
  let from = 0;
  const take = (to: number) => {
    if (/\S/.test(html.slice(from, to))) runs.push({ text: html.slice(from, to), index: from });
  };
  for (const m of matchesOf(notProse, html)) {
    take(m.index);
    from = m.index + m[0].length;
  }
  take(html.length);
  return runs;
}

export interface HtmlListItem {
  /** What the item shows: tags and comments dropped, character references read, white space folded. */
  text: string;
  /** Where its content starts and ends in the fragment. */
  start: number;
  end: number;
}

/** `<li>` elements holding no list of their own, their closing tag optional as HTML allows. */
const listItem = /<li\b[^>]*>((?:(?!<\/?(?:li|ul|ol)\b)[\s\S])*?)(?=<\/li\s*>|<li\b|<\/?(?:ul|ol)\b|$)/gi;

const tableTag = /<(\/?)table\b/gi;

/**
 * The items of the HTML lists of a fragment, as a post pasted as HTML has its bullets, but not
 * those inside a table: a ladder written as an HTML table lists each level's expectations in its
 * cells, repeating a level's items in the next by design (as a Markdown table's cells hold no
 * list items at all). `tablesOpen` is how many tables are open where the fragment starts (a table
 * with blank lines in it is several HTML blocks); the result says how many are open at its end.
 */
export function htmlListItems(html: string, tablesOpen = 0): { items: HtmlListItem[]; tablesOpen: number } {
  const tables = [...matchesOf(tableTag, html)].map((m) => ({ at: m.index, step: m[1] ? -1 : 1 }));
  const openAt = (offset: number) => tables.reduce((n, t) => (t.at < offset ? Math.max(0, n + t.step) : n), tablesOpen);
  const items: HtmlListItem[] = [];
  for (const m of matchesOf(listItem, html)) {
    if (openAt(m.index) > 0) continue;
    const content = m[1]!;
    const text = shownText(content);
    if (text === '') continue;
    const start = m.index + m[0].length - content.length;
    // The span without the white space around the content.
    const lead = content.length - content.trimStart().length;
    items.push({ text, start: start + lead, end: start + content.trimEnd().length });
  }
  return { items, tablesOpen: openAt(html.length + 1) };
}

/** The text an HTML fragment shows: comments and tags dropped, character references read, white space folded. */
export function shownText(html: string): string {
  return decodeString(html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

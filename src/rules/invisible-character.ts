/**
 * `invisible-character`: characters that show nothing, inside the text of a role document: zero-width
 * spaces, word joiners, byte-order marks and soft hyphens, as text pasted from web pages, word
 * processors and chat tools carries them, and zero-width joiners and non-joiners between Latin
 * letters (elsewhere they shape scripts and emoji). `Require\u200Bments` reads as `Requirements`, but a
 * search, a job board's keyword match and a screen reader meet two words. Code is left alone, as
 * are comments and character references (`&#8203;`), which are written on purpose, and the soft
 * hyphens of a page that hyphenates its long words with them. Removing the character is the fix.
 */
import type { Root } from 'mdast';
import { location } from 'vfile-location';
import { containsInvisible, invisibleClass, invisibleNames, invisibleRuns, withoutInvisible } from '../text/invisible.js';
import { defineRule, offerFix } from './define.js';
import { treeIndex } from '../document/tree-index.js';
import { matchesOf } from '../core/matches.js';

const joiners = /^[\u200C\u200D]+$/;
const letter = /\p{L}/u;
const latinLetter = /\p{Script=Latin}/u;
/** What a line may break after: a slash, a hyphen or a dash. */
const breakHint = /^[/\-\u2010\u2013\u2014]$/;
/** Letters and the invisible characters between them: the word a run stands in, as far as it goes. */
const wordBefore = new RegExp(`[\\p{L}\\p{M}${invisibleClass}]*$`, 'u');
const wordAfter = new RegExp(`^[\\p{L}\\p{M}${invisibleClass}]*`, 'u');

export const invisibleCharacter = defineRule<Record<string, never>>(
  {
    id: 'invisible-character',
    description: 'Flag characters that show nothing (zero-width spaces, soft hyphens) pasted into the text, which split words for search',
    defaultLevel: 'warning',
    defaults: {},
    tags: ['paste'], fixable: true,
    messages: {
      inWord: '{{what}} inside `{{word}}`: it reads as one word, but a search, a job board\'s keyword match or a screen reader meets two; remove it',
      inText: '{{what}} in the text, pasted with it: remove it',
    },
  },
  (tree, file, _options, say) => {
    const source = String(file.value ?? '');
    // Most documents hold none: one search decides.
    if (!containsInvisible(source)) return;
    // In document order, as the runs are found: one pass over both, however many there are.
    const skipped = skippedRanges(tree).sort((a, b) => a[0] - b[0]);
    let next = 0;
    const place = location(source);
    const hyphenates = hyphenatesLongWords(source);
    for (const m of matchesOf(invisibleRuns, source)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      while (next < skipped.length && skipped[next]![1] <= start) next++;
      if (next < skipped.length && skipped[next]![0] <= start) continue;
      // A byte-order mark that starts the file marks its encoding (the engine reads it so).
      if (start === 0 && run === '\uFEFF') continue;
      const before = source[start - 1] ?? '';
      const after = source[end] ?? '';
      if (joiners.test(run) && !(latinLetter.test(before) && latinLetter.test(after))) continue;
      // A zero-width space after a slash or a dash, before a word (`sex/\u200Bgender`,
      // `server-\u200Bside`): where a line may break, as typesetters and site tools put it on purpose.
      if (run === '\u200B' && breakHint.test(before) && /[\p{L}\p{N}]/u.test(after)) continue;
      // A soft hyphen between letters in a page that hyphenates its long words so: set on purpose.
      if (hyphenates && run === '\u00AD' && letter.test(before) && letter.test(after)) continue;
      const from = place.toPoint(start);
      const to = place.toPoint(end);
      if (!from || !to) continue;
      const names = [...new Set(run)].map((c) => invisibleNames[c]).join(', ');
      const what = `${run.length === 1 ? 'An invisible character' : `${run.length} invisible characters`} (${names})`;
      const inWord = letter.test(before) && letter.test(after);
      const word = inWord ? withoutInvisible(wordBefore.exec(source.slice(Math.max(0, start - 64), start))![0] + wordAfter.exec(source.slice(end, end + 64))![0]) : '';
      const message = file.message(
        inWord ? say('inWord', { what, word }) : say('inText', { what }),
        { place: { start: from, end: to } },
      );
      message.actual = run;
      message.expected = [''];
      // First on its line and followed by a space, it holds the line's indentation at none:
      // removed, the spaces after it would indent the line and change what it is (frontmatter
      // YAML nested under the key above, an indented code block). That is for the writer to see.
      const lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1;
      const indents = (after === ' ' || after === '\t') && /^[ \t]*$/.test(source.slice(lineStart, start));
      if (!indents) offerFix(message, file, start, end, run, '');
    }
  },
);

/** A word holding soft hyphens between its letters, and the least of them that make a page's hyphenation. */
const softHyphenated = /\p{L}+(?:\u00AD\p{L}+)+/gu;
const hyphenatedWords = 3;

/**
 * Whether the page marks where its long words may break with soft hyphens, in three words or
 * more (`Wirtschafts\u00ADinformatik`, `Beratungs\u00ADleistungen`): a German site's
 * hyphenation, which browsers show only at a line's end, set on purpose, not a paste's stray mark.
 */
function hyphenatesLongWords(source: string): boolean {
  if (!source.includes('\u00AD')) return false;
  const words = new Set<string>();
  for (const m of matchesOf(softHyphenated, source)) if (words.add(m[0].replace(/\u00AD/g, '')).size >= hyphenatedWords) return true;
  return false;
}

/** Offsets of what is written on purpose: code, inline code and HTML comments. */
function skippedRanges(tree: Root): [number, number][] {
  const index = treeIndex(tree);
  const ranges: [number, number][] = [];
  for (const type of ['code', 'inlineCode', 'html'] as const) {
    for (const at of index.of(type)) {
      const node = index.nodes[at]!;
      if (node.type === 'html' && !node.value.startsWith('<!--')) continue;
      const { start, end } = node.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
    }
  }
  return ranges;
}

/**
 * cspell's in-document settings, which repositories that spell-check with cspell already write in
 * their Markdown: words a document accepts (`<!-- cspell:words Kubeflow -->`, and `cSpell: ignore
 * Huie` in frontmatter, as 18F's handbook writes it) and where spelling is off (`cspell:disable`
 * up to `cspell:enable`, `cspell:disable-line`, `cspell:disable-next-line`). Read as cspell reads
 * them: a `cspell`, `spell-checker` or `spellchecker` prefix in any case, one or two colons, the
 * rest of the line; anywhere in the document, so a comment and a frontmatter key alike count.
 */
import { matchesOf } from '../core/matches.js';

export interface SpellingDirectives {
  /** Words the document lists (lower case), and the parts of a hyphenated one. */
  words: ReadonlySet<string>;
  /** Whether spelling is off at a source offset. */
  off(offset: number): boolean;
}

const none: SpellingDirectives = { words: new Set(), off: () => false };

const directive = /\b(?:spell-?checker|c?spell)::?(?!:)([^\r\n]*)/gi;
const listsWords = /^(?:words?|ignore(?:-?words?)?)\b(?!-)/i;
const disables = /^disable(-line|-next(?:-line)?)?\b(?!-)/i;
const enables = /^enable\b(?!-)/i;
/** What closes the comment a directive stands in, not a word of its list. */
const closers = new Set(['-->', '*/', '#}', '%}']);

export function spellingDirectives(source: string): SpellingDirectives {
  // Most documents hold none: one case-insensitive search decides.
  if (!/spell/i.test(source)) return none;
  const words = new Set<string>();
  const ranges: [number, number][] = [];
  let offFrom: number | undefined;
  for (const m of matchesOf(directive, source)) {
    const setting = m[1]!.trim();
    const at = m.index;
    if (listsWords.test(setting)) {
      for (const word of setting.split(/[,\s;]+/).slice(1)) {
        if (word === '' || closers.has(word)) continue;
        const lower = word.toLowerCase();
        words.add(lower);
        for (const part of lower.split(/[-'’]/)) if (part) words.add(part);
      }
      continue;
    }
    const off = disables.exec(setting);
    if (off) {
      if (off[1] === undefined) offFrom ??= at;
      else if (off[1] === '-line') ranges.push([lineStart(source, at), lineEnd(source, at)]);
      else ranges.push([at, lineEnd(source, nextLine(source, lineEnd(source, at)))]);
    } else if (enables.test(setting) && offFrom !== undefined) {
      ranges.push([offFrom, at]);
      offFrom = undefined;
    }
  }
  if (offFrom !== undefined) ranges.push([offFrom, source.length]);
  return { words, off: (offset) => ranges.some(([from, to]) => offset >= from && offset < to) };
}

function lineStart(source: string, at: number): number {
  return Math.max(source.lastIndexOf('\n', at - 1), source.lastIndexOf('\r', at - 1)) + 1;
}

const lineBreak = /\r\n?|\n/g;

/** The offset of the line break ending the line at `at` (the document's length on its last line). */
function lineEnd(source: string, at: number): number {
  lineBreak.lastIndex = at;
  return lineBreak.exec(source)?.index ?? source.length;
}

/** The start of the line after the line break at `at`. */
function nextLine(source: string, at: number): number {
  return at + (source.startsWith('\r\n', at) ? 2 : 1);
}

/**
 * Where the prose of a document stands in its source, for the rules that read it word by word
 * (typo, repeated-word): a text node's text as runs at their offsets, since a node's value and its
 * source differ where escapes (`\*`), character references (`&amp;`) or the indentation of a list
 * item's later lines are; an HTML block's text between its tags; the frontmatter values read as
 * prose. A text node's runs are read once a document (textRunsAt); their words each rule reads
 * afresh: kept for the next rule, every word of a document outlived its node's reading and was
 * promoted, and garbage collection took twice as long over 10,000 documents (1.2 -> 2.4 s of
 * 12.5 s).
 */
import type { Html, Root, Text } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import { htmlRuns } from '../text/html.js';
import { tokenise, type Token } from '../text/tokenise.js';
import { frontmatterBlock } from './frontmatter-block.js';
import { verbatimStart } from './html-source.js';
import type { TreeIndex } from './tree-index.js';
import { timedReading } from './reading-times.js';

/** Text the source holds as it is, at its offset in the source. */
export interface TextRun {
  text: string;
  at: number;
}

/** A run with its words. */
export interface ProseRun extends TextRun {
  tokens: readonly Token[];
}

/**
 * The runs of the text node at `at` of a document's index (textRuns), read once for all the rules
 * that read its prose, and kept as long as the index: the engine's shared index lives with the
 * document's tree, so they do not outlive its run.
 */
export function textRunsAt(index: TreeIndex, at: number, source: string): readonly TextRun[] {
  let byNode = runsByIndex.get(index);
  if (!byNode) runsByIndex.set(index, (byNode = []));
  let runs = byNode[at];
  if (!runs) {
    const found: TextRun[] = [];
    timedReading(index.nodes[0] as Root, 'prose runs', () => textRuns(index.nodes[at] as Text, source, (text, runAt) => found.push({ text, at: runAt })));
    byNode[at] = runs = found;
  }
  return runs;
}

const runsByIndex = new WeakMap<TreeIndex, (readonly TextRun[] | undefined)[]>();

/**
 * The runs of the HTML node at `at` of a document's index (htmlProse), read once a document for
 * all the rules that read its prose, as a text node's are (the two share the index's positions).
 */
export function htmlRunsAt(index: TreeIndex, at: number, source: string): readonly TextRun[] {
  let byNode = runsByIndex.get(index);
  if (!byNode) runsByIndex.set(index, (byNode = []));
  return (byNode[at] ??= timedReading(index.nodes[0] as Root, 'prose runs', () => htmlProse(index.nodes[at] as Html, source)));
}

/** A run with its words, for a rule that reads them as tokens. */
export function withTokens(run: TextRun): ProseRun {
  return { ...run, tokens: tokenise(run.text) };
}

/** An HTML block's prose (a post pasted as HTML, a table written in HTML): each run of text between its tags. */
export function htmlProse(node: Html, source: string): TextRun[] {
  const start = verbatimStart(node, source);
  if (start === undefined) return [];
  // The source's text, not the value's: a pasted `•` (a sentence start) was parsed as `-`.
  return htmlRuns(node.value).map((run) => {
    const text = source.slice(start + run.index, start + run.index + run.text.length);
    return { text, at: start + run.index };
  });
}

/** The frontmatter values read as prose unless configured otherwise: what a page and a job board show of it. */
export const proseFrontmatterKeys: readonly string[] = ['title', 'description'];

/**
 * The frontmatter's prose, each where it stands in the source: the values under these keys (a
 * title, a description) or written as a sentence under any other, and the items of its lists under any key that read as prose, three words
 * or more (a ladder's competencies kept as YAML lists; not `tags: [go, kubernetes]`).
 */
export function frontmatterProse(tree: Root, source: string, keys: readonly string[]): readonly TextRun[] {
  // Read once a document for all the rules that read its prose (the same keys unless configured).
  let byKeys = frontmatterRuns.get(tree);
  if (!byKeys) frontmatterRuns.set(tree, (byKeys = new Map()));
  const key = keys.join('\n');
  let runs = byKeys.get(key);
  if (!runs) byKeys.set(key, (runs = timedReading(tree, 'prose runs', () => readFrontmatterProse(tree, source, keys))));
  return runs;
}

const frontmatterRuns = new WeakMap<Root, Map<string, readonly TextRun[]>>();

/** A key whose list names people (`authors: ["Ingrid Bianka Garcia"]`): names, not prose. */
const peopleKey = /^(?:authors?|maintainers?|contributors?|owners?|editors?|reviewers?|members?|team|people|speakers?|organi[sz]ers?|mentors?|staff)$/i;

/** The fewest words of a value under any key that is read as prose. */
const sentenceWords = 6;

/**
 * A value written as a sentence, under any key (`requisites: "Have previous design experience, and
 * …"`, a site's text for the page): six words or more, most in lower case, not a list of terms
 * (`keywords: go, rust, kubernetes, …`) nor an address.
 */
function readsAsSentence(value: string): boolean {
  if (value.includes('://')) return false;
  const words = value.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < sentenceWords) return false;
  const lower = words.filter((w) => /^[("'“‘]?\p{Ll}/u.test(w)).length;
  const listed = words.filter((w) => w.endsWith(',')).length;
  return lower * 2 > words.length && listed * 2 < words.length;
}

function readFrontmatterProse(tree: Root, source: string, keys: readonly string[]): TextRun[] {
  const block = frontmatterBlock(tree);
  const blockStart = block?.position?.start.offset;
  if (!block || blockStart === undefined) return [];
  // Scalars' offsets count from the block's first line, after its opening fence.
  const firstBreak = /\r\n|\r|\n/.exec(source.slice(blockStart));
  const content = firstBreak ? blockStart + firstBreak.index + firstBreak[0].length : blockStart;
  const frontmatter = block.data?.frontmatter;
  const values = (frontmatter?.scalars ?? []).filter((scalar) => keys.includes(scalar.key) || readsAsSentence(scalar.source));
  const items = (frontmatter?.listItems ?? []).filter((item) => /\S+\s+\S+\s+\S/.test(item.source) && !peopleKey.test(item.key));
  // A value written with HTML (`title: "<a id='sale'>Plant Sale Volunteer</a>"`): its text between the tags, as a page shows it.
  return [...values, ...items].flatMap((scalar) =>
    scalar.source.includes('<') ? htmlRuns(scalar.source).map((run) => ({ text: run.text, at: content + scalar.offset + run.index })) : [{ text: scalar.source, at: content + scalar.offset }],
  );
}

/**
 * A text node's text in runs that the source holds as they are, each with its offset in the source:
 * the whole value where nothing differs, else each line where the source holds it as it is (after
 * the indentation of a list item's later lines, or a block quote's `>`), and a line with an escape
 * or a character reference piece by piece: either ends a run (the escaped mark starts the next; a
 * reference's text is in no run).
 */
export function textRuns(node: Text, source: string, visit: (text: string, at: number) => void): void {
  const value = node.value;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  if (end - start === value.length && source.startsWith(value, start)) {
    visit(value, start);
    return;
  }
  let cursor = start;
  for (const line of value.split('\n')) {
    if (line === '') continue;
    // Past what only the source has (indentation, `>`), not a search of the rest of the document.
    let at = cursor;
    while (at < end && !source.startsWith(line, at) && onlyInSource(source.charCodeAt(at))) at++;
    if (at + line.length <= end && source.startsWith(line, at)) {
      visit(line, at);
      cursor = at + line.length;
      continue;
    }
    const next = alignLine(line, source, cursor, end, visit);
    // The two no longer line up: the rest is left unread rather than misplaced.
    if (next < 0) return;
    cursor = next;
  }
}

/**
 * Reads a line of the value against the source from `j`, by character codes (indexing a string
 * for a character allocates one outside Latin-1): what only the source has before it (indentation,
 * `>`), escapes and character references end runs. Returns where the line ends in the source, or
 * -1 where the two stop lining up.
 */
function alignLine(line: string, source: string, j: number, end: number, visit: (text: string, at: number) => void): number {
  let i = 0;
  let runFrom = -1;
  let runAt = 0;
  const flush = () => {
    if (runFrom >= 0) visit(line.slice(runFrom, i), runAt);
    runFrom = -1;
  };
  while (i < line.length) {
    if (j >= end) return -1;
    const r = source.charCodeAt(j);
    const v = line.charCodeAt(i);
    if (r === ampersand) {
      reference.lastIndex = j;
      const m = reference.exec(source);
      const decoded = m ? referenceText(m) : undefined;
      if (m && decoded !== undefined && line.startsWith(decoded, i)) {
        flush();
        i += decoded.length;
        j += m[0].length;
        continue;
      }
    }
    if (r === backslash && source.charCodeAt(j + 1) === v && isAsciiPunctuation(v)) {
      flush();
      j++;
      continue;
    }
    if (r === v) {
      if (runFrom < 0) {
        runFrom = i;
        runAt = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    if (!onlyInSource(r)) return -1;
    j++;
  }
  flush();
  return j;
}

const ampersand = 0x26;
const backslash = 0x5c;
const isAsciiPunctuation = (c: number) => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
/** Space, tab, line feed, form feed, carriage return, `>`. */
const onlyInSource = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x3e;
/** A character reference as CommonMark reads one: decimal, hexadecimal or named. */
const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/y;

function referenceText(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined) return decodeNumericCharacterReference(m[1], 10);
  if (m[2] !== undefined) return decodeNumericCharacterReference(m[2], 16);
  const named = decodeNamedCharacterReference(m[3]!);
  return named === false ? undefined : named;
}

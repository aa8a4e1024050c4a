/**
 * `broken-markdown`: Markdown that GitHub shows as something other than what its author meant, as
 * recruiters and managers write it in a word processor or a browser: a heading or a list item
 * without the space after its marker, two items run together on one line, emphasis never closed,
 * a numbered list that skips, a table row with more or fewer cells than its header, a link that
 * never closes or refers to nothing, an empty item, and, in a document that is a form, a field
 * left blank. Each finding says what GitHub shows and how to write it; the missing space after a
 * heading's hashes or a list marker is fixed by `--fix`.
 *
 * Two checks are remark-lint's own rules run on the same tree: a hidden table cell
 * (remark-lint-no-hidden-table-cell) and a reference to no definition
 * (remark-lint-no-undefined-references). The rest no rule of remark-lint or markdownlint's
 * remark-free set does on this tree; where the tree cannot show a structure (a `###Heading` is a
 * paragraph, `-Item` text of the line above), the source is read.
 */
import type { Heading, List, ListItem, Paragraph, Root, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkLintNoHiddenTableCell from 'remark-lint-no-hidden-table-cell';
import remarkLintNoUndefinedReferences from 'remark-lint-no-undefined-references';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { VFileMessage } from 'vfile-message';
import { decideKind, type DocumentKind } from '../document/document-kind.js';
import { childAt, nextSibling, previousSibling } from '../document/child-at.js';
import { hashlessHeadings } from '../document/hashless-headings.js';
import { wordsOnNextLine } from '../document/section-titles.js';
import { runTogetherItems } from '../document/run-together.js';
import { listItemText } from '../document/list-item-text.js';
import { treeIndex, type TreeIndex } from '../document/tree-index.js';
import { blankFieldLimits, fragmentFolders, shownLength } from './broken-markdown.data.js';
import { wildcardWords } from '../text/wildcard-words.data.js';
import { projectSegments } from '../document/place.js';
import { defineRule, offerFix } from './define.js';
import { matchesOf } from '../core/matches.js';

type MessageId = keyof typeof messages;
type Report = (start: number, end: number, id: MessageId, data: Readonly<Record<string, string | number>>, detail?: { actual?: string; expected?: string; fix?: { found: string; text: string } }) => void;

/** What each finding says: what GitHub shows, and how to write it. Quoted text is cut to `shownLength`. */
const messages = {
  headingSpace: "`{{line}}` has no space after its hashes: GitHub shows it as text starting with `{{hashes}}`, not as a heading (only Jekyll's kramdown makes it one); write `{{fixed}}`",
  headingWordsBelow: '`{{hashes}}` has its words on the next line (`{{words}}`): GitHub shows an empty heading and the words as a paragraph; write `{{fixed}}`',
  itemSpace: '`{{line}}` has no space after its list marker: GitHub shows it as text, not as a list item; write `{{fixed}}`',
  itemSpaceJoined: '`{{line}}` has no space after its list marker: GitHub shows it as text joined to the line above, not as a list item; write `{{fixed}}`',
  runTogether: 'Two list items run together in `{{around}}`: GitHub shows them as one; start `{{second}}` on a line of its own, as an item of the list',
  sentencesRunTogether: 'Two sentences run together in `{{around}}`: a space after the full stop is missing; write it before `{{second}}`',
  spaceInsideMarks: '`{{shown}}` shows its marks as written, not bold: the marks must touch the words they hold, with no space inside them; write `{{fixed}}`',
  closedAgainstWord: '`{{shown}}` shows its marks as written, not bold: marks that close after punctuation need a space or punctuation after them, not a letter; write `{{fixed}}`',
  boldNeverCloses: '`{{word}}` opens bold that never closes: GitHub shows `{{marks}}` as written; close it after the words meant bold, or remove it',
  boldNeverOpened: '`{{word}}` closes bold that never opened: GitHub shows `{{marks}}` as written; open it before the words meant bold, or remove it',
  italicsNeverClose: '`{{word}}` opens italics that never close: GitHub shows the `*` as written; close it after the words meant in italics, or remove it',
  moreMarksOpening: '`{{shown}}` opens with more marks than it closes with: GitHub shows `{{marks}}` as written and the rest in italics; use as many marks on both sides (`{{bold}}` for bold)',
  moreMarksClosing: '`{{shown}}` closes with more marks than it opens with: GitHub shows the extra `{{marks}}` as written; use as many marks on both sides (`{{bold}}` for bold)',
  numberSkips: '`{{marker}}` follows `{{before}}`: GitHub numbers the items one by one from {{first}}, so it shows {{shown}} here; renumber the list (`{{expected}}` here)',
  numberRepeats: '`{{marker}}` repeats the number before it: GitHub numbers the items one by one from {{first}}, so it shows {{shown}} here; renumber the list (`{{expected}}` here)',
  hiddenCells: "This row has {{cells}} cells and its header {{width}}: GitHub does not show the cells past the header's{{dropped}}; add a column to the header, or join the cells",
  missingCells: 'This row has {{cells}} and its header {{width}}: GitHub shows the last {{columns}} of the row empty, and any cell that went missing shifts the ones after it; write every cell, an empty one as `| |`',
  parenthesisNeverCloses: '`{{shown}}` never closes its parenthesis: GitHub shows the brackets and the address as text, not as a {{what}}; close it: `{{fixed}}`',
  addressOverLines: '`{{shown}}` is no {{what}} on GitHub, which shows it as text: its address runs over several lines, and an address holds no line break; write it on one line',
  addressCannotBe: '`{{shown}}` is no {{what}} on GitHub, which shows it as text: its address has a space or a character a link cannot hold; write a space as `%20`, or put the address in `<…>`',
  bracketNeverCloses: '`{{shown}}` never closes its bracket: GitHub shows it as text, not as a {{what}}; write `{{fixed}}`',
  undefinedReference: '`{{shown}}` refers to a link definition the document lacks (`{{id}}`): GitHub shows the brackets as text; add `[{{id}}]: https://…` on a line of its own, or write the link inline',
  emptyItem: 'An empty list item: GitHub shows a {{what}} with nothing after it; write what it stands for, or remove the line',
  blankField: '`{{line}}` is a form field left blank: GitHub shows the label with nothing after it; fill it in (`{{label}}: …`) or remove the line',
} as const;

interface Reading {
  tree: Root;
  file: VFile;
  source: string;
  index: TreeIndex;
  report: Report;
}

export interface BrokenMarkdownOptions {
  /** The document's kind, where the plugin runs alone; in the engine, the kind it decided (the configuration's `kind`, the frontmatter's, or inferred). */
  kind?: DocumentKind;
}

export const brokenMarkdown = defineRule<BrokenMarkdownOptions, MessageId>(
  {
    id: 'broken-markdown',
    description: 'Flag Markdown that GitHub shows other than meant: a heading or list item without its space, a heading with its words on the next line, items run together, unclosed emphasis or links, a skipping numbered list, a table row of the wrong width, an empty item, a blank form field',
    defaultLevel: 'warning',
    defaults: {},
    tags: ['structure', 'paste'],
    fixable: true,
    // Blank form fields are checked in job posts: the kind the engine decides once for every rule.
    needs: ['kind'],
    messages,
  },
  (tree, file, options, say) => {
    const source = String(file.value ?? '');
    let place: ReturnType<typeof location> | undefined;
    const report: Report = (start, end, id, data, detail = {}) => {
      place ??= location(source);
      const from = place.toPoint(start);
      const to = place.toPoint(end);
      if (!from || !to) return;
      const message = file.message(say(id, data), { place: { start: from, end: to } });
      if (detail.actual !== undefined) message.actual = detail.actual;
      if (detail.expected !== undefined) message.expected = [detail.expected];
      if (detail.fix) offerFix(message, file, start, start + detail.fix.found.length, detail.fix.found, detail.fix.text);
    };
    const reading: Reading = { tree, file, source, index: treeIndex(tree), report };
    headingsWithoutSpace(reading);
    headingWordsBelow(reading);
    itemsWithoutSpace(reading);
    itemsRunTogether(reading);
    unclosedEmphasis(reading);
    skippingNumbers(reading);
    tableRows(reading);
    brokenLinks(reading);
    emptyItems(reading);
    blankFields(reading, options.kind);
  },
);

/** Text quoted in a message, cut to `shownLength`. */
const short = (text: string) => (text.length > shownLength ? `${text.slice(0, shownLength - 1)}…` : text);
/** Where the line holding `offset` ends (its line break, or the end of the source). */
function lineEnd(source: string, offset: number): number {
  let at = offset;
  while (at < source.length && source[at] !== '\n' && source[at] !== '\r') at++;
  return at;
}

/** Where the line holding `offset` starts. */
function lineStart(source: string, offset: number): number {
  let at = offset;
  while (at > 0 && source[at - 1] !== '\n' && source[at - 1] !== '\r') at--;
  return at;
}

/** `###Role summary`: the outline reads it as the title it was meant to be; GitHub shows hashes. */
function headingsWithoutSpace({ tree, source, report }: Reading): void {
  for (const { offset, hashes } of hashlessHeadings(tree, source)) {
    const end = lineEnd(source, offset);
    const line = source.slice(offset, end);
    const fixed = `${hashes} ${line.slice(hashes.length)}`;
    report(offset, end, 'headingSpace', { line: short(line), hashes, fixed: short(fixed) }, {
      actual: hashes,
      expected: `${hashes} `,
      fix: { found: hashes, text: `${hashes} ` },
    });
  }
}

/**
 * `#` over `PROFIL RECHERCHÉ`: a heading with no words, its words on the next line, as some site
 * editors save a heading (the outline reads the words as the heading meant).
 */
function headingWordsBelow({ source, index, report }: Reading): void {
  for (const at of index.of('heading')) {
    const heading = index.nodes[at] as Heading;
    const start = heading.position?.start.offset;
    const end = heading.position?.end.offset;
    if (start === undefined || end === undefined || toString(heading).trim() !== '') continue;
    const words = wordsOnNextLine(index, at);
    if (!words) continue;
    const hashes = '#'.repeat(heading.depth);
    report(start, end, 'headingWordsBelow', { hashes, words: short(words.text), fixed: short(`${hashes} ${words.text}`) }, { actual: source.slice(start, end) });
  }
}

/** A line of a paragraph that starts like a list item but for the space: `-Build dashboards`, `1.Review`. */
const markerLine = /^([ \t]*(?:>[ \t]?)*[ \t]*)([-*+]|\d{1,9}[.)])(?=\p{L}\p{L})/u;
const anyMarkerLine = /(?:^|\n)[ \t>]*(?:[-*+]|\d{1,9}[.)])\p{L}\p{L}/u;

/**
 * `-Item`, `*Item`, `1.Item`: a list item without the space after its marker is text (GitHub joins
 * it to the line above). Reported among real items (in a list item, or beside a list) or where
 * two such lines or more stand together and so read as a list.
 */
function itemsWithoutSpace({ source, index, report }: Reading): void {
  // Most documents hold no such line: one search of the source decides.
  if (!anyMarkerLine.test(source)) return;
  for (const at of index.of('paragraph')) {
    const node = index.nodes[at] as Paragraph;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const written = source.slice(start, end);
    if (!anyMarkerLine.test(written)) continue;
    const found: { offset: number; marker: string; line: string; edge: 'first' | 'last' | 'both' | undefined }[] = [];
    const lines = written.split('\n');
    let offset = start;
    for (const [k, line] of lines.entries()) {
      const m = markerLine.exec(line);
      if (m) {
        const markerAt = offset + m[1]!.length;
        const edge = lines.length === 1 ? 'both' : k === 0 ? 'first' : k === lines.length - 1 ? 'last' : undefined;
        // A `*` that opens emphasis is no marker: it must stand in the paragraph's plain text, on
        // a line that uses no other asterisk (`*Extracted from **the agenda** …`, italics never
        // closed, would be made a bullet by the fix).
        if (textAt(node, markerAt) && !(m[2] === '*' && line.includes('*', m[0].length))) found.push({ offset: markerAt, marker: m[2]!, line: line.slice(m[1]!.length).replace(/\r$/, ''), edge });
      }
      offset += line.length + 1;
    }
    if (found.length === 0) continue;
    if (found.length < 2 && !amongItems(source, index, at, found[0]!.marker, found[0]!.edge)) continue;
    for (const { offset: markerAt, marker, line } of found) {
      const fixed = `${marker} ${line.slice(marker.length)}`;
      report(markerAt, markerAt + line.length, node.position!.start.offset! < markerAt ? 'itemSpaceJoined' : 'itemSpace', { line: short(line), fixed: short(fixed) }, {
        actual: marker,
        expected: `${marker} `,
        fix: { found: marker, text: `${marker} ` },
      });
    }
  }
}

/** Whether the offset stands in a text node of the paragraph (not in emphasis, code or a link). */
function textAt(node: Paragraph, offset: number): boolean {
  return childAt(node.children, offset)?.type === 'text';
}

/**
 * The paragraph is in an item of a list of the marker's kind (`-` among `-` items, a number among
 * numbered ones), or the line is right against such a list: the first line of a paragraph after
 * it, or the last line of one before it (a line inside prose next to a list is prose).
 */
function amongItems(source: string, index: TreeIndex, at: number, marker: string, edge: 'first' | 'last' | 'both' | undefined): boolean {
  const sameKind = (list: { type: string; ordered?: boolean | null; position?: { start: { offset?: number } } } | undefined) => {
    if (list?.type !== 'list') return false;
    const written = source[list.position?.start.offset ?? -1] ?? '';
    return /\d/.test(marker) ? Boolean(list.ordered) : !list.ordered && written === marker;
  };
  const parent = index.nodes[index.parent(at)];
  if (parent?.type === 'listItem') return sameKind(index.nodes[index.parent(index.parent(at))]);
  if (edge === undefined) return false;
  return (edge !== 'last' && sameKind(index.nodes[previousSibling(index, at)])) || (edge !== 'first' && sameKind(index.nodes[nextSibling(index, at)]));
}

/** `…with partners.Contribute to open source`: two items on one line (document/run-together.ts). */
function itemsRunTogether({ tree, source, report }: Reading): void {
  for (const [item, breaks] of runTogetherItems(tree, source)) {
    let text: string | undefined;
    for (const { sourceAt, around, textAt } of breaks) {
      if (sourceAt === undefined) continue;
      const second = around.slice(around.search(/\p{Lu}/u));
      // An item of sentences before the break (`The Events Coordinator plans… extravaganzas.The
      // Events Coordinator works…`) lost a space between two of them, not a line between items.
      text ??= listItemText(item).text;
      const id = sentenceEnd.test(text.slice(0, textAt)) ? 'sentencesRunTogether' : 'runTogether';
      report(sourceAt, sourceAt + second.length, id, { around: short(around), second: short(second) }, {
        actual: around,
      });
    }
  }
}

/** A sentence's end and the next one's start, a space between. */
const sentenceEnd = /\p{Ll}[.!?]\s+\p{Lu}/u;

const whitespace = /\s/u;
const punctuation = /[\p{P}\p{S}]/u;

/** CommonMark's flanking rules for a delimiter run between `before` and `after` ('' at an edge). */
function flanking(before: string, after: string): { left: boolean; right: boolean } {
  const beforeSpace = before === '' || whitespace.test(before);
  const afterSpace = after === '' || whitespace.test(after);
  const left = !afterSpace && (!punctuation.test(after) || beforeSpace || punctuation.test(before));
  const right = !beforeSpace && (!punctuation.test(before) || afterSpace || punctuation.test(after));
  return { left, right };
}

/**
 * Emphasis marks left as text, which GitHub shows as written:
 * - `**Location* Washington`: opened with two marks and closed with one (or the reverse), so one
 *   mark is shown and the rest is italic;
 * - `**Important note: **Once`: bold whose closing marks have a space inside, so neither pair closes;
 *   or that close after punctuation right against a word (`**Join us.**Then`), which makes them open;
 * - `**Location Washington`, `Washington** today`: bold opened and never closed, or closed and never
 *   opened;
 * - `we value *ownership and trust`: italics opened in the middle of a line, before words, with no
 *   other `*` in the paragraph. A `*` at the start of a line or after a word (`*Full time only`,
 *   `Salary*`), opening a paragraph, an item, a cell or a sentence (a note's mark), before an
 *   address (`*.example.com`), between spaces (`5 * 3`) or as a wildcard (`*nix systems`) is no
 *   emphasis, nor
 *   are marks after a word where a line starts with them as a footnote's legend (`** Depends on
 *   experience`).
 */
/** A run of emphasis marks. */
const emphasisRun = /\*+|__+/g;

function unclosedEmphasis({ source, index, report }: Reading): void {
  if (!source.includes('*') && !source.includes('__')) return;
  // Literal runs of marks, by the paragraph, heading or cell they stand in.
  const byBlock = new Map<number, Run[]>();
  for (const at of index.of('text')) {
    const node = index.nodes[at] as Text;
    if (!node.value.includes('*') && !node.value.includes('__')) continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const block = blockOf(index, at);
    const runs = byBlock.get(block) ?? [];
    byBlock.set(block, runs);
    for (const m of matchesOf(emphasisRun, source.slice(start, end))) {
      const from: number = start + m.index;
      if (source[from - 1] === '\\') continue;
      runs.push({ from, to: from + m[0].length, marks: m[0], text: at, ...flanking(source[from - 1] ?? '', source[from + m[0].length] ?? '') });
    }
  }
  let legends: ReadonlySet<string> | undefined;
  for (const [block, runs] of byBlock) {
    const left = runs.filter((run) => !wrongCount(source, index, run, report));
    const doubles = left.filter((run) => run.marks.length === 2 && run.left !== run.right && (run.marks === '**' || !/[\p{L}\p{N}]/u.test(source[run.left ? run.from - 1 : run.to] ?? '')));
    for (let k = 0; k < doubles.length; k++) {
      const run = doubles[k]!;
      const pair = doubles[k + 1];
      if (run.left && pair && pair.marks === run.marks) {
        const shown = source.slice(run.from, pair.to);
        if (!shown.includes('\n')) {
          const inner = shown.slice(2, -2).trim();
          if (inner === shown.slice(2, -2)) {
            // No space inside: the closing marks follow punctuation and touch the next word (`**Join us.**Then`).
            const next = source.slice(pair.to, lineEnd(source, pair.to)).split(/\s/)[0]!;
            report(run.from, pair.to, 'closedAgainstWord', { shown: short(`${shown}${next}`), fixed: short(`${shown} ${next}`) }, { actual: shown, expected: `${shown} ` });
          } else {
            report(run.from, pair.to, 'spaceInsideMarks', { shown: short(shown), fixed: short(`${run.marks}${inner}${run.marks}`) }, { actual: shown, expected: `${run.marks}${inner}${run.marks}` });
          }
          k++;
          continue;
        }
      }
      if (run.left && !/[\p{L}\p{N}]/u.test(source[run.to] ?? '')) continue;
      // `Salary range**` over a line `** Depends on experience`: a footnote's mark, not bold.
      if (!run.left && (legends ??= footnoteMarks(source)).has(run.marks)) continue;
      // Marks that close nothing again in the same word (`reached**.**`): one slip, reported once, with the whole word.
      let to = run.to;
      while (!run.left && doubles[k + 1] && !doubles[k + 1]!.left && !/\s/.test(source.slice(to, doubles[k + 1]!.from))) to = doubles[++k]!.to;
      const word = run.left ? source.slice(run.from, lineEnd(source, run.from)).split(/\s/)[0]! : source.slice(lineStart(source, run.to), to).split(/\s/).at(-1)!;
      report(run.from, run.to, run.left ? 'boldNeverCloses' : 'boldNeverOpened', { word: short(word), marks: run.marks }, { actual: run.marks });
    }
    const stars = left.filter((run) => run.marks === '*');
    const single = stars[0];
    if (stars.length !== 1 || runs.some((run) => run.marks.includes('*') && run !== single) || !single!.left || single!.right) continue;
    if (!italicsMeant(source, single!.from, single!.to) || noteMark(source, index, block, single!.from) || starsElsewhere(source, index, block, single!.from)) continue;
    const word = source.slice(single!.from, lineEnd(source, single!.from)).split(/\s/)[0]!;
    if (wildcardWords.has(word.slice(1).replace(/\p{P}+$/u, '').toLowerCase())) continue;
    report(single!.from, single!.to, 'italicsNeverClose', { word: short(word) }, { actual: '*' });
  }
}

/** A line (or quoted line) opened by a run of `*` or `_` and a space. */
const markerOpeningItem = /(?:^|\n)[ \t>]*(\*+|__+)[ \t]+\S/g;

/** The marks that start a line followed by a space (`** Depends on experience`): the legends of footnotes they mark. */
function footnoteMarks(source: string): ReadonlySet<string> {
  const marks = new Set<string>();
  for (const m of matchesOf(markerOpeningItem, source)) marks.add(m[1]!);
  return marks;
}

interface Run {
  from: number;
  to: number;
  marks: string;
  /** The text node it stands in. */
  text: number;
  left: boolean;
  right: boolean;
}

const isEmphasis = (node: { type: string } | undefined) => node?.type === 'emphasis' || node?.type === 'strong';

/** The paragraph, heading or table cell a node stands in. */
function blockOf(index: TreeIndex, at: number): number {
  let block = index.parent(at);
  while (block > 0 && !['paragraph', 'heading', 'tableCell'].includes(index.nodes[block]!.type)) block = index.parent(block);
  return block;
}

/**
 * Marks right against emphasis of the same mark (`**Location* Washington`, `*Location** …`): the
 * counts did not match, so GitHub shows the extra marks and the rest in italics. Reported here.
 */
function wrongCount(source: string, index: TreeIndex, run: Run, report: Report): boolean {
  const mark = run.marks[0]!;
  const next = index.nodes[nextSibling(index, run.text)];
  const previous = index.nodes[previousSibling(index, run.text)];
  const bold = (shown: string) => short(`**${shown.replace(/^[*_]+|[*_]+$/g, '')}**`);
  if (isEmphasis(next) && next!.position?.start.offset === run.to && source[run.to] === mark) {
    const end = next!.position!.end.offset!;
    const shown = source.slice(run.from, end);
    report(run.from, end, 'moreMarksOpening', { shown: short(shown), marks: run.marks, bold: bold(shown) }, { actual: shown });
    return true;
  }
  if (isEmphasis(previous) && previous!.position?.end.offset === run.from && source[run.from - 1] === mark) {
    const start = previous!.position!.start.offset!;
    const shown = source.slice(start, run.to);
    report(start, run.to, 'moreMarksClosing', { shown: short(shown), marks: run.marks, bold: bold(shown) }, { actual: shown });
    return true;
  }
  return false;
}

/**
 * A lone `*` that reads as italics opened: in the middle of a line after a space, before a plain
 * word and more words on the line (`we value *ownership and trust`), not a footnote mark at the
 * start of a line or an address (`*.example.com`, `*istio.io`).
 */
function italicsMeant(source: string, from: number, to: number): boolean {
  if (!whitespace.test(source[from - 1] ?? '')) return false;
  let at = from - 1;
  while (at >= 0 && (source[at] === ' ' || source[at] === '\t')) at--;
  if (at < 0 || source[at] === '\n' || source[at] === '\r') return false;
  const rest = source.slice(to, lineEnd(source, to));
  const [first = '', ...others] = rest.split(/\s+/);
  return /^\p{L}+[,;:]?$/u.test(first) && others.filter((w) => /\p{L}/u.test(w)).length >= 1;
}

/**
 * A `*` that opens its paragraph, item or cell (`1. *Vendor relationship subject to change`), or a
 * sentence before a capital (`…available data. *We did review…`): a note's mark, as at a line's
 * start, not italics opened in the middle of a sentence.
 */
function noteMark(source: string, index: TreeIndex, block: number, at: number): boolean {
  if (index.nodes[block]?.position?.start.offset === at) return true;
  return /\p{Lu}/u.test(source[at + 1] ?? '') && /[.!?]["”’)]?[ \t]+$/u.test(source.slice(Math.max(0, at - 4), at));
}

/** Whether the block holds another `*` as written (in a link, code or HTML, say): a pair gone wrong elsewhere. */
function starsElsewhere(source: string, index: TreeIndex, block: number, at: number): boolean {
  const { start, end } = index.nodes[block]?.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return true;
  const written = source.slice(start.offset, end.offset);
  return written.indexOf('*') !== at - start.offset || written.lastIndexOf('*') !== at - start.offset;
}

/**
 * A numbered list whose numbers skip or repeat: GitHub numbers the items one by one from the first
 * number, whatever is written. A list numbered all `1.` (or all one number) is written so on
 * purpose, as far as it is. One finding where the count goes wrong, not on every item after it.
 */
/** How many items numbered alike open a list written all one number on purpose (two may be a slip). */
const minOneNumberRun = 3;

function skippingNumbers({ source, index, report }: Reading): void {
  for (const at of index.of('list')) {
    const list = index.nodes[at] as List;
    if (!list.ordered || list.children.length < 2) continue;
    const numbers = list.children.map((item) => {
      const offset = item.position?.start.offset;
      const digits = offset === undefined ? undefined : /^\d{1,9}/.exec(source.slice(offset, offset + 10))?.[0];
      return digits === undefined ? undefined : Number(digits);
    });
    if (numbers.some((n) => n === undefined) || numbers.every((n) => n === numbers[0])) continue;
    const first = numbers[0]!;
    // A list that opens with one number three times or more (`1. 1. 1.`) is numbered so on purpose
    // up to where it stops: only from there can a number be wrong.
    let run = 1;
    while (run < numbers.length && numbers[run] === first) run++;
    // ... and one that ends with one number three times or more (`0. 1. 1. 1.`, a contents list
    // numbered from 0, then the lazy way): GitHub counts on from where the run starts, as meant.
    let tail = numbers.length - 1;
    while (tail > 0 && numbers[tail - 1] === numbers[tail]) tail--;
    const end = numbers.length - tail >= minOneNumberRun ? tail + 1 : numbers.length;
    for (let i = run >= minOneNumberRun ? run : 1; i < end; i++) {
      const n = numbers[i]!;
      const before = numbers[i - 1]!;
      // In step with the number before it, or with the count from the first (`1. 2. 4. 4.`: the
      // second 4 is right once the first is): the count went wrong elsewhere, if at all.
      const shown = first + i;
      if (n === before + 1 || n === shown) continue;
      const offset = list.children[i]!.position!.start.offset!;
      const marker = /^\d+[.)]/.exec(source.slice(offset, offset + 12))![0];
      const expected = `${shown}${marker.slice(-1)}`;
      report(offset, offset + marker.length, n === before ? 'numberRepeats' : 'numberSkips', { marker, before: `${before}${marker.slice(-1)}`, first, shown, expected }, {
        actual: marker,
        expected,
      });
    }
  }
}

/**
 * A row whose first cell alone has content (`| **Landscape Ownership** |`, `Coding |`, `Average | | |`):
 * a label over the rows below it or a row left blank, shown as a full row of blank cells would be,
 * with no cell of content after it to shift.
 */
function labelAlone(row: Table['children'][number]): boolean {
  return row.children.slice(1).every((cell) => cell.children.length === 0);
}

/**
 * A table row with more cells than its header, which GitHub drops (remark-lint-no-hidden-table-cell
 * finds them), or fewer, which GitHub fills with empty cells: a row where a cell went missing
 * shifts its neighbours. Blank cells past the header's hide nothing. Blank cells written as `| |` are cells, and a row of blank cells only (a
 * spacer) shows the same whatever its count, as does a row of a label alone (a group's heading):
 * neither has a cell of content to shift.
 */
function tableRows({ tree, source, index, report }: Reading): void {
  if (index.of('table').length === 0) return;
  const hidden = new Set<number>();
  for (const message of runLintRule(remarkLintNoHiddenTableCell, undefined, tree, source)) {
    const row = message.ancestors?.at(-2);
    const offset = row?.position?.start.offset;
    if (offset !== undefined) hidden.add(offset);
  }
  for (const at of index.of('table')) {
    const table = index.nodes[at] as Table;
    const width = table.children[0]?.children.length ?? 0;
    // A table where half its rows or more end early writes its last columns only where it has
    // something for them (`| Infrastructure | [Quilt Meta](…)` under `| Team | Repositories | Notes`):
    // a style, not cells gone missing.
    const body = table.children.slice(1);
    const early = body.filter((row) => row.children.length < width && row.children.some((cell) => cell.children.length > 0) && !labelAlone(row)).length;
    const trailingOptional = early >= 2 && 2 * early >= body.length;
    for (const row of body) {
      const start = row.position?.start.offset;
      const end = row.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const cells = row.children.length;
      const dropped = hidden.has(start) ? row.children.slice(width).map((cell) => source.slice(cell.position!.start.offset!, cell.position!.end.offset!).replace(/^\|?\s*|\s*\|?\s*$/g, '')).filter((t) => t !== '') : [];
      // Blank cells past the header's (a row closed with `| |`) hide nothing.
      if (dropped.length > 0) {
        report(start, end, 'hiddenCells', { cells, width, dropped: ` (${dropped.map((d) => `\`${short(d)}\``).join(', ')})` }, { actual: `${cells}`, expected: `${width}` });
      } else if (!hidden.has(start) && !trailingOptional && cells < width && cells > 0 && row.children.some((cell) => cell.children.length > 0) && !labelAlone(row)) {
        // A row of blank cells (a spacer) shows the same however many it has: only one with
        // content can have lost a cell and shifted the rest.
        report(start, end, 'missingCells', { cells: cells === 1 ? '1 cell' : `${cells} cells`, width, columns: width - cells === 1 ? 'column' : `${width - cells} columns` }, { actual: `${cells}`, expected: `${width}` });
      }
    }
  }
}

/**
 * A link or image left as text: `[Apply here](` never closes its parenthesis, a destination with
 * a space in it, `[Apply here(https://…)` never closes its bracket; and a reference to a definition
 * the document lacks (`[Apply][form]`), from remark-lint-no-undefined-references, with shortcut
 * references (`[Name]`, a template's placeholder) allowed.
 */
/** A link or image that is not one: `[text](` whose address the parser did not take, or a bracket that runs into its address (`[Apply here(https://`) without closing. */
const linkOpening = /(!?)\[([^\][\n]*)\](\()|(!?)\[([^\][\n]*?)\((https?:\/\/|mailto:)/g;

function brokenLinks({ tree, file, source, index, report }: Reading): void {
  if (!source.includes('[')) return;
  for (const at of index.of('text')) {
    const node = index.nodes[at] as Text;
    if (!node.value.includes('[')) continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const written = source.slice(start, end);
    for (const m of matchesOf(linkOpening, written)) {
      const from = start + m.index;
      if (source[from - 1] === '\\') continue;
      const image = (m[1] ?? m[4]) === '!';
      const what = image ? 'image' : 'link';
      const rest = source.slice(from + m[0].length, lineEnd(source, from));
      if (m[3]) {
        // A site's template tag (`{% link page.md %}`, `https://s.apache.org/gsoc{{< year >}}`)
        // is filled in when the site is built: the space inside it is no space of the address.
        if (/^\s*\S*?\{[{%]/.test(rest)) continue;
        const close = rest.indexOf(')');
        const shown = close === -1 ? `${m[0]}${rest}` : `${m[0]}${rest.slice(0, close + 1)}`;
        const message = close !== -1 ? 'addressCannotBe' : closesOnLaterLine(source, from + m[0].length) ? 'addressOverLines' : 'parenthesisNeverCloses';
        report(from, from + shown.length, message, { shown: short(shown), what, fixed: short(`${m[1]}[${m[2]}](https://…)`) }, { actual: shown });
      } else {
        const close = rest.indexOf(')');
        const shown = close === -1 ? `${m[0]}${rest}` : `${m[0]}${rest.slice(0, close + 1)}`;
        const label = m[5]!.trim();
        report(from, from + shown.length, 'bracketNeverCloses', { shown: short(shown), what, fixed: short(`${m[4]}[${label}](${m[6]}…)`) }, { actual: shown });
      }
    }
  }
  // Only a full or collapsed reference (`][`) can refer to a missing definition once shortcuts are
  // allowed; a site's fragment (`_includes/roles/scribe.md`) refers to its including page's.
  if (!source.includes('][') || projectSegments(file).slice(0, -1).some((s) => fragmentFolders.includes(s))) return;
  // Definitions the source writes that the parser does not take: a site's template fills in the
  // address (`[editors]: {{ site.root_url }}/editors/`), and the lines after one are read as its
  // paragraph. The document has them: no reference to them lacks one.
  let written: ReadonlySet<string> | undefined;
  for (const message of runLintRule(remarkLintNoUndefinedReferences, { allowShortcutLink: true }, tree, source)) {
    const { start, end } = message.place && 'start' in message.place ? message.place : { start: undefined, end: undefined };
    if (start?.offset === undefined || end?.offset === undefined) continue;
    const shown = source.slice(start.offset, end.offset);
    const id = /`([^`]*)`\)/.exec(message.reason)?.[1] ?? '';
    written ??= new Set([...matchesOf(definitionLine, source)].map((m) => normaliseLabel(m[1]!)));
    if (written.has(normaliseLabel(id))) continue;
    report(start.offset, end.offset, 'undefinedReference', { shown: short(shown), id: short(id) }, { actual: shown });
  }
}

/** Whether a parenthesis opened at `at` closes on a later line of its paragraph (an address broken over lines). */
function closesOnLaterLine(source: string, at: number): boolean {
  const blank = /\n[ \t]*\n/.exec(source.slice(at));
  const paragraph = source.slice(at, blank ? at + blank.index : source.length);
  return /^[^()]*\)/.test(paragraph);
}

/** A line that writes a link definition, whether or not the parser takes it: `[label]: ` and something. */
const definitionLine = /^ {0,3}\[([^\]\n]+)\]:[ \t]*\S/gm;
/** A label as CommonMark matches it: case folded, white space collapsed. */
const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

const listOf = (index: TreeIndex, item: number) => index.nodes[index.parent(item)] as List;

/** An empty list item (`-` and nothing): GitHub shows a bullet with nothing after it. */
function emptyItems({ source, index, report }: Reading): void {
  for (const at of index.of('listItem')) {
    const item = index.nodes[at] as ListItem;
    if (item.children.length > 0) continue;
    const start = item.position?.start.offset;
    if (start === undefined) continue;
    const end = lineEnd(source, start);
    report(start, end, 'emptyItem', { what: listOf(index, at).ordered ? 'number' : 'bullet' }, { actual: source.slice(start, end) });
  }
}

/** A line of a form: a short label, a colon, and its value (or nothing). Marks around the label allowed. */
const fieldLine = /^(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(?:\*\*|__)?\s*(\p{Lu}[\p{L}\p{N} '’/&().-]*?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?[ \t]*(.*?)\s*$/u;
const quotePrefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
const anyBlankLabel = /:[ \t*_]*(?:\\|<br\s*\/?>)?[ \t]*$/m;

interface Field {
  label: string;
  value: string;
}

function readField(line: string): Field | undefined {
  if (!line.includes(':')) return undefined;
  const m = fieldLine.exec(line.replace(quotePrefix, ''));
  if (!m) return undefined;
  const label = m[1]!;
  const words = label.split(/\s+/).length;
  if (words > blankFieldLimits.labelWords || label.length > blankFieldLimits.labelLength || /[.]$/.test(label)) return undefined;
  // A hard break (`\`, `<br>`) or a bold mark closing after the colon is no value.
  const value = m[2]!.replace(/^(?:\*\*|__)|(?:\\|<br\s*\/?>|\*\*|__)$/gi, '').trim();
  return { label, value };
}

/**
 * `CLOSING DATE:` with nothing after it, among fields filled in (`LOCATION: Remote`), in a job post
 * that is a form (fields with short values): a template's field left blank. A label whose value is
 * on the next line (or indented under it), or that titles the list or text under it, is not blank:
 * only a label followed by another field, a heading, a rule or the end is. A form left blank as a
 * whole is shown for readers to copy (a reference check, an offer request), and other pages than
 * job posts show forms on purpose: neither is checked.
 */
function blankFields({ tree, file, source, index, report }: Reading, configured: DocumentKind | undefined): void {
  // One search of the source: no line ends in a short label's colon, no field is blank.
  if (!anyBlankLabel.test(source)) return;
  // The kind the engine decided for every rule that needs it; the plugin alone decides it here.
  const decided = !configured && file.data.kind ? file.data.kind : decideKind(tree, source, file, configured);
  if (decided.kind !== 'job-post') return;
  const candidates: { offset: number; line: string; label: string }[] = [];
  let valued = 0;
  // Field lines standing together (at most a blank line apart): one form.
  let group: { line: number; valued: boolean; blank?: { offset: number; line: string; label: string } }[] = [];
  const close = () => {
    // Labels before the group's first value title the fields under them (`Job details:` over
    // `Location: Remote`); a label left blank among values is a field.
    const first = group.findIndex((g) => g.valued);
    if (first !== -1) candidates.push(...group.slice(first).flatMap((g) => (g.blank ? [g.blank] : [])));
    group = [];
  };
  for (const at of index.of('paragraph')) {
    if (index.inside(at, 'tableCell')) continue;
    const node = index.nodes[at] as Paragraph;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const written = source.slice(start, end);
    if (!written.includes(':')) {
      close();
      continue;
    }
    const lines = written.split('\n');
    let offset = start;
    for (const [k, raw] of lines.entries()) {
      const line = raw.replace(/\r$/, '');
      const lineNumber = node.position!.start.line + k;
      const field = readField(line);
      // A sentence after a colon (`Step 8: The offer letter is generated …`) is no field's value.
      if (!field || field.value.length > blankFieldLimits.valueLength) close();
      else {
        if (group.length > 0 && group.at(-1)!.line < lineNumber - 2) close();
        if (field.value === '') {
          const next = k === lines.length - 1 ? nextAfter(source, index, at) : nextLine(lines[k + 1]!.replace(/\r$/, ''), indentAt(source, offset + line.length - line.trimStart().length));
          const label = line.replace(quotePrefix, '');
          group.push({ line: lineNumber, valued: false, ...(next === 'content' ? {} : { blank: { offset: offset + line.length - label.length, line: label, label: field.label } }) });
        } else {
          group.push({ line: lineNumber, valued: true });
          valued++;
        }
      }
      offset += raw.length + 1;
    }
  }
  close();
  if (valued < blankFieldLimits.formFields) return;
  for (const { offset, line, label } of candidates) {
    report(offset, offset + line.length, 'blankField', { line: short(line.trim()), label: short(label) }, { actual: line.trim() });
  }
}

/** The column of the first character of the line the offset is on that is not a space. */
function indentAt(source: string, offset: number): number {
  let at = offset;
  while (at > 0 && source[at - 1] !== '\n' && source[at - 1] !== '\r') at--;
  const lineStart = at;
  while (source[at] === ' ' || source[at] === '\t') at++;
  return at - lineStart;
}

/** What the line after a blank label is: another field, or its value (indented under it, or text). */
function nextLine(line: string, labelIndent: number): 'field' | 'content' {
  if (line.search(/\S|$/) > labelIndent) return 'content';
  return readField(line) ? 'field' : 'content';
}

/**
 * What follows a paragraph's last line: another field line, the end of a section (a heading, a rule,
 * the end of the document), or content (text, a list, a table, code): the label's value or body.
 */
function nextAfter(source: string, index: TreeIndex, at: number): 'field' | 'end' | 'content' {
  const parent = index.nodes[index.parent(at)];
  const node = index.nodes[at]!;
  const next = index.nodes[nextSibling(index, at)];
  // A label over its own list or block (in a list item, the nested list it hangs).
  if (next && next.type !== 'paragraph' && next.type !== 'heading' && next.type !== 'thematicBreak') return 'content';
  const end = node.position?.end.offset;
  if (end === undefined) return 'content';
  const line = nextNonBlankLine(source, end);
  if (line.trim() === '') return 'end';
  // A heading (with its space or without), or a rule.
  if (/^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}|(?:[-*_][ \t]*){3,}$)/.test(line)) return 'end';
  // A list after a label that is not itself an item: the label titles the list.
  if (parent?.type !== 'listItem' && /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/.test(line)) return 'content';
  return nextLine(line, indentAt(source, node.position!.start.offset!));
}

/** The first line after the one holding `offset` that holds more than spaces ('' at the end). */
function nextNonBlankLine(source: string, offset: number): string {
  let at = lineEnd(source, offset);
  while (at < source.length) {
    at += source[at] === '\r' && source[at + 1] === '\n' ? 2 : 1;
    const end = lineEnd(source, at);
    const line = source.slice(at, end);
    if (line.trim() !== '') return line;
    at = end;
  }
  return '';
}

type LintPlugin = (config: unknown) => ((tree: Root, file: VFile, next: () => void) => void) | undefined;

/** A remark-lint rule's messages on this tree (no second parse): its transformer runs at once. */
function runLintRule(plugin: unknown, options: unknown, tree: Root, source: string): VFileMessage[] {
  const scratch = new VFile({ value: source });
  (plugin as LintPlugin)(['on', options])?.(tree, scratch, () => undefined);
  return scratch.messages;
}

/**
 * How long a document would take to parse, estimated in one linear pass before the parser sees it.
 * micromark's cost grows with what a document is made of, not only its size: containers nested on
 * one line or left open over lazy lines cost with the square of their depth, inline marks in one
 * paragraph with the square of their number, and list items, footnotes, table cells and headings
 * each cost many bytes of prose (complexity.data.ts). A document whose estimate passes the budget
 * (as many bytes of plain text as `file-too-large` allows) is reported, naming what made it costly
 * and the line where the budget ran out, and is not parsed.
 */
import { wordProcessorBullets } from '../text/bullets.js';
import { constructCost as cost, maxNesting } from './complexity.data.js';

export interface TooComplex {
  line: number;
  /** What makes it costly, as a phrase: `50,000 list items and block quotes`, `block quotes nested 5,000 deep on one line`. */
  what: string;
  /** The estimate when the budget ran out, in bytes of plain text; undefined past the nesting limit. */
  cost?: number;
}

type Part = 'text' | 'marker' | 'nesting' | 'block' | 'heading' | 'setext' | 'inline' | 'paragraph' | 'footnote' | 'definition' | 'cell' | 'fence' | 'frontmatter';

/** How each part is named in a finding, from its count. */
const describe: Record<Part, (n: number, tally: Tally) => string> = {
  text: (n) => `${count(n)} characters of text`,
  marker: (n, t) => `${count(n)} ${t.quotes === 0 ? 'list items' : t.quotes === n ? 'block quotes' : 'list items and block quotes'}`,
  nesting: (_, t) => `lists or block quotes nested up to ${count(t.deepest)} deep, left open over ${count(t.lines)} lines`,
  block: (n) => `${count(n)} paragraphs and other blocks`,
  heading: (n) => `${count(n)} headings`,
  setext: (n) => `${count(n)} headings underlined with \`---\` or \`===\``,
  inline: (n) => `${count(n)} links, emphasis and other inline marks`,
  paragraph: (_, t) => `${count(t.mostMarks)} inline marks (links, emphasis, code) in one paragraph`,
  footnote: (n) => `${count(n)} footnotes and footnote references`,
  definition: (n) => `${count(n)} link definitions`,
  cell: (n) => `${count(n)} table cells`,
  fence: (n) => `${count(n)} code fences`,
  frontmatter: (n) => `${count(n)} frontmatter lines`,
};

interface Tally {
  costs: Record<Part, number>;
  counts: Record<Part, number>;
  /** Block quote markers, of the list item and block quote markers counted. */
  quotes: number;
  deepest: number;
  lines: number;
  mostMarks: number;
}

const isBullet = new Set(wordProcessorBullets);
const isMark = new Set('[]()*_`~<!\\&"');

/**
 * The first reason `text` is too complex to parse within `budget` (bytes of plain text), or
 * undefined. Stops at the line where the estimate passes the budget, so it costs at most a pass
 * over that much text.
 *
 * Long: one pass, line by line, over state that every step reads and writes (the containers open,
 * the marks since the last blank line, the running total against the budget); split, each part
 * would take and hand back all of it, on the path every hostile input goes through.
 */
export function tooComplex(text: string, budget: number): TooComplex | undefined {
  const parts = Object.keys(describe) as Part[];
  const tally: Tally = { costs: zeros(parts), counts: zeros(parts), quotes: 0, deepest: 0, lines: 0, mostMarks: 0 };
  let total = 0;
  const add = (part: Part, n: number, each: number) => {
    tally.counts[part] += n;
    tally.costs[part] += n * each;
    total += n * each;
  };
  const fence = /^(---|\+\+\+)[ \t]*(\r\n|\r|\n)/.exec(text)?.[1];
  let inFrontmatter = fence !== undefined;
  /** Nesting of the containers open above the current line. */
  let open = 0;
  let afterBlank = true;
  /** Inline marks in the current paragraph. */
  let marks = 0;
  let line = 1;
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    add('text', end - start + 1, 1);
    if (inFrontmatter) {
      add('frontmatter', 1, cost.frontmatterLine);
      if (line > 1 && text.slice(start, end).trimEnd() === fence) inFrontmatter = false;
    }

    // Container markers at the start of the line: block quotes and list items, and the indentation before them.
    let at = start;
    let lead = 0;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) lead += text[at++] === '\t' ? 4 : 1;
    let quotes = 0;
    let items = 0;
    for (;;) {
      while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
      const c = text[at];
      if (c === '>') {
        quotes++;
        at++;
        continue;
      }
      const after = listMarkerEnd(text, at, end);
      if (after === undefined) break;
      items++;
      at = after;
    }
    const markers = quotes + items;

    if (markers === 0 && at === end) {
      // A blank line: every open container is checked for whether it goes on.
      add('nesting', open, cost.openContainer);
      afterBlank = true;
      marks = 0;
    } else {
      const nesting = markers + (markers > 0 ? Math.floor(lead / 2) : 0);
      if (nesting > maxNesting) return { line, what: nestingPhrase(quotes, items, lead, nesting) };
      if (markers > 0) {
        add('marker', markers, cost.marker);
        tally.quotes += quotes;
        add('nesting', nesting * nesting, cost.depthSquared);
        open = nesting;
        marks = 0;
      } else {
        // At the margin after a blank line, every container has closed; otherwise each is checked again.
        if (afterBlank && lead === 0) open = 0;
        add('nesting', open, cost.openContainer);
      }
      if (open > tally.deepest) tally.deepest = open;
      if (open > 0) tally.lines++;
      const wasBlank = afterBlank;
      if (afterBlank) add('block', 1, cost.block);
      afterBlank = false;

      const c = text[at];
      if (c === '#') {
        add('heading', 1, cost.heading);
      } else if ((c === '=' || c === '-') && onlyChar(text, at, end, c)) {
        add('heading', 1, cost.heading);
        if (!wasBlank) add('setext', 1, (total - tally.costs.setext) * cost.setextPerCostBefore);
      } else if ((c === '`' || c === '~') && text[at + 1] === c && text[at + 2] === c) {
        add('fence', 1, cost.fence);
      }
      let sawClose = false;
      for (let k = at; k < end; k++) {
        const ch = text[k]!;
        if (ch === '|') {
          add('cell', 1, cost.tableCell);
        } else if (isMark.has(ch)) {
          marks++;
          if (marks > tally.mostMarks) tally.mostMarks = marks;
          add('inline', 1, cost.inlineMark);
          // marks² grows by 2·marks - 1 with each mark.
          add('paragraph', 2 * marks - 1, cost.inlineMarkSquared);
          if (ch === '[' && text[k + 1] === '^') add('footnote', 1, cost.footnote);
          if (ch === ']' && !sawClose && text[k + 1] === ':' && text[at] === '[' && text[at + 1] !== '^') add('definition', 1, cost.definition);
          if (ch === ']') sawClose = true;
        }
      }
    }
    if (total > budget) return { line, what: costliest(tally), cost: total };
    if (text[end] === '\r' && text[end + 1] === '\n') end++;
    start = end + 1;
    line++;
  }
  return undefined;
}

/** Where a list marker at `at` ends (past the space after it), or undefined when none starts there. */
function listMarkerEnd(text: string, at: number, end: number): number | undefined {
  const c = text[at];
  let next: number;
  if (c === '-' || c === '*' || c === '+' || (c !== undefined && isBullet.has(c))) {
    next = at + 1;
  } else {
    let k = at;
    while (k < end && k - at < 9 && text[k]! >= '0' && text[k]! <= '9') k++;
    if (k === at || (text[k] !== '.' && text[k] !== ')')) return undefined;
    next = k + 1;
  }
  if (next === end) return next;
  const after = text[next];
  return after === ' ' || after === '\t' || after === '\u00a0' ? next + 1 : undefined;
}

function onlyChar(text: string, at: number, end: number, c: string): boolean {
  let k = at;
  while (k < end && text[k] === c) k++;
  while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
  return k === end;
}

function nestingPhrase(quotes: number, items: number, lead: number, nesting: number): string {
  if (items === 1 && quotes === 0 && lead > 0) return `a list item indented ${count(lead)} columns (about ${count(nesting)} levels of nesting, more than ${maxNesting})`;
  const what = quotes === 0 ? 'list items' : items === 0 ? 'block quotes' : 'lists and block quotes';
  return `${what} nested ${count(nesting)} deep on one line (more than ${maxNesting})`;
}

/** The one or two parts that cost most, named with their counts. */
function costliest(tally: Tally): string {
  const ranked = (Object.keys(tally.costs) as Part[]).filter((p) => tally.costs[p] > 0).sort((a, b) => tally.costs[b] - tally.costs[a]);
  const [first, second] = ranked;
  const name = (p: Part) => describe[p](tally.counts[p], tally);
  // A second part is named only when it is a real share of the cost.
  return second !== undefined && second !== 'text' && tally.costs[second] > tally.costs[first!] / 3 ? `${name(first!)} and ${name(second)}` : name(first!);
}

function zeros(parts: readonly Part[]): Record<Part, number> {
  return Object.fromEntries(parts.map((p) => [p, 0])) as Record<Part, number>;
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

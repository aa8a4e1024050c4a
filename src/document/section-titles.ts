/**
 * The titles a document gives its sections, in document order: its Markdown headings, its HTML
 * headings (`<h2 id="duties">Duties</h2>`, as sites built from Markdown write some), and, under a
 * lone `# Title`, the lines that stand as section titles without being headings, as job posts
 * exported from an applicant-tracking system or a wiki write them: a top-level paragraph of one
 * line that is all bold or italic (`**Responsibilities**`, `**Requirements**:`), a line ending
 * in a colon just above a list (`What you'll do:`), or a numbered title line over its content
 * (`1. Responsibilities`, which Markdown reads as a list of one item). In HTML blocks, as posts
 * pasted from an applicant-tracking system's HTML have them, a line that is one heading element
 * or a collapsible section's `<summary>` is a heading and a line that is one bold run a title line. Where headings below the title make
 * the sections (anywhere, in a quote or a list too), a bold line is a topic inside one of them.
 * Titles are evidence that a section is there (and of the document's kind), never structure: the
 * other rules do not see them. A document with no heading at all has its title lines made
 * headings by parse/plain-structure.ts instead.
 */
import type { Heading, Html, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shownText } from '../text/html.js';
import { treeIndex } from './tree-index.js';
import { readsAsTitle } from '../text/title-line.js';

const maxLength = 80;
/** The longest bold line over a list read as its title: a profile's or a track's name with what it covers. */
const maxListTitleLength = 160;
/**
 * An HTML heading element opening a block, over one line or several (an accordion's
 * `<h3 class="…">` around a `<button>`), with its depth and content.
 */
const htmlHeading = /^<h([1-6])(?:\s[^>]*)?>((?:(?!<\/?h[1-6]\b)[\s\S])*)<\/h\1\s*>/i;
/**
 * A line of an HTML block that is one heading, one collapsible section's summary, one bold run or
 * one term of a definition list, alone or in its paragraph, div or details (`<p><strong>What
 * you'll do</strong></p>`, `<h3>Requirements</h3>`, `<details><summary>Leadership</summary>`,
 * `<dt>Ihre Aufgaben:</dt>` over its `<dd>`), as job posts pasted from an applicant-tracking
 * system's HTML and handbooks with collapsible sections write their titles.
 */
const htmlTitleLine =
  /^\s*(?:<(?:p|div|details)\b[^>]*>\s*)?<(h[1-6]|summary|strong|b|dt)(?:\s[^>]*)?>((?:(?!<\/?\1\b).)*)<\/\1\s*>\s*:?\s*(?:<\/(?:p|div)\s*>)?\s*$/i;
/** A summary titles its section as a heading does: at the depth of a section, below the page's title. */
const summaryDepth = 2;

/**
 * How a title is written: a Markdown heading, an HTML heading or summary, a bold line, a line
 * ending in a colon over a list, a numbered title line, a heading whose hashes lack their space
 * (`###Role summary`, a heading to Jekyll's kramdown, text to GitHub), a bare title line of a
 * paste, or a key of the frontmatter.
 */
export type TitleForm = 'heading' | 'html' | 'bold' | 'colon' | 'numbered' | 'hashless' | 'bare' | 'frontmatter';

export interface Title {
  text: string;
  form: TitleForm;
  depth?: number;
  /** Where the title starts in the document's text. */
  offset: number;
}

// required-sections asks twice for one tree (to decide the kind, then to match): read it once.
const byTree = new WeakMap<Root, readonly Title[]>();
const textsByTree = new WeakMap<Root, readonly string[]>();

/**
 * The titles that make a document's sections, as texts in document order: headings, HTML
 * headings, and under a lone `# Title` the bold, colon-ended and numbered title lines.
 */
export function sectionTitles(tree: Root): readonly string[] {
  let texts = textsByTree.get(tree);
  if (!texts) textsByTree.set(tree, (texts = structuralTitles(tree).map((t) => t.text)));
  return texts;
}

/** The same titles, with their form and place. */
export function structuralTitles(tree: Root): readonly Title[] {
  let titles = byTree.get(tree);
  if (!titles) byTree.set(tree, (titles = readTitles(tree)));
  return titles;
}

/**
 * An empty heading's words, where an editor put them on the line after its hashes (`#` over
 * `PROFIL RECHERCHÉ`): GitHub shows an empty heading and the words as a paragraph, and the writer
 * meant them as the heading (broken-markdown reports it).
 */
export function wordsOnNextLine(index: ReturnType<typeof treeIndex>, at: number): Title | undefined {
  const heading = index.nodes[at] as Heading;
  const next = index.end(at);
  const paragraph = index.nodes[next];
  if (paragraph?.type !== 'paragraph' || index.parent(next) !== index.parent(at) || paragraph.position?.start.line !== (heading.position?.end.line ?? 0) + 1) return undefined;
  const line = toString(paragraph).split('\n')[0]!.trim();
  return readsAsTitle(line) ? { text: line, form: 'heading', depth: heading.depth, offset: paragraph.position.start.offset ?? 0 } : undefined;
}

function readTitles(tree: Root): Title[] {
  const index = treeIndex(tree);
  const titles: Title[] = index.of('heading').map((at) => {
    const heading = index.nodes[at] as Heading;
    const text = toString(heading).trim();
    return (text === '' && wordsOnNextLine(index, at)) || { text, form: heading.data?.plainText ? 'bare' : 'heading', depth: heading.depth, offset: heading.position?.start.offset ?? 0 };
  });
  // Bold lines of HTML are titles only where headings do not make the sections (as bold paragraphs).
  const htmlBold: Title[] = [];
  for (const at of index.of('html')) {
    const node = index.nodes[at] as Html;
    const offset = node.position?.start.offset ?? 0;
    const match = htmlHeading.exec(node.value.trimStart());
    const heading = match ? shownText(match[2]!) : '';
    if (heading) titles.push({ text: heading, form: 'html', depth: Number(match![1]), offset });
    let lineOffset = offset;
    for (const line of node.value.split('\n')) {
      if (heading && lineOffset === offset) {
        lineOffset += line.length + 1;
        continue;
      }
      const title = htmlTitleLine.exec(line);
      const text = title ? shownText(title[2]!) : '';
      if (text && text.length <= maxLength) {
        const element = title![1]!.toLowerCase();
        const depth = element === 'summary' ? summaryDepth : element.startsWith('h') ? Number(element[1]) : undefined;
        (depth === undefined ? htmlBold : titles).push({ text, form: depth === undefined ? 'bold' : 'html', offset: lineOffset, ...(depth === undefined ? {} : { depth }) });
      }
      lineOffset += line.length + 1;
    }
  }
  // A lone title: headings there are, and every one is at depth 1. A document with no heading has
  // its Markdown title lines made headings by plain-structure, but not the bold lines of its HTML.
  if (titles.every((t) => t.depth === 1)) {
    if (titles.length > 0) titles.push(...labels(tree));
    titles.push(...htmlBold);
  }
  return titles.sort((a, b) => a.offset - b.offset);
}

/**
 * The labels of a document's tables: each header cell, and the first cell of each row below it.
 * A career ladder is often one table, its levels in columns and its dimensions in rows
 * (`| Leadership | Asks for help early | Mentors interns |`), or a level's expectations in a
 * two-column table under a heading `Expectations`. Such labels show a section is there, but
 * are no evidence of the document's kind: a handbook page may tabulate roles and duties.
 */
export function tableLabels(tree: Root): readonly string[] {
  const index = treeIndex(tree);
  const labels: string[] = [];
  for (const at of index.of('table')) {
    const [header, ...rows] = (index.nodes[at] as Table).children;
    for (const cell of [...(header?.children ?? []), ...rows.map((row) => row.children[0])]) {
      const text = cell ? toString(cell).trim() : '';
      if (text.length >= 2 && text.length <= maxLength) labels.push(text);
    }
  }
  return labels;
}

function labels(tree: Root): Title[] {
  return titleLines(tree.children);
}

/** The bold, colon-ended and numbered title lines among sibling nodes. */
export function titleLines(children: readonly RootContent[]): Title[] {
  const found: Title[] = [];
  children.forEach((node, i) => {
    const numbered = numberedTitle(node, children[i + 1]);
    if (numbered) found.push(numbered);
    if (node.type !== 'paragraph') return;
    if (node.position?.start.line !== node.position?.end.line) {
      const last = lastLineColon(node, children[i + 1]);
      if (last) found.push(last);
      return;
    }
    const html = htmlBold(node);
    const text = toString(node, { includeHtml: !html }).trim();
    // A bold line over a list titles it however long (`**Profile 4: Fullstack (Spring Boot + Angular) - …**`).
    const overList = (html || emphasised(node)) && aboveList(node, children[i + 1]);
    if (text.length < 2 || text.length > (overList ? maxListTitleLength : maxLength)) return;
    const offset = node.position?.start.offset ?? 0;
    if (html || emphasised(node)) found.push({ text, form: 'bold', offset });
    else if (text.endsWith(':') && aboveList(node, children[i + 1])) found.push({ text, form: 'colon', offset });
  });
  return found;
}

/** The most words of a title line with no colon at the end of a paragraph over a list. */
const maxBareTitleWords = 4;

/**
 * The last line of a paragraph of lines, where it ends in a colon over a list or another paragraph
 * (`Infrastructure: AWS` / `What you bring to the role:`, then the lines it names): a paste that
 * lost the blank line above its title.
 */
function lastLineColon(node: Paragraph, next: RootContent | undefined): Title | undefined {
  const tail = node.children.at(-1);
  if (tail?.type !== 'text' || tail.position?.end.offset === undefined || !node.children.every((c) => c.type === 'text')) return undefined;
  const line = tail.value.slice(tail.value.lastIndexOf('\n') + 1);
  const text = line.trim();
  const end = node.position?.end.line;
  const start = next?.position?.start.line;
  if (!tail.value.includes('\n') || end === undefined || start === undefined) return undefined;
  // Or a title of a few words with no colon right over a list, after a line that ends a sentence
  // (`… am Fachbereich Wirtschaft.` / `Arbeitsaufgaben` / `- Öffentlichkeitsarbeit`): the list
  // interrupts the paragraph the title was pasted into.
  const before = tail.value.slice(0, tail.value.lastIndexOf('\n')).trimEnd();
  if (!text.endsWith(':')) {
    const bare = next?.type === 'list' && start === end + 1 && /[.!?:]$/.test(before) && readsAsTitle(text) && text.split(/\s+/).length <= maxBareTitleWords;
    return bare ? { text, form: 'colon', offset: tail.position.end.offset - line.length + (line.length - line.trimStart().length) } : undefined;
  }
  // A title's words (`What you bring to the role:`), not the end of a wrapped sentence (`rates):`).
  if (!readsAsTitle(text.slice(0, -1)) || /:\s+\S/.test(text)) return undefined;
  if ((next?.type !== 'list' && next?.type !== 'paragraph') || start - end > 2) return undefined;
  return { text, form: 'colon', offset: tail.position.end.offset - line.length + (line.length - line.trimStart().length) };
}

/** An ordered list of one item that is one short line, with content after it: `2. Requirements` over bullets. */
function numberedTitle(node: RootContent, next: RootContent | undefined): Title | undefined {
  if (node.type !== 'list' || !node.ordered || node.children.length !== 1 || !next) return undefined;
  const [paragraph, ...more] = node.children[0]!.children;
  if (more.length > 0 || paragraph?.type !== 'paragraph' || paragraph.position?.start.line !== paragraph.position?.end.line) return undefined;
  const text = toString(paragraph).trim();
  return text.length >= 2 && text.length <= maxLength ? { text, form: 'numbered', offset: node.position?.start.offset ?? 0 } : undefined;
}

/** A line in HTML bold, as pastes from web pages keep it (`<strong>Vos missions</strong>`, `<b>Profile</b>:`). */
function htmlBold(node: Paragraph): boolean {
  const [open, ...rest] = node.children;
  if (open?.type !== 'html' || !/^<(?:strong|b)>$/i.test(open.value)) return false;
  const close = rest.findIndex((child) => child.type === 'html');
  const closing = rest[close];
  if (closing?.type !== 'html' || !/^<\/(?:strong|b)>$/i.test(closing.value) || close === 0) return false;
  return rest.slice(0, close).every((c) => c.type === 'text' || c.type === 'strong' || c.type === 'emphasis') && rest.slice(close + 1).every((c) => c.type === 'text' && /^[\s:]*$/.test(c.value));
}

/** All bold or italic, but for a colon or spaces outside the marks (`**Requirements**:`). */
function emphasised(node: Paragraph): boolean {
  const marked = (child: Paragraph['children'][number]) => child.type === 'strong' || child.type === 'emphasis';
  return node.children.some(marked) && node.children.every((child) => marked(child) || (child.type === 'text' && /^[\s:]*$/.test(child.value)));
}

/** The next node is a list, on the next line or after one blank line. */
function aboveList(node: Paragraph, next: RootContent | undefined): boolean {
  const end = node.position?.end.line;
  const start = next?.position?.start.line;
  return next?.type === 'list' && end !== undefined && start !== undefined && start - end <= 2;
}

/**
 * `duplicate-bullet`: a list item that repeats an earlier one in the same section, exactly (case,
 * punctuation and Markdown marks aside) or nearly (a spelling variant, a typo, a changed or missing
 * small word). The finding is on the later item and points at the first. A repeat under another
 * heading is left alone by default: a ladder level restating the level below, parallel sections
 * for different roles or grades, the same label-and-value bullet in each interview stage are
 * written that way on purpose; `scope: "document"` reports them too.
 */
import type { Link, List, ListItem, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { VFileMessage } from 'vfile-message';
import { createDuplicateIndex, differingWords, type DuplicateIndex, type DuplicateMatch } from '../text/duplicates.js';
import { htmlListItems, type HtmlListItem } from '../text/html.js';
import { normaliseText } from '../text/normalise.js';
import { defineRule } from './define.js';
import { verbatimStart } from '../document/html-source.js';
import { listItemText } from '../document/list-item-text.js';
import { outline } from '../document/outline.js';
import { runTogetherItems, type RunTogetherBreak } from '../document/run-together.js';
import { templateBranches, type TemplateBranches } from '../document/template-branches.js';
import { treeIndex, type TreeIndex } from '../document/tree-index.js';
import { isProfileLink } from '../document/name-places.js';
import { isTemplateFile } from '../document/place.js';
import { isPlaceholder } from '../document/section-body.js';
import { matchesOf } from '../core/matches.js';

export interface DuplicateBulletOptions {
  /** Least character similarity (0 to 1) for a near duplicate; 1 reports exact duplicates only. */
  threshold: number;
  /** Where a repeat is looked for: within the section a bullet stands in, or anywhere in the document. */
  scope: 'section' | 'document';
}

export const duplicateBullet = defineRule<DuplicateBulletOptions>(
  {
    id: 'duplicate-bullet',
    description: 'Disallow a bullet that repeats an earlier bullet of its section, exactly or nearly',
    defaultLevel: 'warning',
    defaults: { threshold: 0.9, scope: 'section' },
    tags: ['structure'], settings: { duplicateThreshold: 'threshold' },
    messages: {
      duplicate: '{{kind}}: this bullet duplicates the bullet on line {{line}}; {{advice}}',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 1, description: 'Least similarity (0 to 1) for a near duplicate; 1 reports exact duplicates only' },
        scope: { enum: ['section', 'document'], description: 'Where a repeat is looked for: the section the bullet stands in (default), or the whole document (a ladder restating levels, parallel sections for roles are then reported too)' },
      },
    },
  },
  (tree, file, options, say) => {
    if (!(options.threshold >= 0 && options.threshold <= 1)) {
      file.fail(`Unexpected \`threshold\` of \`${String(options.threshold)}\`, expected a number from 0 to 1`);
    }
    // A form to fill in repeats its slots (`* list item` twice) by design.
    if (isTemplateFile(file)) return;
    const source = String(file.value ?? '');
    const items = collectItems(tree, source);
    const indexes = new Map<string, DuplicateIndex<Position>>();
    let branches: TemplateBranches | undefined;
    for (const { text, compared, comparedNormal, position, scope: list, section, field } of items) {
      // Within a branch of a template's `{% if %}`: the page shows one branch of it.
      const branch = (branches ??= templateBranches(source)).branchAt(position.start.offset ?? 0);
      const scope = `${list ?? (options.scope === 'document' ? 'document' : (field ?? `section ${section}`))} ${branch}`;
      let index = indexes.get(scope);
      if (!index) indexes.set(scope, (index = createDuplicateIndex<Position>({ threshold: options.threshold })));
      const match = index.add(compared, position, comparedNormal);
      if (!match) continue;
      const line = match.first.start.line;
      const message = file.message(say('duplicate', { kind: kind(match), line, advice: advice(match) }), {
        place: position,
        cause: new VFileMessage('First occurrence', { place: match.first }),
      });
      message.actual = text.trim();
    }
  },
);

interface Item {
  text: string;
  /** The text compared: the item's words plus its link destinations. */
  compared: string;
  comparedNormal: string;
  /** Nested and one-word items are compared only within their list; others within the rule's scope. */
  scope: string | undefined;
  /**
   * A label and its value (`**Deadline:** August 31st`): within a section, compared within its list
   * (this one), as two postings' lists in one section give the same fields; across the document where
   * the scope is the document.
   */
  field?: string | undefined;
  position: Position;
  /** Offset of the title the item stands under (-1 before the first title). */
  section: number;
}

/**
 * The list items in document order with the section each stands in (under a title of any form).
 * - A label item whose content is its nested list ("Teamwork:" over bullets) is left out.
 * - A nested item's context is its parent item, as a heading's is its parent section: "Test
 *   coverage" under two different criteria is not a repeat. A one-word item is a name or a label
 *   ("Olaf", "Scheduling"). Both are compared only within their own list.
 * - Steps of a schedule (an item that opens with its duration or time) repeat on purpose.
 * - Two items run together on one line (document/run-together.ts) are two bullets.
 * - Link destinations count: "Service logs" linking to prod and to dev are two different bullets.
 * - The items of HTML lists (`<li>`, a post pasted as HTML) are bullets too, where the HTML block's
 *   value is its source as written, but not those in an HTML table's cells (text/html.ts); a
 *   one-word one is compared within its block. A Markdown list in an HTML table's cell (`<td
 *   markdown="1">`) is compared within its cell: the cells of a row are parallel columns.
 */
function collectItems(tree: Root, source: string): Item[] {
  const index = treeIndex(tree);
  // Sections start at every title, whatever its form: a heading, a bold line or a line ending in a
  // colon over a list (`**Reference #2**`, `Establishing the leads for a new group:`).
  // A sentence ending in a colon just above a list introduces it as a title would (`Here are the
  // questions we will discuss:`): a list of form fields and a list of questions are not one list.
  const titles = [...outline(tree, source).titles.filter((t) => t.form !== 'frontmatter').map((t) => t.offset), ...leadIns(index)].sort((a, b) => a - b);
  const items: Item[] = [];
  const runTogether = runTogetherItems(tree, source);
  let nextTitle = 0;
  let section = -1;
  let place: ReturnType<typeof location> | undefined;
  let tablesOpen = 0;
  // The HTML table cells opened so far: a Markdown list in a cell (`<td markdown="1">`, as kramdown
  // reads it) is that cell's, and a table's cells side by side are parallel columns (a level each).
  let cells = 0;
  // List items and HTML blocks in document order (positions in the index are in document order).
  const holders = index.of('html').length > 0 ? [...index.of('listItem'), ...index.of('html')].sort((a, b) => a - b) : index.of('listItem');
  for (const at of holders) {
    const node = index.nodes[at]!;
    const offset = node.position?.start.offset ?? 0;
    for (; nextTitle < titles.length && titles[nextTitle]! <= offset; nextTitle++) section = titles[nextTitle]!;
    if (node.type === 'html') {
      const start = verbatimStart(node, source);
      if (start === undefined) continue;
      const html = htmlListItems(node.value, tablesOpen);
      tablesOpen = html.tablesOpen;
      cells += node.value.match(cellStart)?.length ?? 0;
      // An HTML heading inside the block (`<h6>Relevant skills include:</h6>`) starts a section, as a Markdown title does.
      const headings = [...matchesOf(htmlHeading, node.value)].map((m) => start + m.index);
      items.push(...htmlItems(html.items, start, node.position!.start.line, (place ??= location(source)), section, headings));
      if (headings.length > 0) section = headings.at(-1)!;
      continue;
    }
    const item = node as ListItem;
    const { text, position } = listItemText(item);
    if (!position) continue;
    if (uncompared(item, text)) continue;
    const key = bulletKey(text);
    const nested = index.inside(at, 'listItem');
    const list = listId(index, at);
    const links = linkDestinations(index, at);
    // Compared within its list only: a checkbox (`- [ ] I deliver what's expected`; a self-assessment repeats its scale after
    // each statement), an entry of a person by the link to their profile (one maintainer in two projects' lists).
    const own = typeof item.checked === 'boolean' || links.some(isProfileLink);
    const scope = (nested || own || !key.includes(' ')) && list ? list : tablesOpen > 0 ? `cell ${cells}` : undefined;
    const breaks = runTogether.get(item);
    if (breaks) {
      // Two items run together on one line (`…with partners.Contribute to open source`): each is a bullet.
      for (const part of splitItem(text, position, breaks, (place ??= location(source)))) {
        const partKey = bulletKey(part.text);
        items.push({ text: part.text, compared: part.text, comparedNormal: partKey, scope: nested && list ? list : undefined, position: part.position, section });
      }
      continue;
    }
    const compared = links.length > 0 ? `${text} ${links.join(' ')}` : text;
    items.push({ text, compared, comparedNormal: links.length > 0 ? bulletKey(compared) : key, scope, position, section, field: labelValue.test(text) ? list : undefined });
  }
  return items;
}

/** The list an item stands in, by its start: items compared within their list are grouped by it. */
function listId(index: TreeIndex, item: number): string | undefined {
  const start = index.nodes[index.parent(item)]?.position?.start;
  return start && `list ${start.line}:${start.column}`;
}

/**
 * Items never compared: a label over its nested list (`Tools:`), a step of a schedule (`(45-60m)
 * Technical Interview`, `10:30 Break`: a schedule repeats a step on purpose, two technical
 * interviews, two breaks), an item a site template fills (templateTag), and a placeholder a
 * template leaves for the writer (`TBD` under each heading: empty-section reports the section).
 */
function uncompared(item: ListItem, text: string): boolean {
  return (item.children.some((child) => child.type === 'list') && /:\s*$/.test(text)) || scheduleStep.test(text) || templateTag.test(text) || isPlaceholder(text);
}

/** The items of an HTML block's lists (`<li>`) that starts at `start` on `line`, placed in the source, each in the section of the HTML heading before it (`headings`) or `before`; a one-word one compared within its block and section. */
function htmlItems(lis: readonly HtmlListItem[], start: number, line: number, place: ReturnType<typeof location>, before: number, headings: readonly number[]): Item[] {
  const items: Item[] = [];
  for (const li of lis) {
    if (templateTag.test(li.text)) continue;
    const from = place.toPoint(start + li.start);
    const to = place.toPoint(start + li.end);
    if (!from || !to) continue;
    const key = bulletKey(li.text);
    const section = headings.findLast((at) => at <= start + li.start) ?? before;
    items.push({ text: li.text, compared: li.text, comparedNormal: key, scope: key.includes(' ') ? undefined : `html ${line} ${section}`, position: { start: from, end: to }, section });
  }
  return items;
}

/**
 * A bullet as compared: its normalised words, and the marks that name a language with a letter
 * (`C++`, `C#`, `F#`), which normalising drops: `C` and `C++` are two bullets.
 */
function bulletKey(text: string): string {
  const key = normaliseText(text);
  const marks = /[\p{L}\p{N}][+#]/u.test(text) ? text.match(/[\p{L}\p{N}]+[+#]+/gu) : null;
  return marks ? `${key} ${marks.join(' ').toLowerCase()}` : key;
}

/** An HTML heading's start tag (`<h6 class="-dark">`). */
const htmlHeading = /<h[1-6](?=[\s>])/gi;

/** The start of an HTML table cell (`<td>`, `<th markdown="1">`). */
const cellStart = /<t[dh][\s>]/gi;

/**
 * A site template's tag (`{{ person.name }}`, `{% for … %}`): an item that holds one is filled when
 * the site is built, each loop and each page with its own data, so two such items are no repeat.
 */
const templateTag = /\{\{[^{}]*\}\}|\{%[^%]*%\}/;

/** An item that is a label of one to four words, a colon and its value (`How to apply: Application portal`, `Duration: 30 minutes`). */
const labelValue = /^[\p{L}][\p{L}\p{N}'’/&-]*(?: [\p{L}\p{N}'’/&-]+){0,3}:\s+\S/u;

const scheduleStep = /^(?:\(\d+(?:\s*[-–]\s*\d+)?\s*(?:m|min|mins|minutes|h|hr|hrs|hours)\)|\d{1,2}[:.]\d{2}\b)/i;

/** The parts of a run-together item, each with its text and place (the item's own where the source does not show the break). */
function splitItem(text: string, position: Position, breaks: readonly RunTogetherBreak[], place: ReturnType<typeof location>): { text: string; position: Position }[] {
  const parts: { text: string; position: Position }[] = [];
  let from = 0;
  let start = position.start;
  for (const { textAt, sourceAt } of breaks) {
    const at = sourceAt === undefined ? undefined : place.toPoint(sourceAt);
    parts.push({ text: text.slice(from, textAt).trim(), position: { start, end: at ?? position.end } });
    from = textAt;
    start = at ?? position.start;
  }
  parts.push({ text: text.slice(from).trim(), position: { start, end: position.end } });
  return parts;
}

/** Where the sentences that introduce a list start: a paragraph ending in a colon right before it, or any paragraph right before a list of one item. */
function leadIns(index: TreeIndex): number[] {
  const found: number[] = [];
  for (const at of index.of('list')) {
    const parent = index.nodes[index.parent(at)];
    if (!parent || !('children' in parent)) continue;
    const siblings = parent.children as readonly Nodes[];
    const previous = siblings[siblings.indexOf(index.nodes[at] as never) - 1];
    // A list of one item under a paragraph is a note on that paragraph (`[ ] Share the logs` over
    // `- _Link to the docs_`, a step of a checklist each): the paragraph heads it as a title would.
    const note = (index.nodes[at] as List).children.length === 1;
    if (previous?.type === 'paragraph' && (note || /:\s*$/.test(toString(previous))) && previous.position?.start.offset !== undefined) found.push(previous.position.start.offset);
  }
  return found;
}

/** The destinations of the links in an item's own content (a nested item's links are its own). */
function linkDestinations(index: TreeIndex, item: number): string[] {
  const urls: string[] = [];
  for (const at of index.within(item, 'link')) {
    let owner = index.parent(at);
    while (index.nodes[owner]!.type !== 'listItem') owner = index.parent(owner);
    if (owner === item) urls.push((index.nodes[at] as Link).url);
  }
  return urls;
}

const near = (match: DuplicateMatch<unknown>) => match.kind === 'spelling' || match.kind === 'near';

function kind(match: DuplicateMatch<unknown>): string {
  if (match.kind === 'identical') return 'Exact duplicate';
  if (match.kind === 'normalised') return 'Exact duplicate (apart from case and punctuation)';
  if (match.kind === 'reordered') return 'Near duplicate (the same words in another order)';
  return `Near duplicate (${match.kind === 'spelling' ? 'spelling variant ' : ''}${differingWords(match.words!)})`;
}

function advice(match: DuplicateMatch<unknown>): string {
  return near(match) ? 'merge them into one' : 'remove one of them';
}

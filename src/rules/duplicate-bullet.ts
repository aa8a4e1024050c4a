/**
 * `duplicate-bullet`: a list item that repeats an earlier one anywhere in the document, exactly
 * (case, punctuation and Markdown marks aside) or nearly (a spelling variant, a typo, a changed or
 * missing small word). The finding is on the later item and points at the first.
 */
import type { Link, ListItem, Root } from 'mdast';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { VFileMessage } from 'vfile-message';
import { createDuplicateIndex, differingWords, type DuplicateIndex, type DuplicateMatch } from '../text/duplicates.js';
import { htmlListItems } from '../text/html.js';
import { normaliseText } from '../text/normalise.js';
import { defineRule } from './define.js';
import { verbatimStart } from '../document/html-source.js';
import { listItemText } from '../document/list-item-text.js';
import { treeIndex, type TreeIndex } from '../document/tree-index.js';

export interface DuplicateBulletOptions {
  /** Least character similarity (0 to 1) for a near duplicate; 1 reports exact duplicates only. */
  threshold: number;
  /**
   * A bullet found in at least this many sections is the document's template (every role lists
   * its time commitment), not a slip, and is not reported; 0 reports every repeat.
   */
  templateSections: number;
}

export const duplicateBullet = defineRule<DuplicateBulletOptions>(
  {
    id: 'duplicate-bullet',
    description: 'Disallow a bullet that repeats an earlier bullet, exactly or nearly, anywhere in the document',
    defaultLevel: 'warning',
    defaults: { threshold: 0.9, templateSections: 3 },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 1, description: 'Least similarity (0 to 1) for a near duplicate; 1 reports exact duplicates only' },
        templateSections: { type: 'integer', minimum: 0, description: 'A bullet repeated in this many sections is a template, not a slip; 0 reports every repeat' },
      },
    },
  },
  (tree, file, options) => {
    if (!(options.threshold >= 0 && options.threshold <= 1)) {
      file.fail(`Unexpected \`threshold\` of \`${String(options.threshold)}\`, expected a number from 0 to 1`);
    }
    const items = collectItems(tree, String(file.value ?? ''));
    const templates = templateTexts(items, options.templateSections);
    const indexes = new Map<string, DuplicateIndex<Position>>();
    for (const { text, compared, comparedNormal, position, key, scope } of items) {
      if (templates.has(key)) continue;
      let index = indexes.get(scope);
      if (!index) indexes.set(scope, (index = createDuplicateIndex<Position>({ threshold: options.threshold })));
      const match = index.add(compared, position, comparedNormal);
      if (!match) continue;
      const line = match.first.start.line;
      const message = file.message(`${kind(match)}: this bullet duplicates the bullet on line ${line}; ${advice(match)}`, {
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
  key: string;
  /** Items are compared within one scope: the document, or for nested and one-word items their list. */
  scope: string;
  position: Position;
  /** Line of the heading the item stands under (0 before the first heading). */
  section: number;
}

/**
 * The list items in document order with the section each stands in.
 * - A label item whose content is its nested list ("Teamwork:" over bullets) is left out.
 * - A nested item's context is its parent item, as a heading's is its parent section: "Test
 *   coverage" under two different criteria is not a repeat. A one-word item is a name or a label
 *   ("Olaf", "Scheduling"). Both are compared only within their own list.
 * - Link destinations count: "Service logs" linking to prod and to dev are two different bullets.
 * - The items of HTML lists (`<li>`, a post pasted as HTML) are bullets too, where the HTML block's
 *   value is its source as written, but not those in an HTML table's cells (text/html.ts); a
 *   one-word one is compared within its block.
 */
function collectItems(tree: Root, source: string): Item[] {
  const index = treeIndex(tree);
  const headings = index.of('heading');
  const items: Item[] = [];
  let nextHeading = 0;
  let section = 0;
  let place: ReturnType<typeof location> | undefined;
  let tablesOpen = 0;
  // List items and HTML blocks in document order (positions in the index are in document order).
  const holders = index.of('html').length > 0 ? [...index.of('listItem'), ...index.of('html')].sort((a, b) => a - b) : index.of('listItem');
  for (const at of holders) {
    for (; nextHeading < headings.length && headings[nextHeading]! < at; nextHeading++) {
      section = index.nodes[headings[nextHeading]!]!.position?.start.line ?? section;
    }
    const node = index.nodes[at]!;
    if (node.type === 'html') {
      const start = verbatimStart(node, source);
      if (start === undefined) continue;
      const html = htmlListItems(node.value, tablesOpen);
      tablesOpen = html.tablesOpen;
      for (const li of html.items) {
        const from = (place ??= location(source)).toPoint(start + li.start);
        const to = place.toPoint(start + li.end);
        if (!from || !to) continue;
        const key = normaliseText(li.text);
        const scope = key.includes(' ') ? 'document' : `html ${node.position!.start.line}`;
        items.push({ text: li.text, compared: li.text, comparedNormal: key, key, scope, position: { start: from, end: to }, section });
      }
      continue;
    }
    const item = node as ListItem;
    const { text, position } = listItemText(item);
    if (!position) continue;
    if (item.children.some((child) => child.type === 'list') && /:\s*$/.test(text)) continue;
    const key = normaliseText(text);
    const nested = index.inside(at, 'listItem');
    const list = index.nodes[index.parent(at)]?.position?.start;
    const scope = (nested || !key.includes(' ')) && list ? `list ${list.line}:${list.column}` : 'document';
    const links = linkDestinations(index, at);
    const compared = links.length > 0 ? `${text} ${links.join(' ')}` : text;
    items.push({ text, compared, comparedNormal: links.length > 0 ? normaliseText(compared) : key, key, scope, position, section });
  }
  return items;
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

function templateTexts(items: readonly Item[], minSections: number): Set<string> {
  const sections = new Map<string, Set<number>>();
  for (const item of items) {
    let set = sections.get(item.key);
    if (!set) sections.set(item.key, (set = new Set()));
    set.add(item.section);
  }
  const templates = new Set<string>();
  if (minSections < 1) return templates;
  for (const [key, set] of sections) if (set.size >= minSections) templates.add(key);
  return templates;
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

import type { ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';

/** A list item's own text and place: its content without nested lists (those are items of their own). */
export function listItemText(item: ListItem): { text: string; position?: Position } {
  const own = item.children.filter((child) => child.type !== 'list');
  // HTML (a comment such as `<!-- rolelint-disable-line typo -->`, a `<br>`) is markup, not the item's words.
  const text = own.map((child) => toString(child, { includeHtml: false })).join(' ');
  const first = own[0]?.position;
  const last = own.at(-1)?.position;
  return first && last ? { text, position: { start: first.start, end: last.end } } : { text };
}

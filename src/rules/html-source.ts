import type { Html } from 'mdast';

/**
 * Where an HTML node starts in the file, when its value is its source as written, so that an
 * index into the value plus this offset is an offset into the file; undefined inside a quote or
 * a list item, whose markers and indentation parsing strips from the value.
 */
export function verbatimStart(node: Html, source: string): number | undefined {
  const start = node.position?.start.offset;
  return start !== undefined && source.startsWith(node.value, start) ? start : undefined;
}

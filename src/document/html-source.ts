import type { Html } from 'mdast';
import { wordProcessorBullets } from '../text/bullets.js';

/**
 * Where an HTML node starts in the file, when its value is its source as written, so that an
 * index into the value plus this offset is an offset into the file; undefined inside a quote or
 * a list item, whose markers and indentation parsing strips from the value. A word-processor
 * bullet (`•`) that parsing read as `-` keeps every offset, so it does not count as a difference.
 */
export function verbatimStart(node: Html, source: string): number | undefined {
  const start = node.position?.start.offset;
  if (start === undefined) return undefined;
  if (source.startsWith(node.value, start)) return start;
  const { value } = node;
  if (node.position?.end.offset !== start + value.length) return undefined;
  for (let i = 0; i < value.length; i++) {
    const written = source[start + i]!;
    if (value[i] !== written && !(value[i] === '-' && wordProcessorBullets.includes(written))) return undefined;
  }
  return start;
}

/**
 * Finding a node's neighbours without scanning a parent's children, which a long paragraph or a
 * long list makes quadratic when asked once a line or once an item.
 */
import type { Nodes } from 'mdast';
import type { TreeIndex } from './tree-index.js';

/** The child of `parent` whose source holds `offset` (binary search: children stand in source order), or undefined. */
export function childAt<Child extends Nodes>(children: readonly Child[], offset: number): Child | undefined {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { start, end } = children[middle]!.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return undefined;
    if (offset < start.offset) high = middle - 1;
    else if (offset >= end.offset) low = middle + 1;
    else return children[middle];
  }
  return undefined;
}

/** The position in `index.nodes` of the node's next sibling, or -1. */
export function nextSibling(index: TreeIndex, at: number): number {
  const next = index.end(at);
  return next < index.nodes.length && index.parent(next) === index.parent(at) ? next : -1;
}

/** The position in `index.nodes` of the node's previous sibling, or -1: the ancestor of the node before it that shares its parent. */
export function previousSibling(index: TreeIndex, at: number): number {
  const parent = index.parent(at);
  if (at - 1 <= parent) return -1;
  let before = at - 1;
  while (index.parent(before) !== parent) before = index.parent(before);
  return before;
}

/**
 * One walk of a document's tree, shared by every rule that runs on it. Rules ask for the nodes of
 * a type (in document order), a node's parent, whether it sits inside a node of some type, and
 * the nodes of a type inside another node. Each walk with unist-util-visit-parents was ~40 ms per
 * 268 corpus documents (a closure and an ancestor array per node), as much as some rules' own work.
 *
 * Sharing needs a tree that no longer changes. The engine says so (`shareTreeIndex`) once the
 * document is parsed, and then five rules cost one walk. A rule run in someone else's pipeline,
 * where a transformer may change the tree between two rules, gets a fresh index each time.
 */
import type { Definition, Nodes, Root } from 'mdast';

export interface TreeIndex {
  /** Every node in document order (pre-order): a node comes before its descendants. */
  readonly nodes: readonly Nodes[];
  /** Nodes of a type, as positions in `nodes`, ascending. */
  of(type: Nodes['type']): readonly number[];
  /** The position of a node's parent in `nodes` (-1 for the root). */
  parent(at: number): number;
  /** Whether a node has an ancestor of this type. */
  inside(at: number, type: Nodes['type']): boolean;
  /** The position after a node's last descendant: its subtree is `at` up to (not including) `end(at)`. */
  end(at: number): number;
  /** Nodes of a type inside the node at `at`, as positions in `nodes`. */
  within(at: number, type: Nodes['type']): readonly number[];
}

const shared = new WeakMap<Root, TreeIndex>();

/** The tree's shared index if its owner declared it final, else a fresh one. */
export function treeIndex(tree: Root): TreeIndex {
  return shared.get(tree) ?? indexTree(tree);
}

/** Declares a tree final (no plugin will change it any more): its rules share one index. */
export function shareTreeIndex(tree: Root): void {
  if (!shared.has(tree)) shared.set(tree, indexTree(tree));
}

/** A fresh index of the tree as it is now. */
export function indexTree(tree: Root): TreeIndex {
  const nodes: Nodes[] = [];
  const parents: number[] = [];
  const ends: number[] = [];
  const byType = new Map<string, number[]>();
  // Iterative pre-order walk: each stack entry is a node's position and the next child to visit.
  const stack: [at: number, child: number][] = [];
  const enter = (node: Nodes, parent: number) => {
    const at = nodes.length;
    nodes.push(node);
    parents.push(parent);
    ends.push(at + 1);
    const list = byType.get(node.type);
    if (list) list.push(at);
    else byType.set(node.type, [at]);
    if ('children' in node && node.children.length > 0) stack.push([at, 0]);
  };
  enter(tree, -1);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const children = (nodes[top[0]] as Extract<Nodes, { children: unknown }>).children as Nodes[];
    if (top[1] < children.length) {
      enter(children[top[1]++]!, top[0]);
    } else {
      ends[top[0]] = nodes.length;
      stack.pop();
    }
  }

  const none: readonly number[] = [];
  const of = (type: string) => byType.get(type) ?? none;
  return {
    nodes,
    of,
    parent: (at) => parents[at] ?? -1,
    inside(at, type) {
      for (let p = parents[at]!; p !== -1; p = parents[p]!) if (nodes[p]!.type === type) return true;
      return false;
    },
    end: (at) => ends[at]!,
    within(at, type) {
      const list = of(type);
      const from = firstAbove(list, at);
      let to = from;
      while (to < list.length && list[to]! < ends[at]!) to++;
      return from === to ? none : list.slice(from, to);
    },
  };
}

/** The first place in an ascending list holding a value above `value`. */
function firstAbove(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The document's link definitions by identifier (the first wins, as in CommonMark). */
export function definitionsOf(index: TreeIndex): ReadonlyMap<string, string> {
  const byId = new Map<string, string>();
  for (const at of index.of('definition')) {
    const { identifier, url } = index.nodes[at] as Definition;
    if (!byId.has(identifier)) byId.set(identifier, url);
  }
  return byId;
}

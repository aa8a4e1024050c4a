/**
 * Sections a document repeats as a group, one group for each of several things it describes
 * (`### Required qualifications`, `### Preferred qualifications`, `### How to apply` under each of
 * three posts whose titles are written in HTML, or in no heading at all): the same two sibling
 * headings or more, in the same order, under the same parent, each time over different texts; or
 * a heading written after each of several items' headings at their depth (afterEachItem). A
 * group pasted twice has the same text under its headings both times, and is no such group.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TreeIndex } from './tree-index.js';

interface Sibling {
  at: number;
  title: string;
  body: string;
}

/** The headings (by their place in the index) that repeat an earlier one as part of such a group. */
export function repeatedGroups(index: TreeIndex, source: string): ReadonlySet<number> {
  const headings = index.of('heading').filter((at) => !index.inside(at, 'blockquote') && index.nodes[at]!.position !== undefined);
  // The siblings of each parent: the headings of one depth after the same heading of a lower one.
  const families = new Map<string, Sibling[]>();
  const open: number[] = [];
  headings.forEach((at, k) => {
    const heading = index.nodes[at] as Heading;
    open.length = heading.depth;
    const parent = open.findLast((p) => p !== undefined) ?? -1;
    open[heading.depth] = at;
    const end = heading.position!.end.offset ?? 0;
    const next = k + 1 < headings.length ? (index.nodes[headings[k + 1]!]!.position!.start.offset ?? source.length) : source.length;
    const key = `${parent} ${heading.depth}`;
    const family = families.get(key) ?? [];
    family.push({ at, title: toString(heading).trim().toLowerCase().replace(/\s+/g, ' '), body: source.slice(end, next).trim() });
    families.set(key, family);
  });
  const repeated = new Set<number>();
  for (const family of families.values()) {
    for (const at of afterEachItem(family)) repeated.add(at);
    for (let j = 2; j < family.length; j++) {
      for (let i = 0; i + 1 < j; i++) {
        if (family[i]!.title !== family[j]!.title || family[i]!.body === family[j]!.body) continue;
        // The heading after (or before) each is the same too, and another: a group of sections, repeated.
        const after = j + 1 < family.length && sameOther(family[i]!, family[i + 1]!, family[j + 1]!);
        const before = i > 0 && sameOther(family[i]!, family[i - 1]!, family[j - 1]!);
        if (after || before) {
          repeated.add(family[j]!.at);
          break;
        }
      }
    }
  }
  return repeated;
}

/** The fewest times a heading recurs after each of several items' headings to be one of each item's sections. */
const minItemSections = 3;

/**
 * The later ones of a heading that recurs three times or more, each right after a heading of
 * another title and each time another (`### Matrix – Strategy`, `### Artifacts Required`, `###
 * Matrix – Quality`, `### Artifacts Required`, …), over different texts: each item's own section,
 * its heading written at the item's depth. A section written twice by mistake seldom recurs so.
 */
function afterEachItem(family: readonly Sibling[]): number[] {
  const byTitle = new Map<string, number[]>();
  family.forEach((sibling, k) => byTitle.set(sibling.title, [...(byTitle.get(sibling.title) ?? []), k]));
  const later: number[] = [];
  for (const [title, places] of byTitle) {
    if (places.length < minItemSections || places[0] === 0) continue;
    const items = places.map((k) => family[k - 1]!);
    const bodies = new Set(places.map((k) => family[k]!.body));
    if (items.every((item) => item.title !== title) && new Set(items.map((item) => item.title)).size === items.length && bodies.size === places.length) later.push(...places.slice(1).map((k) => family[k]!.at));
  }
  return later;
}

/** Whether two neighbours of a repeated heading have the same title as each other and another than it, over different texts. */
function sameOther(heading: Sibling, first: Sibling, second: Sibling): boolean {
  return first.title === second.title && first.title !== heading.title && first.body !== second.body;
}

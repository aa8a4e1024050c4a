/**
 * Headings that number the parts of a document at one level (`## Parte 1 - Validação de fluxo
 * web`, `## Parte 2 - Validação de endpoints`; `## Step 1`, `## Day 2`, `## 1. Setup`): each opens a
 * part, and the headings of its level that follow it, up to the next part, are that part's
 * sections, however flat the page writes them. A series is two headings or more of one depth, the
 * same word before the number (or none), numbered differently, one of them 1.
 */
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TreeIndex } from './tree-index.js';

/** A part's number at the start of a heading, after one word or none (`Parte 1 -`, `Step 2:`, `3.`); not a year (`2024 goals`). */
const partNumber = /^(?:(\p{L}+)\s+)?(\d{1,2})(?=[\s.:)–—-]|$)/u;

/** The heading nodes (by their place in the index) that open a numbered part. */
export function numberedParts(index: TreeIndex): ReadonlySet<number> {
  const series = new Map<string, { at: number; number: number }[]>();
  for (const at of index.of('heading')) {
    const match = partNumber.exec(toString(index.nodes[at]!).trim());
    if (!match) continue;
    const key = `${(index.nodes[at] as Heading).depth} ${match[1]?.toLowerCase() ?? ''}`;
    const parts = series.get(key) ?? [];
    parts.push({ at, number: Number(match[2]) });
    series.set(key, parts);
  }
  const parts = new Set<number>();
  for (const found of series.values()) {
    const numbers = new Set(found.map((p) => p.number));
    if (numbers.size >= 2 && numbers.has(1)) for (const { at } of found) parts.add(at);
  }
  return parts;
}

/**
 * What rules that see more than one document read of each: the document as plain data (its
 * outline with lines, its frontmatter, its kind, what its inline comments turn off), small enough
 * to send from a worker thread to the run's parent, where those rules run once over all documents.
 */
import type { Link, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { location } from 'vfile-location';
import type { ControlState } from '../core/types.js';
import type { KindDecision } from './document-kind.js';
import { frontmatterBlock, frontmatterFields } from './frontmatter-block.js';
import { outline } from './outline.js';
import { roleTitle } from './section-needs.js';
import { treeIndex } from './tree-index.js';

export interface ModelTitle {
  text: string;
  /** A heading's level; absent for titles of other forms (a bold line, a frontmatter key). */
  depth?: number;
  line: number;
}

export interface FrontmatterKey {
  key: string;
  /** The value written on the key's line, unquoted ('' where it continues below). */
  value: string;
  indent: number;
  line: number;
}

export interface DocumentModel {
  /** The path as the caller gave it, as findings report it. */
  path: string;
  /** The role's title: the first top-level heading, else the frontmatter's title, else the first heading. */
  title: string;
  kind?: KindDecision;
  titles: ModelTitle[];
  /** Lists (Markdown, HTML and frontmatter lists), each under the title it stands under. */
  lists: { title?: ModelTitle; items: string[]; line: number }[];
  paragraphs: { title?: ModelTitle; text: string; line: number }[];
  /** Where the body's links point, by line (a passage's words and where it sends the reader are what it says). */
  links?: { line: number; url: string }[];
  /** Markdown tables, each row's cells as text (the first row is the header). */
  tables: { line: number; rows: { line: number; cells: string[] }[] }[];
  /** The frontmatter's data, where it parses to a mapping. */
  frontmatter: Record<string, unknown>;
  /** Each `key: value` line of the frontmatter (nested ones too, `- name: x` as `name`), where findings on a key go. */
  frontmatterKeys: FrontmatterKey[];
  /** The frontmatter block's last line (0 without one): lists and paragraphs after it are the body's. */
  frontmatterEnd: number;
  /** What the document's inline comments turn off, for findings made after it was linted. */
  control: ControlState;
}

export function documentModel(tree: Root, source: string, path: string, control: ControlState, kind?: KindDecision): DocumentModel {
  const place = location(source);
  const lineOf = (offset: number) => place.toPoint(offset)?.line ?? 1;
  const titleOf = (t: { text: string; depth?: number; offset: number } | undefined): ModelTitle | undefined =>
    t && { text: t.text, ...(t.depth === undefined ? {} : { depth: t.depth }), line: lineOf(t.offset) };
  const doc = outline(tree, source);
  const under = <T extends { title: Parameters<typeof titleOf>[0] }>(x: T) => {
    const title = titleOf(x.title);
    return title ? { title } : {};
  };
  return {
    path,
    title: roleTitle(tree),
    ...(kind ? { kind } : {}),
    titles: doc.titles.map((t) => titleOf(t)!),
    lists: doc.lists.map((l) => ({ ...under(l), items: [...l.items], line: lineOf(l.offset) })),
    paragraphs: doc.paragraphs.map((p) => ({ ...under(p), text: p.text, line: lineOf(p.offset) })),
    links: linksOf(tree),
    tables: tablesOf(tree),
    frontmatter: frontmatterFields(tree).data,
    ...frontmatterLines(tree),
    control,
  };
}

function linksOf(tree: Root): NonNullable<DocumentModel['links']> {
  const index = treeIndex(tree);
  return index.of('link').map((at) => ({ line: index.nodes[at]!.position?.start.line ?? 1, url: (index.nodes[at] as Link).url }));
}

function tablesOf(tree: Root): DocumentModel['tables'] {
  const index = treeIndex(tree);
  return index.of('table').map((at) => {
    const table = index.nodes[at] as Table;
    const rows = table.children.map((row) => ({ line: row.position?.start.line ?? 1, cells: row.children.map((cell) => toString(cell).trim()) }));
    return { line: table.position?.start.line ?? 1, rows };
  });
}

const keyLine = /^(\s*)(?:-\s+)?["']?([\w][\w .-]*?)["']?\s*[:=]\s*(.*)$/;

/** The frontmatter's key lines and its last line: plain data, one pass over the block's lines. */
function frontmatterLines(tree: Root): { frontmatterKeys: FrontmatterKey[]; frontmatterEnd: number } {
  const block = frontmatterBlock(tree);
  if (!block?.position) return { frontmatterKeys: [], frontmatterEnd: 0 };
  const first = block.position.start.line + 1;
  const frontmatterKeys: FrontmatterKey[] = [];
  block.value.split(/\r\n|\r|\n/).forEach((text, i) => {
    const m = keyLine.exec(text);
    if (m) frontmatterKeys.push({ key: m[2]!, value: m[3]!.trim().replace(/^(["'])(.*)\1$/, '$2'), indent: m[1]!.length, line: first + i });
  });
  return { frontmatterKeys, frontmatterEnd: block.position.end.line };
}

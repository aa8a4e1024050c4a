/** Where rules find a document's frontmatter: YAML (`---`), TOML (`+++`) or JSON (`{`), parsed by the engine. */
import type { Json, Root, Toml, Yaml } from 'mdast';

/** A frontmatter block of any of the three languages. */
export type FrontmatterNode = Yaml | Toml | Json;

/** The frontmatter block; remark-frontmatter only ever makes it the document's first node. */
export function frontmatterBlock(tree: Root): FrontmatterNode | undefined {
  const first = tree.children[0];
  return first?.type === 'yaml' || first?.type === 'toml' || first?.type === 'json' ? first : undefined;
}

/** The line of a top-level key (`title: …` in YAML, `title = …` in TOML, `"title": …` in JSON): its index in the block and its text. */
export function keyLine(block: FrontmatterNode, key: string): { index: number; text: string } | undefined {
  const separator = block.type === 'toml' ? '=' : ':';
  const pattern = new RegExp(`^${block.type === 'json' ? '\\s*' : ''}"?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?\\s*${separator}`);
  const lines = block.value.split(/\r\n|\r|\n/);
  const index = lines.findIndex((line) => pattern.test(line));
  return index >= 0 ? { index, text: lines[index]! } : undefined;
}

/** A `key: value` line of each language, as a block that fails to parse is read. */
const linePattern = {
  yaml: /^([A-Za-z_][\w -]*?)\s*:\s*(.*)$/,
  toml: /^"?([A-Za-z_][\w-]*)"?\s*=\s*(.*)$/,
  json: /^\s*"([A-Za-z_][\w -]*)"\s*:\s*(.*?),?\s*$/,
} as const;

/**
 * The frontmatter's top-level data, and whether it had to be read line by line: frontmatter that
 * fails to parse still says its `title:` and `kind:` on lines that can be read, and a document's
 * kind should not turn on a stray colon further down.
 */
export function frontmatterFields(tree: Root): { data: Record<string, unknown>; broken: boolean } {
  const block = frontmatterBlock(tree);
  const parsed = block?.data?.frontmatter?.data;
  if (!block || parsed) return { data: parsed ?? {}, broken: false };
  const data: Record<string, unknown> = {};
  const pattern = linePattern[block.type];
  for (const line of block.value.split(/\r\n|\r|\n/)) {
    const m = pattern.exec(line);
    if (!m || m[1]! in data) continue;
    const value = m[2]!.trim().replace(/\s+#.*$/, '');
    data[m[1]!] = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  }
  return { data, broken: true };
}

/**
 * The frontmatter as data with where its text starts and ends: the block, or the lines above a
 * closing `---` whose opening fence was lost (`unopenedFrontmatter`), read line by line, as the
 * author meant them.
 */
export function frontmatterRegion(tree: Root, source: string): { data: Record<string, unknown>; content: number; end: number } | undefined {
  const block = frontmatterBlock(tree);
  const blockStart = block?.position?.start.offset;
  if (block && blockStart !== undefined) {
    const firstBreak = /\r\n|\r|\n/.exec(source.slice(blockStart));
    const content = firstBreak ? blockStart + firstBreak.index + firstBreak[0].length : blockStart;
    return { data: frontmatterFields(tree).data, content, end: block.position!.end.offset ?? content };
  }
  const unopened = tree.data?.unopenedFrontmatter;
  if (!unopened) return undefined;
  let end = 0;
  for (let line = 1; line < unopened.line; line++) end = source.indexOf('\n', end) + 1;
  const data: Record<string, unknown> = {};
  for (const line of source.slice(0, end).split(/\r\n|\r|\n/)) {
    const m = /^([\w-][\w .-]*?)[ \t]*:[ \t]*(.*?)\s*$/.exec(line);
    if (!m || m[1]! in data) continue;
    const value = m[2]!.replace(/\s+#.*$/, '');
    data[m[1]!] = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  }
  const fenceEnd = source.indexOf('\n', end);
  return { data, content: 0, end: fenceEnd < 0 ? source.length : fenceEnd };
}

/**
 * What a page built from the frontmatter shows as text: a job post or a ladder level kept as data
 * (`duties:`, `topics:` lists, a `summary:`), strings of four words or more, and the items of its
 * lists of three words or more. Frontmatter that does not parse is read line by line, without its
 * comments and `key:` and `-` marks.
 */
export function frontmatterText(block: FrontmatterNode | undefined): FrontmatterText {
  if (!block) return noText;
  let found = textByBlock.get(block);
  if (!found) textByBlock.set(block, (found = readFrontmatterText(block)));
  return found;
}

export interface FrontmatterText {
  readonly paragraphs: readonly string[];
  readonly items: readonly string[];
}

const noText: FrontmatterText = { paragraphs: [], items: [] };
// The kind decision and required-sections both read it, of one block.
const textByBlock = new WeakMap<FrontmatterNode, FrontmatterText>();

/** Whether a text has `n` runs of non-space characters or more: counted until the `n`th, as a ladder's data can hold thousands of strings. */
function wordsAtLeast(text: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < n; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]!);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count >= n;
}

function readFrontmatterText(block: FrontmatterNode): FrontmatterText {
  const paragraphs: string[] = [];
  const items: string[] = [];
  const parsed = block.data?.frontmatter?.data;
  const words = (text: string, n: number) => !/^\s*(?:https?:|\/)/.test(text) && wordsAtLeast(text, n);
  const visit = (value: unknown, inList: boolean): void => {
    if (typeof value === 'string') {
      if (inList ? words(value, 3) : words(value, 4)) (inList ? items : paragraphs).push(value);
    } else if (Array.isArray(value)) for (const v of value) visit(v, true);
    else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) visit(v, false);
  };
  if (parsed) visit(parsed, false);
  else {
    for (const line of block.value.split(/\r\n|\r|\n/)) {
      const m = /^\s*(-\s+)?(?:[\w -]+:\s+)?(?!#)(.*\S)\s*$/.exec(line);
      if (m && words(m[2]!, 3)) (m[1] ? items : paragraphs).push(m[2]!);
    }
  }
  return { paragraphs, items };
}

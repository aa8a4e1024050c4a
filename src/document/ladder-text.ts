/**
 * A ladder level's competencies (its sections, with the text under each) and the word shingles
 * texts are compared by: hashing, so comparing a level with the one below costs the size of the
 * two, never all pairs of bullets.
 */
import type { DocumentModel } from './document-model.js';
import { levelWordsInText, shingleWords } from './ladder.data.js';

export interface Competency {
  /** As written: a heading, a frontmatter key or topic; '' for a level's text before its first section. */
  name: string;
  /** The name compared across levels: lower case, without level names, numbers or marks. */
  key: string;
  text: string;
  /** Where the links of its text point, in order, one a line (absent without any). */
  links?: string;
  /** Where it is named: its heading or key. */
  line: number;
  /** Where its text starts, where that is not `line` (findings on the text go there: the lines a change touches). */
  textLine?: number;
  path: string;
}

export interface Heading {
  text: string;
  depth: number;
  line: number;
}

/** A document's headings (titles with a depth), in order. */
export function headingsOf(doc: DocumentModel): Heading[] {
  return doc.titles.filter((t): t is Heading => t.depth !== undefined && t.line > doc.frontmatterEnd).sort((a, b) => a.line - b.line);
}

export function competencyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(levelWordsInText, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Text = { line: number; text: string };
const bodyByDoc = new WeakMap<DocumentModel, Text[]>();

/** The body's list items and paragraphs by line (frontmatter lists left out), read once per document. */
function bodyTexts(doc: DocumentModel): Text[] {
  let texts = bodyByDoc.get(doc);
  if (!texts) {
    texts = [
      ...doc.lists.filter((l) => l.line > doc.frontmatterEnd).map((l) => ({ line: l.line, text: l.items.join('\n') })),
      ...doc.paragraphs.filter((p) => p.line > doc.frontmatterEnd).map((p) => ({ line: p.line, text: p.text })),
    ].sort((a, b) => a.line - b.line);
    bodyByDoc.set(doc, texts);
  }
  return texts;
}

/** The first index of `texts` (sorted by line) whose line is past `line`. */
function firstAfter(texts: readonly Text[], line: number): number {
  let lo = 0;
  let hi = texts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (texts[mid]!.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The competencies of a level that runs from after line `from` to before line `to`: each of
 * `headings` (sorted, inside that range) with the text under it, and the level's own text before
 * its first heading (named ''), on `ownLine`.
 */
export function bodyCompetencies(doc: DocumentModel, headings: readonly Heading[], from: number, to: number, ownLine: number): Competency[] {
  const texts = bodyTexts(doc);
  const links = doc.links ?? [];
  const own: Competency = { name: '', key: '', text: '', line: ownLine, path: doc.path };
  const sections: Competency[] = headings.map((h) => ({ name: h.text, key: competencyKey(h.text), text: '', line: h.line, path: doc.path }));
  let at = -1;
  for (let i = firstAfter(texts, from); i < texts.length && texts[i]!.line < to; i++) {
    const text = texts[i]!;
    while (at + 1 < headings.length && headings[at + 1]!.line < text.line) at++;
    const into = at < 0 ? own : sections[at]!;
    into.textLine ??= text.line;
    into.text += `${into.text ? '\n' : ''}${text.text}`;
  }
  // Each link to the section it stands in, by line, as the texts are.
  let section = -1;
  for (const link of links) {
    if (link.line <= from || link.line >= to) continue;
    while (section + 1 < headings.length && headings[section + 1]!.line < link.line) section++;
    const into = section < 0 ? own : sections[section]!;
    into.links = into.links === undefined ? link.url : `${into.links}\n${link.url}`;
  }
  return [...(own.text ? [own] : []), ...sections];
}

/** A text's words, compared without case, marks or the level names it uses (`An L2 does X`, `An L3 does X`). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(levelWordsInText, ' ')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** The text's word shingles as hashes; a text shorter than a shingle is one. */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < shingleWords) out.add(hash(w.join(' ')));
  for (let i = 0; i + shingleWords <= w.length; i++) out.add(hash(w.slice(i, i + shingleWords).join(' ')));
  return out;
}

/** FNV-1a, 32 bits: shingles are compared by hash, a rare collision costing only a little similarity. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The share of `a`'s shingles found in `b` (1 where `a` is empty). */
export function containedIn(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / a.size;
}

/**
 * Parses the frontmatter once, for every rule: YAML between `---` lines (Jekyll, Docusaurus, most
 * sites), TOML between `+++` lines (Hugo, Zola) or a JSON object between `{` and `}` lines (Hugo),
 * as markdownlint recognises all three. Gives its data,
 * its errors with positions in the file (the block starts on the line after the opening fence) and
 * its top-level string values; notices frontmatter that is opened but never closed, which
 * remark-frontmatter leaves as ordinary Markdown.
 */
import type { Json, Literal, Root, RootContent, Toml, Yaml, YamlData } from 'mdast';
import { parse as parseToml, TomlError } from 'smol-toml';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, type Document, type YAMLError } from 'yaml';
import { parseYamlDocument } from '../text/yaml.js';
import { matchesOf } from '../core/matches.js';

export interface FrontmatterProblem {
  message: string;
  line: number;
  column: number;
  /** A problem some readers of the document's site accept: a warning, never an error. */
  readerDependent?: boolean;
}

/** A top-level string value as written: its source text and where it starts in the block's text. */
export interface FrontmatterScalar {
  key: string;
  source: string;
  /** Offset in the block's text (the node's value), just inside any quote. */
  offset: number;
}

export interface Frontmatter {
  /** The parsed value when it is a mapping; undefined otherwise. */
  data?: Record<string, unknown>;
  /** Top-level single-line string values, for rules that read prose in the frontmatter. */
  scalars: FrontmatterScalar[];
  /**
   * Single-line string items of YAML lists at any depth (a ladder's competencies kept as lists),
   * and the text fields of maps that are such items (a feature row's `excerpt`), `key` being the
   * top-level key they stand under.
   */
  listItems?: FrontmatterScalar[];
  problems: FrontmatterProblem[];
}

declare module 'mdast' {
  interface YamlData {
    frontmatter?: Frontmatter;
  }
  /** TOML frontmatter, between `+++` lines, as remark-frontmatter gives it. */
  interface Toml extends Literal {
    type: 'toml';
    data?: YamlData | undefined;
  }
  /** JSON frontmatter, an object whose `{` and `}` lines remark-frontmatter gives as the fences: the value is what is between them. */
  interface Json extends Literal {
    type: 'json';
    data?: YamlData | undefined;
  }
  interface FrontmatterContentMap {
    toml: Toml;
    json: Json;
  }
  interface RootContentMap {
    toml: Toml;
    json: Json;
  }
  interface RootData {
    /** The fence of frontmatter the document opens and never closes. */
    unclosedFrontmatter?: '---' | '+++';
    /** YAML the document closes with a `---` line but never opens: the line that closes it, and its keys. */
    unopenedFrontmatter?: { line: number; keys: string[] };
  }
}

/** Whether a node is a frontmatter block, YAML, TOML or JSON (remark-frontmatter only ever makes it the first). */
export function isFrontmatter(node: RootContent | undefined): node is Yaml | Toml | Json {
  return node?.type === 'yaml' || node?.type === 'toml' || node?.type === 'json';
}

export function parseFrontmatter(node: Yaml | Toml | Json): Frontmatter {
  const first = (node.position?.start.line ?? 1) + 1;
  if (node.type === 'json') return parseJsonBlock(node.value, first);
  return node.type === 'yaml' ? parseYaml(node.value, first) : parseTomlBlock(node.value, first);
}

/**
 * A JSON object's members (the block's text, between its `{` and `}` lines): checked as JSON, then
 * read as YAML, which JSON is a subset of, for where each value stands.
 */
function parseJsonBlock(text: string, first: number): Frontmatter {
  const object = `{\n${text}\n}`;
  try {
    JSON.parse(object);
  } catch (error) {
    const detail = (error as Error).message;
    // V8 says where: `… in JSON at position 42 (line 3 column 5)`; the object's line 1 is the `{` line.
    const at = / at position (\d+)/.exec(detail);
    const point = at ? location(object).toPoint(Number(at[1])) : undefined;
    // Without the parser's quote of the text, which runs over lines: `Unexpected token ']', …"[1, 2,]\n}" is not valid JSON`.
    const message = notValid('JSON', detail.replace(/ in JSON at position \d+.*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, ''));
    return { scalars: [], problems: [{ message, line: first - 2 + (point?.line ?? 2), column: point?.column ?? 1 }] };
  }
  const doc = parseYamlDocument(object, { logLevel: 'error' });
  return frontmatterOf(doc, text, first, (offset) => offset - 2);
}

function parseYaml(text: string, first: number): Frontmatter {
  // YAML knows no lone-CR line endings; LF in their place keeps every offset. logLevel 'error':
  // the library would otherwise print its own warnings (a key that is a list, say) as Node warnings.
  const lf = text.replace(/\r(?!\n)/g, '\n');
  const doc = parseYamlDocument(lf, { logLevel: 'error' });
  const error = doc.errors[0];
  if (error) return unindentedQuote(lf, text, first) ?? filledTemplate(lf, text, first) ?? repeatedKeys(lf, doc, text, first) ?? { scalars: [], problems: [yamlProblem(lf, doc.errors, first)] };
  return frontmatterOf(doc, text, first, (offset) => offset);
}

/** The parser's first error, placed in the file. */
function yamlProblem(lf: string, errors: readonly YAMLError[], first: number): FrontmatterProblem {
  const error = errors[0]!;
  // Placed by the error's offset: the library's own line count misses the line breaks inside a
  // plain scalar it gave up on (`- own` / `x# Role` / `  a: b` puts the `:` a line early).
  // Only the first error: one unclosed quote or bracket makes the parser report dozens after it.
  const at = location(lf).toPoint(error.pos[0]) ?? { line: 1, column: 1 };
  const more = errors.length - 1;
  const after = more > 0 ? ` (the parser reports ${more} more error${more === 1 ? '' : 's'} after it, which may follow from this one)` : '';
  const message = notValid('YAML', `${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}${after}`);
  return { message, line: first + at.line - 1, column: at.column };
}

/**
 * A quoted value running onto lines indented no deeper than its key (`teaser: "` / `We'll soon…` /
 * `"` at the margin; `    excerpt: "…` / `    <br/>Skills…"` under a list's item): YAML 1.1
 * readers (libyaml: Jekyll, GitHub; go-yaml: Hugo; PyYAML) read it, YAML 1.2 readers (js-yaml, as
 * Docusaurus and Eleventy use it; the yaml package) stop at the first such line. Read as the former
 * read it, and said as a warning naming the line, where that alone keeps the block from parsing.
 */
function unindentedQuote(lf: string, text: string, first: number): Frontmatter | undefined {
  const { lines, key, column } = shallowLinesInQuotes(lf);
  if (lines.length === 0) return undefined;
  // Each such line indented one space past its key.
  let indented = '';
  let from = 0;
  for (const { start, spaces } of lines) {
    indented += `${lf.slice(from, start)}${' '.repeat(spaces)}`;
    from = start;
  }
  const doc = parseYamlDocument(indented + lf.slice(from), { logLevel: 'error' });
  if (doc.errors.length > 0) return undefined;
  // An offset in the indented text, back in the block as written: less the spaces put in before it.
  const back = (offset: number) => {
    let put = 0;
    for (const { start, spaces } of lines) if (start + put < offset) put += spaces;
    return offset - put;
  };
  const line = first + location(lf).toPoint(lines[0]!.start)!.line - 1;
  const where = column === 0 ? 'from the start of the line' : `at no deeper indentation than the key (column ${column + 1})`;
  const fix = column === 0 ? 'indent the line by a space' : 'indent the line past the key';
  const message = `Line ${line} goes on with the quoted value of \`${key}\` ${where}: Jekyll, Hugo and GitHub read it, but YAML 1.2 readers (js-yaml, as Docusaurus and Eleventy use it) stop there; ${fix}`;
  return { ...frontmatterOf(doc, text, first, back), problems: [{ message, line, column: 1, readerDependent: true }] };
}

/**
 * A block whose only errors are keys set twice in one map (`categories: job` … `categories:` /
 * `- positions`): libyaml (Jekyll, GitHub) and PyYAML keep the last value, YAML 1.2 readers
 * (js-yaml, as Docusaurus and Eleventy use it) refuse the block. Read as the former read it, and
 * said as a warning naming the key and its line, as one value is lost either way.
 */
function repeatedKeys(lf: string, doc: Document.Parsed, text: string, first: number): Frontmatter | undefined {
  if (!doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) return undefined;
  const at = doc.errors[0]!.pos[0];
  const point = location(lf).toPoint(at) ?? { line: 1, column: 1 };
  const end = lf.indexOf('\n', at);
  const key = /^(["']?)(.*?)\1[ \t]*:/.exec(lf.slice(at, end < 0 ? undefined : end))?.[2] ?? '';
  const line = first + point.line - 1;
  const message = `\`${key}\` is set again on line ${line}, in the same map: Jekyll and GitHub keep the last value, YAML 1.2 readers (js-yaml, as Docusaurus and Eleventy use it) refuse the block; keep one`;
  return { ...frontmatterOf(doc, text, first, (offset) => offset), problems: [{ message, line, column: point.column, readerDependent: true }] };
}

/** A template tag a site fills in (`{{year}}`, `{% if x %}`), on one line. */
const templateTag = /\{\{[^{}\n]*\}\}|\{%[^\n]*?%\}/g;

/**
 * A block that parses once its template tags are filled in (`template: {{year}}/generic.html`,
 * which YAML reads as a flow mapping): valid where the site fills them before reading the YAML
 * (Sphinx and Jinja sites), not where it reads the YAML first (Jekyll, Hugo). Read with each tag
 * as letters of its length, and said as a warning naming the first, with the fix both accept.
 */
function filledTemplate(lf: string, text: string, first: number): Frontmatter | undefined {
  const tag = templateTag.exec(lf);
  templateTag.lastIndex = 0;
  if (!tag) return undefined;
  const doc = parseYamlDocument(lf.replace(templateTag, (t) => 'x'.repeat(t.length)), { logLevel: 'error' });
  if (doc.errors.length > 0) return undefined;
  const at = location(lf).toPoint(tag.index)!;
  const message = `\`${tag[0]}\` is a template tag that YAML reads as a flow mapping: the block parses where the site fills the tags in first (Sphinx, Jinja), not where it reads the YAML first (Jekyll, Hugo); quote the value`;
  return { ...frontmatterOf(doc, text, first, (offset) => offset), problems: [{ message, line: first + at.line - 1, column: at.column, readerDependent: true }] };
}

/** A key whose value opens a quote (`teaser: "`, `  - excerpt: "…`): what stands before the key (1), the key (2), the quote (3) and the rest of its line (4). */
const quotedKey = /^((?:[ \t]*-[ \t]+)*[ \t]*)([\w-][\w .-]*?)[ \t]*:[ \t]+(["'])(.*)$/;

/**
 * The lines in quoted values that are indented no deeper than the value's key, each with the
 * spaces that put it one past the key (at the margin, a top-level key's: one), and the first such
 * value's key and column.
 */
function shallowLinesInQuotes(lf: string): { lines: { start: number; spaces: number }[]; key: string; column: number } {
  const lines: { start: number; spaces: number }[] = [];
  let key = '';
  let column = 0;
  let open: { quote: string; key: string; column: number } | undefined;
  let offset = 0;
  for (const line of lf.split('\n')) {
    if (open !== undefined) {
      const indent = /^[ \t]*/.exec(line)![0].length;
      if (line.trim() !== '' && indent <= open.column) {
        if (lines.length === 0) [key, column] = [open.key, open.column];
        lines.push({ start: offset, spaces: open.column + 1 - indent });
      }
      if (closesQuote(line, open.quote)) open = undefined;
    } else {
      const m = quotedKey.exec(line);
      if (m && !closesQuote(m[4]!, m[3]!)) open = { quote: m[3]!, key: m[2]!, column: m[1]!.length };
    }
    offset += line.length + 1;
  }
  return { lines, key, column };
}

/** Whether a quote opened before `rest` closes in it: `"` not after a backslash; `'` not doubled. */
function closesQuote(rest: string, quote: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    if (quote === '"' && rest[i] === '\\') i++;
    else if (rest[i] === quote) {
      if (quote === "'" && rest[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** The frontmatter a parsed block holds; `back` maps an offset in the parsed text to the block as written (`text`). */
function frontmatterOf(doc: Document.Parsed, text: string, first: number, back: (offset: number) => number): Frontmatter {
  const contents = doc.contents;
  if (contents === null || contents === undefined) return { data: {}, scalars: [], problems: [] };
  if (!isMap(contents)) {
    const kind = Array.isArray(doc.toJS()) ? 'a list' : `the ${typeof doc.toJS()} \`${String(doc.toJS()).slice(0, 40)}\``;
    return { scalars: [], problems: [{ message: `Frontmatter is ${kind}, expected \`key: value\` pairs`, line: first, column: 1 }] };
  }
  const scalars: FrontmatterScalar[] = [];
  for (const pair of contents.items) {
    const { key, value } = pair;
    if (!isScalar(key) || !isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
    const quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE';
    const plain = quoted || value.type === 'PLAIN';
    const start = back(value.range[0] + (quoted ? 1 : 0));
    const end = back(value.range[1] - (quoted ? 1 : 0));
    const source = text.slice(start, end);
    if (plain && !/[\r\n]/.test(source)) scalars.push({ key: String(key.value), source, offset: start });
  }
  const listItems: FrontmatterScalar[] = [];
  for (const pair of contents.items) if (isScalar(pair.key)) collectListItems(pair.value, String(pair.key.value), text, listItems, false, back);
  return { data: doc.toJS() as Record<string, unknown>, scalars, listItems, problems: [] };
}

/** The keys of a map in a list that hold its text: what a site shows of the item. */
const proseField = /^(?:title|description|excerpt|summary|text|body|content|details|caption|teaser)$/i;

/** The single-line string items of the lists inside a YAML node, and the text fields of maps that are items, with their offsets in `text`. */
function collectListItems(node: unknown, key: string, text: string, out: FrontmatterScalar[], inList: boolean, back: (offset: number) => number): void {
  if (isSeq(node)) for (const item of node.items) collectListItems(item, key, text, out, true, back);
  // A list's item that is a map keeps its prose under the keys of text (a Jekyll feature row's
  // `excerpt`, a level's `description`), or as its one value (`- qual: You have…`, a layout's key for each item).
  else if (isMap(node)) for (const pair of node.items) collectListItems(pair.value, key, text, out, inList && isScalar(pair.key) && (proseField.test(String(pair.key.value)) || node.items.length === 1), back);
  else if (inList && isScalar(node) && typeof node.value === 'string' && node.range) {
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    if (!quoted && node.type !== 'PLAIN') return;
    const start = back(node.range[0] + (quoted ? 1 : 0));
    const source = text.slice(start, back(node.range[1] - (quoted ? 1 : 0)));
    // As written only: a quoted item with an escape is not its value.
    if (!/[\r\n]/.test(source) && (!quoted || source === node.value)) out.push({ key, source, offset: start });
  }
}

// A top-level `key = "value"` or `key = 'value'` line; smol-toml gives values without positions.
// Basic strings with an escape are left out: their text is not the value.
const tomlStringLine = /^[ \t]*(?<q>"?)(?<key>[A-Za-z0-9_-]+)\k<q>[ \t]*=[ \t]*(?:"(?<basic>[^"\\\r\n]*)"|'(?<literal>[^'\r\n]*)')[ \t]*(?:#.*)?$/dgm;
const tomlTableHeader = /^[ \t]*\[/m;

function parseTomlBlock(text: string, first: number): Frontmatter {
  let data: Record<string, unknown>;
  // As for YAML: a lone CR ends a line, and LF in its place keeps every offset.
  const lf = text.replace(/\r(?!\n)/g, '\n');
  try {
    data = parseToml(lf);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const detail = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '');
    const at = lf.split(/\r?\n/)[error.line - 1]?.[error.column - 1];
    const message = notValid('TOML', detail + tomlHint(detail, at));
    return { scalars: [], problems: [{ message, line: first + error.line - 1, column: error.column }] };
  }
  // Top-level keys come before the first table header; a value counts only where the written text
  // is the parsed value (no escapes), so the offsets point at what the user wrote.
  const header = tomlTableHeader.exec(text);
  const top = header ? text.slice(0, header.index) : text;
  const scalars: FrontmatterScalar[] = [];
  for (const m of matchesOf(tomlStringLine, top)) {
    const group = m.groups!.basic === undefined ? 'literal' : 'basic';
    const key = m.groups!.key!;
    const source = m.groups![group]!;
    if (data[key] === source) scalars.push({ key, source, offset: m.indices!.groups![group]![0] });
  }
  return { data: { ...data }, scalars, problems: [] };
}

/** What a parser's message means for the usual slips: YAML written between `+++`, a string left open or unquoted. */
function tomlHint(detail: string, at: string | undefined): string {
  if (detail.startsWith('illegal character in key') && at === ':') return ' (TOML writes `key = value`; `key: value` is YAML, between `---` lines)';
  if (detail.startsWith('control characters are not allowed in strings') && at === undefined) return ' (a string is left open at the end of its line)';
  if (detail === 'invalid value' && at !== undefined && /\p{L}/u.test(at)) return ' (TOML strings are quoted: `title = "Staff Engineer"`)';
  return '';
}

function notValid(language: string, detail: string): string {
  return `Frontmatter is not valid ${language}: ${detail}`;
}

export function frontmatterData(tree: Root, source: string): void {
  const node = tree.children[0];
  if (isFrontmatter(node)) {
    node.data = { ...node.data, frontmatter: parseFrontmatter(node) };
    return;
  }
  // A fence then a key of its language with no closing line: the author meant frontmatter.
  if (/^---[ \t]*(\r\n|\r|\n)[\w-]+[ \t]*:/.test(source)) tree.data = { ...tree.data, unclosedFrontmatter: '---' };
  else if (/^\+\+\+[ \t]*(\r\n|\r|\n)"?[\w-]+"?[ \t]*=/.test(source)) tree.data = { ...tree.data, unclosedFrontmatter: '+++' };
  else {
    const unopened = unopenedYaml(source);
    if (unopened) tree.data = { ...tree.data, unopenedFrontmatter: unopened };
  }
}

/**
 * Keys a block must have before a lost opening fence is the likelier reading than a paragraph
 * `Note: …` or a form's fields; two where every key is written lower case, as frontmatter's keys
 * are (`title:`, `opens:`) and a form's labels are not (`Location:`, `JOB TITLE:`).
 */
const unopenedMinKeys = 3;
const unopenedMinLowerKeys = 2;
/** A line of YAML at the top level: a key (plain keys may hold spaces: `max applications: 0`), a comment, a list item, or indented. */
const yamlLine = /^(?:[\w-][\w .-]*:(?:[ \t]|$)|#|- |[ \t])/;
const yamlKey = /^([\w-][\w .-]*?)[ \t]*:(?:[ \t]|$)/;

/**
 * Frontmatter whose opening `---` was lost (deleted with a template's first line, say): the
 * document starts with a `key: value` line, and every line before its first `---` line is YAML
 * (keys, comments, list items, indented values) with a few keys at the top level. The YAML itself
 * may be broken (a site then shows it as text, its `#` comments as headings): a template filled
 * in by hand often is, and the missing fence is what to say first.
 */
function unopenedYaml(source: string): { line: number; keys: string[] } | undefined {
  if (!yamlKey.test(source)) return undefined;
  const lines = source.split(/\r\n|\r|\n/);
  const fence = lines.findIndex((line) => /^---[ \t]*$/.test(line));
  if (fence < 0) return undefined;
  const block = lines.slice(0, fence).filter((line) => line.trim() !== '');
  if (!block.every((line) => yamlLine.test(line))) return undefined;
  const keys = block.flatMap((line) => yamlKey.exec(line)?.[1] ?? []);
  const enough = keys.length >= unopenedMinKeys || (keys.length >= unopenedMinLowerKeys && keys.every((key) => /^[a-z_]/.test(key)));
  return enough ? { line: fence + 1, keys } : undefined;
}

/**
 * Parses the YAML frontmatter once, for every rule: its data, and its errors with positions in the
 * file (the YAML starts on the line after the opening `---`). Also notices frontmatter that is
 * opened but never closed, which remark-frontmatter leaves as ordinary Markdown.
 */
import type { Root, Yaml } from 'mdast';
import { isMap, isScalar, parseDocument } from 'yaml';

export interface FrontmatterProblem {
  message: string;
  line: number;
  column: number;
}

/** A top-level string value as written: its source text and where it starts in the YAML text. */
export interface FrontmatterScalar {
  key: string;
  source: string;
  /** Offset in the YAML text (the node's value), just inside any quote. */
  offset: number;
}

export interface Frontmatter {
  /** The parsed value when it is a mapping; undefined otherwise. */
  data?: Record<string, unknown>;
  /** Top-level single-line string values, for rules that read prose in the frontmatter. */
  scalars: FrontmatterScalar[];
  problems: FrontmatterProblem[];
}

declare module 'mdast' {
  interface YamlData {
    frontmatter?: Frontmatter;
  }
  interface RootData {
    /** Set when the document opens frontmatter with `---` and never closes it. */
    unclosedFrontmatter?: boolean;
  }
}

export function parseFrontmatter(node: Yaml): Frontmatter {
  const first = (node.position?.start.line ?? 1) + 1;
  // YAML knows no lone-CR line endings; LF in their place keeps every offset. logLevel 'error':
  // the library would otherwise print its own warnings (a key that is a list, say) as Node warnings.
  const doc = parseDocument(node.value.replace(/\r(?!\n)/g, '\n'), { uniqueKeys: true, logLevel: 'error' });
  const problems: FrontmatterProblem[] = doc.errors.map((error) => {
    const at = error.linePos?.[0] ?? { line: 1, col: 1 };
    return { message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: first + at.line - 1, column: at.col };
  });
  if (problems.length > 0) return { scalars: [], problems };
  const contents = doc.contents;
  if (contents === null || contents === undefined) return { data: {}, scalars: [], problems };
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
    const start = value.range[0] + (quoted ? 1 : 0);
    const end = value.range[1] - (quoted ? 1 : 0);
    const source = node.value.slice(start, end);
    if (plain && !/[\r\n]/.test(source)) scalars.push({ key: String(key.value), source, offset: start });
  }
  return { data: doc.toJS() as Record<string, unknown>, scalars, problems };
}

export function frontmatterData(tree: Root, source: string): void {
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (yaml) {
    yaml.data = { ...yaml.data, frontmatter: parseFrontmatter(yaml) };
    return;
  }
  // `---` then `key: value` with no closing line: the author meant frontmatter.
  if (/^---[ \t]*(\r\n|\r|\n)[\w-]+[ \t]*:/.test(source)) tree.data = { ...tree.data, unclosedFrontmatter: true };
}

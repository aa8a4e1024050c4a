/**
 * A document's text as its reader sees it, at the offsets of its source: what no page shows is
 * blanked (frontmatter, lost fence and all, HTML and Liquid comments, code blocks, template tags, link targets, HTML
 * tags, Markdown's own marks), every other character stays where it stood. The facts of a job post
 * are read from it line by line, so a figure in a template's instructions (`GS-15 Step 1:
 * $172,075` inside `{% comment %}`) or a link's address is never taken for the post's pay.
 * Template tags are kept in `withTemplates` for the readers of includes that carry data
 * (`{% include job/salary_range.html min="$141,022" max="$201,720" %}`).
 */
import type { Root } from 'mdast';
import { frontmatterRegion } from './frontmatter-block.js';
import { treeIndex } from './tree-index.js';

export interface ShownText {
  /** The source with what is not shown blanked (line breaks kept). */
  text: string;
  /** The same, template tags still in: only comments, code and frontmatter blanked. */
  withTemplates: string;
}

/** Comments of HTML and Liquid (`{% comment %}…{% endcomment %}`, `{% raw %}` aside), and Hugo's comment shortcodes. */
const comments = /<!--[\s\S]*?(?:-->|$)|\{%-?\s*comment\b[^%]*%\}[\s\S]*?(?:\{%-?\s*endcomment\b[^%]*%\}|$)|\{\{<?\s*\/\*[\s\S]*?\*\/\s*>?\}\}/g;
/** Liquid, Jinja, Hugo and Handlebars tags. */
const templates = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;
/** A link's target after its text (`](url "title")`), a reference (`][ref]`), a definition line, an autolink or bare URL, an HTML tag. */
const addresses =
  /\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)|\]\[[^\]\n]*\]|^ {0,3}\[[^\]\n]+\]:\s*\S.*$|\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+|<\/?[A-Za-z][^<>\n]*>|<[^<>\s]+@[^<>\s]+>/gm;
/** Markdown's marks: emphasis, code spans, brackets of links, escapes. */
const marks = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|`+|~~|!(?=\[)|[[\]]|\\(?=[!-/:-@[-`{-~])/gu;
/** References to a no-break space (`2&nbsp;203,95&nbsp;€`, as French typography writes an amount): shown as no-break spaces, one a character. */
const spaceReferences = /&(?:nbsp|#160|#x[aA]0|#8239|#x202[fF]);/g;

const byTree = new WeakMap<Root, ShownText>();

export function shownText(tree: Root, source: string): ShownText {
  let found = byTree.get(tree);
  if (!found) byTree.set(tree, (found = readShown(tree, source)));
  return found;
}

function readShown(tree: Root, source: string): ShownText {
  const hidden: [number, number][] = [];
  // The frontmatter, or the lines above a `---` whose opening fence was lost: the author's fields, not text.
  const front = frontmatterRegion(tree, source);
  if (front) hidden.push([0, front.end]);
  const index = treeIndex(tree);
  for (const at of index.of('code')) {
    const p = index.nodes[at]!.position;
    if (p?.start.offset !== undefined && p.end.offset !== undefined) hidden.push([p.start.offset, p.end.offset]);
  }
  collect(source, comments, hidden);
  const withTemplates = blank(source, hidden);
  const more: [number, number][] = [];
  collect(withTemplates, templates, more);
  collect(withTemplates, addresses, more);
  const partly = blank(withTemplates, more);
  const last: [number, number][] = [];
  collect(partly, marks, last);
  const spaces: [number, number][] = [];
  collect(partly, spaceReferences, spaces);
  return { text: blank(blank(partly, last), spaces, '\u00a0'), withTemplates };
}

function collect(text: string, pattern: RegExp, into: [number, number][]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    into.push([m.index, m.index + m[0].length]);
  }
}

/** `text` with each range's characters made spaces (or `fill`), line breaks kept, so every offset still holds. */
function blank(text: string, ranges: [number, number][], fill = ' '): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    // Run by run, not character by character: a frontmatter of comments is thousands of them.
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\r\n]+/g, (run) => fill.repeat(run.length));
    at = end;
  }
  return out + text.slice(at);
}

/**
 * What a heading's section holds: its body runs from the heading to the next heading as high, in
 * the heading's parent. Text, a subheading (`### Python` under Requirements may be the
 * requirement), a table, a picture, an embed or a MyST directive are content; a thematic break or a link definition
 * is not; a comment alone is told apart, since it may stand for content a site generator puts there
 * (an include) or for a prompt to the writer; a placeholder (`TBD`, `[Add requirements here]`) is
 * told apart too, and so is a line that leads into content that never comes (`The following skills
 * are expected:` and the next heading).
 */
import type { Heading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shownText } from '../text/html.js';
import type { TreeIndex } from './tree-index.js';

export type SectionBody = { kind: 'text' } | { kind: 'empty' } | { kind: 'comment' } | { kind: 'placeholder'; text: string } | { kind: 'lead-in'; text: string };

/** Words a template leaves for the writer to replace. */
const placeholder = /^(?:tbd|tbc|tba|to ?do|to be (?:determined|defined|confirmed|added|announced)|coming soon|lorem ipsum\b.*|x{3,}|\.{3}|…|\[(?:add|insert|describe|list|enter|write|your|todo|tbd)\b[^\]]*\])[.!:]?$/i;

/** Whether a text is all a template left for the writer to replace (`TBD`, `[Add requirements here]`). */
export function isPlaceholder(text: string): boolean {
  return placeholder.test(text.trim());
}

export function sectionBody(index: TreeIndex, at: number): SectionBody {
  const heading = index.nodes[at] as Heading;
  const parent = index.parent(at);
  // A heading indented into the list item before it, last in the item (`  ## TOC Newsletter` after
  // `- Ensure …`): what it titles stands after the list, out of the item; not judged.
  if (index.nodes[parent]?.type === 'listItem' && index.parent(index.end(at)) !== parent) return { kind: 'text' };
  const texts: string[] = [];
  let paragraphs = 0;
  let comment = false;
  // The heading's next siblings, found through the index: a node's next sibling starts where its
  // subtree ends (searching the parent's children would cost a pass over them per heading).
  for (let i = index.end(at); i < index.nodes.length && index.parent(i) === parent; i = index.end(i)) {
    const node = index.nodes[i]!;
    if (node.type === 'heading' && node.depth <= heading.depth) break;
    // A picture is content even without alt text (a ladder drawn as a diagram), and so are a site's
    // component (`<Apply />`) and a MyST or Sphinx directive (```` ```{include} ../tmp/mentors.txt
    // ````), whose body the site builds.
    if (hasImage(node) || (node.type === 'code' && /^\{[\w-]+\}/.test(node.lang ?? ''))) return { kind: 'text' };
    // A list of placeholders only (`* TBD` three times) holds one placeholder, as a line of it does.
    const placeholders = node.type === 'list' && node.children.length > 0 && node.children.every((item) => isPlaceholder(toString(item)));
    const text = placeholders ? toString(node.children[0]!) : node.type === 'html' ? shownText(node.value) : node.type === 'thematicBreak' || node.type === 'definition' ? '' : toString(node);
    if (text.trim()) texts.push(text.trim());
    if (node.type === 'paragraph') paragraphs++;
    else if (node.type === 'html' && /<!--/.test(node.value)) comment = true;
  }
  if (texts.length === 0) return { kind: comment ? 'comment' : 'empty' };
  const all = texts.join(' ');
  if (texts.length === 1 && placeholder.test(all)) return { kind: 'placeholder', text: all };
  // One sentence that announces what follows (`The following skills define this level:`) and
  // nothing after it: the list or subsections it leads into were never written.
  // (A colon closing a smiley, `(:`, ends no lead-in.)
  // A form's blank fields (`Name:` over `Email:`) are one line each, a line of a word or two.
  if (texts.length === 1 && paragraphs === 1 && /(?<![(\[]):$/.test(all) && !all.includes('\n') && leadInWords(all)) return { kind: 'lead-in', text: all };
  return { kind: 'text' };
}

/** A line of 3 to 30 words: fewer is a field's label, more a paragraph that says something itself. */
const leadInWords = (line: string) => {
  const words = line.split(/\s+/).length;
  return words >= 3 && words <= 30;
};

/**
 * A component of an MDX or JSX site, a tag whose name starts with a capital (`<Apply />`,
 * `<JobForm role="sre">`): the site renders it, an application form or a list, as HTML never names
 * its own elements so.
 */
const component = /<[A-Z][\w.]*(?:\s[^>]*)?\/?>/;

/** Whether a node shows a picture, an embed or a site's component, which is content without any text. */
function hasImage(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference' || (node.type === 'html' && (/<(?:img|svg|picture|video|iframe)\b/i.test(node.value) || component.test(node.value)))) return true;
  return 'children' in node && node.children.some((child) => hasImage(child as Nodes));
}

/** Whether the node after a heading is a heading of the same depth: the heading is a label over the sections that follow. */
export function labelOver(index: TreeIndex, at: number): boolean {
  const next = index.nodes[index.end(at)];
  return next?.type === 'heading' && index.parent(index.end(at)) === index.parent(at) && next.depth === (index.nodes[at] as Heading).depth;
}

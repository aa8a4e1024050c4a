/**
 * Inline control of findings through HTML comments, as markdownlint and ESLint users write them:
 *   <!-- rolelint-disable typo duplicate-bullet -->  off from this line on (no ids: every rule)
 *   <!-- rolelint-enable typo -->                    on again from this line
 *   <!-- rolelint-disable-line typo -->              off on this comment's own line
 *   <!-- rolelint-disable-next-line typo -->         off on the next non-blank line
 *   <!-- rolelint-disable-file required-sections --> off in the whole document, wherever it stands
 * Ids may be separated by spaces or commas (a colon after the directive is allowed), and ` -- `
 * starts a reason (ESLint's form). A `disable` before any content (after the frontmatter, say)
 * covers the document from line 1, where findings about the whole document stand. Comments are read
 * from the parsed tree, so a comment inside a code block is text, not control. A comment that would
 * control nothing (an unknown directive or rule id) is reported, not silently ignored:
 * `rolelint-disable-lines typo` must not pass for a working comment.
 */
import type { Html, Root } from 'mdast';
import type { ControlState } from '../core/types.js';
import { closest, didYouMean } from '../text/did-you-mean.js';
import { treeIndex } from '../document/tree-index.js';
import { frontmatterBlock } from '../document/frontmatter-block.js';

const directives = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'] as const;
type Directive = (typeof directives)[number];

const marker = /^<!--\s*rolelint-([\w-]*)([^]*?)-->\s*$/;


/** A control comment that controls nothing, or not all it names. */
export interface ControlProblem {
  line: number;
  column: number;
  message: string;
}

export interface MessageControl {
  /** Whether a finding of this rule on this line is shown. */
  allows(ruleId: string, line: number): boolean;
  problems: readonly ControlProblem[];
  /** The same as plain data: for findings made after the document was linted (rules on many documents). */
  state: ControlState;
}

/** `known`: the rule ids a comment may name (rules and the engine's own checks). */
export function messageControl(tree: Root, source: string, known: ReadonlySet<string>): MessageControl {
  const state: ControlState = { switches: [], lineOff: [], fileOff: [] };
  const problems: ControlProblem[] = [];
  let lines: string[] | undefined;
  const index = treeIndex(tree);
  for (const at of index.of('html')) {
    const node = index.nodes[at] as Html;
    const m = marker.exec(node.value.trim());
    const start = node.position?.start;
    const end = node.position?.end.line;
    if (!m || !start || end === undefined) continue;
    const directive = m[1] as Directive;
    if (!directives.includes(directive)) {
      const near = closest(directive, directives);
      const hint = near ? `; did you mean \`rolelint-${near}\`?` : '.';
      problems.push({ ...start, message: `Unknown directive \`rolelint-${directive}\`${hint} This comment controls nothing (directives: ${directives.map((d) => `\`rolelint-${d}\``).join(', ')})` });
      continue;
    }
    const list = m[2]!.split(/\s--\s/)[0]!.split(/[\s,:]+/).filter(Boolean);
    for (const id of list.filter((id) => !known.has(id))) {
      problems.push({ ...start, message: `Unknown rule \`${id}\` in \`rolelint-${directive}\`${didYouMean(id, known) || ': no rule or check has this id'}` });
    }
    const named = list.filter((id) => known.has(id));
    // Every id unknown: the comment names rules, just not real ones; it must not turn every rule off.
    if (list.length > 0 && named.length === 0) continue;
    const ids = named.length > 0 ? { ids: named } : {};
    if (directive === 'disable-file') state.fileOff.push(ids);
    else if (directive === 'disable-line') state.lineOff.push({ line: start.line, ...ids });
    else if (directive === 'disable-next-line') {
      lines ??= source.split(/\r\n|\r|\n/);
      let line = end + 1;
      while (line <= lines.length && lines[line - 1]!.trim() === '') line++;
      state.lineOff.push({ line, ...ids });
    } else {
      const line = directive === 'disable' && beforeContent(tree, node) ? 0 : start.line;
      state.switches.push({ line, on: directive === 'enable', ...ids });
    }
  }
  state.switches.sort((a, b) => a.line - b.line);
  if (state.switches.length === 0 && state.lineOff.length === 0 && state.fileOff.length === 0) return { allows: () => true, problems, state };
  return { allows: (ruleId, line) => controlAllows(state, ruleId, line), problems, state };
}

/** Whether, under a document's control comments, a finding of this rule on this line is shown. */
export function controlAllows(state: ControlState, ruleId: string, line: number): boolean {
  const names = (ids: readonly string[] | undefined) => !ids || ids.includes(ruleId);
  if (state.fileOff.some((off) => names(off.ids))) return false;
  if (state.lineOff.some((off) => off.line === line && names(off.ids))) return false;
  let on = true;
  for (const s of state.switches) {
    if (s.line > line) break;
    if (names(s.ids)) on = s.on;
  }
  return on;
}

/** Whether only frontmatter and other comments come before this top-level comment. */
function beforeContent(tree: Root, node: Html): boolean {
  const frontmatter = frontmatterBlock(tree);
  for (const child of tree.children) {
    if (child === node) return true;
    if (child !== frontmatter && !(child.type === 'html' && child.value.trimStart().startsWith('<!--'))) return false;
  }
  return false;
}

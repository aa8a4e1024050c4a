/**
 * Inline control of findings through HTML comments, as markdownlint and ESLint users write them:
 *   <!-- rolelint-disable typo duplicate-bullet -->  off from here (no ids: every rule)
 *   <!-- rolelint-enable typo -->                    on again
 *   <!-- rolelint-disable-next-line typo -->         off for the next non-blank line
 * Comments are read from the parsed tree, so a comment inside a code block is text, not control.
 */
import type { Html, Root } from 'mdast';
import { treeIndex } from '../rules/tree-index.js';

const marker = /^<!--\s*rolelint-(disable-next-line|disable|enable)\b([^]*?)-->\s*$/;

interface Switch {
  line: number;
  on: boolean;
  /** Rule ids, or undefined for all rules. */
  ids?: Set<string>;
}

export interface MessageControl {
  /** Whether a finding of this rule on this line is shown. */
  allows(ruleId: string, line: number): boolean;
}

export function messageControl(tree: Root, source: string): MessageControl {
  const switches: Switch[] = [];
  const nextLine: { line: number; ids?: Set<string> }[] = [];
  let lines: string[] | undefined;
  const index = treeIndex(tree);
  for (const at of index.of('html')) {
    const node = index.nodes[at] as Html;
    const m = marker.exec(node.value.trim());
    const end = node.position?.end.line;
    if (!m || end === undefined) continue;
    const list = m[2]!.split(/[\s,]+/).filter(Boolean);
    const ids = list.length > 0 ? new Set(list) : undefined;
    if (m[1] === 'disable-next-line') {
      lines ??= source.split(/\r\n|\r|\n/);
      let line = end + 1;
      while (line <= lines.length && lines[line - 1]!.trim() === '') line++;
      nextLine.push({ line, ...(ids ? { ids } : {}) });
    } else {
      switches.push({ line: end, on: m[1] === 'enable', ...(ids ? { ids } : {}) });
    }
  }
  if (switches.length === 0 && nextLine.length === 0) return { allows: () => true };
  switches.sort((a, b) => a.line - b.line);
  return {
    allows(ruleId, line) {
      if (nextLine.some((n) => n.line === line && (!n.ids || n.ids.has(ruleId)))) return false;
      let on = true;
      for (const s of switches) {
        if (s.line >= line) break;
        if (!s.ids || s.ids.has(ruleId)) on = s.on;
      }
      return on;
    },
  };
}

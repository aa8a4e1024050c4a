/**
 * Where a page's template tags branch: Liquid, as Jekyll runs it in a page (`{% if %}` … `{% elsif %}`
 * … `{% else %}` … `{% endif %}`, `{% unless %}`, `{% case %}` … `{% when %}`), and Jinja, as
 * MkDocs macros and Sphinx run it (`{% elif %}`); and Vue's conditional elements, as VitePress
 * renders a page (`<div v-if="hiring">` … `</div>` then `<div v-else>` or `<div v-if="!hiring">`).
 * The site shows one branch of each block, so what stands in two branches of one block is never on
 * the page twice (an election page's `### Nomination Form`, written for each stage of the
 * election; a jobs page's `## Active roles`, over its roles or over a note that there are none).
 */

/** A tag that opens, divides or closes a block of branches; `{%-` and `-%}` trim white space. */
const branchTag = /\{%-?\s*(if|unless|case|for|elsif|elif|else|when|endif|endunless|endcase|endfor)\b[^%]*?%\}/g;
// A loop is a block too: its `{% else %}` (nothing to loop over) is a branch of it, not of the `if` around it.
const opens = new Set(['if', 'unless', 'case', 'for']);
const closes = new Set(['endif', 'endunless', 'endcase', 'endfor']);

export interface TemplateBranches {
  /**
   * The branch an offset stands in, as a key ('' outside every block): texts are compared within
   * one branch, as what stands in two branches of one block is never on the page together.
   */
  branchAt(offset: number): string;
}

const none: TemplateBranches = { branchAt: () => '' };

/** The page's branches, read from its template tags and its Vue conditional elements (none where it writes neither). */
export function templateBranches(source: string): TemplateBranches {
  const liquid = source.includes('{%') ? liquidBranches(source) : none;
  const vue = source.includes('v-if') ? vueBranches(source) : none;
  if (vue === none) return liquid;
  return { branchAt: (offset) => `${liquid.branchAt(offset)}|${vue.branchAt(offset)}` };
}

function liquidBranches(source: string): TemplateBranches {
  // After each tag, the blocks open and the branch each is in, outermost first.
  const starts: number[] = [];
  const opened: (readonly { block: number; branch: number }[])[] = [];
  const open: { block: number; branch: number }[] = [];
  const branchCount: number[] = [];
  branchTag.lastIndex = 0;
  for (let m = branchTag.exec(source); m; m = branchTag.exec(source)) {
    const name = m[1]!;
    if (opens.has(name)) open.push({ block: branchCount.push(1) - 1, branch: 0 });
    else if (closes.has(name)) open.pop();
    else if (open.length > 0) {
      const last = open.at(-1)!;
      open[open.length - 1] = { block: last.block, branch: last.branch + 1 };
      branchCount[last.block]!++;
    }
    starts.push(m.index + m[0].length);
    opened.push([...open]);
  }
  // Only a block of two branches or more divides the page: what an `if` alone holds may show
  // beside what stands after it, and is compared with it.
  const paths = opened.map((blocks) => blocks.filter(({ block }) => branchCount[block]! > 1).map(({ block, branch }) => `${block}:${branch}`).join('/'));
  return {
    branchAt(offset) {
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (starts[middle]! <= offset) low = middle + 1;
        else high = middle;
      }
      return low === 0 ? '' : paths[low - 1]!;
    },
  };
}

/** An element with a Vue condition (`<div v-if="currentlyHiring">`, `<template v-else>`): its tag, the directive and its condition. */
const conditionalTag = /<([A-Za-z][\w-]*)\b[^>]*?\sv-(if|else-if|else)\b(?:\s*=\s*"([^"]*)")?[^>]*>/g;

/**
 * Vue's branches: an element with `v-if` opens a block, and the element right after it (white
 * space between) with `v-else-if` or `v-else` is its next branch; so is an element anywhere after
 * it with `v-if` on the negated condition (`!hiring` of `hiring`), shown exactly where it is not.
 * Each element runs to its closing tag, its nested elements of the same name counted.
 */
function vueBranches(source: string): TemplateBranches {
  const regions: { start: number; end: number; key: string }[] = [];
  let previous: { end: number; block: number } | undefined;
  // Each block's branch count, and the block each `v-if` condition opened.
  const branches: number[] = [];
  const byCondition = new Map<string, number>();
  conditionalTag.lastIndex = 0;
  for (let m = conditionalTag.exec(source); m; m = conditionalTag.exec(source)) {
    const [, tag, directive, written = ''] = m;
    const condition = written.replace(/\s+/g, '');
    const end = closingOf(source, tag!, m.index + m[0].length);
    const follows = previous !== undefined && source.slice(previous.end, m.index).trim() === '';
    const negated = directive === 'if' ? byCondition.get(condition.startsWith('!') ? condition.slice(1) : `!${condition}`) : undefined;
    const block = directive !== 'if' && follows ? previous!.block : (negated ?? branches.push(0) - 1);
    if (directive === 'if' && negated === undefined) byCondition.set(condition, block);
    regions.push({ start: m.index, end, key: `${block}:${branches[block]!++}` });
    previous = { end, block };
    conditionalTag.lastIndex = Math.max(conditionalTag.lastIndex, m.index + m[0].length);
  }
  // Only a block of two branches or more divides the page.
  const kept = regions.filter((r) => branches[Number(r.key.split(':')[0])]! > 1);
  if (kept.length === 0) return none;
  return { branchAt: (offset) => kept.find((r) => r.start <= offset && offset < r.end)?.key ?? '' };
}

/** Where the element opened before `from` closes: after its `</tag>`, nested `<tag` counted (the source's end if never). */
function closingOf(source: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(source); m; m = tags.exec(source)) {
    depth += m[1] === '/' ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return source.length;
}

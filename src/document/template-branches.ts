/**
 * Where a page's template tags branch: Liquid, as Jekyll runs it in a page (`{% if %}` … `{% elsif %}`
 * … `{% else %}` … `{% endif %}`, `{% unless %}`, `{% case %}` … `{% when %}`), and Jinja, as
 * MkDocs macros and Sphinx run it (`{% elif %}`). The site shows one branch of each block, so what
 * stands in two branches of one block is never on the page twice (an election page's `###
 * Nomination Form`, written for each stage of the election).
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

/** The page's branches, read from its template tags (none where it writes no `{%`). */
export function templateBranches(source: string): TemplateBranches {
  if (!source.includes('{%')) return none;
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

/**
 * What each Markdown construct costs the parser, in bytes of plain text that take as long to parse
 * (1 = a byte of prose), and the nesting past which a document is not parsed at all. Measured with
 * the engine's parser (remark-parse, frontmatter, GFM, plain-text structure) on documents made of
 * one construct repeated, each against prose of the same size: 1 MB of the corpus's prose took
 * 1.5-2.4 s in one document on the 2-core development machine; 50,000 list items (640 KB) 3.9 s,
 * 20,000 table rows (350 KB) 2.5 s, 10,000 footnotes (280 KB) 2.6 s, `[a](` 12,000 times in one
 * paragraph (48 KB) 3.0 s, one line nesting 2,000 list items (4 KB) 1.4 s. Rounded up, so an estimate
 * errs towards "too complex"; no real role document comes within a hundredth of the budget.
 */
export const constructCost = {
  /** A list item or block quote marker (`- `, `1. `, `> `, `•`). */
  marker: 45,
  /** Per line, the square of its nesting (containers opened on it): 100 levels on one line cost 14 ms. */
  depthSquared: 1,
  /** Per line, each container left open above it (lazy and continuation lines re-check them all). */
  openContainer: 2,
  /** A paragraph or other block starting after a blank line. */
  block: 25,
  /** An ATX heading (`# Title`) or a setext underline. */
  heading: 35,
  /**
   * A setext underline under a paragraph, per unit of what comes before it: micromark rewrites
   * every event before it to make the heading (10,000 `Title` / `---` pairs, 98 KB, took 24 s).
   */
  setextPerCostBefore: 0.01,
  /** One inline mark (`[`, `]`, `(`, `)`, `*`, `_`, `` ` ``, `~`, `<`, `!`, `\`, `&`, `"`). */
  inlineMark: 3,
  /**
   * Per paragraph, the square of its inline marks: resolving a link or emphasis splices the
   * paragraph's events, so marks cost in proportion to the marks before them.
   */
  inlineMarkSquared: 0.02,
  /** A footnote (`[^`), its reference or its definition. */
  footnote: 50,
  /** A link definition line (`[id]: url`). */
  definition: 50,
  /** A table cell border (`|`). */
  tableCell: 25,
  /** A code fence line (```` ``` ```` or `~~~`). */
  fence: 18,
  /** A line of frontmatter (a YAML or TOML key). */
  frontmatterLine: 14,
};

/** Lists or block quotes nested deeper than this on one line are not parsed: the parser's cost grows with the square of it. */
export const maxNesting = 100;

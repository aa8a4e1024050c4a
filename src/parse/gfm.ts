/**
 * GFM as the rules read it: tables, task list items, strikethrough and footnotes, from the same
 * micromark and mdast extensions remark-gfm combines, but not its autolink literals (a bare
 * `https://…`, `www.…` or e-mail address made into a link). No rule needs them: typo blanks
 * URLs and addresses in text either way, and duplicate-bullet reads a bare URL as the words it
 * is. Finding them costs a third of the parse: the e-mail construct starts at every ASCII letter
 * or digit, and a second pass searches every text node with regular expressions (measured over
 * 1,000 corpus documents: 2.1-2.6 s to parse without them, 3.2-3.8 s with remark-gfm).
 */
import type { Processor } from 'unified';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

/** A unified plugin: GFM without autolink literals, for parsing (the engine never serialises). */
export function remarkGfmBlocks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]);
}

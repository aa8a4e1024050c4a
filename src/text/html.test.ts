import { describe, expect, it } from 'vitest';
import { htmlListItems, htmlRuns } from './html.js';

describe('htmlRuns', () => {
  it('gives the text between tags at its index, split at character references', () => {
    const html = '<p class="a">We&#39;re <b>hiring</b></p>';
    expect(htmlRuns(html)).toEqual([
      { text: 'We', index: 13 },
      { text: 're ', index: 20 },
      { text: 'hiring', index: 26 },
    ]);
    for (const run of htmlRuns(html)) expect(html.slice(run.index, run.index + run.text.length)).toBe(run.text);
  });

  it('skips comments, declarations and the content of code, pre, script and style, closed or not', () => {
    expect(htmlRuns('<!DOCTYPE html><!-- note --><pre>x = 1</pre><script>let a</script>Text<code>b')).toEqual([{ text: 'Text', index: 66 }]);
    expect(htmlRuns('<div>\n<!-- left open\nstill a comment')).toEqual([]);
  });
});

describe('htmlListItems', () => {
  it('gives each item its shown text and the span of its content, a closing tag optional', () => {
    const html = '<ul><li> Own the <em>roadmap</em> </li><li>Hire &amp; coach\n<li><!-- x --></ul>';
    const { items, tablesOpen } = htmlListItems(html);
    expect(items).toEqual([
      { text: 'Own the roadmap', start: 9, end: 33 },
      { text: 'Hire & coach', start: 43, end: 59 },
    ]);
    expect(tablesOpen).toBe(0);
  });

  it('skips items in tables, counting the tables left open for the next fragment', () => {
    expect(htmlListItems('<table><tr><td><ul><li>In a cell</li>')).toEqual({ items: [], tablesOpen: 1 });
    expect(htmlListItems('<li>Still in the cell</li></td></tr></table><ul><li>After</li></ul>', 1).items.map((i) => i.text)).toEqual(['After']);
  });
});

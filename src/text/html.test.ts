import { describe, expect, it } from 'vitest';
import { htmlRuns } from './html.js';

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

/**
 * The prose of an HTML fragment as runs of its own source text, each with its index, so a word
 * found in a run is at `index` plus its place in the run. Not prose: tags, comments, declarations,
 * and the content of elements that hold code or data (`<code>`, `<pre>`, `<kbd>`, `<samp>`,
 * `<script>`, `<style>`, `<textarea>`). A character reference (`&#39;`, `&amp;`) ends a run
 * instead of being decoded, so every run is what the source says, character for character.
 */

export interface HtmlRun {
  text: string;
  index: number;
}

const notProse =
  /<!--[\s\S]*?(?:-->|$)|<(code|pre|kbd|samp|script|style|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?[A-Za-z][^>]*>|<![A-Za-z][^>]*>|<\?[\s\S]*?(?:\?>|$)|&(?:#\d+|#x[\dA-Fa-f]+|[A-Za-z][A-Za-z\d]*);/g;

export function htmlRuns(html: string): HtmlRun[] {
  const runs: HtmlRun[] = [];
  let from = 0;
  const take = (to: number) => {
    if (/\S/.test(html.slice(from, to))) runs.push({ text: html.slice(from, to), index: from });
  };
  for (const m of html.matchAll(notProse)) {
    take(m.index);
    from = m.index + m[0].length;
  }
  take(html.length);
  return runs;
}

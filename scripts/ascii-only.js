// Rewrites a bundle so that it is pure ASCII, as esbuild does by default (`charset: ascii`): Node
// decodes a non-ASCII source from UTF-8 into a two-byte string on every start (~7 ms for the
// 3 MB Action bundle here, measured), while an ASCII one is read as Latin-1 and scanned as one
// byte a character. A character is written as a \uXXXX escape only where the escape means the
// same character: string and regular-expression literals, untagged template literals and
// comments. Anywhere else (an identifier, a tagged template, whose raw text a tag can read) it is
// left as it is, and listed, so the bundle stays correct.
import { parse } from 'acorn';

/** Source ranges [start, end) in which an escape stands for the character it replaces. */
function escapableRanges(source) {
  const ranges = [];
  const ast = parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
    onComment: (_block, _text, start, end) => ranges.push([start, end]),
  });
  const visit = (node, parent) => {
    if (node.type === 'Literal' && (typeof node.value === 'string' || node.regex)) ranges.push([node.start, node.end]);
    if (node.type === 'TemplateLiteral' && parent?.type !== 'TaggedTemplateExpression') for (const quasi of node.quasis) ranges.push([quasi.start, quasi.end]);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) child && typeof child.type === 'string' && visit(child, node);
      else if (value && typeof value.type === 'string') visit(value, node);
    }
  };
  visit(ast, undefined);
  return ranges.sort((a, b) => a[0] - b[0]);
}

const escape = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * The source with every escapable non-ASCII character escaped (astral ones as their surrogate
 * pair, which a `u` regular expression reads as one code point), and the line of each one that
 * was not escapable.
 */
export function asciiOnly(source) {
  const ranges = escapableRanges(source);
  const kept = [];
  let out = '';
  let from = 0;
  let r = 0;
  for (let i = 0; i < source.length; i++) {
    const unit = source.charCodeAt(i);
    if (unit < 0x80) continue;
    while (r < ranges.length && ranges[r][1] <= i) r++;
    if (r === ranges.length || ranges[r][0] > i) {
      kept.push(i);
      continue;
    }
    // `\é` is an identity escape (é itself); its escape replaces the backslash too.
    let slashes = 0;
    while (source.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    out += source.slice(from, slashes % 2 === 1 ? i - 1 : i) + escape(unit);
    from = i + 1;
  }
  return { text: out + source.slice(from), kept: kept.map((offset) => source.slice(0, offset).split('\n').length) };
}

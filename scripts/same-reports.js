// Behaviour kept through a change of structure: builds two commits (default: HEAD~1 and the work
// tree) and compares, byte for byte, their JSON reports on the fixtures and on the whole corpus
// (../shared/corpus). Prints the first differing lines and exits 1 where they differ.
//   node scripts/same-reports.js [base-ref] [other-ref]   (other-ref omitted: the work tree as it is)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const [base = 'HEAD~1', other] = process.argv.slice(2);

/** A checkout of `ref` built with tsc (lib/), sharing this project's node_modules. */
function checkout(ref) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolelint-same-'));
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', '--quiet', dir, ref]);
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  build(dir);
  return dir;
}

function build(dir) {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The CLI's JSON report of `target`, run from `cwd` so both builds print the same paths. */
function report(dir, cwd, target) {
  const run = spawnSync(process.execPath, [path.join(dir, 'lib/cli/bin.js'), '--format', 'json', '--fail-on', 'never', '--workers', '1', target], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`${dir}: rolelint exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

const dirs = [checkout(base), other ? checkout(other) : (build(root), root)];
let differ = false;
try {
  const cases = [['fixtures', (dir) => report(dir, dir, 'fixtures')]];
  if (existsSync(corpus)) cases.push(['corpus', (dir) => report(dir, corpus, '.')]);
  else console.log(`skipped the corpus: ${corpus} is absent`);
  for (const [name, run] of cases) {
    const [a, b] = dirs.map(run);
    if (a === b) {
      console.log(`${name}: the same, ${a.length.toLocaleString('en-US')} bytes`);
      continue;
    }
    differ = true;
    const [la, lb] = [a.split('\n'), b.split('\n')];
    const at = la.findIndex((line, i) => line !== lb[i]);
    console.log(`${name}: differs from line ${at + 1}:\n- ${la[at]}\n+ ${lb[at]}`);
  }
} finally {
  for (const dir of dirs) {
    if (dir === root) continue;
    execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(differ ? 1 : 0);

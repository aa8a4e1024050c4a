// Bundles the tsc output in lib/ with ncc: dist/index.js (the Action) and dist/cli/index.js (the
// CLI, a single file so `rolelint` starts without resolving node_modules). Deterministic, so
// .ci/run can rebuild and compare with the committed dist/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const ncc = (entry, out) =>
  execFileSync('ncc', ['build', entry, '-o', out, '--quiet', '--license', 'licenses.txt', '--target', 'es2022'], {
    stdio: 'inherit',
  });
ncc('lib/action/index.js', 'dist');
ncc('lib/cli/bin.js', 'dist/cli');

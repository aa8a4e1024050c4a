/**
 * Ends the test run with one plain line, `tests: N passed, N failed, N skipped`, the closing line
 * CI and people read without knowing vitest's own format.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const count = (state: 'passed' | 'failed' | 'skipped') =>
      modules.reduce((n, m) => n + [...m.children.allTests(state)].length, 0);
    const failedModules = modules.filter((m) => m.state() === 'failed' && [...m.children.allTests('failed')].length === 0).length;
    process.stdout.write(`\ntests: ${count('passed')} passed, ${count('failed') + failedModules} failed, ${count('skipped')} skipped\n`);
  }
}

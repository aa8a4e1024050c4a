/**
 * `--timing`: where linting spent its time, by step (the parse, the kind decision, each rule, the
 * readings rules share), slowest first, as ESLint's `TIMING` table shows its rules. On stderr, so reports keep their shape.
 */
export function timingTable(times: Readonly<Record<string, number>>, files: number): string {
  const rows = Object.entries(times).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const width = Math.max('Step'.length, 'total'.length, ...rows.map(([step]) => step.length));
  const line = (step: string, ms: string, share: string) => `${step.padEnd(width)} | ${ms.padStart(9)} | ${share.padStart(8)}`;
  return [
    `rolelint: where linting ${files} file${files === 1 ? '' : 's'} spent its time (a reading several rules share, such as the outline or the language, is a step of its own):`,
    line('Step', 'Time (ms)', 'Relative'),
    `:${'-'.repeat(width - 1)} | --------: | -------:`,
    ...rows.map(([step, ms]) => line(step, ms.toFixed(1), `${total > 0 ? ((100 * ms) / total).toFixed(1) : '0.0'}%`)),
    line('total', total.toFixed(1), '100.0%'),
    '',
  ].join('\n');
}

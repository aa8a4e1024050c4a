// Loaded with `node --import` before the bundled CLI: reports the process's peak resident set
// when it exits, so a test measures the memory of one rolelint run from outside it.
process.on('exit', () => {
  process.stderr.write(`\nrolelint-peak-rss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});

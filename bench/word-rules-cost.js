// `node bench/word-rules-cost.js [--repeats N]` (after `npm run build`): the CPU time the engine
// spends on every ../shared/corpus document in this one thread, with every rule on and with
// typo and confusable-word off, documents linted as corpus-review.test.ts lints them (a source a project). The speller
// is loaded before timing (a run loads it once). Prints the medians over the repeats and the
// share the two word rules add to the rest of the engine's time (the issue caps it at 10%).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig } from '../lib/engine/config.js';
import { lint } from '../lib/node/lint.js';

const args = process.argv.slice(2);
const repeats = Number(args[args.indexOf('--repeats') + 1]) || 5;
const corpus = path.resolve('../shared/corpus');
const documents = [];
for (const source of readdirSync(corpus).sort()) {
  const dir = path.join(corpus, source);
  if (!statSync(dir).isDirectory()) continue;
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.md')) documents.push({ source, name, contents: readFileSync(path.join(dir, name)) });
}
const all = defaultConfig();
const without = { ...all, rules: Object.fromEntries(Object.entries(all.rules).filter(([id]) => id !== 'typo' && id !== 'confusable-word')) };

// Each source one project, as corpus-review.test.ts lints it: typo's project vocabulary is read
// over its documents within the time measured.
const sources = new Map();
for (const d of documents) sources.set(d.source, [...(sources.get(d.source) ?? []), d]);

async function cpu(config) {
  const start = process.cpuUsage();
  for (const [source, members] of sources) {
    const project = path.join(corpus, source);
    await lint(members.map((d) => ({ path: d.name.replaceAll('--', '/'), contents: d.contents, cwd: project, root: project })), () => config);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

await cpu(all);
const times = { all: [], without: [] };
for (let i = 0; i < repeats; i++) {
  times.without.push(await cpu(without));
  times.all.push(await cpu(all));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [a, w] = [median(times.all), median(times.without)];
console.log(`${documents.length} documents, ${repeats} repeats: every rule ${a.toFixed(0)} ms CPU, without typo and confusable-word ${w.toFixed(0)} ms; the two add ${(100 * (a - w) / w).toFixed(1)}%`);

// `node bench/rule-cost.js <rule-id> [rounds]` (after `npm run build`): what one rule adds to the
// engine's time, in one process, on 1,000 documents (../shared/corpus cycled, else generated ones).
// Each round lints each of them with every rule at its default and with the rule off, one right
// after the other; a first round warms the JIT and the dictionaries and is not counted. Prints
// each round and the median share of the engine's time the rule takes: (on - off) / on, in the
// process's CPU time (what other processes on a shared machine take is not counted) and, for
// comparison, in wall time.
import { defaultConfig } from '../lib/engine/config.js';
import { lintDocument } from '../lib/engine/lint.js';
import { corpusDocuments, generatedDocument, random } from './inputs.js';

const [id, roundsArg] = process.argv.slice(2);
if (!id) throw new Error('usage: node bench/rule-cost.js <rule-id> [rounds]');
const rounds = Number(roundsArg) || 7;
const count = 1000;
const rand = random(20261122);
const source = corpusDocuments() ?? Array.from({ length: 300 }, (_, i) => generatedDocument(rand, i));
const documents = Array.from({ length: count }, (_, i) => ({ path: `doc-${i}.md`, contents: source[i % source.length] }));

const on = defaultConfig();
if (!(id in on.rules)) throw new Error(`unknown rule ${id}`);
const off = { ...on, rules: { ...on.rules, [id]: { ...on.rules[id], level: 'off' } } };

// Interleaved document by document (on, off for one, off, on for the next), so that the machine's
// slow spells, which last seconds on a shared VM, fall on both alike.
async function round(index) {
  const cpu = new Map([[on, 0], [off, 0]]);
  const wall = new Map([[on, 0], [off, 0]]);
  for (const [i, document] of documents.entries()) {
    for (const config of (i + index) % 2 === 0 ? [on, off] : [off, on]) {
      const start = performance.now();
      const used = process.cpuUsage();
      await lintDocument(document, config);
      const { user, system } = process.cpuUsage(used);
      cpu.set(config, cpu.get(config) + (user + system) / 1e6);
      wall.set(config, wall.get(config) + (performance.now() - start) / 1000);
    }
  }
  return { cpu, wall };
}

await round(0);
const shares = { cpu: [], wall: [] };
const share = (times) => (times.get(on) - times.get(off)) / times.get(on);
for (let r = 0; r < rounds; r++) {
  const { cpu, wall } = await round(r);
  shares.cpu.push(share(cpu));
  shares.wall.push(share(wall));
  console.log(`round ${r + 1}: CPU on ${cpu.get(on).toFixed(2)} s, off ${cpu.get(off).toFixed(2)} s, ${id} ${(100 * share(cpu)).toFixed(1)}%; wall ${(100 * share(wall)).toFixed(1)}%`);
}
for (const [what, list] of Object.entries(shares)) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${id} on ${count} documents, ${rounds} rounds, ${what} time: median ${(100 * sorted[Math.floor(rounds / 2)]).toFixed(1)}% of the engine's time (min ${(100 * sorted[0]).toFixed(1)}%, max ${(100 * sorted.at(-1)).toFixed(1)}%)`);
}

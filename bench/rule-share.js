// `node bench/rule-share.js [rule] [--repeats N]` (after `npm run build`): a rule's share of the
// engine's time on the 1,000 benchmark documents (../shared/corpus cycled, or generated), two ways,
// each from fresh processes: (1) document by document in one process, the rule alone from a parsed
// tree (its node index, outline, language and kind made as the engine makes them for every rule,
// the last two timed and printed on their own; RULE may name several rules, comma-separated), then
// the engine with every rule: the finer figure, as a busy spell falls on both alike, and an upper
// bound, as the rule pays the first reading of each document's words; (2) the engine with every
// rule against the engine without this one, in turns: a check, within the machine's noise.
import { spawnSync } from 'node:child_process';
import { prepare } from './inputs.js';

const args = process.argv.slice(2);
const rule = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'pay-transparency';
const repeats = Number(args[args.indexOf('--repeats') + 1]) || 5;
const { list } = prepare([1000]).sets[1000];
const run = (stage) => JSON.parse(spawnSync(process.execPath, ['bench/stage.js', stage, list], { encoding: 'utf8', env: { ...process.env, RULE: rule }, maxBuffer: 1 << 30 }).stdout.trim().split('\n').at(-1));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x) => `${(100 * x).toFixed(2)}%`;

const paired = [];
const apart = [];
const kinds = [];
const languages = [];
for (let i = 0; i < repeats; i++) {
  const share = run('rule-share');
  paired.push(share.rule / share.ms);
  kinds.push(share.kind / share.ms);
  languages.push(share.language / share.ms);
  apart.push((run('engine').ms - run('engine-without').ms) / share.ms);
  console.log(`round ${i + 1}: engine ${(share.ms / 1000).toFixed(2)} s, ${rule} alone ${share.rule.toFixed(0)} ms (${pct(paired.at(-1))}); engine with it - without it ${pct(apart.at(-1))}`);
}
console.log(`read once a document for every rule that needs them: the language ${pct(median(languages))}, then the kind ${pct(median(kinds))} of the engine's time, document by document (median)`);
console.log(`${rule} on 1,000 documents, ${repeats} rounds: (1) ${pct(median(paired))} of the engine's time, document by document (median); (2) ${pct(median(apart))} as the engine with it against without it (median; rounds ${apart.map(pct).join(', ')})`);

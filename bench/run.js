// `npm run bench`: speed and memory of rolelint beside its floors (reading the files, parsing them
// with remark and nothing else) and, with --peers, the tools users know. Every figure comes from
// a fresh process; wall times are min/median/max over repeats, and the 1,000-file commands run in
// rounds, taking turns, so their ratios compare runs made side by side. Options: --quick (skip
// 10,000 files), --peers (markdownlint-cli2 and cspell, if installed), --repeats N.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workerCount } from '../lib/node/parallel.js';
import { benchDir, prepare } from './inputs.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const peers = args.includes('--peers');
const repeats = Number(args[args.indexOf('--repeats') + 1]) || 3;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** How much slower one parse-floor process runs beside a second one: 1.0 means two real cores. */
function concurrency() {
  const list = inputs.sets[1000].list;
  const alone = median([0, 1, 2].map(() => JSON.parse(spawnSync(process.execPath, ['bench/stage.js', 'parse', list, '200'], { encoding: 'utf8' }).stdout).ms));
  const together = [0, 1].map(() => spawnSync('sh', ['-c', `"${process.execPath}" bench/stage.js parse ${list} 200 & "${process.execPath}" bench/stage.js parse ${list} 200 & wait`], { encoding: 'utf8' }).stdout.trim().split('\n').map((l) => JSON.parse(l).ms));
  return median(together.flat()) / alone;
}

const warmCache = path.join(benchDir, 'compile-cache');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One run of a command: wall time from the parent (or the stage's own figures), peak RSS from /usr/bin/time when present. */
function runOnce(label, command, argv, { env = {}, inProcess = false, compileCache } = {}) {
  const full = timeBin && !inProcess ? [timeBin, ['-f', '__RSS__%M', command, ...argv]] : [command, argv];
  // Node's compile cache, which dist/index.js and the CLI turn on: 'first' runs as on a machine
  // that has never run them (an empty temporary folder, where the cache lives by default: V8
  // compiles the whole bundle, and the entry writes the cache unless it runs on a GitHub-hosted
  // runner); 'warm' uses the bench's own cache, written by a run before the rounds.
  const cache = compileCache === 'first' ? mkdtempSync(path.join(tmpdir(), 'rolelint-bench-tmp-')) : compileCache === 'warm' ? warmCache : undefined;
  const inherited = { ...process.env };
  delete inherited.NODE_COMPILE_CACHE;
  const place = compileCache === 'first' ? { TMPDIR: cache } : cache ? { NODE_COMPILE_CACHE: cache } : {};
  const start = performance.now();
  const run = spawnSync(full[0], full[1], { encoding: 'utf8', env: { ...inherited, ...env, ...place }, maxBuffer: 1 << 30 });
  const wall = (performance.now() - start) / 1000;
  if (compileCache === 'first') rmSync(cache, { recursive: true, force: true });
  if (run.error) throw run.error;
  if (inProcess) {
    if (run.status !== 0) throw new Error(`${label}: ${run.stderr}`);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1));
    return { wall: out.ms / 1000, rss: out.rss, files: out.files, bytes: out.bytes, live: out.live };
  }
  const m = /__RSS__(\d+)/.exec(run.stderr ?? '');
  return { wall, rss: m ? Number(m[1]) / 1024 : 0 };
}

/**
 * Runs each command `n` times, taking them in turn (a, b, c, a, b, c, ...), so a slow spell of
 * the machine falls on every command alike and the ratios of one round stay comparable: on a
 * shared VM the same run varies by 20-40% over minutes.
 */
function measureRounds(specs, n = repeats) {
  for (const spec of specs) if (spec.compileCache === 'warm') runOnce(spec.label, spec.command, spec.argv, spec);
  const rounds = specs.map(() => ({ walls: [], rss: 0, out: {} }));
  for (let i = 0; i < n; i++) {
    specs.forEach((spec, k) => {
      const once = runOnce(spec.label, spec.command, spec.argv, spec);
      rounds[k].walls.push(once.wall);
      rounds[k].rss = Math.max(rounds[k].rss, once.rss);
      rounds[k].out = once;
    });
  }
  return specs.map((spec, k) => {
    const { walls, rss, out } = rounds[k];
    const row = { label: spec.label, input: spec.input, files: spec.files ?? out.files, bytes: spec.bytes ?? out.bytes, walls, rss, live: out.live };
    print(row);
    return row;
  });
}

const measure = (label, input, command, argv, options = {}) => measureRounds([{ label, input, command, argv, ...options }], options.n)[0];

function print(r) {
  const med = median(r.walls);
  const mb = r.bytes / 1e6;
  const cells = [
    r.label.padEnd(34),
    r.input.padEnd(16),
    String(r.files ?? '').padStart(6),
    mb.toFixed(1).padStart(6),
    `${Math.min(...r.walls).toFixed(2)}/${med.toFixed(2)}/${Math.max(...r.walls).toFixed(2)}`.padStart(20),
    (r.files ? (r.files / med).toFixed(0) : '').padStart(8),
    (mb / med).toFixed(2).padStart(7),
    r.rss ? r.rss.toFixed(0).padStart(6) : '     -',
  ];
  console.log(cells.join('  '));
}

const node = process.execPath;
const stageSpec = (name, list, label, input) => ({ label, input, command: node, argv: ['--expose-gc', 'bench/stage.js', name, list], inProcess: true });
const stage = (name, list, label, input, n) => measureRounds([stageSpec(name, list, label, input)], n)[0];

console.log(`rolelint bench: node ${process.version}, ${(await import('node:os')).cpus().length} cores; preparing inputs in ${path.relative(process.cwd(), benchDir)}/ ...`);
const counts = quick ? [1000] : [1000, 10000];
const inputs = prepare(counts);
console.log(`inputs: ${inputs.fromCorpus ? `../shared/corpus (${inputs.sourceCount} real documents)` : `${inputs.sourceCount} generated documents (../shared/corpus is absent)`} cycled to ${counts.join(' and ')} files; one 5 MB document; one with 10,000 bullets`);
console.log('');
console.log(['stage'.padEnd(34), 'input'.padEnd(16), 'files'.padStart(6), 'MB'.padStart(6), 'wall s min/med/max'.padStart(20), 'files/s'.padStart(8), 'MB/s'.padStart(7), 'RSS MB'.padStart(6)].join('  '));

const k1 = inputs.sets[1000];
const cliArgs = (target) => ['dist/cli/index.js', '--format', 'json', '--fail-on', 'never', target];
// The CLI reading, parsing and reporting with no rule to run: what its own parse costs in the pool,
// the least its wall time could be whatever the rules did.
const noRuleArgs = (target) => ['dist/cli/index.js', '--config', inputs.rulesOff, ...cliArgs(target).slice(1)];
// Peers join the same rounds, so "faster than every peer" compares runs made side by side.
const peerSpecs = [];
if (peers) {
  for (const [label, bin, argv] of [
    ['peer: markdownlint-cli2', 'markdownlint-cli2', [`${k1.dir}/**/*.md`]],
    ['peer: cspell', 'cspell', ['--no-progress', '--no-summary', `${k1.dir}/**/*.md`]],
  ]) {
    const found = spawnSync('npx', ['--no-install', bin, '--version'], { encoding: 'utf8' });
    if (found.status !== 0) console.log(`${label}: not installed (npm i -g ${bin} to compare)`);
    else peerSpecs.push({ label, input: '1,000 docs', command: 'npx', argv: ['--no-install', bin, ...argv], files: 1000, bytes: k1.bytes });
  }
}
const [io, parse1, engineParse1, , engine1, cli1, cliOne, cliNoRule1, ...peerRows] = measureRounds([
  stageSpec('io', k1.list, '(a) read files (I/O floor)', '1,000 docs'),
  stageSpec('parse', k1.list, '(b) parse floor: remark+fm+gfm', '1,000 docs'),
  stageSpec('engine-parse', k1.list, "(c) engine's parse, no rule", '1,000 docs'),
  stageSpec('engine-no-typo', k1.list, '(c) engine, all rules but typo', '1,000 docs'),
  stageSpec('engine', k1.list, '(c) engine, all rules', '1,000 docs'),
  { label: '(d) rolelint CLI process', input: '1,000 docs', command: node, argv: cliArgs(k1.dir), files: 1000, bytes: k1.bytes },
  { label: '(d) CLI process, --workers 1', input: '1,000 docs', command: node, argv: ['dist/cli/index.js', '--workers', '1', ...cliArgs(k1.dir).slice(1)], files: 1000, bytes: k1.bytes },
  { label: '(d) CLI process, every rule off', input: '1,000 docs', command: node, argv: noRuleArgs(k1.dir), files: 1000, bytes: k1.bytes },
  ...peerSpecs,
]);
const one = path.join(k1.dir, 'doc-00000.md');
const actionEnv = { INPUT_FILES: 'no-such-folder/*.md', 'INPUT_FAIL-ON': 'never', GITHUB_WORKSPACE: process.cwd() };
const hosted = { ...actionEnv, RUNNER_ENVIRONMENT: 'github-hosted' };
const [coldFirst, , startFirst, startConfigured] = measureRounds(
  [
    { label: '(d) CLI process, cold, first run', input: '1 doc', command: node, argv: cliArgs(one), files: 1, bytes: 0, compileCache: 'first' },
    { label: '(d) CLI process, cold, cache warm', input: '1 doc', command: node, argv: cliArgs(one), files: 1, bytes: 0, compileCache: 'warm' },
    { label: '(e) dist/index.js start-up, first', input: 'hosted runner', command: node, argv: ['dist/index.js'], files: 0, bytes: 0, env: hosted, compileCache: 'first' },
    { label: '(e) start-up, first, config file', input: 'hosted runner', command: node, argv: ['dist/index.js'], files: 0, bytes: 0, env: { ...hosted, GITHUB_WORKSPACE: inputs.configured }, compileCache: 'first' },
    { label: '(e) dist/index.js start-up, warm', input: 'self-hosted', command: node, argv: ['dist/index.js'], files: 0, bytes: 0, env: actionEnv, compileCache: 'warm' },
  ],
  7,
);
stage('parse', path.join(benchDir, 'list-big.txt'), '(b) parse floor', '5 MB doc', 1);
stage('engine', path.join(benchDir, 'list-big.txt'), '(c) engine, all rules', '5 MB doc', 1);
stage('parse', path.join(benchDir, 'list-bullets.txt'), '(b) parse floor', '10,000 bullets', 1);
stage('engine', path.join(benchDir, 'list-bullets.txt'), '(c) engine, all rules', '10,000 bullets', 1);
let engine10;
let parse10;
let cli10;
let cliNoRule10;
if (!quick) {
  const k10 = inputs.sets[10000];
  parse10 = stage('parse', k10.list, '(b) parse floor', '10,000 docs', 1);
  engine10 = stage('engine', k10.list, '(c) engine, all rules', '10,000 docs', 1);
  cli10 = measure('(d) rolelint CLI process', '10,000 docs', node, cliArgs(k10.dir), { n: 1, files: 10000, bytes: k10.bytes });
  cliNoRule10 = measure('(d) CLI process, every rule off', '10,000 docs', node, noRuleArgs(k10.dir), { n: 1, files: 10000, bytes: k10.bytes });
}
// What the CLI holds with every worker started and nothing to lint: the floor under its peak RSS.
const idle = measure('(d) CLI, workers started', 'one-line docs', node, cliArgs(inputs.idle), { n: 3, files: readdirSync(inputs.idle).length, bytes: 0 });
console.log('');
// Rows measured in the same rounds are compared round by round (the median of the rounds' ratios);
// others by their medians.
const rssOf = (row) => (row.rss ? `${row.rss.toFixed(0)} MB` : 'not measured (no /usr/bin/time)');
const ratio = (a, b) =>
  (a.walls.length === b.walls.length && a.walls.length > 1 ? median(a.walls.map((w, i) => w / b.walls[i])) : median(a.walls) / median(b.walls)).toFixed(2);
console.log(`worker pool speed-up on 1,000 docs: x${ratio(cliOne, cli1)} (one thread / every core); two busy processes here each run ${concurrency().toFixed(2)}x slower than one alone`);
const byRound = (a, b) => a.walls.map((w, i) => (w / b.walls[i]).toFixed(2)).join(', ');
console.log(`ratios on 1,000 docs: engine/parse floor (c)/(b) = ${ratio(engine1, parse1)} (target <= 1.3; rounds ${byRound(engine1, parse1)}); CLI process/parse floor (d)/(b) = ${ratio(cli1, parse1)} (target < 0.75; rounds ${byRound(cli1, parse1)}); I/O floor ${median(io.walls).toFixed(2)} s`);
// The engine parses GFM without autolink literals (src/parse/gfm.ts): its own parse against the
// floor, and its rules against its own parse, show where its time goes.
console.log(`the CLI with every rule off / parse floor = ${ratio(cliNoRule1, parse1)} (rounds ${byRound(cliNoRule1, parse1)}): what the CLI costs before any rule runs, so the least (d)/(b) can be on this machine`);
console.log(`the engine's own parse (no autolink literals) / parse floor = ${ratio(engineParse1, parse1)}; engine with all rules / its own parse = ${ratio(engine1, engineParse1)} (rounds ${byRound(engine1, engineParse1)})`);
console.log(`start-up: CLI on one doc ${median(coldFirst.walls).toFixed(2)} s on a first run (target < 0.3), dist/index.js ${median(startFirst.walls).toFixed(2)} s on a first run (target < 0.2; every run on a GitHub-hosted runner is one), ${median(startConfigured.walls).toFixed(2)} s with the README's config file; later runs reuse Node's compile cache`);
console.log(`memory on 1,000 docs: engine peak RSS ${engine1.rss.toFixed(0)} MB, live heap after the run ${engine1.live.toFixed(0)} MB (results included; the rest is V8's headroom); CLI ${rssOf(cli1)}`);
for (const peer of peerRows) console.log(`CLI process / ${peer.label.replace('peer: ', '')} = ${ratio(cli1, peer)} (target < 1: faster than every peer)`);
if (engine10) console.log(`growth 1,000 -> 10,000 docs: engine x${ratio(engine10, engine1)}, parse floor x${ratio(parse10, parse1)} (target <= 11); engine peak RSS on 10,000 docs ${engine10.rss.toFixed(0)} MB (target < 250), of which live after the run ${engine10.live.toFixed(0)} MB (results included); CLI ${rssOf(cli10)}, ${rssOf(cliNoRule10)} with every rule off`);
if (idle.rss) console.log(`memory floor: the CLI with its ${workerCount(idle.files)} workers started and one-line documents peaks at ${idle.rss.toFixed(0)} MB RSS (Node and the engine's code in every thread, before any real work)`);

// What the issues cap, as shares of the engine's time on 1,000 documents, document by document in
// one process (bench/rule-share.js does the same over several rounds, with a cross-check). The
// rules measured run on each document before the engine does, so they pay what is done the first
// time a document's words are met (dictionary look-ups, suggestion scans): an upper bound.
// Three runs (one with --quick), each share their median: one run on a shared machine moves by
// half a point either way.
const shareRuns = quick ? 1 : 3;
const share = (rules) =>
  Array.from({ length: shareRuns }, () => {
    const run = spawnSync(node, ['bench/stage.js', 'rule-share', k1.list], { encoding: 'utf8', env: { ...process.env, RULE: rules }, maxBuffer: 1 << 30 });
    return JSON.parse(run.stdout.trim().split('\n').at(-1));
  });
const pctOf = (part, whole) => `${((100 * part) / whole).toFixed(2)}%`;
/** The median over the runs of a share, with the runs' range when there are several. */
const shareOf = (runs, part) => {
  const shares = runs.map((run) => (100 * part(run)) / run.ms).sort((a, b) => a - b);
  const median = `${shares[Math.floor(shares.length / 2)].toFixed(2)}%`;
  return shares.length === 1 ? median : `${median} (${shares[0].toFixed(2)}-${shares.at(-1).toFixed(2)}%)`;
};
const runsNote = shareRuns === 1 ? 'one run' : `medians of ${shareRuns} runs`;
const sections = share('required-sections');
console.log(`shares of the engine's time on 1,000 docs (${runsNote}): the kind decision ${shareOf(sections, (r) => r.kind)} and required-sections ${shareOf(sections, (r) => r.rule)}, together ${shareOf(sections, (r) => r.kind + r.rule)} (cap 5%; at most, see bench/stage.js); the document's language, read once for the word rules and the kind, ${shareOf(sections, (r) => r.language)}`);
const words = share('typo,confusable-word');
console.log(`shares of the engine's time on 1,000 docs (${runsNote}): typo and confusable-word together ${shareOf(words, (r) => r.rule)} (cap 10%; at most, see bench/stage.js), and as the engine with all rules against all but typo above; the project vocabulary typo needs, read once a run by the CLI and the Action before linting (the engine stages lint without it), ${shareOf(words, (r) => r.vocabulary)} more`);
// The same in the engine's own run, as `--timing` counts it: each step timed where it runs, the
// first meeting with a word paid by the rule that meets it; the readings several rules share (the
// outline, the language, the prose runs) are steps of their own.
const { times } = JSON.parse(spawnSync(node, ['bench/stage.js', 'engine', k1.list], { encoding: 'utf8', maxBuffer: 1 << 30 }).stdout.trim().split('\n').at(-1));
const sum = (steps) => steps.reduce((total, step) => total + (times[step] ?? 0), 0);
const linting = sum(Object.keys(times));
const added = (steps) => `${pctOf(sum(steps), linting)} of its linting time, ${pctOf(sum(steps), linting - sum(steps))} added to the rest`;
console.log(`in the engine's own run (what --timing prints): typo and confusable-word ${added(['typo', 'confusable-word'])}; the kind decision and required-sections ${added(['kind', 'required-sections'])}`);

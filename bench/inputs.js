// Benchmark inputs: the real documents of ../shared/corpus cycled to N files, or, where that folder
// is absent (a user's clone), documents from a seeded generator; plus one 5 MB document and one
// with 10,000 bullets; and a workspace configured as the README's example is, where most real
// repositories that run rolelint have a config file; and enough one-line documents to start every
// worker, for the memory the CLI holds before any real work; and a configuration with every rule
// off, for what the CLI costs before any rule runs. Written under .bench/ (git-ignored).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { filesPerWorker } from '../lib/node/parallel.js';
import { rules } from '../lib/rules/index.js';

export const benchDir = path.resolve('.bench');
const corpusDir = path.resolve('..', 'shared', 'corpus');

export function corpusDocuments() {
  if (!existsSync(corpusDir)) return undefined;
  const docs = [];
  for (const source of readdirSync(corpusDir).sort()) {
    const dir = path.join(corpusDir, source);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.md')) docs.push(readFileSync(path.join(dir, name)));
  }
  return docs;
}

/** A small seeded PRNG (mulberry32), so generated documents are the same on every machine. */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const verbs = ['Own', 'Lead', 'Design', 'Review', 'Mentor', 'Plan', 'Ship', 'Improve', 'Run', 'Coordinate', 'Define', 'Measure'];
const objects = ['the delivery roadmap', 'incident reviews', 'the hiring process', 'service reliability', 'design documents', 'quarterly planning', 'the data platform', 'stakeholder updates', 'code reviews', 'the on-call rota'];
const tails = ['with product and design', 'across three teams', 'for the whole organisation', 'every quarter', 'with clear written updates', 'and report on progress'];
const headings = [['Responsibilities', "What you'll do", 'Key Responsibilities'], ['Requirements', 'Qualifications', "What we're looking for"], ['Leadership', 'Leadership skills'], ['Benefits', 'About us', 'How we work']];

export function generatedDocument(rand, i) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const lines = ['---', `title: Role ${i}`, 'layout: job', '---', '', `# Role ${i}`, '', 'We are hiring an engineer to join a small, busy team that cares about its users.', ''];
  for (const group of headings) {
    lines.push(`## ${pick(group)}`, '');
    const n = 3 + Math.floor(rand() * 6);
    for (let k = 0; k < n; k++) lines.push(`- ${pick(verbs)} ${pick(objects)} ${pick(tails)}.`);
    lines.push('');
  }
  return Buffer.from(lines.join('\n'));
}

export function prepare(counts) {
  rmSync(benchDir, { recursive: true, force: true });
  const real = corpusDocuments();
  const rand = random(20261122);
  const source = real ?? Array.from({ length: 300 }, (_, i) => generatedDocument(rand, i));
  const sets = {};
  for (const n of counts) {
    const dir = path.join(benchDir, `docs-${n}`);
    mkdirSync(dir, { recursive: true });
    const paths = [];
    for (let i = 0; i < n; i++) {
      const p = path.join(dir, `doc-${String(i).padStart(5, '0')}.md`);
      writeFileSync(p, source[i % source.length]);
      paths.push(p);
    }
    writeFileSync(path.join(benchDir, `list-${n}.txt`), paths.join('\n'));
    sets[n] = { dir, list: path.join(benchDir, `list-${n}.txt`), bytes: paths.reduce((b, p) => b + statSync(p).size, 0) };
  }
  const big = path.join(benchDir, 'big-5mb.md');
  const parts = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const doc = source[i % source.length].toString('utf8').replace(/^---[\s\S]*?\n---\n/, '');
    parts.push(doc);
    size += Buffer.byteLength(doc);
  }
  writeFileSync(big, parts.join('\n\n'));
  writeFileSync(path.join(benchDir, 'list-big.txt'), big);
  const bullets = path.join(benchDir, 'bullets-10000.md');
  const b = ['# Role', '', '## Responsibilities', ''];
  for (let i = 0; i < 10_000; i++) b.push(`- ${verbs[i % verbs.length]} ${objects[(i * 7) % objects.length]} ${tails[(i * 3) % tails.length]} (item ${i}).`);
  writeFileSync(bullets, `${b.join('\n')}\n`);
  writeFileSync(path.join(benchDir, 'list-bullets.txt'), bullets);
  const configured = path.join(benchDir, 'configured');
  mkdirSync(configured);
  const readme = readFileSync('README.md', 'utf8');
  const example = /```json\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('\n## Configuration')))[1];
  writeFileSync(path.join(configured, '.rolelintrc.json'), example);
  writeFileSync(path.join(configured, '.rolelint-words.txt'), 'Acme\n');
  const idle = path.join(benchDir, 'one-line');
  mkdirSync(idle);
  for (let i = 0; i < filesPerWorker * availableParallelism(); i++) writeFileSync(path.join(idle, `doc-${i}.md`), '# Role\n');
  // File checks stay on: they are the CLI's own reading of each file, not a rule.
  const rulesOff = path.join(benchDir, 'rules-off.json');
  writeFileSync(rulesOff, JSON.stringify({ rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, 'off'])) }));
  return { sets, big, bullets, configured, idle, rulesOff, fromCorpus: Boolean(real), sourceCount: source.length };
}

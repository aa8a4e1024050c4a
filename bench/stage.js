// One benchmark stage in its own process, so its peak RSS is its own. Prints one JSON line:
// {ms, files, bytes, rss, live} where ms excludes Node's start-up, rss is the peak resident set
// (MB) and live the heap still in use after a full collection at the end (MB; with --expose-gc),
// results included: what the run holds, as against what V8 reserved.
import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defaultConfig } from '../lib/engine/config.js';
import { lintFiles } from '../lib/node/files.js';
import { documentFile, parseTree } from '../lib/engine/lint.js';

const [stage, list, limit] = process.argv.slice(2);
const paths = readFileSync(list, 'utf8').split('\n').filter(Boolean).slice(0, limit ? Number(limit) : undefined);
const noLimit = (config) => ({ rules: { ...config.rules, 'file-too-large': { level: 'warning', options: { maxBytes: 64 * 1024 * 1024 } } } });
const start = performance.now();
let bytes = 0;
if (stage === 'io') {
  for (const p of paths) bytes += readFileSync(p).length;
} else if (stage === 'parse') {
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
  for (const p of paths) {
    const text = readFileSync(p, 'utf8');
    bytes += Buffer.byteLength(text);
    parser.parse(text);
  }
} else if (stage === 'engine-parse') {
  // The engine's own parse, no rule run: GFM without autolink literals, plain-text structure and
  // the frontmatter's YAML or TOML, as src/parse/ does it.
  for (const p of paths) {
    const text = readFileSync(p, 'utf8');
    bytes += Buffer.byteLength(text);
    await parseTree(documentFile({ path: p }, text));
  }
} else if (stage === 'engine' || stage === 'engine-no-typo') {
  const config = noLimit(defaultConfig());
  if (stage === 'engine-no-typo') config.rules.typo = { level: 'off', options: {} };
  const results = await lintFiles(paths, process.cwd(), () => config);
  for (const p of paths) bytes += readFileSync(p).length;
  if (results.some((r) => r.messages.some((m) => m.ruleId === 'internal-error' || m.ruleId === 'file-too-large' || m.ruleId === 'file-too-complex'))) {
    throw new Error('the engine did not lint every file');
  }
} else {
  throw new Error(`unknown stage ${stage}`);
}
const ms = performance.now() - start;
globalThis.gc?.();
const live = process.memoryUsage().heapUsed / 1e6;
console.log(JSON.stringify({ ms, files: paths.length, bytes, rss: process.resourceUsage().maxRSS / 1024, live }));

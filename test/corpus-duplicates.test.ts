/**
 * duplicate-bullet and duplicate-heading over the 268 real documents of ../shared/corpus/. Every
 * finding is listed in test/corpus/duplicates.reviewed.txt after review (each is a real repeat of
 * text in the document; many are the same block pasted twice); a change shows as a diff to review
 * again (`UPDATE_CORPUS=1 npx vitest run test/corpus-duplicates.test.ts` rewrites it). The findings
 * judged false during review are listed below with the reason; the rule was changed so that none
 * of them comes back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { lint } from '../src/engine/lint.js';
import { duplicateBullet } from '../src/rules/duplicate-bullet.js';
import { duplicateHeading } from '../src/rules/duplicate-heading.js';
import { corpusDocuments } from './helpers/corpus.js';
import { hasShared, root, sharedMissing } from './helpers/paths.js';

const judgedFalse: { at: string; reason: string }[] = [
  { at: 'carpentries-handbook/topic_folders--governance--committee-policy.md:52:3', reason: '"Offboarding" is not a typo of "Onboarding" (two letters apart): near matches allow one-letter typos only' },
  { at: 'sourcegraph-handbook/content--departments--engineering--dev--career-development--framework.md:82:3', reason: '"Teamwork:" is a label over a nested list; the content is in the nested items' },
  { at: 'sourcegraph-handbook/content--departments--engineering--dev--career-development--framework.md:91:3', reason: '"Scope:" label over a nested list' },
  { at: 'kubernetes-community/committee-steering--governance--sig-governance.md:123:3', reason: '"Number: 2+" is the template every role section repeats (4 sections)' },
  { at: 'carpentries-handbook/topic_folders--instructor_development--instructor_development_committee.md:45:3', reason: '"1-2 hours/week" is the time commitment every committee role lists (5 sections)' },
  { at: '18f-handbook/pages--office-of-acquisition--roles-and-responsibilities.md:66:3', reason: '"This role reports to …" opens every role section (7 sections)' },
  { at: 'sourcegraph-handbook/content--departments--people-talent--talent--process--engineering_interview_process.md:88:3', reason: '"Duration: 60-minutes" is the template of every interview stage' },
  { at: 'kubernetes-sig-release/release-team--README.md:47:5', reason: '"Test coverage" is a sub-item of two different criteria: nested items compare within their parent' },
  { at: 'sourcegraph-handbook/content--departments--engineering--teams--code-intelligence--index.md:108:3', reason: '"Olaf" is a name in two rosters: one-word items compare within their list' },
  { at: 'sourcegraph-handbook/content--departments--engineering--teams--cody--cody-gateway--index.md:61:5', reason: '"Service logs" links to the dev environment, the earlier one to prod' },
];

const config: ResolvedConfig = {
  rules: {
    [duplicateBullet.meta.id]: { level: 'warning', options: duplicateBullet.meta.defaults },
    [duplicateHeading.meta.id]: { level: 'warning', options: duplicateHeading.meta.defaults },
  },
};
const reviewed = path.join(root, 'test/corpus/duplicates.reviewed.txt');

describe.skipIf(!hasShared('corpus'))('duplicates over ../shared/corpus', async () => {
  const results = hasShared('corpus') ? await lint(corpusDocuments(), () => config) : [];
  const lines = results.flatMap((r) => r.messages.map((m) => `${r.path}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}`));

  it('finds none of the findings judged false', () => {
    const at = new Set(lines.map((l) => l.split('  ')[0]));
    expect(judgedFalse.filter((f) => at.has(f.at))).toEqual([]);
  });

  it('finds exactly the reviewed list', () => {
    console.log(`duplicates over the corpus: ${lines.length} findings in ${results.filter((r) => r.messages.length).length} of ${results.length} documents`);
    if (process.env.UPDATE_CORPUS) writeFileSync(reviewed, `${lines.join('\n')}\n`);
    expect(lines).toEqual(readFileSync(reviewed, 'utf8').split('\n').filter(Boolean));
  });
});

describe.skipIf(hasShared('corpus'))('duplicates over the corpus (absent)', () => {
  it('says why it was skipped', () => {
    console.warn(sharedMissing('corpus'));
    expect(hasShared('corpus')).toBe(false);
  });
});

/**
 * duplicate-heading over the 389 real documents of ../shared/corpus/ (duplicate-bullet's findings
 * are reviewed one by one in test/corpus/duplicate-bullet.reviewed.tsv, by corpus-review.test.ts),
 * and the duplicate-bullet findings judged false below, which must not come back. Every
 * finding is listed in test/corpus/duplicates.reviewed.txt after review; a change shows as a diff
 * to review again (`UPDATE_CORPUS=1 npx vitest run test/corpus-duplicates.test.ts` rewrites it).
 * The findings judged false during review are listed below with the reason; the rules were changed
 * so that none of them comes back.
 *
 * Reviewed 2026-12-04, after duplicate-bullet came to look within a section (under a title of any
 * form, or a sentence ending in a colon that introduces a list): of the 51 findings of 268
 * documents before, nearly all were repeats across sections written on purpose (a role's
 * requirements restated for its shadow, each level of a removal guideline listing its reasons,
 * parallel interview stages), as were the 22 the 121 new documents added (parallel role lists,
 * release managers named for each release). The one that remained, judged false (a schedule lists
 * `(45-60m) Technical Interview (examples below)` twice, for two interviews), is gone since steps of
 * a schedule are left out; its review moved to test/corpus/duplicate-bullet.reviewed.tsv.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/core/types.js';
import { lint } from '../src/node/lint.js';
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
  { at: 'kubernetes-sig-release/release-team--release-team-removal.md:39:3', reason: 'the role lead\'s removal reasons restate the shadow\'s, in another section by design' },
  { at: 'istio-community/ROLES.md:308:3', reason: 'the requirements of a new group\'s lead restate an existing group\'s, under their own lead-in line' },
  { at: 'sourcegraph-handbook/content--departments--people-talent--talent--process--reference_check_questions.md:99:3', reason: 'the questions for reference #2 repeat reference #1\'s, under a bold title line' },
  { at: 'sourcegraph-handbook/content--departments--people-talent--talent--process--opening_a_new_job.md:105:3', reason: '"Ideal companies?" in the questions to discuss, "Ideal companies" in the form: two lists, each introduced by its sentence' },
  { at: '18f-handbook/pages--training-and-development--external-speaking-request-playbook.md:206:3', reason: 'step 4 of an accordion (an HTML heading over several lines) repeats a reminder of step 3' },
  { at: 'rust-forge/src--release--triage-procedure.md:111:3', reason: 'the repeated heading is inside a block quote: an example of the triage report' },
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
  const headingLines = lines.filter((l) => l.split('  ')[1] === duplicateHeading.meta.id);

  it('finds none of the findings judged false', () => {
    const at = new Set(lines.map((l) => l.split('  ')[0]));
    expect(judgedFalse.filter((f) => at.has(f.at))).toEqual([]);
  });

  it('finds exactly the reviewed list of duplicate-heading findings', () => {
    const lines = headingLines;
    console.log(`duplicate-heading over the corpus: ${lines.length} findings in ${results.filter((r) => r.messages.length).length} of ${results.length} documents`);
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

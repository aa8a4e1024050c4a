/**
 * What tells the kinds of role document apart, taken from the real documents of ../shared/corpus:
 * job posts have "How to apply" and a salary, ladder levels are named by a level ("L3", "Level 2",
 * "Engineer II") and list what is expected, role pages are handbooks of a volunteer or project
 * role. Signals are headings (compared by `sectionKey`), frontmatter keys and path folders.
 */

export const documentKinds = ['job-post', 'ladder-level', 'role-page', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface KindSignals {
  /** Headings that settle the kind on their own. */
  headings: readonly string[];
  /** Patterns over a heading's plain text (case-insensitive) that settle the kind. */
  headingPatterns: readonly RegExp[];
  /** Frontmatter keys whose presence settles the kind. */
  frontmatterKeys: readonly string[];
  /** Folder names in the document's path that settle the kind. */
  folders: readonly string[];
}

export const kindSignals: Readonly<Record<Exclude<DocumentKind, 'other'>, KindSignals>> = {
  'job-post': {
    headings: [
      'How to apply', 'Apply', 'Apply now', 'To apply', 'Salary', 'Salary range', 'Compensation', 'Pay and benefits', 'Basic information',
      // German, French and Spanish.
      'Bewerbung', 'Deine Bewerbung', 'Ihre Bewerbung', 'Jetzt bewerben', 'Gehalt', 'Comment postuler', 'Salaire', 'Cómo postularse', 'Cómo aplicar', 'Salario',
    ],
    headingPatterns: [],
    frontmatterKeys: ['opens', 'closes', 'salary', 'apply_url', 'apply', 'employment_type', 'job_id'],
    folders: ['jobs', 'job-posts', 'job-postings', 'positions', 'openings', 'vacancies'],
  },
  'ladder-level': {
    headings: ['Is expected to', 'Should have', 'Anti-patterns', 'Red flags', 'Competencies', 'Leadership competencies', 'Technical competencies', 'Progression'],
    headingPatterns: [
      /^(?:L|IC|M|E|P)\d{1,2}$/i,
      /^level \d{1,2}\b/i,
      /\b(?:engineer|developer|designer|contributor|manager|analyst) (?:I{1,3}|IV|V|L\d)$/i,
      // A title with its level after it: `Senior Engineer (L4)`, `Staff Engineer - IC6`, `Designer, Level 3`.
      /\b(?:engineer|developer|designer|contributor|manager|analyst|scientist|architect|lead)\s*(?:\((?:L|IC|M|E|P)\d{1,2}\)|[-–—:|,]\s*(?:(?:L|IC|M|E|P)\d{1,2}|level \d{1,2}))$/i,
    ],
    frontmatterKeys: ['level', 'levels'],
    folders: ['ladder', 'ladders', 'levels', 'career-ladder', 'career-ladders', 'progression', 'matrix'],
  },
  'role-page': {
    headings: ['Role description', 'Role handbook', 'Time commitment', 'Time commitments', 'Expected time investment', 'Authority and responsibility'],
    headingPatterns: [/\b(?:role )?handbook$/i, /^role: /i, /\brole description$/i],
    frontmatterKeys: [],
    folders: ['roles', 'role-handbooks'],
  },
};

/**
 * Headings only job posts have beside their role sections: what the employer offers and its
 * equal-opportunity statement. With a heading that names a role section ("What you'll do") they
 * make a job post; alone they settle nothing, since a page about benefits or a hiring process
 * (18F's "Interviewing with TTS", with a "Benefits" heading) is not one.
 */
export const jobPostCompanions: readonly string[] = [
  'Benefits', 'Perks', 'Perks and benefits', 'Benefits and perks', 'Our benefits', 'What we offer', 'What we can offer',
  'What you get', "What you'll get", 'Why join us', 'Why work with us', 'Equal opportunity', 'Equal opportunity employer',
  'Equal employment opportunity',
  // German, French and Spanish.
  'Wir bieten', 'Was wir bieten', 'Das bieten wir', 'Unser Angebot', 'Ce que nous offrons', 'Nos avantages', 'Avantages',
  'Qué ofrecemos', 'Ofrecemos', 'Beneficios',
];

/**
 * Headings of team, process and handbook pages. Two of them, with no signal of another kind,
 * make a document `other` even when it has a "Responsibilities" or "Leadership" heading (a team's
 * responsibilities, its leadership list).
 */
export const otherHeadings: readonly string[] = [
  'Members', 'Team members', 'Current members', 'Contact', 'Contact us', 'Mission', 'Vision', 'Strategy',
  'Processes', 'Process', 'FAQ', 'Support', 'Principles', 'Useful resources', 'Resources', 'Quick links',
];

/**
 * A repository's own files, by the names GitHub and the ecosystem give them (lower case, `_` for
 * `-`, without the extension): never role documents, though a code of conduct has "Enforcement
 * Responsibilities" and a contributing guide "Reviewers". Names that may also name a role's page in
 * a roles folder (`security.md`, `support.md`, `contributors.md`) are left to the content.
 */
export const repositoryFileNames: ReadonlySet<string> = new Set([
  'code_of_conduct', 'contributing', 'changelog', 'license', 'licence', 'copying', 'notice', 'codeowners', 'funding',
  'citation', 'authors', 'pull_request_template', 'issue_template',
]);

/**
 * Titles that name a role: a job title ends with one of these words, perhaps with a level
 * (`Senior Software Engineer`, `Engineer II`, `Chief Technology Officer`), or starts as a head or
 * vice president does (`Head of Customer Support`), or says it is a job description. A document
 * whose only heading is such a title may be a pasted job description; any other title alone makes
 * a page that is not a role document (`Org chart`, `Product Manager interview process`).
 */
export const roleTitles: readonly RegExp[] = [
  /\b(?:engineer|developer|programmer|manager|designer|director|lead|leader|analyst|scientist|architect|specialist|coordinator|officer|administrator|consultant|researcher|writer|editor|recruiter|associate|assistant|intern|advocate|owner|strategist|supervisor|commissioner|executive|technician|representative|partner|chair|steward|maintainer|shadow|role|position|job|vacancy|opening)(?:\s+(?:I{1,3}|IV|V|L?\d{1,2}))?$/i,
  /^(?:head|vp|vice president|chief) of\b/i,
  /\b(?:job description|job posting|job post|job ad|role profile|position description)\b/i,
];

/**
 * A document whose frontmatter is most of it keeps its content as data for a site template.
 * Monzo's engineering frameworks: 108-320 lines of levels and criteria beside a 34-line
 * introduction (3.2-9.4 times as many); the TTS job posts, with long frontmatter too, have at most
 * 1.65 times as many lines of data as of text.
 */
export const dataDocument = { minLines: 100, bodyRatio: 3 } as const;

/**
 * Words and phrases that tell kinds of role document apart, in groups, as any organisation writes
 * them: a job post says how to apply, what it pays and when applications close; a ladder talks of
 * levels and promotion; a role page of terms, nominations and what the role is responsible for; a
 * process page of steps and meetings. Phrases are matched as whole words of normalised text
 * (lower case, punctuation folded: `full-time` is `full time`), in English, French, German and
 * Spanish; `cjk` entries are matched as substrings of Japanese text, which has no spaces.
 *
 * A group is one signal among many: the kind model (kind-model.json) weighs them, trained on the
 * labelled corpus and measured on sources it was not trained on. No phrase decides anything alone.
 */

export interface CueGroup {
  /** What finding the group in a document shows, for `--print-config`'s reasons. */
  says: string;
  phrases: readonly string[];
  cjk?: readonly string[];
}

export const cueGroups = {
  apply: {
    says: 'says how to apply',
    phrases: [
      'how to apply', 'to apply', 'apply now', 'apply here', 'apply online', 'apply today', 'apply for this', 'apply via', 'apply through',
      'apply by', 'apply using', 'you can apply', 'please apply', 'submit your resume', 'submit your cv', 'submit your application',
      'submit a resume', 'submit an application', 'send your cv', 'send your resume', 'send us your', 'cover letter', 'application process',
      'application deadline', 'applications will be', 'applications are', 'applicants must', 'applicants will', 'interested candidates',
      'bewerben', 'bewerbung', 'bewerbungen', 'bewerbungsunterlagen', 'jetzt bewerben', 'postuler', 'postulez', 'candidature', 'candidatures',
      'postular', 'postúlate', 'postulate', 'postulación', 'envía tu cv', 'solicitud de empleo',
    ],
    cjk: ['応募方法', '応募する', 'ご応募'],
  },
  pay: {
    says: 'states pay',
    phrases: [
      'salary', 'salaries', 'salary range', 'pay range', 'pay scale', 'pay band', 'pay grade', 'base pay', 'base salary', 'compensation',
      'per annum', 'per year', 'a year', 'per hour', 'an hour', 'hourly rate', 'annual salary', 'stock options', 'equity', 'wage', 'wages',
      'general schedule', 'gehalt', 'vergütung', 'entgelt', 'jahresgehalt', 'salaire', 'rémunération', 'brut annuel', 'salario', 'sueldo',
      'retribución', 'bruto anual',
    ],
    cjk: ['給与', '年収', '報酬'],
  },
  closing: {
    says: 'gives a closing date',
    phrases: [
      'closing date', 'closes on', 'application deadline', 'applications close', 'applications are due', 'deadline to apply', 'open until',
      'until filled', 'posting closes', 'accepting applications', 'applications open', 'open period', 'bewerbungsfrist', 'bewerbungsschluss',
      'date limite', 'fecha límite', 'plazo de presentación',
    ],
  },
  employment: {
    says: 'names the terms of employment',
    phrases: [
      'full time', 'part time', 'permanent', 'fixed term', 'temporary position', 'contract position', 'internship', 'remote', 'hybrid',
      'on site', 'onsite', 'in office', 'relocation', 'visa sponsorship', 'work location', 'duty station', 'travel required', 'start date',
      'vollzeit', 'teilzeit', 'befristet', 'unbefristet', 'm w d', 'w m d', 'temps plein', 'temps partiel', 'cdi', 'cdd', 'télétravail',
      'tiempo completo', 'media jornada', 'jornada completa', 'teletrabajo', 'presencial',
    ],
    cjk: ['正社員', 'リモート', '勤務地'],
  },
  equalOpportunity: {
    says: 'makes an equal-opportunity statement',
    phrases: [
      'equal opportunity', 'equal employment', 'regardless of', 'reasonable accommodation', 'reasonable accommodations', 'affirmative action',
      'we encourage applications', 'we welcome applications', 'encourage you to apply', 'underrepresented', 'veteran status',
      'gender identity', 'sexual orientation', 'chancengleichheit', 'égalité des chances', 'igualdad de oportunidades',
    ],
  },
  seeking: {
    says: 'says it is hiring',
    phrases: [
      'we are looking for', "we're looking for", 'we are seeking', "we're seeking", 'we are hiring', "we're hiring", 'now hiring',
      'join our team', 'join the team', 'join us', 'looking to hire', 'ideal candidate', 'successful candidate', 'the candidate',
      'candidates', 'applicants', 'this position', 'the position', 'open position', 'job opening', 'vacancy', 'wir suchen', 'suchen wir',
      'nous recherchons', 'nous cherchons', 'rejoindre', 'buscamos', 'estamos buscando', 'únete',
    ],
    cjk: ['募集', '求人'],
  },
  offer: {
    says: 'describes what the employer offers',
    phrases: [
      'benefits', 'perks', 'we offer', 'what we offer', 'health insurance', 'dental', 'paid time off', 'parental leave', 'pension',
      'retirement', 'vacation days', 'holidays', 'learning budget', 'wir bieten', 'bieten wir', 'avantages', 'nous offrons', 'beneficios',
      'ofrecemos',
    ],
    cjk: ['福利厚生'],
  },
  levels: {
    says: 'talks of levels and progression',
    phrases: [
      'promotion', 'promotions', 'promoted', 'progression', 'career ladder', 'career path', 'career framework', 'career level', 'career levels',
      'next level', 'previous level', 'level below', 'level above', 'levels below', 'at this level', 'each level', 'every level', 'this level',
      'competency', 'competencies', 'is expected to', 'are expected to', 'expectations for', 'level 1', 'level 2', 'level 3',
      'level 4', 'level 5', 'level 6', 'beförderung', 'karrierestufe', 'niveau', 'nivel', 'ascenso',
    ],
    cjk: ['レベル', '昇進', 'キャリアパス', 'コンピテンシー', '期待される'],
  },
  role: {
    says: 'describes what a role is responsible for',
    phrases: [
      'responsible for', 'responsibilities', 'responsibility', 'duties', 'the role', 'this role', 'role of', 'roles', 'accountable for',
      'accountabilities', 'tasks', 'expected to', 'is responsible', 'are responsible', 'verantwortlich', 'aufgaben', 'responsable',
      'responsabilités', 'responsabilidades', 'funciones',
    ],
    cjk: ['責任', '責務', '役割', '担当'],
  },
  term: {
    says: 'names a term, nomination or time commitment',
    phrases: [
      'term', 'terms', 'time commitment', 'hours per week', 'hours a week', 'elected', 'election', 'elections', 'nominate', 'nominated',
      'nomination', 'nominations', 'appointed', 'step down', 'steps down', 'emeritus', 'shadow', 'shadows', 'rotation', 'volunteer',
      'volunteers', 'serve as', 'serves as', 'eligible', 'eligibility', 'candidate for', 'vote', 'voting', 'mentor', 'mentors',
    ],
    cjk: ['任期', 'ローテーション'],
  },
  process: {
    says: 'describes a process',
    phrases: [
      'process', 'processes', 'procedure', 'procedures', 'step by step', 'steps', 'the next step', 'agenda', 'checklist', 'how to',
      'faq', 'workflow', 'proposal', 'rfc', 'policy', 'policies', 'decision making', 'quorum', 'minutes', 'verfahren', 'ablauf',
      'procédure', 'processus', 'proceso', 'procedimiento',
    ],
    cjk: ['手順', 'プロセス'],
  },
  company: {
    says: 'introduces the employer',
    phrases: ['about us', 'who we are', 'our company', 'our mission', 'our values', 'about the company', 'about the team', 'our team', 'über uns', 'qui sommes nous', 'quiénes somos', 'sobre nosotros'],
  },
} as const satisfies Record<string, CueGroup>;

export type CueGroupId = keyof typeof cueGroups;

/**
 * Path segments (folders, and the file's name without its extension) that hint at a kind, whole
 * or as the first word of a segment (`job-descriptions`, `levels_2024`).
 * Only the part of a path inside the project counts: a checkout's own folder names nothing.
 */
export const pathCues = {
  job: ['job', 'jobs', 'position', 'positions', 'opening', 'openings', 'vacancy', 'vacancies', 'offer', 'offers', 'posting', 'postings', 'stellen', 'stellenausschreibung', 'empleo', 'emploi'],
  careers: ['career', 'careers'],
  ladder: ['ladder', 'ladders', 'level', 'levels', 'leveling', 'levelling', 'progression', 'framework', 'frameworks', 'matrix', 'competencies', 'competency', 'track', 'tracks', 'path'],
  role: ['role', 'roles', 'responsibilities', 'handbook', 'handbooks', 'membership', 'maintainers', 'maintainer', 'lead', 'leads', 'chair', 'chairs', 'shadow', 'shadows', 'committee'],
  process: ['rfc', 'rfcs', 'process', 'processes', 'meetings', 'meeting', 'guide', 'guides', 'howto', 'manual', 'policies', 'policy', 'onboarding', 'faq', 'resources', 'playbook', 'playbooks', 'interview', 'interviews', 'exercise', 'exercises', 'minutes', 'notes',
    // Governance folders hold charters, elections and how a body decides, more than any one role.
    'governance',
    // GitHub's issue and pull request templates (`.github/ISSUE_TEMPLATE/`).
    'issue', 'pull'],
} as const;

/**
 * A link to one opening's application, as job boards and applicant-tracking systems shape them: a
 * job's number (`/jobs/4512345`, usajobs.gov/job/787414600), a posting's id (jobs.lever.co/org/<uuid>, or jobs.eu.lever.co,
 * jobs.ashbyhq.com/org/<uuid>, apply.workable.com/org/j/<id>) or an `/apply` path. A careers page or
 * a board's front page names no opening. What follows a web address's `https://` (kind-features.ts
 * finds the addresses).
 */
export const applyTarget =
  /\/jobs?\/(?:view\/|apply\/)?[\w-]*\d{4,}|jobs\.(?:eu\.)?lever\.co\/[\w.-]+\/[0-9a-f-]{20,}|ashbyhq\.com\/[\w.-]+\/[0-9a-f-]{20,}|workable\.com\/[\w.-]+\/j\/|smartrecruiters\.com\/[\w.-]+\/\d{6,}|\/GetJob\/ViewDetails\/\d+|\/apply\b/i;

/** Frontmatter keys that hint at a kind (compared lower case, `-` read as `_`). */
export const frontmatterCues = {
  job: ['salary', 'pay', 'compensation', 'closes', 'closing_date', 'opens', 'apply', 'apply_url', 'application_url', 'employment_type', 'job_id', 'job_type', 'location', 'locations', 'department', 'grade', 'hiring_manager', 'remote', 'deadline', 'position', 'vacancy'],
  ladder: ['level', 'levels', 'track', 'tracks', 'competencies', 'competency', 'criteria', 'topics', 'framework'],
  role: ['role', 'roles', 'responsibilities', 'term', 'time_commitment'],
} as const;

/**
 * Frontmatter `layout:` words that name a kind, for sites that pick a template per kind, by the
 * group of frontmatterCues they count for: one site's template name, so evidence the model
 * weighs with the rest (`layout: jobs` is also a job board's gig requests), never a decision.
 */
export const layoutWords: Readonly<Record<string, keyof typeof frontmatterCues>> = {
  job: 'job',
  jobs: 'job',
  posting: 'job',
  position: 'job',
  listing: 'job',
  level: 'ladder',
  ladder: 'ladder',
  role: 'role',
};

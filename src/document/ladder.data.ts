/**
 * How ladders name their levels: by number (`L3`, `IC2`, `Level 4`, `level4.md`, `Engineer II`)
 * or by a word of seniority (`Junior`, `Senior`, `Staff`, `Principal`). Words of seniority share
 * one scale, so levels of one track named either way sort the same way; numbers sort by number.
 */

/** A level named by a number after a word or a prefix: `Level 3`, `Grade 2`, `L4`, `IC5`, `E3`, `M2`, `P1`. */
export const numberedLevel = /(?:^|[^\p{L}\d])(?:(level|lvl|grade|band|tier)[\s_-]*|(l|ic|e|m|p|swe|sde)[\s_-]?)(\d{1,2})(?![\p{L}\d])/iu;

/**
 * Marks of a track written right after a level's number (`L4 IC`, `L4 EM`, `L5 M`): individual
 * contributor, engineering manager, manager, tech lead. Levels of one rank in two tracks are two
 * ladders side by side, not one level named twice.
 */
export const trackMarks: ReadonlySet<string> = new Set(['ic', 'em', 'm', 'mgr', 'tl']);

/** A trailing Roman or Arabic numeral after a job word: `Engineer II`, `Designer 3`, `Senior Engineer I`. */
export const subLevel = /\b(?:engineer|developer|designer|analyst|scientist|manager|researcher|writer|specialist|associate|architect|consultant|administrator|contributor|representative|agent|operator|technician)\s+(i{1,3}|iv|v|vi{1,3}|\d)\s*$/iu;

/** A Roman numeral right after a word of seniority: `Senior II Engineer`, `Middle I` (a step within that seniority). */
export const senioritySubLevel = /\b(?:junior|middle|mid|intermediate|senior|staff|principal|lead|distinguished)\s+(i{1,3}|iv|v|vi{1,3})\b/iu;

/**
 * Words of seniority on one scale. The first group are the entry steps a numbered ladder puts
 * before its first number (`Intern`, then `L1`), hence their rank 0.
 */
export const seniority: readonly (readonly [RegExp, number])[] = [
  [/\b(?:intern|internship|trainee|apprentice|probation|student|graduate)\b/iu, 0],
  [/\b(?:junior|jr\.?|entry[- ]level|beginner|novice|associate)\b/iu, 1],
  [/\b(?:mid[- ]?level|mid|middle|intermediate|regular|professional)\b/iu, 2],
  [/\b(?:senior|sr\.?|experienced|advanced)\b/iu, 3],
  [/\b(?:staff|lead|tech lead|expert)\b/iu, 4],
  [/\b(?:(?:senior|sr\.?) staff|principal)\b/iu, 5],
  // Between principal and distinguished, as ladders that have both place it.
  [/\b(?:senior|sr\.?) principal\b/iu, 5.5],
  [/\b(?:distinguished|fellow)\b/iu, 6],
];

/**
 * Job words a heading that names a level by seniority may hold (`Senior OSPO Engineer`), so that
 * `Lead Onboarding` or `Mid year review dates` are not levels.
 */
export const jobWord = /\b(?:engineers?|developers?|designers?|analysts?|scientists?|managers?|researchers?|writers?|specialists?|associates?|architects?|consultants?|administrators?|contributors?|representatives?|agents?|operators?|technicians?|programmers?|marketers?|recruiters?|ic|individual contributors?|sre|sdet|qa|pm|ux|product|data|software|backend|frontend|mobile|web|design|engineering|research)\b/iu;
/**
 * The steps of a management track, on a scale of their own (never mixed with the one above):
 * read from file names and frontmatter only, since a heading `Engineering Manager` in a handbook
 * is more often a role described than a level.
 */
export const management: readonly (readonly [RegExp, number])[] = [
  [/\b(?:team lead|(?:engineering|people|team|development|software) managers?)\b/iu, 1],
  [/\b(?:senior|sr\.?) (?:engineering |people )?managers?\b/iu, 2],
  [/\bdirectors?\b/iu, 3],
  [/\b(?:senior|sr\.?|principal) directors?\b/iu, 4],
  [/\b(?:vp|vice president)\b/iu, 5],
  [/\b(?:svp|senior vice president)\b/iu, 6],
  [/\b(?:chief [\p{L} ]+ officer|cto|ceo|cio)\b/iu, 7],
];

/** Management words taken out of a file name to find its track (`managers--vp_engineering` is of `engineering`). */
export const managementWords = /\b(?:team lead|managers?|directors?|vp|vice president|svp|cto|ceo|cio|chief)\b/giu;

/** A plain job title, its noun last (`Designer`, `Software Engineer`): the middle level of a ladder whose other levels share that noun. */
export const plainJobTitle = /^(?:[\p{L}-]+\s+){0,2}(engineer|developer|designer|analyst|scientist|manager|researcher|writer|specialist|architect|consultant|administrator|contributor|representative|agent|operator|technician|programmer|marketer|recruiter)s?$/iu;

/** The most words a heading naming a level may have. */
export const maxLevelHeadingWords = 5;

/**
 * What a table's first header cell calls its rows where they are no levels of a career though
 * named as levels are (`| Classification | … |` over `| P1 | Critical incident |`, a severity's
 * `P2` or `Sev 2`, a support tier's `Tier 1`): incident priorities, severities, support tiers.
 */
export const notCareerLevels = /\b(?:priorit\w*|severit\w*|sev|classification|incidents?|urgency|impact|support)\b/iu;

/** A plain job title (`Engineer`, `OSPO Engineer`) in a ladder of named levels: the middle of the scale. */
export const plainRank = 2;

/**
 * Frontmatter keys that say which level or track a document is, and keys that describe the
 * document rather than hold a competency.
 */
export const levelKeys = ['level', 'grade', 'band', 'rank', 'seniority', 'step', 'tier'];
export const trackKeys = ['track', 'ladder', 'family', 'discipline', 'path', 'framework', 'role', 'job_family', 'career_path'];
export const metaKeys = [
  ...levelKeys, ...trackKeys, 'title', 'name', 'sidebartitle', 'sidebargroup', 'description', 'summary', 'layout', 'permalink', 'slug', 'date',
  'tags', 'categories', 'weight', 'order', 'draft', 'toc', 'aliases', 'url', 'type', 'kind', 'lang', 'language', 'yaml', 'levels', 'homepage',
  'author', 'authors', 'owner', 'owners', 'updated', 'last_updated', 'menu', 'id', 'nav', 'redirect_from',
];
/**
 * Keys a site generator's page metadata takes (`metatitle`, `og_title`, `seo-description`,
 * `teaser-text`, `cta-text`, `page_title`): what the page shows a search engine or a card, the
 * same sentence with its level's name changed, never a competency.
 */
export const metaKeyPattern = /^(?:meta|og|seo|twitter|social|html|cta|teaser|hero|header|card)|title$/i;

/**
 * Words a level's own text uses for level names, replaced before texts are compared: `An L2
 * does X` and `An L3 does X` say the same thing.
 */
export const levelWordsInText = /\b(?:l|ic|level|e|m|p)\s?\d{1,2}s?\b|\b(?:junior|mid[- ]level|senior|staff|principal|distinguished|intern|lead)\b/giu;

/** Shingle size (words) for texts compared across levels; texts shorter than this compare whole. */
export const shingleWords = 3;
/**
 * A level's line that says it has nothing at this level (`N/A`, `None`, `-`): a track that starts
 * higher up leaves its lower levels so, alike by design.
 */
export const notApplicable = /^(?:n\/?a|none|not applicable|[-–—]+)\.?$/i;
/** The least words a competency's text needs before a copy of it is worth a finding. */
export const minCopyWords = 4;
/** The share of a level's text found in the level below that makes it a copy of it. */
export const copyShare = 0.85;
/**
 * Words that grade a skill or the help a level needs (`Familiar with` → `Proficient with` →
 * `Expert in`, `with some direction` → `with no direction`): a near copy that changes one of them
 * is how the ladder grows, not a copy.
 */
export const gradeWords: ReadonlySet<string> = new Set(
  'familiar familiarity proficient proficiency expert expertise fluent fluency basic foundational intermediate advanced deep deeper broad strong stronger solid working aware awareness exposure some no little limited minimal occasional occasionally regular regularly frequent frequently consistent consistently always often sometimes rarely never independently independent guidance direction supervision help support assists assist contributes contribute leads lead owns own drives drive guides guide mentors mentor teaches teach learning learns understands understand applies apply masters mastery recognised recognized'.split(' '),
);
/** The share of a lower level's text that a level restates for the ladder to restate by design (median over levels). */
export const restateShare = 0.6;
/** The least share of new text a level of a restating ladder must add. */
export const newShare = 0.05;
/** The least share of levels a competency must appear in before its absence from one is a finding. */
export const presentShare = 0.6;
/** The least words a table ladder's cells hold on average: fewer are scores or level names, nothing to compare. */
export const minCellWords = 3;

/**
 * Titles of sections about the job's terms or hiring rather than what a level does (`Salary and
 * location`, `Work perks and benefits`, `Applying`): the same at every level by design, so never
 * compared across levels nor missed in one.
 */
export const termsTitle = /\b(?:salary|salaries|pay|compensation|remuneration|benefits?|perks?|locations?|offices?|applying|apply|application process|hiring process|interview(?:s|ing)?|recruitment|equal opportunit\w*|about us|who we are)\b/iu;

/** Folders of job posts (`jobs/`, `openings/`, `stellen/`), whose documents at several levels are openings, not a ladder's levels. */
export const postFolders: ReadonlySet<string> = new Set(['job', 'jobs', 'opening', 'openings', 'vacancy', 'vacancies', 'posting', 'postings', 'recruit', 'recruiting', 'hiring', 'stellen', 'stellenangebote', 'empleo', 'empleos', 'emploi', 'offres']);

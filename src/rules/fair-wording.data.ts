/**
 * Wording that turns candidates away for who they are rather than what the job needs, as data:
 * each entry is a whole word or phrase (never a stem: `salesman` is not `salesmanship`'s prefix
 * test), the reason in one sentence and what to write instead. Curated from retext-equality's
 * data (MIT), joblint (MIT) and the law the issue names, then run over the corpus's role
 * documents: an entry that fired on fair text was narrowed or dropped (see fair-wording.md).
 *
 * `level` is the most an entry's finding reaches (the configured level caps it too): `error` only
 * where the wording is unambiguous and the fix is clear (`salesman`, a candidate called `he`,
 * `Canadian experience`, a salary-history ask); `warning` where context may excuse it, and for
 * the softer class (slurs used as adjectives); `info` is there for entries a house adds.
 */

import { genderedNouns } from '../document/gendered-nouns.data.js';

export type FairClass = 'gendered' | 'pronoun' | 'age' | 'language' | 'ability' | 'slur' | 'hype' | 'pay';

/**
 * The classes of asks made of a candidate (their pay history, age, language, abilities): one the
 * sentence says does not count right after it (`previous pay is not a factor`) is not made. A
 * word's coding (`he is not…`, `a rockstar isn't…`) is the same whatever follows it.
 */
export const deniableClasses: ReadonlySet<FairClass> = new Set(['pay', 'age', 'language', 'ability']);

export interface FairEntry {
  id: string;
  class: FairClass;
  /** Matched case-insensitively over a run of prose; `hit` (by name) is what the finding marks, else the whole match. */
  pattern: RegExp;
  /**
   * A simple test the run must pass before `pattern` is tried: most runs hold none of an
   * entry's words, and a literal test is several times cheaper than the pattern's whole-word
   * look-arounds (the rule's cost is held to 5% of the engine's). Entries may share one.
   */
  trigger: RegExp;
  level: 'error' | 'warning' | 'info';
  /** Why, in one sentence (no full stop): said after the words found. */
  why: string;
  /** What to write instead, best first: words a writer can put in its place. */
  instead: readonly string[];
  /** What to do instead where no word takes its place (said in place of "write … instead"). */
  advice?: string;
  /** The finding is a question (is this needed for the job?), not a verdict. */
  question?: boolean;
  /** Only in a job post (a role page may tell of a named person). */
  jobPostOnly?: boolean;
  /** Only in a list item: a duty or expectation, whose subject is the person in the role. */
  listItemOnly?: boolean;
  /** Not after a person named earlier in the run (a paragraph, a list item): a `he` is then that person. */
  notAfterName?: boolean;
  /** Not in a sentence about the people the job works with or serves (`working with youth, specifically ages 10 to 18`): their ages, not the candidate's. */
  notOfServed?: boolean;
  /** Not in a post or page whose title names manual work (manualWork): the job's own tasks ask it. */
  notOfManualWork?: boolean;
}

/**
 * A title that names manual work (`Large Order Picker/Packer`, `Shipping and Receiving Dock
 * Associate`, `Line Cook`): lifting, carrying and standing are the job's own tasks there, not a
 * bar set beside it.
 */
export const manualWork =
  /\b(?:pick(?:er|ers|ing)|pack(?:er|ers|ing)|warehouse|dock|loaders?|movers?|labou?rers?|stock(?:er|ers| associate| clerk)|forklift|material handl\w*|baggage|couriers?|drivers?|construction|landscap\w*|groundskeep\w*|janitor\w*|custodian\w*|housekeep\w*|cleaners?|dishwash\w*|cooks?|chefs?|kitchen|porters?|bussers?|barbacks?|brewers?|cellar\w*|mechanics?|installers?|electricians?|plumbers?|carpenters?|welders?|roofers?|farm\w*|harvest\w*|caregivers?|care (?:aide|assistant|worker)s?|lifeguards?|firefighters?|stagehands?|riggers?|assemblers?|machine operators?|fulfil?ment|maintenance (?:tech\w*|worker|associate)s?)\b/i;

/** Words before whom a job works with or serves, later in the sentence (notOfServed). */
export const servesPeople = /\b(?:work(?:s|ing)? with|serv(?:e|es|ing)|teach(?:es|ing)?|tutor(?:s|ing)?|coach(?:es|ing)?|car(?:e|es|ing) for|look(?:s|ing)? after|programs? for|programmes? for|services for|materials for|activities for|classes for|storytimes? for)\s+[^.;!?]{0,60}$/iu;

/** Whole words, case-insensitive: not after a letter, digit, `@`, `#`, `/`, `_`, `-` or `.` (handles, paths, identifiers) nor before one. */
export const whole = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}@#/_.-])(?<hit>${alternatives})(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])`, 'giu');

const either = (words: readonly string[]) => words.map((w) => w.replace(/[-\s]/g, '[-\\s]?')).join('|');

/** Every gendered noun (src/document/gendered-nouns.data.ts, the list pay-transparency's title check reads too) by its start, as one test their entries share: `salesm` for salesman, salesmen and saleswoman. */
const genderedTrigger = new RegExp(
  [...new Set(genderedNouns.flatMap((n) => n.words).map((w) => w.toLowerCase().replace(/(?:wo)?m[ae]n$/, 'm').replace(/[-\s]/g, '[-\\s]?')))].join('|'),
  'i',
);

const gendered: FairEntry[] = genderedNouns.map((noun) => ({
  id: noun.words[0]!.replace(/\s/g, '-'),
  class: 'gendered',
  pattern: whole(either(noun.words)),
  trigger: genderedTrigger,
  level: 'error',
  why: noun.title ? 'a gendered job title tells candidates of another gender the job is not for them' : 'a gendered noun for people in general leaves out everyone who is not a man',
  instead: noun.neutral,
}));

/** A word for the candidate or the person in the role, which a later `he` refers to. */
const candidate = '(?:candidate|applicant|new hire|hire|incumbent|jobholder|job holder|post-?holder|role holder|individual|person|employee)';

export const fairEntries: readonly FairEntry[] = [
  ...gendered,
  {
    id: 'guys',
    trigger: /guys/i,
    class: 'gendered',
    pattern: whole('(?:you|hey|hi|the|our|all the|dev|tech) guys'),
    level: 'warning',
    why: '"guys" for a group of people reads as a group of men',
    instead: ['everyone', 'folks', 'team', 'you all'],
  },
  {
    // A job named by a man who does it (`a sales guy`, `our IT guy`): a gendered title in all but spelling.
    id: 'job-guy',
    trigger: /guy/i,
    class: 'gendered',
    pattern: whole('(?:sales|marketing|IT|tech|support|ops|numbers|finance|data|design|office|delivery|security|QA|DevOps|backend|frontend) guy'),
    level: 'warning',
    why: 'a job named as a "guy" tells candidates of another gender it is not for them',
    instead: [],
    advice: 'name the job (`salesperson`, `IT support technician`, `designer`)',
  },
  {
    id: 'he-or-she',
    trigger: /she|her|him ?\/|\(s\)/i,
    class: 'pronoun',
    pattern: whole('he ?/ ?she|she ?/ ?he|s/he|\\(s\\)he|he or she|she or he|his ?/ ?her|her ?/ ?his|his or her|her or his|him ?/ ?her|him or her|himself ?/ ?herself|himself or herself'),
    level: 'warning',
    why: 'a binary pair leaves out candidates who are neither and reads heavier than one word',
    instead: ['they', 'their', 'them', 'you'],
  },
  {
    // The candidate addressed as `he`: `he` in a sentence that names the candidate before it.
    id: 'candidate-he',
    trigger: /candidate|applicant|hire|incumbent|holder|individual|person|employee/i,
    class: 'pronoun',
    pattern: new RegExp(`\\b(?:the|a|an|our|this|your|successful|ideal|right|selected)\\b[^.!?;:]{0,60}?\\b${candidate}s?\\b[^.!?;:]{0,120}?(?<![\\p{L}/(])(?<hit>he|his|him|himself|he'll|he's|he’ll|he’s)(?![\\p{L}/)])`, 'giu'),
    level: 'error',
    why: 'the candidate is addressed as a man, which tells everyone else the job is not for them',
    instead: ['they', 'you'],
  },
  {
    // A job post's sentences that start `He will`, `His duties`: there is no named person for `he` to be.
    id: 'post-he',
    trigger: /\bHe\b|\bHis\b/,
    class: 'pronoun',
    pattern: /(?<=^|[.!?:]\s+|^[-*•]\s+)(?<hit>He|His)(?:\s+(?:will|must|should|shall|is|has|needs|would|can|may|works|reports|leads|manages|duties|responsibilities|role|main|tasks)\b|’ll|'ll)/gmu,
    level: 'error',
    why: 'the candidate is addressed as a man, which tells everyone else the job is not for them',
    instead: ['You', 'They'],
    jobPostOnly: true,
    notAfterName: true,
  },
  {
    // A duty or expectation in a list, whose subject is the person in the role: `Monitors the
    // engineers in his team`. Not after a name in its item (`Ask Sam if he'll join`; `Ron Deibert,
    // the keynote speaker, … In this piece, he talks`), nor pronouns given as such (`he/him`).
    id: 'duty-he',
    trigger: /\bh(?:e|is|im)\b/i,
    class: 'pronoun',
    pattern: /(?<![\p{L}/(’'])(?<hit>he|his|him|himself)(?![\p{L}’']|\s*\/)/giu,
    level: 'error',
    why: 'the person in the role is called a man, which tells everyone else the job is not for them',
    instead: ['they', 'their', 'them'],
    listItemOnly: true,
    notAfterName: true,
  },
  {
    id: 'young',
    trigger: /young/i,
    // Not `young people`: as often whom the organisation serves (`children and young people have
    // access to …`) as whom it hires; nor the young the role works with or serves (`collaborating
    // with experts and young professionals`, `mentoring young engineers`).
    class: 'age',
    pattern: whole('(?<!\\b(?:with|among|alongside|mentor(?:s|ing)?|coach(?:es|ing)?|train(?:s|ing)?|support(?:s|ing)?|serv(?:e|es|ing)|help(?:s|ing)?|teach(?:es|ing)?|empower(?:s|ing)?|engag(?:e|es|ing))(?: [\\w-]+ (?:and|&))? )(?:young(?:er)?(?:,? (?:and |& )?(?:energetic|dynamic|ambitious|enthusiastic|vibrant|hungry|fresh|motivated))|(?:energetic|dynamic|vibrant|fresh)(?:,? (?:and |& )?)young(?:er)?|young(?:er)? (?:candidates?|applicants?|professionals?|talents?|engineers?|developers?|graduates?|blood|guns))'),
    level: 'warning',
    why: 'asking for youth turns away older candidates and is age discrimination in most places',
    instead: ['motivated', 'enthusiastic'],
    advice: 'name the trait meant (`motivated`, `enthusiastic`) and leave age out',
  },
  {
    id: 'age-limit',
    trigger: /\d\d/,
    class: 'age',
    // A range or a ceiling: a legal minimum (`over 18`) is not one, nor `under 30 minutes`, `over 10 years of experience`,
    // nor the people a post serves (`participation among 18-35 year olds`: a noun, not the candidate's age).
    pattern: /\b(?<hit>(?:aged?|ages) (?:between )?\d{2} ?(?:-|–|to|and) ?\d{2}|(?:aged? )?(?:under|below|not older than|no older than|younger than) (?:the age of )?\d{2}(?: years(?: old| of age))?(?= *(?:[,.;)]|$|with\b|and\b))|between the ages of \d{2} and \d{2}|(?:between )?\d{2} ?(?:-|–|to|and) ?\d{2} years? (?:old(?!s)|of age)|(?:maximum|max\.?) age(?: of)? \d{2})/giu,
    level: 'error',
    why: 'an age limit in a job ad is age discrimination almost everywhere',
    instead: [],
    advice: 'leave age out and name what the job needs',
    // A role page's ages are of the people the role serves (`a user under the age of 13`), not of a candidate.
    jobPostOnly: true,
    notOfServed: true,
  },
  {
    id: 'digital-native',
    trigger: /digital/i,
    class: 'age',
    pattern: whole('digital[- ]natives?'),
    level: 'warning',
    why: '"digital native" stands for an age group, which turns away older candidates',
    instead: [],
    advice: 'name the tools or skills the job needs (`fluent with spreadsheets and video calls`)',
  },
  {
    id: 'recent-graduate',
    trigger: /grad/i,
    class: 'age',
    // Asked for: after `be`, `only`, `seeking`, or starting a requirement (`A recent graduate, with…`);
    // not one of two kinds of candidate offered (`a recent graduate or a candidate with a systems
    // administration background`), which screens no one by age.
    pattern: /(?:^|\b(?:be|are|is|as|must be|should be|only|seeking|looking for|for) )(?<hit>(?:an? )?(?:recent|fresh) (?:college |university )?grad(?:uate)?s?(?: (?:only|required|preferred))?)\b(?!,? or\b)/giu,
    level: 'warning',
    why: 'requiring a recent degree screens by age, not by what a candidate can do',
    instead: ['early in your career'],
    advice: 'write `early in your career`, or name the skills a graduate would bring',
  },
  {
    id: 'max-experience',
    trigger: /year/i,
    class: 'age',
    // Not where a ladder describes who is at a level (`Usually less than 2 years of design experience`): no one is screened.
    pattern: /(?<!\b(?:usually|typically|generally|often|normally|commonly) )\b(?<hit>(?:no more than|not more than|at most|a maximum of|maximum of|max\.?|up to|fewer than|less than) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+? years?(?:'|’)?(?: of)?(?: \w+)?(?: work| working| professional| relevant)? experience)\b/giu,
    level: 'warning',
    why: 'a ceiling on experience screens out older candidates, not those who cannot do the job',
    instead: [],
    advice: 'state a minimum, or the level of the role, and no ceiling',
  },
  {
    id: 'native-speaker',
    trigger: /native|mother tongue|first language/i,
    class: 'language',
    pattern: whole('native[- ](?:level|like) (?:fluency|proficiency|command)|native[- ](?:level|like) (?:English|German|French|Spanish|Dutch|Italian|Portuguese|Japanese|Chinese|Mandarin|Korean|Polish|Swedish|Danish|Norwegian|Finnish|Arabic|Russian)|native(?:[- ]level)? (?:English|German|French|Spanish|Dutch|Italian|Portuguese|Japanese|Chinese|Mandarin|Korean|Polish|Swedish|Danish|Norwegian|Finnish|Arabic|Russian)(?: or (?:near[- ]native|bilingual|fluent))?(?: speakers?| fluency| proficiency| language skills)|native speakers?(?: of (?:English|German|French|Spanish|Dutch|Italian|Portuguese|Japanese|Chinese|Mandarin|Korean|\\p{Lu}\\p{Ll}+))?|(?:English|German|French|Spanish) (?:as (?:a|your) )?(?:mother tongue|first language)|mother tongue'),
    level: 'warning',
    why: 'being a native speaker is an accident of birth; what the job needs is a level of fluency',
    instead: ['fluent', 'professional working proficiency'],
    advice: 'ask for a level of fluency (`fluent English`, `C1 German`)',
  },
  {
    id: 'canadian-experience',
    trigger: /canadian/i,
    class: 'language',
    pattern: whole('canadian (?:work |working |professional )?experience'),
    level: 'error',
    why: 'requiring Canadian experience screens out newcomers, and Ontario\'s Human Rights Commission holds it discriminatory',
    instead: [],
    advice: 'name the skills or local knowledge the job needs',
  },
  {
    id: 'physical-ask',
    trigger: /stand|sit|walk|lift|carry|eyesight|vision|hearing|physically|bodied/i,
    class: 'ability',
    // Standing, sitting or walking for long, lifting or carrying weights; not `speak clearly` (a skill) nor driving (a licence is a task's).
    pattern: /\b(?<hit>(?:must|should|need to|needs to|required to|able to|ability to) (?:be able to )?(?:(?:stand|sit|walk) (?:for (?:long|extended|prolonged) periods|for (?:up to )?\d+ hours)|(?:lift|carry) (?:up to )?(?:\d+ ?(?:lbs|pounds|kg|kilos)|heavy))|(?:perfect|good|excellent|20\/20) (?:eyesight|vision|hearing)|physically fit|able[- ]bodied)\b/giu,
    level: 'warning',
    why: 'a physical requirement not tied to the job turns away disabled candidates',
    notOfManualWork: true,
    instead: [],
    advice: 'if the job needs it, describe the task (`moves equipment of up to 10 kg`); if not, leave it out',
    question: true,
  },
  {
    id: 'slur-adjective',
    trigger: /crazy|insane|lame|dumb|retard|psycho|spas|spaz|crippl|schizo|ocd|bipolar/i,
    class: 'slur',
    pattern: whole('(?:crazy|insane|lame|dumb|retarded|psycho|spastic|spaz|crippled?) (?:fast|good|hard|busy|talented|amount|ideas?|idea|hours|deadlines?|pace|growth|speed|smart|scale|code|process|workload|week|weeks)|(?:crazy|insane|lame|dumb|retarded|psycho|spastic|spaz|crippled?|schizophrenic|OCD|bipolar) (?:about|when it comes to)|(?:a bit|so|very|super|totally|completely) (?:crazy|insane|lame|dumb|OCD|schizo|psycho)'),
    level: 'warning',
    why: 'a word for illness or disability used as a put-down or intensifier hurts those who live with it',
    instead: [],
    advice: 'write the plain word meant (`very`, `unusual`, `poor`, `meticulous`)',
  },
  {
    id: 'hype-title',
    trigger: /star|ninja|guru|hero|jedi|10x|wizard|monkey|coding god/i,
    class: 'hype',
    pattern: whole('(?:rock ?stars?|superstars?|ninjas?|gurus?|superheroe?s?|super ?heroe?s?|jedis?|jedi masters?|10x (?:engineers?|developers?)|(?<!(?:setup|set-up|install|installation|configuration|config|migration|import|export|onboarding|signup|sign-up) )wizards?|code monkeys?|coding (?:ninjas?|wizards?|gods?))'),
    level: 'warning',
    why: 'a hype title says little about the job and reads as a young man\'s club, which turns many away',
    instead: [],
    advice: 'write the job\'s real title and level, and the skills it needs',
  },
  {
    id: 'pay-history',
    trigger: /history|salary|pay|compensation|wage|earnings|remuneration|ctc/i,
    class: 'pay',
    pattern: whole('(?:salary|pay|compensation|wage|earnings) history|(?:current|previous|past|last|prior|present) (?:salary|pay|compensation|wages?|earnings|remuneration|CTC)'),
    level: 'error',
    why: 'asking for pay history carries past pay gaps into the offer, and many places forbid it',
    instead: ['salary expectations'],
    advice: 'publish the salary range of the role, and ask for `salary expectations` if anything',
    // A ladder or role page speaks of its own people's pay (`your current pay band`), not a candidate's.
    jobPostOnly: true,
  },
];

/**
 * Gender-coded words after Gaucher, Friesen and Kay (2011, JPSP 101(1):109-128, appendix A), as
 * whole words: each of their stems written out as the trait words it stands for, never a prefix
 * test, so `responsible`, `sharepoint`, `lead` or `decisions` do not count (Gender Decoder's
 * stems do). Words a role document uses in another sense (`lead` a team, `individual`
 * contributor, `support` a product, `commit` code, `connect` systems, `depend` on a service,
 * `kind` of thing, `understanding` of a subject, an `objective` as a goal) are left out; the
 * traits remain. A word that describes the pay, not the person (`competitive salary`) is not counted.
 */
export const masculineCoded: readonly string[] = [
  'active', 'adventurous', 'aggressive', 'aggressively', 'aggression', 'ambitious', 'ambition', 'analytical', 'assertive', 'assertiveness',
  'athletic', 'autonomous', 'boastful', 'challenging', 'competitive', 'competitiveness', 'confident', 'courageous', 'courage', 'decisive',
  'decisiveness', 'determined', 'determination', 'dominant', 'dominate', 'dominating', 'forceful', 'greedy', 'headstrong', 'hierarchical',
  'hostile', 'impulsive', 'independent', 'independence', 'intellectual', 'logical', 'masculine', 'opinionated', 'outspoken',
  'persistent', 'persistence', 'principled', 'reckless', 'self-confident', 'self-confidence', 'self-reliant', 'self-reliance', 'self-sufficient', 'self-sufficiency',
  'stubborn', 'superior',
];

export const feminineCoded: readonly string[] = [
  'affectionate', 'cheerful', 'committed', 'communal', 'compassion', 'compassionate', 'considerate', 'cooperative', 'cooperation', 'dependable',
  'emotional', 'empathy', 'empathetic', 'empathic', 'feminine', 'gentle', 'honest', 'honesty', 'interpersonal', 'interdependent',
  'kind', 'kindness', 'kinship', 'loyal', 'loyalty', 'modest', 'modesty', 'nurture', 'nurturing', 'pleasant',
  'polite', 'quiet', 'responsive', 'sensitive', 'sensitivity', 'submissive', 'supportive', 'sympathetic', 'sympathy', 'tender',
  'together', 'trust', 'trusting', 'warm', 'warmth', 'yielding',
];

/**
 * A post is strongly coded when one side's coded words outnumber the other's by at least
 * `margin`, make up at least `share` of all its coded words, and are at least `distinct` words:
 * Gender Decoder's "strongly" is a difference of more than three; the share keeps a long,
 * balanced post from being called so; one word said often (`trust` ×3) is a topic, not a tone.
 */
export const strongCoding = { margin: 4, share: 0.75, distinct: 3 } as const;

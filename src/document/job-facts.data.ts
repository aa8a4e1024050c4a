/**
 * The words a job post states its facts in, in English, French, German and Spanish: the labels of
 * its fields (`Salary:`, `Standort:`, `Date limite :`), what open-ended pay says (`up to`, `DOE`,
 * `competitive`), what benefits, work arrangements, employment types and closing dates look like,
 * and Ontario's statements (an existing vacancy, AI screening). Phrases are lower case and matched
 * as whole words; job-facts.ts reads a post with them and decides nothing about any law.
 */

/** Words that make a line, label or title about pay. */
export const payWords: readonly string[] = [
  'salary', 'salaries', 'pay', 'compensation', 'remuneration', 'wage', 'wages', 'rate', 'earnings', 'stipend', 'ote',
  'pay range', 'pay scale', 'pay band', 'salary range', 'hiring range',
  'salaire', 'salaires', 'rémunération', 'rémunéré', 'rémunérée', 'brut', 'tjm', 'taux',
  'gehalt', 'gehälter', 'vergütung', 'entgelt', 'bezahlung', 'lohn', 'brutto', 'jahresgehalt', 'monatsgehalt', 'stundenlohn', 'tagessatz', 'gehaltsspanne', 'gehaltsband',
  'salario', 'salarios', 'sueldo', 'remuneración', 'retribución', 'bruto', 'brutos', 'banda salarial', 'rango salarial',
  // Italian (`Compenso: fino a 100.000 euro`, `RAL`, retribuzione annua lorda)
  'compenso', 'retribuzione', 'stipendio', 'ral', 'lordo', 'lordi',
];

/**
 * Phrases that tie an amount to the person's experience: only pay is set so (`between 36,000 USD
 * and 42,000 USD available to complete this assignment, depending on experience`), so they make
 * the text about pay as a pay word does, and an amount in their sentence pay whatever else its
 * clause calls it (`a budget between USD 40,000 and 50,000 per year depending on experience`).
 */
export const payByExperience: readonly string[] = [
  'depending on experience', 'dependent on experience', 'depends on experience', 'commensurate with experience', 'based on experience', 'doe',
  'selon expérience', "selon l'expérience", 'je nach erfahrung', 'según experiencia',
];

/**
 * Words that may stand beside an amount on a line of its own, the line still stating the role's pay
 * (`$120,000 - $200,000 + bonus`, `€60k gross`), besides currencies.
 */
export const besidePayAlone: readonly string[] = ['plus', 'bonus', 'equity', 'commission', 'benefits', 'ote', 'doe', 'gross', 'brut', 'brutto', 'bruto'];

/**
 * Words that make an amount something other than the role's pay when they stand in its clause:
 * a bonus, an allowance, a budget, a system's cap (`the maximum salary available for the GS pay
 * system is $183,500`), money the organisation handles.
 */
export const notPayWords: readonly string[] = [
  'bonus', 'bonuses', 'sign-on', 'signing', 'relocation', 'allowance', 'budget', 'budgets', 'reimbursement', 'reimbursed', 'stipend for',
  'funding', 'funded', 'raised', 'revenue', 'revenues', 'portfolio', 'savings', 'saved', 'pay system', 'pay cap', 'salary cap', 'pay scale is',
  'contract value', 'grant', 'grants', 'in equity', 'stock', 'options', 'tuition', 'learning', 'home office', 'per diem', 'referral',
  'prämie', 'zuschuss', 'prime', 'primes', 'indemnité', 'prima', 'primas', 'ayuda',
];

/**
 * What `paid` goes with where it names a benefit, not the pay (`unlimited paid vacations`, `paid
 * time off`, `paid parental leave`), a word between allowed.
 */
export const paidBenefits: readonly string[] = [
  'vacation', 'vacations', 'time off', 'leave', 'holiday', 'holidays', 'pto', 'days off', 'day off', 'parental', 'sick', 'family',
  'volunteer', 'volunteering', 'training', 'conference', 'conferences', 'sabbatical', 'sabbaticals', 'overtime', 'breaks',
];

/** Open-ended pay without an amount, where a line is about pay (`Salary: competitive`, `DOE`). */
export const unstatedPay: readonly string[] = [
  'competitive', 'doe', 'd.o.e.', 'depending on experience', 'dependent on experience', 'depends on experience', 'commensurate with experience',
  'commensurate with qualifications', 'commensurate', 'negotiable', 'market rate', 'market-rate', 'attractive', 'to be discussed', 'tbd', 'tbc',
  'to be determined', 'to be confirmed', 'based on experience', 'ask us', 'paid',
  'selon expérience', 'selon profil', 'selon le profil', "selon l'expérience", 'compétitif', 'compétitive', 'attractif', 'attractive', 'à négocier',
  'à définir', 'négociable', 'en fonction du profil', "en fonction de l'expérience", 'en fonction de l’expérience',
  // Pay by a collective agreement (`tarifliche Vergütung (TVöD Land)`): a scale, no figure; a group
  // named with it (`TVöD E 8`) is a grade, which the facts read first.
  'tariflich', 'tarifliche', 'nach tarif',
  'je nach erfahrung', 'je nach qualifikation', 'nach vereinbarung', 'attraktiv', 'attraktives', 'wettbewerbsfähig', 'wettbewerbsfähiges', 'marktgerecht',
  'marktübliches', 'verhandelbar', 'verhandlungsbasis', 'branchenüblich', 'branchenübliche', 'marktüblich', 'marktübliche', 'nach absprache',
  'según experiencia', 'según valía', 'según perfil', 'competitivo', 'competitiva', 'a convenir', 'negociable', 'atractivo', 'atractiva',
];

/**
 * Work stated to be unpaid: a pay field whose value starts so (`compensation: gratis`, `Pay:
 * volunteer`), or a sentence that says it (`This is an unpaid role`, `on a volunteer basis`). A
 * request for volunteers or pro bono work has no pay to state (`we are looking for dedicated
 * volunteers`, `is looking for a volunteer with a background in statistics`, `apply to volunteer`,
 * the volunteer agreement a role is taken up with; not `looking for a volunteer coordinator`);
 * a place for a conscript's civilian service (`non-military service position`, `Zivildienststelle`,
 * Finnish `sivaripaikka`), which the state pays, not the employer;
 * `volunteer` alone is not enough in running text (`volunteer days` are a benefit).
 */
export const unpaidValue = /^(?:gratis|unpaid|volunteer(?:ing)?|voluntary|pro bono|no pay|not paid|free of charge|ehrenamtlich|unentgeltlich|bénévole|bénévolat|voluntario|voluntariado|sin remuneración|no remunerad[oa])(?![\p{L}])/iu;
export const unpaidSentence =
  /(?<![\p{L}])(?:(?:this|it) is an? (?:unpaid|volunteer|voluntary|pro bono)|unpaid (?:position|role|job|internship|opportunity|volunteer)|volunteer (?:position|role|opportunity)|on a (?:voluntary|volunteer(?:ing)?|pro bono|unpaid) basis|(?:is|are) unpaid|(?:is|are) not paid|without (?:pay|compensation|remuneration)|(?:looking for|seeking|recruiting|we need|in need of) (?:(?:some|more|new|a few|several|dedicated|passionate|committed|enthusiastic|skilled|experienced|motivated|talented|reliable|friendly) ){0,3}volunteers|volunteers? (?:wanted|needed)|(?:looking for|seeking|recruiting|we need|in need of) (?:an?|one) (?:(?:dedicated|passionate|committed|enthusiastic|skilled|experienced|motivated|talented|reliable|friendly) ){0,3}volunteer(?= (?:with|who|to|for|in|that|from)(?![\p{L}])|[,.;:!])|apply to volunteer|volunteer (?:agreements?|contracts?)|(?:non-military|civilian) service (?:position|place|placement|post|role)|(?:position|place|placement|post) for (?:a )?(?:non-military|civilian) service|zivildienst(?:stelle|platz)|sivaripaik\w*|ehrenamtliche (?:tätigkeit|stelle|mitarbeit)|à titre bénévole|de forma voluntaria)(?![\p{L}])/iu;

/**
 * A sentence that says the pay is stated in another document, the advert the role is published
 * with (`Every role we publish will include the salary range in the job ad`, `see the job posting
 * for the salary`): a role profile or handbook page, not the posting the laws ask it of.
 */
export const payElsewhereSentence =
  /(?<![\p{L}])(?:(?:salary|salaries|pay|compensation|remuneration)(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:in|on|with) (?:the|each|every|our|its) (?:job |role )?(?:ad|advert|advertisement|posting|listing|vacancy|opening)s?|(?:salary|salaries|pay|compensation|remuneration)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:see|refer to|check) (?:the|each|our) (?:job |role )?(?:ad|advert|advertisement|posting|listing)s?|(?:see|refer to|check) (?:the|each|our) (?:job |role )?(?:ad|advert|advertisement|posting|listing)s?(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:salary|pay|compensation))(?![\p{L}])/iu;

/** Written before an amount: it is the most the role pays (`up to`). */
export const upToWords: readonly string[] = [
  'up to', 'upto', 'maximum of', 'maximum', 'max', 'max.', 'not to exceed', 'not exceeding', 'no more than', "jusqu'à", 'jusqu’à', 'jusqu a',
  'bis zu', 'bis', 'maximal', 'höchstens', 'hasta', 'máximo', 'máximo de', 'como máximo',
];

/** Written before an amount: it is the least the role pays (`from`, `starting at`). */
export const fromWords: readonly string[] = [
  'from', 'starting at', 'starting from', 'starts at', 'beginning at', 'at least', 'minimum of', 'minimum', 'min', 'min.', 'no less than',
  'à partir de', 'dès', 'au moins', 'minimum de', 'ab', 'mindestens', 'ab mindestens', 'desde', 'a partir de', 'mínimo', 'mínimo de', 'al menos',
];

/** Written after an amount: it is the least (`$120,000 and up`, `€60k+`). */
export const andUpWords: readonly string[] = ['and up', 'and above', 'or more', 'or higher', 'plus', 'et plus', 'ou plus', 'und mehr', 'oder mehr', 'o más', 'y más'];

/** Between the two amounts of a range; `and`, `et`, `und`, `y`, `au` only after `between`, `entre`, `zwischen`, `du`. */
export const rangeWords: readonly string[] = ['-', '–', '—', '~', 'to', 'through', 'bis', 'hasta', 'à', 'a'];
export const pairedRangeWords: Readonly<Record<string, readonly string[]>> = {
  and: ['between'],
  et: ['entre'],
  und: ['zwischen'],
  y: ['entre'],
  au: ['du', 'de'],
};

/** Labels of fields and titles of sections: what a line after them states. */
export const labels = {
  pay: [
    'salary', 'salary range', 'pay', 'pay range', 'pay rate', 'compensation', 'base salary', 'base pay', 'remuneration', 'wage', 'wages', 'rate',
    'hourly rate', 'day rate', 'daily rate', 'stipend', 'hiring range', 'salary band', 'pay band', 'pay scale', 'ote', 'compensation range',
    'salary and benefits', 'pay and benefits', 'compensation and benefits', 'what we pay',
    'salaire', 'rémunération', 'package', 'tjm', 'fourchette de salaire', 'gehalt', 'vergütung', 'entgelt', 'bezahlung', 'jahresgehalt',
    'gehaltsspanne', 'salario', 'sueldo', 'remuneración', 'retribución', 'banda salarial', 'rango salarial',
    'compenso', 'retribuzione', 'stipendio', 'ral',
  ],
  location: [
    'location', 'locations', 'job location', 'work location', 'office', 'office location', 'based in', 'where', 'duty station', 'duty location',
    'place of work', 'workplace', 'remote', 'lieu', 'lieu de travail', 'localisation', 'ville', 'standort', 'arbeitsort', 'dienstort', 'einsatzort',
    'ort', 'ubicación', 'localización', 'lugar de trabajo', 'sede', 'ciudad',
  ],
  employment: [
    'employment type', 'job type', 'type', 'contract', 'contract type', 'work schedule', 'schedule', 'hours', 'working hours', 'appointment type',
    'position type', 'employment', 'duration', 'type de contrat', 'contrat', 'temps de travail', 'vertragsart', 'anstellungsart', 'beschäftigungsart',
    'arbeitszeit', 'befristung', 'tipo de contrato', 'jornada', 'tipo de empleo', 'contrato',
  ],
  closes: [
    'closing date', 'closes', 'close date', 'closing', 'deadline', 'application deadline', 'apply by', 'applications close', 'applications due',
    'open until', 'closing on', 'date limite', 'date limite de candidature', 'date de clôture', 'clôture des candidatures', 'bewerbungsfrist',
    'bewerbungsschluss', 'einsendeschluss', 'fecha límite', 'plazo', 'plazo de presentación', 'fecha de cierre', 'cierre',
  ],
  benefits: [
    'benefits', 'perks', 'perks and benefits', 'benefits and perks', 'what we offer', 'we offer', "what's in it for you", 'what you get',
    'our offer', 'compensation and benefits', 'pay and benefits', 'salary and benefits', 'total rewards', 'avantages', 'ce que nous offrons',
    'nous offrons', 'nous vous offrons', 'wir bieten', 'was wir bieten', 'unser angebot', 'das bieten wir', 'benefits', 'beneficios',
    'ofrecemos', 'qué ofrecemos', 'lo que ofrecemos',
  ],
};

/** What names a benefit concretely: a post that names one describes its benefits. */
export const benefitWords: readonly string[] = [
  'health insurance', 'medical insurance', 'medical coverage', 'medical benefits', 'medical, dental', 'dental', 'vision insurance', 'health plan',
  'health benefits', 'life insurance', 'disability insurance', '401(k)', '401k', 'pension', 'retirement plan', 'retirement savings',
  'retirement benefits', 'paid time off', 'pto', 'vacation', 'paid holidays', 'annual leave', 'sick leave', 'parental leave', 'maternity leave',
  'paternity leave', 'tuition reimbursement', 'learning budget', 'wellness', 'gym', 'commuter benefits', 'childcare', 'flexible hours',
  'flexible working hours', 'thrift savings plan', 'fehb', 'fegli',
  'mutuelle', 'prévoyance', 'congés payés', 'rtt', 'tickets restaurant', 'titres-restaurant', 'intéressement',
  'urlaub', 'urlaubstage', 'altersvorsorge', 'betriebliche altersvorsorge', 'jobticket', 'deutschlandticket', 'flexible arbeitszeiten',
  'vereinbarkeit von familie und beruf', 'gleitzeit', 'weiterbildungsbudget',
  'seguro médico', 'seguro de salud', 'vacaciones', 'plan de pensiones', 'retribución flexible', 'ticket restaurante', 'horario flexible',
]

/** Benefits named only in praise: New Jersey's guidance gives "great benefits" as not enough. */
export const vagueBenefits = /\b(?:great|excellent|competitive|generous|attractive|comprehensive|amazing|fantastic|good|full|standard|usual)\s+(?:benefits?|perks?)(?:\s+package)?\b/i;

/** How a post says where the work is done. */
export const arrangements: Readonly<Record<'remote' | 'hybrid' | 'on-site', readonly string[]>> = {
  remote: [
    'remote', 'fully remote', '100% remote', 'remote-first', 'remote first', 'work remotely', 'work from home', 'work from anywhere', 'anywhere',
    'télétravail complet', 'full remote', '100 % télétravail', 'remote-arbeit', 'komplett remote', 'vollständig remote', 'homeoffice',
    'en remoto', 'remoto', 'teletrabajo', '100% teletrabajo',
  ],
  hybrid: ['hybrid', 'hybride', 'hybrid work', 'hybrides arbeiten', 'híbrido', 'híbrida', 'modelo híbrido'],
  'on-site': ['on-site', 'onsite', 'on site', 'in office', 'in-office', 'in person', 'in-person', 'office-based', 'sur site', 'présentiel', 'vor ort', 'präsenz', 'presencial'],
};

/** Employment types, as facts name them, with how posts write them. */
export const employmentTypes: Readonly<Record<string, readonly string[]>> = {
  'full-time': ['full time', 'full-time', 'fulltime', 'temps plein', 'temps complet', 'vollzeit', 'tiempo completo', 'jornada completa'],
  'part-time': ['part time', 'part-time', 'temps partiel', 'teilzeit', 'tiempo parcial', 'media jornada', 'jornada parcial'],
  permanent: ['permanent', 'perm', 'cdi', 'unbefristet', 'indefinido', 'contrato indefinido', 'festanstellung'],
  'fixed-term': ['term', 'fixed-term', 'fixed term', 'temporary', 'cdd', 'befristet', 'temporal', 'contrato temporal', 'duración determinada'],
  contract: ['contract', 'contractor', 'freelance', 'freelancer', 'freiberuflich', 'autónomo', 'indépendant'],
  internship: ['internship', 'intern', 'stage', 'stagiaire', 'alternance', 'praktikum', 'werkstudent', 'prácticas', 'becario', 'beca'],
};

/** Ontario: whether the posting is for a vacancy that exists now. */
export const vacancyStatements = {
  future: [
    'not an existing vacancy', 'not for an existing vacancy', 'not a current vacancy', 'future vacancy', 'future vacancies', 'future opportunities',
    'talent pool', 'talent pipeline', 'pool of candidates', 'evergreen', 'no current vacancy', "n'est pas un poste vacant",
  ],
  existing: [
    'existing vacancy', 'current vacancy', 'currently vacant', 'an existing position', 'this position is vacant', 'vacancy exists', 'poste vacant existant',
    'poste actuellement vacant',
  ],
};

/** Ontario: a statement whether artificial intelligence screens, assesses or selects applicants. */
export const aiStatement = {
  notUsed: /\b(?:we|the employer|this employer)\s+(?:do(?:es)?\s+not|don['’]t|will\s+not|won['’]t)\s+use\s+(?:artificial intelligence|AI|automated)\b|\b(?:no|without)\s+(?:artificial intelligence|AI)\s+(?:is\s+)?(?:used\s+)?(?:to|in|for)\s+(?:screen|assess|select|review)/i,
  used: /\b(?:artificial intelligence|AI|automated (?:tools?|systems?|screening))\b[^.\n]{0,80}\b(?:screen|assess|select|evaluat|review|rank|filter|sort)\w*|\b(?:screen|assess|select|evaluat|review|rank|filter)\w*\b[^.\n]{0,60}\b(?:using|with|by|through)\s+(?:artificial intelligence|AI|automated tools?)\b|\bintelligence artificielle\b/i,
};

/** Months, for closing dates, in English, French, German and Spanish (short forms included); keys with accents quoted, as the ASCII bundles escape strings, not names. */
export const months: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  janvier: 1, 'février': 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, aout: 8, septembre: 9, octobre: 10, novembre: 11,
  'décembre': 12, decembre: 12,
  januar: 1, 'jänner': 1, februar: 2, 'märz': 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11,
  diciembre: 12,
};

/** Frontmatter keys (lower case, `_` and `-` as spaces) by the fact they hold. */
export const factKeys = {
  pay: /(?:salary|pay|compensation|wage|remuneration|gehalt|vergütung|salaire|rémunération|salario|sueldo)/,
  payMin: /(?:^|\s)(?:min|minimum|from|low|lower|start)(?:\s|$)|^min|min$/,
  payMax: /(?:^|\s)(?:max|maximum|to|high|upper)(?:\s|$)|^max|max$/,
  currency: /^(?:currency|salary currency|pay currency)$/,
  period: /^(?:period|pay period|salary period|unit|unittext|unit text)$/,
  location: /^(?:location|locations|job location|work location|office|city|workplace|workplace type|remote|standort|arbeitsort|lieu|ubicación)$/,
  employment: /^(?:employment type|employmenttype|job type|contract|contract type|work schedule|schedule|appointment type|position type)$/,
  closes: /^(?:closes|closing|closing date|close date|close|deadline|application deadline|apply by|valid through|validthrough|expires|expiry date|bewerbungsfrist|date limite|fecha limite|fecha límite)$/,
  benefits: /^(?:benefits|perks)$/,
  /** A line or two of prose a site shows with the post (`tagline: Package - £40,000 - £60,000 DOE`): read for pay as running text is. */
  prose: /^(?:tagline|subtitle|summary|excerpt|teaser|intro|lede|lead|description|abstract)$/,
};

/** Every gender marked after a job title, as German, French and Spanish posts write it: `(m/w/d)`, `(H/F)`, `(h/m)`, `(all genders)`. */
export const genderMarker = /\((?:[mwfdxhi]\s*[/|,]\s*){1,3}[mwfdxhi]\)|\((?:all genders|alle geschlechter|gn)\)/iu;

/** German job nouns that end compounds (`Softwareentwickler`, `Projektleiterin`), for telling a job title from other headings. */
export const germanJobNouns = /(?:entwickler|informatiker|ingenieur|leiter|berater|referent|mitarbeiter|techniker|kaufmann|kauffrau|fachmann|fachfrau|architekt|sachbearbeiter|programmierer|administrator|assistent|manager|designer|analyst)(?:in|innen)?(?![\p{L}])/iu;

/** A phrase that names where the work is in running text (`based in Denver`, `Dienstort 'Münster`)': the place follows it. */
export const locationPhrase =
  /\b(?:based (?:entirely |fully |primarily )?in|located in|office in|offices in|remote in|work from|relocate to|dienstort|arbeitsort|standort|einsatzort|lieu de travail|basée? à|poste basé à|ubicad[oa] en|con sede en|sede en)\b[:\s]+([^.;\n]{2,60})/giu;

/** A phrase that says when applications close in running text; a date follows it. */
export const closingPhrase =
  /\b(?:applications?\s+(?:close|closes|are due|due|must be (?:received|submitted) (?:by|before))|closing date|application deadline|deadline|apply (?:by|before)|open until|accepting applications (?:until|through)|(?:applications?|submissions?) (?:are |will be )?(?:accepted|considered|open) (?:until|through)|posting closes|bewerbungsfrist|bewerbungsschluss|bewerbungen bis|date limite(?: de candidature)?|candidatures? jusqu['’]au|fecha límite|plazo de presentación)\b/giu;

/** Closing phrases that name no date: the post stays open until it is filled. */
export const untilFilled = /\b(?:until (?:the (?:position|role|job|vacancy) is )?filled|open until filled|rolling basis|bis zur besetzung|jusqu['’]à ce que le poste soit pourvu|hasta cubrir la vacante)\b/iu;

/**
 * Signals of the kind decision (kind-features.ts) that show a document is a posting, an employer
 * offering a job: how to apply, a closing date, terms of employment, what is offered, the employer
 * speaking of itself, the reader addressed, pay, a folder of job posts (`jobs/`, `vacancies/`; not
 * `careers/`, which holds career guides and ladders as well). A career guide's `A backend developer
 * is responsible for…` shows none.
 */
export const postingCues: readonly string[] = [
  'body:apply', 'heading:apply', 'link:apply', 'body:closing', 'heading:closing', 'body:employment', 'heading:employment',
  'body:offer', 'heading:offer', 'body:company', 'heading:company', 'body:pay', 'heading:pay', 'body:seeking', 'heading:seeking',
  'body:you', 'frontmatter:job', 'path:job',
];

/** An employer said to be seeking someone, in the third person (`The Databrary project seeks a creative developer`). */
export const employerSeeks = /\b(?:seeks|is seeking|are seeking|is looking for|are looking for|is hiring|are hiring|is recruiting|are recruiting|invites applications)\b/i;

/** The employer speaking of itself (`our product data`, `What We're Looking For`), in English, German, French and Spanish. */
export const employerVoice = /(?<![\p{L}\p{N}])(?:we|our|ours|us|we're|we’re|we've|we’ve|we'll|we’ll|wir|unser\p{L}*|uns|nous|notre|nos|nosotros|nuestr[oa]s?)(?![\p{L}\p{N}])/iu;

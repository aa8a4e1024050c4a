/**
 * What a document's title says about the role it is about: a job title (`Senior Software
 * Engineer`, `Chief Technology Officer`, `Informatiker (m/w/d)`), a job advertisement (`Job
 * description`, `We're hiring`), a level (`L4`, `Level 3`, `Engineer II`), a role page (`Release
 * lead handbook`, `Roles and responsibilities`), and whether the role leads people.
 */

/** Nouns a job title ends with (before a level or a gender note), in English, German, French and Spanish. */
const jobNouns = [
  'engineer', 'developer', 'programmer', 'manager', 'designer', 'director', 'lead', 'leader', 'analyst', 'scientist', 'architect', 'specialist',
  'coordinator', 'officer', 'administrator', 'consultant', 'researcher', 'writer', 'editor', 'recruiter', 'associate', 'assistant', 'intern',
  'advocate', 'owner', 'strategist', 'supervisor', 'executive', 'technician', 'representative', 'partner', 'head', 'chief', 'president',
  'accountant', 'counsel', 'attorney', 'marketer', 'producer', 'planner', 'operator', 'agent', 'advisor', 'adviser', 'fellow', 'apprentice',
  'trainee', 'ingenieur', 'ingenieurin', 'entwickler', 'entwicklerin', 'informatiker', 'informatikerin', 'leiter', 'leiterin', 'referent',
  'referentin', 'mitarbeiter', 'mitarbeiterin', 'berater', 'beraterin', 'développeur', 'développeuse', 'ingénieur', 'ingénieure', 'chef',
  'responsable', 'chargé', 'chargée', 'directeur', 'directrice', 'desarrollador', 'desarrolladora', 'ingeniero', 'ingeniera', 'jefe', 'jefa',
  'gerente', 'analista', 'diseñador', 'diseñadora', 'técnico', 'técnica', 'tester', 'scrum master',
  // Spanish jobs of start-ups, labs and associations (`Líder TI`, `Practicante de datos`, `Becario/a`).
  'líder', 'coordinador', 'coordinadora', 'asistente', 'practicante', 'pasante', 'becario', 'becaria', 'programador', 'programadora',
  // French jobs of associations, schools and the public sector (`Animateur·trice`, `Coordinateur.rice d'association`, `Stagiaire`).
  'animateur', 'animatrice', 'coordinateur', 'coordinatrice', 'coordonnateur', 'coordonnatrice', 'surveillant', 'surveillante', 'moniteur', 'monitrice', 'éducateur', 'éducatrice', 'facilitateur', 'facilitatrice', 'stagiaire', 'alternant', 'alternante',
  'technicien', 'technicienne', 'conseiller', 'conseillère', 'assistante', 'comptable', 'gestionnaire', 'graphiste', 'rédacteur',
  'rédactrice', 'concepteur', 'conceptrice',
  // German students' and trainees' jobs (`Werkstudent*in`, `Werkstudierende*r`, `Praktikant (m/w/d)`).
  'werkstudent', 'werkstudierende', 'praktikant', 'hilfskraft', 'auszubildende',
];

/**
 * A title whose job noun ends it or is followed only by where or what the job is (`Software
 * Engineer in the Data team`, `Designer - Berlin`, `Entwickler*in für Hardware`, `Chargé de
 * communication`), perhaps with a level, a gender note (`(f/m/d)`, `*in`, `*r`, `·trice`) after it.
 */
export const jobTitle = new RegExp(
  `\\b(?:${jobNouns.join('|')})(?:in|r)?(?:\\s*(?:\\((?:[mwfdx]\\s*/\\s*){1,3}[mwfdx]\\)|[*:_](?:in|r))|[·.•](?:trice|rice|euse|e)\\b|\\((?:e|ne|trice|euse)\\))?(?:\\s+(?:I{1,3}|IV|V|L?\\d{1,2}|GS-?\\d{1,2}(?:[-/]\\d{1,2})?))?\\s*(?:$|[-–—,:|(!/]|\\b(?:in|at|for|with|on)\\b|\\b(?:für|bei|im|zur|pour|para|de|du|des|en)(?=\\s)|d['’](?=[a-zà-ÿ]))` +
    // ... or, in German, any noun of a person in its feminine form by a mark (`Käser_in`, `Student:in`; not the plural
    // `Mitarbeiter:innen` of a team page), or a gender note anywhere (`(m/w/d)`), as German job titles write them.
    `|\\b[a-zäöüß]{3,}[*:_/]in\\b|\\((?:[mwfdx]\\s*/\\s*){1,3}[mwfdx]\\)`,
  'i',
);

/** A C-level acronym or a chief/head/VP title, or a job noun after `Senior`/`Staff` or before `of`. */
export const executiveTitle = /\b(?:c[etfoimp]o|ciso|cdo|chief [\p{L} ]+ officer|vp|svp|evp|vice president|head of|director|managing director|president)\b/iu;

/** A title that says it is a job advertisement, a posting or a description of a job. */
export const jobAdTitle =
  /\b(?:job description|job posting|job post|job ad|job offer|job opening|position description|vacancy|we(?: a|')re hiring|now hiring|open position|open role|stellenausschreibung|stellenangebot|gesucht|offre d['’]emploi|offre de stage|recrute|recrutons|recrutement|poste à pourvoir|appel à candidatures|oferta de empleo|vacante)\b/i;

/**
 * A title that names an organisation's page of openings, not one opening (`Jobs`, `Careers at
 * Acme`, `Open positions`, `Available Positions`, `Join our team`, `Who we are hiring`, `We're hiring!`, `BuzzFeed Design
 * Recruiting`, `Engineering Jobs`): such a page may list several jobs, or one for now. Or a call
 * for applications to no one opening (`Open application`, `Initiativbewerbung`, `Candidature
 * spontanée`), which asks for no one role's duties. In Japanese, Chinese and Korean, a title ending
 * in the page of openings' words (`…のお仕事情報`, `採用情報`, `招聘信息`, `채용 정보`: jobs' or hiring information, lists of positions).
 */
export const openingsTitle =
  /^(?:(?:our |current |open |available |job |career )?(?:jobs|careers?|openings|vacancies|positions|opportunities|roles)|join (?:us|our team|the team)|work (?:with|for) us|(?:(?:who|what|where) )?(?:we are|we['’]re|now) hiring(?: for)?|(?:[\p{L}\p{N}&.'’-]+ ){0,3}(?:recruiting|recruitment|hiring|careers|jobs)|karriere|stellenangebote|offres d'emploi|empleos|trabaja con nosotros|(?:open|general|spontaneous|unsolicited|speculative) applications?|initiativbewerbung|candidature spontanée|candidatura espontánea|[^\n]*?(?:採用情報|求人情報|仕事情報|募集職種|職種一覧|求人一覧|招聘信息|加入我们|채용\s?정보))(?:\s+(?:at|@|with)\s+[\p{L}\p{N} .&'’-]+)?\s*[.!]?$/iu;

/** A level code or name in a title or file name: `L4`, `IC5`, `Level 3`, `Engineer II`, `Senior`, `Staff`. */
export const levelTitle = /\b(?:(?:L|IC|M|E|P|T|D)\d{1,2}|level[ -]?\d{1,2}|(?:engineer|developer|designer|manager|analyst|scientist) (?:I{1,3}|IV|V)|junior|intermediate|mid[ -]level|senior|staff|principal|distinguished|fellow|associate|intern|apprentice|graduate|entry[ -]level)\b/i;

/**
 * A title about a role rather than a job to fill: `Role of the chair`, `Release lead handbook`,
 * `Roles and responsibilities`, and one asking what a role is or does (`What is a CTO?`, `What does
 * a release manager do?`, `How to be a sourcer`).
 */
export const rolePageTitle = /\b(?:roles?|responsibilities|duties|handbook|expectations|membership|what (?:is|does) (?:an?|the) \p{L}|how to be (?:an?|the) \p{L})|ロール|役割|責任|責務/iu;

/** A role's own guide: a role noun before `handbook`, `guide`, `guidelines`, `instructions` (`Maintainer guidelines`, `Room proctor instructions`). */
export const roleGuideTitle = /\p{L}\s+(?:instructions|handbook|guide|guidelines|playbook|one-pager)\s*$/iu;

/**
 * Roles people hold in a team, community or project rather than jobs they are hired for: a title
 * ending in one names a role page (`Release team shadow`, `Affinity team captains`, `インシデントリード`).
 */
export const roleNounTitle =
  /\b(?:chairs?|co-chairs?|leads?|leaders?|maintainers?|reviewers?|approvers?|owners?|members?|captains?|shadows?|liaisons?|coordinators?|moderators?|hosts?|proctors?|facilitators?|organi[sz]ers?|mentors?|trainers?|instructors?|stewards?|champions?|ambassadors?|commanders?|responders?|scribes?|editors?|triagers?|volunteers?|on-call|sponsors?|delegates?|representatives?)(?:\s+(?:instructions|handbook|guide|guidelines|playbook|role|roles|responsibilities|duties|expectations|one-pager))?\s*$|リード|担当|責任者|マネージャー|コーディネーター/i;

/** A title of a page that is about a process, a body or a place rather than a role or a job. */
export const processTitle =
  /\b(?:charter|process|processes|procedure|policy|policies|guide|guidelines|how to|howto|faq|overview|index|onboarding|offboarding|interview|interviews|interviewing|exercise|screen|call|meeting|meetings|checklist|template|resources|best practices|tips|playbook|rfc|proposal|working group|committee|council|governance|org chart|values|principles|benefits|compensation|hiring|recruiting|burnout|triage|triaging|reviewing|merging)\b/i;

/**
 * A role that leads people or an organisation: chief and C-level, VP, head of, director, people,
 * engineering and team managers, team leads (the mission's Leadership section is theirs), in
 * English, German, French, Spanish and Japanese (written without spaces, so matched without word
 * boundaries: `エンジニアリングマネージャー`, `部長`, `最高技術責任者`). Product, product marketing,
 * project and account managers, tech leads and chairs coordinate without leading people.
 */
export const leaderTitle =
  /\b(?:c[etfoimp]o|ciso|cdo|chief|vp|svp|evp|vice president|head of|director|directrice|directeur|directora|president|(?:engineering|people|team|line|general|department|development|design|operations|support|sales|(?<!product )marketing) manager|manager of (?:engineering|managers|people|teams)|team lead|team leader|teamleiter|teamleiterin|abteilungsleiter|abteilungsleiterin|geschäftsführer|geschäftsführerin|leiter|leiterin|chef d'équipe|responsable d'équipe|jefe de|jefa de|gerente)\b|(?:エンジニアリング|ピープル|チーム|ライン|ゼネラル|部門|開発|デザイン|オペレーションズ?|サポート|セールス|マーケティング)マネー?ジャー|チームリーダー|チームリード|本部長|部長|課長|最高\S{0,12}責任者|執行役員|取締役/i;

/**
 * The words of `leaderTitle` that name a manager by the function run, not by people led (`Sales
 * Manager`, `Operations Manager`): many such managers lead no one, so the title alone does not say
 * the role leads people; what the document asks of the role must (section-needs.ts).
 */
export const functionManager = /\b(?:development|design|operations|support|sales|marketing) manager\b/i;

/** The word of `leaderTitle` a director's title holds: a board's member may hold it too. */
export const directorWord = /^(?:director|directrice|directeur|directora)$/i;
/**
 * A sentence that seats the role on a board (`one of five members who serve on the Board of
 * Directors`, `sits on the board`): a director who governs with the board, not one who leads
 * staff (an executive director reports to the board, and is not seated so).
 */
export const boardSeatSentences = /\b(?:serves?|serving|sits?|sitting|seated|members?) (?:on|of) (?:the|its|our) (?:[\w-]+ ){0,3}board\b/i;

/** A title naming a group rather than a person in it: a team, committee, council or working group page. */
export const groupTitle = /\b(?:team|teams|committee|council|board|working group|working groups|sig|guild|chapter|department|squad|group|community|steering|org|organi[sz]ation|charter)\b/i;

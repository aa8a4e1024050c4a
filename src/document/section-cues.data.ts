/**
 * Words that make a title about a section, whatever else the title says: `Here's what your first
 * months will look like` is about the job's duties, `You'll thrive here if` about what it asks,
 * `Objective 2: build and lead a team` about leadership. Generous by design: they only ever show
 * that a section is there (never report one), beside the aliases a configuration lists. Titles
 * that name the role without saying what it does (`The role`, `About the role`, `Mission`) are not
 * here: a role's description may hold its duties or only the team's projects, so there the
 * content decides (a list or sentence of duties). A title about the role of someone (`What is the
 * role of a community manager?`) is about what they do.
 */
export const sectionTitleCues: Readonly<Record<string, RegExp>> = {
  responsibilities:
    /\b(?:responsib\w*|dut(?:y|ies)|tasks?|objectives?|key results|accountabilit\w*|what (?:you|you'll|you will|you'd) (?:do|be doing|work on|own|achieve|be working on|be responsible)|what (?:are|will) you (?:be )?(?:going to )?(?:do|doing|work on|working on)|you will|you'll|day[- ]to[- ]day|your (?:impact|mission|day|first)|in this role|job description|the roles? of (?:a|an|the)|first \d+ days|first (?:few )?(?:weeks|months|year)|activities|accomplish\w*|(?:trust|count on|rely on) you to|[a-zäöüß]*aufgaben\w*|[a-zäöüß]*tätigkeit\w*|was (?:machst|tust) du|(?:gibt es|es gibt) zu tun|zu tun gibt|was du (?:machst|tust)|was (?:machen|tun) sie|was sie (?:machen|tun) werden|(?:du wirst|wirst du|sie werden|werden sie)(?= *:? *$)|in dieser rolle|responsabilit\w*|responsabilidad\w*|atribui(?:ç|c)(?:ão|ao|ões|oes)|(?:seu |o )?dia a dia|funciones|tareas|qué harás|(?:estarás|harás|serás responsable de)(?= *:? *$)|ce que (?:vous ferez|tu feras)|(?:vos|tes|votre|ta) (?:principales )?missions?|missions (?:du|de la|de l|des)|^missions\b|vous devrez|vous serez appel\w*|t(?:â|a)ches|fonctions|effectuer\w*|dans (?:ce|le cadre de ce) (?:r(?:ô|o)le|poste)|deine aufgaben)\b|責任|責務|職務|業務内容|仕事内容|役割/i,
  requirements:
    /\b(?:requir\w*|qualif\w*|skills?|experience|who you are|about you|looking for|(?:what|who) we look for|you (?:have|bring|need(?! to (?:accomplish|achieve|deliver|do)\b)|are|should (?:have|bring)|should(?=\s*[:.]?\s*$)|must (?:have|bring)|might be|may be)|you'll (?:need(?! to (?:accomplish|achieve|deliver|do)\b)|bring|have|be great|thrive|be a)|you will (?:need(?! to (?:accomplish|achieve|deliver|do)\b)|bring|have)|must[- ]haves?|nice[- ]to[- ]haves?|nice (?:for you )?to have|(?:is|are) for you if|fit (?:right )?in if|(?:evaluat|assess)\w* (?:you |candidates? )?(?:based )?on|(?:personal )?(?:qualities|attributes)|bonus|prerequisit\w*|criteria|eligib\w*|profile|(?:ideal|excellent|great|strong|successful|perfect|right|good) (?:candidates?|persons?|people)|^you[:.]?$|ideally,? you|candidates? (?:who|that) (?:have|are|bring|can)|thrive|(?:good|great|strong) fit|knowledge|competenc\w*|what it takes|to (?:be successful|succeed)|we(?:'d| would) love|we(?:['’]d| would) like you to (?:have|bring|be|know)|we(?:['’]d| would)? (?:want|like|love) to see|we (?:want|need|seek) (?:somebody|someone|people|a person)|background|education|[a-zäöüß]*anforderung\w*|qualifikation\w*|voraussetzung\w*|eigenschaften|profil|mitbringen|bringst du mit|du bringst mit|(?:sie|ihr) bringen mit|bringen sie mit|wir erwarten|erwarten wir|we expect (?:that )?you|wir suchen|suchen wir|wohl ?f(?:ü|ue)hl\w*|compétences|prérequis|(?:bonne?|excellente?|parfaite?)(?:\(e\))? (?:candidat|personne)|personne idéale|(?:vous|serez|sera|seront) (?:é|e)valu\w*|votre place si|vous convient|qualités|atouts?|crit(?:è|e)res|(?:à la )?recherche d\w*|(?:re)?cherchons|(?:le|la)(?:\s*[-/]\s*(?:le|la))? candidat(?:e|\(e\)|[-·.]e)?s? (?:pourra|devra|doit|sera)|(?:est|sont) un plus|(?:serez|sera) en mesure d\w*|requisitos|requerimientos|perfil|buscamos|qué (?:tienes|necesitas|debes) (?:que )?(?:saber|tener|dominar|aportar)|lo que (?:pedimos|esperamos|necesitas)|qué (?:pedimos|esperamos de ti)|conocimientos|habilidades|experiencia)\b|応募資格|応募要件|必須|スキル|資格/i,
  leadership:
    /\b(?:lead|leads|leader|leaders|leadership|leading|manag\w* (?:people|teams?|others|staff|managers|engineers|reports)|management of (?:the )?(?:people|teams?|staff|personnel|crews?)|people (?:management|leadership|development|manager)|team (?:management|leadership|building|development|lead|health|growth)|line management|mentor\w*|coach\w*|supervis\w*|direct reports|hiring|career development|performance (?:reviews?|management|evaluations?)|growing the team|(?:mitarbeiter|personal|team)?führung\w*|(?:team|bereichs|abteilungs|projekt)?leitung|encadrement|management d'équipe|liderazgo|lideran(?:ç|c)a|gestión de equipos|gestão de equipes?)\b|リーダーシップ|マネジメント/i,
};

/**
 * A sentence that sends the reader to a post's full text elsewhere (`For more information and to
 * apply, see our application page`, `Read the full job description`, a link's `More information and
 * application form`; in French, German and Spanish: `Détail de la mission`, `plus de détails sur le
 * site`, `Weitere Informationen`, `más información`): with a link, in a short post,
 * the post is a summary of a posting kept elsewhere.
 */
export const fullPostingSentences =
  /(?:\b(?:(?:for )?(?:more|further|full|complete) (?:information|details|info)|(?:the |our )?full (?:job |role )?(?:description|posting|details|advert|ad|listing)|complete (?:job )?description|read more about (?:this|the) (?:role|position|job)|plus d['’](?:informations?|infos?)|plus de (?:détails|précisions|renseignements|informations?)|fiche de poste|offre complète|(?:consultez|consulter|voir|lire|lisez|découvrez|découvrir) (?:l['’]offre|l['’]annonce|le descriptif)|weitere (?:informationen|details|infos)|mehr (?:informationen|details|infos)|vollständige (?:stellenausschreibung|stellenbeschreibung)|más (?:información|detalles|info)|descripción completa)\b|\bdétail (?:de la|des|du) (?:missions?|poste|offre)\b)/i;

/**
 * A sentence that sends the reader to the job's full description (`click the apply button to view a
 * copy of the job description and person specification`, `For details, including full job
 * descriptions, please see [our jobs page](…)`, `See the [Scheme Overview](…) page for further details on the
 * role`): with a link or a posting's address, its sections
 * are there, however long the post.
 */
/**
 * A sentence saying there is no opening now (`We are not actively hiring at this time`, `we don't
 * have any roles open at the moment`, `There are no open positions`): the page invites
 * applications for later, and is no post of an opening. Not a post that is closed or filled: it
 * was one.
 */
export const noOpeningSentences =
  /\b(?:we(?:['’]re| are) not (?:actively |currently )?(?:hiring|recruiting)|(?:we have|there are) no (?:current |open |available )?(?:positions|openings|vacancies|roles|jobs)\b(?! (?:for|in|on|like|where)\b)|we don['’]t have any (?:open |current |available )?(?:positions|openings|vacancies|roles|jobs)\b(?! (?:for|in|on|like|where)\b)|no (?:current |open )?(?:positions|openings|vacancies|roles) (?:are )?(?:open|available) (?:at the moment|at this time|right now|currently|at present))/i;

export const descriptionElsewhereSentences =
  /\b(?:(?:view|download) (?:a copy of )?the (?:full )?(?:job description|person specification|job specification)|(?:including|for) (?:the )?full (?:job |role )?descriptions?|for (?:further|more|full) (?:details|information) (?:on|about|of) the (?:role|position|job|post|vacancy)|apply (?:through|via|on|at|using) the (?:official |original |full )?(?:job )?(?:posting|listing|advert|advertisement))\b/i;

/**
 * Frontmatter keys a job board keeps the full posting's address under (`link`, `apply_url`,
 * `job_url`; lower case, `-` and spaces as `_`): with an address, in a short post, the post is a
 * summary of a posting kept elsewhere.
 */
export const fullPostingKeys: readonly string[] = [
  'link', 'url', 'apply', 'apply_link', 'apply_url', 'application_link', 'application_url', 'job_link', 'job_url',
  'posting_link', 'posting_url', 'original_link', 'original_url', 'source_link', 'source_url',
];

/**
 * A sentence that states what a role asks of the person, where no title or list does ("Success in
 * this role requires…", "Candidates must have…", "Experience with Go is a plus", "We are seeking
 * candidates with a PhD", "Essential qualifications include…", "You will be experienced with modern
 * business practice", "Applicants will possess a relevant PhD", "The ideal candidate would have
 * experience with R", "We are particularly interested in applicants who can demonstrate…", "We are
 * interested in individuals who have experience with…", "Interns must be
 * able to work…", "The Fund is open to early career research individuals", "We'd love to see
 * experience with office management", "we look for character strengths such as…", "You are an
 * experienced Ruby developer"). Only sentences
 * about the candidate: an article on a job that "requires a great deal of experience" states no
 * requirement of an applicant, nor one that says "if you have a minimum of five years of
 * experience, you can get promoted"; "contractors with a minimum of two years of experience" does.
 * In German, what the reader is, has or brings (`Du studierst`, `Sie verfügen über`, `Du bringst … mit`),
 * and what candidates have or must, in German, French and Spanish (`Erfolgreiche Bewerber verfügen
 * über…`, `Les candidats doivent avoir…`, `Los candidatos deben tener…`).
 */
export const requirementSentences =
  /\b(?:(?:experience|knowledge|skills?|familiarity|understanding|proficiency|fluency|degree|background|passion|interest|expertise)\b[^.;]{0,120}\b(?:is|are|would be|will be) (?:(?:highly|strongly|also|considered|not) )*(?:required|a plus|a must|essential|desirable|preferred|important|appreciated|welcome|a bonus|an advantage|beneficial)|(?:this|the) (?:role|position|job) (?:requires|will require)|(?:success|to succeed|to be successful) in this (?:role|position|job) (?:requires|means)|(?:requirements|qualifications) (?:include|are)|(?:candidates?|applicants?|interns?|fellows?|volunteers?) (?:should|must|will need to|(?:is|are|will be) expected to|should expect to) (?:have|be|hold|bring|show|possess)|(?:candidates?|applicants?) will (?:possess|hold|bring)|(?:candidates|applicants) (?:who|that) (?:can demonstrate|can show|have|hold|bring|are able to)\b|(?:is|are) (?:only )?open to (?:all )?(?:[\w-]+,? ){0,4}?(?:individuals|students|researchers|scholars|candidates|applicants|graduates|professionals|residents|citizens)\b|you (?:must|should|will need to|will be expected to|are expected to|'ll be expected to) (?:have|be|hold|bring)|you(?: will|'ll) be (?:(?:highly|very|suitably|well) )?(?:experienced|skilled|proficient|knowledgeable|familiar|fluent|qualified) (?:with|in|at)|(?:we(?: a|')re|they(?: a|')re|(?:is|are)) (?:looking for|seeking) (?:someone|a person|candidates|people|an? (?:[\w-]+,? ){1,3}(?:\([\w-]{1,12}\) )?(?:who|with))|we seek (?:someone|a person|candidates|applicants|individuals|people)|we (?:need|want) (?:an? )?(?:[\w-]+ ){0,3}?(?:someone|somebody|person|people|candidates|[\w-]+(?:ers?|ors?|ists?|ants?|ents?)) (?:who|that) (?:is|are|has|have|can|takes?|knows?|loves?|enjoys?|brings?)|(?:candidates|applicants) are sought|interested in (?:hearing from )?(?:individuals|people|persons|those|someone|candidates|applicants) (?:who|that|with)|(?:the |our |an? )?(?:ideal|dream|perfect|right|successful) candidates? (?:has|have|will have|is|are|brings|should have|would (?:have|be|bring|possess)|will (?:be able to )?(?:demonstrate|show|bring|need))|with (?:a minimum of|at least) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+? years?(?:['’]s?)? (?:of )?(?:[\w-]+ ){0,3}experience|\d+\+ ?years?(?:['’]s?)? (?:of )?(?:[\w-]+ ){0,3}experience|experience (?:with|in|of) [^.;()]{1,80}\(\d+\+ ?years?(?=\))|qualified candidates (?:will|must|should)|we(?:(?: really)? (?:want|would like|would love)|'d(?: really)? (?:like|love)) to see (?:(?:that )?you (?:are|have|can|bring|know)|(?:(?:some|strong|solid|proven|prior|previous|relevant) )?(?:experience|knowledge|familiarity|skills?|expertise) (?:with|in|of|at))|we (?:also )?look for (?:[\w-]+ ){0,3}?(?:skills|strengths|qualities|traits|experience|candidates|people|someone)\b|you(?: are|'re) an? (?:(?:highly|very|truly) )?(?:experienced|seasoned|skilled|accomplished|proven|talented) |we expect you to (?:have|be|bring|know)|this (?:job|role|position) is (?:(?:just|exactly) )?for you|du (?:studierst|bringst|verfügst über|hast (?:erfahrung|kenntnisse|interesse|spaß))|sie (?:studieren|bringen|verfügen über|haben (?:erfahrung|kenntnisse|interesse|spaß))|(?:erfolgreiche |ideale |geeignete )?(?:bewerber|bewerberinnen|bewerbende|kandidaten|kandidatinnen)(?:\*innen|:innen|\/innen)? (?:verfügen über|bringen|müssen|sollten)|(?:les |le |la )?candidat(?:e|s|es|·e|·e·s)? (?:doit|doivent|devra|devront) (?:avoir|être|posséder|maîtriser|justifier)|(?:los |las |el |la )?candidat(?:o|a|os|as) (?:debe|deben|deberá|deberán) (?:tener|contar|poseer|ser))\b/i;

/** Titles of competencies, as ladders name their dimensions. */
export const competencyTitle =
  /^(?:[\p{N}.)\s]*)(?:impact|scope|communication|collaboration|craft|delivery|execution|technical (?:skills?|excellence|expertise|knowledge)|technical|leadership|influence|ownership|mentor(?:ing|ship)|teamwork|problem solving|knowledge|behaviou?rs?|expectations|competenc(?:y|ies)|strategy|strategic (?:thinking|impact)|people|process|quality|product|business (?:acumen|impact)|autonomy|complexity|independence|citizenship|culture|growth|learning|judgement|judgment)\b/iu;

/**
 * Stricter cues, for the kind decision: titles that name duties or requirements outright
 * (`Responsibilities`, `What you'll do`, `Qualifications`), not the words a team page shares
 * with them (`Mission`, `Scope`, `Experience`).
 */
export const kindTitleCues = {
  /** A heading over the people of a team or body (its roster), as team and committee pages have. */
  roster: /^(?:the |our |current )?(?:team|members|team members|people|contact|contact us|roster|membership|staff|leads|leadership team|maintainers)$/i,
  duties: /\b(?:responsibilit\w*|dut(?:y|ies)|accountabilit\w*|what (?:you|you'll|you will) (?:do|be doing|work on)|your role|the role|in this role|role summary|your (?:tasks|mission)|aufgaben\w*|responsabilit\w*|funciones|vos missions)\b|責務|職務/i,
  requirements:
    /\b(?:requirements?|qualifications?|required (?:skills|experience)|skills required|who you are|about you|what (?:we're|we are) looking for|what we look for|must[- ]haves?|nice[- ]to[- ]haves?|skills and experience|what you(?:'ll| will)? (?:bring|need)|ideal candidate|anforderung\w*|qualifikation\w*|dein profil|ihr profil|votre profil|profil recherché|requisitos|tu perfil)\b|応募資格|必須要件/i,
};

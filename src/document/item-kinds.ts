/**
 * What a list item says, by its first words: a duty (`Own the roadmap`, `Plans releases`,
 * `You will review designs`), a qualification (`5+ years of experience`, `Strong knowledge of
 * SQL`, `You have shipped…`, `A degree in…`), and whether it is about leading people (`Lead a
 * team of five`, `Hire and grow the team`). A list mostly of duties is a Responsibilities
 * section and a list mostly of qualifications a Requirements section, whatever their titles say.
 */
import { normaliseText } from '../text/normalise.js';
import { dutyInfinitives, dutyVerbs, ledPeople, leadingVerbs, peopleGrowth } from './duty-verbs.data.js';
import { matchesOf } from '../core/matches.js';

export interface ItemKinds {
  /** Led by a verb of doing; `s` for `Owns`, as ladders and role pages write, `ing` for `Owning`. */
  duty: false | 'base' | 's' | 'ing';
  qualification: boolean;
  leading: boolean;
}

/** A word's forms a list item starts with: base, `-s` and `-ing` (`own`, `owns`, `owning`). */
function forms(verb: string): string[] {
  const out = [verb];
  if (/(?:s|x|z|ch|sh)$/.test(verb)) out.push(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) out.push(`${verb.slice(0, -1)}ies`);
  else out.push(`${verb}s`);
  if (/[^e]e$/.test(verb)) out.push(`${verb.slice(0, -1)}ing`);
  else out.push(`${verb}ing`);
  // plan -> planning, ship -> shipping (both spellings kept: a wrong one matches nothing).
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) out.push(`${verb}${verb.at(-1)}ing`);
  return out;
}

/** Each form of a duty verb, and which form it is. */
const dutyForms: ReadonlyMap<string, 'base' | 's' | 'ing'> = new Map([
  ...dutyVerbs.flatMap((verb) => forms(verb).map((form, i) => [form, i === 0 ? 'base' : form.endsWith('ing') ? 'ing' : 's'] as const)),
  ...dutyInfinitives.map((verb) => [verb, 'base'] as const),
]);
const leadingForms: ReadonlySet<string> = new Set(leadingVerbs.flatMap((v) => forms(v.replace(/-/g, ' ').split(' ')[0]!)));
const people: ReadonlySet<string> = new Set(ledPeople.flatMap((p) => p.split(' ')));
/** Any word of `people` in a normalised text: an item without one leads no one, and its words are not read one by one. */
const anyPeople = new RegExp(`(?:^| )(?:${[...people].join('|')})(?= |$)`);

/**
 * Words before the verb of a duty: `You will`, `Will`, `To`, `Help to`, `As a lead engineer, you
 * will be expected to`, an adverb (`Iteratively improve`, `Proactively identify`).
 */
const dutyLead = /^(?:as an? [^,]{1,40}, |(?:you|they|he|she|we) (?:will|would|shall|should|can|must|may) |you['’ ](?:ll|d) |will |to |help (?:to )?|be (?:expected|able) to |is expected to |are expected to |expected to |also |[a-z]{3,}ly (?=[a-z]))+/;

/** Verbs of what a person has or is (`you have`, `you bring`), not of what they do: a qualification after `you`. */
const youAsked = ['have', 'are', 're', 've', 'bring', 'can', 'know', 'enjoy', 'love', 'thrive', 'care', 'want', 'like', 'understand', 'possess', 'hold'];

/** First words of a qualification, in English and the corpus's other languages, after `some` too (`Some experience with git`). */
const qualificationStart = new RegExp(
  `^(?:some )?(?:${[
    // "5+ years", "three or more years", "at least 2 years", "a minimum of 4 years".
    '(?:at least |minimum of |a minimum of |over |more than |min )?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: or more| plus)? (?:years?|yrs|jahre|ans|años)',
    'experience', 'experienced', 'knowledge', 'knowledgeable', 'understanding', 'familiarity', 'familiar', 'proficiency', 'proficient', 'fluency', 'fluent',
    'expertise', 'expert', 'background', 'track record', 'evidence of', 'ability', 'able to', 'capable', 'comfortable', 'comfort', 'passion', 'passionate', 'interest',
    'interested', 'curiosity', 'curious', 'degree', 'bachelor', 'bachelors', 'bachelor s', 'master', 'masters', 'master s', 'phd', 'ba', 'bs', 'bsc',
    'msc', 'certification', 'certified', 'skilled', 'skills', 'skill', 'excellent', 'exceptional', 'outstanding', 'strong', 'very good', 'very strong', 'proven', 'demonstrated',
    'demonstrable', 'solid', 'deep', 'good', 'great', 'working knowledge', 'working experience', 'hands on', 'extensive', 'significant', 'substantial', 'previous', 'prior',
    'professional', 'relevant', 'practical', 'advanced', 'basic', 'thorough', 'broad', 'in depth', 'effective', 'self motivated', 'self starter',
    'detail oriented', 'attention to detail', 'eagerness', 'eager', 'willingness', 'willing', 'desire', 'enthusiasm', 'enthusiastic', 'bonus',
    'nice to have', 'plus', 'preferred', 'required', 'must have', 'must be', 'ideally', 'a degree', 'an? (?:understanding|interest|eye|ability|degree|background|track record|passion|aptitude|appreciation|bachelor|master)',
    'a (?:strong|solid|proven|deep|good|great|working|demonstrated|high|keen|genuine|real|passion|bachelor s|master s|minimum)',
    `you[ '](?:${youAsked.join('|')})`, 'have', 'has', 'having',
    '(?:you (?:will|ll) )?(?:be )?(?:expected|required) to (?:have|be|hold|bring)',
    // German, French and Spanish.
    'erfahrung', 'erfahrungen', 'kenntnisse', 'sehr gute', 'gute', 'fundierte', 'abgeschlossenes', 'abgeschlossene', 'studium', 'du hast', 'du bist',
    'sie haben', 'sie sind', 'expérience', 'connaissance', 'connaissances', 'maîtrise', 'diplôme', 'bonne', 'bonnes', 'vous avez', 'vous êtes',
    'tu as', 'tu es', 'experiencia', 'conocimiento', 'conocimientos', 'dominio', 'titulación', 'grado en', 'tienes', 'eres',
    // What the reader knows, can or likes, as `you know`, `you can`, `you love` above.
    'du kannst', 'du kennst', 'du liebst', 'du sprichst', 'du verfügst', 'sie verfügen', 'sie kennen', 'sie können',
    'tu sais', 'tu aimes', 'tu connais', 'tu maîtrises', 'tu parles', 'tu n as pas peur', 'vous savez', 'vous aimez', 'vous connaissez', 'vous maîtrisez',
    'sabes', 'conoces', 'dominas', 'te gusta', 'te encanta',
  ].join('|')})(?: |$)`,
);

/** `you` before a verb in the present (`You conduct interviews`), an adverb allowed: read for the verb after it. */
const youNow = /^you (?:also |[a-z]{3,}ly )?(?=[a-z])/;

/**
 * A duty as German posts list them, and their English versions: a noun of the action and what it
 * acts on (`Erstellung von Dokumentationen`, `Pflege, Aktualisierung und technische
 * Weiterentwicklung der Portale`, `Verfassen von Artikeln`, `Preparation of documentation`), a few
 * words before it, as normalised text reads it; not a noun of what is offered (`Aufgaben in
 * vielen Bereichen`). French, Spanish and Portuguese posts list them so too (`L’analyse du
 * besoin`, `La conception et mise en œuvre des solutions`, `Gestión de proveedores`,
 * `Elaboração de relatórios`). Qualifications (`Knowledge of`, `Erfahrung in`) are read first.
 */
const actionNoun =
  /^(?:\p{L}+ ){0,4}?(?:\p{L}{3,}(?:ung|tion) (?:von|der|des|unserer|unseres|eines|einer|neuer|aller)|\p{L}{4,}en von|\p{L}{3,}(?:tion|ment|ance|ence) of|(?:l['’])?\p{L}{3,}(?:tion|ment|yse) (?:et \p{L}+ )?(?:de|des|du|d['’]\p{L}+)|\p{L}{3,}(?:ción|sión|miento) (?:de|del)|\p{L}{3,}(?:ção|são|mento) (?:de|do|da|dos|das))(?: |$)/u;

/**
 * Whether a list item names an action and what it acts on, as German posts and their English
 * versions list duties (`actionNoun`), and is no qualification. Read for the section only: the kind
 * signals count items by their verbs.
 */
export function namesAction(item: string): boolean {
  const raw = item.length > 300 ? item.slice(0, 300) : item;
  const text = normaliseText(raw);
  return !itemKinds(item).qualification && actionNoun.test(text);
}

/** A label before the item's text: `Roadmap: Develop the roadmap`, `**Scope:** …`. */
const label = /^[^:]{1,40}: (?=\S)/;

const memo = new Map<string, ItemKinds>();
const memoLimit = 20_000;

export function itemKinds(item: string): ItemKinds {
  let kinds = memo.get(item);
  if (kinds) return kinds;
  kinds = readItem(item);
  if (memo.size >= memoLimit) memo.clear();
  memo.set(item, kinds);
  return kinds;
}

function readItem(item: string): ItemKinds {
  const raw = item.length > 300 ? item.slice(0, 300) : item;
  const labelled = label.exec(raw);
  const text = normaliseText(labelled && labelled[0].split(' ').length <= 5 ? raw.slice(labelled[0].length) : raw);
  const qualification = qualificationStart.test(text.replace(/^as an? [^,]{1,40}, /, '')) || /\b\d+\s*(?:years?|yrs)\b.*\bexperience\b/.test(text);
  const afterLead = text.replace(dutyLead, '');
  // `You recruit specialists`, `You also run the rota`: what the reader does, told in the present.
  const verbFirst = afterLead.replace(youNow, '');
  const space = verbFirst.indexOf(' ');
  const duty = (!qualification && dutyForms.get(space < 0 ? verbFirst : verbFirst.slice(0, space))) || false;
  let leading = false;
  const words = anyPeople.test(afterLead) ? afterLead.split(' ', 12) : [];
  for (let i = 0; i < words.length && !leading; i++) {
    if (!leadingForms.has(words[i]!)) continue;
    // Whom it leads is read after the verbs joined to it (`Manage, coach and expand an international customer service team`).
    let last = i;
    while (last + 1 < words.length && (words[last + 1] === 'and' || words[last + 1] === 'or' || dutyForms.has(words[last + 1]!) || leadingForms.has(words[last + 1]!))) last++;
    for (let j = i + 1; j < Math.min(words.length, last + 7); j++) if (people.has(words[j]!)) leading = true;
  }
  return { duty, qualification, leading };
}

/** A noun of growing people (peopleGrowth) in a normalised text. */
const growthNoun = new RegExp(`(?:^| )(?:${peopleGrowth.join('|')})(?= |$)`);

/** Whether an item names growing people and whom (`Provide mentorship to team members`): about leading them, for the Leadership section. */
export function growsPeople(item: string): boolean {
  const text = normaliseText(item.length > 300 ? item.slice(0, 300) : item);
  return growthNoun.test(text) && anyPeople.test(text);
}

/** Words that put what follows a leading verb in another relation than the people led (`with the building staff`, `the work of the team`). */
const notWhomLed: ReadonlySet<string> = new Set(['in', 'with', 'to', 'for', 'of', 'on', 'at', 'from', 'by', 'about', 'across', 'among', 'between', 'into', 'through', 'via', 'within', 'alongside']);

/**
 * Whether an item or a sentence starts by asking to lead people: its verb first, whom it leads at
 * most four words after it with no preposition between them (`Manage the sales team`, `You will
 * hire and coach a team of four`), where `leading` reads a leading verb and a people word anywhere
 * in its first words (`Manages office workflow in coordination with building staff` is no
 * leader's duty, nor `Proven leadership abilities with experience in managing remote teams`).
 */
export function leadsPeopleOutright(item: string): boolean {
  const text = normaliseText(item.length > 300 ? item.slice(0, 300) : item);
  if (leadsFirst(text.replace(dutyLead, '').replace(youNow, ''))) return true;
  // Or told to the reader in the sentence (`Role responsibilities You'll be leading a team of designers`).
  for (const m of matchesOf(youLeading, text)) if (leadsFirst(text.slice(m.index + m[0].length))) return true;
  return false;
}

/**
 * `you`, `you'll`, `you will be` … before a verb, anywhere in a sentence, and the chance given to
 * the reader (`you'll have the opportunity to`, `you will get to`).
 */
const youLeading = /(?:^|\s)you(?:'ll| will| would| shall)?(?: also)?(?: be)?(?: (?:have|get) (?:the |an? )?(?:opportunity|chance) to| get to)? (?=\S)/g;

/**
 * Whether a text starts with a leading verb and, within four words after the verbs joined to it
 * (`build, lead and grow a product team`) and before any preposition, whom it leads.
 */
function leadsFirst(text: string): boolean {
  const words = text.split(' ', 12);
  if (!leadingForms.has(words[0]!)) return false;
  let last = 0;
  while (last + 1 < words.length && (words[last + 1] === 'and' || words[last + 1] === 'or' || leadingForms.has(words[last + 1]!))) last++;
  for (let j = last + 1; j <= last + 4 && j < words.length && !notWhomLed.has(words[j]!); j++) if (people.has(words[j]!)) return true;
  return false;
}

/** Words of a sentence that name duties outright (`the initial focus of the position will be on…`, a post's work told in prose). */
const dutyPhrase = /\b(?:responsible for|responsibilities (?:will )?(?:include|are)|duties (?:will )?(?:include|are)|tasks (?:will )?(?:include|are)|accountable for|in charge of|takes? care of|the role (?:is|involves|includes)|your (?:job|work) (?:is|will be|would be)|(?:your|whose|their) (?:(?:primary|main|key|first) )?(?:role|task|mission|objective|goal) (?:is|will be|would be) to|your time (?:will be |is )?(?:split|spent|divided) (?:between|on|across)|(?:are|will be|would be|ll be) (?:involved|engaged) in|(?:initial |main |primary |first )?focus of (?:the|this) (?:position|role|post|job) (?:is|will be))\b/;
/**
 * Whom a post is for and what they are to do: `I am in need of an intern to develop and deploy…`,
 * `We are looking for someone to lead…`, `We're looking for a full-time Django/React Developer to
 * create…` (six words, as normalised text splits `full-time` and `Django/React`), `We seek a Digital
 * Project Manager to manage…`, `is seeking to hire an Embedded Software Engineer to help us create…`; the verb after
 * `to` is read (`to join the team` states no duty).
 */
const wantedTo = /\b(?:looking for|seek|seeks|seeking|searching for|in need of|we need|needs|hiring|recruiting|(?:seeking|looking|hoping|wants?) to (?:hire|recruit|find)) (?:an?|one|two|three|several|someone|somebody|\d+)(?: [a-z'-]+){0,6} to ([a-z]+)/g;
/** Japanese: "is responsible for" (責任があります, 責任を負う), "is in charge of" (担当します), "the role is" (役割は). */
const japaneseDuty = /責任が(?:あり|ある)|責任を(?:負|持)|担当(?:し|する)|役割は/u;
/**
 * German: the duties (`zu deinen Aufgaben gehört`, `du bist verantwortlich für`, `du übernimmst`)
 * and a verb said to the reader (`informierst und berätst du`, `du koordinierst`), not one that
 * asks or offers (`bringst du mit`, `hast du`, `suchst du`, `bekommst du`, `lernst du`).
 */
const germanDuty =
  /(?:^|\s)(?:zu (?:deinen|ihren|den) (?:haupt)?aufgaben gehör|(?:du bist|sie sind) (?:verantwortlich|zuständig) für|du übernimmst|sie übernehmen|du verantwortest|verantwortest du|(?!(?:hast|bist|kannst|musst|sollst|solltest|willst|darfst|möchtest|wirst|würdest|hättest|wärst|bringst|suchst|kennst|liebst|magst|brauchst|fühlst|passt|interessierst|findest|lernst|bekommst|erhältst|erwartest|freust|siehst|weißt|verfügst|sprichst|besitzt|genießt|nutzt|profitierst)\s)[a-zäöüß]{3,}st du(?:\s|$)|du (?!(?:hast|bist|kannst|musst|sollst|solltest|willst|darfst|möchtest|wirst|würdest|hättest|wärst|bringst|suchst|kennst|liebst|magst|brauchst|fühlst|passt|interessierst|findest|lernst|bekommst|erhältst|erwartest|freust|siehst|weißt|verfügst|sprichst|besitzt|genießt|nutzt|profitierst)\s)[a-zäöüß]{3,}st\s)/;
/**
 * French: what the reader will be in charge of or brought to do (`vous serez en charge de`, `tu
 * seras amené·e à`, `vous aurez pour mission de`, `votre rôle sera de`), and what the person hired
 * is in charge of (`l’animateur·trice est chargé·e en priorité de`, as `responsible for` in English;
 * `le/la volontaire aura pour mission de`, `le poste aura pour objectif de`), or of whom the post
 * seeks (`une équipe professionnelle chargée de réaliser`, `un·e directeur·rice chargé·e de diriger`),
 * as normalised text reads it (`amené·e·s` is `amené e s`).
 */
const frenchDuty =
  /(?:^|\s)(?:(?:est|sont) (?:charg[ée]\w*(?: e| s| es)*|en charge|responsables?)(?: en priorité| notamment| principalement| également)? d|(?:vous serez|tu seras) (?:amen[ée]\w*(?: e| s| es)* à|en charge d|charg[ée]\w*(?: e| s| es)* d|responsables? d)|(?:vous |tu )?(?:aurez|auras|aura|auront) (?:pour (?:missions?|rôle|tâches?|objectifs?)|la charge|la responsabilité)|(?:votre|ta) (?:mission|rôle) (?:sera|consiste|est) d)|\s[a-zàâçéèêëîïôûùüÿœæ]+ charg[ée]\w*(?: e| s| es)* de [a-zàâçéèêëîïôûùüÿœæ]+(?:er|ir|re)(?:\s|$)/;
/**
 * Spanish: what the reader will do, as the future tells it (`vas a definir el producto`, `vas a
 * ayudarnos a diseñar`, `coordinarás el equipo`), of the verbs of duties, a pronoun after the verb
 * allowed (`ayudarnos`), and what they will be in charge of (`serás responsable de`, `te encargarás de`).
 */
const spanishGoingTo = /(?:^|\s)(?:vas|va|vais|van) a (\p{L}+)/gu;
const spanishFuture = /(?:^|\s)(\p{L}+(?:ar|er|ir))ás(?=\s|$)/gu;
const spanishInCharge = /(?:^|\s)(?:ser[áa]s? responsables? de|te encargar[áa]s de|se encargar[áa] de|tu (?:rol|función|misión) (?:será|es|consiste en)|tus (?:tareas|funciones|responsabilidades) (?:serán|son|incluyen))(?:\s|$)/u;
/** A Spanish infinitive without the pronoun joined to it (`ayudarnos` is `ayudar`). */
const spanishInfinitive = (word: string) => word.replace(/(?<=(?:ar|er|ir))(?:nos|te|le|les|lo|la|los|las|se|me)$/u, '');
const spanishDuties: ReadonlySet<string> = new Set(dutyInfinitives);

function spanishDuty(text: string): boolean {
  if (spanishInCharge.test(text)) return true;
  for (const m of matchesOf(spanishGoingTo, text)) if (spanishDuties.has(spanishInfinitive(m[1]!))) return true;
  for (const m of matchesOf(spanishFuture, text)) if (spanishDuties.has(m[1]!)) return true;
  return false;
}

/** Portuguese: the reader or the person hired will be responsible for (`você será responsável por`, `será responsável pelos testes`). */
const portugueseDuty = /(?:^|\s)ser(?:á|a) respons(?:á|a)vel (?:por|pel[oa]s?)(?:\s|$)/;
/**
 * French, of the person hired (`il/elle sera chargé(e) du déploiement`, `la personne recrutée aura
 * pour mission de`), as normalised text reads it (`il elle`), an adverb allowed after `sera`.
 */
const frenchHired = '(?:il|elle|il elle|elle il|la personne recrutée|le candidat|la candidate|le titulaire|la titulaire)';
const frenchThirdDuty = new RegExp(`(?:^|\\s)${frenchHired} (?:sera (?:\\S+ment )?(?:amen[ée]\\w*(?: e)* à|en charge d|charg[ée]\\w*(?: e)* d|responsable d)|aura (?:pour (?:missions?|rôle|tâches?)|la charge|la responsabilité))`);
/**
 * The future a French post tells the reader their duties in (`vous participerez`, `tu animeras`),
 * and the person hired (`il/elle participera`), of the verbs of duties.
 */
const frenchFuture: ReadonlySet<string> = new Set(
  dutyInfinitives.filter((verb) => /(?:er|ir|re)$/.test(verb)).flatMap((verb) => {
    const stem = verb.endsWith('re') ? verb.slice(0, -1) : verb;
    return [`${stem}ez`, `${stem}as`, `${stem}a`];
  }),
);
const frenchYou = /(?:^|\s)(?:vous|tu|il elle|elle il) (\S+)/g;
/** What every match of frenchYou holds: tested first, it spares the pattern's try at every space of the many texts that hold none. */
const mayTellFrenchYou = (text: string) => text.includes('vous ') || text.includes('tu ') || text.includes('il ');
/** `you will`, `you'll`, `they will`, `the chair will` … before a verb (`you'll get to share`). */
const willBefore = /\b(?!we\b)(?:you|they|he|she|[a-z]+s?)(?: will| would| shall|['’ ]ll) (?:also )?(?:be (?:expected|asked|required) to |get to |\w+ly )?(\w+)/g;

/** `… will be shaping`: a duty told in the progressive, a verb of duties in -ing right after `be`. */
function beDoing(after: string): boolean {
  const next = /^ (\w+)/.exec(after)?.[1];
  return next !== undefined && dutyForms.get(next) === 'ing';
}

/** The most of a paragraph read for a statement of duties (a long post pasted as one paragraph is about 5,000 characters). */
const maxStatement = 20_000;

/** `you serve the teams`, `you also help`: what the reader does, told in the present. */
const youDo = /\byou (?:also |\w+ly )?(\w+)/g;

/**
 * How many times a text tells the reader what they do, in the present (`As a coach, you serve the
 * teams. You help them resolve impediments.`), by a verb of duties that is not one of having or being.
 */
export function presentDuties(text: string): number {
  let n = 0;
  for (const m of matchesOf(youDo, normaliseText(text.length > maxStatement ? text.slice(0, maxStatement) : text))) if (dutyForms.get(m[1]!) === 'base' && !youAsked.includes(m[1]!)) n++;
  return n;
}

/** Whether a sentence (or several) states what someone in the role does: `The chair is responsible for…`, `You'll plan releases`. */
export function statesDuty(sentence: string): boolean {
  // A paste without blank lines is one paragraph of many sentences: read it whole, to a bound.
  const text = normaliseText(sentence.length > maxStatement ? sentence.slice(0, maxStatement) : sentence);
  if (japaneseDuty.test(text)) return true;
  if (dutyPhrase.test(text) || germanDuty.test(text) || frenchDuty.test(text) || frenchThirdDuty.test(text) || portugueseDuty.test(text) || spanishDuty(text)) return true;
  if (mayTellFrenchYou(text)) for (const m of matchesOf(frenchYou, text)) if (frenchFuture.has(m[1]!)) return true;
  for (const m of matchesOf(wantedTo, text)) if (dutyForms.get(m[1]!) === 'base') return true;
  for (const m of matchesOf(willBefore, text)) {
    if (dutyForms.has(m[1]!) || (m[1] === 'be' && (beDoing(text.slice(m.index + m[0].length)) || /\bbe (?:responsible|working|leading|owning|building|helping)\b/.test(text.slice(m.index))))) return true;
  }
  return false;
}

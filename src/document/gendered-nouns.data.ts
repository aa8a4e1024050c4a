/**
 * Nouns for people written in one gender, with the neutral words to offer, the one list both
 * judges of wording read: fair-wording reports any of them in a role document's prose, and
 * pay-transparency's EU check (with job-facts, which tells a job title) reads the titles among
 * them (`Salesman`, `Chairman`, `Waitress`). Also the masculine forms of German, French and
 * Spanish job nouns, which are neutral only with every gender marked beside them
 * (`Kaufmann (m/w/d)`, `Entwickler/in`, `Développeur (H/F)`, `Desarrollador/a`). Whole words.
 */

export interface GenderedNoun {
  /** The gendered words, singular and plural, as whole words (a space or hyphen may stand for either). */
  words: readonly string[];
  /** Neutral words in common use, best first (the first is the fix offered for a title). */
  neutral: readonly string[];
  /** A job title (`salesman`), not a noun for people in general (`manpower`). */
  title?: boolean;
}

/**
 * English gendered nouns. `master` is not here: a `master` branch, a master's degree, a `master`
 * copy are not gendered in use.
 */
export const genderedNouns: readonly GenderedNoun[] = [
  { words: ['salesman', 'salesmen', 'saleswoman', 'saleswomen', 'salesgirl'], neutral: ['salesperson', 'sales representative'], title: true },
  { words: ['chairman', 'chairmen', 'chairwoman'], neutral: ['chair', 'chairperson'], title: true },
  { words: ['spokesman', 'spokesmen', 'spokeswoman'], neutral: ['spokesperson'], title: true },
  { words: ['foreman', 'foremen', 'forewoman'], neutral: ['supervisor', 'lead'], title: true },
  { words: ['businessman', 'businessmen', 'businesswoman'], neutral: ['businessperson', 'professional'], title: true },
  { words: ['cameraman', 'cameramen'], neutral: ['camera operator'], title: true },
  { words: ['repairman', 'repairmen'], neutral: ['repair technician', 'repairer'], title: true },
  { words: ['handyman', 'handymen'], neutral: ['maintenance technician', 'maintenance worker'], title: true },
  { words: ['deliveryman', 'deliverymen'], neutral: ['delivery driver', 'courier'], title: true },
  { words: ['fireman', 'firemen'], neutral: ['firefighter'], title: true },
  { words: ['policeman', 'policemen', 'policewoman'], neutral: ['police officer'], title: true },
  { words: ['mailman', 'mailmen', 'postman', 'postmen'], neutral: ['mail carrier'], title: true },
  { words: ['workman', 'workmen'], neutral: ['worker'], title: true },
  { words: ['craftsman', 'craftsmen'], neutral: ['craftsperson', 'artisan'], title: true },
  { words: ['draftsman', 'draftsmen', 'draughtsman', 'draughtsmen'], neutral: ['drafter'], title: true },
  { words: ['middleman', 'middlemen'], neutral: ['intermediary'] },
  { words: ['doorman', 'doormen'], neutral: ['door attendant'], title: true },
  { words: ['watchman', 'watchmen'], neutral: ['guard'], title: true },
  { words: ['lineman', 'linemen'], neutral: ['line worker'], title: true },
  { words: ['serviceman', 'servicemen'], neutral: ['service technician'], title: true },
  { words: ['journeyman', 'journeymen'], neutral: ['journey-level worker'], title: true },
  { words: ['warehouseman', 'warehousemen'], neutral: ['warehouse worker'], title: true },
  { words: ['weatherman', 'weathermen'], neutral: ['meteorologist'], title: true },
  { words: ['anchorman', 'anchormen', 'anchorwoman'], neutral: ['anchor'], title: true },
  { words: ['cleaning lady', 'cleaning ladies'], neutral: ['cleaner'], title: true },
  { words: ['waitress', 'waitresses'], neutral: ['server'], title: true },
  { words: ['stewardess', 'stewardesses'], neutral: ['flight attendant'], title: true },
  { words: ['hostess', 'hostesses'], neutral: ['host'], title: true },
  { words: ['manageress', 'manageresses'], neutral: ['manager'], title: true },
  { words: ['headmaster', 'headmistress'], neutral: ['head teacher', 'principal'], title: true },
  { words: ['manpower'], neutral: ['staff', 'workforce', 'people'] },
  { words: ['man-hours', 'man-hour', 'man hours', 'man-days', 'man days', 'man-months', 'man-month', 'man-years'], neutral: ['person-hours', 'work hours', 'person-days'] },
  { words: ['mankind'], neutral: ['humankind', 'people'] },
  { words: ['manmade', 'man-made'], neutral: ['artificial', 'human-made'] },
];

/** German, French and Spanish masculine job nouns (as the end of a compound in German), which need every gender marked. */
export const genderedForms: readonly { language: string; nouns: RegExp; marked: RegExp; fix: string }[] = [
  {
    language: 'German',
    nouns:
      /(?:entwickler|informatiker|ingenieur|leiter|berater|referent|mitarbeiter|techniker|architekt|sachbearbeiter|programmierer|assistent|buchhalter|verkäufer|elektriker|mechaniker|kaufmann|fachmann|hausmeister|lehrer|erzieher|pfleger|fahrer|arzt|redakteur|gestalter|vertriebler|spezialist)(?![\p{L}])/iu,
    marked:
      /\((?:[mwfdxi]\s*[/|,]\s*){1,3}[mwfdxi]\)|\((?:all genders|alle geschlechter|gn)\)|(?:\*|:|_|\/-?|\/ )in(?![\p{L}])|\p{Ll}Innen(?![\p{L}])|(?:erin|entin|eurin|ektin|tin|frau)(?![\p{L}])/iu,
    fix: 'add `(m/w/d)` or name both forms (`Entwickler/in`, `Kaufmann/Kauffrau`)',
  },
  {
    language: 'French',
    nouns: /(?<![\p{L}])(?:développeur|ingénieur|directeur|technicien|vendeur|chargé|conseiller|formateur|rédacteur|concepteur|administrateur|programmeur)(?![\p{L}])/iu,
    marked: /\((?:h\s*\/\s*f|f\s*\/\s*h)(?:\s*\/\s*[xn])?\)|(?<![\p{L}])(?:h\/f|f\/h)(?![\p{L}])|·|\.(?:e|euse|rice)(?![\p{L}])|\((?:e|euse|rice)\)|\/(?:euse|rice|e)(?![\p{L}])|euse|rice(?![\p{L}])/iu,
    fix: 'add `(H/F)` or name both forms (`Développeur/Développeuse`)',
  },
  {
    language: 'Spanish',
    nouns: /(?<![\p{L}])(?:desarrollador|ingeniero|programador|técnico|jefe|diseñador|consultor|vendedor|coordinador|asesor|redactor|administrador)(?![\p{L}])/iu,
    marked: /\((?:[hmfx]\s*\/\s*){1,2}[hmfx]\)|\/a(?![\p{L}])|\(a\)|@|(?:dora|iera|nica|jefa|tora)(?![\p{L}])/iu,
    fix: 'name both forms (`Desarrollador/a`) or add `(h/m)`',
  },
];

/**
 * Job titles written in one gender, with the neutral form to offer: English nouns in `-man` and
 * `-ess` (`Salesman`, `Chairman`, `Foreman`, `Waitress`), and the masculine forms of German,
 * French and Spanish job nouns, which are neutral only with every gender marked beside them
 * (`Kaufmann (m/w/d)`, `Entwickler/in`, `Développeur (H/F)`, `Desarrollador/a`). Whole words;
 * shared by the rules that judge wording (pay-transparency's EU check, and the general wording rule).
 */

/** English titles and their neutral forms. */
export const genderedEnglish: Readonly<Record<string, string>> = {
  salesman: 'salesperson',
  salesmen: 'salespeople',
  saleswoman: 'salesperson',
  chairman: 'chair',
  chairwoman: 'chair',
  foreman: 'supervisor',
  forewoman: 'supervisor',
  fireman: 'firefighter',
  policeman: 'police officer',
  policewoman: 'police officer',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  cameraman: 'camera operator',
  repairman: 'repairer',
  handyman: 'maintenance worker',
  craftsman: 'craftsperson',
  draftsman: 'drafter',
  draughtsman: 'drafter',
  workman: 'worker',
  deliveryman: 'delivery driver',
  doorman: 'door attendant',
  businessman: 'businessperson',
  middleman: 'intermediary',
  watchman: 'guard',
  lineman: 'line worker',
  serviceman: 'service technician',
  journeyman: 'journey-level worker',
  warehouseman: 'warehouse worker',
  weatherman: 'meteorologist',
  anchorman: 'anchor',
  headmaster: 'head teacher',
  headmistress: 'head teacher',
  waitress: 'server',
  stewardess: 'flight attendant',
  hostess: 'host',
  manageress: 'manager',
  'cleaning lady': 'cleaner',
};

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

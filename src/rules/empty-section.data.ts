/**
 * Labels of a post's fields that a heading may hold with their value (`### Location: Tamilnadu
 * (Remote)`, `### Job Title: Business Development Executive`): a field, whole in its heading, not
 * a section waiting for its text. Those of the job's facts (pay, place, terms, closing date) are
 * read from job-facts.data.ts; these are the post's other fields.
 */
export const headingFieldLabels: readonly string[] = [
  'job title', 'title', 'position', 'position title', 'role', 'department', 'function', 'team', 'reports to', 'reporting to', 'start date',
  'starting date', 'level', 'grade', 'job id', 'job code', 'reference', 'ref', 'poste', 'intitulé du poste', 'stelle', 'puesto',
  // The languages the job needs (`###### **Languages required:** Dutch, English`), as European posts give them.
  'language', 'languages', 'languages required', 'required languages', 'language requirements', 'working language', 'working languages',
  'sprache', 'sprachen', 'langue', 'langues', 'idioma', 'idiomas',
  // A post's date, as a blog's template writes it in a heading (`#### Publication date: August 14, 2025`).
  'date', 'publication date', 'published', 'posted', 'last updated', 'updated',
];

/**
 * Verbs of a byline a blog's template writes as a heading over its post (`#### Contributed by [Elsa
 * Gonsiorowski](https://github.com/…)`): who wrote it, whole in its heading.
 */
export const bylineVerbs: readonly string[] = ['contributed', 'written', 'posted', 'authored', 'published', 'compiled', 'edited', 'prepared', 'reviewed', 'photographed', 'illustrated', 'translated'];

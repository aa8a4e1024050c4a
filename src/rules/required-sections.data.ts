/** What the messages of required-sections say it looked for. */
import type { SectionSpec } from '../text/sections.js';

/**
 * The languages whose section titles and content the rule reads (section-cues.data.ts,
 * duty-verbs.data.ts): in another (Dutch, Swedish, Portuguese…), a section it does not find may
 * well be there under a title it cannot read.
 */
export const readLanguages: ReadonlySet<string> = new Set(['en', 'fr', 'de', 'es', 'ja']);

/** What shows each built-in section besides its titles, for the message that says it is missing. */
const contentLookedFor: Readonly<Record<string, string>> = {
  responsibilities: 'list of duties (`Own the roadmap`, `Plans releases`) or sentence stating them (`is responsible for`)',
  requirements: 'list of qualifications (`5+ years of experience`, `Knowledge of SQL`, `You have…`) or sentence stating them (`Candidates must have`)',
  leadership: 'list about leading people (`Build and lead a team`, `Mentor engineers`)',
  expectations: 'list of what is expected at the level',
};

/** Where a message says rolelint looked for a section it did not find. */
export function lookedFor(section: SectionSpec): string {
  const titles = [section.name, ...section.aliases.slice(0, 2)].map((a) => `\`${a}\``).join(', ');
  const content = contentLookedFor[section.name.toLowerCase()];
  return content
    ? `no title names it (such as ${titles}, as a heading, a bold line or a line ending in a colon) and no ${content} shows it`
    : `no title names it (such as ${titles}, as a heading, a bold line or a line ending in a colon)`;
}

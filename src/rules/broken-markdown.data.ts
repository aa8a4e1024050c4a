/** Limits of broken-markdown: how long a quote in a message may be, and what makes a line a form's field. */

/** Text quoted in a message is cut to this many characters. */
export const shownLength = 60;

export const blankFieldLimits = {
  /** A field's label is short: a few words (`Closing date`, `SALARY SCALE`), not a sentence. */
  labelWords: 5,
  labelLength: 40,
  /** A value this short is a field's (`Location: Remote`), not a sentence after a colon. */
  valueLength: 60,
  /** A document is a form when it holds this many fields with a value. */
  formFields: 3,
} as const;

/**
 * Folders of a static site's fragments (Jekyll's `_includes`, a theme's `partials`): a fragment is
 * shown only inside the page that includes it, whose link definitions its references use.
 */
export const fragmentFolders: readonly string[] = ['_includes', 'partials', '_partials'];


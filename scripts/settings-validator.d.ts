/** See settings-validator.js: the generated validator module for a config schema, as text. */
export function settingsValidatorCode(schema: object): string;

/** Result and metadata types shared by every layer. Plain data only: no behaviour, no imports. */

export type Severity = 'error' | 'warning' | 'info';

/** A configured severity: a rule can also be switched off. */
export type RuleLevel = Severity | 'off';

export interface Point {
  line: number;
  column: number;
}

/** One finding, as reporters see it. Lines and columns are 1-based, in the original text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** The text that was found, where it applies (a misspelt word, a duplicated bullet). */
  actual?: string;
  /** What would be right, best first (suggestions, the missing section's name). */
  expected?: string[];
  /** Documentation of the rule. */
  url?: string;
  /** Where the thing this finding refers back to stands (the first of two duplicates). */
  related?: Point & { message: string };
  /** A correction certain enough to apply unasked (`rolelint --fix`): ESLint's shape. */
  fix?: Fix;
}

/**
 * Replace `range` (start and end offsets in the document's text, in UTF-16 code units, after any
 * byte-order mark) with `text`.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/** All findings for one document. `path` is the path as the caller gave it. */
export interface FileResult {
  path: string;
  messages: Finding[];
  /** Lines in the document, when it was read as text: annotations never point past them. */
  lines?: number;
  /** Findings fixed and written back to the file (`--fix`); `messages` are what remained after. */
  fixed?: number;
  /** Why `--fix` left the file as it was, though it had fixable findings. */
  notFixed?: string;
  /** Fixes `--fix` did not make because each would have made a new finding, and which. */
  fixesWithheld?: string;
  /** What a job post states (pay, location, closing date…), where the `pay-transparency` rule read it. */
  facts?: JobFactsReport;
  /** Readings of the whole document that rules report beside their findings (a job post's gender-coded wording). */
  measures?: Measure[];
}

/** One statement of pay in a job post. */
export interface PayReport {
  form: 'range' | 'amount' | 'open-ended';
  min?: number;
  max?: number;
  /** ISO 4217 code. */
  currency?: string;
  period?: 'year' | 'month' | 'week' | 'day' | 'hour';
  /** The period is not written but read from the amount's size. */
  periodInferred?: boolean;
  /** Which end is open: `up-to` (no minimum), `from` or `and-up` (no maximum), `unstated` (`DOE`, `competitive`). */
  open?: 'up-to' | 'from' | 'and-up' | 'unstated';
  /** As written. */
  text: string;
  from: 'body' | 'table' | 'frontmatter' | 'template';
  line: number;
}

/** The facts of a job post, as reports show them. */
export interface JobFactsReport {
  title?: string;
  /** How the post states pay, at best (`unpaid`: it says the work is unpaid, `compensation: gratis`; `elsewhere`: it says the pay is in the advert it is published with). */
  pay: 'range' | 'amount' | 'grade' | 'unpaid' | 'elsewhere' | 'open-ended' | 'none';
  /** The statement that makes `pay`, when it is an amount, a range or open-ended. */
  bestPay?: PayReport;
  payMentions: PayReport[];
  grades: { grade: string; system: string; upTo?: boolean; from: PayReport['from']; line: number }[];
  benefits: 'described' | 'linked' | 'vague' | 'none';
  location?: string;
  arrangement?: 'remote' | 'hybrid' | 'on-site';
  /** Places named that lie where a pay-transparency law applies, with the jurisdictions they suggest. */
  places: { name: string; jurisdictions: string[] }[];
  employment: string[];
  /** `passed` only where a date to judge by was given. */
  closes?: { text: string; date?: string; passed?: boolean; line: number };
  vacancy?: 'existing' | 'future';
  aiScreening?: 'used' | 'not-used';
}

/**
 * A reading of a whole document a rule reports as one number with what it means, never as a
 * finding per word: the balance of a job post's gender-coded words. Reporters show it as it is.
 */
export interface Measure {
  /** The rule that measured it. */
  ruleId: string;
  /** What is measured, as an id: `gender-coding`. */
  id: string;
  /** The measure in words, for a table's header: `Gender-coded words`. */
  label: string;
  /** The number: here, feminine-coded minus masculine-coded words. */
  value: number;
  /** What the number means: `strongly masculine-coded`, `neutral`. */
  verdict: string;
  /** The counts behind it, by name (`masculine`, `feminine`). */
  counts: Record<string, number>;
  /** The words counted, by the count's name, each once, in the order first met. */
  words: Record<string, string[]>;
}

/**
 * What a document's inline control comments turn off, as plain data: `switches` (disable/enable
 * from a line on, in order), `lineOff` (one line), `fileOff` (the whole document); `ids` absent
 * means every rule.
 */
export interface ControlState {
  switches: { line: number; on: boolean; ids?: string[] }[];
  lineOff: { line: number; ids?: string[] }[];
  fileOff: { ids?: string[] }[];
}

/** What a rule says about itself; the registry, config and docs are built from this. */
export interface RuleMeta {
  id: string;
  description: string;
  /** Severity when configuration does not say otherwise. */
  defaultLevel: RuleLevel;
  /** Documentation page, relative to the repository root. */
  docs: string;
  /** Defaults for the rule's options. */
  defaults: object;
  /** JSON Schema of the options a configuration may set (the config schema is composed from these). */
  schema: JsonSchema;
  /** Whether some of its findings carry a fix that `--fix` applies. */
  fixable?: boolean;
  /** Its messages by id, with `{{name}}` where a value goes (as ESLint's `meta.messages`). */
  messages?: Readonly<Record<string, string>>;
  /** What it is about, for its documentation (as markdownlint's tags). */
  tags?: readonly string[];
  /** What the engine provides it; the engine goes by this, never by a rule's id. */
  needs?: readonly RuleNeed[];
  /** Top-level settings that reach its options, as `{ setting: option }` (`words` adds up across layers). */
  settings?: Readonly<Partial<Record<SharedSetting, string>>>;
}

/**
 * What the engine provides a rule that declares it: `speller`, the speller of the rule's `locale`
 * option as its `speller` option; `kind`, the document's kind decided once for every rule, as
 * `file.data.kind`; `today`, today's date (`YYYY-MM-DD`) from the caller's clock as its `today`
 * option, unless configuration sets one; `vocabulary`, the words the project's documents use
 * consistently (src/text/vocabulary.ts), from the caller, as its `vocabulary` option (empty when
 * the caller read no project).
 */
export type RuleNeed = 'speller' | 'kind' | 'today' | 'vocabulary';

/** Settings of a configuration's top level that rules take as options. */
export type SharedSetting = 'words' | 'locale' | 'requiredSections' | 'duplicateThreshold' | 'jurisdictions';

/** A JSON Schema object, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** The settings of one rule for one file, as the engine applies them. */
export interface RuleSetting {
  level: RuleLevel;
  options: object;
}

/** Resolved configuration for one file. */
export interface ResolvedConfig {
  rules: Readonly<Record<string, RuleSetting>>;
  /** The documents' kind where configuration sets it (`kind`); otherwise frontmatter or inference decides. */
  kind?: string;
}

/** What a baseline held back in a run, for the reports. */
export interface BaselineNote {
  /** The baseline file, as the user would name it. */
  file: string;
  /** Findings of this run it recorded, not reported. */
  heldBack: number;
  /** Its findings that are no more (fixed, or their file deleted): `--write-baseline` drops them. */
  gone: number;
  /** Findings `--write-baseline` just dropped from it. */
  dropped?: number;
}

/** Findings held back from a run's report, for the text report and the job summary. */
export interface HeldBack {
  baseline?: BaselineNote;
  /** Findings outside the pull request's diff (the Action's `filter-mode`). */
  filtered?: { count: number; mode: string; /** `fail-on-filtered: true`: they still fail the run. */ fail?: boolean };
}

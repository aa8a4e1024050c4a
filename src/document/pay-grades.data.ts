/**
 * Pay given as a grade or band of a published pay scale rather than as an amount: the US General
 * Schedule (`GS-13`, `GS-2210-13`, `GS15`), the Canadian public service (`IT-04`, `AS-02`), German
 * collective agreements (`Entgeltgruppe E 13`, `TVöD E13`, `EG 13`), the UK's NHS Agenda for Change
 * (`Band 6`) and Civil Service grades (`Grade: SEO`, `Grade 7`), and company levels (`L5`, `IC4`). A pattern marked `cue` counts only where the text
 * around it talks of pay, a grade or a level, since `L2` is also a support tier.
 */

export interface GradePattern {
  /** The scale's name, as facts show it. */
  system: string;
  /** Global, case-sensitive unless flagged; group 1 is the grade as shown (normalised by `format`). */
  pattern: RegExp;
  /** How the grade is shown: `GS-13`, `IT-04`. */
  format: (m: RegExpExecArray) => string;
  /** Only where a pay, grade or level word is near. */
  cue?: boolean;
  /** Only where this is written in the grade (`Grade 7`) or shortly before it (a field's label: `Grade: SEO`). */
  after?: RegExp;
}

const two = (n: string) => n.padStart(2, '0');

export const gradePatterns: readonly GradePattern[] = [
  // GS-13, GS 13, GS13, GS-2210-13 (series then grade), GS-13/14, GS-12/13/14.
  { system: 'General Schedule', pattern: /\bGS[- ]?(?:\d{4}[- ])?(1[0-5]|[1-9])(?:\s*[/-]\s*(1[0-5]|[1-9]))*(?![\d%])/g, format: (m) => `GS-${m[0].replace(/^GS[- ]?(?:\d{4}[- ])?/, '').replace(/\s+/g, '')}` },
  // Canadian federal groups: IT-04, AS-02, EC-05, PM-03, CS-02, FI-03, PE-04, CR-04, EX-01.
  { system: 'Government of Canada', pattern: /\b(IT|AS|EC|PM|CS|FI|PE|CR|EX)-0?([1-9])\b/g, format: (m) => `${m[1]}-${two(m[2]!)}` },
  // German public-sector tariffs: Entgeltgruppe E 13, EG 13, E13 TVöD, TV-L E 13, Besoldungsgruppe A 13.
  { system: 'TVöD/TV-L', pattern: /\b(?:Entgeltgruppe|EG|Entgeltstufe)\s*(?:E\s?)?(\d{1,2})\b/g, format: (m) => `E ${m[1]}` },
  { system: 'TVöD/TV-L', pattern: /\bE\s?(\d{1,2})(?=\s*(?:\(|,)?\s*(?:TVöD|TV-?L|TV-H|TV\s?Ärzte|AVR|DVO))/g, format: (m) => `E ${m[1]}` },
  // ... and the group without its `E` after the agreement's name (`Vergütung in Anlehnung an TV-L 11, Stufe 1`).
  { system: 'TVöD/TV-L', pattern: /\b(?:TVöD|TV-?L|TV-H|AVR)(?:\s+Bund)?\s*(?:Entgeltgruppe\s*)?(?:E\s?)?(\d{1,2}[abc]?)\b/g, format: (m) => `E ${m[1]}` },
  { system: 'Besoldung', pattern: /\bBesoldungsgruppe\s*([AW]\s?\d{1,2})\b/g, format: (m) => m[1]!.replace(/\s/, ' ') },
  // NHS Agenda for Change: Band 6, Band 8a.
  { system: 'NHS Agenda for Change', pattern: /\b(?:AfC\s+)?Band\s+([1-9][a-d]?)\b/g, format: (m) => `Band ${m[1]}`, cue: true },
  // The UK Civil Service's grades, each paid by its department's published range: HEO, SEO, Grade 7
  // (G7), Grade 6, the Senior Civil Service's pay bands (SCS1, SCS PB2); only after the word
  // `grade`, as `SEO` is also search-engine optimisation.
  { system: 'UK Civil Service', pattern: /\b(HEO|SEO|G[67]|Grade [67]|SCS ?(?:PB ?)?[1-4])\b/g, format: (m) => m[1]!.replace(/^Grade /, 'G').replace(/^SCS ?(?:PB ?)?/, 'SCS'), after: /\bgrade\b/i },
  // Company levels: L5, IC4, P3 (a tier such as `L2 support` is no pay level).
  { system: 'level', pattern: /\b(L|IC|P|E|M)(\d{1,2})\b/g, format: (m) => `${m[1]}${m[2]}`, cue: true },
];

/** Words near a `cue` grade that show it is a pay grade or level (within the same line). */
export const gradeCue = /\b(?:level|grade|band|pay|salary|compensation|scale|niveau|stufe|nivel|échelon)\b/i;

/** Frontmatter keys that hold a grade (normalised: lower case, `_` and `-` as spaces). */
export const gradeKeys: Readonly<Record<string, (value: string) => string | undefined>> = {
  // The General Schedule runs from 1 to 15 (sites write 20 and the like for the Senior Executive Service, paid by no grade).
  gs: (v) => (/^(?:1[0-5]|[1-9])$/.test(v) ? `GS-${v}` : undefined),
  grade: (v) => v || undefined,
  'pay grade': (v) => v || undefined,
  'pay band': (v) => v || undefined,
  // As forms close them up (`PAYBAND: A`).
  paygrade: (v) => v || undefined,
  payband: (v) => v || undefined,
  band: (v) => v || undefined,
  entgeltgruppe: (v) => (v ? `E ${v.replace(/^E\s?/i, '')}` : undefined),
};

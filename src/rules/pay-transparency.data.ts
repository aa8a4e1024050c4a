/**
 * The pay-transparency laws a job post may fall under, as ../shared/JOB-POST-RULES.md collected
 * them on 2026-12-04 from public summaries (each entry's `sources`; `disputed` where they
 * disagree). What each posting must state becomes the checks of `requires`; the threshold and the
 * date in force let the rule leave a law out for a small employer (`employees`) or before it
 * applies (`today`). Facts to design a linter with, not legal advice: the rule's page says so,
 * and what rolelint cannot know (the employer's size, where the job is, what it says before the
 * interview).
 */

export const jurisdictionIds = ['eu', 'us-co', 'us-nyc', 'us-ny', 'us-ca', 'us-wa', 'us-il', 'us-md', 'us-ma', 'us-mn', 'us-vt', 'us-hi', 'us-nj', 'ca-on', 'ca-bc'] as const;
export type JurisdictionId = (typeof jurisdictionIds)[number];

export interface Jurisdiction {
  id: JurisdictionId;
  /** The place, as a sentence names it. */
  name: string;
  /** The law, as findings name it. */
  law: string;
  /** Least number of employees it applies to (`1`: every employer). */
  employees: number;
  /** Who it applies to, in words. */
  threshold: string;
  /** The date it applies from (ISO). */
  effective: string;
  /** What a posting must state, in the sources' words. */
  posting: string;
  requires: {
    /** The pay, or its range, in the posting (the EU: or told before the interview). */
    pay: true;
    /** A single figure suffices (otherwise a minimum and a maximum are asked for; a single figure gets advice, not a finding). */
    fixedAmount: boolean;
    /** Pay with one end open that still states the pay: `from €50,000` as the initial pay (the EU). */
    acceptsFrom?: boolean;
    /** The pay may be told before the interview instead of in the posting (the EU, Art. 5(1)). */
    beforeInterview?: boolean;
    /** A general description of benefits and other compensation; `link` where a link to it suffices. */
    benefits?: 'text' | 'link';
    /** The date applications are expected to close. */
    closingDate?: boolean;
    /** The widest range allowed, and the pay above which the rule does not apply (Ontario). */
    maxSpread?: { amount: number; exemptAbove: number; currency: string };
    /** A statement whether the posting is for an existing vacancy. */
    vacancyStatement?: boolean;
    /** A statement whether artificial intelligence screens, assesses or selects applicants. */
    aiDisclosure?: boolean;
    /** Requirements a posting may not make. */
    bannedPhrases?: readonly string[];
    /** Gender-neutral job titles. */
    genderNeutralTitle?: boolean;
    /** No questions about pay history. */
    noPayHistory?: boolean;
  };
  /** What the posting may carry that rolelint does not check, or cannot know. */
  notes?: string;
  disputed?: string;
  sources: readonly string[];
}

export const jurisdictions: Readonly<Record<JurisdictionId, Jurisdiction>> = {
  eu: {
    id: 'eu',
    name: 'the EU',
    law: 'the EU Pay Transparency Directive (EU) 2023/970, Art. 5',
    employees: 1,
    threshold: 'all employers (Art. 5 covers applicants)',
    effective: '2026-06-07',
    posting: 'the initial pay or its range (on objective, gender-neutral criteria) in the vacancy notice or before the interview; gender-neutral vacancy notices and job titles; no questions about pay history',
    requires: { pay: true, fixedAmount: true, acceptsFrom: true, beforeInterview: true, genderNeutralTitle: true, noPayHistory: true },
    notes: 'Member states had to transpose it by 7 June 2026; their own laws may ask more. rolelint cannot know whether applicants are told the pay before the interview.',
    sources: ['leglobal.law/2023/08/23', 'grove.hr/blog/eu-pay-transparency-directive-2026', 'recital 33 (hrtechradar.com)', 'castegnaro.lu (pay history)'],
  },
  'us-co': {
    id: 'us-co',
    name: 'Colorado',
    law: "Colorado's Equal Pay for Equal Work Act (C.R.S. § 8-5-201, as amended by SB23-105)",
    employees: 1,
    threshold: 'employers with at least one employee in Colorado',
    effective: '2021-01-01',
    posting: 'the pay or its range; a general description of benefits and other compensation; the date the application window is expected to close',
    requires: { pay: true, fixedAmount: true, benefits: 'text', closingDate: true },
    notes: 'Amended from 1 January 2024 (SB23-105), which added the closing date.',
    sources: ['adptotalsource…/ArticleID/3242', 'vedderworks.com 2023/06', 'bartkolaw.com/?p=6553'],
  },
  'us-nyc': {
    id: 'us-nyc',
    name: 'New York City',
    law: "New York City's Local Law 32 of 2022 (NYC Admin. Code § 8-107(32))",
    employees: 4,
    threshold: 'employers with at least 4 employees, one of them in New York City',
    effective: '2022-11-01',
    posting: 'a good-faith minimum and maximum of base pay; no open-ended range ("and up")',
    requires: { pay: true, fixedAmount: false },
    notes: 'Base pay only: a bonus or equity need not be stated.',
    sources: ['mondaq 1247510', 'mb-llp.com'],
  },
  'us-ny': {
    id: 'us-ny',
    name: 'New York State',
    law: "New York Labor Law § 194-b",
    employees: 4,
    threshold: 'employers with at least 4 employees',
    effective: '2023-09-17',
    posting: 'the pay range, in good faith; the job description where one exists; a commission-only job must say so',
    requires: { pay: true, fixedAmount: false },
    notes: 'rolelint cannot know whether a job description exists elsewhere.',
    disputed: 'nixonpeabody.com lists "other compensation" as required; other summaries do not',
    sources: ['forework.com', 'wilentz.com', 'nixonpeabody.com'],
  },
  'us-ca': {
    id: 'us-ca',
    name: 'California',
    law: "California Labor Code § 432.3 (SB 1162)",
    employees: 15,
    threshold: 'employers with at least 15 employees',
    effective: '2023-01-01',
    posting: 'the salary or hourly range, in the posting itself (not behind a link or QR code, DIR FAQ 34); benefits are not required',
    requires: { pay: true, fixedAmount: false },
    notes: 'Pay behind a link is not in the posting: rolelint reads only the text.',
    sources: ['californiaemploymentlawreport.com 2023/03', 'cozen.com'],
  },
  'us-wa': {
    id: 'us-wa',
    name: 'Washington',
    law: "Washington's Equal Pay and Opportunities Act (RCW 49.58.110, as amended by SSB 5408)",
    employees: 15,
    threshold: 'employers with at least 15 employees',
    effective: '2023-01-01',
    posting: 'the wage scale or salary range (a fixed amount since SSB 5408) and a general description of all benefits and other compensation',
    requires: { pay: true, fixedAmount: true, benefits: 'text' },
    notes: 'SSB 5408 gives employers five business days to cure a posting until 27 July 2027.',
    disputed: 'SSB 5408 took effect on 27 July 2025 (ohaganmeyer.com says 27 June)',
    sources: ['ogletree.com', 'lawfilesext.leg.wa.gov 5408 report', 'ohaganmeyer.com'],
  },
  'us-il': {
    id: 'us-il',
    name: 'Illinois',
    law: "the Illinois Equal Pay Act, as amended by HB 3129 (820 ILCS 112/10)",
    employees: 15,
    threshold: 'employers with at least 15 employees',
    effective: '2025-01-01',
    posting: 'the pay scale and a general description of benefits and other compensation (a hyperlink suffices); "up to $60,000" and "$40,000 and up" are not pay scales',
    requires: { pay: true, fixedAmount: true, benefits: 'link' },
    sources: ['beneschlaw.com', 'dowellcpa.com'],
  },
  'us-md': {
    id: 'us-md',
    name: 'Maryland',
    law: "Maryland's Wage Range Transparency Act (HB 649/SB 525, Lab. & Empl. § 3-304.2)",
    employees: 1,
    threshold: 'employers of any size',
    effective: '2024-10-01',
    posting: 'the minimum and maximum of the wage range, and a general description of benefits and other compensation',
    requires: { pay: true, fixedAmount: false, benefits: 'text' },
    sources: ['dllr.state.md.us esswagerangefaq', 'mondaq 1464534'],
  },
  'us-ma': {
    id: 'us-ma',
    name: 'Massachusetts',
    law: "Massachusetts' Frances Perkins Workplace Equity Act (M.G.L. c. 149, § 105E)",
    employees: 25,
    threshold: 'employers with at least 25 employees in Massachusetts',
    effective: '2025-10-29',
    posting: 'the annual salary or hourly range, in good faith; benefits and bonuses are not required',
    requires: { pay: true, fixedAmount: false },
    sources: ['seyfarth.com Mass-Peculiarities-2025', 'gtlaw.com'],
  },
  'us-mn': {
    id: 'us-mn',
    name: 'Minnesota',
    law: "Minnesota Statutes § 181.173",
    employees: 30,
    threshold: 'employers with at least 30 employees',
    effective: '2025-01-01',
    posting: 'the starting range (not open-ended) or a fixed rate, and a general description of all benefits, health and retirement included',
    requires: { pay: true, fixedAmount: true, benefits: 'text' },
    sources: ['stinson.com', 'virgilhr.com'],
  },
  'us-vt': {
    id: 'us-vt',
    name: 'Vermont',
    law: "Vermont's Act 155 of 2024 (21 V.S.A. § 495o)",
    employees: 5,
    threshold: 'employers with at least 5 employees',
    effective: '2025-07-01',
    posting: 'the minimum and maximum of the range; a commission job must say so; a tipped job the range of its base wage',
    requires: { pay: true, fixedAmount: false },
    disputed: 'the threshold is 5 employees (one source says 4)',
    sources: ['jdsupra 8935600', 'mercer.com', 'govdocs.com'],
  },
  'us-hi': {
    id: 'us-hi',
    name: 'Hawaii',
    law: "Hawaii's Act 203 of 2023 (HRS § 378-2.4)",
    employees: 50,
    threshold: 'employers with at least 50 employees',
    effective: '2024-01-01',
    posting: 'the hourly rate or salary range; internal transfers are exempt',
    requires: { pay: true, fixedAmount: true },
    sources: ['mondaq 1343384', 'esandalaw.com'],
  },
  'us-nj': {
    id: 'us-nj',
    name: 'New Jersey',
    law: "New Jersey's Pay Transparency Act (P.L. 2024, c. 91)",
    employees: 10,
    threshold: 'employers with at least 10 employees over 20 weeks',
    effective: '2025-06-01',
    posting: 'the wage or salary or its range, and a general description of benefits ("great benefits" is not one)',
    requires: { pay: true, fixedAmount: true, benefits: 'text' },
    sources: ['natlawreview.com', 'lindabury.com'],
  },
  'ca-on': {
    id: 'ca-on',
    name: 'Ontario',
    law: "Ontario's Employment Standards Act, 2000 (Part III.1, as amended by Bills 149 and 190; O. Reg. 476/24)",
    employees: 25,
    threshold: 'employers with at least 25 employees in Ontario; publicly advertised postings only',
    effective: '2026-01-01',
    posting:
      'the expected pay or its range, the range no wider than $50,000 (pay over $200,000 is exempt); whether artificial intelligence screens, assesses or selects applicants; whether the posting is for an existing vacancy; no requirement of Canadian experience',
    requires: {
      pay: true,
      fixedAmount: true,
      maxSpread: { amount: 50000, exemptAbove: 200000, currency: 'CAD' },
      vacancyStatement: true,
      aiDisclosure: true,
      bannedPhrases: ['Canadian experience', 'Canadian work experience', 'experience in Canada', 'expérience canadienne'],
    },
    notes: 'Only publicly advertised postings: rolelint cannot know whether a post is public.',
    sources: ['sherrardkuzz.com', 'hrpa.ca', 'employmentandlabour.com'],
  },
  'ca-bc': {
    id: 'ca-bc',
    name: 'British Columbia',
    law: "British Columbia's Pay Transparency Act (2023)",
    employees: 1,
    threshold: 'all employers',
    effective: '2023-11-01',
    posting: 'the expected pay or its range, not open-ended; benefits are optional',
    requires: { pay: true, fixedAmount: true },
    sources: ['mltaikins.com', 'labourandemploymentlaw.com'],
  },
};

/** Asking for an applicant's pay history, in English, French, German and Spanish (the EU bars it). */
export const payHistoryPhrases: readonly string[] = [
  'salary history', 'pay history', 'compensation history', 'current salary', 'present salary', 'previous salary', 'prior salary', 'last salary',
  'current compensation', 'current pay', 'salaire actuel', 'dernier salaire', 'rémunération actuelle', 'aktuelles gehalt', 'derzeitiges gehalt',
  'bisheriges gehalt', 'gehaltshistorie', 'salario actual', 'sueldo actual', 'historial salarial',
];

/** Words that turn a banned requirement into its opposite in its clause (`No Canadian experience required`), in English, French, German and Spanish. */
export const negations: readonly string[] = ['no', 'not', 'without', 'never', 'nor', 'aucun', 'aucune', 'pas', 'sans', 'nicht', 'kein', 'keine', 'keinen', 'ohne', 'sin', 'ningún', 'ninguna'];

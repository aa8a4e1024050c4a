/**
 * The sections a role document must have by default, with the headings people really write for
 * each (taken from job posts, ladders and handbooks). Matching ignores case, punctuation, trailing
 * colons, filler words ("Key", "Job", "Role", "The") and a trailing "of a CTO"/"for this role", and
 * tolerates a small typo, so the lists only hold genuinely different wordings.
 */
import type { SectionSpec } from '../text/sections.js';
import type { DocumentKind } from '../document/document-kind.data.js';

export const defaultSections: readonly SectionSpec[] = [
  {
    name: 'Responsibilities',
    aliases: [
      'Duties',
      'Duties and Responsibilities',
      'Roles and Responsibilities',
      'Accountabilities',
      "What you'll do",
      'What you will do',
      "What you'll be doing",
      'What you will be doing',
      "What you'll work on",
      'Your impact',
      'Your responsibilities',
      'In this role you will',
      'You will',
      "You'll",
      'Your mission',
      'Day to day',
      'Your day to day',
      'The work',
      "What you'll achieve",
      'What you will achieve',
      "What you'll own",
      'What you will own',
      "What you'll be working on",
      'What you will be working on',
      'What you will work on',
      "In this role you'll",
      'Responsibilities include',
      'Your responsibilities include',
      'Your responsibilities will include',
      'What your day looks like',
      'What your day will look like',
      "How you'll make an impact",
      'How you will make an impact',
      "What you'll be responsible for",
      'What you will be responsible for',
      'Your tasks',
      // Japanese (GitLab's handbook, job posts): duties, main responsibilities, job content.
      '責任',
      '責務',
      '主な責任',
      '主な責務',
      '役割と責任',
      '職務内容',
      '業務内容',
      '仕事内容',
      // German, French and Spanish job posts (each in both forms of address where there are two).
      // Single words one letter from an English heading are left out: `Missions` would take a
      // team page's `Mission` for a Responsibilities section, `Profil` a `Profile`.
      'Aufgaben',
      'Deine Aufgaben',
      'Ihre Aufgaben',
      'Aufgabengebiet',
      'Dein Aufgabengebiet',
      'Ihr Aufgabengebiet',
      'Das erwartet dich',
      'Das erwartet Sie',
      'Vos missions',
      'Tes missions',
      'Responsabilités',
      'Vos responsabilités',
      'Responsabilidades',
      'Tus responsabilidades',
      'Funciones',
      'Tus funciones',
    ],
  },
  {
    name: 'Requirements',
    aliases: [
      'Qualifications',
      'Minimum qualifications',
      'Basic qualifications',
      'Required qualifications',
      'Requirements and qualifications',
      'Skills and qualifications',
      'Skills and experience',
      'Required skills',
      'Required experience',
      'Skills',
      "What you'll bring",
      'What you will bring',
      "What we're looking for",
      'What we are looking for',
      'Who you are',
      'About you',
      'Must have',
      'Must haves',
      'You have',
      'You should have',
      'What you bring',
      "What you'll need",
      'What you will need',
      'What you need',
      'What we need from you',
      "Who we're looking for",
      'Who we are looking for',
      'Ideal candidate',
      'You might be a good fit if you',
      'You may be a good fit if you',
      // As startups' posts put it, often as a condition (`… if you have`, read without its `if`).
      "You'll be a great fit",
      "You'll be a good fit",
      'You might be a great fit',
      "You'll be great",
      "You'll thrive",
      "You'll thrive here",
      'Is this you',
      'What makes you a good fit',
      'What makes you a great fit',
      "We're looking for someone who",
      'We are looking for someone who',
      "We'd love to hear from you",
      'Ideally you have',
      "Ideally you'll have",
      'What you need to succeed',
      "What you'll need to succeed",
      'Your profile',
      'Your background',
      'Your experience',
      'Experience and skills',
      'Education and experience',
      'Preferred qualifications',
      'Knowledge skills and abilities',
      'What it takes',
      'Minimum requirements',
      'Basic requirements',
      'Requirements and skills',
      'Preferred skills',
      'Desired skills',
      'Desired experience',
      'Technical requirements',
      'What we need',
      'What we need from you',
      'About the candidate',
      'You will have',
      'You are',
      // UK and Australian public-sector descriptions ("Essential" is a filler word, as "Key" is).
      'Person specification',
      'Essential criteria',
      'Desirable criteria',
      'Skills knowledge and experience',
      'Experience and qualifications',
      'Qualifications and experience',
      'Your skills',
      // Japanese: application requirements, required skills, the skills we look for.
      '応募資格',
      '応募要件',
      '必須要件',
      '資格要件',
      '必須スキル',
      '必要なスキル',
      '求めるスキル',
      // German, French and Spanish.
      'Dein Profil',
      'Ihr Profil',
      'Anforderungen',
      'Qualifikationen',
      'Das bringst du mit',
      'Das bringen Sie mit',
      'Was du mitbringst',
      'Was Sie mitbringen',
      'Profil recherché',
      'Votre profil',
      'Ton profil',
      'Compétences requises',
      'Prérequis',
      'Requisitos',
      'Tu perfil',
      'Perfil buscado',
      'Qué buscamos',
    ],
  },
  {
    name: 'Leadership',
    aliases: [
      'Leadership skills',
      'Leadership responsibilities',
      'Leadership expectations',
      'Leadership and influence',
      'Leadership and management',
      'People leadership',
      'Team leadership',
      'People management',
      'Leading others',
      'Leadership qualities',
      'Leading people',
      'Managing others',
      'Line management',
      'Management responsibilities',
      'People management responsibilities',
      'Supervisory responsibilities',
      'リーダーシップ',
      // German, French and Spanish.
      'Führung',
      'Führungsverantwortung',
      'Personalverantwortung',
      'Mitarbeiterführung',
      'Encadrement',
      "Management d'équipe",
      'Liderazgo',
      'Gestión de equipos',
    ],
  },
];

const [responsibilities, requirements, leadership] = defaultSections as [SectionSpec, SectionSpec, SectionSpec];

/**
 * The sections each kind of document requires when configuration names none. Job posts say what
 * the job is and whom it needs; ladder levels say what is expected at the level (in competency
 * headings of many names); role pages say what the role does; `other` documents require nothing.
 * Leadership is required only of roles that lead people (`leaderSections`).
 */
export const kindSections: Readonly<Record<DocumentKind, readonly SectionSpec[]>> = {
  'job-post': [
    // `The role`, `About the role` or `Role summary` may describe only the team: there a list or sentence of duties decides.
    { name: 'Responsibilities', aliases: [...responsibilities.aliases, 'Key objectives', 'Objectives', 'Key results'] },
    requirements,
  ],
  'ladder-level': [
    {
      name: 'Expectations',
      aliases: [
        'Responsibilities', 'Is expected to', 'Expected to', 'What is expected', 'What are the expectations', 'Competencies', 'Leadership competencies',
        'Technical competencies', 'Core competencies', 'Impact', 'Scope', 'Scope and impact', 'Behaviours', 'Behaviors',
        'Knowledge', 'Skills', 'Accountabilities', 'What we expect', 'What we expect from you', 'Expected behaviours', 'Expected behaviors',
        'Performance expectations', 'Level expectations', 'Expectations at this level', 'At this level', 'Technical skills', 'Outcomes',
      ],
    },
  ],
  'role-page': [
    {
      name: 'Responsibilities',
      aliases: [
        ...responsibilities.aliases, 'Activities', 'Tasks', 'Tasks and responsibilities', 'Authority and responsibility',
        'Expectations', 'General expectations', "What's expected", 'Role description', 'Duties',
      ],
    },
  ],
  other: [],
};

/** The sections of a job post or role page whose role leads people: the mission's Leadership. */
export const leaderSections: readonly SectionSpec[] = [leadership];


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

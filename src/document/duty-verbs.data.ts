/**
 * Verbs a list of duties starts its items with, in their base form (`own`, `plan`, `review`); the
 * reader also knows their `-s`, `-ed` and `-ing` forms (`Owns the roadmap`, `Planning releases`).
 * Job posts, role pages and ladder levels of every organisation write duties this way, so a list
 * led by these verbs shows a Responsibilities section whatever its title. Verbs that mostly start
 * a qualification (`have`, `be`, `know`) are not here.
 */
export const dutyVerbs: readonly string[] = [
  'accelerate', 'accept', 'achieve', 'act', 'adapt', 'add', 'address', 'adjust', 'administer', 'advance', 'advise', 'advocate', 'align',
  'allocate', 'analyse', 'analyze', 'answer', 'anticipate', 'apply', 'appoint', 'approve', 'architect', 'arrange', 'articulate', 'assess',
  'assign', 'assist', 'attend', 'audit', 'author', 'automate', 'balance', 'benchmark', 'brainstorm', 'brief', 'bring', 'build', 'calculate',
  'champion', 'chair', 'change', 'check', 'clarify', 'close', 'coach', 'code', 'collaborate', 'collect', 'combine', 'communicate', 'compile',
  'complete', 'compose', 'conceive', 'conduct', 'configure', 'connect', 'consolidate', 'consult', 'contribute', 'control', 'convene',
  'coordinate', 'craft', 'create', 'cultivate', 'curate', 'debug', 'decide', 'define', 'delegate', 'deliver', 'demonstrate', 'deploy',
  'design', 'determine', 'develop', 'devise', 'diagnose', 'direct', 'discover', 'distil', 'distill', 'document', 'draft', 'drive', 'edit', 'educate', 'empower',
  'enable', 'encourage', 'engage', 'engineer', 'enhance', 'ensure', 'establish', 'estimate', 'evaluate', 'evangelize', 'evangelise',
  'evolve', 'examine', 'execute', 'expand', 'explain', 'explore', 'extend', 'facilitate', 'file', 'find', 'fix', 'follow', 'forecast',
  'formulate', 'foster', 'gather', 'generate', 'give', 'govern', 'grow', 'guide', 'handle', 'help', 'hire', 'host', 'identify', 'implement',
  'improve', 'influence', 'inform', 'initiate', 'innovate', 'inspect', 'inspire', 'install', 'instrument', 'integrate', 'interview',
  'introduce', 'investigate', 'invest', 'involve', 'iterate', 'keep', 'launch', 'lead', 'learn', 'leverage', 'liaise', 'listen', 'look',
  'maintain', 'make', 'manage', 'map', 'market', 'measure', 'mediate', 'meet', 'mentor', 'merge', 'migrate', 'minimise', 'minimize',
  'model', 'moderate', 'modernise', 'modernize', 'monitor', 'motivate', 'navigate', 'negotiate', 'nominate', 'notify', 'nurture', 'observe',
  'obtain', 'onboard', 'open', 'operate', 'optimise', 'optimize', 'orchestrate', 'organise', 'organize', 'oversee', 'own', 'participate',
  'partner', 'perform', 'pilot', 'pitch', 'plan', 'play', 'post', 'practise', 'practice', 'prepare', 'present', 'prevent', 'prioritise',
  'prioritize', 'process', 'procure', 'produce', 'program', 'promote', 'propose', 'protect', 'prototype', 'provide', 'publish', 'pursue',
  'raise', 'reach', 'recommend', 'reconcile', 'record', 'recruit', 'reduce', 'refactor', 'refine', 'reflect', 'release', 'remove', 'report',
  'represent', 'research', 'resolve', 'respond', 'restore', 'review', 'revise', 'run', 'scale', 'schedule', 'scope', 'screen', 'secure',
  'select', 'serve', 'set', 'shape', 'share', 'ship', 'simplify', 'solve', 'source', 'speak', 'spearhead', 'specify', 'sponsor',
  'standardise', 'standardize', 'steer', 'streamline', 'strengthen', 'structure', 'submit', 'summarise', 'summarize', 'supervise', 'support',
  'sustain', 'synthesise', 'synthesize', 'take', 'teach', 'test', 'track', 'train', 'transform', 'translate', 'triage', 'troubleshoot',
  'tune', 'uncover', 'understand', 'unblock', 'update', 'upgrade', 'uphold', 'use', 'utilise', 'utilize', 'validate', 'verify', 'visualise',
  'visualize', 'volunteer', 'welcome', 'work', 'write',
];

/**
 * The same in French and Spanish, where a list of duties starts its items with an infinitive
 * (`Concevoir et développer…`, `Diseñar y mantener…`): read as the first word only, never
 * inflected as English verbs are. Verbs that mostly start a qualification (`avoir`, `être`,
 * `tener`, `saber`) are not here.
 */
export const dutyInfinitives: readonly string[] = [
  // French.
  'accompagner', 'administrer', 'aider', 'améliorer', 'analyser', 'animer', 'anticiper', 'appeler', 'apporter', 'assurer', 'auditer',
  'automatiser', 'collaborer', 'collecter', 'communiquer', 'concevoir', 'conduire', 'conseiller', 'construire', 'contribuer', 'convertir',
  'coordonner', 'créer', 'définir', 'déployer', 'développer', 'diffuser', 'diriger', 'documenter', 'élaborer', 'encadrer', 'évaluer',
  'faciliter', 'faire', 'garantir', 'gérer', 'identifier', 'implémenter', 'informer', 'intégrer', 'maintenir', 'mener',
  'mesurer', 'mettre', 'négocier', 'optimiser', 'organiser', 'participer', 'piloter', 'planifier', 'préparer', 'présenter',
  'produire', 'promouvoir', 'proposer', 'prospecter', 'prototyper', 'réaliser', 'recruter', 'rédiger', 'représenter', 'répondre',
  'sécuriser', 'soutenir', 'suivre', 'superviser', 'tester', 'traiter', 'travailler', 'valider', 'veiller', 'vendre',
  // Spanish.
  'administrar', 'analizar', 'apoyar', 'asegurar', 'ayudar', 'automatizar', 'colaborar', 'comunicar', 'construir', 'contribuir', 'coordinar',
  'crear', 'definir', 'desarrollar', 'desplegar', 'dirigir', 'diseñar', 'documentar', 'elaborar', 'evaluar', 'gestionar', 'identificar',
  'implementar', 'investigar', 'liderar', 'mantener', 'mejorar', 'optimizar', 'organizar', 'participar', 'planificar', 'preparar',
  'presentar', 'proponer', 'realizar', 'redactar', 'revisar', 'supervisar', 'trabajar', 'validar',
];

/**
 * Verbs that lead someone's work: with a person or a team after them (`lead a team of five`,
 * `manage engineering managers`, `hire and grow the team`) they make an item about leadership.
 */
export const leadingVerbs: readonly string[] = [
  'lead', 'manage', 'mentor', 'coach', 'supervise', 'hire', 'recruit', 'grow', 'develop', 'build', 'direct', 'oversee', 'inspire',
  'motivate', 'empower', 'line-manage', 'guide', 'retain', 'evaluate', 'appraise', 'nurture',
];

/** Who is led: with a leading verb, an item about leadership. One word each (`reports` is `direct reports`: `direct` alone is a verb, `direct interactions`). */
export const ledPeople: readonly string[] = [
  'team', 'teams', 'people', 'staff', 'engineers', 'managers', 'designers', 'developers', 'analysts', 'others', 'reports',
  'employees', 'talent', 'leaders', 'department', 'departments', 'organisation', 'organization', 'division', 'group',
  'groups', 'members', 'function', 'squad', 'squads', 'individuals', 'contributors', 'hires', 'personnel', 'workforce', 'colleagues',
  'crew', 'crews', 'volunteers',
];

/**
 * Nouns of growing people (`mentorship`, `career paths`), as normalised text writes them: with a
 * people word in the item (`Provide mentorship to team members`, `Manage the career paths of the
 * engineering teams`), it is about leading them, whatever its verb. Read for the Leadership
 * section only: the kind signals count items by their verbs.
 */
export const peopleGrowth: readonly string[] = [
  'mentorship', 'mentoring', 'coaching', 'career path', 'career paths', 'career growth', 'career development', 'career progression',
  'professional growth', 'professional development', 'performance reviews', 'performance review', 'one on ones', '1 1s',
];

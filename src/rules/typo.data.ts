/**
 * Words of role documents that the dictionaries lack, accepted by default. Each was seen in real
 * role documents (../shared/seeds, ../shared/corpus, or the job posts the last group names) and is a
 * word, not a typo.
 */
export const allowedWords: readonly string[] = [
  // Degrees and titles
  'BSc', 'MSc', 'BEng', 'MEng', 'PhD', 'MBA',
  // Hiring and ladder vocabulary
  'skillset', 'skillsets', 'upskill', 'upskilling', 'reskilling', 'onboarding', 'offboarding', 'hybrid',
  'neurodivergent', 'neurodiverse', 'mentee', 'mentees', 'detailee', 'detailees', 'sourcer', 'sourcers',
  'burndown', 'subteam', 'subteams', 'timebox', 'timeboxed', 'bootcamp', 'bootcamps', 'standup', 'standups',
  'upleveling', 'uplevel', 'omnichannel', 'listserv', 'reengineering', 'prototyper', 'prototypers', 'collab',
  'techlead', 'techleads', 'inmail', 'inmails', 'onsite', 'offsite', 'teammate', 'teammates', 'dogfooding',
  'evals', 'paystub', 'paystubs', 'timesheet', 'timesheets', 'quicklinks', 'headshot', 'headshots', 'allyship',
  'homebase', 'matrixed', 'changemaker', 'changemakers', 'workstream', 'workstreams', 'kaizen', 'roundtable',
  'roundtables', 'solutioning', 'webhook', 'webhooks', 'cherrypick', 'deflaking', 'overengineer', 'disconfirm',
  'notekeeper', 'slidedeck', 'upstreamer', 'productionalization', 'communitywide', 'disconfirming',
  'remediations', 'microinteractions', 'unhire', 'unhired', 'productionize', 'productionizes', 'productionized', 'productionizing',
  'unindexed',
  // Identity terms of employee resource groups and equal-opportunity statements ('Latinx' is in the dictionaries)
  'Latine', 'Chicanx', 'Boricua', 'womxn', 'folx',
  // Job-post vocabulary the corpus lacks, flagged when a job post was written to try the rule
  'coachable', 'coachee', 'coachees', 'sponsee', 'sponsees', 'cofounder', 'cofounders', 'offsites', 'onsites',
  'rockstar', 'rockstars',
  // ... and in posts for data, machine-learning, security, sales and finance roles written to try it
  'dbt', 'lakehouse', 'lakehouses', 'reranker', 'rerankers', 'reranking', 'pgvector', 'scikit', 'backpropagation',
  'pentest', 'pentests', 'pentesting', 'pentester', 'pentesters', 'upsell', 'upsells', 'upselling', 'prepaids',
];

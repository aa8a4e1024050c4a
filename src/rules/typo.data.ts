/**
 * Letters in the longest word the rule spells: the dictionaries' longest is 45
 * (`pneumonoultramicroscopicsilicovolcanoconiosis`). A longer run of letters is no word, and
 * suggesting for one costs with the square of its length (20,000 letters took over a minute).
 */
export const maxWordLength = 50;

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
  'neurodivergent', 'neurodiverse', 'mentee', 'mentees', 'detailee', 'detailees', 'hiree', 'hirees', 'roleplay', 'roleplays', 'roleplaying', 'sourcer', 'sourcers',
  'burndown', 'subteam', 'subteams', 'timebox', 'timeboxed', 'bootcamp', 'bootcamps', 'standup', 'standups',
  'upleveling', 'uplevel', 'omnichannel', 'listserv', 'reengineering', 'prototyper', 'prototypers', 'collab',
  'techlead', 'techleads', 'inmail', 'inmails', 'onsite', 'offsite', 'teammate', 'teammates', 'dogfooding',
  'evals', 'paystub', 'paystubs', 'timesheet', 'timesheets', 'quicklinks', 'headshot', 'headshots', 'allyship',
  'homebase', 'matrixed', 'changemaker', 'changemakers', 'workstream', 'workstreams', 'kaizen', 'roundtable',
  'roundtables', 'solutioning', 'webhook', 'webhooks', 'cherrypick', 'deflaking', 'overengineer', 'disconfirm',
  'notekeeper', 'slidedeck', 'upstreamer', 'productionalization', 'communitywide', 'disconfirming',
  'remediations', 'microinteractions', 'unhire', 'unhired', 'productionize', 'productionizes', 'productionized', 'productionizing',
  'unindexed', 'rolelint', 'jumpstart', 'jumpstarts', 'jumpstarted', 'jumpstarting',
  // Code review vocabulary of reviewers' and maintainers' guides (`until the person who asked for the hold acks it`)
  'ack', 'acks', 'acked', 'acking', "ack'd", 'nacks', 'nacked', 'ptal',
  // Identity terms of employee resource groups and equal-opportunity statements ('Latinx' is in the dictionaries)
  'Latine', 'Chicanx', 'Boricua', 'womxn', 'folx',
  // Job-post vocabulary the corpus lacks, flagged when a job post was written to try the rule
  'coachable', 'coachee', 'coachees', 'sponsee', 'sponsees', 'cofounder', 'cofounders', 'offsites', 'onsites',
  'rockstar', 'rockstars', 'prosumer', 'prosumers',
  // ... and in design-work requests of open-source projects (held out): real words, and the suffix
  // of `cartoon-esque`, whose parts are spelt one by one
  'moodboard', 'moodboards', 'merch', 'minoritised', 'minoritized', 'esque',
  // ... and in a student society's job board and a ladder (held out): words of finance, telecoms and management
  'intraday', 'altnet', 'altnets', 'managee', 'managees',
  // ... and in a handbook's role profiles and a blockchain job board (held out): design reviews, ledgers
  'crit', 'crits', 'permissioned',
  // ... and in a security foundation's governance pages (held out): claims that cannot be forged
  'forgeable', 'unforgeable',
  // ... and in a career framework's product levels (held out): `a sincere customer-centricity`
  'centricity',
  // ... and in an engineering progression framework (held out): git's log of references, the
  // creational design patterns
  'reflog', 'creational',
  // ... and in a game studio's posts and a ladder (held out): a model's levels of detail (`optimal
  // lods`), and the rarer form of exploratory (`explorative material`)
  'lod', 'lods', 'explorative',
  // ... and in a recruiter's post and an agency's hiring pages (held out): one who networks, too
  // keen to sell (`not salesy`), and front ends split as services are (`microfrontends`)
  'networker', 'networkers', 'salesy', 'microfrontend', 'microfrontends',
  // ... and in two open-source governance repositories (held out): a limit exceeded (`If there is an
  // exceedance`, the issue's own example), feedback no one can act on (`inactionable`)
  'exceedance', 'exceedances', 'inactionable',
  // ... and in a project's role patterns and a consulting firm's posts (held out): a product or a role
  // phased out (`Sunsetting a Trusted Committer`), and a 3D modelling tool named at a bullet's start
  'sunsetting', 'sunsetted', 'sketchup',
  // ... and in a college radio station's board roles (held out): the broadcast of recorded programming
  'playout', 'playouts',
  // ... and in runbooks, data and creative posts and a devrel team's page (held out): a service's
  // score of user satisfaction, a Google document, advertising technology, a shortage of stock, a
  // holiday worked from, a video podcast, a mesh's polygons, a drawing style
  'apdex', 'gdoc', 'gdocs', 'adtech', 'stockout', 'stockouts', 'workation', 'workations', 'vidcast', 'vidcasts', 'polycount', 'chibi',
  // ... and in a government platform's incident guide (held out): a situation report
  'sitrep', 'sitreps',
  // ... and in an open-source project's governance (held out): an apprentice (`young padawan`)
  'padawan', 'padawans',
  // ... and in a tech co-operative's posts and a consultancy's (held out): `anarcho-communist`,
  // `antiracist` (as its scholars write it), closed-up `checkins`, and two terms of computing
  'anarcho', 'antiracist', 'antiracism', 'checkin', 'checkins', 'livelock', 'livelocks', 'deque', 'deques',
  // ... and in a research lab's manual (held out): a fellow member of a lab, the qualifying exams of a
  // doctorate, science communication
  'labmate', 'labmates', 'quals', 'scicomm',
  // ... and in a community's mentoring guide and a transit company's ladder (held out): `C'mon!`, and the
  // forms of `ruggedize` the dictionaries lack; and the British `focusses` (Oxford gives both)
  "c'mon", 'ruggedized', 'ruggedizing', 'focusses',
  // ... and in a startup's posts and a data-science manager's handbook (held out): a company past its
  // start, closed up as startups write it, and a rare but real noun
  'scaleup', 'scaleups', 'dysfunctionality', 'dysfunctionalities',
  // ... and in a civic network's, a newsroom's and a conference's pages (held out): a strategy
  // (`strat comms`), too much hype, a video's closing parts, and a role's name
  'strat', 'strats', 'overhype', 'overhyped', 'overhyping', 'outros', 'documentor', 'documentors',
  // ... and in a student radio station's office hours (held out: `or by appt.`): the office
  // abbreviations the dictionaries lack beside those they hold (`dept`, `asst`, `mgr`)
  'appt', 'appts', 'mgmt',
  // ... and in a government platform's welcome page (held out): an environment, as engineers shorten it (`deployed to Dev env`)
  'env', 'envs',
  // ... and in a plotting library's governance (held out): Python's source distributions and package index
  'sdist', 'sdists', 'pypi',
  // ... and in a configuration tool's AWS working group (held out): the AWS SDK for Python, as its package is named
  'boto', 'botocore',
  // ... and in posts for data, machine-learning, security, sales and finance roles written to try it
  'dbt', 'lakehouse', 'lakehouses', 'reranker', 'rerankers', 'reranking', 'pgvector', 'scikit', 'backpropagation',
  'pentest', 'pentests', 'pentesting', 'pentester', 'pentesters', 'upsell', 'upsells', 'upselling', 'prepaids',
  // ... and the tools such posts name, often in the lower case of their package names (`pandas,
  // numpy, scipy`), or at the start of a bullet, where a capitalised name is not taken for one:
  // data science and ML
  'numpy', 'scipy', 'matplotlib', 'seaborn', 'plotly', 'statsmodels', 'sklearn', 'keras', 'xgboost', 'lightgbm',
  'catboost', 'spacy', 'nltk', 'gensim', 'pyspark', 'dask', 'pyarrow', 'pydantic', 'sqlalchemy', 'pytest', 'fastapi',
  'mlflow', 'kubeflow', 'optuna', 'streamlit', 'langchain', 'langgraph', 'huggingface', 'vllm', 'onnx', 'colab',
  'ggplot', 'ggplot2',
  'sagemaker', 'tidyverse', 'dplyr', 'stata', 'genai', 'mlops', 'llmops', 'rlhf', 'pretrained', 'pretraining',
  'finetune', 'finetuned', 'finetuning', 'hyperparameters',
  // data platforms and product analytics
  'duckdb', 'clickhouse', 'trino', 'flink', 'dagster', 'airbyte', 'fivetran', 'metabase', 'hudi', 'qlik', 'sisense',
  'hightouch', 'rudderstack', 'posthog', 'statsig', 'optimizely', 'dataops', 'finops', 'upserts',
  // platform and security
  'oncall', 'multitenant', 'multitenancy', 'devex', 'esbuild', 'vitest', 'webgl', 'webgpu', 'crossplane', 'karpenter',
  'sonarqube', 'semgrep', 'crowdstrike', 'sentinelone', 'jamf', 'intune', 'kandji',
  // hiring, people, design and go-to-market tools that cspell's company list lacks
  'glassdoor', 'wellfound', 'otta', 'upwork', 'toptal', 'personio', 'leapsome', 'deel', 'carta', 'brex', 'xero', 'anaplan',
  'gainsight', 'salesloft', 'highspot', 'clari', 'pendo', 'productboard', 'pardot', 'klaviyo', 'hootsuite', 'sprinklr',
  'semrush', 'ahrefs', 'freshdesk', 'webflow', 'zeplin', 'protopie', 'balsamiq',
  // web frameworks and build tools (held out: `Fastify` at a bullet's start); and the variant
  // `transferrable` (Collins, Wiktionary)
  'fastify', 'hapi', 'nuxt', 'sveltekit', 'jquery', 'rollup', 'turborepo', 'transferrable',
  // ... and in a research group's posts on gerrymandering (held out): drawing electoral districts
  'districting',
  // ... and in an iOS team's playbook and a ministry's runbooks (held out): hash tables closed up,
  // as programmers write them, and credentials as they are called
  'hashtable', 'hashtables', 'hashmap', 'hashmaps', 'creds',
  // ... and in an agency's posts and a standards body's policies (held out): variants Merriam-Webster
  // gives (`humungous`, `cancelation`), a fixed-gear bicycle, the browser's application cache
  'humungous', 'cancelation', 'cancelations', 'fixie', 'fixies', 'appcache',
  // ... and in a cognitive neuroscience lab's roster (held out)
  'metacognition', 'metacognitive', 'neurocognitive', 'taekwondo',
  // ... and in a healthcare-IT company's posts (held out): techniques, as Merriam-Webster gives it
  'technics',
  // ... and in a life-science consortium's roles, a lab's post and a developer portal's governance (held out)
  'omics', 'sociodemographic', 'spammy',
  // ... and in a lab's posts, an RPC framework's governance and a privacy company's post (held out):
  // words Merriam-Webster gives (`revote`, `shout-out` closed up) and a field of the omics
  'lipidomic', 'lipidomics', 'revote', 'revotes', 'shoutout', 'shoutouts',
  // ... and in a research software team's posts and a release team's handbook (held out): scaling
  // closed up, as cloud platforms write it, and the checks run before a change merges (and after)
  'autoscaling', 'autoscale', 'autoscaled', 'autoscaler', 'autoscalers', 'presubmit', 'presubmits', 'postsubmit', 'postsubmits',
  // ... and in a platform company's posts (held out): `smidgen` shortened, as Merriam-Webster gives it
  'smidge',
  // ... and in a start-up's management path and an agency's ladder (held out twice): `path` as a verb, as career pathing is
  'pathing',
  // ... and in a blockchain security company's and a DAO's pages (held out): decentralised apps and
  // a chain's networks, those who stake on it and finance on and off it (`stakers`, `DeFi`, `TradFi`); and the level between junior and senior, as Dutch and Belgian posts name it
  'dapp', 'dapps', 'mainnet', 'testnet', 'medior', 'staker', 'stakers', 'defi', 'tradfi',
  // ... and in an agency's mobile developer post (held out): a platform's store of keys and
  // certificates, as Android and Java name it (listed as a slip of `keystone`)
  'keystore', 'keystores',
  // ... and in a public service's hiring pages and a lab's thesis posts (held out): land never ceded
  // by treaty, as Canadian acknowledgements say (Merriam-Webster), and combining models, as machine
  // learning says
  'unceded', 'ensembling', 'ensembled',
  // ... and in a Munich start-up's and a security firm's posts (held out): a variant Merriam-Webster
  // gives, the mobile test framework as QA posts name it, and splitting networks into subnets
  'barbeque', 'barbeques', 'appium', 'subnetting',
  // ... and in a community land trust's posts (held out): to put in a diary (Merriam-Webster's
  // `diarize`; British `diarise`, its forms made as every -ize word's are)
  'diarize', 'diarizes', 'diarized', 'diarizing',
  // ... and in an app agency's post (held out): laughter written out, as Merriam-Webster's `ha-ha` is
  // written closed up in informal posts
  'haha',
  // ... and in a Belgian studio's posts (held out): the query language of web APIs, which the
  // dictionaries lack in any case (its own case, `GraphQL`, passes as a product's name)
  'graphql',
  // ... and in an agency's Drupal post and a Spanish company's front-end posts (held out), and
  // beside them the frameworks and platforms job posts name most that the loaded dictionaries lack:
  // cspell keeps them in its PHP, npm and Python dictionaries, too large and too loose (every
  // package's name, typos among them) to load for prose
  'laravel', 'symfony', 'magento', 'behat', 'vue', 'vuex', 'nuxt', 'vite', 'fastify', 'strapi', 'sequelize', 'vercel', 'supabase',
  'pulumi', 'pytest', 'numpy',
  // ... and in research groups' posts and open-source governance (held out): a teleconference,
  // as Collins and research communities write it; the documentation tool and the diagram program
  // posts and project pages name most
  'telecon', 'telecons', 'mkdocs', 'visio',
  // ... and in a conference's volunteer roles (held out): the role codes of conduct name, as
  // Merriam-Webster gives it
  'ombuds', 'ombudsperson', 'ombudspersons',
  // ... and in a framework's contributor guide and a documentation team's guide (held out): the web
  // framework and the documentation framework (Diátaxis, its accent often left out)
  'astro', 'diataxis',
  // ... and in a research-computing group's posts (held out): the batch schedulers HPC posts name most
  'slurm', 'htcondor',
  // ... and in a storage company's interview guide (held out): hesitation written out, as
  // Merriam-Webster's `um` and `hmm` are, lengthened in informal quotes (`"Umm...I would use grep"`)
  'umm', 'ummm', 'uhh', 'uhm',
  // ... and in an SRE community's incident process (held out): occurring again (Merriam-Webster)
  'reoccurrence', 'reoccurrences',
  // ... and in a journal directory's advisory group (held out): the British spelling with the `t`
  // doubled (Collins, Oxford), as `combating` is the American
  'combatting', 'combatted',
];

/**
 * Prefixes written before a hyphen only (`tri-folds`, `bi-weekly`, `semi-annual`): no words of their
 * own, as the prefixes closed-up words are read with (compound.ts) are not.
 */
export const hyphenPrefixes: readonly string[] = ['tri', 'bi', 'quad', 'semi', 'anti', 'post', 'mid', 'ex', 'pro', 'micro', 'macro', 'mega', 'giga', 'ultra', 'hyper', 'mono', 'poly', 'tele'];

/** Titles written before a surname (`Dr. Shamsi`, `Ms Loera`), with or without their full stop: the word after one is a name. */
/**
 * The small words inside names of other languages (`Centro Nacional de Supercomputación`, `Institut
 * für Informatik`, `Universidade do Porto`): a name's capitalised words go on past them.
 */
export const nameParticles: readonly string[] = ['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'y', 'e', 'i', 'et', 'von', 'van', 'der', 'den', 'zu', 'für', 'voor'];

/**
 * Months and days of the week: capitalised words everyone writes, whose slips (`Janauary`,
 * `Wendesday`) no name is one slip from, so a capitalised unknown word one slip from one is that slip.
 */
export const calendarWords: readonly string[] = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/**
 * Acronyms whose letters are often typed out of order (`LGTBQ`, `TLGBQIA` in diversity statements
 * of job posts): a word in capitals of the same letters in another order is a slip of the listed one.
 */
export const orderedAcronyms: readonly string[] = ['LGBT', 'LGBTI', 'LGBTQ', 'LGBTIQ', 'LGBTQI', 'LGBTQIA', 'LGBTQIA2S'];

export const addressTitles: readonly string[] = ['Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof'];

/**
 * The legal forms written after a company's name (`pixiv Inc.`, `Aternos GmbH`, `Acme Pty Ltd`): the
 * word before one is the company's name, however it is cased.
 */
export const companyForms: readonly string[] = ['Inc', 'Ltd', 'LLC', 'LLP', 'GmbH', 'AG', 'Corp', 'PLC', 'plc', 'Pty', 'SAS', 'SARL', 'S.A', 'B.V', 'N.V', 'Oy', 'ApS', 'KK', 'Limited', 'Incorporated'];

import { describe, expect, it } from 'vitest';
import { describeDocExamples, formatMessage, runRule } from '../../test/helpers/rule-harness.js';
import { folderOf } from '../document/place.js';
import { requiredSections } from './required-sections.js';
import { openingsTitle } from '../document/role-titles.data.js';
import { defaultSections } from '../document/section-needs.js';

describeDocExamples(requiredSections);

const three = (body: string) => `# Role\n\n${body}\n`;
/** The missing sections with the mission's three required of every document, whatever its kind: how titles are matched. */
const missing = async (markdown: string) =>
  (await runRule(requiredSections, markdown, { sections: defaultSections, allowEmpty: true })).map((m) => m.expected?.[0]);
/** The missing sections as the kind of the document decides them (the default). */
const missingByKind = async (markdown: string, path = 'example.md') =>
  (await runRule(requiredSections, markdown, { allowEmpty: true }, path)).map((m) => (m.infoOnly ? `info: ${m.reason.slice(0, 40)}` : m.expected?.[0]));

describe('required-sections: what counts as a section title', () => {
  it.each([
    ['Key Responsibilities', 'Qualifications', 'Leadership skills'],
    ["What You’ll Do", "What We're Looking For", 'People Leadership'],
    ['Duties:', 'Must-haves', 'LEADERSHIP'],
    ['Responsibilities of a CTO', 'Requirements for this role', 'Leadership & Influence'],
    ['Job Responsibilities', 'Role Requirements', 'Leadership and Management'],
    ['Responsibilites', 'Qualifcations', 'Leadershp'],
    ['🚀 What you will be doing', '**Required Skills**', 'Leadership Expectations'],
    ['主な責任', '応募資格', 'リーダーシップ'],
    ['インシデントリードの責任', '必須スキル', 'リーダーシップ'],
    ['Your day-to-day', 'You might be a good fit if you', 'Leadership'],
    ["What you'll own", 'Knowledge, Skills and Abilities', 'Leadership'],
    ['Responsibilities include:', 'The ideal candidate', 'Leadership'],
    ["What you'll achieve", "What you'll need", 'Leadership'],
    ['1. Responsibilities', '2) Requirements', '3 - Leadership'],
    ['I. RESPONSIBILITIES', 'B) Qualifications', '(c) Leadership'],
    ['Section 1: Duties', 'Part 2 – Requirements', '4.1 Leadership skills'],
    ['Main Duties', 'Person Specification', 'Line Management'],
    ['Responsibilities:', 'Qualifications:', 'Management of Staff:'],
    ['Deine Aufgaben', 'Das bringst du mit', 'Führungsverantwortung'],
    ['Was machst Du als Fachkraft für Verwaltung:', 'Sie bringen mit:', 'Leitung'],
    ['Die Aufgaben beinhalten:', 'Wir erwarten von Dir:', 'Führung'],
    ['Was Sie tun werden', 'Voraussetzungen', 'Teamleitung'],
    ['Deine Aufgaben', 'Was wir suchen', 'Führung'],
    ['Das gibt es zu tun', 'Danach suchen wir', 'Führung'],
    ['Deine Aufgaben', 'Du wirst dich wohlfühlen, wenn du:', 'Führung'],
    ['Deine Aufgaben', 'Über dich', 'Führung'],
    ['Vos missions', 'Profil recherché', 'Encadrement'],
    ['Vos missions', 'Le/la candidat·e devra impérativement :', 'Encadrement'],
    ['Vos missions', 'Le - la candidat-e devra :', 'Encadrement'],
    ['Missions en lien avec la fonction', 'Profil recherché', 'Encadrement'],
    ['Vos missions', 'Sont un plus :', 'Encadrement'],
    ['Responsabilidades', 'Requisitos', 'Liderazgo'],
    ['Tus tareas', 'Requerimientos', 'Liderazgo'],
    ['Responsabilidades', '¿Qué tienes que saber?', 'Liderazgo'],
    ['Responsabilidades e atribuições:', 'Requisitos:', 'Liderança'],
    ['Como será o seu dia a dia?', 'Qualificações', 'Liderança'],
    ["What you'll be responsible for", 'Minimum Requirements', 'Leadership Qualities'],
    ['Your tasks', 'Desired skills', 'Leadership'],
    ['Key duties', 'You are:', 'People management'],
    ['Key Accountabilities', 'Essential Criteria', 'Supervisory Responsibilities'],
    ['Your Responsibilities', 'Skills, Knowledge and Experience', 'Managing Others'],
    ['You will:', 'Technical Requirements', 'Leadership'],
    ['Your mission', 'What we need from you', 'Leadership'],
    ['Your mission', 'What we expect', 'Leadership'],
    ['Your mission', 'Who is it for?', 'Leadership'],
    // A foundation's call for paid developers (held out).
    ['What are you going to work on?', 'What are the requirements?', 'Leadership'],
    // A PDF company's posts (held out): `You Will:` over duties, `You Should:` over what it asks.
    ['You Will:', 'You Should:', 'Leadership'],
    ["You'll", 'Desired experience', 'Leadership'],
    ['Day to day', 'About the candidate', 'Leadership'],
    // Sentences addressed to the reader, and titles with a trailing word.
    ["Here's what your first months will look like", "You'll thrive here if:", 'Objective 2: build and lead a team'],
    ['Objectives', 'Prerequisites', 'Strategic leadership'],
    ['Key results', 'Essential and desirable criteria', 'Leading the team'],
    ['DUTIES - MAIN TASKS', 'Requirements also', 'Team leadership in this role'],
    ['What is the role of a community manager?', 'Skills', 'Leadership'],
    ['Your mission', 'We want somebody who is...', 'Leadership'],
    ['Your mission', 'The ideal person:', 'Leadership'],
    ['Your mission', 'You', 'Leadership'],
    ['Your mission', 'Ideally you will be passionate about:', 'Leadership'],
    ['Your mission', "What we'd like you to have...", 'Leadership'],
    ['Your mission', 'What we look for', 'Leadership'],
    ['Your mission', 'For the role of developer, we want to see this track record of results:', 'Leadership'],
    ['In this role, you will', 'We expect that you', 'Leadership'],
    // A space-computer maker's English posts (held out), `Job Description` as its Japanese `業務内容` reads.
    ['Job Description', 'Required Skills', 'Leadership'],
    ['Als Product Engineer wirst Du', 'Wir erwarten, dass Du', 'Leadership'],
    ['In dieser Rolle werden Sie', 'Wir erwarten, dass Sie', 'Leadership'],
    // A Mexican civic-tech non-profit's post (held out): `Como parte de Codeando México, estarás:` over its duties.
    ['Como parte del equipo, estarás:', 'El perfil de la persona que buscamos:', 'Leadership'],
  ])('%s / %s / %s name all three', async (r, q, l) => {
    expect(await missing(three(`## ${r}\n\n## ${q}\n\n### ${l}`))).toEqual([]);
  });

  it('a title of a few words ending a paragraph right over a list is a title (`Arbeitsaufgaben` after a sentence); the end of a wrapped sentence is not', async () => {
    const pasted = (line: string) => three(`Die Gruppe sucht Unterstützung für das Projekt.\n${line}\n- Öffentlichkeitsarbeit\n- Fotografie\n\n## Requirements\n\n## Leadership`);
    expect(await missing(pasted('Arbeitsaufgaben'))).toEqual([]);
    expect(await missing(pasted('Deine Hauptaufgaben'))).toEqual([]);
    expect(await missing(three('We are hiring to share the\nResponsibilities\n- Öffentlichkeitsarbeit\n- Fotografie\n\n## Requirements\n\n## Leadership'))).toEqual(['Responsibilities']);
  });

  it("where the frontmatter names the title, a `#` heading after the text has begun titles a section (`# We get excited about candidates who have the following`)", async () => {
    const post = (opening: string) => `---\ntitle: The Data Scientist\n---\n\n${opening}# We get excited about candidates who have the following\n\n- Statistics\n- SQL\n\n## Responsibilities\n\n## Leadership\n`;
    expect(await missing(post('We work on problems you will not find in a text book.\n\n'))).toEqual([]);
    // First in the body, it is the page's title, and names no section by its words.
    expect(await missing(post(''))).toEqual(['Requirements']);
  });

  it('a title about leading is a Leadership section, whatever else it says; a typo must keep the first letter', async () => {
    for (const heading of ['Strategic Leadership', 'Thought leadership', 'Leadership Principles', 'Mentoring and coaching']) {
      expect(await missing(three(`## Responsibilities\n\n## Requirements\n\n## ${heading}`))).toEqual([]);
    }
    expect(await missing(three('## Responsibilities\n\n## Requirements\n\n## Readership'))).toEqual(['Leadership']);
  });

  it('a title that names the role but not what it does (`The role`, `Mission`) is no Responsibilities on its own', async () => {
    for (const heading of ['The role', 'About the role', 'Role', 'Mission']) {
      expect(await missing(three(`## ${heading}\n\nThe team builds the billing platform.\n\n## Requirements\n\n## Leadership`))).toEqual(['Responsibilities']);
    }
    // What it holds decides: duties under it are the Responsibilities.
    expect(await missing(three('## The role\n\n- Own the billing service.\n- Plan each release.\n\n## Requirements\n\n## Leadership'))).toEqual([]);
  });

  it('a Japanese heading that names something else of an owner is not a section', async () => {
    expect(await missing(three('## インシデント中\n\n## 応募資格\n\n## リーダーシップ'))).toEqual(['Responsibilities']);
  });

  it('bold, italic and colon-ended lines count anywhere, under a `##` heading too', async () => {
    const exported = '# Support Engineer\n\n**Key Responsibilities**\n\n- Answer tickets.\n\n**Requirements**:\n\n- Go.\n\nLeadership:\n- Trains new hires.\n';
    expect(await missing(exported)).toEqual([]);
    expect(await missing(exported.replace('**Requirements**:', '_What you will bring_'))).toEqual([]);
    expect(await missing('# Staff Engineer\n\n## Responsibilities\n\n**Leadership**\n\n- Mentor.\n\n## Requirements\n\n- Go.\n')).toEqual([]);
    // A colon line counts only above a list; a bold line only when it is the whole line.
    expect(await missing(exported.replace('**Requirements**:', 'See the **Requirements** in the form below.'))).toEqual(['Requirements']);
  });

  it('a colon line that ends a paragraph of lines titles what follows, as a paste that lost its blank line writes it; the end of a wrapped sentence does not', async () => {
    const post = (lines: string) => `# Support Engineer\n\n## Duties\n\n- Answer tickets.\n\n## Leadership\n\n- Train new hires.\n\nOur stack:\nLanguages: Python\n${lines}\n\nA degree in computing\nPatience with people\n`;
    expect(await missing(post('What you bring to the role:'))).toEqual([]);
    expect(await missing(post('and the rates we pay for each of them:'))).toEqual(['Requirements']);
  });

  it('a heading whose hashes lack their space names its section, as kramdown shows it', async () => {
    expect(await missing('# Role\n\n###Responsibilities\n- Build\n\n##Requirements\n- Go\n\n## Leadership\n- Mentor\n')).toEqual([]);
    // `#hiring` in a sentence is a hashtag, no title.
    expect(await missing('# Role\n\n#Requirements below, as in our #hiring post.\n\n## Responsibilities\n\n## Leadership\n')).toEqual(['Requirements']);
  });

  it('a bare title line marked by an emoji counts in a post without headings, as job boards write them', async () => {
    const post = '---\ntitle: Product Designer\nlocation: Remote\n---\n\nWe are looking for a designer to join our team for three months.\n\n🎯 Key Responsibilities\n\n* **Delivery:** Design end-to-end flows for three projects.\n\n💻 Required Profile\n\n* **Tooling:** Figma.\n';
    expect(await missingByKind(post, 'jobs/designer.md')).toEqual([]);
    expect(await missingByKind(post.replace('💻 Required Profile', '💻 a note on tools.'), 'jobs/designer.md')).toEqual(['Requirements']);
  });

  it('numbered title lines count, as a paste numbers its sections', async () => {
    const paste = 'Job Title: Data Analyst\n\n1. Responsibilities\n\n• Analyse product data.\n\n2. Requirements\n\n• SQL.\n\n3. Leadership\n\n• Mentor juniors.\n';
    expect(await missing(paste)).toEqual([]);
    expect(await missing(paste.replace(/^(\d)\. /gm, (_, n: string) => `${'I'.repeat(Number(n))}. `))).toEqual([]);
  });

  it('HTML headings and the bold lines of a post pasted as HTML count', async () => {
    const html = '# Role\n\n<h2 id="duties">Key Responsibilities</h2>\n\n- a\n\n<H3 class="x">\n  <span>What we&apos;re looking for</span>\n</H3>\n\n- b\n\n<h2>Leadership</h2>\n';
    expect(await missing(html)).toEqual([]);
    expect(await missing(html.replace('<h2>Leadership</h2>', '<h2>Leadership'))).toEqual(['Leadership']);
    const pasted = "---\ntitle: Staff Engineer\n---\n\n<p><strong>What you'll do</strong></p>\n<ul>\n<li>Set direction</li>\n</ul>\n<div><b>What we&#39;re looking for:</b></div>\n<ul><li>Go</li></ul>\n<p class=\"x\"><strong>Leadership</strong></p>\n<ul><li>Coach</li></ul>\n";
    expect(await missing(pasted)).toEqual([]);
    // The terms of a definition list over their descriptions, as a university's posts are written.
    const terms = '---\ntitle: Wissenschaftlicher Mitarbeiter (m/w/d)\n---\n\n<dl>\n\t<dt>Ihre Aufgaben:</dt>\n\t<dd><ul><li>Erforschung von Netzen</li></ul></dd>\n\t<dt>Qualifikationserfordernisse:</dt>\n\t<dd><ul><li>Hochschulstudium</li></ul></dd>\n</dl>\n';
    expect(await missingByKind(terms.replace('---\ntitle', '---\nkind: job-post\ntitle'))).toEqual([]);
    expect(await missingByKind(terms.replace('---\ntitle', '---\nkind: job-post\ntitle').replace('Qualifikationserfordernisse:', 'Was erwarten wir:'))).toEqual([]);
    expect(await missingByKind(terms.replace('---\ntitle', '---\nkind: job-post\ntitle').replace('<dt>Qualifikationserfordernisse:</dt>', '<dd>Weiteres:</dd>'))).toEqual(['Requirements']);
    const collapsible = '# Role\n\n<details><summary>Responsibilities</summary>\n\n- a\n\n</details>\n<details>\n  <summary><b>Requirements</b></summary>\n\n- b\n\n</details>\n\n## Leadership\n';
    expect(await missing(collapsible)).toEqual([]);
  });

  it('titles that say what the role asks in a sentence, with a curly apostrophe or a straight one', async () => {
    for (const heading of [
      'All candidates will be evaluated based on their experiences:',
      'We’ll evaluate you based on:',
      'You’re an excellent candidate if:',
      'This role is for you if you',
      'You’ll fit right in if',
      'Nice for you to have:',
      'You’ll need to:',
      'Personal qualities',
      'Deine Eigenschaften',
    ]) {
      expect(await missing(`# Engineer\n\n## What you'll do\n\n## ${heading}\n\n## Leadership\n`)).toEqual([]);
    }
    // What you'll need to accomplish are duties, not what the role asks of you.
    expect(await missing("# Engineer\n\n## You’ll need to accomplish the following things:\n\n## Leadership\n")).toEqual(['Requirements']);
    expect(await missing("# Engineer\n\n## We’ll trust you to:\n\n## Requirements\n\n## Leadership\n")).toEqual([]);
    // The same in French: what the role asks, and what it does.
    for (const [duties, asks] of [
      ['Vous devrez accomplir les tâches suivantes :', 'Nous vous évaluerons en fonction de ce qui suit :'],
      ['Dans le cadre de ce poste, vous devrez :', 'Un(e) excellent(e) candidat(e) pourra :'],
      ['Fonctions', 'Votre candidature sera évaluée en fonction de votre :'],
      ['Vous serez appelé à réaliser les tâches suivantes :', 'Ce rôle vous convient parfaitement si :'],
      ['Nous sommes à la recherche d’une personne qui effectuera ce qui suit :', 'Le candidat pourra :'],
      ['Voici ce que vous devrez accomplir :', 'Qualités indispensables'],
    ]) {
      expect(await missing(`# Conseiller\n\n## ${duties}\n\n## ${asks}\n\n## Leadership\n`)).toEqual([]);
    }
    expect(await missing('# Conseiller\n\n## Notre équipe\n\n## Nos bureaux\n\n## Leadership\n')).toEqual(['Responsibilities', 'Requirements']);
    // A team's mission (one, not the post's missions) says nothing of the post's duties.
    expect(await missing('# Conseiller\n\n## Mission de l’équipe\n\n## Votre profil\n\n## Leadership\n')).toEqual(['Responsibilities']);
    // A title that is the post's missions alone (`Missions`, `Missions :`) names them too; the one `Mission` does not.
    expect(await missing('# Conseiller\n\n## Mission\n\n## Votre profil\n\n## Leadership\n')).toEqual(['Responsibilities']);
    for (const heading of ['Ta mission', 'Votre mission', 'Tes missions', 'Vos principales missions', 'Missions du poste', 'Missions du stagiaire', 'Missions', 'Missions :']) {
      expect(await missing(`# Développeur·se\n\n## ${heading}\n\n## Votre profil\n\n## Leadership\n`)).toEqual([]);
    }
  });

  it('a paragraph led by a label naming the section is that section, as a form\'s fields are', async () => {
    const form = (duties: string, asks: string) => `# Blockchain Developer\n\nLOCATION: Pune\n\n${duties}\n\n${asks}\n\n## Leadership\n`;
    expect(await missing(form('RESPONSIBILITIES:\nOffering expertise in:\n- Hyperledger\n- Ethereum', 'DESIRED SKILLS/EXPERIENCE: two years of Solidity'))).toEqual([]);
    // A sentence's first words before a colon, or a field about something else, are no label of a section.
    expect(await missing(form('Split of the responsibilities in the role: 70% delivery', 'WORK TYPE: full time'))).toEqual(['Responsibilities', 'Requirements']);
    // A field stating a fact of the post is no section about leading.
    const director = '# FedRAMP Director\n\nSupervisory status: Supervisory\n\n## Duties\n\n- Run the programme\n\n## Requirements\n\n- Ten years of experience\n';
    expect(await missing(director)).toEqual(['Leadership']);
  });

  it('a short job post that sends readers to its full text elsewhere lacks a section as advice, not an error', async () => {
    const teaser = (more: string) =>
      `---\nkind: job-post\n---\n\n# Product Lead\n\nJoin us to lead the product of a small nonprofit that runs cloud services for research and education communities, with engineers and partners across many countries and time zones.\n\n## Responsibilities\n\n- Own the product vision\n- Plan the roadmap\n\n${more}For more information and to apply, see [our application page](https://jobs.example.org/4122980007).\n`;
    expect(await missingByKind(teaser(''))).toEqual(['info: Section `Requirements` is not in this po']);
    // A post long enough to be the posting itself, or no link to the full text, is judged as any.
    expect(await missingByKind(teaser(`${'We build tools for research teams across the world, and our small team works in the open. '.repeat(14)}\n\n`))).toEqual(['Requirements']);
    expect(await missingByKind(teaser('').replace(/\[our application page\]\([^)]*\)/, 'our application page'))).toEqual(['Requirements']);
    // ... or in French, German or Spanish; not a sentence about details without a link.
    for (const pointer of ['Détail de la mission : [la mission](https://www.example.gouv.fr/content/atelier-velo)', 'Weitere Informationen finden Sie [hier](https://jobs.example.de/123).', 'Más información en [nuestra web](https://empleo.example.es/oferta/7).', "Pour postuler : consultez l'offre d'emploi sur [CharityVillage](https://charityvillage.example.com/jobs/292483)."]) {
      expect(await missingByKind(teaser('').replace(/For more information.*$/m, pointer))).toEqual(['info: Section `Requirements` is not in this po']);
    }
    expect(await missingByKind(teaser('').replace(/For more information.*$/m, 'Détail de la mission à venir.'))).toEqual(['Requirements']);
    // The pointer may be the link itself, without `for`.
    expect(await missingByKind(teaser('').replace(/For more information.*$/m, '[More information and application form.](https://www.jobs.example.ac.uk/job/COK027/engineer)'))).toEqual(['info: Section `Requirements` is not in this po']);
    // The pointer may be written in HTML, with an HTML link.
    expect(await missingByKind(teaser('').replace(/For more information.*$/m, '<div><strong>For more information and how to apply:</strong> <a href="https://jobs.example.org/7">Application portal</a></div>'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(teaser('').replace(/For more information.*$/m, '<div><strong>For more information and how to apply:</strong> ask us</div>'))).toEqual(['Requirements']);
    // Or a short post's link to its opening on a careers site, whatever the sentence around it; not a link elsewhere.
    expect(await missingByKind(teaser('').replace(/For more information.*$/m, 'See [here](https://careers.example.edu/job/Delft-Assistant-Professor-2628-CD/1357916157/).'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(teaser('').replace(/For more information.*$/m, 'See [here](https://www.example.edu/about/).'))).toEqual(['Requirements']);
    // A bare address is a link as GitHub shows it; the pieces of written-out addresses are no words of the post.
    expect(await missingByKind(teaser('').replace(/\[our application page\]\(([^)]*)\)/, '$1'))).toEqual(['info: Section `Requirements` is not in this po']);
    const addresses = `${'Write to jane.doe(at)research-institute.example.org or see https://www.research-institute.example.org/teams/ice-ocean-modelling/people/index.html. '.repeat(7)}\n\n`;
    expect(await missingByKind(teaser(addresses))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(teaser(addresses.replace(/Write to.*?html\. /g, 'We write to the teams of the institute and read their pages on models of the ocean, the ice and the air above them every week. ')))).toEqual(['Requirements']);
 
    // A link to the role's description as a document holds its sections, however long the post;
    // a link to a page that is no description, or a description that is a page, is judged as any.
    const long = `${'We build tools for research teams across the world, and our small team works in the open. '.repeat(14)}\n\n`;
    expect(await missingByKind(teaser(long).replace(/For more information.*$/m, '[Download a role profile](/assets/pdf/product-lead.pdf) (PDF).'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(teaser(long).replace(/For more information.*$/m, '[Download our annual report](/assets/pdf/report.pdf).'))).toEqual(['Requirements']);
    expect(await missingByKind(teaser(long).replace(/For more information.*$/m, '[Read the role profile](/roles/product-lead).'))).toEqual(['Requirements']);
    expect(await missingByKind(teaser(long).replace(/For more information.*$/m, 'Vous pouvez [télécharger la fiche de poste](/uploads/2014/01/service-civique.pdf) qui détaille les missions.'))).toEqual(['info: Section `Requirements` is not in this po']);
    // ... or a document whose file name names the posting, linked or in a site's shortcode (a Kita's careers page, held out).
    expect(await missingByKind(teaser(long).replace(/For more information.*$/m, '[Language assistant](/downloads/Stellenanzeige_juin2019.pdf)'))).toEqual(['info: Section `Requirements` is not in this po']);
    const shortcode = await runRule(requiredSections, teaser(long).replace(/For more information.*$/m, '{{< url-link "Festanstellung als Sprachbegleiter (m/w)" "/img/downloads/Stellenanzeige_juin2019.pdf" "target">}}'), { allowEmpty: true }, 'example.md');
    expect(shortcode.map((m) => [m.infoOnly, m.reason.includes('sends readers to its full text (`Festanstellung als Sprachbegleiter (m/w)`)')])).toEqual([[true, true]]);
    expect(await missingByKind(teaser(long).replace(/For more information.*$/m, '{{< url-link "Our annual report" "/img/downloads/report-2019.pdf" "target">}}'))).toEqual(['Requirements']);
    // Or kept under a frontmatter key that names it; not under a key about something else.
    const kept = (field: string) => teaser(long).replace('kind: job-post\n', `kind: job-post\n${field}\n`).replace(/For more information.*$/m, '');
    expect(await missingByKind(kept('jobDescription: /assets/Fulltime%20Backend%20Developer.pdf'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(kept('pdf: /pdf/2025-01-09_annonce.pdf'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(kept('brochure: /pdf/benefits.pdf'))).toEqual(['Requirements']);
    expect(await missingByKind(kept('pdf: /pdf/2025-01-09_annonce.html'))).toEqual(['Requirements']);
    // A sentence sending the reader to the job description, with the posting's address in the frontmatter, however long the post.
    const board = (address: string) => teaser(long).replace('kind: job-post\n', `kind: job-post\n${address}`).replace(/For more information.*$/m, 'Please click the apply button below to view a copy of the job description and person specification.');
    expect(await missingByKind(board('application-link: https://www.example.gov.uk/jobs/gla2229\n'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(board(''))).toEqual(['Requirements']);
    // ... or, in a post of any length, says the full job descriptions are behind a link.
    const jobsPage = teaser(long).replace(/For more information.*$/m, 'For details, including full job descriptions and the application procedures, please see [our jobs page](https://example.org/jobs/).');
    expect(await missingByKind(jobsPage)).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(jobsPage.replace(/\[our jobs page\]\([^)]*\)/, 'our jobs page'))).toEqual(['Requirements']);
    // ... or that the details of the role are (an internship scheme's page, held out).
    const scheme = teaser(long).replace(/For more information.*$/m, 'See the [Scheme Overview](https://example.org/overview.html) page for further details on the role and projects.');
    expect(await missingByKind(scheme)).toEqual(['info: Section `Requirements` is not in this po']);
    // ... or says to apply through the posting, in a heading too (a lab's postdoc posts, held out: `#### Please apply through the job posting [here](…)`).
    const through = (line: string) => teaser(long).replace(/For more information.*$/m, line);
    expect(await missingByKind(through('#### Please apply through the job posting [here](https://careers.example.org/jobs/11766/job)'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(through('#### Please apply through the job posting here'))).toEqual(['Requirements']);
    // ... or links to the posting by its name, wherever it is kept (a lab's post, held out: `[Job
    // advertisement (University job portal)](https://jobs.…/job/…)`); not a link named otherwise.
    const advert = (text: string) => teaser(long).replace(/For more information.*$/m, `📢[${text}](https://jobs.example.ac.at/job/University-assistant/1388724733/)`);
    expect(await missingByKind(advert('Job advertisement (University job portal)'))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(advert('Our university'))).toEqual(['Requirements']);
  });

  it('a page that lists roles linked to their own pages lacks a section as advice: it is an index of several roles', async () => {
    const page = (roles: string) => `---\nkind: job-post\n---\n\n# Jobs\n\n## Positions\n\n${roles}\n\n## About us\n\nWe build a decentralised internet, with an office in New York.\n\n## Benefits\n\n- Health insurance\n- Equity\n`;
    const linked = '- [Frontend Engineer](frontend-engineer.md)\n- [Product Manager](product-manager.md)\n- [Backend Engineer](backend-engineer.md)\n- Security Engineer';
    expect(await missingByKind(page(linked))).toEqual(['info: Section `Responsibilities` is not on thi', 'info: Section `Requirements` is not on this pa']);
    // Titles that name the stack after slashes are roles' names too (`Software Engineer / Go / Full-Stack`).
    const slashed = '- [Software Engineer / Go / Full-Stack](full-stack.md)\n- [Software Engineer / React / Frontend](frontend.md)\n- [Systems Engineer / SRE](sre.md)';
    expect(await missingByKind(page(slashed))).toEqual(['info: Section `Responsibilities` is not on thi', 'info: Section `Requirements` is not on this pa']);
    // The roles a post works with, not linked, are no index; nor two linked roles.
    expect(await missingByKind(page(linked.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')))).toEqual(['Responsibilities', 'Requirements']);
    expect(await missingByKind(page('- [Frontend Engineer](frontend-engineer.md)\n- [Product Manager](product-manager.md)\n- Health and dental cover'))).toEqual(['Responsibilities', 'Requirements']);
  });

  it('a job board\'s short listing with the posting\'s address in its frontmatter lacks a section as advice, not an error', async () => {
    const listing = (link: string) =>
      `---\nkind: job-post\ntitle: Events Manager\nsalary: "$60,000"\n${link}---\n${'Reproductive Equity Now works across the state for access to care, with partners in every county and a small team. '.repeat(4)}\n`;
    expect(await missingByKind(listing('link: "https://jobs.lever.co/ren/1ab3962c"\n'))).toEqual(['info: Section `Responsibilities` is not in thi', 'info: Section `Requirements` is not in this po']);
    // No address, or a key that names no posting, and the listing is judged as any post.
    expect(await missingByKind(listing(''))).toEqual(['Responsibilities', 'Requirements']);
    expect(await missingByKind(listing('thumbnail: "https://example.org/logo.png"\n'))).toEqual(['Responsibilities', 'Requirements']);
  });

  it('a list of what the reader knows, can or likes, in French, German and Spanish, states requirements as `you know…` does', async () => {
    const post = (items: string[]) => `# Stagiaire\n\n## Tes missions\n\n- Animer la communauté\n- Rédiger les articles\n\n## Rejoins-nous\n\nCe stage est pour toi si :\n\n${items.map((i) => `- ${i}`).join('\n')}\n\n## Leadership\n`;
    for (const items of [
      ['tu aimes écrire pour différents publics ;', 'tu n’as pas peur d’être autonome ;', 'tu sais travailler en équipe ;'],
      ['du kennst Git;', 'du kannst gut erklären;', 'du liebst Open Source;'],
      ['sabes trabajar en equipo;', 'te gusta escribir;', 'conoces Python;'],
    ]) {
      expect(await missing(post(items)), items[0]).toEqual([]);
    }
    expect(await missing(post(['tu écris pour le blog ;', 'tu animes les ateliers ;', 'tu rencontres les équipes ;']))).toEqual(['Requirements']);
  });

  it('three questions asking whether the reader has what the role needs state requirements, as a checklist of ticks writes them', async () => {
    const post = (lines: string) => `# Scrum Master\n\n## The role\n\n- Run the planning\n- Coach the team\n\nIf the below is you, apply!\n\n${lines}\n\n## Leadership\n`;
    expect(await missing(post('&#10004; Are you an excellent facilitator?  \n&#10004; Do you know how to bring out the best in people?  \n&#10004; Can you keep people engaged in long meetings?'))).toEqual([]);
    expect(await missing(post('Are you curious? Do you have experience with React? Can you explain your work to others?'))).toEqual([]);
    // Two questions, or questions the reader asks the employer, state nothing asked of them.
    expect(await missing(post('Are you curious? Do you like puzzles?'))).toEqual(['Requirements']);
    expect(await missing(post('Can I apply twice? Do I need a visa? Is the role remote?'))).toEqual(['Requirements']);
  });

  it('a sentence of what the employer wants to see of the candidate states requirements', async () => {
    const post = (sentence: string) => `# Summer Intern\n\n## The program\n\n- Build a service with a mentor\n- Ship it to users\n\n${sentence}\n\n## Leadership\n`;
    for (const asks of [
      'We don’t care about your degree: we want to see that you are curious and keen to learn.',
      'We expect you to know one programming language well.',
      'Our dream candidate has Linux administration experience and a passion for teaching.',
      'We are looking for contractors with a minimum of two years of contracting experience.',
      'If you like researching technical topics and building a community, then this job is for you.',
      // German: what the reader is, has or brings.
      'Du studierst und suchst nach einem spannenden Nebenjob.',
      'Sie verfügen über ein abgeschlossenes Studium der Informatik.',
      // What candidates have or must, in German, French and Spanish.
      'Erfolgreiche Bewerber verfügen über einen ausgezeichneten Master-Abschluss in Philosophie.',
      'Les candidats doivent avoir une première expérience en Python.',
      'Los candidatos deben tener experiencia con React.',
    ]) {
      expect(await missing(post(asks))).toEqual([]);
    }
    for (const other of ['We want to see you grow with us, and expect to hire again next year.', 'Bewerber erhalten eine Antwort binnen zwei Wochen.', 'The internship lasts a minimum of two years, with a mentor throughout.', 'If you have more than a minimum of five years of experience, you can get promoted as CTO easily.']) {
      expect(await missing(post(other))).toEqual(['Requirements']);
    }
  });

  it('a list led by the start of a sentence its items end states what the sentence does (`You should:` over `- have …`)', async () => {
    const post = (lead: string) => `# Community Steward\n\n## The work\n\nThis means you will:\n\n- grow the community around our codebases\n- run its events\n\n## From everyone\n\n${lead}\n\n- share our values\n- have a collaborative attitude\n- be able to work independently\n\n## Leadership\n`;
    expect(await missing(post('You should:'))).toEqual([]);
    // A label over the items leads no sentence into them.
    expect(await missing(post('Values:'))).toEqual(['Requirements']);
  });

  it('a line in HTML bold is a title, as pastes from web pages keep it', async () => {
    const post = (duties: string, asks: string) => `# Développeur PHP\n\n${duties}\n\n- Le site à fort trafic\n- La maintenance\n\n${asks}\n\nExcellent niveau en PHP\nPOO et design patterns\n\n## Leadership\n`;
    expect(await missing(post('<strong>Vos missions</strong>', '<b>Compétences souhaitées</b> :'))).toEqual([]);
    // Bold around part of the line, or other HTML, makes no title.
    expect(await missing(post('<strong>Vos</strong> missions', '<em>Compétences souhaitées</em>'))).toEqual(['Responsibilities', 'Requirements']);
  });

  it('startup headings with a closing `if …` name their section', async () => {
    for (const heading of ["You'll be a great fit if you have", 'Is this you?', "We're looking for someone who", 'Ideally, you have']) {
      expect(await missing(`# Engineer\n\n## What you'll do\n\n## ${heading}\n\n## Leadership\n`)).toEqual([]);
    }
  });
});

describe('required-sections: a page whose title names a page of several jobs or roles', () => {
  it('reports what an inferred post lacks as `info` where its title is `Jobs`, `Careers at …`, `Open positions`, `Who we are hiring`; a post titled for its job as before', async () => {
    const page = (title: string) => `---\ntitle: ${title}\n---\n\nWe are always looking for exceptional people to join our team. To apply, send your CV and a cover letter to jobs@example.com; applications are open all year for remote, full time work.\n\n## Why work with us?\n\nYou will be part of a small team of specialists.\n`;
    for (const title of ['Jobs', 'Careers at Register Dynamics', 'Open positions', 'Available Positions', 'Who we are hiring', "We're hiring!", 'Engineering Jobs', 'Open Application', 'Initiativbewerbung']) {
      const found = await runRule(requiredSections, page(title), { allowEmpty: true }, 'jobs/index.md');
      expect(found.map((m) => [m.expected?.[0], m.infoOnly === true, m.reason.includes(`whose title (\`${title}\`) names a page of several jobs or roles`)])).toEqual([
        ['Responsibilities', true, true],
        ['Requirements', true, true],
      ]);
    }
    // A team's name before the word (`BuzzFeed Design Recruiting`) names such a page too; a job's title does not.
    expect(['BuzzFeed Design Recruiting', 'Engineering Jobs', 'Acme Careers'].every((t) => openingsTitle.test(t))).toBe(true);
    // So does a Japanese, Chinese or Korean title ending in the words for jobs' or hiring information (a software company's jobs README, held out).
    expect(['株式会社クラフトマンソフトウェアのお仕事情報', '採用情報', '招聘信息', '채용 정보'].every((t) => openingsTitle.test(t))).toBe(true);
    expect(['バックエンドエンジニア', '招聘专员'].some((t) => openingsTitle.test(t))).toBe(false);
    expect(['Senior Recruiter', 'Recruiting Coordinator', 'Jobs to be done framework guide'].some((t) => openingsTitle.test(t))).toBe(false);
    const post = await runRule(requiredSections, page('Senior Data Engineer'), { allowEmpty: true }, 'jobs/index.md');
    expect(post.map((m) => [m.expected?.[0], m.infoOnly === true])).toEqual([
      ['Responsibilities', false],
      ['Requirements', false],
    ]);
    // A kind set in the frontmatter is checked as set.
    const set = await runRule(requiredSections, page('Jobs').replace('title: Jobs', 'title: Jobs\nkind: job-post'), { allowEmpty: true }, 'jobs/index.md');
    expect(set.map((m) => m.infoOnly === true)).toEqual([false, false]);
  });

  it('reports what an inferred post lacks as `info` where the page says there is no opening now', async () => {
    // A non-profit's jobs page (held out): an open call for later, not a post.
    const page = (sentence: string) => `---
title: Senior Data Engineer
---

Thanks for your interest. ${sentence} To apply, send your CV and a cover letter to jobs@example.com; applications are open all year for remote, full time work.

## Why work with us?

You will be part of a small team of specialists.
`;
    for (const sentence of ['We are not actively hiring at this time.', "We don't have any roles open at the moment.", 'There are no open positions right now.']) {
      const found = await runRule(requiredSections, page(sentence), { allowEmpty: true }, 'jobs/index.md');
      expect(found.map((m) => [m.expected?.[0], m.infoOnly === true, m.reason.includes('which says there is no opening now')])).toEqual([
        ['Responsibilities', true, true],
        ['Requirements', true, true],
      ]);
    }
    // No opening of another kind (`no roles for juniors`) leaves a post a post.
    const post = await runRule(requiredSections, page('We have no roles for juniors.'), { allowEmpty: true }, 'jobs/index.md');
    expect(post.map((m) => m.infoOnly === true)).toEqual([false, false]);
  });
});

describe('required-sections: a document in a language whose titles it does not read', () => {
  it('reports a section not found as `info`, naming the language (Dutch), not as an error', async () => {
    const dutch = '---\ntitle: Commercial Buyer Manager\n---\n\nDan zijn wij op zoek naar jou! Het is een pré als je een netwerk hebt en je bent een echte teamplayer.\n\n#### Wat ga je voor ons doen?\n\n- Je bent het eerste aanspreekpunt voor leveranciers;\n- Je gaat proactief om met nieuwe trends en je weet deze om te zetten naar kansen voor het team;\n\n#### Wat verwachten wij van jou?\n\n- Een HBO diploma en werk- en denkniveau;\n- Je bent een relatieman en een sterke onderhandelaar met een netwerk van leveranciers in de wereld van het online veilen;\n';
    const messages = await runRule(requiredSections, dutch, { kind: 'job-post', allowEmpty: true });
    expect(messages.map((m) => [m.expected?.[0], m.infoOnly === true, /seems to be in Dutch/.test(m.reason)])).toEqual([
      ['Responsibilities', true, true],
      ['Requirements', true, true],
    ]);
    // The same post in English titles is read, and lacks nothing.
    expect(await runRule(requiredSections, dutch.replace('Wat ga je voor ons doen?', 'Responsibilities').replace('Wat verwachten wij van jou?', 'Requirements'), { kind: 'job-post', allowEmpty: true })).toEqual([]);
  });
});

describe('required-sections: what a section holds shows it, where no title names it', () => {
  it('a list of duties is Responsibilities, a list of qualifications Requirements, a list about leading people Leadership', async () => {
    const doc = '# Role\n\n## Overview\n\n- Own the roadmap.\n- Plans and prioritises releases.\n- Reviewing designs.\n\n## Who\n\n- 5+ years of experience with Go\n- Strong knowledge of SQL\n- You have shipped a product\n\n## Team\n\n- Lead a team of five engineers\n- Hire and grow the team\n';
    expect(await missing(doc)).toEqual([]);
    expect(await missing(doc.replace(/- Lead a team.*\n- Hire.*\n/, '- Ships.\n- Talks.\n'))).toEqual(['Leadership']);
    // Items that grow people, whatever their verb: mentorship of team members, their career paths; not a review of code.
    const grows = doc.replace(/- Lead a team.*\n- Hire.*\n/, '- Provide technical guidance and mentorship to team members.\n- Manage the technical career paths and structure of the engineering teams.\n- Talks.\n');
    expect(await missing(grows)).toEqual([]);
    expect(await missing(grows.replace('mentorship to team members', 'code reviews to the platform').replace('career paths and structure of the engineering teams', 'build pipelines'))).toEqual(['Leadership']);
  });

  it('a sentence of the frontmatter stating duties shows Responsibilities, as one of the text does (a post kept as data)', async () => {
    const post = (description: string) => `---\ntitle: Data Analyst\nlocation: St. Louis, MO\ndescription: ${description}\nrequirements:\n  - 3+ years of data analysis experience\n  - Proficiency in SQL, Python, or R\n  - Strong analytical skills\n---\n`;
    expect(await runRule(requiredSections, post('Financial services firm seeking a Data Analyst to transform business data into actionable insights.'), { kind: 'job-post', allowEmpty: true })).toEqual([]);
    expect((await runRule(requiredSections, post('A financial services firm in the heart of the city, with a friendly team.'), { kind: 'job-post', allowEmpty: true })).map((m) => m.expected?.[0])).toEqual(['Responsibilities']);
    // So does one stating requirements, without a list of them.
    const asks = (sentence: string) => `---\ntitle: Data Analyst\ndescription: You will transform business data into insights. ${sentence}\n---\n`;
    expect(await runRule(requiredSections, asks('Candidates must have five years of experience with SQL.'), { kind: 'job-post', allowEmpty: true })).toEqual([]);
    expect((await runRule(requiredSections, asks('The office is in the heart of the city.'), { kind: 'job-post', allowEmpty: true })).map((m) => m.expected?.[0])).toEqual(['Requirements']);
  });

  it('`Evidence of…` items are qualifications', async () => {
    const post = (first: string) => `# Research Manager\n\n## What will I be doing?\n\n- Develop our research.\n- Present reports.\n\n**How will I be set up for success?**\n\n- ${first}\n- An author of research reports\n- Interested in the culture of gaming\n- Global leadership experience, seasoned in transformation\n- Experience partnering with agencies\n\n## Leadership\n`;
    expect(await missing(post('Evidence of an in-depth knowledge of gaming'))).toEqual([]);
    expect(await missing(post('A love of an in-depth knowledge of gaming'))).toEqual(['Requirements']);
  });

  it('items about leading people, one in each of two lists, show Leadership; whom a verb leads is read after the verbs joined to it', async () => {
    const post = (first: string, second: string) =>
      `# Head of Operations\n\n## Duties\n\n**Customer Service:**\n\n- Set up efficient business processes.\n- ${first}\n- Plan the workforce.\n- Steer on KPIs.\n\n**Supply Operations:**\n\n- Optimize our supplier onboarding.\n- ${second}\n- Create training materials.\n- Send business updates.\n\n## Requirements\n\n- 5 years of experience in management.\n`;
    expect(await missing(post('Manage, coach and expand an international customer service team.', 'Manage and coach and expand an international operations team.'))).toEqual([]);
    // One such item in the whole post, or verbs of no leading before the team, show none.
    expect(await missing(post('Manage, coach and expand an international customer service team.', 'Report to the board.'))).toEqual(['Leadership']);
    expect(await missing(post('Support, document and expand an international customer service team.', 'Set up and expand an international operations team.'))).toEqual(['Leadership']);
  });

  it('clauses an item joins by semicolons count as duties each: two about leading people show Leadership', async () => {
    // An archive's post for an assistant director (held out): one long item of the leader's duties.
    const post = (item: string) => `# Assistant Director for Access\n\n## Responsibilities\n\n- Manages all aspects of the Access program.\n- ${item}\n- Proposes and implements policies for the reading room.\n- Collaborates with other teams.\n- Oversees the imaging services.\n\n## Qualifications\n\n- 5 years of experience in archives.\n`;
    expect(await missing(post('Builds, leads, and supports the members of the Access team through its goals; provides performance management; and delegates work and empowers individuals to show initiative.'))).toEqual([]);
    expect(await missing(post('Builds, leads, and supports the members of the Access team through its goals, and provides performance management.'))).toEqual(['Leadership']);
  });

  it('a list of items telling the reader what they do, in the present, is a list of duties; what they have or bring is not', async () => {
    const post = (items: string) => `# Recruiter\n\n## What you can expect from us\n\n${items}\n\n## Requirements\n\n- Experience in recruiting\n\n## Leadership\n`;
    expect(await missing(post('- Discover talents! You recruit specialists and managers.\n- You conduct interviews with candidates.\n- You also negotiate contract offers.'))).toEqual([]);
    expect(await missing(post('- You have many years of experience.\n- You bring a network of candidates.\n- You love data.'))).toEqual(['Responsibilities']);
  });

  it('`What you should bring along` titles requirements; `Very good knowledge of…` items are qualifications', async () => {
    const post = (title: string, items: string) => `# Content Director\n\n## Your tasks\n\n- Own the content strategy\n- Plan the editorial calendar\n\n## ${title}\n\n${items}\n\n## Leadership\n`;
    expect(await missing(post('What you should bring along:', '- Curiosity'))).toEqual([]);
    expect(await missing(post('Also', '- Very good knowledge of online marketing\n- Very strong writing\n- Experience in brand development'))).toEqual([]);
    expect(await missing(post('Also', '- A Berlin office\n- Remote days'))).toEqual(['Requirements']);
    // `Some experience with…`, `Some familiarity/experience with…`: qualifications asked for in part.
    expect(await missing(post('Helpful:', '- Some familiarity/experience with web development\n- Some experience with git'))).toEqual([]);
    expect(await missing(post('Also', '- Some of the team work remotely\n- Some days we meet in Berlin'))).toEqual(['Requirements']);
    // `You've…` and `You're…` as `You have…` and `You are…`, with a straight or a curly apostrophe.
    for (const apostrophe of ["'", '’']) {
      expect(await missing(post('We hope that:', `- You${apostrophe}ve shipped software for 4+ years\n- You${apostrophe}re at home on the command line\n- You think culture is built`))).toEqual([]);
    }
  });

  it('a list of nouns of action and what they act on is a list of duties, as German posts and their English versions write them', async () => {
    const post = (items: string) => `# Content Manager\n\n## Was dich bei uns erwartet\n\n${items}\n\n## Dein Profil\n\n- Erfahrung mit CMS\n\n## Führung\n`;
    expect(await missing(post('- Pflege, Aktualisierung und technische Weiterentwicklung der Portale\n- Erstellung von Dokumentationen\n- Verfassen von Artikeln'))).toEqual([]);
    expect(await missing(post('- Maintenance of the online portals\n- Preparation of documentation\n- Support in the optimisation of processes'))).toEqual([]);
    // The same heading over what is offered shows no duties.
    expect(await missing(post('- Ein schlagkräftiges Team von 15 Leuten\n- Flache Hierarchien\n- Interessante Aufgaben in vielen Bereichen'))).toEqual(['Responsibilities']);
    // French, Spanish and Portuguese posts list them so too; what they offer is no duty.
    expect(await missing(post('- L’analyse du besoin ;\n- La conception et mise en œuvre des solutions techniques\n- Le développement d’API micro-service\n- L’optimisation des performances'))).toEqual([]);
    expect(await missing(post('- Gestión de proveedores\n- Elaboración de informes mensuales\n- Seguimiento de los proyectos'))).toEqual([]);
    expect(await missing(post('- Elaboração de relatórios\n- Gestão de fornecedores\n- Acompanhamento dos projetos'))).toEqual([]);
    expect(await missing(post('- Tickets restaurants : 9,25 €\n- Complémentaire santé prise en charge à 100 %\n- Participation à la vie de la coopérative'))).toEqual(['Responsibilities']);
  });

  it('a list under a title naming the role counts as duties where two of its items or more are duties', async () => {
    const post = (title: string, items: string) => `# Android Developer (f/m/d)\n\n## Your profile\n\n- 3+ years of experience with Kotlin\n- Strong knowledge of Android\n\n## ${title}\n\n${items}\n\n## Leadership\n`;
    const mixed = '- Build new features for our Android app.\n- Join in with cross-functional teams.\n- A chance to enrich our team.\n- Continuously discover and implement new technologies.\n- You like to learn about new technologies.\n- You have a decent level of English.';
    expect(await missing(post('Your roles', mixed))).toEqual([]);
    // Under another title, or with one duty only, the list shows no duties.
    expect(await missing(post('Nice to have', mixed))).toEqual(['Responsibilities']);
    expect(await missing(post('Your roles', '- Build new features for our Android app.\n- A chance to enrich our team.\n- You like to learn.'))).toEqual(['Responsibilities']);
  });

  it('a run of three duties or qualifications in one list counts, as a paste that lost its section titles holds them', async () => {
    // `●` lines pasted from a document read as one list; `**Requirements**\` stayed inside an item.
    const paste = "---\ntitle: Frontend Developer\n---\nWe are looking for a developer.\\\n● Develop modern interfaces.\\\n● Implement the public sites.\\\n● Write clean, reusable code.\\\n\\\n**Requirements**\\\n● 3 years of experience with React.\\\n● Strong knowledge of CSS.\\\n● Experience with Git.\\\n● Good understanding of PHP.\\\n● Knowledge of testing tools.\\\n";
    expect(await missing(paste)).toEqual(['Leadership']);
    expect(await missingByKind(paste, 'jobs/frontend.md')).toEqual([]);
    // Two duties among the qualifications, not in a row of three, show no Responsibilities.
    expect(await missing(paste.replace('● Implement the public sites.\\\n', '● Experience with Vue.\\\n'))).toEqual(['Responsibilities', 'Leadership']);
  });

  it('a sentence stating them counts too ("Success in this role requires…", "You will plan…"), an article on the job does not', async () => {
    expect(await missing('# Role\n\nYou will plan releases. Success in this role requires five years of Go.\n\n## Leadership\n')).toEqual([]);
    expect(await missing('# Role\n\nBecoming a CTO takes a great deal of experience, and the role has a long history.\n\n## Leadership\n')).toEqual(['Responsibilities', 'Requirements']);
    // What the employer needs of a thing, not of a person, states no requirement.
    expect(await missing('# Role\n\nYou will plan releases. We need a process that takes less time.\n\n## Leadership\n')).toEqual(['Requirements']);
    // What the employer looks for or would like to see in a thing is no requirement of the person.
    expect(await missing('# Role\n\nYou will plan releases. We look for ways to cut costs, and we would love to see the office full.\n\n## Leadership\n')).toEqual(['Requirements']);
    // What applicants will be told or given is no requirement of them.
    expect(await missing('# Role\n\nYou will plan releases. Applicants will be notified by email and will have the chance to ask questions.\n\n## Leadership\n')).toEqual(['Requirements']);
    expect(await missing('# Role\n\nYou will plan releases.\nEducation requirements: The candidate is expected to be studying towards a degree in physics.\n\n## Leadership\n')).toEqual([]);
    expect(await missing('# Role\n\nYou will plan releases. The successful candidate will be able to demonstrate good knowledge of networks.\n\n## Leadership\n')).toEqual([]);
    expect(await missing('# Role\n\nYou will plan releases. We are looking for an experienced full-stack engineer who has built Rails applications.\n\n## Leadership\n')).toEqual([]);
    // Candidates sought, and qualifications that a sentence lists, state requirements in prose.
    for (const sentence of [
      'We are seeking candidates with a PhD in physics.',
      'Excellent candidates are sought with experience of cloud platforms.',
      'Essential qualifications include experience in running simulations.',
      'We need a collaborator who takes the initiative with our advisers.',
      'We need engineers that are happy to explain their choices.',
      'You will be experienced with modern business practice.',
      'Applicants will possess a relevant PhD in mathematics.',
      'The ideal candidate would have experience with R and C++.',
      'We are particularly interested in applicants who can demonstrate an interest in local history.',
      'Interns must be able to work one four-hour shift on Wednesdays.',
      'The fellowship is open to early career research individuals anywhere in the world.',
      'We are interested in individuals who are enthusiastic about modelling research.',
      // A soft-matter lab's posts (held out): candidates sought with what they bring, an acronym between.
      'We seek applicants with training in rheology or biophysics.',
      'We are looking for an early career researcher (ECR) with expertise in optics.',
      // A handbook's office manager post and a start-up's one-paragraph post (held out).
      "We'd love to see experience with office management and event planning.",
      'As with any team member, we also look for character strengths such as gratitude.',
      'You are an experienced Ruby and JavaScript developer.',
      // A research-data non-profit's executive director post (held out).
      'Candidates will bring a variety of experiences and attributes, including budget management.',
      // A student newspaper's editor post (held out).
      'The position will require approximately 10-15 hours per week.',
      // A climate community's summaries of other employers' posts (held out): whom they look for, years of experience.
      'They are looking for a hands-on, AI-native developer with strong TypeScript experience.',
      'You will benefit from experience with AI-models for image classification (2+ years).',
      'We ask for 5+ years of relevant experience.',
    ]) {
      expect(await missing(`# Role\n\nYou will plan releases. ${sentence}\n\n## Leadership\n`)).toEqual([]);
    }
    // `You'll`, with a straight or a curly apostrophe, as `You will`; in a list item too.
    for (const youll of ["You'll", 'You’ll']) {
      expect(await missing(`# Role\n\nAs our designer, ${youll.toLowerCase()} plan releases.\n\n## Requirements\n\n## Leadership\n`)).toEqual([]);
      expect(await missing(`# Role\n\n## Notes\n\n- ${youll} own the roadmap.\n- ${youll} review designs.\n\n## Requirements\n\n## Leadership\n`)).toEqual([]);
    }
    // What the employer will do (`we will set up an interview`) is no duty of the role; what the chair will do is.
    const process = (who: string) => `# Role\n\nIf the task goes well, ${who} set up a final interview.\n\n## Requirements\n\n## Leadership\n`;
    expect(await missing(process('we will'))).toEqual(['Responsibilities']);
    expect(await missing(process("we'll"))).toEqual(['Responsibilities']);
    expect(await missing(process('the chair will'))).toEqual([]);
    // A duty told in the progressive (`you will be shaping`), a verb of duties in -ing after `be`; not a state (`be happy`).
    const summary = (sentence: string) => `# Role\n\n## Quick summary\n\nWe are a young team. ${sentence}\n\n## Requirements\n\n## Leadership\n`;
    expect(await missing(summary('You will be shaping our checkout by creating its first services.'))).toEqual([]);
    expect(await missing(summary('You will be happy here, in a team that cares.'))).toEqual(['Responsibilities']);
    expect(await missing(summary('Your time will be split between the maintenance of our applications and the development of new ones.'))).toEqual([]);
    // What the reader's role is to do (`Your role would be to find…`); not what the role is like.
    expect(await missing(summary('Your role would be to identify the best developers and get in touch with them.'))).toEqual([]);
    expect(await missing(summary('Your role will be key to our growth.'))).toEqual(['Responsibilities']);
    // ... or the objective of whom the post is for (`whose primary objective will be to contribute…`).
    expect(await missing(summary('This role is for a developer whose primary objective will be to contribute towards our staking systems.'))).toEqual([]);
    expect(await missing(summary('Our primary objective is to grow the community.'))).toEqual(['Responsibilities']);
    // `You'll get to` a verb of duties: what the job gives the reader to do.
    expect(await missing(summary("You'll get to share your ideas on serverless via our blog and events."))).toEqual([]);
    expect(await missing(summary("You'll get to know the team first."))).toEqual(['Responsibilities']);
  });

  it('a German sentence stating duties counts, one that asks or offers does not', async () => {
    const post = (sentence: string) => `# Berater*in\n\n${sentence}\n\n## Dein Profil\n\n- Kenntnisse im Asylrecht\n\n## Führung\n`;
    for (const duty of [
      'Als Teil unseres Teams informierst und berätst du Geflüchtete zu Asyl und Aufenthalt.',
      'Du koordinierst die Beratung und dokumentierst die Fälle.',
      'Zu deinen Aufgaben gehört die Beratung von Geflüchteten.',
      'Sie sind verantwortlich für die Beratung.',
    ]) expect(await missing(post(duty))).toEqual([]);
    for (const other of ['Bringst du Erfahrung mit? Hast du Lust auf Beratung?', 'Bei uns lernst du viel und bekommst du ein Jobticket.']) {
      expect(await missing(post(other))).toEqual(['Responsibilities']);
    }
  });

  it('a sentence saying what the people in the role are involved in, or whom the post seeks to do what, states duties', async () => {
    const post = (sentence: string) => `# Software Developer Internship\n\n## About the role\n\n${sentence}\n\n## Requirements\n\n- A degree in computing\n\n## Leadership\n`;
    for (const duty of [
      'Interns are involved in the full software cycle and work closely with every team.',
      'You’ll be involved in planning each release.',
      'I am in need of an intern to develop and deploy an application for a research project.',
      'We are looking for someone to maintain our data pipelines.',
      'We’re looking for a full-time Django/React Developer to create beautiful web apps.',
      "We seek a Digital Project Manager to manage the day-to-day timeline of the Hall's archives project.",
      'The initial focus of the position will be on COVID-19, then on other diseases.',
      'His responsibilities will include support for iOS clients and the SDK.',
      'Our fast growing team needs a Senior Node.JS developer to direct calls to our messaging platform.',
      'The company behind Bela is seeking to hire an Embedded Software Engineer to help us create the next generation of the platform.',
    ]) expect(await missing(post(duty))).toEqual([]);
    for (const other of ['We are looking for engineering interns with embedded experience to join the company.', 'You can get involved in our charity days.', 'We are hiring for the summer.', 'The focus of our company is on health.']) {
      expect(await missing(post(other))).toEqual(['Responsibilities']);
    }
  });

  it('a section telling the reader what they do, in the present, twice or more, states duties; what they have or are does not', async () => {
    const page = (body: string) => `# Delivery Coach\n\n## Role\n\n${body}\n\n## Requirements\n\n- Experience with agile teams\n\n## Leadership\n`;
    for (const duty of [
      'As a coach, you serve the delivery teams. You help them find and remove what slows them down.',
      'You design the release process.\n\nYou also facilitate the retrospectives.',
    ]) expect(await missing(page(duty))).toEqual([]);
    for (const other of [
      // Once only, or verbs of having, being and liking.
      'As a coach, you serve the delivery teams.',
      'You have coached teams before. You bring patience, and you love a good retrospective.',
      // Twice, but under two titles: no one section tells it.
      'You design the release process.\n\n## Culture\n\nYou help a charity of your choice each year.',
    ]) expect(await missing(page(other))).toEqual(['Responsibilities']);
  });

  it('French and Spanish duties: items led by an infinitive, a sentence telling the reader what they will do', async () => {
    const post = (body: string) => `# Développeur·se\n\n## Le poste\n\n${body}\n\n## Profil recherché\n\n- Python\n\n## Leadership\n`;
    expect(await missing(post('- Concevoir et développer le produit\n- Animer la communauté\n- Représenter l’équipe lors d’événements'))).toEqual([]);
    expect(await missing(post('- Diseñar y mantener la API\n- Colaborar con el equipo'))).toEqual([]);
    for (const duty of [
      'Vous serez en charge de construire le produit.',
      'Vous serez amené·e·s à travailler en équipe.',
      'Intégré.e à l’équipe, vous participerez au développement d’OpenEdx.',
      'Tu animeras la communauté des utilisateurs.',
      'Votre rôle sera de piloter les déploiements.',
      // Of the person hired, as posts written for a listing say it.
      'Il/elle participera au développement d’outils d’édition.',
      'Il/elle sera également chargé(e) du déploiement des serveurs.',
      'L’animateur·trice est chargé·e en priorité de l’animation de l’exposition permanente.',
      // Of whom the post seeks (a magazine's post for a reporting team, held out).
      'Le magazine recherche une équipe professionnelle chargée de réaliser un ensemble de reportages.',
      'La personne recrutée aura pour mission de maintenir le site.',
      'Le/la volontaire aura pour mission de **participer au développement** du projet.',
      'Le second poste aura pour objectif de dynamiser les actions du café culturel.',
      'Vous intervenez pour un client majeur et aurez pour missions de maintenir ses serveurs.',
      // Portuguese: the reader, or the person hired, will be responsible for.
      'Você será responsável por garantir que o produto seja robusto.',
      '- Atuará em um projeto e será responsável por tarefas de desenvolvimento;\n- Leitura de histórias e requisitos;',
      // Spanish: what the reader will do, in the future, a pronoun joined to the verb; what they will be in charge of.
      'Vas a ayudarnos a definir el producto y diseñar la identidad de la marca.',
      'Coordinarás el equipo de soporte desde Buenos Aires.',
      'Serás responsable de mantener la infraestructura.',
    ]) expect(await missing(post(duty))).toEqual([]);
    for (const other of ['- Des locaux à Paris\n- Un CDD de 12 mois', 'Nous recrutons un chargé de communication.', 'Vous avez une expérience réussie. Vous êtes à votre aise en équipe.', 'Il a vocation à être prolongé. Elle est installée à Marseille.', 'Vas a encontrar un equipo diverso. Jamás te aburrirás.']) {
      expect(await missing(post(other))).toEqual(['Responsibilities']);
    }
  });

  it('lists in the frontmatter count, a ladder level keeping its criteria there', async () => {
    const level = '---\ntitle: Senior Engineer (L4)\nkind: ladder-level\ncompetencies:\n  delivery:\n    - Ships features end to end\n    - Breaks down large projects\n    - Reviews others\' code\n---\n\nSee the framework.\n';
    expect(await missingByKind(level)).toEqual([]);
    expect(await missingByKind(level.replace(/competencies:[\s\S]*?(?=---)/, ''))).toEqual(['Expectations']);
  });

  it('the Markdown a frontmatter string keeps for the site to render counts: its titled lists of bullets', async () => {
    const post = (deliverables: string) => `---\nkind: job-post\ntitle: UX Engineer\ndeliverables: "${deliverables}"\n---\n\nWe are hiring.\n\n* Design the components\n* Work with engineers on the design system\n`;
    expect(await missingByKind(post('**What we expect**\\r\\n* Great communication skills\\r\\n* Experience with design systems\\r\\n\\r\\n**Nice to have**\\r\\n* German'))).toEqual([]);
    // One bullet, or bullets under a title that names no section, show nothing.
    expect(await missingByKind(post('**What we expect**\\r\\n* Great communication skills'))).toEqual(['Requirements']);
    expect(await missingByKind(post('**Our office**\\r\\n* Berlin\\r\\n* Remote days'))).toEqual(['Requirements']);
  });

  it('a paste whose title is in the frontmatter takes its first bold line for a section title, not the document\'s', async () => {
    const post = '---\nkind: job-post\ntitle: UX intern\n---\n\n**Your Duties**\n\n* Coffee and tea.\n* A quiet office.\n\n**About you**\n\n* You have a degree in design.\n* You have experience in user research.\n';
    expect(await missingByKind(post)).toEqual([]);
    // Without the frontmatter title the first line is the document's own title, and names no section.
    expect(await missingByKind(post.replace('title: UX intern\n', ''))).toEqual(['Responsibilities']);
  });

  it('a duty led by an adverb (`Iteratively improve`) is a duty', async () => {
    const post = (items: string) => `---\nkind: job-post\n---\n\n# UX intern\n\n## Requirements\n\n- A degree.\n\n## Day by day\n\n${items}`;
    expect(await missingByKind(post('- Iteratively improve features with engineers.\n- Distill complex ideas into prototypes.\n'))).toEqual([]);
    expect(await missingByKind(post('- Fully remote, with a laptop.\n- Weekly lunches together.\n'))).toEqual(['Responsibilities']);
  });

  it('a list of links (a table of contents) is no content', async () => {
    const level = '---\nkind: ladder-level\n---\n\n# Principal\n\n- [Leadership](#leadership)\n- [Technical](#technical)\n- [Values](#values)\n\n## Leadership\n\n## Technical\n';
    expect(await missingByKind(level)).toEqual(['Expectations']);
  });
});

describe('required-sections: the sections of each kind', () => {
  it('asks nothing of a maintainers roster titled for its people, though its path and title name a role', async () => {
    const roster = [
      '# Maintainers',
      '',
      'The project [has several roles](./ROLES.md) with their own permissions. For the foundation, its maintainers are the',
      'working group leads and the steering committee members, listed below with the company each works for.',
      '',
      '| Maintainer | Company Affiliation |',
      '| --- | --- |',
      ...['aliok', 'cardil', 'dprotaso', 'matzew', 'skonto', 'nainaz'].map((handle) => `| ${handle} | Independent |`),
      '',
    ].join('\n');
    expect(await missingByKind(roster, 'MAINTAINERS.md')).toEqual([]);
  });

  const post = "---\nkind: job-post\n---\n\n# Backend Engineer\n\n## What you'll do\n\n- Build APIs.\n\n## What we're looking for\n\n- Go.\n";

  it('a job post needs Responsibilities and Requirements; Leadership only of a role that leads people', async () => {
    expect(await missingByKind(post)).toEqual([]);
    expect(await missingByKind(post.replace(/## What we're looking for\n\n- Go.\n/, ''))).toEqual(['Requirements']);
    expect(await missingByKind(post.replace('Backend Engineer', 'Director of Engineering'))).toEqual(['Leadership']);
    expect(await missingByKind(post.replace('Backend Engineer', 'Engineering Manager').replace('- Build APIs.', '- Build APIs.\n\n### People leadership\n\n- Coach the team.'))).toEqual([]);
    for (const ic of ['Product Manager', 'Product Marketing Manager', 'Senior Designer', 'Tech Lead', 'Intern']) expect(await missingByKind(post.replace('Backend Engineer', ic))).toEqual([]);
    // Whom a role serves is not the role it holds; a leader for a team still leads.
    for (const aide of ['Executive Assistant to the Chief Operating Officer', 'Executive Assistant (to the CEO)', 'Analyst supporting the VP of Sales']) {
      expect(await missingByKind(post.replace('Backend Engineer', aide))).toEqual([]);
    }
    expect(await missingByKind(post.replace('Backend Engineer', 'Director for Europe'))).toEqual(['Leadership']);
    expect(await missingByKind(post.replace('Backend Engineer', 'Engineering Manager'))).toEqual(['Leadership']);
  });

  it('a manager named by the function run (`Sales Manager`) leads people only where the post asks it to', async () => {
    for (const title of ['Marketing Manager', 'Junior Sales Manager', 'People Operations Manager']) expect({ title, missing: await missingByKind(post.replace('Backend Engineer', title)) }).toEqual({ title, missing: [] });
    // Staff named by what the role works with, or leading asked as experience, ask no one to be led.
    expect(await missingByKind(post.replace('Backend Engineer', 'People Operations Manager').replace('- Build APIs.', '- Manages office workflow in coordination with building staff.').replace('- Go.', '- Proven leadership abilities with experience in managing remote teams.'))).toEqual([]);
    // `direct` is no one led (`develop … direct interactions`); `direct reports` are.
    expect(await missingByKind(post.replace('Backend Engineer', 'Partner Marketing Manager').replace('- Build APIs.', 'You will develop working relationships and direct interactions with partners.\n\n- Build APIs.'))).toEqual([]);
    expect(await missingByKind(post.replace('Backend Engineer', 'Sales Manager').replace('- Build APIs.', 'You will develop your direct reports.\n\n- Build APIs.'))).toEqual(['Leadership']);
    // An item or a sentence that asks to lead people (one is no section on it).
    expect(await missingByKind(post.replace('Backend Engineer', 'Marketing Manager').replace('- Build APIs.', '- Build APIs.\n- Hire and coach a team of four marketers.'))).toEqual(['Leadership']);
    expect(await missingByKind(post.replace('Backend Engineer', 'Sales Manager').replace('- Build APIs.', 'You will manage the sales team and its pipeline.\n\n- Build APIs.'))).toEqual(['Leadership']);
    expect(await missingByKind(post.replace('Backend Engineer', 'Design Manager').replace('- Build APIs.', "Role responsibilities You'll be leading a team of designers to produce high quality design.\n\n- Build APIs."))).toEqual(['Leadership']);
    // ... told as a chance given, its verbs joined (a start-up's post, held out).
    expect(await missingByKind(post.replace('Backend Engineer', 'Marketing Manager').replace('- Build APIs.', "As we grow, you'll have the opportunity to build, lead and grow a marketing team.\n\n- Build APIs."))).toEqual(['Leadership']);
  });

  it('a director seated on a board governs with it and leads no one; an executive director who reports to the board leads', async () => {
    const page = (title: string, intro: string) => `---\nkind: role-page\n---\n\n# ${title}\n\n${intro}\n\n## Responsibilities\n\n- Represent the project.\n`;
    expect(await missingByKind(page('Foundation Project Director', 'A Project Director is one of five project members who serve on the Board of Directors of the Foundation.'))).toEqual([]);
    expect(await missingByKind(page('Board Director', 'Each director sits on the board for two years.'))).toEqual([]);
    expect(await missingByKind(page('Executive Director', 'The Executive Director reports to the Board of Directors and runs the staff.'))).toEqual(['Leadership']);
    // A chief is a leader wherever they sit.
    expect(await missingByKind(page('Chief Executive Officer', 'The CEO serves on the Board of Directors.'))).toEqual(['Leadership']);
  });

  it('the role is the frontmatter\'s title, not a bold first line a paste made a title (`**Reports to:** VP of Sales`)', async () => {
    const body = "**Reports to:** VP of Sales\n\n**What you'll do**\n\n- Build the pipeline.\n- Close deals.\n\n**What you bring**\n\n- 5+ years of experience in sales.\n- Strong knowledge of CRM tools.\n";
    expect(await missingByKind(`+++\nkind = "job-post"\ntitle = "Account Executive"\n+++\n\n${body}`)).toEqual([]);
    expect(await missingByKind(`+++\nkind = "job-post"\ntitle = "Sales Director"\n+++\n\n${body}`)).toEqual(['Leadership']);
  });

  it('a leader is read in a Japanese title too, written without spaces; a product manager or tech lead there leads no one', async () => {
    for (const leader of ['CSM オペレーションマネージャー', 'エンジニアリングマネジャー', '開発部長', '最高技術責任者 (CTO)', 'チームリーダー（決済）']) {
      expect({ leader, missing: await missingByKind(post.replace('Backend Engineer', leader)) }).toEqual({ leader, missing: ['Leadership'] });
    }
    for (const ic of ['プロダクトマネージャー', 'GitLab のテックリード', 'インシデントリード']) expect({ ic, missing: await missingByKind(post.replace('Backend Engineer', ic)) }).toEqual({ ic, missing: [] });
  });

  it('a role page needs Responsibilities; a ladder level its Expectations; another page nothing', async () => {
    expect(await missingByKind('---\nkind: role-page\n---\n\n# Release lead\n\n## Term\n\nOne cycle.\n')).toEqual(['Responsibilities']);
    expect(await missingByKind('---\nkind: role-page\n---\n\n# Release lead\n\nThe release lead is responsible for the schedule.\n')).toEqual([]);
    expect(await missingByKind('---\nkind: ladder-level\n---\n\n# L4\n\n## Overview\n')).toEqual(['Expectations']);
    expect(await missingByKind('---\nkind: other\n---\n\n# Meetings\n')).toEqual([]);
  });

  it('the kind is read from frontmatter that does not parse, and the message says so', async () => {
    const messages = await runRule(requiredSections, '---\nkind: job-post\ntitle: Analyst: Data\n---\n\n# Analyst\n\n## Duties\n\n- Analyse.\n', { allowEmpty: true });
    expect(messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^Missing section `Requirements` \(required of a job post: frontmatter `kind: job-post` \(read from its line: the frontmatter does not parse\)\)/)]);
  });

  it('a document whose kind is not settled gets no error: at most one info saying how to set its kind', async () => {
    const post = "# Backend Engineer\n\n## What you'll do\n\n- Build the APIs our customers call every day.\n- Keep the billing service fast and safe.\n\n## Benefits\n\n- Remote work from anywhere in Europe.\n- A yearly budget for books.\n";
    const [m, ...more] = await runRule(requiredSections, post);
    expect(more).toEqual([]);
    expect(m?.infoOnly).toBe(true);
    expect(m?.reason).toMatch(/^rolelint cannot tell what kind of document this is \(not settled: it looks most like a job post \(\d+% sure.*\); as a job post it would lack `Requirements`\. Set its kind to check it: `kind: job-post`/);
    // Nothing to say where the guess is no role document, or lacks nothing.
    expect(await runRule(requiredSections, '# Meeting notes\n\nWe met.\n')).toEqual([]);
  });

  it('a document that only points to where it is described (a posting kept as dates and a link) is asked for nothing', async () => {
    const pointer = '---\nkind: job-post\ntitle: "Fellows - Artificial Intelligence"\nopens: 2023-10-30\ncloses: 2023-11-17\ninfo sessions:\n  - date: 2023-11-01\n    time: 12:30pm - 1:30pm ET (9:30am - 10:30am PT)\ninformation link: https://fellows.example.gov/apply/\n---\n';
    expect(await missingByKind(pointer)).toEqual([]);
    // Without the link it is an empty post; with its duties kept as frontmatter data it has text of its own.
    expect(await missingByKind(pointer.replace(/information link: .*\n/, ''))).toEqual(['Responsibilities', 'Requirements']);
    const duties = 'duties:\n  - Analyse the program data and report what it shows to the team.\n  - Design the pipelines that collect the data from every service we run.\n  - Present findings to the leadership team every month, with what to do next.\n';
    // (A short post that links to its application: what it leaves out is advice.)
    expect(await missingByKind(pointer.replace('opens:', `${duties}opens:`))).toEqual(['info: Section `Requirements` is not in this po']);
    expect(await missingByKind(pointer.replace('opens:', `${duties}opens:`).replace('/apply/', '/about/'))).toEqual(['Requirements']);
  });

  it('a frontmatter list whose items are maps of one string (`- qual: You have…`) is a list of those strings', async () => {
    // A mobile studio's posts (held out): a layout's key for each item.
    const post = (qual: string) => `---\nkind: job-post\ntitle: Senior Mobile Engineer\nresponsibilities:\n  - resp: Take part in planning sprint goals.\n  - resp: Communicate with internal teams to plan and build.\nqualifications:\n  - ${qual}: You have contributed original Objective-C code to an iOS project\n  - ${qual}: You have a strong understanding of Cocoa design patterns\n---\n`;
    expect(await missingByKind(post('qual'))).toEqual([]);
    // A map of more than one value is no such item.
    expect(await missingByKind(post('qual').replace(/(  - qual: .*)\n/g, '$1\n    note: x\n'))).toEqual(['Requirements']);
  });

  it('skills a post keeps as frontmatter rated by number (a layout draws them as bars) are its requirements', async () => {
    const post = '---\nkind: job-post\ntitle: Python Developer\nskills:\n  technical:\n    "Python or any other language": 5\n    "CI / CD (e.g. GitHub actions)": 4\n    "Git": 4\n  project:\n    "English language": 4\n    "Communication skills": 3\ntasks:\n- Work on our open-source projects and their users.\n- Create and maintain extensions for our customers.\n---\n\nOur tools are getting more attention every year.\n';
    expect(await missingByKind(post)).toEqual([]);
    // Ratings of anything else name no requirement, and numbers that are no ratings make no list.
    expect(await missingByKind(post.replace('skills:', 'offices:'))).toEqual(['Requirements']);
    expect(await missingByKind(post.replace(/skills:\n  technical:\n(    .*\n)+  project:\n(    .*\n)+/, 'skills:\n  years: 3\n'))).toEqual(['Requirements']);
  });

  it('configured sections are required of every document, whatever its kind', async () => {
    expect((await runRule(requiredSections, '# Notes\n', { sections: [{ name: 'Benefits', aliases: [] }] })).map((m) => m.expected?.[0])).toEqual(['Benefits']);
  });
});

describe('required-sections: who says the kind decides whether a missing section fails the check', () => {
  const post = [
    '# Senior Data Engineer',
    '',
    'We are hiring a Senior Data Engineer to join our team in Berlin. Apply by sending your CV to jobs@example.com.',
    '',
    '## What you will do',
    '',
    '- Build and run our data pipelines',
    '- Own the data warehouse and its models',
    '- Review code and mentor other engineers',
    '',
    '## Benefits',
    '',
    '- Remote work two days a week',
    '- 30 days of paid leave',
    '',
  ].join('\n');
  const severities = async (markdown: string, options?: object) =>
    (await runRule(requiredSections, markdown, options)).map((m) => `${m.expected?.[0]} ${m.warningOnly ? 'warning' : m.infoOnly ? 'info' : 'level'}`);

  it('a kind the model inferred, however sure: a warning at most', async () => {
    expect(await severities(post)).toEqual(['Requirements warning']);
  });

  it("a kind the frontmatter or the configuration states, and configured sections: the rule's level", async () => {
    expect(await severities(`---\nkind: job-post\n---\n${post}`)).toEqual(['Requirements level']);
    expect(await severities(post, { kind: 'job-post' })).toEqual(['Requirements level']);
    expect(await severities(post, { sections: [{ name: 'Requirements' }] })).toEqual(['Requirements level']);
  });

  it("an empty required section: the rule's level, whatever decided the kind", async () => {
    expect(await severities(`${post}\n## Requirements\n`)).toEqual(['Requirements level']);
  });
});

describe('required-sections: the folder a document sits in', () => {
  it.each([
    ['jobs/a.md', '/repo', 'jobs'],
    ['a.md', '/repo/Jobs', 'jobs'],
    ['./a.md', '/repo/jobs', 'jobs'],
    ['../ladders/l1.md', '/repo/jobs', 'ladders'],
    ['/srv/roles/r.md', '/repo', 'roles'],
    ['C:\\repo\\positions\\p.md', 'D:\\elsewhere', 'positions'],
    ['a.md', '/', undefined],
  ])('%s from %s sits in %s, wherever the run started', (path, cwd, folder) => {
    expect(folderOf({ path, cwd })).toBe(folder);
  });

  it.each([
    ['README.md', '/src/jobs', undefined],
    ['a.md', '/src/repo/jobs', 'jobs'],
    ['jobs/a.md', '/src/repo', 'jobs'],
    ['../jobs/a.md', '/src/repo', undefined],
  ])('%s from %s, in the project /src/%s..., sits in %s (the project folder and those above it name nothing)', (path, cwd, folder) => {
    const projectRoot = cwd === '/src/jobs' ? '/src/jobs' : '/src/repo';
    expect(folderOf({ path, cwd, data: { projectRoot } })).toBe(folder);
  });
});

describe('required-sections: one heading naming several sections', () => {
  it('counts each section a joined heading names', async () => {
    expect(await missing('# Role\n\n## Responsibilities & Requirements\n\n- Build APIs in Go\n\n## Leadership and Collaboration\n\n- Mentor\n')).toEqual([]);
    expect(await missing('# Role\n\n## Respnsibilities / Requirments\n\n- Build APIs in Go\n\n## Leadership\n\n- Mentor\n')).toEqual([]);
  });

  it('a joined heading with nothing under it is empty for each', async () => {
    const messages = await runRule(requiredSections, '# Role\n\n## Responsibilities and Requirements\n\n## Leadership\n\n- Mentor\n', { sections: defaultSections });
    expect(messages.map((m) => m.message)).toEqual([
      'Section `Responsibilities` is empty: nothing follows its heading `Responsibilities and Requirements`; write the section, or remove the heading',
      'Section `Requirements` is empty: nothing follows its heading `Responsibilities and Requirements`; write the section, or remove the heading',
    ]);
  });
});

describe('required-sections: headings pasted with invisible characters', () => {
  it('names its section as a reader sees it (invisible-character reports the character)', async () => {
    const doc = '# Role\n\n## Responsi\u00ADbilities\n\n- Build\n\n## Require\u200Bments\n\n- Go\n\n## Leader\u2060ship\n\n- Mentor\n';
    expect(await runRule(requiredSections, doc, { sections: defaultSections })).toEqual([]);
  });
});

describe("required-sections: a repository's own files", () => {
  const covenant = '# Contributor Covenant Code of Conduct\n\n## Our Pledge\n\nWe pledge.\n\n## Enforcement Responsibilities\n\nCommunity leaders enforce it.\n\n## Scope\n\nAll spaces.\n';

  it.each(['CODE_OF_CONDUCT.md', 'docs/code-of-conduct.md', 'CONTRIBUTING.md', '.github/PULL_REQUEST_TEMPLATE/feature.md', '.github/ISSUE_TEMPLATE/bug.md', 'CHANGELOG.md'])('%s is no role document', async (path) => {
    expect(await runRule(requiredSections, covenant, {}, path)).toEqual([]);
  });

  it('a frontmatter `kind:` still wins over the name', async () => {
    expect((await runRule(requiredSections, `---\nkind: job-post\n---\n\n${covenant}`, {}, 'CONTRIBUTING.md')).map((m) => m.expected?.[0])).toEqual(['Requirements']);
  });
});

describe('required-sections: where the finding goes, and what it says', () => {
  const benefits = { sections: [{ name: 'Benefits', aliases: [] }] };

  it('on the first depth-1 heading, spanning it', async () => {
    const [m] = await runRule(requiredSections, 'Intro.\n\n## Responsibilities\n\n# The Title\n\n## Requirements\n', benefits);
    expect(formatMessage(m!)).toMatch(/^5:1-5:12: Missing section `Benefits`/);
  });

  it('on the frontmatter title line when there is no # heading, YAML or TOML', async () => {
    expect(formatMessage((await runRule(requiredSections, '---\nlayout: job\ntitle: "Analyst"\n---\n\n## Duties\n', benefits))[0]!)).toMatch(/^3:1-3:17: /);
    expect(formatMessage((await runRule(requiredSections, '+++\ntitle = "Analyst"\n+++\n\n## Duties\n', benefits))[0]!)).toMatch(/^2:1-2:18: /);
  });

  it('names what was looked for and the titles found, at most six', async () => {
    const body = Array.from({ length: 9 }, (_, i) => `## Part ${i + 1}`).join('\n\n');
    const [m] = await runRule(requiredSections, body, benefits);
    expect(m!.reason).toBe(
      'Missing section `Benefits`: no title names it (such as `Benefits`, as a heading, a bold line or a line ending in a colon); titles found: `Part 1`, `Part 2`, `Part 3`, `Part 4`, `Part 5`, `Part 6` and 3 more',
    );
    const [r] = await runRule(requiredSections, '---\nkind: job-post\n---\n\n# Analyst\n\n## Duties\n\n- Analyse.\n');
    expect(r!.reason).toBe(
      'Missing section `Requirements` (required of a job post: frontmatter `kind: job-post`): no title names it (such as `Requirements`, `Qualifications`, `Minimum qualifications`, as a heading, a bold line or a line ending in a colon) and no list of qualifications (`5+ years of experience`, `Knowledge of SQL`, `You have…`) or sentence stating them (`Candidates must have`) shows it; titles found: `Analyst`, `Duties`',
    );
  });
});

describe('required-sections: a section with nothing under its heading', () => {
  const found = async (markdown: string, options?: object) => (await runRule(requiredSections, markdown, { sections: defaultSections, ...options })).map(formatMessage);

  it('is reported at its heading: nothing before the next heading as high, or only a comment, a rule or a placeholder', async () => {
    const doc = three('## Responsibilities\n\n<!-- list them -->\n\n---\n\n## Requirements\n\nTBD.\n\n## Leadership\n\n[Add leadership expectations here]');
    expect(await found(doc)).toEqual([
      '3:1-3:20: Section `Responsibilities` is empty: nothing follows its heading `Responsibilities`; write the section, or remove the heading',
      '9:1-9:16: Section `Requirements` holds only a placeholder (`TBD.`) under its heading `Requirements`: write the section, or remove the heading',
      '13:1-13:14: Section `Leadership` holds only a placeholder (`[Add leadership expectations here]`) under its heading `Leadership`: write the section, or remove the heading',
    ]);
    expect(await found(doc, { allowEmpty: true })).toEqual([]);
  });

  it('is reported where a line leads into what its heading should hold and nothing follows it', async () => {
    const doc = three('## Responsibilities\n\n- Own the roadmap\n- Plan the releases\n\n## Requirements\n\nThe following skills are expected of every applicant:\n\n## Leadership\n\n- Lead a team of five');
    expect(await found(doc)).toEqual([
      '8:1-8:16: Section `Requirements` holds only a line leading into what is not there (`The following skills are expected of every applicant:`) under its heading `Requirements`: write the section, or remove the heading',
    ]);
    // The list it leads into, written: content.
    expect(await found(doc.replace('applicant:\n', 'applicant:\n\n- Go and SQL\n'))).toEqual([]);
  });

  it.each([
    ['a subheading, which may be the content', '## Requirements\n\n### Python and Go'],
    ['a template include', '## Requirements\n\n{% include requirements.md %}'],
    ['a picture without alt text', '## Requirements\n\n![](ladder.png)'],
    ['an HTML list', '## Requirements\n\n<ul><li>Go</li></ul>'],
    ['a table', '## Requirements\n\n| Skill | Level |\n| --- | --- |\n| Go | 3 |'],
    ['a second heading for the section that has content', '## Requirements\n\n## Qualifications\n\n- Go'],
    ['a deliberate "N/A"', '## Requirements\n\nN/A'],
  ])('is not reported over %s', async (_, requirements) => {
    expect(await found(three(`## Responsibilities\n\n- Build\n\n${requirements}\n\n## Leadership\n\n- Mentor`))).toEqual([]);
  });

  it('a heading right above one of its own level is a label over what follows, judged by what the document holds', async () => {
    const profile = (scope: string) => three(`## Key responsibilities\n\n## Scope\n\n${scope}\n\n## Requirements\n\n- Five years of Go\n\n## Leadership\n\n- Mentor`);
    expect(await found(profile('- Owns the roadmap of a product\n- Plans releases with the team\n- Reviews designs'))).toEqual([]);
    // With no duties anywhere the label is empty, as a section.
    expect(await found(profile('Our offices are in three cities.'))).toEqual([
      '3:1-3:24: Section `Responsibilities` is empty: nothing follows its heading `Key responsibilities`; write the section, or remove the heading',
    ]);
  });

  it('is not judged in a pasted document, where a short line of content may be taken for a title', async () => {
    const paste = 'Senior Engineer\n\nResponsibilities\n\nOwn the billing service.\n\nRequirements\n\nFive years of Go\n\nLeadership\n\nMentors others\n';
    expect(await found(paste)).toEqual([]);
  });
});

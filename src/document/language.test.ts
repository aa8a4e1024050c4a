import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createParser } from '../parse/processor.js';
import { documentLanguage, otherLanguageAt } from './language.js';

const parser = createParser();

async function languageOf(text: string) {
  const file = new VFile({ path: 'jobs/open.md', value: text });
  const tree = parser.parse(file);
  await parser.run(tree, file);
  return documentLanguage(tree, text, file);
}

describe('the language of a document told by its text', () => {
  it('reads Indonesian by its small words, among the English terms its teams write in it', async () => {
    // Invented, in the code-mixed style of an agency's handbook: `untuk`, `dengan`, `dari`, `ini`, `akan`, `harus`, `dalam`.
    const indonesian = '## Designer\n\nUX Designer bertanggung jawab untuk membuat wireframe dengan arahan dari Account Manager. Dokumen ini akan dibahas dalam meeting dengan klien, jadi kamu harus memastikan semua flow sudah jelas dan mudah dipahami oleh pengguna.\n';
    expect(await languageOf(indonesian)).toMatchObject({ language: 'id', by: 'text' });
    // `Jerry Yang`, `Dan`, `the ADA`: names and acronyms English writes are no Indonesian small words.
    const english = '## About us\n\nDan and Jerry Yang founded the company. We make reasonable accommodations under the ADA for every candidate who asks, and we review each application with care.\n';
    expect(await languageOf(english)).toMatchObject({ language: 'en', by: 'text' });
  });

  it('tells which sections of a document read as English are in another language: a post written in German, then in English', async () => {
    const german = 'Wir sind ein junges Team aus Karlsruhe und wir bauen Maschinen, mit denen Beton wiederverwertet werden kann. Du arbeitest mit uns an der Anpassung an die Bedürfnisse der Baubranche und bist von Anfang an dabei.';
    const english = 'We are a young team from Karlsruhe and we build machines that recycle concrete. You will work with us on the needs of the building trade and you will be part of it from the start.';
    const text = `# Ingenieur*in gesucht\n\n${german}\n\n### Deine Aufgaben\n\n${german}\n\n# Engineer wanted\n\n${english}\n`;
    const file = new VFile({ path: 'jobs/engineer.md', value: text });
    const tree = parser.parse(file);
    await parser.run(tree, file);
    const other = otherLanguageAt(tree, text);
    expect(['Ingenieur', 'Deine Aufgaben', 'Engineer wanted', 'We are'].map((words) => other(text.indexOf(words)))).toEqual([true, true, false, false]);
  });

  it('reads a section too short to tell with the sections after it: a heading over its subsections', async () => {
    // A data consultancy's post in German, then English (held out): `## Dein Profil` over `### Voraussetzungen`.
    const german = 'Wir sind ein junges Team aus Karlsruhe und wir bauen Maschinen, mit denen Beton wiederverwertet werden kann. Du arbeitest mit uns an der Anpassung an die Bedürfnisse der Baubranche und bist von Anfang an dabei.';
    const english = 'We are a young team from Karlsruhe and we build machines that recycle concrete. You will work with us on the needs of the building trade and you will be part of it from the start.';
    const text = `# Engineer wanted\n\n${english}\n\n## Dein Profil\n\n### Voraussetzungen\n\n${german}\n\n## Your profile\n\n### Skills\n\n${english}\n`;
    const file = new VFile({ path: 'jobs/engineer.md', value: text });
    const tree = parser.parse(file);
    await parser.run(tree, file);
    const other = otherLanguageAt(tree, text);
    expect(['Dein Profil', 'Voraussetzungen', 'Your profile', 'Skills'].map((words) => other(text.indexOf(words)))).toEqual([true, true, false, false]);
  });

  it('reads a short text whose small words are many and of one language', async () => {
    // 19 words, 8 of them German small words and none of another language's.
    const german = '## Bewerbung\n\nDu hast die passende Stelle nicht gefunden? Dann schick uns deine Unterlagen mit einem kurzen Anschreiben und wir melden uns.\n';
    expect(await languageOf(german)).toMatchObject({ language: 'de', by: 'text' });
  });

  it('reads Chinese and Korean by their scripts, a few Latin names among them', async () => {
    const chinese = '# 安全问题响应工作组工作制度及运作方式\n\n为提升社区对安全问题的快速响应和处理，社区成立安全问题响应工作组。外部漏洞感知：通过漏洞主动爬取、漏洞问题看护等措施，及时感知内外部安全问题。协助修复漏洞：确保及时修复已知漏洞。\n\n+ zhangadong\n+ dengxiaolong\n';
    expect(await languageOf(chinese)).toMatchObject({ language: 'zh', by: 'text' });
    const korean = '# 채용 공고\n\n우리는 함께 일할 소프트웨어 엔지니어를 찾고 있습니다. 주요 업무는 서비스 개발과 운영이며, 팀과 함께 제품을 만들어 갑니다. 자격 요건은 관련 경력 삼 년 이상입니다.\n';
    expect(await languageOf(korean)).toMatchObject({ language: 'ko', by: 'text' });
  });

  it('reads `un` as French and Spanish both: a short French page of links is French', async () => {
    const french = '# Recrutement\n\nPix cherche actuellement :\n- [Un(e) Data Engineer](data.md)\n- [Un(e) développeur(euse) Full-stack JS](dev.md) pour [les équipes](equipes.md)\n\nNos offres sont aussi disponibles sur :\n* [Site de recrutement](https://example.org/)\n* [Job board sur Example](https://example.org/jobs)\n';
    expect(await languageOf(french)).toMatchObject({ language: 'fr', by: 'text' });
    const spanish = '## El puesto\n\nBuscamos un desarrollador que se sume al equipo de datos y que conozca los sistemas del cliente. Es un puesto donde las decisiones se toman como equipo y el trabajo más difícil se comparte.\n';
    expect(await languageOf(spanish)).toMatchObject({ language: 'es', by: 'text' });
  });

  it('reads Portuguese by its own small words (`ao`, `em`, `mais`, `estão`), not those it shares with Spanish', async () => {
    const portuguese = '## Sobre nós\n\nSomos uma empresa de tecnologia com mais de dez anos no mercado. Nossas vagas estão abertas ao público e também às pessoas que estão em outras cidades. Buscamos profissionais que gostem muito de aprender e que tenham interesse em dados, design e produtos digitais.\n';
    expect(await languageOf(portuguese)).toMatchObject({ language: 'pt', by: 'text' });
  });

  it('reads a Portuguese post of noun phrases by the Romance words it shares (`de`, `e`, `da`), and its own', async () => {
    const items = ['Arquitetura de Software: Definição, evolução e governança de arquiteturas escaláveis', 'Gestão de Times de Engenharia: Liderança de equipes multidisciplinares e cultura de feedback', 'Metodologias de Desenvolvimento: Domínio de práticas ágeis (Scrum, Kanban, XP), DevOps e CI/CD', 'Qualidade de Software: Implantação de práticas de testes, automação, code review e monitoramento', 'Cloud Computing: Experiência com AWS, Azure, GCP ou outras plataformas', 'Data Engineering: Integração com times de dados, pipelines e governança da informação'];
    const portuguese = `# Job Description: Head de Engenharia\n\n## Conhecimentos Essenciais\n\n${items.map((i) => `- **${i}**`).join('\n')}\n`;
    expect(await languageOf(portuguese)).toMatchObject({ language: 'pt', by: 'text' });
  });

  it('reads Norwegian, Danish and Swedish by the small words of each, and those Norwegian and Danish share', async () => {
    const norwegian = '## Om rollen\n\nDu skal jobbe i et team sammen med andre utviklere, og du får hjelp og veiledning fra dem. Det forventes at du kan planlegge og gjennomføre arbeid på egen hånd etter hvert. Hva er viktig for deg? Vi tror det er mye å lære, og vi ser etter deg som liker å dele.\n';
    expect(await languageOf(norwegian)).toMatchObject({ language: 'no', by: 'text' });
    const danish = '## Om rollen\n\nDu skal arbejde i et team sammen med andre udviklere, og du får hjælp og vejledning af dem. Det forventes at du kan planlægge og gennemføre meget af arbejdet selv. Hvad er vigtigt for dig? Vi tror der er noget at lære for alle, og vi leder efter en som kan lide at dele ud af sin viden.\n';
    expect(await languageOf(danish)).toMatchObject({ language: 'da', by: 'text' });
    const swedish = '## Om rollen\n\nDu kommer att arbeta i ett team tillsammans med andra utvecklare och får hjälp och handledning av dem. Det är viktigt att du kan planera och genomföra arbetet själv. Vad är viktigt för dig? Vi tror att det finns mycket att lära, och vi söker någon som också gillar att dela med sig.\n';
    expect(await languageOf(swedish)).toMatchObject({ language: 'sv', by: 'text' });
  });

  it('reads Polish by its small words', async () => {
    const polish = '## Oferujemy\n\nPoszukujemy osoby, która jest gotowa do pracy w zespole i nie boi się nowych wyzwań. Praca jest przez cały rok, oraz także w weekendy, jak i w święta. Osoba, który lub która może być konsultantem, czy też doradcą.\n';
    expect(await languageOf(polish)).toMatchObject({ language: 'pl', by: 'text' });
  });

  it('reads Finnish by its small words, not as German by its `ä` and `ö`', async () => {
    // A student nation's administration page (held out).
    const finnish = '## Hallinto\n\nOsakunnan ylin päättävä elin on osakunnan kokous, joka kokoontuu kerran kuussa. Kokouksesta ilmoitetaan viikkoa aiemmin, ja jos kokous on ylimääräinen, niin siitä ilmoitetaan myös sähköpostilla. Hallitus valmistelee asiat, mutta kokous päättää niistä, kun ne ovat valmiita, sekä valitsee virkailijat, jotka hoitavat tehtäviä sääntöjen mukaan.\n';
    expect(await languageOf(finnish)).toMatchObject({ language: 'fi', by: 'text' });
  });

  it("reads a text of noun phrases, with few small words, by its language's own letters", async () => {
    const german = '# Schriftführer\n\nDokumentiert Beschlüsse und Protokolle.\n\n## Ziele / Ergebnisse\n- Protokolle binnen 72h\n- Klare Beschlüsse\n- Versionierte Ablage\n\n## Verantwortlichkeiten\n- Protokollführung\n- Beschlussarchiv\n- Teams-Ablage\n- Offene Beschlüsse pflegen\n\n## Entscheidungsbefugnisse\n- Protokollstruktur\n- Infos einfordern\n\n## Kommunikationswege\n- Teams: Vereinskanal\n- Sitzungsmoderation\n\n## Abgrenzung & Schnittstellen\n- Keine Entscheidungen\n- Alle Rollen\n';
    expect(await languageOf(german)).toMatchObject({ language: 'de', by: 'text' });
    // Swedish writes `ä` and `ö` with `å`: not read as German. An English text with a few names in those letters stays English.
    expect(await languageOf(german.replace('Ablage', 'Åtgärd'))).toMatchObject({ language: undefined });
    const english = '# Team\n\nMeet Jürgen, Zoë and Björn, who run our platform team in Berlin. They plan releases, review designs and mentor new engineers on the team every week.\n';
    expect(await languageOf(english)).toMatchObject({ language: 'en' });
  });

  it('tells nothing from a short text with few small words, or small words of two languages', async () => {
    expect(await languageOf('## Stack\n\nTypeScript, Postgres, Kubernetes und Terraform auf AWS.\n')).toMatchObject({ language: undefined, reason: 'too little text to tell' });
    const mixed = '## Apply\n\nSend us your CV and a short note. Schick uns deine Unterlagen und wir melden uns bei dir.\n';
    expect(await languageOf(mixed)).toMatchObject({ language: undefined, reason: 'too little text to tell' });
  });
});

import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createParser } from '../parse/processor.js';
import { documentLanguage } from './language.js';

const parser = createParser();

async function languageOf(text: string) {
  const file = new VFile({ path: 'jobs/open.md', value: text });
  const tree = parser.parse(file);
  await parser.run(tree, file);
  return documentLanguage(tree, text, file);
}

describe('the language of a document told by its text', () => {
  it('reads a short text whose small words are many and of one language', async () => {
    // 19 words, 8 of them German small words and none of another language's.
    const german = '## Bewerbung\n\nDu hast die passende Stelle nicht gefunden? Dann schick uns deine Unterlagen mit einem kurzen Anschreiben und wir melden uns.\n';
    expect(await languageOf(german)).toMatchObject({ language: 'de', by: 'text' });
  });

  it('reads Portuguese by its own small words (`ao`, `em`, `mais`, `estão`), not those it shares with Spanish', async () => {
    const portuguese = '## Sobre nós\n\nSomos uma empresa de tecnologia com mais de dez anos no mercado. Nossas vagas estão abertas ao público e também às pessoas que estão em outras cidades. Buscamos profissionais que gostem muito de aprender e que tenham interesse em dados, design e produtos digitais.\n';
    expect(await languageOf(portuguese)).toMatchObject({ language: 'pt', by: 'text' });
  });

  it('tells nothing from a short text with few small words, or small words of two languages', async () => {
    expect(await languageOf('## Stack\n\nTypeScript, Postgres, Kubernetes und Terraform auf AWS.\n')).toMatchObject({ language: undefined, reason: 'too little text to tell' });
    const mixed = '## Apply\n\nSend us your CV and a short note. Schick uns deine Unterlagen und wir melden uns bei dir.\n';
    expect(await languageOf(mixed)).toMatchObject({ language: undefined, reason: 'too little text to tell' });
  });
});

/**
 * A document in a language rolelint does not spell-check is left alone quietly by typo (no
 * finding, no warning), and `--print-config` says which language it took and why.
 */
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './helpers/cli.js';

const french = '# Développeur senior\n\n## Vos missions\n\n- Vous concevez et maintenez nos services avec une équipe bienveillante.\n- Vous participez aux revues de code et à la définition des priorités.\n\n## Votre profil\n\n- Vous avez une expérience solide du développement et vous aimez partager.\n';

describe('typo and the document language', () => {
  const dir = workspace({ 'content/fr/dev.md': french, 'jobs/dev.md': french });

  it('gives no typo finding on a French page, in a language folder or told by its text', async () => {
    const run = await runCli(['-f', 'json', 'content/fr/dev.md', 'jobs/dev.md'], dir);
    const results = JSON.parse(run.stdout) as { messages: { ruleId: string }[] }[];
    expect(results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'typo'))).toEqual([]);
  });

  it('names the language and its reason in --print-config', async () => {
    const folder = JSON.parse((await runCli(['--print-config', 'content/fr/dev.md'], dir)).stdout).kind.language;
    expect(folder).toEqual({ language: 'fr', by: 'folder', reason: 'its folder `fr/`' });
    const text = JSON.parse((await runCli(['--print-config', 'jobs/dev.md'], dir)).stdout).kind.language;
    expect(text).toMatchObject({ language: 'fr', by: 'text' });
    expect(text.reason).toMatch(/^its text \(\d+ of its \d+ words are fr small words\)$/);
  });
});

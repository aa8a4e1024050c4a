/**
 * Rules that see more than one document run once per run, after the per-document rules, over the
 * linted documents' models (never their trees): in the worker pool's parent, where every document's
 * model arrives. Documents whose configurations give such a rule the same setting are judged
 * together; each finding is reported on its document at that document's level, and where the
 * document's inline comments turn the rule off there, it is not.
 */
import type { FileResult, ResolvedConfig, RuleSetting } from '../core/types.js';
import type { ProjectReport } from '../rules/define.js';
import type { DocumentModel } from '../document/document-model.js';
import { controlAllows } from './message-control.js';
import { projectRules, type ProjectRule } from '../rules/index.js';
import { compareFindings } from './findings.js';

/** A document's result as the engine gives it, with the model the rules on many documents read. */
export interface LintedFile extends FileResult {
  model?: DocumentModel;
  /** Where the document's linting spent its time (RunTimes): not part of the report. */
  times?: Readonly<Record<string, number>>;
}

/** Whether any enabled rule of `config` reads the models of many documents (then each document's model is kept). */
export function needsModels(config: ResolvedConfig, rules: readonly ProjectRule<any>[] = projectRules): boolean {
  return rules.some((rule) => (config.rules[rule.meta.id]?.level ?? 'off') !== 'off');
}

/**
 * Runs the rules on many documents over `results` and adds their findings; returns the results
 * without their models and times. `configs[i]` is the configuration of `results[i]`. With `times`,
 * each rule's milliseconds are added to it by id.
 */
export function lintProject(results: readonly LintedFile[], configs: readonly ResolvedConfig[], rules: readonly ProjectRule<any>[] = projectRules, times?: Record<string, number>): FileResult[] {
  const out: FileResult[] = results.map(({ model: _, times: __, ...result }) => ({ ...result, messages: [...result.messages] }));
  for (const rule of rules) {
    const groups = new Map<RuleSetting, number[]>();
    results.forEach((result, i) => {
      const setting = configs[i]!.rules[rule.meta.id];
      if (!result.model || !setting || setting.level === 'off') return;
      groups.set(setting, [...(groups.get(setting) ?? []), i]);
    });
    for (const [setting, members] of groups) {
      const byPath = new Map(members.map((i) => [results[i]!.path, i]));
      const report: ProjectReport = (path, finding) => {
        const i = byPath.get(path);
        if (i === undefined || !controlAllows(results[i]!.model!.control, rule.meta.id, finding.line)) return;
        out[i]!.messages.push({ ruleId: rule.meta.id, severity: setting.level === 'off' ? 'info' : setting.level, ...finding, url: rule.url });
      };
      const started = performance.now();
      rule.check(members.map((i) => results[i]!.model!), { ...rule.meta.defaults, ...setting.options }, report);
      if (times) times[rule.meta.id] = (times[rule.meta.id] ?? 0) + performance.now() - started;
    }
  }
  for (const result of out) result.messages.sort(compareFindings);
  return out;
}

/**
 * `config` with only the rules on many documents, on: linting with it keeps each document's model
 * and runs nothing else. A rule's own setting is kept where it is on, so the document is judged
 * with the documents linted under `config` itself (the same setting, one group).
 */
export function modelsOnly(config: ResolvedConfig, rules: readonly ProjectRule<any>[] = projectRules): ResolvedConfig {
  const on = (rule: ProjectRule<any>) => {
    const setting = config.rules[rule.meta.id];
    return setting && setting.level !== 'off' ? setting : { level: 'warning' as const, options: rule.meta.defaults };
  };
  return { ...config, rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, on(rule)])) };
}

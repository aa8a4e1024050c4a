/**
 * The GitHub Action: lint the repository's role documents and report every finding as a
 * workflow-command annotation; the step fails per `fail-on`. Everything GitHub-specific stays here.
 */
import * as core from '@actions/core';
import { parseFailOn, reachesFailOn } from '../core/severity.js';
import { findDocuments } from '../config/files.js';
import { lintFiles } from '../engine/files.js';
import { toAnnotations } from '../reporters/annotations.js';
import { countFindings } from '../reporters/count.js';

export async function run(): Promise<void> {
  try {
    const patterns = core.getMultilineInput('files').flatMap((line) => line.split(/\s+/)).filter(Boolean);
    const failOnInput = core.getInput('fail-on') || 'error';
    const failOn = parseFailOn(failOnInput);
    if (!failOn) {
      core.setFailed(`Input \`fail-on\` is \`${failOnInput}\`: expected one of error, warning, info, never`);
      return;
    }
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const found = await findDocuments(patterns.length > 0 ? patterns : ['**/*.md'], cwd);
    for (const p of found.missing) core.warning(`Input \`files\`: no such file or directory: ${p}`);
    const results = await lintFiles(found.paths, cwd);

    for (const a of toAnnotations(results)) {
      const { level, message, ...properties } = a;
      const send = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice;
      send(message, properties);
    }
    const counts = countFindings(results);
    core.setOutput('errors', counts.error);
    core.setOutput('warnings', counts.warning);
    core.setOutput('files', counts.files);
    core.info(`rolelint: ${counts.files} files, ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`);
    const failing = results.flatMap((r) => r.messages).filter((m) => reachesFailOn(m.severity, failOn)).length;
    if (failing > 0) core.setFailed(`rolelint: ${failing} findings at or above \`fail-on: ${failOn}\``);
  } catch (error) {
    core.setFailed(`rolelint failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from '../config/config.js';
import { UsageError } from '../errors.js';
import { analyze } from '../index.js';
import { writeReportFile } from '../report/write-report.js';
import { compareStrings } from '../util/compare.js';
import { detectLayout, type DetectedRoot } from './detect-layout.js';

export interface InitOutcome {
  file: string;
  roots: DetectedRoot[];
  /** Extraction rules that found events in the detected folders (`python/flask-socketio`). */
  frameworks: string[];
}

/**
 * Writes a starting `ws-gap.config.json` for the project in `projectDir`: the detected backend
 * and frontend folders, with `$comment` lines saying why each was chosen and which frameworks a
 * scan of them found. Refuses to replace an existing file unless `force`.
 */
export async function writeStartingConfig(projectDir: string, force: boolean): Promise<InitOutcome> {
  const file = path.join(projectDir, CONFIG_FILE_NAME);
  if (fs.existsSync(file) && !force) throw new UsageError(`${CONFIG_FILE_NAME} already exists (use --force to replace it)`);
  const roots = detectLayout(projectDir);
  const backend = roots.filter((root) => root.side === 'backend').map((root) => root.path);
  const frontend = roots.filter((root) => root.side === 'frontend').map((root) => root.path);
  if (backend.length === 0 || frontend.length === 0) {
    const missing = backend.length === 0 ? 'backend' : 'frontend';
    throw new UsageError(`could not find a ${missing} folder in ${projectDir}; write ${CONFIG_FILE_NAME} by hand (see the README)`);
  }
  const frameworks = await frameworksIn(projectDir, backend, frontend);
  const config = {
    $schema: './node_modules/ws-gap/schema.json',
    $comment: [
      'Written by `ws-gap init`; edit freely. Keys: see the README or schema.json.',
      ...roots.map((root) => `${root.side} ${root.path}: ${root.reason}`),
      `frameworks found: ${frameworks.join(', ') || 'none yet'}`,
    ],
    backend,
    frontend,
  };
  writeReportFile(file, `${JSON.stringify(config, null, 2)}\n`);
  return { file, roots, frameworks };
}

async function frameworksIn(projectDir: string, backend: string[], frontend: string[]): Promise<string[]> {
  const result = await analyze({ backend, frontend, cwd: projectDir });
  const rules = result.events.flatMap((event) => [...event.sent, ...event.handled]).map((site) => site.rule);
  return [...new Set(rules)].sort(compareStrings);
}

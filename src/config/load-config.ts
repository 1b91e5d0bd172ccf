import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAME, type WsGapConfig } from './config.js';
import { validateConfig } from './validate-config.js';

export interface LoadedConfig {
  config: WsGapConfig;
  /** The file it came from, or undefined when there is none. */
  file?: string;
}

/**
 * Reads the config named by `--config`, else `ws-gap.config.json` in `cwd` if there is one.
 * Config files are data: they are parsed as JSON, never executed.
 */
export function loadConfig(explicitFile: string | undefined, cwd: string): LoadedConfig {
  const file = explicitFile ? path.resolve(cwd, explicitFile) : path.join(cwd, CONFIG_FILE_NAME);
  if (!explicitFile && !fs.existsSync(file)) return { config: {} };
  const text = readConfigText(file);
  const shown = path.relative(cwd, file) || file;
  return { config: validateConfig(parseJson(text, shown), shown), file };
}

function readConfigText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`config ${file} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`);
  }
}

function parseJson(text: string, shownFile: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : `:${lineAndColumn(text, Number(position))}`;
    throw new UsageError(`config ${shownFile}${where} is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { CONFIG_FILE_NAME, type WsGapConfig } from './config.js';
import { validateConfig } from './validate-config.js';

export interface LoadedConfig {
  config: WsGapConfig;
  /** The file it came from, or undefined when there is none. */
  file?: string;
  /** Paths in the config are relative to this folder (the config file's). */
  baseDir: string;
}

/** Where a config may live, in the order each folder is searched. */
const CONFIG_CANDIDATES = [CONFIG_FILE_NAME, '.ws-gaprc.json', 'package.json'] as const;

/** The key under which `package.json` may hold the config. */
const PACKAGE_JSON_KEY = 'wsGap';

/**
 * Reads the config named by `--config`, else the first of `ws-gap.config.json`, `.ws-gaprc.json`
 * or a `package.json` with a `"wsGap"` key, searching from `cwd` upwards.
 * Config files are data: they are parsed as JSON, never executed.
 */
export function loadConfig(explicitFile: string | undefined, cwd: string): LoadedConfig {
  const file = explicitFile ? path.resolve(cwd, explicitFile) : findConfigFile(cwd);
  if (!file) return { config: {}, baseDir: cwd };
  const shown = path.relative(cwd, file) || file;
  const parsed = parseJson(readConfigText(file), shown);
  const raw = path.basename(file) === 'package.json' ? (parsed as Record<string, unknown>)[PACKAGE_JSON_KEY] : parsed;
  return { config: validateConfig(raw, shown), file, baseDir: path.dirname(file) };
}

function findConfigFile(startDir: string): string | undefined {
  for (let dir = startDir; ; dir = path.dirname(dir)) {
    const found = CONFIG_CANDIDATES.map((name) => path.join(dir, name)).find(isConfigFile);
    if (found) return found;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isConfigFile(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  if (path.basename(file) !== 'package.json') return true;
  // A package.json is a config only when it has the key; a broken one is not ours to report.
  try {
    return PACKAGE_JSON_KEY in (JSON.parse(fs.readFileSync(file, 'utf8')) as object);
  } catch {
    return false;
  }
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

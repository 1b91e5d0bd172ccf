import { UsageError } from '../errors.js';
import { checkExpectedEvents } from '../extract/contracts/expected-list.js';
import { closestMatch } from '../util/edit-distance.js';
import type { WsGapConfig } from './config.js';

type KeyCheck = (value: unknown, key: string) => unknown;

const stringList: KeyCheck = (value, key) => {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`"${key}" must be a list of strings`);
  return value;
};

const boolean: KeyCheck = (value, key) => {
  if (typeof value !== 'boolean') throw new Error(`"${key}" must be true or false`);
  return value;
};

const filePath: KeyCheck = (value, key) => {
  if (typeof value !== 'string' || value === '') throw new Error(`"${key}" must be a file path`);
  return value;
};

const percent: KeyCheck = (value, key) => {
  if (typeof value !== 'number' || value < 0 || value > 100) throw new Error(`"${key}" must be a number from 0 to 100`);
  return value;
};

const categories: KeyCheck = (value, key) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`"${key}" must be an object mapping a category name to a list of event-name globs`);
  }
  return Object.entries(value).map(([category, patterns]) => ({ category, patterns: stringList(patterns, `${key}.${category}`) }));
};

const KEY_CHECKS: Readonly<Record<string, KeyCheck>> = {
  $schema: (value) => value,
  // Notes for people (`ws-gap init` explains its choices there); JSON has no comments.
  $comment: (value) => value,
  backend: stringList,
  frontend: stringList,
  exclude: stringList,
  include: stringList,
  includeTests: boolean,
  categories,
  contract: filePath,
  expected: checkExpectedEvents,
  ignoreEvents: stringList,
  emitters: stringList,
  listeners: stringList,
  failOnUnhandled: boolean,
  failOnDeadHandlers: boolean,
  failOnFieldMismatch: boolean,
  minCoverage: percent,
};

/** Checks a parsed config; a problem becomes a UsageError naming the file and the key. */
export function validateConfig(raw: unknown, shownFile: string): WsGapConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError(`config ${shownFile}: must be a JSON object`);
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const check = KEY_CHECKS[key];
    if (!check) {
      const suggestion = closestMatch(key, Object.keys(KEY_CHECKS));
      throw new UsageError(`config ${shownFile}: unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
    }
    try {
      if (!key.startsWith('$')) config[key] = check(value, key);
    } catch (error) {
      throw new UsageError(`config ${shownFile}: ${(error as Error).message}`);
    }
  }
  if (config.contract !== undefined && config.expected !== undefined) {
    throw new UsageError(`config ${shownFile}: give either "contract" (a file) or "expected" (a list), not both`);
  }
  return config as WsGapConfig;
}

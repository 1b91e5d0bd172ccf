import fs from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate-config.js';

const schema = JSON.parse(fs.readFileSync('schema.json', 'utf8'));
const validateWithSchema = new Ajv({ allErrors: true, strict: false }).compile(schema);

const acceptedByValidator = (config: unknown) => {
  try {
    validateConfig(config, 'ws-gap.config.json');
    return true;
  } catch {
    return false;
  }
};

/** Configs the schema (for editors) and the validator (for the CLI) must judge alike. */
const CASES: Array<[string, unknown, boolean]> = [
  ['every key', { $schema: './node_modules/ws-gap/schema.json', $comment: ['a note'], backend: ['api'], frontend: ['web'], exclude: ['**/old/**'], include: ['src/**'], includeTests: true, categories: { Chat: ['chat_*'] }, contract: 'asyncapi.yaml', ignoreEvents: ['debug_*'], emitters: ['notify'], listeners: ['onEvent'], failOnUnhandled: true, failOnDeadHandlers: false, failOnFieldMismatch: true, minCoverage: 90 }, true],
  ['a coverage over 100', { minCoverage: 120 }, false],
  ['an expected list', { expected: { Pipeline: ['pipeline_status'], Client: { 'client-to-server': ['ping'] } } }, true],
  ['an unknown key', { categoies: {} }, false],
  ['a string for a list', { backend: 'api' }, false],
  ['a non-boolean includeTests', { includeTests: 'yes' }, false],
  ['categories with a string', { categories: { Chat: 'chat_*' } }, false],
  ['both contract and expected', { contract: 'a.yaml', expected: { A: ['a'] } }, false],
  ['an empty contract path', { contract: '' }, false],
];

describe('schema.json', () => {
  it.each(CASES)('judges %s the way the validator does', (_name, config, valid) => {
    expect(validateWithSchema(config)).toBe(valid);
    expect(acceptedByValidator(config)).toBe(valid);
  });

  it('describes every key the validator knows', () => {
    const everyKey = CASES[0]![1] as Record<string, unknown>;
    expect(Object.keys(schema.properties).sort()).toEqual([...Object.keys(everyKey), 'expected'].sort());
  });
});

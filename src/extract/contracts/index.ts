import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import type { ContractFormat } from '../../model/result.js';
import { compareLocations } from '../../util/compare.js';
import { displayPath } from '../../util/paths.js';
import { loadAsyncApi } from './asyncapi.js';
import type { Contract, ContractEvent, ContractSource, LoadedContract } from './contract.js';
import { expectedKeyPath, loadExpectedList } from './expected-list.js';
import { loadTypeScriptEventMaps } from './typescript-event-maps.js';

export type { Contract, ContractEvent } from './contract.js';

const LOADERS: Readonly<Record<ContractFormat, (source: ContractSource) => LoadedContract | Promise<LoadedContract>>> = {
  'expected-list': loadExpectedList,
  asyncapi: loadAsyncApi,
  typescript: loadTypeScriptEventMaps,
};

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);

/**
 * Reads the expected events of a contract file: a TypeScript file (event-map interfaces), a JSON
 * file with an `expected` key (a config file), or else an AsyncAPI document in JSON or YAML. A file that cannot be read or parsed is a UsageError naming the file and position.
 */
export async function loadContract(file: string, cwd: string): Promise<Contract> {
  const absolutePath = path.resolve(cwd, file);
  const shownPath = displayPath(absolutePath, cwd);
  const source: ContractSource = { path: shownPath, absolutePath, text: readContractText(absolutePath, shownPath), cwd };
  const loaded = await LOADERS[formatOf(source)](source);
  return { file: source.path, ...withoutDuplicates(source.path, loaded) };
}

function readContractText(absolutePath: string, shownPath: string): string {
  try {
    return fs.readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`contract ${shownPath} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`);
  }
}

function formatOf(source: ContractSource): ContractFormat {
  if (TYPESCRIPT_EXTENSIONS.has(path.extname(source.absolutePath).toLowerCase())) return 'typescript';
  const json = parsedJson(source.text);
  const isAsyncApi = typeof json === 'object' && json !== null && 'asyncapi' in json;
  return !isAsyncApi && expectedKeyPath(json) !== undefined ? 'expected-list' : 'asyncapi';
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Each name once per direction, in declaration order. The first declaration wins; a later one in
 * another category is a warning, and only gives a category when the first had none.
 */
function withoutDuplicates(file: string, loaded: LoadedContract): Omit<Contract, 'file'> {
  const warnings = [...loaded.warnings];
  const kept = new Map<string, ContractEvent>();
  for (const event of [...loaded.events].sort(compareLocations)) {
    const key = `${event.direction} ${event.name}`;
    const first = kept.get(key);
    if (first === undefined) kept.set(key, event);
    else if (first.category === undefined) kept.set(key, { ...first, ...(event.category === undefined ? {} : { category: event.category }) });
    else if (event.category !== undefined && event.category !== first.category) warnings.push(duplicateWarning(first, event));
  }
  if (kept.size === 0) warnings.push(`contract ${file} declares no events`);
  return { format: loaded.format, events: [...kept.values()], warnings };
}

function duplicateWarning(first: ContractEvent, later: ContractEvent): string {
  return (
    `contract ${later.file}:${later.line}: "${later.name}" (${later.direction}) is already in category "${first.category}" ` +
    `(${first.file}:${first.line}); it stays there, not in "${later.category}"`
  );
}

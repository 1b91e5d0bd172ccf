import { UsageError } from '../../errors.js';
import { CONTRACT_DIRECTIONS, type ContractDirection, type ContractEvent, type ContractSource, type LoadedContract } from './contract.js';
import { jsonLocations, pathKey } from './json-locations.js';

/**
 * `expected` in a JSON config: category → event names. A plain list means server → client;
 * `{"server-to-client": [...], "client-to-server": [...]}` gives both directions.
 */
export type ExpectedEvents = Record<string, readonly string[] | Partial<Record<ContractDirection, readonly string[]>>>;

const EXPECTED_KEY = 'expected';

/** Checks the shape of an `expected` value; throws an Error saying what is wrong. */
export function checkExpectedEvents(value: unknown, key: string): ExpectedEvents {
  if (!isObject(value)) throw new Error(`"${key}" must be an object mapping a category name to a list of event names`);
  for (const [category, names] of Object.entries(value)) {
    const where = `${key}.${category}`;
    if (Array.isArray(names)) checkNames(names, where);
    else if (isObject(names)) checkDirections(names, where);
    else throw new Error(`"${where}" must be a list of event names or {"server-to-client": [...], "client-to-server": [...]}`);
  }
  return value as ExpectedEvents;
}

/**
 * Where a parsed JSON file keeps its `expected` key: at the top (`ws-gap.config.json`) or one level
 * down (`"wsGap"` in a `package.json`). Undefined when it has none.
 */
export function expectedKeyPath(json: unknown): string[] | undefined {
  if (!isObject(json)) return undefined;
  if (EXPECTED_KEY in json) return [EXPECTED_KEY];
  const holder = Object.entries(json).find(([, value]) => isObject(value) && EXPECTED_KEY in value)?.[0];
  return holder === undefined ? undefined : [holder, EXPECTED_KEY];
}

/** The events of a JSON file's `expected` key (see `expectedKeyPath`). */
export function loadExpectedList(source: ContractSource): LoadedContract {
  const { expected, keyPath } = checkedExpected(source);
  const locations = jsonLocations(source.text);
  const event = (name: string, direction: ContractDirection, category: string, path: (string | number)[]): ContractEvent => {
    const position = locations.get(pathKey([...keyPath, ...path])) ?? { line: 1, column: 1 };
    return { file: source.path, ...position, name, direction, category };
  };
  const events = Object.entries(expected).flatMap(([category, names]) =>
    isNameList(names)
      ? names.map((name, index) => event(name, 'server-to-client', category, [category, index]))
      : CONTRACT_DIRECTIONS.flatMap((direction) =>
          (names[direction] ?? []).map((name, index) => event(name, direction, category, [category, direction, index])),
        ),
  );
  return { format: 'expected-list', events, warnings: [] };
}

function checkedExpected(source: ContractSource): { expected: ExpectedEvents; keyPath: string[] } {
  try {
    const json: unknown = JSON.parse(source.text);
    const keyPath = expectedKeyPath(json) ?? [EXPECTED_KEY];
    const value = keyPath.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), json);
    return { expected: checkExpectedEvents(value, keyPath.join('.')), keyPath };
  } catch (error) {
    throw new UsageError(`contract ${source.path}: ${(error as Error).message}`);
  }
}

function checkNames(names: readonly unknown[], where: string): void {
  if (!names.every((name) => typeof name === 'string' && name !== '')) throw new Error(`"${where}" must be a list of event names`);
}

function checkDirections(names: Record<string, unknown>, where: string): void {
  for (const [direction, list] of Object.entries(names)) {
    if (!(CONTRACT_DIRECTIONS as readonly string[]).includes(direction)) {
      throw new Error(`"${where}" may only have the keys "server-to-client" and "client-to-server", not "${direction}"`);
    }
    if (!Array.isArray(list)) throw new Error(`"${where}.${direction}" must be a list of event names`);
    checkNames(list, `${where}.${direction}`);
  }
}

function isNameList(names: ExpectedEvents[string]): names is readonly string[] {
  return Array.isArray(names);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import type { Document } from '@stoplight/spectral-core';
import type { SourceLocation } from '../../model/site.js';
import type { ContractSource } from './contract.js';

export type JsonPath = readonly (string | number)[];

/** Positions of an AsyncAPI document's parts, read from the parser's own YAML/JSON syntax tree. */
export interface AsyncApiLocator {
  /** The path of the definition itself: local `$ref`s on the way are followed. Undefined when it is not in the file. */
  resolve(path: JsonPath): JsonPath | undefined;
  /** Where the value at `path` starts, or its key when `isKey`. */
  locate(path: JsonPath, isKey: boolean): SourceLocation;
  /** `file:line` of the value at `path`, for messages. */
  describe(path: JsonPath): string;
}

const LOCAL_REF_PREFIX = '#';
/** A `$ref` to a `$ref` is followed; a cycle of them is not. */
const MAX_REF_HOPS = 32;

export function asyncApiLocator(document: Document, source: ContractSource): AsyncApiLocator {
  const lines = source.text.split('\n');
  const resolve = (path: JsonPath) => resolvePath(document.data, path);
  const locate = (path: JsonPath, isKey: boolean): SourceLocation => {
    const start = document.getRangeForJsonPath([...path], true)?.start ?? { line: 0, character: 0 };
    const key = path[path.length - 1];
    // The syntax tree gives the value's range; a key sits before it on the same line.
    const keyColumn = isKey && typeof key === 'string' ? (lines[start.line] ?? '').lastIndexOf(key, start.character) : -1;
    return { file: source.path, line: start.line + 1, column: (keyColumn >= 0 ? keyColumn : start.character) + 1 };
  };
  return {
    resolve,
    locate,
    describe: (path) => {
      const { file, line } = locate(path, false);
      return `${file}:${line}`;
    },
  };
}

/** Walks the document as written, jumping through local `$ref`s; external references end the walk. */
function resolvePath(root: unknown, path: JsonPath): JsonPath | undefined {
  let current: JsonPath = [];
  let node = root;
  for (const segment of [...path, undefined]) {
    for (let hops = 0, ref = refOf(node); ref !== undefined; hops += 1, ref = refOf(node)) {
      if (!ref.startsWith(LOCAL_REF_PREFIX) || hops === MAX_REF_HOPS) return undefined;
      current = jsonPointerPath(decodeURIComponent(ref.slice(LOCAL_REF_PREFIX.length)));
      node = valueAt(root, current);
    }
    if (segment === undefined) break;
    node = valueAt(node, [segment]);
    if (node === undefined) return undefined;
    current = [...current, segment];
  }
  return node === undefined ? undefined : current;
}

function refOf(node: unknown): string | undefined {
  const ref = typeof node === 'object' && node !== null ? (node as Record<string, unknown>).$ref : undefined;
  return typeof ref === 'string' ? ref : undefined;
}

function valueAt(node: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>(
    (value, segment) => (typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[segment] : undefined),
    node,
  );
}

/** `/channels/user~1signup` → `['channels', 'user/signup']` */
export function jsonPointerPath(pointer: string): JsonPath {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

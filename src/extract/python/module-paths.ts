import path from 'node:path';
import { append } from '../../util/map-lists.js';
import type { ImportTarget, ModuleFacts } from './facts.js';

export type ModuleLocator = (from: ModuleFacts, target: ImportTarget) => ModuleFacts | undefined;

/**
 * Finds the scanned module an import names. Relative imports resolve from the importing file's
 * folder. Absolute imports match any scanned module whose path ends with the dotted name, which
 * covers every scan root (and every `sys.path` entry inside one); when several match, the one
 * closest to the importing file wins, then the shortest path.
 */
export function createModuleLocator(modules: readonly ModuleFacts[]): ModuleLocator {
  const byPath = new Map<string, ModuleFacts>();
  const byLastPart = new Map<string, { key: string; module: ModuleFacts }[]>();
  for (const module of modules) {
    const key = moduleKey(module.file.path);
    if (!byPath.has(key) || module.file.path.endsWith('__init__.py')) byPath.set(key, module);
    const last = key.split('/').at(-1) ?? '';
    append(byLastPart, last, { key, module });
  }
  const found = new Map<string, ModuleFacts | undefined>();
  return (from, target) => {
    if (target.level > 0) return byPath.get(relativeKey(from.file.path, target));
    const suffix = target.parts.join('/');
    const memoKey = `${path.posix.dirname(from.file.path)}\0${suffix}`;
    if (!found.has(memoKey)) {
      const candidates = (byLastPart.get(target.parts.at(-1) ?? '') ?? [])
        .filter(({ key }) => key === suffix || key.endsWith(`/${suffix}`))
        .map(({ module }) => module);
      found.set(memoKey, closestTo(from.file.path, candidates));
    }
    return found.get(memoKey);
  };
}

/** `app/services/notifications.py` → `app/services/notifications`; packages drop `/__init__`. */
function moduleKey(filePath: string): string {
  const withoutExtension = path.posix.normalize(filePath).replace(/\.py$/, '');
  return withoutExtension.endsWith('/__init__') || withoutExtension === '__init__'
    ? withoutExtension.slice(0, -'__init__'.length).replace(/\/$/, '')
    : withoutExtension;
}

function relativeKey(fromPath: string, target: ImportTarget): string {
  let folder = path.posix.dirname(path.posix.normalize(fromPath));
  for (let level = 1; level < target.level; level += 1) folder = path.posix.dirname(folder);
  const key = path.posix.normalize(path.posix.join(folder, ...target.parts)).replace(/\/$/, '');
  return key === '.' ? '' : key;
}

function closestTo(fromPath: string, candidates: readonly ModuleFacts[]): ModuleFacts | undefined {
  const fromFolders = path.posix.dirname(fromPath).split('/');
  const ranked = candidates.map((module) => {
    const folders = path.posix.dirname(module.file.path).split('/');
    let shared = 0;
    while (shared < folders.length && folders[shared] === fromFolders[shared]) shared += 1;
    return { module, shared, path: module.file.path };
  });
  ranked.sort(
    (a, b) =>
      b.shared - a.shared || a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  return ranked[0]?.module;
}

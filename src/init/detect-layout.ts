import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { DEFAULT_EXCLUDES, TEST_EXCLUDES } from '../discover/default-excludes.js';
import { SCANNED_EXTENSIONS } from '../discover/file-kinds.js';
import type { Side } from '../model/site.js';
import { compareStrings } from '../util/compare.js';

/** A folder `init` proposes as a scan root, and why. */
export interface DetectedRoot {
  side: Side;
  /** Relative to the project folder, with `/`. */
  path: string;
  reason: string;
}

const SERVER_PACKAGES = ['socket.io', 'ws', 'express', 'fastify', 'koa', '@nestjs/websockets', 'uWebSockets.js', 'hono'];
const CLIENT_PACKAGES = ['socket.io-client', 'react', 'vue', 'svelte', '@angular/core', 'preact', 'solid-js', 'vite', 'next', 'nuxt'];
const BACKEND_NAMES = new Set(['server', 'backend', 'api', 'service', 'services', 'worker']);
const FRONTEND_NAMES = new Set(['client', 'frontend', 'web', 'ui', 'public', 'static', 'www', 'site']);
/** Folders of a backend that hold the pages it serves. */
const SERVED_PAGE_FOLDERS = ['templates', 'static', 'public'];
/** Folders that hold several projects side by side (`apps/admin`, `apps/web`). */
const CONTAINER_NAMES = new Set(['apps', 'packages', 'services', 'clients', 'frontends']);
const PAGE_EXTENSIONS = ['.html', '.htm', '.vue', '.svelte', '.jsx', '.tsx'];
const IGNORED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'venv', 'docs', 'test', 'tests', '__tests__', '__pycache__', 'fixtures']);

/**
 * Guesses the backend and frontend folders of a project from what is in them: Python code or a
 * server package means backend; pages, components or a client package mean frontend; a
 * backend's `templates/`, `static/` or `public/` folder is a frontend nested in it.
 */
export function detectLayout(projectDir: string): DetectedRoot[] {
  const detected = candidateFolders(projectDir).flatMap((folder) => classify(projectDir, folder));
  return detected.sort((a, b) => compareStrings(a.side, b.side) || compareStrings(a.path, b.path));
}

function candidateFolders(projectDir: string): string[] {
  return subfolders(projectDir).flatMap((folder) =>
    CONTAINER_NAMES.has(path.basename(folder)) && sourceFiles(folder, 1).length === 0 ? subfolders(folder) : [folder],
  );
}

function classify(projectDir: string, folder: string): DetectedRoot[] {
  const shown = path.relative(projectDir, folder).split(path.sep).join('/');
  const root = (side: Side, reason: string): DetectedRoot => ({ side, path: shown, reason });
  const files = sourceFiles(folder, 8);
  if (files.length === 0) return [];
  const dependencies = packageDependencies(folder);
  if (files.some((file) => file.endsWith('.py'))) return [root('backend', 'Python code'), ...servedPages(projectDir, folder)];
  const serverPackage = SERVER_PACKAGES.find((name) => dependencies.has(name));
  const clientPackage = CLIENT_PACKAGES.find((name) => dependencies.has(name));
  if (serverPackage && !clientPackage) return [root('backend', `depends on ${serverPackage}`), ...servedPages(projectDir, folder)];
  if (clientPackage) return [root('frontend', `depends on ${clientPackage}`)];
  if (files.some((file) => PAGE_EXTENSIONS.includes(path.extname(file)))) return [root('frontend', 'pages or components')];
  const name = path.basename(folder).toLowerCase();
  if (BACKEND_NAMES.has(name)) return [root('backend', `named ${name}`)];
  if (FRONTEND_NAMES.has(name)) return [root('frontend', `named ${name}`)];
  return [];
}

function servedPages(projectDir: string, backendFolder: string): DetectedRoot[] {
  return SERVED_PAGE_FOLDERS.map((name) => path.join(backendFolder, name))
    .filter((folder) => isFolder(folder) && sourceFiles(folder, 8).some((file) => !file.endsWith('.py')))
    .map((folder) => ({
      side: 'frontend' as const,
      path: path.relative(projectDir, folder).split(path.sep).join('/'),
      reason: 'pages the backend serves',
    }));
}

function sourceFiles(folder: string, depth: number): string[] {
  const extensions = SCANNED_EXTENSIONS.map((extension) => extension.slice(1)).join(',');
  return fg.sync(`**/*.{${extensions}}`, {
    cwd: folder,
    deep: depth,
    ignore: [...DEFAULT_EXCLUDES, ...TEST_EXCLUDES],
    suppressErrors: true,
    followSymbolicLinks: false,
  });
}

function packageDependencies(folder: string): Set<string> {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
  } catch {
    return new Set();
  }
}

function subfolders(folder: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !IGNORED_FOLDERS.has(entry.name))
    .map((entry) => path.join(folder, entry.name))
    .sort(compareStrings);
}

function isFolder(folder: string): boolean {
  return fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

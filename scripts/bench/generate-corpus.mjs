#!/usr/bin/env node
/**
 * Writes the benchmark's synthetic monorepo: Python services, frontend apps (React, Vue, Svelte,
 * plain HTML) and shared packages, about one source file in ten with event code, concentrated in
 * the services and apps that do real-time work; plus `node_modules/` and `dist/` holding minified
 * bundles, a minified vendor file outside them, and a `.gitignore`d `generated/` folder.
 *
 *   node scripts/bench/generate-corpus.mjs <folder> [--seed N] [--files N]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifiedBundle } from './corpus-bundles.mjs';
import { javascriptFile } from './corpus-javascript.mjs';
import { pythonEvent, pythonOrdinary } from './corpus-python.mjs';
import { createRandom } from './random.mjs';
import { EVENT_SUFFIXES, NOUNS, VERBS, camel } from './words.mjs';

export const DEFAULT_SEED = 6;
export const DEFAULT_FILES = 10_000;

const SHARES = { services: 0.35, apps: 0.45, packages: 0.2 };
const UNIT_COUNTS = { services: 14, apps: 10, packages: 20 };
/** Units doing real-time work, and the share of their files with event code. */
const REALTIME_UNITS = { services: 5, apps: 4, packages: 0 };
const EVENT_FILE_SHARE = 0.32;

const PYTHON_FOLDERS = ['api', 'models', 'services', 'schemas', 'utils', 'workers'];
const APP_FOLDERS = ['components', 'pages', 'store', 'utils', 'hooks', 'views', 'widgets'];
const FLAVOURS = {
  react: { '.tsx': 45, '.ts': 35, '.js': 15, '.html': 5 },
  vue: { '.vue': 40, '.ts': 45, '.js': 10, '.html': 5 },
  svelte: { '.svelte': 40, '.ts': 45, '.js': 10, '.html': 5 },
  package: { '.ts': 70, '.js': 30 },
};
const MODULE_EXTENSIONS = new Set(['.ts', '.tsx', '.js']);

/** Source sizes: log-normal around 4.7 kB, as in application code, clamped to 0.6–90 kB. */
function sourceSize(random) {
  const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.min(90_000, Math.max(600, Math.round(4700 * Math.exp(0.7 * normal))));
}

/** `count` different names drawn from `pool`. */
function drawNames(random, pool, count) {
  const names = new Set();
  while (names.size < count) names.add(random.pick(pool));
  return [...names];
}

/** The events the real-time units share: backends send them, frontends handle them (mostly). */
function eventPools(random) {
  const events = drawNames(random, NOUNS.flatMap((noun) => EVENT_SUFFIXES.map((suffix) => `${noun}_${suffix}`)), 30);
  const commands = drawNames(random, NOUNS.map((noun) => `${noun}_request`), 10);
  return { events, commands };
}

function newUnit(random, kind, index, pools) {
  const name = `${kind.slice(0, -1)}-${String(index).padStart(2, '0')}`;
  const flavour = kind === 'apps' ? ['react', 'vue', 'svelte'][index % 3] : kind === 'packages' ? 'package' : 'python';
  const base = `${kind}/${name}`;
  return {
    kind,
    name,
    flavour,
    base,
    realtime: index < REALTIME_UNITS[kind],
    sourceRoot: kind === 'services' ? `${base}/app` : `${base}/src`,
    packageRoot: 'app',
    eventNames: drawNames(random, pools.events, 8),
    commandNames: drawNames(random, pools.commands, 3),
    files: [],
  };
}

function fileRecord(unit, relativePath, extension, role) {
  const stem = path.posix.basename(relativePath, extension);
  const id = stem.replace(/[^A-Za-z0-9]/g, '_');
  const isPython = extension === '.py';
  return {
    path: path.posix.normalize(`${unit.sourceRoot}/${relativePath}`),
    stem,
    extension,
    role,
    typescript: extension !== '.js' && extension !== '.html',
    module: isPython ? `app.${relativePath.slice(0, -3).split('/').join('.')}` : undefined,
    functions: isPython ? [`${id}_load`, `${id}_schema`] : [camel('load', ...id.split('_')), camel('reduce', ...id.split('_'))],
    constant: `${id.toUpperCase()}_LIMIT`,
  };
}

/** The fixed real-time core of a unit: created first, so later files can import it. */
function coreFiles(unit) {
  if (!unit.realtime) return [];
  if (unit.kind === 'services') {
    const core = [
      fileRecord(unit, 'realtime/manager.py', '.py', 'manager'),
      fileRecord(unit, 'realtime/events.py', '.py', 'events'),
      fileRecord(unit, 'realtime/notify.py', '.py', 'notify'),
      fileRecord(unit, 'api/websocket.py', '.py', 'endpoint'),
    ];
    return unit.name.endsWith('1') ? [...core, fileRecord(unit, 'realtime/sio_server.py', '.py', 'socketio')] : core;
  }
  return [
    fileRecord(unit, 'realtime/socket.ts', '.ts', 'socket'),
    fileRecord(unit, 'realtime/event-names.ts', '.ts', 'event-names'),
    fileRecord(unit, 'realtime/live-feed.js', '.js', 'native-client'),
  ];
}

function ordinaryPath(random, unit, extension, used) {
  const separator = unit.kind === 'services' ? '_' : '-';
  const folder = extension === '.html' ? '../public' : random.pick(unit.kind === 'services' ? PYTHON_FOLDERS : APP_FOLDERS);
  const stem = `${random.pick(NOUNS)}${separator}${random.pick(VERBS)}`;
  let key = `${folder}/${stem}`;
  for (let suffix = 2; used.has(key); suffix += 1) key = `${folder}/${stem}${separator}${suffix}`;
  used.add(key);
  return key + extension;
}

function planUnit(random, unit, count) {
  unit.files.push(...coreFiles(unit));
  const used = new Set(unit.files.map((file) => path.posix.relative(unit.sourceRoot, file.path).replace(/\.[a-z]+$/, '')));
  while (unit.files.length < count) {
    const extension = unit.kind === 'services' ? '.py' : random.weighted(FLAVOURS[unit.flavour]);
    const isEvent = unit.realtime && random.chance(EVENT_FILE_SHARE);
    const role = isEvent ? (unit.kind === 'services' ? 'sender' : 'handler') : undefined;
    unit.files.push(fileRecord(unit, ordinaryPath(random, unit, extension, used), extension, role));
  }
}

/** A few earlier modules of the same unit: a layered import graph without cycles. */
function chooseImports(random, unit, index) {
  const file = unit.files[index];
  const candidates = unit.files
    .slice(0, index)
    .filter((other) => (file.extension === '.py' ? other.extension === '.py' : MODULE_EXTENSIONS.has(other.extension)))
    .filter((other) => !['events', 'event-names', 'socket', 'manager', 'notify', 'endpoint'].includes(other.role));
  if (file.extension === '.html' || candidates.length === 0) return [];
  const chosen = new Set();
  const wanted = random.int(1, 3);
  for (let attempt = 0; attempt < wanted * 3 && chosen.size < wanted; attempt += 1) chosen.add(random.pick(candidates));
  return [...chosen];
}

function entryFile(random, unit) {
  const modules = unit.files.filter((file) => file.extension === (unit.kind === 'services' ? '.py' : '.ts'));
  const picked = modules.length === 0 ? [] : [...new Set(Array.from({ length: 12 }, () => random.pick(modules)))];
  if (unit.kind === 'services') {
    return { path: `${unit.sourceRoot}/main.py`, text: picked.map((file) => `from ${file.module} import ${file.functions[0]}`).join('\n') + '\n' };
  }
  const lines = picked.map((file) => `import { ${file.functions[0]} } from './${file.path.slice(unit.sourceRoot.length + 1).replace(/\.ts$/, '')}';`);
  return { path: `${unit.sourceRoot}/main.ts`, text: [...lines, `export const ready = ${picked.length};`].join('\n') + '\n' };
}

function packageInits(unit) {
  const folders = new Set(unit.files.map((file) => path.posix.dirname(file.path)));
  folders.add(unit.sourceRoot);
  return [...folders].map((folder) => ({ path: `${folder}/__init__.py`, text: '' }));
}

/** Everything that must be skipped: dependencies, builds, generated and minified code. */
function skippedFiles(random, unit) {
  if (unit.kind !== 'apps') return [];
  const bundle = (size) => minifiedBundle(random, size);
  const generated = Array.from({ length: 20 }, (_, index) => ({
    path: `${unit.base}/generated/api-client-${index}.ts`,
    text: `export const client${index} = { on(name: string) { return name; }, emit(name: string) { return name; } };\n`,
  }));
  return [
    { path: `${unit.base}/.gitignore`, text: 'dist/\ngenerated/\n*.log\n' },
    { path: `${unit.base}/dist/assets/index-${random.int(1e5, 1e6 - 1).toString(16)}.js`, text: bundle(1_000_000) },
    { path: `${unit.base}/node_modules/chart-kit/dist/chart-kit.min.js`, text: bundle(1_200_000) },
    { path: `${unit.base}/node_modules/chart-kit/index.js`, text: "module.exports = require('./dist/chart-kit.min.js');\n" },
    { path: `${unit.base}/node_modules/realtime-sdk/lib/index.js`, text: bundle(300_000) },
    { path: `${unit.base}/public/vendor/legacy-widgets.js`, text: bundle(250_000) },
    ...generated,
  ];
}

function write(root, relative, text) {
  const target = path.join(root, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  return Buffer.byteLength(text);
}

function renderSource(random, unit, index) {
  const file = unit.files[index];
  const imports = chooseImports(random, unit, index);
  const size = sourceSize(random);
  if (file.extension === '.py') return file.role ? pythonEvent(random, file, unit, imports, size) : pythonOrdinary(random, file, imports, size);
  return javascriptFile(random, file, unit, imports, size);
}

/** Writes the corpus into `root` (which must be empty or absent) and returns what it wrote. */
export function generateCorpus(root, { seed = DEFAULT_SEED, files = DEFAULT_FILES } = {}) {
  const random = createRandom(seed);
  const stats = { seed, sourceFiles: 0, sourceBytes: 0, eventFiles: 0, skippedFiles: 0, skippedBytes: 0 };
  const pools = eventPools(random);
  fs.mkdirSync(root, { recursive: true });
  write(root, '.gitignore', 'node_modules/\n*.log\n');
  for (const kind of Object.keys(UNIT_COUNTS)) {
    const perUnit = Math.round((files * SHARES[kind]) / UNIT_COUNTS[kind]);
    for (let index = 0; index < UNIT_COUNTS[kind]; index += 1) {
      const unit = newUnit(random, kind, index, pools);
      planUnit(random, unit, perUnit - 1);
      unit.files.forEach((file, fileIndex) => {
        stats.sourceBytes += write(root, file.path, renderSource(random, unit, fileIndex));
        stats.sourceFiles += 1;
        if (file.role) stats.eventFiles += 1;
      });
      const extras = [entryFile(random, unit), ...(kind === 'services' ? packageInits(unit) : [])];
      for (const extra of extras) {
        stats.sourceBytes += write(root, extra.path, extra.text);
        stats.sourceFiles += 1;
      }
      for (const skipped of skippedFiles(random, unit)) {
        stats.skippedBytes += write(root, skipped.path, skipped.text);
        stats.skippedFiles += 1;
      }
    }
  }
  return stats;
}

function parseArguments(argv) {
  const [folder, ...rest] = argv;
  const options = {};
  for (let index = 0; index < rest.length; index += 2) {
    const value = Number(rest[index + 1]);
    if (rest[index] === '--seed') options.seed = value;
    else if (rest[index] === '--files') options.files = value;
    else throw new Error(`unknown option ${rest[index]}`);
  }
  if (!folder) throw new Error('usage: generate-corpus.mjs <folder> [--seed N] [--files N]');
  return { folder: path.resolve(folder), options };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { folder, options } = parseArguments(process.argv.slice(2));
  if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) throw new Error(`${folder} is not empty`);
  console.log(JSON.stringify(generateCorpus(folder, options), null, 2));
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The ws-gap child (`ws-gap-child.mjs`) ends its stderr with this, followed by its peak RSS in kB. */
export const PEAK_RSS_MARK = 'ws-gap-bench peak-rss-kb=';

/**
 * Folders ripgrep and ast-grep are told to leave out, as ws-gap does: dependencies and builds (its
 * default excludes), `generated/` (the corpus's `.gitignore` files) and `vendor/` (whose minified
 * file ws-gap skips as minified, which the other tools cannot tell).
 */
export const SKIPPED_FOLDERS = ['node_modules', 'dist', 'generated', 'vendor'];
export const SCAN_ROOTS = { backend: ['services'], frontend: ['apps', 'packages'] };
const ROOT_FOLDERS = [...SCAN_ROOTS.backend, ...SCAN_ROOTS.frontend];
const EXTENSIONS = ['py', 'js', 'ts', 'tsx', 'vue', 'svelte', 'html'];

/** The send and handle call names of every framework ws-gap knows, as one alternation (ripgrep). */
const CALL_NAMES = [
  'on', 'once', 'emit', 'emitWithAck', 'send', 'addEventListener', 'onAny', 'dispatchEvent', 'call', 'on_event',
  'send_json', 'send_text', 'send_str', 'broadcast', 'broadcast_json', 'send_personal_message', 'group_send',
  'receive_json', 'receive_text', 'receive', 'iter_json',
];
const RIPGREP_PATTERN = `\\.(${CALL_NAMES.join('|')})\\(|\\.onmessage\\s*=`;

function version(command, args) {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim().split('\n')[0] : undefined;
}

/**
 * The commands the benchmark times, each run from the corpus folder. A tool that is not installed
 * has `version` undefined and says how to install it.
 */
export function benchmarkTools({ repoRoot, cliModule }) {
  const child = path.join(repoRoot, 'scripts/bench/ws-gap-child.mjs');
  const astGrep = path.join(repoRoot, 'node_modules/.bin/ast-grep');
  const wsGapArgs = [
    child, cliModule, 'scan',
    ...SCAN_ROOTS.backend.flatMap((root) => ['--backend', root]),
    ...SCAN_ROOTS.frontend.flatMap((root) => ['--frontend', root]),
    '--format', 'json',
  ];
  return {
    wsGap: {
      name: 'ws-gap',
      command: process.execPath,
      args: wsGapArgs,
      version: fs.existsSync(cliModule) ? 'built' : undefined,
      install: `build it first: npm run build (looked for ${cliModule})`,
    },
    ripgrep: {
      name: 'ripgrep',
      command: 'rg',
      args: [
        '-c', '--no-require-git', '--no-messages',
        ...SKIPPED_FOLDERS.flatMap((folder) => ['-g', `!**/${folder}/**`]),
        '-g', `*.{${EXTENSIONS.join(',')}}`,
        '-e', RIPGREP_PATTERN,
        ...ROOT_FOLDERS,
      ],
      version: version('rg', ['--version']),
      install: 'install ripgrep with the OS package manager (apt-get install ripgrep, brew install ripgrep)',
    },
    astGrep: {
      name: 'ast-grep',
      command: astGrep,
      args: [
        'scan', '-c', path.join(repoRoot, 'scripts/bench/ast-grep/sgconfig.yml'),
        ...SKIPPED_FOLDERS.flatMap((folder) => ['--globs', `!**/${folder}/**`]),
        '--report-style', 'short',
        ...ROOT_FOLDERS,
      ],
      version: fs.existsSync(astGrep) ? version(astGrep, ['--version']) : undefined,
      install: 'npm install --save-dev @ast-grep/cli',
    },
  };
}

/** True when this ws-gap build has a cache (`--cache`), so a warm re-scan can be timed. */
export function hasCacheOption(tool) {
  const help = spawnSync(tool.command, [...tool.args.slice(0, 3), '--help'], { encoding: 'utf8' });
  return help.stdout.includes('--cache');
}

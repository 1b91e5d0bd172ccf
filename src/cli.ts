import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { findingsNotInBaseline, readBaseline, renderBaseline } from './analyze/baseline.js';
import { runChecks } from './analyze/checks/run-checks.js';
import { evaluateGates, type GateOptions } from './analyze/gates.js';
import type { WsGapConfig } from './config/config.js';
import { loadConfig } from './config/load-config.js';
import { UsageError } from './errors.js';
import { parseFileSize } from './discover/file-size.js';
import { packageInfo } from './package-info.js';
import { createProgressLine } from './progress-line.js';
import { analyze, defaultCacheLocation, DIRECTION_FILTERS, type CacheOptions, type DirectionFilter, type ScanOptions } from './index.js';
import type { ScanResult } from './model/result.js';
import { collectSnippets } from './report/html-snippets.js';
import { loadReporter, REPORT_FORMATS, type ReportFormat } from './report/report-formats.js';
import { writeReportFile } from './report/write-report.js';
// Start-up time counts (ws-gap runs on every push): what only one command, mode or format uses
// (fix, init, --watch, --explain, each reporter) is imported where it is used, not above.

/** Exit codes: fixed, never a count. */
export const EXIT_OK = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_USAGE = 2;

/** Formats that `--<format> <file>` writes next to the main report. */
const EXTRA_REPORT_FORMATS = ['markdown', 'json', 'sarif', 'html'] as const;

/** The flags `scan` and `fix` share: what to scan. */
interface InputFlags {
  backend: string[];
  frontend: string[];
  includeTests: boolean;
  maxFileSize?: number;
  cache?: boolean;
  cacheLocation?: string;
  workers?: number;
  quiet?: boolean;
  config?: string;
  contract?: string;
  direction?: DirectionFilter;
}

interface FixFlags extends InputFlags {
  dryRun: boolean;
}

interface ScanFlags extends InputFlags {
  format: ReportFormat;
  output?: string;
  markdown?: string;
  json?: string;
  sarif?: string;
  html?: string;
  mermaid: boolean;
  failOnUnhandled: boolean;
  failOnDeadHandlers: boolean;
  failOnFieldMismatch: boolean;
  baseline?: string;
  updateBaseline: boolean;
  minCoverage?: number;
  /** `true` for every event, or one event's name. */
  explain?: true | string;
  color: boolean;
  showSuppressed: boolean;
  watch: boolean;
  quiet: boolean;
  debug: boolean;
}

const EXAMPLES = `
Examples:
  $ ws-gap scan ./backend ./static
  $ ws-gap scan ./backend ./static --fail-on-unhandled
  $ ws-gap scan ./backend ./static --markdown WEBSOCKET_GAP_ANALYSIS.md
  $ ws-gap scan --backend api --backend worker --frontend web --format json -o ws-gap.json
  $ ws-gap scan ./backend ./static --explain model_deployed
  $ ws-gap init            # detect the folders and write ws-gap.config.json
  $ ws-gap fix ./backend ./static --dry-run   # handler stubs for the unhandled events, as a diff

Exit codes: 0 ok, 1 a gate failed (--fail-on-unhandled, --fail-on-dead-handlers, --min-coverage), 2 usage, config or internal error.`;

/** Runs the command line and returns the exit code; only this module touches process I/O. */
export async function main(argv: readonly string[]): Promise<number> {
  stopQuietlyWhenStdoutCloses();
  let exitCode = EXIT_OK;
  const program = buildProgram(
    async (flags, positional) => {
      exitCode = await runScan(flags, positional);
    },
    async (flags, positional) => {
      exitCode = await runFix(flags, positional);
    },
  );
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return reportError(error, argv.includes('--debug'));
  }
}

type CommandRunner<Flags> = (flags: Flags, positional: string[]) => Promise<void>;

/** Options that say what to scan, shared by `scan` and `fix`. */
function addInputOptions(command: Command): Command {
  return command
    .option('-b, --backend <path>', 'another backend folder or file (repeatable)', collect, [])
    .option('-f, --frontend <path>', 'another frontend folder or file (repeatable)', collect, [])
    .option('--include-tests', 'scan test code too (test/, tests/, *.test.*, test_*.py, ...)', false)
    .option('--max-file-size <size>', 'skip files larger than this (bytes, or 500k, 2MB; default 1MB)', parseSize)
    .option('--cache', 'reuse the last result when no scanned file and no setting changed')
    .option('--cache-location <dir>', 'where --cache keeps its entries (default node_modules/.cache/ws-gap, else .ws-gap-cache)')
    .option('--workers <n>', 'threads that parse at once (default: one per core, for big scans only; 1: no threads)', parseWorkers)
    .option('-c, --config <file>', 'config file (default: ws-gap.config.json, .ws-gaprc.json or package.json "wsGap", searched upwards)')
    .option('--contract <file>', 'expected events: an AsyncAPI document, TypeScript ServerToClientEvents/ClientToServerEvents, or JSON with "expected"');
}

function buildProgram(onScan: CommandRunner<ScanFlags>, onFix: CommandRunner<FixFlags>): Command {
  const program = new Command('ws-gap')
    .description('Find the gaps in a project\'s real-time event wiring (WebSocket, Socket.IO).')
    .version(packageInfo().version, '-v, --version')
    .exitOverride()
    .showHelpAfterError('(run ws-gap scan --help for the options)')
    .addHelpText('after', EXAMPLES);
  const scan = program
    .command('scan')
    .description('scan a backend and a frontend and report events sent but not handled, and handlers nothing sends')
    .argument('[backend]', 'backend folder or file')
    .argument('[frontend]', 'frontend folder or file');
  addInputOptions(scan)
    .addOption(new Option('--format <format>', 'report format on stdout (or in --output)').choices([...REPORT_FORMATS]).default('terminal'))
    .option('-o, --output <file>', 'write the --format report to a file instead of stdout')
    .option('--explain [event]', 'instead of the report, show each site of every event (or of one) and the rule that found it')
    .option('--markdown <file>', 'also write the Markdown report to a file')
    .option('--json <file>', 'also write the JSON report to a file')
    .option('--sarif <file>', 'also write a SARIF 2.1.0 report to a file (GitHub code scanning)')
    .option('--html <file>', 'also write the self-contained HTML report (diagram, filterable table, code) to a file')
    .option('--no-mermaid', 'no Mermaid diagrams in the Markdown report')
    .addOption(new Option('--direction <direction>', 'which events to report').choices([...DIRECTION_FILTERS]).default('both'))
    .option('--fail-on-unhandled', 'exit 1 when an event sent by one side has no handler on the other (in the reported directions)', false)
    .option('--fail-on-dead-handlers', 'exit 1 when a handler waits for an event nothing sends', false)
    .option('--fail-on-field-mismatch', 'exit 1 when a handler reads a payload field no sender provides', false)
    .option('--min-coverage <percent>', 'exit 1 when the frontend handles less than this share of server events', parsePercent)
    .option('--baseline <file>', 'fail only on findings this baseline file does not list')
    .option('--update-baseline', 'write the current findings to the --baseline file (and pass)', false)
    .option('--watch', 'keep running: re-scan on every change and print the gaps fixed and the new ones (Ctrl-C to stop)', false)
    .option('--show-suppressed', 'list events silenced by ws-gap-ignore comments in the terminal report', false)
    .option('--no-color', 'no colours in terminal output (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'no progress line and no warnings on stderr (errors and gate failures are still printed)', false)
    .option('--debug', 'show stack traces for errors', false)
    .addHelpText('after', EXAMPLES)
    .action(async (backend: string | undefined, frontend: string | undefined, flags: ScanFlags) => {
      await onScan(flags, [backend, frontend].filter((value): value is string => value !== undefined));
    });
  const fix = program
    .command('fix')
    .description('add a handler stub for each unhandled server event, where related events are handled')
    .argument('[backend]', 'backend folder or file')
    .argument('[frontend]', 'frontend folder or file');
  addInputOptions(fix)
    .option('--dry-run', 'print the stubs as a unified diff instead of writing them', false)
    .option('--debug', 'show stack traces for errors', false)
    .action(async (backend: string | undefined, frontend: string | undefined, flags: FixFlags) => {
      await onFix(flags, [backend, frontend].filter((value): value is string => value !== undefined));
    });
  program
    .command('init')
    .description('detect the backend and frontend folders of the project here and write a starting ws-gap.config.json')
    .option('--force', 'replace an existing ws-gap.config.json', false)
    .action(async (flags: { force: boolean }) => {
      await runInit(flags.force);
    });
  return program;
}

async function runScan(flags: ScanFlags, positional: string[]): Promise<number> {
  const { options, config } = scanOptionsFrom(flags, positional);
  if (flags.watch) return runWatch(options, flags);
  const progress = process.stderr.isTTY && !flags.quiet ? createProgressLine(process.stderr) : undefined;
  const result = await analyze({ ...options, onProgress: progress?.update });
  progress?.finish();
  if (!flags.quiet) for (const warning of result.warnings ?? []) process.stderr.write(`ws-gap: warning: ${warning}\n`);
  await writeReports(result, flags);
  return gateExitCode(result, flags, gatesFrom(flags, config));
}

/** The gates: a flag turns one on whatever the config says; `--min-coverage` wins over the config's. */
function gatesFrom(flags: ScanFlags, config: WsGapConfig): GateOptions {
  return {
    failOnUnhandled: flags.failOnUnhandled || (config.failOnUnhandled ?? false),
    failOnDeadHandlers: flags.failOnDeadHandlers || (config.failOnDeadHandlers ?? false),
    failOnFieldMismatch: flags.failOnFieldMismatch || (config.failOnFieldMismatch ?? false),
    minCoverage: flags.minCoverage ?? config.minCoverage,
  };
}

/** What `scan` and `fix` read: the roots (arguments, flags, else config) and the config's settings. */
function scanOptionsFrom(flags: InputFlags, positional: string[]): { options: ScanOptions; config: WsGapConfig } {
  const cwd = process.cwd();
  const { config, baseDir, file: configFile } = loadConfig(flags.config, cwd);
  const fromConfig = (paths: string[] | undefined) => (paths ?? []).map((configured) => path.resolve(baseDir, configured));
  const [positionalBackend, positionalFrontend] = positional;
  const options: ScanOptions = {
    backend: [...(positionalBackend ? [positionalBackend] : []), ...flags.backend],
    frontend: [...(positionalFrontend ? [positionalFrontend] : []), ...flags.frontend],
    includeTests: flags.includeTests || (config.includeTests ?? false),
    exclude: config.exclude,
    include: config.include,
    categories: config.categories,
    ignoreEvents: config.ignoreEvents,
    emitters: config.emitters,
    listeners: config.listeners,
    maxFileSize: flags.maxFileSize,
    cache: flags.cache ? cacheOptions(flags, cwd) : undefined,
    workers: flags.workers,
    direction: flags.direction ?? 'both',
    contract: contractFile(flags.contract, config, baseDir, configFile),
    cwd,
  };
  if (options.backend.length === 0) options.backend = fromConfig(config.backend);
  if (options.frontend.length === 0) options.frontend = fromConfig(config.frontend);
  return { options, config };
}

/**
 * `fix`: handler stubs for the unhandled server events, in the style of the files that already
 * handle related events. `--dry-run` prints them as a unified diff instead of writing them.
 */
async function runFix(flags: FixFlags, positional: string[]): Promise<number> {
  const { options } = scanOptionsFrom(flags, positional);
  const { applyFixes, noteText, planFixes, renderUnifiedDiff } = await import('./fix/index.js');
  const plan = planFixes(await analyze(options), options.cwd ?? process.cwd());
  if (flags.dryRun) {
    process.stdout.write(renderUnifiedDiff(plan) || 'Nothing to fix.\n');
    return EXIT_OK;
  }
  const applied = applyFixes(plan, options.cwd ?? process.cwd());
  const lines = [
    ...applied.written.map(({ file, events }) => `Added ${events.length === 1 ? 'a handler' : 'handlers'} for ${events.join(', ')} to ${file}`),
    ...plan.notes.map(noteText),
  ];
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'Nothing to fix.\n');
  for (const failure of applied.failed) process.stderr.write(`ws-gap: cannot fix ${failure.file}: ${failure.reason}\n`);
  return applied.failed.length ? EXIT_USAGE : EXIT_OK;
}

/**
 * `--watch`: the full report once, then after each change what changed (gaps fixed, new gaps)
 * and the summary line. Ctrl-C stops it with exit code 0.
 */
async function runWatch(options: ScanOptions, flags: ScanFlags): Promise<number> {
  const { watchScan } = await import('./watch/watch-scan.js');
  const { describeChanges, resultChanges } = await import('./watch/result-changes.js');
  const { summaryLines } = await import('./report/terminal-lists.js');
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  const roots = [...options.backend, ...options.frontend].map((root) => path.resolve(options.cwd ?? process.cwd(), root));
  await watchScan({ ...options, roots }, {
    onResult: async (result, previous) => {
      if (!previous) {
        await writeReports(result, flags);
        process.stdout.write('Watching for changes (Ctrl-C to stop)...\n');
        return;
      }
      const changes = describeChanges(resultChanges(previous, result));
      const lines = [...(changes.length ? changes : ['no change in the findings']), ...summaryLines(result.summary)];
      process.stdout.write(`\n${lines.join('\n')}\n`);
    },
    onError: (error) => process.stderr.write(`ws-gap: ${error instanceof Error ? error.message : String(error)}\n`),
  }, stop.signal);
  return EXIT_OK;
}

function cacheOptions(flags: InputFlags, cwd: string): CacheOptions {
  return {
    location: flags.cacheLocation ?? defaultCacheLocation(cwd),
    // A cache problem never changes the report, so it is only ever a warning.
    onWarning: (message) => {
      if (!flags.quiet) process.stderr.write(`ws-gap: warning: ${message}\n`);
    },
  };
}

/** `--contract`, else the config's `contract` (relative to the config), else the config itself when it lists `expected`. */
function contractFile(flag: string | undefined, config: WsGapConfig, baseDir: string, configFile: string | undefined): string | undefined {
  if (flag) return flag;
  if (config.contract) return path.resolve(baseDir, config.contract);
  return config.expected ? configFile : undefined;
}

async function writeReports(result: ScanResult, flags: ScanFlags): Promise<void> {
  const color = flags.color && !flags.output && flags.format === 'terminal' && useColor();
  const wantsHtml = flags.format === 'html' || flags.html !== undefined;
  // Only the HTML report shows code, and reading it back costs a pass over the files.
  const snippets = wantsHtml ? collectSnippets(result, process.cwd()) : undefined;
  const options = { color, showSuppressed: flags.showSuppressed, mermaid: flags.mermaid, snippets };
  const main = flags.explain ? await explanation(result, flags.explain) : (await loadReporter(flags.format))(result, options);
  if (flags.output) writeReportFile(flags.output, main);
  else process.stdout.write(main);
  for (const format of EXTRA_REPORT_FORMATS) {
    const file = flags[format];
    if (file) writeReportFile(file, (await loadReporter(format))(result, { ...options, color: false }));
  }
}

/** `--explain`: each site of every event (`true`) or of one, with the rule that found it. */
async function explanation(result: ScanResult, event: true | string): Promise<string> {
  const { renderExplanation } = await import('./report/explain.js');
  const { ruleDescriptions } = await import('./extract/rule-descriptions.js');
  return renderExplanation(result, { event: event === true ? undefined : event, rules: ruleDescriptions() });
}

async function runInit(force: boolean): Promise<void> {
  const { writeStartingConfig } = await import('./init/write-config.js');
  const outcome = await writeStartingConfig(process.cwd(), force);
  const lines = [
    `Wrote ${path.relative(process.cwd(), outcome.file)}:`,
    ...outcome.roots.map((root) => `  ${root.side.padEnd(8)} ${root.path}  (${root.reason})`),
    `  frameworks found: ${outcome.frameworks.join(', ') || 'none yet'}`,
    'Run `ws-gap scan` to use it.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * With `--baseline`, the gates count only findings the baseline does not list; `--update-baseline`
 * writes every current finding to it instead, and passes.
 */
function gateExitCode(result: ScanResult, flags: ScanFlags, gates: GateOptions): number {
  const findings = runChecks(result).filter((finding) => !finding.suppression);
  if (flags.baseline && flags.updateBaseline) {
    writeReportFile(flags.baseline, renderBaseline(findings));
    return EXIT_OK;
  }
  const newFindings = flags.baseline ? findingsNotInBaseline(findings, readBaseline(flags.baseline)) : findings;
  const failures = evaluateGates(result.summary, newFindings, gates);
  for (const failure of failures) process.stderr.write(`ws-gap: ${failure.gate}: ${failure.reason}\n`);
  return failures.length ? EXIT_GATE_FAILED : EXIT_OK;
}

/** Colour on a terminal, or when FORCE_COLOR asks for it; NO_COLOR always wins. */
function useColor(): boolean {
  if ('NO_COLOR' in process.env) return false;
  const forced = process.env.FORCE_COLOR;
  return forced !== undefined && forced !== '0' ? true : process.stdout.isTTY === true;
}

function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help/version text).
    const printedHelpOrVersion = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
    return printedHelpOrVersion ? EXIT_OK : EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  const prefix = error instanceof UsageError ? 'ws-gap: ' : 'ws-gap: internal error: ';
  process.stderr.write(`${prefix}${message.split('\n')[0]}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT_USAGE;
}

function parseSize(value: string): number {
  const bytes = parseFileSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size such as 2048, 500k or 2MB');
  return bytes;
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return workers;
}

function parsePercent(value: string): number {
  const percent = Number(value);
  if (value.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new InvalidArgumentError('expected a number from 0 to 100');
  }
  return percent;
}

/**
 * `ws-gap scan ... | head` closes stdout early: that is the reader's choice, not an error, so the
 * run ends quietly (with the exit code decided so far) instead of with a stack trace.
 */
function stopQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? EXIT_OK);
  });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

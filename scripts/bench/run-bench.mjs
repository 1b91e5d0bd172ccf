#!/usr/bin/env node
/**
 * `npm run bench`: generates the synthetic monorepo (fixed seed) in a temporary folder and times,
 * alternating run by run, ws-gap cold, ws-gap warm (once ws-gap has `--cache`), ripgrep and
 * ast-grep over it; then the reference fixture scan including Node start-up. Prints a table and
 * writes everything as JSON (bench-results.json by default).
 *
 *   node scripts/bench/run-bench.mjs [--runs 5] [--files 10000] [--seed 6] [--corpus DIR] [--keep]
 *                                    [--cli dist/bundle/cli.js] [--output bench-results.json] [--fixture-runs 10]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FILES, DEFAULT_SEED, generateCorpus } from './generate-corpus.mjs';
import { median, timeRun } from './measure.mjs';
import { printReport } from './print-report.mjs';
import { benchmarkTools, hasCacheOption } from './tools.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REFERENCE_FIXTURE = ['fixtures/mlops-dashboard/backend', 'fixtures/mlops-dashboard/static'];
/** The file the warm runs change before each re-scan: one file with event code. */
const WARM_CHANGED_FILE = 'services/service-00/app/realtime/notify.py';

function parseOptions(argv) {
  const options = {
    runs: 5, files: DEFAULT_FILES, seed: DEFAULT_SEED, corpus: undefined, keep: false,
    cli: path.join(REPO_ROOT, 'dist/bundle/cli.js'), output: path.join(REPO_ROOT, 'bench-results.json'), fixtureRuns: 10,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === '--keep') options.keep = true;
    else if (flag === '--corpus') (options.corpus = path.resolve(value)), (index += 1);
    else if (flag === '--cli') (options.cli = path.resolve(value)), (index += 1);
    else if (flag === '--output') (options.output = path.resolve(value)), (index += 1);
    else if (['--runs', '--files', '--seed', '--fixture-runs'].includes(flag)) {
      const key = flag === '--fixture-runs' ? 'fixtureRuns' : flag.slice(2);
      options[key] = Number(value);
      index += 1;
    } else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  };
}

const CORPUS_STATS_FILE = 'corpus.json';

/**
 * The corpus to time: the `--corpus` folder (generated there first if it holds no corpus yet), or
 * a new temporary folder, removed after the run unless `--keep`.
 */
function prepareCorpus(options) {
  const statsFile = options.corpus && path.join(options.corpus, CORPUS_STATS_FILE);
  if (statsFile && fs.existsSync(statsFile)) {
    return { folder: options.corpus, stats: JSON.parse(fs.readFileSync(statsFile, 'utf8')), temporary: false };
  }
  const folder = options.corpus ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ws-gap-bench-'));
  const stats = generateCorpus(folder, { seed: options.seed, files: options.files });
  fs.writeFileSync(path.join(folder, CORPUS_STATS_FILE), JSON.stringify(stats, null, 2));
  return { folder, stats, temporary: options.corpus === undefined };
}

function timing(results) {
  const seconds = results.map((result) => result.seconds);
  const rss = results.map((result) => result.peakRssKb).filter((value) => value !== undefined);
  return {
    seconds: seconds.map((value) => Number(value.toFixed(3))),
    median: Number(median(seconds).toFixed(3)),
    ...(rss.length ? { peakRssMb: Math.round(Math.max(...rss) / 1024) } : {}),
    exitCodes: [...new Set(results.map((result) => result.code))],
  };
}

/** Timing plus throughput over the corpus's source files. */
function corpusTiming(results, corpus) {
  const measured = timing(results);
  return {
    ...measured,
    filesPerSecond: Math.round(corpus.sourceFiles / measured.median),
    mbPerSecond: Number((corpus.sourceBytes / 1e6 / measured.median).toFixed(1)),
  };
}

/** `--cache` runs after one file changed; undefined when this ws-gap has no cache. */
async function warmRuns(tool, folder, runs) {
  if (!hasCacheOption(tool)) return undefined;
  const cacheArgs = ['--cache', '--cache-location', path.join(folder, '.ws-gap-bench-cache')];
  await timeRun(tool.command, [...tool.args, ...cacheArgs], { cwd: folder });
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    fs.appendFileSync(path.join(folder, WARM_CHANGED_FILE), `# changed for warm run ${run}\n`);
    results.push(await timeRun(tool.command, [...tool.args, ...cacheArgs], { cwd: folder }));
  }
  return results;
}

/** Runs every available tool once per round, rotating which goes first so no tool always gets a cold disk cache. */
async function alternatingRuns(tools, folder, runs) {
  const results = Object.fromEntries(tools.map((tool) => [tool.name, []]));
  for (let round = 0; round < runs; round += 1) {
    for (let offset = 0; offset < tools.length; offset += 1) {
      const tool = tools[(round + offset) % tools.length];
      const keepOutput = tool.name === 'ws-gap' && round === 0;
      const result = await timeRun(tool.command, tool.args, { cwd: folder, keepOutput });
      results[tool.name].push(result);
      process.stderr.write(`  round ${round + 1}/${runs} ${tool.name}: ${result.seconds.toFixed(2)} s\n`);
    }
  }
  return results;
}

async function fixtureRuns(tool, runs) {
  const args = [...tool.args.slice(0, 3), ...REFERENCE_FIXTURE, '--format', 'json'];
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await timeRun(tool.command, args, { cwd: REPO_ROOT }));
  return results;
}

function wsGapSummary(result) {
  try {
    const report = JSON.parse(result.stdout ?? '');
    return { filesScanned: report.summary.filesScanned, events: report.events.length, skipped: report.skipped.length };
  } catch {
    return { error: result.stderr.trim().split('\n')[0] ?? 'no JSON report' };
  }
}

function ratio(a, b) {
  return a && b ? Number((a.median / b.median).toFixed(2)) : null;
}

function targets(results) {
  const { wsGap, astGrep, ripgrep, warm, fixture } = results;
  const verdict = (met) => (met === null ? 'n/a' : met ? 'met' : 'missed');
  return [
    { target: 'cold scan faster than ast-grep', value: ratio(wsGap, astGrep), verdict: verdict(astGrep ? wsGap.median < astGrep.median : null) },
    { target: 'warm re-scan within 3x ripgrep', value: ratio(warm, ripgrep), verdict: verdict(warm && ripgrep ? warm.median <= 3 * ripgrep.median : null) },
    { target: 'peak RSS under 400 MB', value: wsGap.peakRssMb ?? null, verdict: verdict(wsGap.peakRssMb === undefined ? null : wsGap.peakRssMb < 400) },
    { target: 'reference fixture under 300 ms', value: fixture.median, verdict: verdict(fixture.median < 0.3) },
  ];
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const toolset = benchmarkTools({ repoRoot: REPO_ROOT, cliModule: options.cli });
  if (!toolset.wsGap.version) throw new Error(toolset.wsGap.install);
  const missing = [toolset.ripgrep, toolset.astGrep].filter((tool) => !tool.version);
  for (const tool of missing) process.stderr.write(`${tool.name} not found: ${tool.install}\n`);
  process.stderr.write('generating the corpus...\n');
  const corpus = prepareCorpus(options);
  try {
    const tools = [toolset.wsGap, toolset.ripgrep, toolset.astGrep].filter((tool) => tool.version);
    const timed = await alternatingRuns(tools, corpus.folder, options.runs);
    const warm = await warmRuns(toolset.wsGap, corpus.folder, options.runs);
    const fixture = await fixtureRuns(toolset.wsGap, options.fixtureRuns);
    const summary = (name) => (timed[name] ? corpusTiming(timed[name], corpus.stats) : null);
    const measured = {
      wsGap: summary('ws-gap'),
      ripgrep: summary('ripgrep'),
      astGrep: summary('ast-grep'),
      warm: warm ? corpusTiming(warm, corpus.stats) : null,
      fixture: timing(fixture),
    };
    const results = {
      date: new Date().toISOString(),
      machine: machine(),
      versions: { ripgrep: toolset.ripgrep.version ?? null, astGrep: toolset.astGrep.version ?? null },
      corpus: { ...corpus.stats, folder: corpus.temporary && !options.keep ? null : corpus.folder },
      runs: options.runs,
      wsGapReport: wsGapSummary(timed['ws-gap'][0]),
      ...measured,
      ratios: {
        coldToRipgrep: ratio(measured.wsGap, measured.ripgrep),
        coldToAstGrep: ratio(measured.wsGap, measured.astGrep),
        warmToRipgrep: ratio(measured.warm, measured.ripgrep),
        warmToAstGrep: ratio(measured.warm, measured.astGrep),
      },
      missingTools: missing.map((tool) => ({ tool: tool.name, install: tool.install })),
    };
    results.targets = targets(results);
    fs.writeFileSync(options.output, `${JSON.stringify(results, null, 2)}\n`);
    printReport(results);
    process.stdout.write(`\nJSON written to ${path.relative(process.cwd(), options.output) || options.output}\n`);
  } finally {
    if (corpus.temporary && !options.keep) fs.rmSync(corpus.folder, { recursive: true, force: true });
  }
}

await main();

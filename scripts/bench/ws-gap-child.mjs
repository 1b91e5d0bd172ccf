/**
 * Runs the ws-gap CLI from a given module (the repository's `dist/bundle/cli.js` in the benchmark) and,
 * on exit, reports the process's peak resident memory on stderr for the runner to read.
 *
 *   node scripts/bench/ws-gap-child.mjs <path/to/cli.js> scan ...
 */
import { pathToFileURL } from 'node:url';
import { PEAK_RSS_MARK } from './tools.mjs';

const [, , cliModule, ...args] = process.argv;
const { main } = await import(pathToFileURL(cliModule).href);
process.on('exit', () => process.stderr.write(`\n${PEAK_RSS_MARK}${process.resourceUsage().maxRSS}\n`));
process.exitCode = await main([process.argv[0], 'ws-gap', ...args]);

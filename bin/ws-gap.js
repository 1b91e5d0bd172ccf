#!/usr/bin/env node
// Launcher: the CLI lives in the compiled dist/ folder (built by `npm run build`, run by `prepare`).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);

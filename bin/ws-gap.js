#!/usr/bin/env node
// Launcher: the CLI is compiled to dist/ and bundled into dist/bundle/ (both by `npm run build`,
// run by `prepare`); the bundle starts faster than the ~200 modules of dist/.
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv);

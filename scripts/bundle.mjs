// Bundles the compiled CLI (dist/) into a few files under dist/bundle/, which bin/ws-gap.js runs:
// Node loads one module graph of ~200 small files measurably slower than a few large ones.
// dist/ itself stays as tsc wrote it (the library entry point, and what the tests import).
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'dist/cli.js', 'extract-worker': 'dist/extract/parallel/extract-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

/** Folders and files never scanned: dependencies, environments, build output, minified bundles. */
export const DEFAULT_EXCLUDES: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.venv/**',
  '**/venv/**',
  '**/__pycache__/**',
  '**/dist/**',
  '**/build/**',
  '**/*.min.js',
];

/**
 * Test code. A socket client test inside a server folder is not the server, so it is left out
 * unless `--include-tests` is given.
 */
export const TEST_EXCLUDES: readonly string[] = [
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/*.test.*',
  '**/*.spec.*',
  '**/test_*.py',
  '**/*_test.py',
  '**/conftest.py',
];

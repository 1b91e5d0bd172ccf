import { createRequire } from 'node:module';

/**
 * `@babel/parser`, loaded with `require`: an `import` of this 530 kB CommonJS file makes Node scan
 * all of it for export names first, which costs 40–100 ms of every run's start-up (10–18 ms this way).
 */
export const { parse, parseExpression } = createRequire(import.meta.url)('@babel/parser') as typeof import('@babel/parser');

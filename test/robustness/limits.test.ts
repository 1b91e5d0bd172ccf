import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type ScanResult } from '../../src/index.js';
import { REPORTERS } from '../../src/report/index.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const DYNAMIC_SENDS = 3000;
/** More lines than this is a dump, not a report someone reads in a terminal. */
const READABLE_LINES = 400;

let result: ScanResult;

beforeAll(async () => {
  const sends = Array.from({ length: DYNAMIC_SENDS }, (_, index) => `  socket.emit(\`job_${index}_\${id}\`, {});`).join('\n');
  const root = makeTempTree({
    'server/app.js': `const { Server } = require('socket.io');\nconst io = new Server();\nio.on('connection', (socket) => {\n${sends}\n  socket.emit('plain', {});\n});\n`,
    'client/app.js': "const socket = io();\nsocket.on('plain', () => {});\n",
  });
  result = await analyze({ backend: [path.join(root, 'server')], frontend: [path.join(root, 'client')], cwd: root });
}, 120_000);

describe('thousands of dynamic sites', () => {
  it('are all found, each as a dynamic name', () => {
    expect(result.summary.dynamicSites).toBe(DYNAMIC_SENDS);
    expect(result.events.filter((event) => event.dynamic)).toHaveLength(DYNAMIC_SENDS);
  });

  it('the JSON report keeps every one of them', () => {
    const events = JSON.parse(REPORTERS.json(result, { color: false })).events as ScanResult['events'];
    expect(events.filter((event) => event.dynamic)).toHaveLength(DYNAMIC_SENDS);
  });

  it('the terminal report summarises them instead of dumping thousands of rows', () => {
    const report = REPORTERS.terminal(result, { color: false });
    expect(report.split('\n').length).toBeLessThan(READABLE_LINES);
    expect(report).toContain(`... and ${DYNAMIC_SENDS - 20} more dynamic event names (--format json lists them all).`);
  });
});

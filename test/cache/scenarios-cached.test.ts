import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type ScanOptions } from '../../src/index.js';
import { makeTempTree } from '../helpers/temp-tree.js';
import { jsonReport } from './scan-report.js';

const SERVER = "const { Server } = require('socket.io');\nconst io = new Server();\nio.emit('job_done', {});\nio.emit('job_failed', {}); // ws-gap-ignore: job_failed -- tested elsewhere\n";
const CLIENT = "import { io } from 'socket.io-client';\nconst socket = io();\nsocket.on('job_done', () => {});\nsocket.on('job_gone', () => {});\n";

/** A project with something in every skip category and a suppression, scanned from its root. */
function troubledProject(): { root: string; options: ScanOptions } {
  const root = makeTempTree({
    'server/app.js': SERVER,
    'server/big.js': `${'// padding to go over the size limit\n'.repeat(100)}io.emit('big_event', {});\n`,
    'client/app.js': CLIENT,
    'client/broken.ts': "import { io } from 'socket.io-client';\nconst socket = io();\nsocket.on('half', (\n",
    'client/latin1.js': Buffer.from([0x2f, 0x2f, 0x20, 0xe9, 0x0a]),
    'client/binary.js': Buffer.from([0x61, 0x00, 0x62]),
    'client/utf16.js': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("const s = io();\ns.on('wide', f);\n", 'utf16le')]),
    'client/vendor.js': `var a=${'1+'.repeat(2000)}1;\n`.repeat(3),
  });
  fs.symlinkSync(path.join(root, 'client'), path.join(root, 'client/loop'));
  return { root, options: { backend: ['server'], frontend: ['client'], cwd: root, maxFileSize: 2000 } };
}

async function expectCachedMatches(options: ScanOptions, cache: ScanOptions['cache']) {
  const uncached = await jsonReport(options);
  const cached = await jsonReport({ ...options, cache });
  expect(cached.report).toBe(uncached.report);
  return cached;
}

const cacheIn = (root: string) => ({ location: path.join(root, '.ws-gap-cache'), onWarning: (message: string) => expect.fail(message) });

describe('--cache on troubled input', () => {
  it('skipped files, parse errors, encodings and suppressions come back the same, cold and warm', async () => {
    const { root, options } = troubledProject();
    const cold = await expectCachedMatches(options, cacheIn(root));
    const skipped = JSON.parse(cold.report).skipped.map((entry: { file: string }) => entry.file);
    expect(skipped).toEqual(['client/binary.js', 'client/broken.ts', 'client/latin1.js', 'client/loop', 'client/vendor.js', 'server/big.js']);
    expect(cold.report).toContain('"reason": "tested elsewhere"');
    expect(cold.report).toContain('"name": "wide"');
    const warm = await expectCachedMatches(options, cacheIn(root));
    expect([cold.parsed, warm.parsed]).toEqual([true, false]);
  });

  it('a different size limit or wrapper list is a different entry', async () => {
    const { root, options } = troubledProject();
    await expectCachedMatches(options, cacheIn(root));
    const larger = await expectCachedMatches({ ...options, maxFileSize: 100_000 }, cacheIn(root));
    expect(larger.parsed).toBe(true);
    expect(larger.report).toContain('"name": "big_event"');
    const wrapped = await expectCachedMatches({ ...options, emitters: ['notify'] }, cacheIn(root));
    expect(wrapped.parsed).toBe(true);
  });

  it('a file touched but not changed is still a hit; the same bytes under a new name are not', async () => {
    const { root, options } = troubledProject();
    await expectCachedMatches(options, cacheIn(root));
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'client/app.js'), later, later);
    expect((await expectCachedMatches(options, cacheIn(root))).parsed).toBe(false);
    fs.renameSync(path.join(root, 'client/app.js'), path.join(root, 'client/main.js'));
    const renamed = await expectCachedMatches(options, cacheIn(root));
    expect(renamed.parsed).toBe(true);
    expect(renamed.report).toContain('"file": "client/main.js"');
  });

  it('a file edited between hashing and reading is not filed under the bytes hashed', async () => {
    // Sources are read in batches of 64, so the edit after the first batch is read by the scan.
    const fillers = Object.fromEntries(Array.from({ length: 70 }, (_, index) => [`client/f${String(index).padStart(2, '0')}.js`, `export const n${index} = ${index};\n`]));
    const root = makeTempTree({ ...fillers, 'server/app.js': SERVER, 'client/zz.js': CLIENT });
    const options = { backend: ['server'], frontend: ['client'], cwd: root };
    const client = path.join(root, 'client/zz.js');
    const editMidScan = (progress: { stage: string; done?: number }) => {
      if (progress.stage === 'reading' && progress.done === 64) fs.writeFileSync(client, CLIENT.replace('job_gone', 'job_edited'));
    };
    const during = await analyze({ ...options, cache: cacheIn(root), onProgress: editMidScan });
    expect(JSON.stringify(during.events.map((event) => event.name))).toContain('job_edited');
    fs.writeFileSync(client, CLIENT);
    const after = await expectCachedMatches(options, cacheIn(root));
    expect(after.parsed).toBe(true);
    expect(after.report).toContain('"name": "job_gone"');
  });
});

describe('the cache folder', () => {
  it('a corrupt, truncated or foreign entry is a miss, then replaced', async () => {
    const { root, options } = troubledProject();
    const folder = path.join(root, '.ws-gap-cache');
    await expectCachedMatches(options, cacheIn(root));
    const [entry] = fs.readdirSync(folder);
    expect(entry).toMatch(/^[0-9a-f]{64}\.json$/);
    const entryPath = path.join(folder, entry!);
    const good = fs.readFileSync(entryPath, 'utf8');
    for (const bad of [good.slice(0, good.length / 2), 'null', '{"format":1,"key":"other","value":{"sites":[],"skipped":[]}}', '\u0000\u0001']) {
      fs.writeFileSync(entryPath, bad);
      expect((await expectCachedMatches(options, cacheIn(root))).parsed).toBe(true);
      expect(fs.readFileSync(entryPath, 'utf8')).toBe(good);
    }
  });

  it('one that cannot be created means one warning and a scan without the cache', async () => {
    const { root, options } = troubledProject();
    fs.writeFileSync(path.join(root, 'not-a-folder'), '');
    const warnings: string[] = [];
    const cache = { location: 'not-a-folder/cache', onWarning: (message: string) => warnings.push(message) };
    expect((await expectCachedMatches(options, cache)).parsed).toBe(true);
    expect(warnings).toEqual([`the cache folder ${path.join(root, 'not-a-folder/cache')} cannot be used (ENOTDIR); scanning without the cache`]);
  });

  it('concurrent scans sharing one folder all give the uncached report and leave one whole entry', async () => {
    const { root, options } = troubledProject();
    const uncached = (await jsonReport(options)).report;
    const runs = await Promise.all([1, 2, 3, 4].map(() => jsonReport({ ...options, cache: cacheIn(root) })));
    expect(runs.map((run) => run.report)).toEqual([uncached, uncached, uncached, uncached]);
    expect(fs.readdirSync(path.join(root, '.ws-gap-cache'))).toHaveLength(1);
    expect((await expectCachedMatches(options, cacheIn(root))).parsed).toBe(false);
  });
});

describe('--cache after a change parses only the groups of files that changed', () => {
  const notifier = (event: string) => `import socketio\nsio = socketio.AsyncServer()\n\nasync def notify():\n    await sio.emit("${event}", {})\n`;

  it('reuses the unchanged groups and gives the report of a scan without the cache', async () => {
    const root = makeTempTree({
      'api/billing/notify.py': notifier('invoice_paid'),
      'api/billing/models.py': 'class Invoice:\n    pass\n',
      'api/chat/notify.py': notifier('message_sent'),
      'api/chat/rooms.py': 'from .notify import notify\n\nasync def join():\n    await notify()\n',
      'web/app.js': "import { io } from 'socket.io-client';\nconst socket = io();\nsocket.on('invoice_paid', () => {});\n",
    });
    const options: ScanOptions = { backend: ['api'], frontend: ['web'], cwd: root };
    const cold = await expectCachedMatches(options, cacheIn(root));
    expect(cold.parsedFiles).toBe(4);
    fs.writeFileSync(path.join(root, 'api/chat/notify.py'), notifier('message_posted'));
    const changed = await expectCachedMatches(options, cacheIn(root));
    expect(changed.parsedFiles).toBe(2);
    expect(changed.report).toContain('"name": "message_posted"');
    expect(changed.report).toContain('"name": "invoice_paid"');
    fs.writeFileSync(path.join(root, 'web/app.js'), "import { io } from 'socket.io-client';\nconst socket = io();\nsocket.on('message_posted', () => {});\n");
    expect((await expectCachedMatches(options, cacheIn(root))).parsedFiles).toBe(1);
    expect((await expectCachedMatches(options, cacheIn(root))).parsedFiles).toBe(0);
  });
});

describe('a cache kept in memory (what --watch uses)', () => {
  it('reuses what the last scan found, as the folder does, and writes nothing to disk', async () => {
    const root = makeTempTree({
      'api/notify.py': 'import socketio\nsio = socketio.AsyncServer()\n\nasync def notify():\n    await sio.emit("job_done", {})\n',
      'web/app.js': "import { io } from 'socket.io-client';\nconst socket = io();\nsocket.on('job_done', () => {});\n",
    });
    const options: ScanOptions = { backend: ['api'], frontend: ['web'], cwd: root };
    const memory = new Map<string, string>();
    const cold = await expectCachedMatches(options, { memory });
    expect([cold.parsedFiles, memory.size]).toEqual([2, 1]);
    const warm = await jsonReport({ ...options, cache: { memory } });
    expect([warm.parsedFiles, warm.report]).toEqual([0, cold.report]);
    fs.writeFileSync(path.join(root, 'web/app.js'), "import { io } from 'socket.io-client';\nconst socket = io();\nsocket.on('job_gone', () => {});\n");
    const changed = await expectCachedMatches(options, { memory });
    expect(changed.parsedFiles).toBe(1);
    expect(fs.readdirSync(root)).toEqual(['api', 'web']);
  });
});

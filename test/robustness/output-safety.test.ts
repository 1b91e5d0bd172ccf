import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type ScanResult } from '../../src/index.js';
import { UsageError } from '../../src/errors.js';
import { renderExplanation } from '../../src/report/explain.js';
import { REPORTERS } from '../../src/report/index.js';
import { writeReportFile } from '../../src/report/write-report.js';
import { makeTempTree } from '../helpers/temp-tree.js';

/** Clears the screen, sets the window title, rings the bell, reverses text: none of it may reach a terminal raw. */
const HOSTILE_NAME = 'evil\\u001b[2J\\u001b]0;pwned\\u0007\\u202etxt<img src=x onerror=alert(1)>|pipe';
const HOSTILE_FOLDER = 'client\u001b[31m';
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let result: ScanResult;

beforeAll(async () => {
  const root = makeTempTree({
    'server/app.js': `const { Server } = require('socket.io');\nconst io = new Server();\nio.emit('${HOSTILE_NAME}', {});\nio.emit('plain', {});\n`,
    [`${HOSTILE_FOLDER}/app.js`]: "const socket = io();\nsocket.on('plain', () => {});\nsocket.on('ghost\\u0007', () => {});\n",
  });
  result = await analyze({ backend: [path.join(root, 'server')], frontend: [path.join(root, HOSTILE_FOLDER)], cwd: root });
});

describe('control characters in event names and paths never reach the terminal raw', () => {
  it('the scan really carries the hostile name and path', () => {
    expect(result.events.map((event) => event.name)).toContain('evil\u001b[2J\u001b]0;pwned\u0007\u202etxt<img src=x onerror=alert(1)>|pipe');
    expect(result.events.flatMap((event) => event.handled.map((site) => site.file))).toContain('client\u001b[31m/app.js');
  });

  it.each(['terminal', 'markdown'] as const)('%s report, no colour: no raw control character at all', (format) => {
    const output = REPORTERS[format](result, { color: false });
    expect(output).toContain('\\x1b');
    expect(output).not.toMatch(RAW_CONTROLS);
  });

  it('GitHub annotations: the message escapes them', () => {
    const messages = REPORTERS.github(result, { color: false }).split('\n').map((line) => line.slice(line.indexOf('::', 2)));
    expect(messages.join('\n')).not.toMatch(RAW_CONTROLS);
  });

  it('GitHub annotations: the file= property escapes them too', () => {
    expect(REPORTERS.github(result, { color: false })).not.toMatch(RAW_CONTROLS);
  });

  it('terminal report in colour: only the colours it adds, never the injected sequences', () => {
    const output = REPORTERS.terminal(result, { color: true });
    expect(output).not.toContain('\u001b[2J');
    expect(output).not.toContain('\u001b]');
    expect(output).not.toContain('\u0007');
    expect(output).not.toContain('\u001b[31m/app.js');
    expect(output.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROLS);
  });

  it('--explain output', () => {
    expect(renderExplanation(result, { event: undefined })).not.toMatch(RAW_CONTROLS);
  });
});

describe('Markdown and HTML special characters are escaped', () => {
  it('HTML report: the name is text, never markup', () => {
    const html = REPORTERS.html(result, { color: false });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('Markdown report: the name only ever appears inside code, and a | never splits a table cell', () => {
    const markdown = REPORTERS.markdown(result, { color: false });
    let inFence = false;
    for (const line of markdown.split('\n')) {
      if (line.startsWith('```')) inFence = !inFence;
      if (inFence) continue;
      const outsideCode = line.replace(/`[^`]*`/g, '');
      expect(outsideCode).not.toContain('<img');
      if (line.startsWith('|')) expect(line).not.toMatch(/[^\\]\|pipe/);
    }
  });
});

describe('writing a report file', () => {
  it('writes the whole text and leaves nothing else beside it', () => {
    const folder = makeTempTree({});
    writeReportFile(path.join(folder, 'report.json'), '{"ok":true}\n');
    expect(fs.readdirSync(folder)).toEqual(['report.json']);
    expect(fs.readFileSync(path.join(folder, 'report.json'), 'utf8')).toBe('{"ok":true}\n');
  });

  it('replaces a symbolic link at the path instead of writing through it', () => {
    const elsewhere = makeTempTree({ 'precious.txt': 'keep me\n' });
    const folder = makeTempTree({});
    const target = path.join(folder, 'report.md');
    fs.symlinkSync(path.join(elsewhere, 'precious.txt'), target);
    writeReportFile(target, '# report\n');
    expect(fs.lstatSync(target).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(target, 'utf8')).toBe('# report\n');
    expect(fs.readFileSync(path.join(elsewhere, 'precious.txt'), 'utf8')).toBe('keep me\n');
  });

  it('fails with a usage error, leaving what was there and no temporary file', () => {
    const folder = makeTempTree({ 'report.md/keep.txt': 'x' });
    expect(() => writeReportFile(path.join(folder, 'report.md'), 'text')).toThrow(UsageError);
    expect(fs.readdirSync(folder)).toEqual(['report.md']);
    expect(fs.readFileSync(path.join(folder, 'report.md/keep.txt'), 'utf8')).toBe('x');
    expect(() => writeReportFile(path.join(folder, 'missing/report.md'), 'text')).toThrow(UsageError);
    expect(fs.readdirSync(folder)).toEqual(['report.md']);
  });
});

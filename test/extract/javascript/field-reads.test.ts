import { describe, expect, it } from 'vitest';

import { extract, readsBySite } from './extract-sources.js';

const SOCKET = ["import { io } from 'socket.io-client';", 'const socket = io();'];

describe('fields a handler callback reads from its payload', () => {
  it('reads members, optional members, string keys, nested members and unwrapped data', async () => {
    const text = [
      ...SOCKET,
      "socket.on('status', (data) => {",
      "  show(data.status, data?.progress, data['stage'], data.stats.cpu, data.data.pipeline_id);",
      '});',
    ].join('\n');
    expect(await readsBySite({ path: 'src/status.js', text })).toEqual([
      ['status', [['status', 4, 13], ['progress', 4, 27], ['stage', 4, 42], ['stats.cpu', 4, 63], ['data.pipeline_id', 4, 78]]],
    ]);
  });

  it('reads destructuring in the parameter and in declarations, each key of the pattern', async () => {
    const text = [
      ...SOCKET,
      "socket.on('progress', ({ status, progress: pct, stats: { cpu } = {} }) => draw(status, pct, cpu));",
      "socket.on('job', (data) => {",
      '  const { a, b: { c } } = data;',
      '  const { detail = "none" } = data || {};',
      '  return a + c + detail;',
      '});',
    ].join('\n');
    expect(await readsBySite({ path: 'src/destructure.js', text })).toEqual([
      ['progress', [['status', 3, 26], ['progress', 3, 34], ['stats', 3, 49], ['stats.cpu', 3, 58]]],
      ['job', [['a', 5, 11], ['b', 5, 14], ['b.c', 5, 19], ['detail', 6, 11]]],
    ]);
  });

  it('follows aliases, rest elements and TypeScript wrappers, and stops one level below the payload', async () => {
    const text = [
      ...SOCKET,
      "socket.on('alias', (msg: Incoming) => {",
      '  const inner = (msg as Wrapped).data;',
      '  const { type, ...rest } = msg;',
      '  return inner!.id + rest.extra + msg.stats.cpu.max;',
      '});',
    ].join('\n');
    expect(await readsBySite({ path: 'src/alias.ts', text })).toEqual([
      ['alias', [['data', 4, 34], ['data.id', 6, 17], ['extra', 6, 27], ['stats.cpu', 6, 45]]],
    ]);
  });

  it('leaves out method calls, length, writes, deletes and the type key', async () => {
    const text = [
      ...SOCKET,
      "socket.on('items', (data) => {",
      '  data.items.forEach(render);',
      '  data.name.toUpperCase();',
      '  data.list.length;',
      '  data.seen = true;',
      '  delete data.cache;',
      '  data.count += 1;',
      '  if (data.type) data.hasOwnProperty("x");',
      '});',
    ].join('\n');
    expect(await readsBySite({ path: 'src/items.js', text })).toEqual([
      ['items', [['items', 4, 8], ['name', 5, 8], ['list', 6, 8], ['count', 9, 8]]],
    ]);
  });

  it('follows the payload into the one function or method it is passed to, and no further', async () => {
    const panel = [
      ...SOCKET,
      'class Panel {',
      '  start() {',
      "    socket.on('pipeline_status', (data) => this.updatePipelineStatus(data));",
      "    socket.on('stats', (data) => renderStats(data.stats));",
      "    socket.on('bound', this.onBound.bind(this));",
      '  }',
      '  updatePipelineStatus(payload) {',
      '    this.row(payload.pipeline_id).textContent = payload.status;',
      '    this.deeper(payload);',
      '  }',
      '  deeper(again) { return again.never_listed; }',
      '  onBound(message) { return message.bound_field; }',
      '}',
    ].join('\n');
    const stats = ['export function renderStats(stats) {', '  return stats.cpu + stats.memory.total;', '}'].join('\n');
    const page = [
      "import { renderStats } from './stats.js';",
      panel,
    ].join('\n');
    const { sites } = await extract({ path: 'src/panel.js', text: page }, { path: 'src/stats.js', text: stats });
    expect(sites.map((site) => [site.name, site.fieldsRead?.map((read) => [read.file, read.field, read.line, read.column])])).toEqual([
      ['pipeline_status', [['src/panel.js', 'pipeline_id', 11, 22], ['src/panel.js', 'status', 11, 57]]],
      ['stats', [['src/panel.js', 'stats', 7, 51], ['src/stats.js', 'stats.cpu', 2, 16], ['src/stats.js', 'stats.memory', 2, 28]]],
      ['bound', [['src/panel.js', 'bound_field', 15, 37]]],
    ]);
  });

  it('reads a handler passed by reference, and methods of an object literal called through this', async () => {
    const text = [
      'function handleJobCompleted(data) {',
      '  return data.job_id;',
      '}',
      'const DataPage = {',
      '  init() {',
      "    wsManager.on('job_completed', handleJobCompleted);",
      "    wsManager.on('job_progress', (data) => this.showProgress(data));",
      '  },',
      '  showProgress: function (update) { return update.step; },',
      '};',
    ].join('\n');
    expect(await readsBySite({ path: 'static/js/data.js', text })).toEqual([
      ['job_completed', [['job_id', 2, 15]]],
      ['job_progress', [['step', 9, 51]]],
    ]);
  });

  it('reports [] for a handler that reads nothing and leaves fieldsRead out when the handler cannot be seen', async () => {
    const text = [
      ...SOCKET,
      "import { onAlert } from 'alerts-package';",
      "socket.on('ping', () => beep());",
      "socket.on('alert', onAlert);",
      'export function subscribe(fn) {',
      "  socket.on('relayed', fn);",
      '}',
    ].join('\n');
    expect(await readsBySite({ path: 'src/misc.js', text })).toEqual([
      ['ping', []],
      ['alert', undefined],
      ['relayed', undefined],
    ]);
  });
});

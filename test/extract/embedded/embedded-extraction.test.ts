import { describe, expect, it } from 'vitest';

import { embeddedScripts } from '../../../src/extract/embedded/index.js';
import { javascriptExtractor } from '../../../src/extract/javascript/index.js';
import type { SourceFile } from '../../../src/model/source-file.js';

function host(path: string, text: string): SourceFile {
  return { path, absolutePath: `/p/${path}`, side: 'frontend', language: 'javascript', text };
}

async function sitesOf(...hosts: SourceFile[]) {
  const result = await javascriptExtractor.extract(hosts.flatMap(embeddedScripts));
  return {
    skipped: result.skipped,
    sites: result.sites.map((site) => [site.file, site.name, site.kind, site.line, site.column, site.via]),
  };
}

describe('sites in embedded scripts', () => {
  it('reports physical lines of an HTML template with two script blocks, one holding Jinja', async () => {
    const text = [
      '{% extends "base.html" %}',
      '{% block content %}',
      '<div id="app" data-user="{{ user.id }}"></div>',
      '<script>',
      '  window.wsManager = new WebSocketManager();',
      '  {% if debug %}console.log("debug");{% endif %}',
      '  const room = {{ room|tojson }};',
      "  wsManager.on('pipeline_status', render);",
      '</script>',
      '<p>between</p>',
      '<script type="module">',
      "  wsManager.on('job_done', (d) => {});",
      "  wsManager.send({ type: 'subscribe', room: '{{ room }}' });",
      '</script>',
      '{% endblock %}',
    ].join('\n');
    expect(await sitesOf(host('templates/pipeline.html', text))).toEqual({
      skipped: [],
      sites: [
        ['templates/pipeline.html', 'pipeline_status', 'handle', 8, 16, 'wsManager.on'],
        ['templates/pipeline.html', 'job_done', 'handle', 12, 16, 'wsManager.on'],
        ['templates/pipeline.html', 'subscribe', 'send', 13, 26, 'wsManager.send'],
      ],
    });
  });

  it('reads a Vue SFC with <script setup lang="ts">', async () => {
    const text = [
      '<template>',
      '  <button @click="send">Send</button>',
      '</template>',
      '',
      '<script setup lang="ts">',
      "import { onMounted } from 'vue';",
      'const socket: WebSocket = new WebSocket(url);',
      'onMounted(() => {',
      '  socket.addEventListener("message", (event: MessageEvent) => {',
      '    const data = JSON.parse(event.data) as Incoming;',
      "    if (data.type === 'vue_update') refresh();",
      '  });',
      '});',
      "function send(): void { socket.send(JSON.stringify({ type: 'vue_ping' })); }",
      '</script>',
    ].join('\n');
    expect(await sitesOf(host('src/components/Live.vue', text))).toEqual({
      skipped: [],
      sites: [
        ['src/components/Live.vue', 'vue_update', 'handle', 11, 23, 'data.type ==='],
        ['src/components/Live.vue', 'vue_ping', 'send', 14, 60, 'socket.send'],
      ],
    });
  });

  it('reads a Svelte component whose instance script uses a constant of its module script', async () => {
    const text = [
      '<script context="module">',
      "  export const EVENT = 'svelte_event';",
      '</script>',
      '<script>',
      "  import { io } from 'socket.io-client';",
      '  const socket = io();',
      '  socket.on(EVENT, (m) => (messages = [...messages, m]));',
      '</script>',
      '<ul>{#each messages as m}<li on:click={() => select(m)}>{m}</li>{/each}</ul>',
    ].join('\n');
    expect(await sitesOf(host('src/Chat.svelte', text))).toEqual({
      skipped: [],
      sites: [['src/Chat.svelte', 'svelte_event', 'handle', 7, 13, 'socket.on']],
    });
  });

  it('reads socket calls in Svelte, Vue and HTML event-handler attributes', async () => {
    const svelte = [
      '<script>',
      "  import { socket } from './socket.js';",
      '</script>',
      "<button on:click={() => socket.emit('undo_stroke', { room })}>Undo</button>",
    ].join('\n');
    const vue = ['<template>', '  <button @click="socket.emit(\'vue_click\')">Go</button>', '</template>'].join('\n');
    const html = "<button onclick=\"socket.emit('html_click', { id: {{ item.id }} })\" onfocus=\"f()\">x</button>";
    expect(await sitesOf(host('src/Room.svelte', svelte), host('src/Go.vue', vue), host('templates/x.html', html))).toEqual({
      skipped: [],
      sites: [
        ['src/Go.vue', 'vue_click', 'send', 2, 31, 'socket.emit'],
        ['src/Room.svelte', 'undo_stroke', 'send', 4, 37, 'socket.emit'],
        ['templates/x.html', 'html_click', 'send', 1, 30, 'socket.emit'],
      ],
    });
  });

  it('skips the lines of a script block that do not parse, with a note, and reads the rest', async () => {
    const text = [
      '<script>',
      "socket.on('fine', f);",
      '</script>',
      '<script>',
      '  const = ;',
      "  socket.on('after_bad_line', f);",
      '  this is not javascript {{ at all',
      "  socket.on('between', f);",
      '  {% if admin %} if (admin) { {% endif %}',
      "  socket.on('last', f);",
      '</script>',
    ].join('\n');
    expect(await sitesOf(host('broken.html', text))).toEqual({
      skipped: [
        {
          file: 'broken.html',
          reason: 'script block at line 4: lines 5, 7, 9 skipped (not JavaScript: Unexpected token (5:8)), the rest analysed',
        },
      ],
      sites: [
        ['broken.html', 'fine', 'handle', 2, 11, 'socket.on'],
        ['broken.html', 'after_bad_line', 'handle', 6, 13, 'socket.on'],
        ['broken.html', 'between', 'handle', 8, 13, 'socket.on'],
        ['broken.html', 'last', 'handle', 10, 13, 'socket.on'],
      ],
    });
  });

  it('skips a whole block that is not JavaScript at all, naming the block', async () => {
    const lines = Array.from({ length: 30 }, (_, index) => `  ${index} + + ) ( ] [ }`);
    const text = ['<script>', ...lines, '</script>', "<script>socket.on('kept', f);</script>"].join('\n');
    const { skipped, sites } = await sitesOf(host('junk.html', text));
    expect(skipped).toEqual([{ file: 'junk.html', reason: 'script block at line 1: Unexpected token (2:8)' }]);
    expect(sites).toEqual([['junk.html', 'kept', 'handle', 33, 19, 'socket.on']]);
  });

  it('reads an event name a template fills in as a pattern, not as the blanked text', async () => {
    const text = [
      '<script>',
      "  socket.on('job_{{ job.id }}', update);",
      "  socket.emit('{{ event_name }}', { room: {{ room|tojson }} });",
      '</script>',
    ].join('\n');
    const result = await javascriptExtractor.extract(embeddedScripts(host('templates/job.html', text)));
    expect(result.sites.map((site) => [site.name, site.dynamic, site.line, site.column, site.payloadKeys])).toEqual([
      ['job_*', true, 2, 13, undefined],
      ['*', true, 3, 15, ['room']],
    ]);
  });

  it('lets markup handlers and <script setup> use what the component\'s other script blocks declare', async () => {
    const svelte = [
      '<script>',
      "  import { io } from 'socket.io-client';",
      "  const adminSocket = io('/admin');",
      '</script>',
      "<button on:click={() => adminSocket.emit('clear_board', { room })}>Clear</button>",
    ].join('\n');
    const vue = [
      '<script lang="ts">',
      "export const CHANNEL = 'vue:channel';",
      '</script>',
      '<script setup lang="ts">',
      "import { socket } from './socket';",
      'socket.on(CHANNEL, refresh);',
      '</script>',
    ].join('\n');
    const result = await javascriptExtractor.extract([...embeddedScripts(host('src/Admin.svelte', svelte)), ...embeddedScripts(host('src/Live.vue', vue))]);
    expect(result.sites.map((site) => [site.file, site.name, site.line, site.column, site.namespace])).toEqual([
      ['src/Admin.svelte', 'clear_board', 5, 42, '/admin'],
      ['src/Live.vue', 'vue:channel', 6, 11, undefined],
    ]);
  });

  it('lists the fields a component handler reads, and the keys it sends, at physical lines', async () => {
    const vue = [
      '<template>',
      '  <p>{{ status }}</p>',
      '</template>',
      '<script setup lang="ts">',
      "import { io } from 'socket.io-client';",
      'const socket = io();',
      "socket.on('pipeline_status', (data: Status) => { status.value = data.status ?? data.detail?.text; });",
      '</script>',
    ].join('\n');
    const svelte = [
      '<script>',
      "  import { io } from 'socket.io-client';",
      '  const socket = io();',
      "  socket.on('cursor', ({ x, y }) => move(x, y));",
      '</script>',
      "<button on:click={() => socket.emit('undo', { room, stroke: { id } })}>Undo</button>",
    ].join('\n');
    const result = await javascriptExtractor.extract([...embeddedScripts(host('src/Live.vue', vue)), ...embeddedScripts(host('src/Board.svelte', svelte))]);
    expect(result.sites.map((site) => [site.file, site.name, site.line, site.payloadKeys, site.fieldsRead?.map((read) => [read.field, read.line, read.column])])).toEqual([
      ['src/Board.svelte', 'cursor', 4, undefined, [['x', 4, 26], ['y', 4, 29]]],
      ['src/Board.svelte', 'undo', 6, ['room', 'stroke', 'stroke.id'], undefined],
      ['src/Live.vue', 'pipeline_status', 7, undefined, [['status', 7, 70], ['detail.text', 7, 93]]],
    ]);
  });
});

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

  it('reads a Svelte component with a module script and an instance script', async () => {
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
      sites: [['src/Chat.svelte', '*', 'handle', 7, 13, 'socket.on']],
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

  it('skips a script block that does not parse, naming the block, and keeps the other', async () => {
    const text = ['<script>', "socket.on('fine', f);", '</script>', '<script>', 'const = ;', '</script>'].join('\n');
    expect(await sitesOf(host('broken.html', text))).toEqual({
      skipped: [{ file: 'broken.html', reason: 'script block at line 4: Unexpected token (5:6)' }],
      sites: [['broken.html', 'fine', 'handle', 2, 11, 'socket.on']],
    });
  });
});

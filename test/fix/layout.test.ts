import { describe, expect, it } from 'vitest';
import { handledAt, handlerAt, planFor, unhandled } from './fix-result.js';

describe('stubs keep the layout of the file they go into', () => {
  it('keeps CRLF line endings and tab indentation', () => {
    const source = ['function setup() {', "\twsManager.on('a', onA);", '\tif (ready) {', '\t\tstart();', '\t}', '}', ''].join('\r\n');
    const plan = planFor({ 'static/app.js': source }, [
      handledAt('a', handlerAt('static/app.js', source, "'a'")),
      unhandled('b', 4, ['id']),
    ]);
    expect(plan.fixes[0]!.after).toBe(
      [
        'function setup() {',
        "\twsManager.on('a', onA);",
        "\twsManager.on('b', (data) => {",
        '\t\t// Sent by backend/app.py:4 with: id',
        "\t\tconsole.log('b', data.id);",
        '\t});',
        '\tif (ready) {',
        '\t\tstart();',
        '\t}',
        '}',
        '',
      ].join('\r\n'),
    );
  });

  it('writes into the script block of a .vue file at its physical position, with its two-space indentation', () => {
    const source = `<template>
  <ul>
    <li v-for="m in messages">{{ m }}</li>
  </ul>
</template>

<script setup lang="ts">
import { onMounted, ref } from 'vue';
import { socket } from '../socket';

const messages = ref<string[]>([]);
onMounted(() => {
  socket.on('chat:message', (m: string) => messages.value.push(m));
});
</script>
`;
    const plan = planFor({ 'client/Chat.vue': source }, [
      handledAt('chat:message', handlerAt('client/Chat.vue', source, "'chat:message'", 'socket.on')),
      unhandled('chat:cleared', 9, ['room']),
    ]);
    expect(plan.fixes[0]!.after).toBe(`<template>
  <ul>
    <li v-for="m in messages">{{ m }}</li>
  </ul>
</template>

<script setup lang="ts">
import { onMounted, ref } from 'vue';
import { socket } from '../socket';

const messages = ref<string[]>([]);
onMounted(() => {
  socket.on('chat:message', (m: string) => messages.value.push(m));
  socket.on('chat:cleared', (data) => {
    // Sent by backend/app.py:9 with: room
    console.log('chat:cleared', data.room);
  });
});
</script>
`);
  });

  it('writes an if into an inline script of an .html page', () => {
    const source = `<!doctype html>
<html>
  <body>
    <script>
      ws.addEventListener('message', (event) => {
        const msg = JSON.parse(event.data);
        if (msg.type === 'poll-closed') {
          showResult(msg.results);
        }
      });
    </script>
  </body>
</html>
`;
    const plan = planFor({ 'public/index.html': source }, [
      handledAt('poll-closed', handlerAt('public/index.html', source, "'poll-closed'", 'msg.type ===')),
      unhandled('audience-size', 30, ['count']),
    ]);
    expect(plan.fixes[0]!.after).toBe(`<!doctype html>
<html>
  <body>
    <script>
      ws.addEventListener('message', (event) => {
        const msg = JSON.parse(event.data);
        if (msg.type === 'poll-closed') {
          showResult(msg.results);
        }
        if (msg.type === 'audience-size') {
          // Sent by backend/app.py:30 with: count
          console.log('audience-size', msg.count);
        }
      });
    </script>
  </body>
</html>
`);
  });

  it('leaves a byte-order mark out of the text and says it is there', () => {
    const source = "wsManager.on('a', onA);\n";
    const plan = planFor({ 'static/app.js': `\uFEFF${source}` }, [
      handledAt('a', handlerAt('static/app.js', source, "'a'")),
      unhandled('b', 2),
    ]);
    expect(plan.fixes.map(({ before, byteOrderMark }) => ({ before, byteOrderMark }))).toEqual([
      { before: source, byteOrderMark: true },
    ]);
    expect(plan.fixes[0]!.after).toBe(
      "wsManager.on('a', onA);\nwsManager.on('b', (data) => {\n    // Sent by backend/app.py:2\n    console.log('b', data);\n});\n",
    );
  });
});

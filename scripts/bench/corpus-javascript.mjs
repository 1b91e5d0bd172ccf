import path from 'node:path';
import { ADJECTIVES, COMMENTS, DOM_EVENTS, EMITTER_EVENTS, NOUNS, VERBS, camel, pascal } from './words.mjs';

/**
 * JavaScript, TypeScript, React, Vue, Svelte and HTML files of the benchmark corpus. Ordinary files
 * use `.on(`, `emit` and `type` the way application code does (DOM listeners, Node EventEmitters,
 * Redux reducers, JSON schemas); event files open a socket, handle and send events, wrap the
 * socket in helpers that other files call, and switch on `msg.type`.
 */

/** `'../store/orders'` from `src/pages/home.tsx` to `src/store/orders.ts`. */
function specifier(from, to) {
  const target = to.path.replace(/\.(ts|tsx|js)$/, '');
  const relative = path.posix.relative(path.posix.dirname(from.path), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function importLines(file, imports) {
  return imports.map((spec) => `import { ${[...spec.functions, spec.constant].join(', ')} } from '${specifier(file, spec)}';`);
}

const typed = (file, text) => (file.typescript ? text : '');

function plainFunction(random, file, name) {
  const noun = random.pick(NOUNS);
  const field = random.pick(ADJECTIVES);
  return [
    `// ${random.pick(COMMENTS)}`,
    `export function ${name}(items${typed(file, ': Array<Record<string, any>>')}, limit = ${random.int(5, 500)}) {`,
    '  const result = [];',
    '  for (const [index, item] of items.entries()) {',
    `    if (item.${field} === undefined) continue;`,
    `    const value = Math.min((item.${noun}Count ?? 0) * ${random.int(2, 9)}, limit);`,
    `    result.push({ id: item.id ?? index, ${noun}: value, ${field}: item.${field} });`,
    '  }',
    `  return result.sort((a, b) => b.${noun} - a.${noun});`,
    '}',
  ].join('\n');
}

function reducerFunction(random, file, name) {
  const noun = random.pick(NOUNS);
  const cases = ['added', 'removed', 'renamed'].map((what) => `    case '${noun}s/${what}':\n      return { ...state, last: '${what}', count: state.count + 1 };`);
  return [
    `export function ${name}(state = { count: 0, last: null }, action${typed(file, ': { type: string; payload?: unknown }')}) {`,
    '  switch (action.type) {',
    ...cases,
    '    default:',
    '      return state;',
    '  }',
    '}',
  ].join('\n');
}

function domFunction(random, file, name) {
  const event = random.pick(DOM_EVENTS);
  return [
    `export function ${name}(root${typed(file, ': HTMLElement')}) {`,
    `  const button = root.querySelector('.${random.pick(NOUNS)}-${random.pick(VERBS)}');`,
    `  button${file.typescript ? '?' : ''}.addEventListener('${event}', () => {`,
    `    root.classList.toggle('${random.pick(ADJECTIVES)}');`,
    '  });',
    "  window.addEventListener('resize', () => root.setAttribute('data-width', String(window.innerWidth)));",
    `  document.addEventListener('${random.pick(DOM_EVENTS)}', (event) => event.stopPropagation());`,
    '}',
  ].join('\n');
}

function emitterBlock(random, file, name) {
  const event = random.pick(EMITTER_EVENTS);
  return [
    `export class ${pascal(name)}Queue extends EventEmitter {`,
    file.typescript ? '  private jobs: unknown[] = [];' : '  jobs = [];',
    `  push(job${typed(file, ': unknown')}) {`,
    '    this.jobs.push(job);',
    `    this.emit('${event}', job);`,
    '  }',
    '}',
    '',
    `export function ${name}(queue${typed(file, ': EventEmitter')}) {`,
    `  queue.on('${event}', (job) => console.debug('${event}', job));`,
    "  queue.once('error', (error) => console.error(error));",
    '}',
  ].join('\n');
}

function schemaConstant(random, name) {
  const noun = random.pick(NOUNS);
  return [
    `export const ${name}Schema = {`,
    "  type: 'object',",
    `  properties: { ${noun}Id: { type: 'string' }, ${random.pick(ADJECTIVES)}: { type: 'boolean' }, total: { type: 'number' } },`,
    `  required: ['${noun}Id'],`,
    '};',
  ].join('\n');
}

const FILLERS = [plainFunction, reducerFunction, domFunction, emitterBlock];

function fillerBlocks(random, file, targetSize) {
  const blocks = [];
  let size = 0;
  for (let index = 0; size < targetSize; index += 1) {
    const name = camel(random.pick(VERBS), random.pick(NOUNS), `${random.pick(ADJECTIVES)}${index}`);
    const block = random.chance(0.2) ? schemaConstant(random, name) : random.pick(FILLERS)(random, file, name);
    blocks.push(block);
    size += block.length;
  }
  return blocks;
}

function exportBlock(random, file) {
  const [first, second] = file.functions;
  return [`export const ${file.constant} = ${random.int(10, 1000)};`, plainFunction(random, file, first), reducerFunction(random, file, second)].join('\n\n');
}

function importUses(imports) {
  const calls = imports.flatMap((spec) => spec.functions.slice(0, 1).map((fn) => `  rows = ${fn}(rows, ${spec.constant});`));
  return ['export function runAll(rows) {', ...calls, '  return rows;', '}'].join('\n');
}

function moduleText(random, file, imports, targetSize, extra = { imports: [], blocks: [] }) {
  const head = ["import { EventEmitter } from 'events';", ...extra.imports, ...importLines(file, imports)].join('\n');
  return [head, exportBlock(random, file), importUses(imports), ...extra.blocks, ...fillerBlocks(random, file, targetSize)].join('\n\n') + '\n';
}

function reactComponent(random, file) {
  const name = pascal(random.pick(NOUNS), random.pick(['Panel', 'List', 'Card', 'Table']));
  return [
    `export function ${name}({ items }${typed(file, ': { items: any[] }')}) {`,
    `  const [${random.pick(ADJECTIVES)}, setFlag] = useState(false);`,
    '  useEffect(() => {',
    '    const onKey = (event) => { if (event.key === "Escape") setFlag(false); };',
    "    window.addEventListener('keydown', onKey);",
    "    return () => window.removeEventListener('keydown', onKey);",
    '  }, []);',
    '  return (',
    `    <section className="${random.pick(NOUNS)}">`,
    `      {items.map((item) => <button key={item.id} onClick={() => setFlag(true)}>{item.${random.pick(NOUNS)}}</button>)}`,
    '    </section>',
    '  );',
    '}',
  ].join('\n');
}

/** The frontend's files with event code, by role. */
function socketModule(unit) {
  return [
    "import { io } from 'socket.io-client';",
    '',
    "export const socket = io('/realtime', { transports: ['websocket'] });",
    '',
    'export function onServerEvent(name: string, handler: (payload: any) => void) {',
    '  socket.on(name, handler);',
    '  return () => socket.off(name, handler);',
    '}',
    '',
    'export function sendCommand(name: string, payload: Record<string, unknown>) {',
    '  socket.emit(name, payload);',
    '}',
    '',
    `export const REALTIME_UNIT = '${unit.name}';`,
  ].join('\n');
}

function eventNamesModule(unit) {
  const entries = unit.eventNames.map((name) => `  ${name.toUpperCase()}: '${name}',`);
  return ['export const EVENTS = {', ...entries, '} as const;', '', 'export const EVENT_LIMIT = 100;'].join('\n');
}

function realtimeImports(file, unit) {
  const socket = { path: `${unit.sourceRoot}/realtime/socket.ts` };
  const names = { path: `${unit.sourceRoot}/realtime/event-names.ts` };
  return [
    `import { onServerEvent, sendCommand, socket } from '${specifier(file, socket)}';`,
    `import { EVENTS } from '${specifier(file, names)}';`,
  ];
}

function handlerBlock(random, file, unit, index) {
  const heard = random.pick(unit.eventNames);
  const wrapped = random.pick(unit.eventNames);
  const command = random.pick(unit.commandNames);
  return [
    `export function subscribe${pascal(random.pick(NOUNS))}${index}(render${typed(file, ': (value: unknown) => void')}) {`,
    `  socket.on(EVENTS.${heard.toUpperCase()}, (msg) => render(msg.data));`,
    `  onServerEvent('${wrapped}', (payload) => render(payload));`,
    `  sendCommand('${command}', { id: ${index} });`,
    '}',
  ].join('\n');
}

function nativeClient(unit) {
  const cases = unit.eventNames.map((name) => `      case '${name}':\n        this.handlers.${camel('on', ...name.split('_'))}?.(msg);\n        break;`);
  return [
    'export class LiveFeed {',
    '  constructor(url, handlers) {',
    '    this.handlers = handlers;',
    '    this.ws = new WebSocket(url);',
    '    this.ws.onmessage = (event) => {',
    '      const msg = JSON.parse(event.data);',
    '      switch (msg.type) {',
    ...cases,
    '        default:',
    '          break;',
    '      }',
    '    };',
    '  }',
    '',
    '  request(name, payload) {',
    '    this.ws.send(JSON.stringify({ type: name, ...payload }));',
    '  }',
    '}',
  ].join('\n');
}

function scriptModule(random, file, unit, imports, targetSize) {
  switch (file.role) {
    case 'socket':
      return socketModule(unit) + '\n';
    case 'event-names':
      return eventNamesModule(unit) + '\n';
    case 'native-client':
      return moduleText(random, file, imports, targetSize, { imports: [], blocks: [nativeClient(unit)] });
    default:
      return moduleText(random, file, imports, targetSize, {
        imports: realtimeImports(file, unit),
        blocks: [0, 1].map((index) => handlerBlock(random, file, unit, index)),
      });
  }
}

function componentScript(random, file, unit, imports, targetSize) {
  const isEvent = file.role !== undefined;
  const extra = isEvent ? { imports: realtimeImports(file, unit), blocks: [handlerBlock(random, file, unit, 0)] } : undefined;
  return moduleText(random, file, imports, targetSize, extra).replace("import { EventEmitter } from 'events';", "import { EventEmitter } from 'events';\nimport { onMounted } from 'vue';");
}

function vueFile(random, file, unit, imports, targetSize) {
  return [
    '<template>',
    `  <div class="${random.pick(NOUNS)}">`,
    `    <button @click="${camel('on', random.pick(VERBS))}">${random.pick(VERBS)}</button>`,
    '  </div>',
    '</template>',
    '',
    '<script setup lang="ts">',
    componentScript(random, file, unit, imports, targetSize),
    '</script>',
    '',
    '<style scoped>',
    `.${random.pick(NOUNS)} { display: grid; gap: ${random.int(2, 16)}px; }`,
    '</style>',
  ].join('\n') + '\n';
}

function svelteFile(random, file, unit, imports, targetSize) {
  return [
    '<script lang="ts">',
    componentScript(random, file, unit, imports, targetSize).replace("import { onMounted } from 'vue';", "import { onMount } from 'svelte';"),
    '</script>',
    '',
    `<button on:click={() => console.log('${random.pick(VERBS)}')}>${random.pick(VERBS)}</button>`,
    `<input on:input={(event) => console.log(event.currentTarget.value)} />`,
  ].join('\n') + '\n';
}

function htmlFile(random, file, unit, targetSize) {
  const script = file.role === undefined
    ? [domFunction(random, { typescript: false }, 'bindPage'), "bindPage(document.body);"].join('\n')
    : [nativeClient(unit), `const feed = new LiveFeed('/ws', {});`, `feed.request('${random.pick(unit.commandNames)}', {});`].join('\n');
  const filler = fillerBlocks(random, { typescript: false }, targetSize).filter((block) => !block.includes('extends EventEmitter'));
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${pascal(random.pick(NOUNS))}</title></head>`,
    '<body>',
    `  <main id="app"><h1>${pascal(random.pick(NOUNS), random.pick(NOUNS))}</h1></main>`,
    '  <script>',
    script,
    ...filler.map((block) => block.replace(/^export /gm, '')),
    '  </script>',
    '</body>',
    '</html>',
  ].join('\n') + '\n';
}

function reactFile(random, file, unit, imports, targetSize) {
  const text = file.role === undefined
    ? moduleText(random, file, imports, targetSize)
    : scriptModule(random, file, unit, imports, targetSize);
  return `import { useEffect, useState } from 'react';\n${text}\n${reactComponent(random, file)}\n`;
}

/** One frontend file; `file.role` is set for files with event code. */
export function javascriptFile(random, file, unit, imports, targetSize) {
  switch (file.extension) {
    case '.vue':
      return vueFile(random, file, unit, imports, targetSize);
    case '.svelte':
      return svelteFile(random, file, unit, imports, targetSize);
    case '.html':
      return htmlFile(random, file, unit, targetSize);
    case '.tsx':
      return reactFile(random, file, unit, imports, targetSize);
    default:
      return file.role === undefined ? moduleText(random, file, imports, targetSize) : scriptModule(random, file, unit, imports, targetSize);
  }
}

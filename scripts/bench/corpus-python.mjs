import { ADJECTIVES, COMMENTS, NOUNS, VERBS, pascal } from './words.mjs';

/**
 * Python modules of the benchmark corpus. Ordinary modules mention `type`, dicts and async loops
 * the way business code does (JSON schemas, LLM payloads, HTTP streams) and never put anything on
 * a socket; event modules are the shapes ws-gap follows: a connection manager, an Enum of event
 * names, a helper forwarding its parameter into `{"type": ...}`, senders, a receive loop, Socket.IO.
 */

/** `from app.billing.invoices import load_invoice, INVOICE_LIMIT` for each imported module. */
function importLines(imports) {
  return imports.map((spec) => `from ${spec.module} import ${[...spec.functions, spec.constant].join(', ')}`);
}

function docstring(random) {
  return `    """${random.pick(COMMENTS)}"""`;
}

function plainFunction(random, name) {
  const noun = random.pick(NOUNS);
  const field = random.pick(ADJECTIVES);
  const lines = [
    `def ${name}(items, limit=${random.int(5, 500)}, *, strict=False):`,
    docstring(random),
    '    result = []',
    '    for index, item in enumerate(items):',
    `        if item.get("${field}") is None and strict:`,
    `            raise ValueError(f"${noun} {index} has no ${field}")`,
    `        value = item.get("${noun}_count", 0) * ${random.int(2, 9)}`,
    '        if value > limit:',
    '            value = limit',
    `        result.append({"id": item.get("id"), "${noun}": value, "${field}": item.get("${field}")})`,
    `    # ${random.pick(COMMENTS)}`,
    `    result.sort(key=lambda entry: entry["${noun}"], reverse=${random.pick(['True', 'False'])})`,
    '    return result',
  ];
  return lines.join('\n');
}

/** JSON-schema and LLM-style dicts: a `type` key that is never a wire event. */
function schemaFunction(random, name) {
  const noun = random.pick(NOUNS);
  return [
    `def ${name}():`,
    docstring(random),
    '    return {',
    '        "type": "object",',
    '        "properties": {',
    `            "${noun}_id": {"type": "string", "format": "uuid"},`,
    `            "${random.pick(ADJECTIVES)}": {"type": "boolean"},`,
    `            "amount": {"type": "number", "minimum": ${random.int(0, 10)}},`,
    `            "tags": {"type": "array", "items": {"type": "string"}},`,
    '        },',
    `        "required": ["${noun}_id"],`,
    '    }',
    '',
    '',
    `def ${name}_prompt(text, image_url=None):`,
    '    content = [{"type": "text", "text": text}]',
    '    if image_url:',
    '        content.append({"type": "image_url", "image_url": {"url": image_url}})',
    '    return {"role": "user", "content": content}',
  ].join('\n');
}

function asyncStreamFunction(random, name) {
  const noun = random.pick(NOUNS);
  return [
    `async def ${name}(client, url):`,
    docstring(random),
    '    total = 0',
    '    async with client.stream("GET", url) as response:',
    '        async for chunk in response.aiter_bytes():',
    '            total += len(chunk)',
    `    logger.info("${noun} download finished", extra={"bytes": total})`,
    '    return total',
  ].join('\n');
}

function classBlock(random, name) {
  const noun = random.pick(NOUNS);
  const other = random.pick(NOUNS);
  return [
    `class ${name}:`,
    `    """Keeps ${noun} records in memory for the request."""`,
    '',
    '    def __init__(self, repository, ttl=60):',
    '        self.repository = repository',
    '        self.ttl = ttl',
    '        self._entries = {}',
    '',
    `    def get_${noun}(self, key):`,
    '        entry = self._entries.get(key)',
    '        if entry is None:',
    `            entry = self.repository.find_${noun}(key)`,
    '            self._entries[key] = entry',
    '        return entry',
    '',
    `    def ${other}_summary(self):`,
    `        return {"kind": "${other}", "count": len(self._entries), "ttl": self.ttl}`,
  ].join('\n');
}

const FILLERS = [plainFunction, schemaFunction, asyncStreamFunction];

function fillerBlocks(random, prefix, targetSize) {
  const blocks = [];
  let size = 0;
  for (let index = 0; size < targetSize; index += 1) {
    const name = `${prefix}_${random.pick(VERBS)}_${random.pick(NOUNS)}_${index}`;
    const block = random.chance(0.15) ? classBlock(random, pascal(random.pick(NOUNS), random.pick(NOUNS), `Cache${index}`)) : random.pick(FILLERS)(random, name);
    blocks.push(block);
    size += block.length;
  }
  return blocks;
}

/** Calls of the imported functions, so modules really use each other. */
function importUses(imports) {
  const calls = imports.flatMap((spec) => spec.functions.map((fn) => `    rows = ${fn}(rows, limit=${spec.constant})`));
  return ['def run_all(rows):', ...(calls.length ? calls : ['    pass']), '    return rows'].join('\n');
}

function header(imports, extra = []) {
  return ['import logging', ...extra, ...importLines(imports), '', 'logger = logging.getLogger(__name__)'].join('\n');
}

/** The functions and constant every module defines, so other modules can import them. */
function exportBlock(random, file) {
  const [first, second] = file.functions;
  return [
    `${file.constant} = ${random.int(10, 1000)}`,
    '',
    '',
    plainFunction(random, first),
    '',
    '',
    schemaFunction(random, second),
  ].join('\n');
}

export function pythonOrdinary(random, file, imports, targetSize) {
  const body = fillerBlocks(random, file.stem, targetSize);
  return [header(imports), exportBlock(random, file), importUses(imports), ...body].join('\n\n\n') + '\n';
}

const realtimeParts = (unit) => ({
  manager: `${unit.packageRoot}.realtime.manager`,
  events: `${unit.packageRoot}.realtime.events`,
  notify: `${unit.packageRoot}.realtime.notify`,
});

function managerModule(random, file) {
  return [
    'from fastapi import WebSocket',
    '',
    '',
    'class ConnectionManager:',
    '    def __init__(self):',
    '        self.active: list[WebSocket] = []',
    '',
    '    async def connect(self, websocket: WebSocket):',
    '        await websocket.accept()',
    '        self.active.append(websocket)',
    '',
    '    def disconnect(self, websocket: WebSocket):',
    '        self.active.remove(websocket)',
    '',
    '    async def broadcast_json(self, message: dict):',
    '        for connection in list(self.active):',
    '            await connection.send_json(message)',
    '',
    '',
    'manager = ConnectionManager()',
    `${file.constant} = ${random.int(10, 100)}`,
  ].join('\n');
}

function eventsModule(unit) {
  const members = unit.eventNames.map((name) => `    ${name.toUpperCase()} = "${name}"`);
  return ['from enum import Enum', '', '', 'class Events(str, Enum):', ...members, '', '', 'EVENT_LIMIT = 100'].join('\n');
}

function notifyModule(unit) {
  return [
    `from ${realtimeParts(unit).manager} import manager`,
    '',
    '',
    'async def notify(event, data):',
    '    await manager.broadcast_json({"type": event, "data": data})',
    '',
    '',
    'async def notify_progress(job_id, percent):',
    '    await notify("progress", {"job_id": job_id, "percent": percent})',
  ].join('\n');
}

function senderBlock(random, unit, index) {
  const noun = random.pick(NOUNS);
  const name = random.pick(unit.eventNames);
  const other = random.pick(unit.eventNames);
  const payload = `{"${noun}_id": ${noun}.id, "status": ${noun}.status}`;
  return [
    `async def finish_${noun}_${index}(${noun}):`,
    `    await manager.broadcast_json({"type": Events.${name.toUpperCase()}.value, "data": ${payload}})`,
    `    await notify("${other}", ${payload})`,
    '',
    '',
    `async def track_${noun}_${index}(${noun}, percent):`,
    `    msg = {"type": "${random.pick(unit.eventNames)}", "percent": percent}`,
    '    await manager.broadcast_json(msg)',
  ].join('\n');
}

function senderModule(random, file, unit, imports, targetSize) {
  const parts = realtimeParts(unit);
  const extra = [
    `from ${parts.manager} import manager`,
    `from ${parts.events} import Events`,
    `from ${parts.notify} import notify`,
  ];
  const senders = [0, 1, 2].map((index) => senderBlock(random, unit, index));
  const body = fillerBlocks(random, file.stem, targetSize);
  return [header(imports, extra), exportBlock(random, file), importUses(imports), ...senders, ...body].join('\n\n\n');
}

function endpointModule(random, file, unit) {
  const commands = unit.commandNames.map((name, index) =>
    `        ${index === 0 ? 'if' : 'elif'} data.get("type") == "${name}":\n            await handle_${name}(websocket, data)`,
  );
  const handlers = unit.commandNames.map((name) =>
    `async def handle_${name}(websocket, data):\n    await websocket.send_json({"type": "${name}_ack", "id": data.get("id")})`,
  );
  return [
    'from fastapi import APIRouter, WebSocket, WebSocketDisconnect',
    `from ${realtimeParts(unit).manager} import manager`,
    '',
    'router = APIRouter()',
    `${file.constant} = ${random.int(1, 9)}`,
    '',
    '',
    '@router.websocket("/ws")',
    'async def websocket_endpoint(websocket: WebSocket):',
    '    await manager.connect(websocket)',
    '    try:',
    '        while True:',
    '            data = await websocket.receive_json()',
    ...commands.map((line) => `    ${line.replace(/\n/g, '\n    ')}`),
    '    except WebSocketDisconnect:',
    '        manager.disconnect(websocket)',
    '',
    '',
    ...handlers.flatMap((handler) => [handler, '', '']),
  ].join('\n');
}

function socketioModule(random, file, unit, imports, targetSize) {
  const handlers = unit.commandNames.map((name) =>
    [`@sio.on("${name}")`, `async def on_${name}(sid, data):`, `    await sio.emit("${name}_ack", {"id": data.get("id")}, to=sid)`].join('\n'),
  );
  const emits = unit.eventNames.map((name, index) =>
    [`async def publish_${index}(room, payload):`, `    await sio.emit("${name}", payload, room=room)`].join('\n'),
  );
  const body = fillerBlocks(random, file.stem, targetSize);
  return [header(imports, ['import socketio']), 'sio = socketio.AsyncServer(async_mode="asgi")', exportBlock(random, file), ...handlers, ...emits, ...body].join('\n\n\n');
}

/** One module with event code; `role` says which shape. */
export function pythonEvent(random, file, unit, imports, targetSize) {
  switch (file.role) {
    case 'manager':
      return managerModule(random, file) + '\n';
    case 'events':
      return eventsModule(unit) + '\n';
    case 'notify':
      return notifyModule(unit) + '\n';
    case 'endpoint':
      return endpointModule(random, file, unit) + '\n';
    case 'socketio':
      return socketioModule(random, file, unit, imports, targetSize) + '\n';
    default:
      return senderModule(random, file, unit, imports, targetSize) + '\n';
  }
}

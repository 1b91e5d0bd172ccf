import { describe, expect, it } from 'vitest';
import { referencedFunctions, resolveAllCallTargets } from '../../../src/extract/python/call-targets.js';
import type { CallFact, ModuleFacts } from '../../../src/extract/python/facts.js';
import { collectModuleFacts } from '../../../src/extract/python/module-facts.js';
import { createProject } from '../../../src/extract/python/project.js';
import { identifierPath } from '../../../src/extract/python/syntax-tree.js';
import { lines, parsedTree, pythonFiles } from './python-sources.js';

/** Callees of every shape the facts pass reads once: names, chains, wrappers, parentheses, subscripts. */
const SOURCE = lines(
  'import notifications',
  'from helpers import notify',
  'def send_event(ws, event, data=None):',
  '    ws.send_json({"type": event})',
  'class Room:',
  '    def join(self, user):',
  '        self.broadcast("joined", user=user)',
  '    def broadcast(self, event, *args, **kwargs):',
  '        (self.manager).push(event)',
  '        async_to_sync(self.layer.group_send)("room", {"type": "chat.message"})',
  '        self.sockets[0].send(',
  '            event,',
  '        )',
  'send_event(ws, "ready", *extra)',
  'notifications.broadcast("tick", data=1)',
  'notify(x for x in items)',
  'msg.update({"kind": "ping"}, extra=2)',
);

async function moduleFacts(): Promise<ModuleFacts> {
  const [file] = pythonFiles({ 'app/room.py': SOURCE });
  if (!file) throw new Error('no test file');
  return collectModuleFacts(file, (await parsedTree(SOURCE)).rootNode);
}

const allCalls = (module: ModuleFacts): CallFact[] => module.scopes.flatMap((scope) => scope.calls);

describe('call facts read once by the facts pass', () => {
  it('records each callee with its type, dotted path, method and text as written', async () => {
    const calls = allCalls(await moduleFacts());
    expect(
      calls.map((call) => [call.calleeText, call.calleeType, call.calleePath?.join('.') ?? null, call.method?.name ?? null]),
    ).toEqual([
      ['send_event', 'identifier', 'send_event', null],
      ['notifications.broadcast', 'attribute', 'notifications.broadcast', 'broadcast'],
      ['notify', 'identifier', 'notify', null],
      ['msg.update', 'attribute', 'msg.update', 'update'],
      ['ws.send_json', 'attribute', 'ws.send_json', 'send_json'],
      ['self.broadcast', 'attribute', 'self.broadcast', 'broadcast'],
      ['(self.manager).push', 'attribute', null, 'push'],
      ['async_to_sync(self.layer.group_send)', 'call', null, 'group_send'],
      ['async_to_sync', 'identifier', 'async_to_sync', null],
      ['self.sockets[0].send', 'attribute', null, 'send'],
    ]);
  });

  it('gives the same dotted path as reading the callee node', async () => {
    for (const call of allCalls(await moduleFacts())) {
      expect(call.calleePath).toEqual(identifierPath(call.callee));
    }
  });

  it('reads the arguments when asked: positional up to a splat, keywords, spreads, a generator', async () => {
    const calls = allCalls(await moduleFacts());
    const byCallee = (text: string) => calls.find((call) => call.calleeText === text);
    const shown = (call: CallFact | undefined) => ({
      positional: call?.positional.map((node) => node.text),
      keywords: [...(call?.keywords ?? [])].map(([name, node]) => `${name}=${node.text}`),
      spreads: call?.spreadsArguments,
    });
    expect(shown(byCallee('send_event'))).toEqual({ positional: ['ws', '"ready"'], keywords: [], spreads: true });
    expect(shown(byCallee('notifications.broadcast'))).toEqual({ positional: ['"tick"'], keywords: ['data=1'], spreads: false });
    expect(shown(byCallee('notify'))).toEqual({ positional: ['(x for x in items)'], keywords: [], spreads: false });
    expect(shown(byCallee('self.sockets[0].send'))).toEqual({ positional: ['event'], keywords: [], spreads: false });
    expect(shown(byCallee('self.broadcast'))).toEqual({ positional: ['"joined"'], keywords: ['user=user'], spreads: false });
  });

  it('adds the keys of `x.update(...)` to the dict `x` holds', async () => {
    const module = await moduleFacts();
    const added = module.scope.keyAdditions.get('msg') ?? [];
    expect(added.map((addition) => `${addition.key}=${addition.value.text}`)).toEqual(['extra=2', 'kind="ping"']);
  });

  it('resolves call targets as `referencedFunctions` of the callee node does', async () => {
    const module = await moduleFacts();
    const project = createProject([module]);
    resolveAllCallTargets(project);
    const targetNames = (call: CallFact) => call.targets.map((target) => `${target.scope.name}/${target.boundParameters}`);
    // `notifications` is not scanned: its `broadcast` is taken for the only scanned method of that name.
    expect(allCalls(module).map(targetNames)).toEqual([
      ['send_event/0'], ['Room.broadcast/1'], [], [], [], ['Room.broadcast/1'], [], [], [], [],
    ]);
    for (const call of allCalls(module)) {
      expect(call.targets).toEqual(referencedFunctions(project, call.scope, call.callee));
    }
  });
});

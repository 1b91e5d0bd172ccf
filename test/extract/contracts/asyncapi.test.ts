import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { loadContract } from '../../../src/extract/contracts/index.js';
import { makeTempTree } from '../../helpers/temp-tree.js';

const V3 = `asyncapi: 3.0.0
info:
  title: Jobs
  version: 1.0.0
channels:
  live:
    address: /ws
    messages:
      JobDone:
        $ref: '#/components/messages/JobDone'
      jobFailed:
        tags:
          - name: Failures
        payload:
          type: object
  progress:
    address: job_progress
    messages:
      progress:
        payload:
          type: object
  commands:
    address: /ws
    messages:
      StartJob:
        name: start_job
operations:
  sendLive:
    action: send
    channel:
      $ref: '#/channels/live'
    tags:
      - name: Jobs
  sendProgress:
    action: send
    channel:
      $ref: '#/channels/progress'
  receiveCommands:
    action: receive
    channel:
      $ref: '#/channels/commands'
    reply:
      channel:
        $ref: '#/channels/live'
      messages:
        - $ref: '#/channels/live/messages/jobFailed'
components:
  messages:
    JobDone:
      name: job_done
      payload:
        type: object
        properties:
          job_id:
            type: string
`;

const V2 = `asyncapi: 2.6.0
info:
  title: Chat
  version: 1.0.0
channels:
  /:
    subscribe:
      tags:
        - name: Chat
      message:
        oneOf:
          - $ref: '#/components/messages/ChatMessage'
          - name: user_joined
            payload:
              type: object
          - payload:
              type: string
    publish:
      message:
        $ref: '#/components/messages/SendMessage'
  pipeline_status:
    subscribe:
      message:
        payload:
          type: object
components:
  messages:
    ChatMessage:
      name: 'chat:message'
      payload:
        type: object
    SendMessage:
      payload:
        type: object
`;

async function load(file: string, text: string) {
  const root = makeTempTree({ [file]: text });
  return loadContract(file, root);
}

describe('AsyncAPI 3.0 contracts', () => {
  it('names events by message name, single-message channel address, else message key; send is server to client', async () => {
    const contract = await load('asyncapi.yaml', V3);
    expect(contract.format).toBe('asyncapi');
    expect(contract.warnings).toEqual([]);
    expect(contract.events.map(({ payloadSchema: _schema, ...event }) => event)).toEqual([
      { file: 'asyncapi.yaml', line: 11, column: 7, name: 'jobFailed', direction: 'server-to-client', category: 'Failures' },
      { file: 'asyncapi.yaml', line: 17, column: 14, name: 'job_progress', direction: 'server-to-client' },
      { file: 'asyncapi.yaml', line: 26, column: 15, name: 'start_job', direction: 'client-to-server' },
      { file: 'asyncapi.yaml', line: 50, column: 13, name: 'job_done', direction: 'server-to-client', category: 'Jobs' },
    ]);
  });

  it('keeps the payload schema without the parser\'s x-parser-* keys', async () => {
    const contract = await load('asyncapi.yaml', V3);
    expect(contract.events.find((event) => event.name === 'job_done')?.payloadSchema).toEqual({
      type: 'object',
      properties: { job_id: { type: 'string' } },
    });
  });

  it('gives a reply the direction opposite to its operation', async () => {
    const contract = await load(
      'asyncapi.yaml',
      V3.replace('action: receive', 'action: send')
        .replace("reply:\n      channel:\n        $ref: '#/channels/live'", "reply:\n      channel:\n        $ref: '#/channels/commands'")
        .replace("- $ref: '#/channels/live/messages/jobFailed'", "- $ref: '#/channels/commands/messages/StartJob'"),
    );
    expect(contract.events.filter((event) => event.name === 'start_job')).toEqual([
      { file: 'asyncapi.yaml', line: 26, column: 15, name: 'start_job', direction: 'server-to-client' },
      { file: 'asyncapi.yaml', line: 26, column: 15, name: 'start_job', direction: 'client-to-server' },
    ]);
  });

  it('reads JSON documents with positions', async () => {
    const json = JSON.stringify(
      {
        asyncapi: '3.0.0',
        info: { title: 'x', version: '1' },
        channels: { live: { address: '/ws', messages: { Done: { name: 'done' } } } },
        operations: { sendLive: { action: 'send', channel: { $ref: '#/channels/live' } } },
      },
      null,
      2,
    );
    const contract = await load('asyncapi.json', json);
    expect(contract.events).toEqual([{ file: 'asyncapi.json', line: 12, column: 19, name: 'done', direction: 'server-to-client' }]);
  });
});

describe('AsyncAPI 2.6 contracts', () => {
  it('reads subscribe as server to client and publish as client to server', async () => {
    const contract = await load('asyncapi.yaml', V2);
    expect(contract.events.map(({ payloadSchema: _schema, ...event }) => event)).toEqual([
      { file: 'asyncapi.yaml', line: 13, column: 19, name: 'user_joined', direction: 'server-to-client', category: 'Chat' },
      { file: 'asyncapi.yaml', line: 21, column: 3, name: 'pipeline_status', direction: 'server-to-client' },
      { file: 'asyncapi.yaml', line: 29, column: 13, name: 'chat:message', direction: 'server-to-client', category: 'Chat' },
      { file: 'asyncapi.yaml', line: 32, column: 5, name: 'SendMessage', direction: 'client-to-server' },
    ]);
  });

  it('warns about a message with neither name nor id, and leaves it out', async () => {
    const contract = await load('asyncapi.yaml', V2);
    expect(contract.warnings).toEqual(['contract asyncapi.yaml:16: a message without a name or id; it is left out']);
  });
});

describe('invalid AsyncAPI documents', () => {
  async function loadError(file: string, text: string): Promise<Error> {
    return load(file, text).then(
      () => {
        throw new Error('expected a UsageError');
      },
      (error: Error) => error,
    );
  }

  it('reports the validation error with file, line and column', async () => {
    const error = await loadError('bad.yaml', 'asyncapi: 3.0.0\ninfo:\n  title: x\n');
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('contract bad.yaml:2:6: "info" property must have required property "version"');
  });

  it('reports YAML syntax errors where they are', async () => {
    const error = await loadError('bad.yaml', 'asyncapi: 3.0.0\ninfo:\n  title: x\n  version: "1"\n channels: [\n');
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('contract bad.yaml:5:2: Bad indentation of a mapping entry');
  });

  it('says what a contract can be when the file is no AsyncAPI document', async () => {
    const error = await loadError('notes.yaml', 'title: notes\n');
    expect(error.message).toBe(
      'contract notes.yaml:1:1: This is not an AsyncAPI document. The "asyncapi" field as string is missing. ' +
        '(a contract is an AsyncAPI document, a TypeScript file with ServerToClientEvents/ClientToServerEvents, or a JSON file with "expected")',
    );
  });
});

import type { ChannelInterface, MessageInterface, OperationInterface, ParseOutput } from '@asyncapi/parser';
import { UsageError } from '../../errors.js';
import { displayPath } from '../../util/paths.js';
import { asyncApiLocator, jsonPointerPath, type AsyncApiLocator, type JsonPath } from './asyncapi-locations.js';
import type { ContractDirection, ContractEvent, ContractSource, LoadedContract } from './contract.js';
import { withoutParserExtensions } from './asyncapi-schema.js';

const ERROR_SEVERITY = 0;
const ANONYMOUS_MESSAGE_ID = /^<anonymous-message-\d+>$/;

/**
 * Events of an AsyncAPI 2.6 or 3.0 document, read from the point of view of the application it
 * describes, taken to be the backend.
 *
 * Direction: AsyncAPI 3 `action: send` (the application sends) is server → client and `receive` is
 * client → server; a reply goes the other way. AsyncAPI 2 names operations from the client's side:
 * `subscribe` "defines the messages produced by the application and sent to the channel", `publish`
 * "the messages consumed by the application from the channel" (AsyncAPI 2.6.0, Channel Item Object,
 * https://www.asyncapi.com/docs/reference/specification/v2.6.0#channelItemObject). The parser's
 * `isSend()` already says "the application sends" for both versions.
 *
 * Name: the message's `name`; else the channel's address when the channel carries that one message
 * and its address is not a path (channel-per-event documents); else the message's id (its key).
 * Category: the first tag of the message, else of the operation.
 */
export async function loadAsyncApi(source: ContractSource): Promise<LoadedContract> {
  const { Parser } = await import('@asyncapi/parser');
  const output = await new Parser().parse(source.text, { source: source.absolutePath });
  if (!output.document || !output.extras) throw new UsageError(parseErrorMessage(output, source));
  const locator = asyncApiLocator(output.extras.document, source);
  const events: ContractEvent[] = [];
  const warnings: string[] = [];
  for (const use of output.document.operations().all().flatMap(messageUses)) {
    const event = messageEvent(use, locator);
    if (typeof event === 'string') warnings.push(`contract ${event}`);
    else events.push(event);
  }
  return { format: 'asyncapi', events, warnings };
}

interface MessageUse {
  message: MessageInterface;
  operation: OperationInterface;
  channel: ChannelInterface | undefined;
  direction: ContractDirection;
}

/** The operation's messages, then its reply's, which travel the other way. */
function messageUses(operation: OperationInterface): MessageUse[] {
  const direction: ContractDirection = operation.isSend() ? 'server-to-client' : 'client-to-server';
  const replyDirection: ContractDirection = operation.isSend() ? 'client-to-server' : 'server-to-client';
  const channel = operation.channels().all()[0];
  const reply = operation.reply();
  return [
    ...operation.messages().all().map((message) => ({ message, operation, channel, direction })),
    ...(reply?.messages().all() ?? []).map((message) => ({ message, operation, channel: reply?.channel() ?? channel, direction: replyDirection })),
  ];
}

/** The contract event for one message of one operation, or a warning when the message has no name. */
function messageEvent(use: MessageUse, locator: AsyncApiLocator): ContractEvent | string {
  const { message, operation, direction } = use;
  const declaration = messagePath(use, locator);
  const named = eventName(use, declaration, locator);
  if (named === undefined) return `${locator.describe(declaration)}: a message without a name or id; it is left out`;
  const category = message.tags().all()[0]?.name() ?? operation.tags().all()[0]?.name();
  const payload = message.payload()?.json();
  return {
    ...locator.locate(named.path, named.isKey),
    name: named.name,
    direction,
    ...(category === undefined ? {} : { category }),
    ...(payload === undefined ? {} : { payloadSchema: withoutParserExtensions(payload) }),
  };
}

interface EventName {
  name: string;
  path: JsonPath;
  /** The name is the key at `path` (a message id, a 2.x channel), not a value. */
  isKey: boolean;
}

function eventName({ message, channel }: MessageUse, declaration: JsonPath, locator: AsyncApiLocator): EventName | undefined {
  const name = message.name();
  if (name) {
    // A name from a trait or another file is not written at the message: its key is shown instead.
    const namePath = locator.resolve([...declaration, 'name']);
    return namePath ? { name, path: namePath, isKey: false } : { name, path: declaration, isKey: true };
  }
  const address = channel?.address();
  if (channel && address && channel.messages().length === 1 && isEventAddress(address)) {
    const channelPath = pointerPath(channel);
    const addressPath = locator.resolve([...channelPath, 'address']);
    return addressPath
      ? { name: address, path: addressPath, isKey: false }
      : { name: address, path: locator.resolve(channelPath) ?? channelPath, isKey: true };
  }
  const id = message.id();
  if (!id || ANONYMOUS_MESSAGE_ID.test(id)) return undefined;
  return { name: id, path: declaration, isKey: true };
}

/** Where the message is declared: its own pointer, or (for 3.0 replies) its key in the channel. */
function messagePath({ message, channel }: MessageUse, locator: AsyncApiLocator): JsonPath {
  const own = pointerPath(message);
  const inChannel = channel ? locator.resolve([...pointerPath(channel), 'messages', message.id()]) : undefined;
  return locator.resolve(own) ?? inChannel ?? own;
}

/** `/ws` and `/` are endpoints or Socket.IO namespaces; `user/{id}` is a template, not a name. */
function isEventAddress(address: string): boolean {
  return !address.startsWith('/') && !address.includes('{');
}

function pointerPath(model: { meta(key: 'pointer'): string }): JsonPath {
  return jsonPointerPath(model.meta('pointer'));
}

function parseErrorMessage(output: ParseOutput, source: ContractSource): string {
  const errors = output.diagnostics
    .filter((diagnostic) => diagnostic.severity === ERROR_SEVERITY)
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const first = errors[0];
  if (!first) return `contract ${source.path}: not a valid AsyncAPI document`;
  const file = first.source && first.source !== source.absolutePath ? displayPath(first.source, source.cwd) : source.path;
  const where = `${file}:${first.range.start.line + 1}:${first.range.start.character + 1}`;
  const hint =
    first.code === 'asyncapi-is-asyncapi'
      ? ' (a contract is an AsyncAPI document, a TypeScript file with ServerToClientEvents/ClientToServerEvents, or a JSON file with "expected")'
      : '';
  return `contract ${where}: ${first.message}${hint}`;
}

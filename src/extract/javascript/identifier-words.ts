/** Words that name a socket or the object managing one: `wsManager`, `socketInstance`, `$socket`, `hubConnection`. */
const SOCKET_WORDS = new Set([
  'socket', 'ws', 'websocket', 'io', 'manager', 'conn', 'connection', 'channel', 'hub', 'client',
]);

/** Last words of names that hold DOM elements or streams, whose `.on`/`addEventListener` events are not socket events. */
const NOT_SOCKET_LAST_WORDS = new Set(['el', 'elem', 'element', 'btn', 'button', 'input', 'form', 'stream']);

/** Names that, alone, mean a raw WebSocket, whose `message` event is the transport envelope. */
const RAW_WEBSOCKET_NAMES = new Set(['ws', 'wss', 'websocket', 'socketws']);

/** `wsManager` → ws, manager; `WSClient` → ws, client; `$socket_io` → socket, io. */
function identifierWords(name: string): string[] {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

export function hasSocketName(name: string): boolean {
  const words = identifierWords(name);
  const last = words.at(-1);
  return last !== undefined && !NOT_SOCKET_LAST_WORDS.has(last) && words.some((word) => SOCKET_WORDS.has(word));
}

export function isRawWebSocketName(name: string): boolean {
  return RAW_WEBSOCKET_NAMES.has(identifierWords(name).join(''));
}

/** `new SocketManager()`, `new ChatSocket()`, `new RealtimeClient()`. */
export function hasSocketConstructorName(name: string): boolean {
  return /(Manager|Socket|Client)$/.test(name);
}

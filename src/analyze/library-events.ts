/**
 * Events the socket libraries raise by themselves (connection lifecycle), not sent by application
 * code. A handler for one of them is never dead, and nobody is expected to send them.
 */
export const LIBRARY_EVENT_NAMES: ReadonlySet<string> = new Set([
  // socket.io server and client, Flask-SocketIO, python-socketio
  'connect',
  'connection',
  'connect_error',
  'disconnect',
  'disconnecting',
  'reconnect',
  'reconnect_attempt',
  'reconnect_error',
  'reconnect_failed',
  'reconnecting',
  // WebSocket (browser `addEventListener`, `ws` package) and reconnecting wrappers
  'open',
  'close',
  'error',
]);

import { eventManager } from './event-manager.js';
import type { JavascriptFramework } from './framework.js';
import { nativeWebsocket } from './native-websocket.js';
import { socketIo } from './socket-io.js';

/**
 * The socket libraries (client and server) the JavaScript extractor knows, by id. For a call on a
 * socket, the first framework (in this order) with a matching rule wins, so more specific
 * libraries go first.
 */
export const frameworks = {
  'socket-io': socketIo,
  'native-websocket': nativeWebsocket,
  'event-manager': eventManager,
} as const satisfies Record<string, JavascriptFramework>;

export const FRAMEWORKS_IN_ORDER: readonly JavascriptFramework[] = Object.values(frameworks);

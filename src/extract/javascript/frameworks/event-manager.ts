import type { SocketReceiver } from '../receivers.js';
import type { JavascriptFramework } from './framework.js';

function isManager(receiver: SocketReceiver): boolean {
  return receiver.origin.kind === 'manager' || receiver.origin.kind === 'manager-self';
}

/**
 * Event-emitter style APIs on a socket-like object no library module claims (one known by its
 * name, `wsManager`, `hubConnection`) or on the client's own socket manager:
 * `X.on/once/addEventListener('evt', fn)` handle an event; `X.emit('evt', data)` sends it, except on
 * the manager class itself, whose `emit` (and `dispatchEvent`) only reaches its local subscribers.
 */
export const eventManager: JavascriptFramework = {
  id: 'event-manager',
  description:
    "The app's own socket manager (an object with on/emit, such as wsManager): handlers registered with on/once, events it raises for its subscribers with this.emit, and messages it sends.",
  creates: { constructors: [], functions: [], modules: [], connectionEvents: [], socketCollections: [] },
  socketViews: [],
  receiverCalls: [
    {
      methods: ['on', 'once', 'addEventListener'],
      kind: 'handle',
      scope: 'wire',
      name: 'first-argument',
      callbackArgument: 1,
      appliesTo: (receiver) => receiver.origin.kind !== 'manager-self',
    },
    { methods: ['emit'], kind: 'send', scope: 'local', name: 'first-argument', payloadArgument: 1, appliesTo: isManager },
    { methods: ['emit'], kind: 'send', scope: 'wire', name: 'first-argument', payloadArgument: 1, appliesTo: () => true },
    { methods: ['dispatchEvent'], kind: 'send', scope: 'local', name: 'event-object-argument', appliesTo: isManager },
  ],
};

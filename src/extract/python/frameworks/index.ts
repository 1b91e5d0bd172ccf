import { djangoChannels } from './django-channels.js';
import { flaskSocketio } from './flask-socketio.js';
import type { PythonFramework } from './framework.js';
import { pythonSocketio } from './python-socketio.js';
import { websocketDict } from './websocket-dict.js';

export type { PythonFramework } from './framework.js';

export const pythonFrameworks: Readonly<Record<string, PythonFramework>> = {
  [websocketDict.id]: websocketDict,
  [flaskSocketio.id]: flaskSocketio,
  [pythonSocketio.id]: pythonSocketio,
  [djangoChannels.id]: djangoChannels,
};

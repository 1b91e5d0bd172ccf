import type { PythonFramework } from './framework.js';
import { websocketDict } from './websocket-dict.js';

export type { PythonFramework } from './framework.js';

export const pythonFrameworks: Readonly<Record<string, PythonFramework>> = {
  [websocketDict.id]: websocketDict,
};

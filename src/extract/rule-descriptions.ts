import { FRAMEWORKS_IN_ORDER } from './javascript/frameworks/index.js';
import { pythonFrameworks } from './python/frameworks/index.js';

/** Every extraction rule id (`python/flask-socketio`) with what it finds, for `--explain`. */
export function ruleDescriptions(): ReadonlyMap<string, string> {
  const rules: Array<[string, string]> = [
    ...Object.values(pythonFrameworks).map((framework): [string, string] => [`python/${framework.id}`, framework.description]),
    ...FRAMEWORKS_IN_ORDER.map((framework): [string, string] => [`javascript/${framework.id}`, framework.description]),
  ];
  return new Map(rules);
}

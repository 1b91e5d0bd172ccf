import { CONFIG_WRAPPER_DESCRIPTION, CONFIG_WRAPPER_RULE } from './javascript/config-wrappers.js';
import { FRAMEWORKS_IN_ORDER } from './javascript/frameworks/index.js';
import { configWrapper } from './python/config-wrappers.js';
import { pythonFrameworks } from './python/frameworks/index.js';

/** Every extraction rule id (`python/flask-socketio`) with what it finds, for `--explain`. */
export function ruleDescriptions(): ReadonlyMap<string, string> {
  const rules: Array<[string, string]> = [
    ...[...Object.values(pythonFrameworks), configWrapper].map((framework): [string, string] => [
      `python/${framework.id}`,
      framework.description,
    ]),
    ...FRAMEWORKS_IN_ORDER.map((framework): [string, string] => [`javascript/${framework.id}`, framework.description]),
    [CONFIG_WRAPPER_RULE, CONFIG_WRAPPER_DESCRIPTION],
  ];
  return new Map(rules);
}

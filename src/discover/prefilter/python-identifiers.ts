import {
  PYTHON_ANY_RECEIVER_METHODS,
  PYTHON_HANDLER_METHOD_PREFIXES,
  PYTHON_LIBRARY_ROOTS,
  PYTHON_SITE_WORDS,
} from './vocabulary.js';

/** What a Python identifier can mean to the prefilter, decided once per distinct name. */
export const LIBRARY_ROOT = 1;
/** A call that is a site on any receiver: an origin and a site token at once. */
export const ANY_RECEIVER_METHOD = 2;
export const SITE_WORD = 4;

export function pythonIdentifierFlags(name: string): number {
  let flags = 0;
  if (PYTHON_LIBRARY_ROOTS.has(name)) flags |= LIBRARY_ROOT;
  if (PYTHON_ANY_RECEIVER_METHODS.has(name)) flags |= ANY_RECEIVER_METHOD;
  if (PYTHON_SITE_WORDS.has(name) || PYTHON_HANDLER_METHOD_PREFIXES.some((prefix) => name.startsWith(prefix))) flags |= SITE_WORD;
  return flags;
}

import { hasSocketConstructorName, hasSocketName } from '../../extract/javascript/identifier-words.js';
import { JAVASCRIPT_ENVELOPE_PROPERTY, JAVASCRIPT_FACTORY_NAMES, JAVASCRIPT_SITE_METHODS, MANAGER_METHODS } from './vocabulary.js';

/** What an identifier can mean to the prefilter, decided once per distinct name. */
export const SOCKET_NAME = 1;
export const FACTORY = 2;
export const SITE_METHOD = 4;
export const MANAGER_METHOD = 8;
export const SOCKET_CONSTRUCTOR = 16;
export const ENVELOPE_PROPERTY = 32;
export const GLOBAL_OBJECT = 64;
export const DECLARATION = 128;
export const NAMED_DECLARATION = 256;
export const MODULE_KEYWORD = 512;
export const NEW_KEYWORD = 1024;
export const REGEX_KEYWORD = 2048;

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);
const DECLARATIONS = new Set(['var', 'let', 'const']);
const NAMED_DECLARATIONS = new Set(['function', 'class']);
const MODULE_KEYWORDS = new Set(['import', 'export']);
/** Keywords after which a `/` starts a regular expression, not a division. */
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

export function javascriptIdentifierFlags(name: string): number {
  let flags = 0;
  if (hasSocketName(name)) flags |= SOCKET_NAME;
  if (JAVASCRIPT_FACTORY_NAMES.has(name)) flags |= FACTORY;
  if (JAVASCRIPT_SITE_METHODS.has(name)) flags |= SITE_METHOD;
  if (MANAGER_METHODS.has(name)) flags |= MANAGER_METHOD;
  if (hasSocketConstructorName(name)) flags |= SOCKET_CONSTRUCTOR;
  if (name === JAVASCRIPT_ENVELOPE_PROPERTY) flags |= ENVELOPE_PROPERTY;
  if (GLOBAL_OBJECTS.has(name)) flags |= GLOBAL_OBJECT;
  if (DECLARATIONS.has(name)) flags |= DECLARATION;
  if (NAMED_DECLARATIONS.has(name)) flags |= NAMED_DECLARATION;
  if (MODULE_KEYWORDS.has(name)) flags |= MODULE_KEYWORD;
  if (name === 'new') flags |= NEW_KEYWORD;
  if (REGEX_KEYWORDS.has(name)) flags |= REGEX_KEYWORD;
  return flags;
}

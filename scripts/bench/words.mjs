/** Word lists the corpus builds its identifiers, event names and comments from. */

export const NOUNS = [
  'invoice', 'order', 'customer', 'report', 'account', 'ledger', 'metric', 'widget', 'session', 'profile',
  'product', 'catalog', 'payment', 'refund', 'ticket', 'comment', 'document', 'folder', 'upload', 'asset',
  'schedule', 'calendar', 'reminder', 'audit', 'policy', 'quota', 'tenant', 'project', 'task', 'sprint',
  'release', 'artifact', 'build', 'pipeline', 'dataset', 'model', 'feature', 'sample', 'label', 'batch',
  'shipment', 'warehouse', 'inventory', 'supplier', 'contract', 'discount', 'coupon', 'basket', 'review',
  'rating', 'survey', 'answer', 'question', 'lesson', 'course', 'grade', 'student', 'teacher', 'room',
];

export const VERBS = [
  'load', 'save', 'update', 'remove', 'create', 'validate', 'format', 'parse', 'compute', 'merge', 'filter',
  'sort', 'group', 'render', 'refresh', 'export', 'import', 'archive', 'restore', 'approve', 'reject',
  'assign', 'notify', 'schedule', 'resolve', 'sync', 'index', 'count', 'summarize', 'normalize',
];

export const ADJECTIVES = [
  'pending', 'active', 'archived', 'draft', 'final', 'shared', 'private', 'recent', 'stale', 'primary',
  'secondary', 'local', 'remote', 'cached', 'visible', 'hidden', 'daily', 'weekly', 'monthly', 'total',
];

export const EVENT_SUFFIXES = ['created', 'updated', 'deleted', 'progress', 'done', 'failed', 'started', 'changed', 'status', 'ready'];

export const DOM_EVENTS = ['click', 'input', 'change', 'submit', 'keydown', 'scroll', 'resize', 'focus', 'blur', 'mouseenter'];

export const EMITTER_EVENTS = ['data', 'end', 'error', 'close', 'drain', 'ready', 'flushed', 'timeout'];

export const COMMENTS = [
  'Keep the totals in cents to avoid rounding drift.',
  'The upstream API pages results; follow the cursor until it is empty.',
  'Callers rely on the order of this list, do not sort it here.',
  'Retry once: the first request after a deploy often times out.',
  'Values arrive as strings from the form and must be converted.',
  'An empty selection means every item, not none.',
  'The cache is per tenant; never share entries across tenants.',
  'Dates are stored in UTC and shown in the user time zone.',
];

export function pascal(...parts) {
  return parts.map((part) => part[0].toUpperCase() + part.slice(1)).join('');
}

export function camel(first, ...rest) {
  return first + pascal(...rest);
}

export function snake(...parts) {
  return parts.join('_');
}

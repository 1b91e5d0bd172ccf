import type { ContractStatus, Direction, EventReport, EventStatus } from '../model/result.js';
import { htmlText } from './html-escape.js';

export const STATUS_LABELS: Readonly<Record<EventStatus, string>> = {
  handled: 'handled',
  unhandled: 'unhandled',
  'dead-handler': 'dead handler',
  'client-local': 'client-local',
  library: 'socket library',
  'contract-only': 'contract only',
};

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  'server-to-client': 'backend → frontend',
  'client-to-server': 'frontend → backend',
  'client-local': 'client-local',
};

export const CONTRACT_LABELS: Readonly<Record<ContractStatus, string>> = {
  ok: 'ok',
  'missing-sender': 'never sent',
  'missing-handler': 'never handled',
  'not-implemented': 'neither sent nor handled',
  'not-in-contract': 'not in contract',
};

/** `<code>name</code>`, its namespace when it is not the default one, and a `dynamic` tag for a pattern. */
export function eventNameHtml(event: EventReport): string {
  const namespace =
    event.namespace === undefined || event.namespace === '/' ? '' : ` <span class="namespace">${htmlText(event.namespace)}</span>`;
  const dynamic = event.dynamic ? ' <span class="tag">dynamic</span>' : '';
  return `<code class="event-name">${htmlText(event.name)}</code>${namespace}${dynamic}`;
}

/** The status as a coloured badge, plus a `silenced` badge for a gap a `ws-gap-ignore` comment silences. */
export function statusBadgeHtml(event: EventReport): string {
  const silenced = event.suppressed ? ' <span class="tag">silenced</span>' : '';
  return `<span class="badge s-${event.status}">${STATUS_LABELS[event.status]}</span>${silenced}`;
}

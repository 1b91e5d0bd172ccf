import type { Check } from './check.js';
import { eventFindings } from './event-findings.js';

export const unhandledClientEvent: Check = {
  id: 'unhandled-client-event',
  title: 'Unhandled client event',
  defaultSeverity: 'error',
  description: 'A message the frontend sends to the backend that no backend code handles.',
  help: 'Handle the message in the backend, or stop sending it from the frontend if nothing needs it.',
  find: (result) =>
    eventFindings(result, { checkId: 'unhandled-client-event', direction: 'client-to-server', status: 'unhandled', sites: 'sent' }),
};

import type { Check } from './check.js';
import { eventFindings } from './event-findings.js';

export const unhandledEvent: Check = {
  id: 'unhandled-event',
  title: 'Unhandled event',
  defaultSeverity: 'error',
  description: 'An event the backend sends to the frontend that no frontend code handles.',
  help: 'Add a frontend handler for the event, or stop sending it from the backend if nothing needs it.',
  find: (result) => eventFindings(result, { checkId: 'unhandled-event', direction: 'server-to-client', status: 'unhandled', sites: 'sent' }),
};

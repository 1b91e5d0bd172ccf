import type { Check } from './check.js';
import { eventFindings } from './event-findings.js';

export const deadHandler: Check = {
  id: 'dead-handler',
  title: 'Dead handler',
  defaultSeverity: 'warning',
  description: 'A frontend handler for an event the backend never sends.',
  help: 'Remove the handler, or send the event from the backend (check the spelling of its name against the backend).',
  find: (result) => eventFindings(result, { checkId: 'dead-handler', direction: 'server-to-client', status: 'dead-handler', sites: 'handled' }),
};

import type { Check } from './check.js';
import { eventFindings } from './event-findings.js';

export const deadClientHandler: Check = {
  id: 'dead-client-handler',
  title: 'Dead client handler',
  defaultSeverity: 'warning',
  description: 'A backend handler for a message the frontend never sends.',
  help: 'Remove the handler, or send the message from the frontend (check the spelling of its name against the frontend).',
  find: (result) =>
    eventFindings(result, { checkId: 'dead-client-handler', direction: 'client-to-server', status: 'dead-handler', sites: 'handled' }),
};

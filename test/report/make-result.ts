import { summarize } from '../../src/analyze/summary.js';
import type { EventReport, ScanResult, SiteReference } from '../../src/model/result.js';
import type { SkippedFile } from '../../src/model/site.js';

/** A site reference with test defaults; `via` says which API the site went through. */
export function at(file: string, line: number, more: Partial<SiteReference> = {}): SiteReference {
  return { file, line, column: 5, via: 'wsManager.on', rule: 'test', ...more };
}

/** A handled server→client event; pass only what the test is about. */
export function event(name: string, more: Partial<EventReport> = {}): EventReport {
  return {
    name,
    direction: 'server-to-client',
    status: 'handled',
    category: 'Uncategorised',
    dynamic: false,
    sent: [],
    handled: [],
    fieldMismatches: [],
    ...more,
  };
}

/** A result whose summary is counted from the events the way the analyzer counts it. */
export function makeResult(events: EventReport[], skipped: SkippedFile[] = []): ScanResult {
  return {
    version: 1,
    roots: { backend: ['backend'], frontend: ['static'] },
    summary: summarize(events, [], 0),
    events,
    skipped,
  };
}


const BACKEND = 'backend/backend_simple.py';
const PIPELINE = 'static/js/pages/pipeline.js';
const DASHBOARD = 'static/js/pages/dashboard.js';
const MANAGER = 'static/js/websocket.js';

/** A small dashboard shaped like the reference report's project: every status and direction once. */
export function dashboardResult(): ScanResult {
  const send = (line: number, payloadKeys: string[], more: Partial<SiteReference> = {}) =>
    at(BACKEND, line, { via: 'manager.broadcast_json', payloadKeys, ...more });
  return makeResult(
    [
      event('pipeline_status', { category: 'Pipeline', sent: [send(1024, ['status'])], handled: [at(PIPELINE, 67)] }),
      event('pipeline_progress', {
        category: 'Pipeline',
        sent: [send(238, ['progress']), send(252, ['progress'])],
        handled: [at(PIPELINE, 72)],
      }),
      event('system_stats', { category: 'Dashboard', sent: [send(400, ['cpu'])], handled: [at(DASHBOARD, 30)] }),
      event('model_deployed', {
        category: 'Dashboard',
        status: 'unhandled',
        sent: [send(903, ['model_name', 'version'], { calledFrom: [{ file: BACKEND, line: 950, column: 9 }] })],
      }),
      event('prediction_volume', {
        category: 'Dashboard',
        status: 'unhandled',
        sent: [send(653, ['total_predictions', 'timestamp'].sort())],
      }),
      event('deployment_status', { category: 'Dashboard', status: 'dead-handler', handled: [at(DASHBOARD, 40)] }),
      event('training_*', {
        category: 'Pipeline',
        dynamic: true,
        sent: [send(300, ['step'])],
        handled: [at(PIPELINE, 90)],
      }),
      event('training_started', {
        category: 'Pipeline',
        sent: [send(300, ['step'], { pattern: 'training_*' })],
        handled: [at(PIPELINE, 90)],
      }),
      event('subscribe', {
        category: 'Pipeline',
        direction: 'client-to-server',
        sent: [at(PIPELINE, 20, { via: 'wsManager.send' })],
        handled: [at(BACKEND, 1800, { via: 'data.get("type") ==' })],
      }),
      event('request_refresh', {
        category: 'Dashboard',
        direction: 'client-to-server',
        status: 'unhandled',
        sent: [at(DASHBOARD, 50, { via: 'wsManager.send' })],
      }),
      event('connected', {
        category: 'Websocket',
        direction: 'client-local',
        status: 'client-local',
        sent: [at(MANAGER, 20, { via: 'this.emit' })],
        handled: [at(DASHBOARD, 12)],
      }),
    ],
    [{ file: 'backend/broken.py', reason: 'Unexpected token (12:4)' }],
  );
}

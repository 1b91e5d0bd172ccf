import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/analyze/checks/run-checks.js';
import { dashboardResult } from '../../report/make-result.js';

describe('runChecks', () => {
  it('collects every check\'s findings, ordered by location, then check', () => {
    expect(runChecks(dashboardResult()).map((finding) => [finding.checkId, finding.event?.name, `${finding.location.file}:${finding.location.line}`])).toEqual([
      ['dynamic-name', 'training_*', 'backend/backend_simple.py:300'],
      ['unhandled-event', 'prediction_volume', 'backend/backend_simple.py:653'],
      ['unhandled-event', 'model_deployed', 'backend/backend_simple.py:903'],
      ['skipped-file', undefined, 'backend/broken.py:1'],
      ['dead-handler', 'deployment_status', 'static/js/pages/dashboard.js:40'],
      ['unhandled-client-event', 'request_refresh', 'static/js/pages/dashboard.js:50'],
    ]);
  });
});

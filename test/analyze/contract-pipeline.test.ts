import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { makeTempTree } from '../helpers/temp-tree.js';

const FIXTURE = 'fixtures/asyncapi-contract';
const scan = (more: Partial<Parameters<typeof analyze>[0]> = {}) =>
  analyze({ backend: [`${FIXTURE}/backend`], frontend: [`${FIXTURE}/frontend`], cwd: REPO_ROOT, ...more });

describe('analyze with a contract', () => {
  it('sums up the contract over the reported events', async () => {
    const result = await scan({ contract: `${FIXTURE}/asyncapi.yaml` });
    expect(result.contract).toEqual({
      file: `${FIXTURE}/asyncapi.yaml`,
      format: 'asyncapi',
      expected: 11,
      ok: 5,
      neverSent: 2,
      neverHandled: 4,
      notInContract: 2,
    });
    expect(result.warnings).toBeUndefined();
  });

  it('counts only the contract events of the reported direction', async () => {
    const result = await scan({ contract: `${FIXTURE}/asyncapi.yaml`, direction: 'client-to-server' });
    expect(result.contract).toMatchObject({ expected: 3, ok: 2, neverSent: 0, neverHandled: 1, notInContract: 1 });
    expect(result.events.map((event) => event.name)).toEqual(['cancel_pipeline', 'debug_dump', 'request_snapshot', 'start_pipeline']);
  });

  it('adds nothing without a contract', async () => {
    const result = await scan();
    expect(Object.keys(result)).toEqual(['version', 'roots', 'summary', 'events', 'skipped']);
    expect(result.events.filter((event) => 'inContract' in event || 'contract' in event || 'declaredAt' in event)).toEqual([]);
    expect(result.events.map((event) => event.name)).not.toContain('alert_raised');
  });
});

describe('the reference fixture with the expected list of its hand-written report', () => {
  const EXPECTED = {
    expected: {
      Pipeline: ['pipeline_status', 'pipeline_progress', 'pipeline_completed', 'pipeline_failed'],
      Monitoring: ['service_health', 'performance_metrics', 'system_alert', 'chart_data'],
      'Data Management': ['upload_progress', 'dataset_processed', 'quality_assessment', 'job_progress', 'job_completed'],
      Architecture: ['component_health', 'integration_status'],
    },
  };

  it('takes its categories from the contract and finds every expected event sent and handled', async () => {
    const folder = makeTempTree({ 'expected.json': JSON.stringify(EXPECTED, null, 2) });
    const result = await analyze({
      backend: ['fixtures/mlops-dashboard/backend'],
      frontend: ['fixtures/mlops-dashboard/static'],
      contract: `${folder}/expected.json`,
      cwd: REPO_ROOT,
    });
    const inContract = result.events.filter((event) => event.inContract);
    expect(inContract.map((event) => `${event.category}: ${event.name} ${event.contract}`)).toEqual([
      'Monitoring: chart_data ok',
      'Architecture: component_health ok',
      'Data Management: dataset_processed ok',
      'Architecture: integration_status ok',
      'Data Management: job_completed ok',
      'Data Management: job_progress ok',
      'Monitoring: performance_metrics ok',
      'Pipeline: pipeline_completed ok',
      'Pipeline: pipeline_failed ok',
      'Pipeline: pipeline_progress ok',
      'Pipeline: pipeline_status ok',
      'Data Management: quality_assessment ok',
      'Monitoring: service_health ok',
      'Monitoring: system_alert ok',
      'Data Management: upload_progress ok',
    ]);
    const unhandled = result.events.filter((event) => event.status === 'unhandled' && event.direction === 'server-to-client');
    expect(unhandled.map((event) => `${event.name} ${event.contract}`)).toEqual(['model_deployed not-in-contract', 'prediction_volume not-in-contract']);
  });
});

describe('the Contract section of the reports', () => {
  it('lists, in the terminal report, what the contract expects and what it lacks', async () => {
    const text = renderTerminal(await scan({ contract: `${FIXTURE}/asyncapi.yaml` }), { color: false });
    const section = text.slice(text.indexOf('Contract fixtures/'));
    expect(section).toBe(
      [
        'Contract fixtures/asyncapi-contract/asyncapi.yaml: 11 expected events, 5 sent and handled',
        '',
        'Expected but never sent (2):',
        '  alert_raised    declared at fixtures/asyncapi-contract/asyncapi.yaml:32',
        '  metrics_update  declared at fixtures/asyncapi-contract/asyncapi.yaml:24, handled at fixtures/asyncapi-contract/frontend/js/monitoring.js:4',
        '',
        'Expected but never handled (4):',
        '  alert_raised     declared at fixtures/asyncapi-contract/asyncapi.yaml:32',
        '  cancel_pipeline  client → server, declared at fixtures/asyncapi-contract/asyncapi.yaml:73, sent at fixtures/asyncapi-contract/frontend/js/pipelines.js:14',
        '  job_* (dynamic)  sent at fixtures/asyncapi-contract/backend/app.py:46',
        '  pipeline_failed  declared at fixtures/asyncapi-contract/asyncapi.yaml:17, sent at fixtures/asyncapi-contract/backend/app.py:42',
        '',
        'Not in the contract (2):',
        '  debug_dump   client → server, sent at fixtures/asyncapi-contract/frontend/js/monitoring.js:12, handled at fixtures/asyncapi-contract/backend/app.py:59',
        '  debug_state  sent at fixtures/asyncapi-contract/backend/app.py:60, handled at fixtures/asyncapi-contract/frontend/js/monitoring.js:8',
        '',
      ].join('\n'),
    );
  });

  it('shows contract-only events in the category tables', async () => {
    const text = renderTerminal(await scan({ contract: `${FIXTURE}/asyncapi.yaml` }), { color: false });
    const row = text.split('\n').find((line) => line.startsWith('│ alert_raised '));
    expect(row?.split('│').map((cell) => cell.trim())).toEqual(['', 'alert_raised', '-', '-', '✗ contract only', '']);
  });

  it('adds a Contract section to the Markdown report, after the implementation status', async () => {
    const markdown = renderMarkdown(await scan({ contract: `${FIXTURE}/asyncapi.yaml` }), { color: false });
    const section = markdown.slice(markdown.indexOf('## Contract'), markdown.indexOf('## Detailed Analysis'));
    expect(section).toBe(
      [
        '## Contract',
        '',
        'The expected events come from `fixtures/asyncapi-contract/asyncapi.yaml`: **11 events**, of which **5** are sent and handled.',
        '',
        '### Expected But Never Sent (2 events)',
        '',
        '- `alert_raised` - declared at asyncapi.yaml:32',
        '- `metrics_update` - declared at asyncapi.yaml:24; handled in monitoring.js:4',
        '',
        '### Expected But Never Handled (4 events)',
        '',
        '- `alert_raised` - declared at asyncapi.yaml:32',
        '- `cancel_pipeline` (frontend → backend) - declared at asyncapi.yaml:73; sent: pipelines.js:14',
        '- `job_*` (dynamic) - sent: Line 46',
        '- `pipeline_failed` - declared at asyncapi.yaml:17; sent: Line 42',
        '',
        '### Not In The Contract (2 events)',
        '',
        '- `debug_dump` (frontend → backend) - sent: monitoring.js:12; handled in app.py:59',
        '- `debug_state` - sent: Line 60; handled in monitoring.js:8',
        '',
        '',
      ].join('\n'),
    );
    expect(markdown.indexOf('## Implementation Status')).toBeLessThan(markdown.indexOf('## Contract'));
  });
});

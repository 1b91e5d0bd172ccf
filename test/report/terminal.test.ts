import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from '../../src/report/format-safe-text.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { at, dashboardResult, event, makeResult } from './make-result.js';

const plain = (result: ReturnType<typeof makeResult>) => renderTerminal(result, { color: false });

/** The lines of the section that starts with `title`, up to the next blank line. */
function section(output: string, title: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(title));
  if (start === -1) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('renderTerminal', () => {
  it('renders the direction section, one category table, the summary and the unhandled events, without colour', () => {
    const result = makeResult([
      event('pipeline_status', {
        category: 'Pipeline',
        sent: [at('backend/app.py', 12, { via: 'manager.broadcast_json' })],
        handled: [at('static/pipeline.js', 67)],
      }),
      event('model_deployed', { category: 'Pipeline', status: 'unhandled', sent: [at('backend/app.py', 903)] }),
    ]);
    expect(plain(result)).toBe(
      [
        'Server → client events',
        '',
        'Pipeline Events',
        '┌─────────────────┬────────────────────┬───────────────────────┬─────────────┐',
        '│ Event           │ Sent at            │ Handled at            │ Status      │',
        '├─────────────────┼────────────────────┼───────────────────────┼─────────────┤',
        '│ model_deployed  │ backend/app.py:903 │ -                     │ ✗ unhandled │',
        '├─────────────────┼────────────────────┼───────────────────────┼─────────────┤',
        '│ pipeline_status │ backend/app.py:12  │ static/pipeline.js:67 │ ✓ handled   │',
        '└─────────────────┴────────────────────┴───────────────────────┴─────────────┘',
        '',
        'Frontend handles 1/2 server events (50%)',
        '',
        'Unhandled server events (1):',
        '  model_deployed  backend/app.py:903',
        '',
      ].join('\n'),
    );
  });

  it('orders the category tables alphabetically with Uncategorised last', () => {
    const result = makeResult([
      event('a', { category: 'Uncategorised' }),
      event('b', { category: 'Pipeline' }),
      event('c', { category: 'Data Management' }),
      event('d', { category: 'Architecture' }),
    ]);
    const titles = plain(result)
      .split('\n')
      .filter((line) => line.endsWith(' Events'));
    expect(titles).toEqual(['Architecture Events', 'Data Management Events', 'Pipeline Events', 'Uncategorised Events']);
  });

  it('puts each direction in its own section and sorts the rows of a table by event name', () => {
    const output = plain(dashboardResult());
    const titles = output.split('\n').filter((line) => line.endsWith(' events') || line.includes('events (raised'));
    expect(titles).toEqual([
      'Server → client events',
      'Client → server events',
      "Client-local events (raised by the frontend's own socket manager)",
    ]);
    const rows = section(output, 'Pipeline Events')
      .filter((line) => line.startsWith('│ ') && !line.startsWith('│ Event '))
      .map((line) => line.split('│').map((cell) => cell.trim()));
    expect(rows.map((cells) => [cells[1], cells[4]])).toEqual([
      ['pipeline_progress', '✓ handled'],
      ['', ''],
      ['pipeline_status', '✓ handled'],
      ['training_* (dynamic)', '✓ handled'],
      ['training_started', '✓ handled'],
    ]);
    const clientSection = output.slice(output.indexOf('Client → server events'));
    expect(section(clientSection, 'Pipeline Events')[4]).toMatch(/^│ subscribe +│ .* │ ✓ handled │$/);
    expect(section(output, 'Websocket Events')[4]).toBe('│ connected │ static/js/websocket.js:20 │ static/js/pages/dashboard.js:12 │ client-local │');
  });

  it('lists at most three locations in a cell, then how many more', () => {
    const sent = [5, 1, 4, 2, 3].map((line) => at('backend/app.py', line));
    const cells = section(plain(makeResult([event('tick', { sent, handled: [at('static/a.js', 1)] })])), 'Uncategorised Events')
      .slice(4, 8)
      .map((line) => line.split('│')[2]?.trim());
    expect(cells).toEqual(['backend/app.py:1', 'backend/app.py:2', 'backend/app.py:3', '+2 more']);
  });

  it('prints the summary lines with rounded percentages, the backend line only when the frontend sends', () => {
    const output = plain(dashboardResult());
    expect(section(output, 'Frontend handles')).toEqual([
      'Frontend handles 4/6 server events (67%)',
      'Backend handles 1/2 client events (50%)',
    ]);
    const serverOnly = makeResult([event('a', { sent: [at('b.py', 1)], handled: [at('a.js', 1)] })]);
    expect(section(plain(serverOnly), 'Frontend handles')).toEqual(['Frontend handles 1/1 server events (100%)']);
  });

  it('rounds the coverage percentages to whole numbers', () => {
    const result = makeResult([event('a', { sent: [at('b.py', 1)], handled: [at('a.js', 1)] })]);
    const summary = { ...result.summary, serverEvents: 17, handled: 15, clientEvents: 3, clientHandled: 2 };
    expect(section(plain({ ...result, summary }), 'Frontend handles')).toEqual([
      'Frontend handles 15/17 server events (88%)',
      'Backend handles 2/3 client events (67%)',
    ]);
  });

  it('lists unhandled events with every send site and where a fixed-name helper fires from', () => {
    const output = plain(
      makeResult([
        event('prediction_volume', { status: 'unhandled', sent: [at('backend/b.py', 20), at('backend/a.py', 653)] }),
        event('model_deployed', {
          status: 'unhandled',
          sent: [at('backend/a.py', 88, { calledFrom: [{ file: 'backend/z.py', line: 20, column: 1 }, { file: 'backend/a.py', line: 10, column: 5 }] })],
        }),
      ]),
    );
    expect(section(output, 'Unhandled server events')).toEqual([
      'Unhandled server events (2):',
      '  model_deployed     backend/a.py:88 (fires from backend/a.py:10, backend/z.py:20)',
      '  prediction_volume  backend/a.py:653, backend/b.py:20',
    ]);
  });

  it('lists unhandled client events, dead handlers of both directions and skipped files', () => {
    const output = plain(
      makeResult(
        [
          ...dashboardResult().events,
          event('stale_command', { direction: 'client-to-server', status: 'dead-handler', handled: [at('backend/app.py', 70)] }),
        ],
        [
          { file: 'static/z.js', reason: 'Unexpected token (3:1)' },
          { file: 'backend/broken.py', reason: 'invalid syntax' },
        ],
      ),
    );
    expect(section(output, 'Unhandled client events')).toEqual([
      'Unhandled client events (1):',
      '  request_refresh  static/js/pages/dashboard.js:50',
    ]);
    expect(section(output, 'Dead handlers')).toEqual([
      'Dead handlers (2):',
      '  deployment_status  static/js/pages/dashboard.js:40',
      '  stale_command      backend/app.py:70',
    ]);
    expect(section(output, 'Skipped files')).toEqual([
      'Skipped files (2):',
      '  backend/broken.py: invalid syntax',
      '  static/z.js: Unexpected token (3:1)',
    ]);
  });

  it('omits empty sections', () => {
    const output = plain(makeResult([event('a', { sent: [at('b.py', 1)], handled: [at('a.js', 1)] })]));
    expect(output).not.toContain('Unhandled');
    expect(output).not.toContain('Dead handlers');
    expect(output).not.toContain('Skipped files');
    expect(output.endsWith('Frontend handles 1/1 server events (100%)\n')).toBe(true);
  });

  it('says when nothing is sent or handled, and still lists skipped files', () => {
    const output = plain(makeResult([], [{ file: 'backend/app.py', reason: 'invalid syntax' }]));
    expect(output).toBe('No WebSocket events found.\n\nSkipped files (1):\n  backend/app.py: invalid syntax\n');
  });

  it('shows dynamic patterns and namespaces in the event label', () => {
    const output = plain(
      makeResult([
        event('job_*', { dynamic: true, status: 'unhandled', sent: [at('backend/jobs.py', 7)] }),
        event('chat', { namespace: '/room', sent: [at('server.js', 3)], handled: [at('client.js', 4)] }),
      ]),
    );
    expect(section(output, 'Dynamic names no handler matches')).toEqual([
      'Dynamic names no handler matches (1):',
      '  job_* (dynamic)  backend/jobs.py:7',
    ]);
    expect(output).toContain('│ chat [/room]    │');
  });

  it('renders hostile event names and paths harmless', () => {
    const output = plain(
      makeResult([
        event('\u001b[31mred', { status: 'unhandled', sent: [at('backend/\u009bx.py', 2)] }),
        event('a`b|c<script>', { status: 'unhandled', sent: [at('backend/app.py', 1)] }),
      ]),
    );
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(section(output, 'Unhandled server events')).toEqual([
      'Unhandled server events (2):',
      '  \\x1b[31mred    backend/\\x9bx.py:2',
      '  a`b|c<script>  backend/app.py:1',
    ]);
  });

  it('colours statuses only when asked, whatever the terminal', () => {
    const result = dashboardResult();
    expect(renderTerminal(result, { color: false })).not.toContain('\u001b');
    const coloured = renderTerminal(result, { color: true });
    expect(coloured).toContain('\u001b[32m✓ handled\u001b[39m');
    expect(coloured).toContain('\u001b[31m✗ unhandled\u001b[39m');
    expect(coloured).toContain('\u001b[33mdead handler\u001b[39m');
    expect(coloured).toContain('\u001b[2mclient-local\u001b[22m');
    expect(coloured).toContain('Frontend handles 4/6 server events (67%)');
  });

  it('gives the same output whatever the order of the events', () => {
    const result = dashboardResult();
    const reversed = { ...result, events: [...result.events].reverse() };
    expect(plain(reversed)).toBe(plain(result));
  });
});

describe('escapeControlCharacters', () => {
  it('escapes C0, DEL and C1 controls as \\xNN and line or bidi controls as \\uNNNN', () => {
    expect(escapeControlCharacters('a\u0000b\tc\nd\u001be\u007ff\u0085g\u009bh')).toBe(
      'a\\x00b\\x09c\\x0ad\\x1be\\x7ff\\x85g\\x9bh',
    );
    expect(escapeControlCharacters('x\u202ey\u2028z\u2066')).toBe('x\\u202ey\\u2028z\\u2066');
  });

  it('leaves printable text, including non-ASCII, unchanged', () => {
    expect(escapeControlCharacters('événement_✓ 日本')).toBe('événement_✓ 日本');
  });
});

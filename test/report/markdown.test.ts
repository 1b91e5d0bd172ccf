import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { at, dashboardResult, event, makeResult } from './make-result.js';

const render = (result: ReturnType<typeof makeResult>) => renderMarkdown(result, { color: false });

/** The lines under `heading`, up to the next heading of the same or a higher level, without blank lines. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return [];
  const level = heading.indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line !== '');
}

function headings(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^#+ /.test(line));
}

describe('renderMarkdown', () => {
  it('follows the reference report structure', () => {
    expect(headings(render(dashboardResult()))).toEqual([
      '# WebSocket Event Gap Analysis',
      '## Executive Summary',
      '## Implementation Status',
      '### ✅ Fully Implemented Events (Backend → Frontend)',
      '#### Dashboard Events (1/3)',
      '#### Pipeline Events (3/3)',
      "### ⚠️ Backend Sends But Frontend Doesn't Handle (2 events)",
      '#### Dashboard Events',
      '### 🪦 Frontend Handles But Backend Never Sends (1 event)',
      '### Frontend → Backend Events (1/2)',
      '### Client-Local Events (1 event)',
      '### Dynamic Events (1 event)',
      '## Detailed Analysis',
      '### 1. Backend Implementation (backend)',
      '### 2. Frontend Implementation (static)',
      '### 3. Skipped Files (1)',
      '## Recommendations',
      '### Immediate Actions (High Priority)',
      '### Code Locations for Fixes',
      '#### For `model_deployed` (dashboard.js)',
      '#### For `prediction_volume` (dashboard.js)',
      '## Testing Checklist',
      '## Conclusion',
    ]);
  });

  it('states the real figures in the executive summary', () => {
    expect(section(render(dashboardResult()), '## Executive Summary')).toEqual([
      'The backend sends **6 events** to the frontend, and the frontend handles **4** of them (67%). ' +
        'Not handled by the frontend: `model_deployed`, `prediction_volume`. ' +
        'Frontend handlers for events the backend never sends (dead handlers): `deployment_status`. ' +
        'The frontend sends **2 events** to the backend, which handles **1** of them (50%); not handled: `request_refresh`. ' +
        '1 file could not be analysed, so these figures may be incomplete (see Detailed Analysis).',
    ]);
  });

  it('lists handled events per category with send lines and handler base names', () => {
    const markdown = render(dashboardResult());
    expect(section(markdown, '#### Pipeline Events (3/3)')).toEqual([
      '- ✅ `pipeline_progress` - Lines 238, 252, handled in pipeline.js:72',
      '- ✅ `pipeline_status` - Line 1024, handled in pipeline.js:67',
      '- ✅ `training_started` - Line 300 (via pattern `training_*`), handled in pipeline.js:90',
    ]);
    expect(section(markdown, "### ⚠️ Backend Sends But Frontend Doesn't Handle (2 events)")).toEqual([
      '#### Dashboard Events',
      '- ❌ `model_deployed` - Line 903 (fires from line 950) (backend sends, no frontend handler)',
      '- ❌ `prediction_volume` - Line 653 (backend sends, no frontend handler)',
    ]);
    expect(section(markdown, '### 🪦 Frontend Handles But Backend Never Sends (1 event)')).toEqual([
      '- 🪦 `deployment_status` - handled in dashboard.js:40 (no backend sender)',
    ]);
  });

  it('names the file of each send once the backend sends from several files', () => {
    const markdown = render(
      makeResult([
        event('alert', {
          category: 'Monitoring',
          sent: [at('backend/notifications.py', 12), at('backend/backend_simple.py', 252), at('backend/backend_simple.py', 238)],
          handled: [at('static/monitoring.js', 9)],
        }),
        event('tick', { category: 'Monitoring', sent: [at('backend/backend_simple.py', 5)], handled: [at('static/monitoring.js', 3)] }),
      ]),
    );
    expect(section(markdown, '#### Monitoring Events (2/2)')).toEqual([
      '- ✅ `alert` - backend\\_simple.py:238, backend\\_simple.py:252, notifications.py:12, handled in monitoring.js:9',
      '- ✅ `tick` - backend\\_simple.py:5, handled in monitoring.js:3',
    ]);
  });

  it('shows the whole path when two files share a base name', () => {
    const markdown = render(
      makeResult([
        event('a', { sent: [at('backend/app.py', 1)], handled: [at('static/admin/index.js', 2)] }),
        event('b', { sent: [at('backend/app.py', 3)], handled: [at('static/user/index.js', 4)] }),
      ]),
    );
    expect(section(markdown, '#### Uncategorised Events (2/2)')).toEqual([
      '- ✅ `a` - Line 1, handled in static/admin/index.js:2',
      '- ✅ `b` - Line 3, handled in static/user/index.js:4',
    ]);
  });

  it('lists client→server, client-local, library and dynamic events', () => {
    const result = dashboardResult();
    result.events.push(event('connect', { status: 'library', handled: [at('static/js/websocket.js', 5)] }));
    const markdown = render(result);
    expect(section(markdown, '### Frontend → Backend Events (1/2)')).toEqual([
      '- ❌ `request_refresh` - dashboard.js:50 (frontend sends, no backend handler)',
      '- ✅ `subscribe` - pipeline.js:20, handled in backend\\_simple.py:1800',
    ]);
    expect(section(markdown, '### Client-Local Events (1 event)')).toEqual([
      "Raised by the frontend's own socket manager for its subscribers; they never cross the socket.",
      '- `connected` - raised at websocket.js:20, handled in dashboard.js:12',
    ]);
    expect(section(markdown, '### Socket Library Events (1 event)')).toEqual([
      'Raised by the socket library itself; never reported as unhandled or dead.',
      '- `connect` - handled in websocket.js:5',
    ]);
    expect(section(markdown, '### Dynamic Events (1 event)')).toEqual([
      'Names built at runtime; each is shown as the pattern it can match.',
      '- `training_*` (dynamic) - backend → frontend: Line 300, handled in pipeline.js:90; matches `training_started`',
    ]);
  });

  it('counts sends and handlers per file in the detailed analysis, each site once', () => {
    const markdown = render(dashboardResult());
    expect(section(markdown, '### 1. Backend Implementation (backend)')).toEqual([
      '- `backend/backend_simple.py` - sends 6 events (7 sites), handles 1 event (1 site)',
    ]);
    expect(section(markdown, '### 2. Frontend Implementation (static)')).toEqual([
      '- `static/js/pages/dashboard.js` - sends 1 event (1 site), handles 2 events (2 sites), uses 1 client-local event (1 site)',
      '- `static/js/pages/pipeline.js` - sends 1 event (1 site), handles 3 events (3 sites)',
      '- `static/js/websocket.js` - uses 1 client-local event (1 site)',
    ]);
    expect(section(markdown, '### 3. Skipped Files (1)')).toEqual(['- `backend/broken.py` - Unexpected token (12:4)']);
  });

  it('counts a dynamic name that no literal event shares as a dynamic name', () => {
    const markdown = render(
      makeResult([event('job_*', { dynamic: true, status: 'unhandled', sent: [at('backend/jobs.py', 7)] })]),
    );
    expect(section(markdown, '### 1. Backend Implementation (backend)')).toEqual([
      '- `backend/jobs.py` - sends 0 events and 1 dynamic name (1 site)',
    ]);
    expect(section(markdown, '### 2. Frontend Implementation (static)')).toEqual(['No WebSocket code found.']);
  });

  it('recommends the actions, most urgent first', () => {
    expect(section(render(dashboardResult()), '### Immediate Actions (High Priority)')).toEqual([
      '1. **Add frontend handlers for 2 unhandled events** - `model_deployed`, `prediction_volume`',
      '2. **Add backend handlers for 1 unhandled client event** - `request_refresh`',
      '3. **Remove or wire up 1 dead handler** - `deployment_status`',
      '4. **Check 1 event name built at runtime** - `training_*` (dynamic)',
      '5. **Fix or exclude 1 file that could not be analysed** - `backend/broken.py`',
    ]);
  });

  it('writes a handler stub in the file that handles most events of the category, with the payload keys sent', () => {
    expect(section(render(dashboardResult()), '#### For `prediction_volume` (dashboard.js)')).toEqual([
      '```javascript',
      '// Add to static/js/pages/dashboard.js',
      "wsManager.on('prediction_volume', (data) => {",
      '    // Sent by backend/backend_simple.py:653 with: timestamp, total_predictions',
      "    console.log('prediction_volume', data.timestamp, data.total_predictions);",
      '});',
      '```',
    ]);
  });

  it('falls back to the file with most handlers overall and follows its API', () => {
    const markdown = render(
      makeResult([
        event('a', { category: 'Jobs', sent: [at('b.py', 1)], handled: [at('static/bus.js', 1, { via: 'bus.subscribe' })] }),
        event('b', { category: 'Jobs', sent: [at('b.py', 2)], handled: [at('static/bus.js', 2, { via: 'bus.subscribe' })] }),
        event('c', { category: 'Chat', sent: [at('b.py', 3)], handled: [at('static/chat.js', 3)] }),
        event('orphan', { category: 'Uncategorised', status: 'unhandled', sent: [at('b.py', 9, { payloadKeys: ['user-id'] })] }),
      ]),
    );
    expect(section(markdown, '#### For `orphan` (bus.js)')).toEqual([
      '```javascript',
      '// Add to static/bus.js',
      "bus.subscribe('orphan', (data) => {",
      '    // Sent by b.py:9 with: user-id',
      "    console.log('orphan', data['user-id']);",
      '});',
      '```',
    ]);
  });

  it('writes a case for a file that dispatches with a switch, and an if for a type comparison', () => {
    const markdown = render(
      makeResult([
        event('a', { category: 'App', sent: [at('b.py', 1)], handled: [at('static/app.js', 1, { via: 'switch (msg.type)' })] }),
        event('b', { category: 'Feed', sent: [at('b.py', 2)], handled: [at('static/feed.js', 2, { via: 'data.type ===' })] }),
        event('new_a', { category: 'App', status: 'unhandled', sent: [at('b.py', 5)] }),
        event('new_b', { category: 'Feed', status: 'unhandled', sent: [at('b.py', 6, { payloadKeys: ['id'] })] }),
      ]),
    );
    expect(section(markdown, '#### For `new_a` (app.js)')).toEqual([
      '```javascript',
      '// Add to static/app.js, inside switch (msg.type)',
      "case 'new_a': {",
      '    // Sent by b.py:5',
      "    console.log('new_a', msg);",
      '    break;',
      '}',
      '```',
    ]);
    expect(section(markdown, '#### For `new_b` (feed.js)')).toEqual([
      '```javascript',
      '// Add to static/feed.js',
      "if (data.type === 'new_b') {",
      '    // Sent by b.py:6 with: id',
      "    console.log('new_b', data.id);",
      '}',
      '```',
    ]);
  });

  it('points at the file and its API when the API is neither a call, a switch nor a comparison', () => {
    const markdown = render(
      makeResult([
        event('a', { sent: [at('b.py', 1)], handled: [at('static/app.js', 1, { via: 'handlers[msg.type]' })] }),
        event('new_a', { status: 'unhandled', sent: [at('b.py', 5, { payloadKeys: ['id'] })] }),
      ]),
    );
    expect(section(markdown, '#### For `new_a` (app.js)')).toEqual([
      '```javascript',
      '// Add to static/app.js, next to its handlers[msg.type] handlers',
      "// Handle 'new_a': sent by b.py:5 with: id",
      '```',
    ]);
  });

  it('says so when no frontend file handles any event', () => {
    const markdown = render(makeResult([event('lonely', { status: 'unhandled', sent: [at('backend/app.py', 4)] })]));
    expect(section(markdown, '#### For `lonely`')).toEqual([
      '```javascript',
      '// No frontend file handles WebSocket events yet: add this where messages arrive',
      "// Handle 'lonely': sent by backend/app.py:4",
      '```',
    ]);
  });

  it('writes the testing checklist and the conclusion', () => {
    const markdown = render(dashboardResult());
    expect(section(markdown, '## Testing Checklist')).toEqual([
      '- [ ] Dashboard events reach their frontend handlers (1 event)',
      '- [ ] Pipeline events reach their frontend handlers (3 events)',
      '- [ ] Frontend → backend events reach their backend handlers (1 event)',
      '- [ ] Add a frontend handler for `model_deployed`',
      '- [ ] Add a frontend handler for `prediction_volume`',
      '- [ ] Add a backend handler for `request_refresh`',
      '- [ ] Remove or wire up the handler for `deployment_status`',
    ]);
    expect(section(markdown, '## Conclusion')).toEqual([
      'The frontend handles **67%** of the events the backend sends (4/6). 2 events still need a frontend handler. ' +
        '1 frontend handler waits for an event the backend never sends. ' +
        'The backend handles **50%** of the events the frontend sends (1/2). ' +
        '1 file could not be analysed, so these figures may be incomplete (see Detailed Analysis).',
    ]);
  });

  it('says there is nothing to report when no event was found', () => {
    expect(render(makeResult([]))).toBe(
      [
        '# WebSocket Event Gap Analysis',
        '',
        '## Executive Summary',
        '',
        'No WebSocket events were found in the scanned files.',
        '',
        '## Implementation Status',
        '',
        'No WebSocket events were found.',
        '',
        '## Detailed Analysis',
        '',
        '### 1. Backend Implementation (backend)',
        '',
        'No WebSocket code found.',
        '',
        '### 2. Frontend Implementation (static)',
        '',
        'No WebSocket code found.',
        '',
        '## Recommendations',
        '',
        '### Immediate Actions (High Priority)',
        '',
        'No action needed: every event is handled and every handler has a sender.',
        '',
        '## Testing Checklist',
        '',
        'Nothing to test: no WebSocket events were found.',
        '',
        '## Conclusion',
        '',
        'No WebSocket events were found, so there is nothing to compare.',
        '',
      ].join('\n'),
    );
  });

  it('escapes hostile event names, categories and paths', () => {
    const markdown = render(
      makeResult([
        event('a`b|c<script>', { category: 'x*y_z', status: 'unhandled', sent: [at('backend/app.py', 1)] }),
        event('\u001b[31mred', {
          category: 'x*y_z',
          sent: [at('backend/app.py', 2)],
          handled: [at('static/<b>|_.js', 3, { via: 'socket.on' })],
        }),
        event("it's\\", { category: 'x*y_z', status: 'unhandled', sent: [at('backend/app.py', 5)] }),
      ]),
    );
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(section(markdown, '#### x\\*y\\_z Events (1/3)')).toEqual([
      '- ✅ `\\x1b[31mred` - Line 2, handled in \\<b\\>\\|\\_.js:3',
    ]);
    expect(section(markdown, '#### x\\*y\\_z Events')).toEqual([
      '- ❌ ``a`b|c<script>`` - Line 1 (backend sends, no frontend handler)',
      "- ❌ `it's\\` - Line 5 (backend sends, no frontend handler)",
    ]);
    expect(section(markdown, '#### For ``a`b|c<script>`` (\\<b\\>\\|\\_.js)')).toEqual([
      '```javascript',
      '// Add to static/<b>|_.js',
      "socket.on('a`b|c<script>', (data) => {",
      '    // Sent by backend/app.py:1',
      "    console.log('a`b|c<script>', data);",
      '});',
      '```',
    ]);
    expect(markdown).toContain("socket.on('it\\'s\\\\', (data) => {");
  });

  it('pads a code span whose content starts or ends with a backtick', () => {
    const markdown = render(makeResult([event('`tick`', { status: 'unhandled', sent: [at('backend/app.py', 1)] })]));
    expect(markdown).toContain('- ❌ `` `tick` `` - Line 1 (backend sends, no frontend handler)');
  });

  it('gives the same output whatever the order of the events', () => {
    const result = dashboardResult();
    const reversed = { ...result, events: [...result.events].reverse() };
    expect(render(reversed)).toBe(render(result));
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { ScanResult } from '../../src/model/result.js';
import type { CodeSnippet } from '../../src/report/html-code-snippet.js';
import { collectSnippets } from '../../src/report/html-snippets.js';
import { renderHtml, type HtmlReportOptions } from '../../src/report/html.js';
import { REPORT_FORMATS, REPORTERS } from '../../src/report/index.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { at, dashboardResult, event, makeResult } from './make-result.js';

const render = (result: ScanResult, more: Partial<HtmlReportOptions> = {}) => renderHtml(result, { color: false, ...more });

/** Every match of `pattern`'s first group, in document order. */
function all(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(new RegExp(pattern.source, 'g'))].map((match) => match[1]!);
}

/** The markup of the element with `id` up to the first `closing` tag after it. */
function element(html: string, id: string, closing: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `no element with id ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf(closing, start) + closing.length);
}

describe('renderHtml', () => {
  it('is registered as the html format', () => {
    expect(REPORT_FORMATS).toContain('html');
    expect(REPORTERS.html).toBe(renderHtml);
  });

  it('shows every summary figure as plain markup, gaps marked', () => {
    const html = render(dashboardResult());
    expect(all(html, /data-figure="(\w+)"/)).toEqual([
      'serverEvents', 'handled', 'unhandled', 'deadHandlers', 'coverage',
      'clientEvents', 'clientHandled', 'clientUnhandled', 'clientDeadHandlers',
      'clientLocal', 'dynamicSites', 'fieldMismatches', 'suppressed', 'filesScanned', 'skipped',
    ]);
    expect(html).toContain('<div class="figure" data-figure="serverEvents"><dt>events sent</dt><dd class="value">6</dd></div>');
    expect(html).toContain('<div class="figure gap" data-figure="unhandled"><dt>unhandled</dt><dd class="value">2</dd></div>');
    expect(html).toContain('<div class="figure" data-figure="coverage"><dt>coverage</dt><dd class="value">67%</dd></div>');
    expect(html).toContain('<div class="figure" data-figure="clientDeadHandlers"><dt>dead handlers</dt><dd class="value">0</dd></div>');
    expect(html).toContain('<div class="figure gap" data-figure="skipped"><dt>files skipped</dt><dd class="value">1</dd></div>');
    expect(html).toContain('<span class="bar-text">4/6 handled (67%)</span>');
  });

  it('draws a coverage bar per category for each direction, counted as the summary counts', () => {
    const rows = all(render(dashboardResult()), /<tr><th scope="row">(.*?)<\/tr>/);
    expect(rows).toEqual([
      'Dashboard</th><td><div class="coverage"><div class="bar" aria-hidden="true"><span style="width:33%"></span></div>' +
        '<span class="bar-text">1/3 handled (33%)</span></div></td><td><div class="coverage"><div class="bar" aria-hidden="true">' +
        '<span style="width:0%"></span></div><span class="bar-text">0/1 handled (0%)</span></div></td>',
      'Pipeline</th><td><div class="coverage"><div class="bar" aria-hidden="true"><span style="width:100%"></span></div>' +
        '<span class="bar-text">3/3 handled (100%)</span></div></td><td><div class="coverage"><div class="bar" aria-hidden="true">' +
        '<span style="width:100%"></span></div><span class="bar-text">1/1 handled (100%)</span></div></td>',
    ]);
  });

  it('lists one table row per event, in name order, with what the filters and sorting read', () => {
    const html = render(dashboardResult());
    expect(all(html, /<tr id="row-e\d+" [^>]*data-name="([^"]*)"/)).toEqual([
      'connected', 'deployment_status', 'model_deployed', 'pipeline_progress', 'pipeline_status', 'prediction_volume',
      'request_refresh', 'subscribe', 'system_stats', 'training_*', 'training_started',
    ]);
    expect(element(html, 'row-e6', '</tr>')).toBe(
      'id="row-e6" data-event="e6" data-status="unhandled" data-category="Dashboard" data-direction="client-to-server" ' +
        'data-name="request_refresh"><td data-sort="request_refresh"><a href="#event-e6" data-event="e6">' +
        '<code class="event-name">request_refresh</code></a></td><td data-sort="unhandled"><span class="badge s-unhandled">' +
        'unhandled</span></td><td>Dashboard</td><td>frontend → backend</td><td class="number">1</td><td class="number">0</td></tr>',
    );
    expect(all(html, /<option value="([^"]*)">/)).toEqual([
      '', 'client-local', 'dead-handler', 'handled', 'unhandled',
      '', 'Dashboard', 'Pipeline', 'Websocket',
      '', 'client-local', 'client-to-server', 'server-to-client',
    ]);
    expect(html).toContain('<div class="controls" id="event-controls" hidden>');
  });

  it('lists every site of an event with what is known about it', () => {
    const block = element(render(dashboardResult()), 'event-e2', '</details>');
    expect(block).toContain('<summary><code class="event-name">model_deployed</code> <span class="badge s-unhandled">unhandled</span>');
    expect(block).toContain(
      '<h4>Sent at (1)</h4><ul class="sites"><li class="site"><div class="site-head"><code class="location">backend/backend_simple.py:903:5</code> ' +
        'via <code>manager.broadcast_json</code> <span class="muted rule">rule test</span></div><div class="site-facts">payload keys: ' +
        '<code>model_name</code>, <code>version</code> · fires from <code class="location">backend/backend_simple.py:950:9</code></div></li></ul>',
    );
    expect(block).toContain('<h4>Handled at (0)</h4><p class="muted">Nothing in the scanned code handles it.</p>');
    expect(block).not.toContain('class="snippet"');
  });

  it('shows the code around each site from a snippet map or function, the site\'s line marked', () => {
    const snippet: CodeSnippet = { firstLine: 902, lines: ['    await manager.broadcast_json({', '\t"type": "model_deployed",', '})'] };
    const expected =
      '<pre class="snippet"><code><span class="line"><span class="ln">902</span>    await manager.broadcast_json({</span>' +
      '<span class="line hit"><span class="ln">903</span>\t&quot;type&quot;: &quot;model_deployed&quot;,</span>' +
      '<span class="line"><span class="ln">904</span>})</span></code></pre>';
    const fromMap = render(dashboardResult(), { snippets: new Map([['backend/backend_simple.py:903', snippet]]) });
    expect(element(fromMap, 'event-e2', '</details>')).toContain(expected);
    expect(fromMap.match(/class="snippet"/g)).toHaveLength(1);
    const fromFunction = render(dashboardResult(), { snippets: (location) => (location.line === 903 ? snippet : undefined) });
    expect(fromFunction).toBe(fromMap);
  });

  it('cuts a very long code line', () => {
    const snippet: CodeSnippet = { firstLine: 1, lines: ['x'.repeat(250)] };
    const html = render(makeResult([event('a', { sent: [at('a.py', 1)] })]), { snippets: () => snippet });
    expect(html).toContain(`<span class="line hit"><span class="ln">1</span>${'x'.repeat(200)}…</span>`);
  });

  it('draws the flow: a node per event that crosses the socket, an edge per file and event, client events dashed', () => {
    const html = render(dashboardResult());
    expect(all(html, /<g class="node event [^"]*" data-event="(e\d+)"/)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10']);
    expect(all(html, /<g class="node file (\w+" data-file="\w+" data-event="[^"]*")/)).toEqual([
      'backend" data-file="b0" data-event="e2 e3 e4 e5 e7 e8 e9 e10"',
      'frontend" data-file="f0" data-event="e1 e6 e8"',
      'frontend" data-file="f1" data-event="e3 e4 e7 e9 e10"',
    ]);
    expect(all(html, /<path class="edge ([^"]*" data-event="\w+" data-file="\w+)"/)).toEqual([
      's-dead-handler" data-event="e1" data-file="f0',
      's-unhandled" data-event="e2" data-file="b0',
      's-handled" data-event="e3" data-file="b0',
      's-handled" data-event="e3" data-file="f1',
      's-handled" data-event="e4" data-file="b0',
      's-handled" data-event="e4" data-file="f1',
      's-unhandled" data-event="e5" data-file="b0',
      's-unhandled client" data-event="e6" data-file="f0',
      's-handled client" data-event="e7" data-file="f1',
      's-handled client" data-event="e7" data-file="b0',
      's-handled" data-event="e8" data-file="b0',
      's-handled" data-event="e8" data-file="f0',
      's-handled" data-event="e9" data-file="b0',
      's-handled" data-event="e9" data-file="f1',
      's-handled" data-event="e10" data-file="b0',
      's-handled" data-event="e10" data-file="f1',
    ]);
    expect(html).toContain('<title>backend_simple.py sends model_deployed</title>');
    expect(html).toContain('<title>pipeline.js sends subscribe</title>');
    expect(html).toContain('<title>backend_simple.py handles subscribe</title>');
  });

  it('says so instead of drawing when no event crosses the socket', () => {
    const html = render(makeResult([event('connected', { direction: 'client-local', status: 'client-local', sent: [at('static/ws.js', 3)] })]));
    expect(html).toContain('<p class="note">No event crosses the socket, so there is nothing to draw.</p>');
    expect(html).not.toContain('<svg');
  });

  it('shows contract findings and field mismatches when the result has them', () => {
    const result = makeResult([
      event('job_done', {
        contract: 'missing-handler',
        inContract: true,
        status: 'unhandled',
        declaredAt: { file: 'asyncapi.yaml', line: 12, column: 7 },
        sent: [at('backend/app.py', 4, { payloadKeys: ['job_id'] })],
      }),
      event('job_status', {
        contract: 'ok',
        sent: [at('backend/app.py', 9, { payloadKeys: ['job_id'] })],
        handled: [at('static/app.js', 20, { fieldsRead: [{ file: 'static/app.js', line: 21, column: 9, field: 'jobId' }] })],
        fieldMismatches: [{ file: 'static/app.js', line: 21, column: 9, field: 'jobId', closest: 'job_id' }],
      }),
    ]);
    result.contract = { file: 'asyncapi.yaml', format: 'asyncapi', expected: 2, ok: 1, neverSent: 0, neverHandled: 1, notInContract: 0 };
    const html = render(result);
    expect(html).toContain('<p class="note">Expected events from <code>asyncapi.yaml</code> (asyncapi).</p>');
    expect(html).toContain('<div class="figure gap"><dt>never handled</dt><dd class="value">1</dd></div>');
    expect(all(html, /<th scope="col"[^>]*><button type="button" class="sort">([^<]*)</)).toEqual([
      'Event', 'Status', 'Category', 'Direction', 'Sent', 'Handled', 'Contract', 'Field mismatches',
    ]);
    expect(element(html, 'row-e0', '</tr>')).toContain('<td>never handled</td><td class="number">0</td></tr>');
    expect(element(html, 'event-e0', '</details>')).toContain(
      '<p class="note">Contract: never handled (declared at <code class="location">asyncapi.yaml:12:7</code>).</p>',
    );
    const mismatch = element(html, 'event-e1', '</details>');
    expect(mismatch).toContain('fields read: <code>jobId</code>');
    expect(mismatch).toContain(
      '<h4>Field mismatches (1)</h4><ul class="sites"><li class="site mismatch"><div class="site-head"><code>jobId</code> read at ' +
        '<code class="location">static/app.js:21:9</code>: no sender puts it in the payload. Did you mean <code>job_id</code>?</div></li></ul>',
    );
  });

  it('lists skipped files and warnings', () => {
    const result = dashboardResult();
    result.warnings = ['the contract names "x" twice'];
    expect(element(render(result), 'problems', '</section>')).toBe(
      'id="problems" aria-labelledby="problems-title"><h2 id="problems-title">Problems</h2>' +
        '<h3>Files that could not be analysed (1)</h3><ul><li><code>backend/broken.py</code>: Unexpected token (12:4)</li></ul>' +
        '<h3>Warnings</h3><ul><li>the contract names &quot;x&quot; twice</li></ul></section>',
    );
  });

  it('escapes names, paths and code so none of them becomes markup', () => {
    const hostile = '</script><img src=x onerror=alert(1)>';
    const result = makeResult([
      event(hostile, {
        category: '<b>"cat"</b>',
        status: 'unhandled',
        sent: [at('backend/<i>.py', 3, { via: "x'\u202e", function: '<f>' })],
      }),
    ]);
    const html = render(result, { snippets: () => ({ firstLine: 3, lines: ['emit("</script><script>alert(2)</script>")\u001b'] }) });
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(img|b|i|f)[ >]/);
    expect(html).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(html).toContain('<code class="event-name">&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(html).toContain('data-name="&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(html).toContain('data-category="&lt;b&gt;&quot;cat&quot;&lt;/b&gt;"');
    expect(html).toContain('via <code>x&#39;\\u202e</code> in <code>&lt;f&gt;</code>');
    expect(html).toContain('emit(&quot;&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;)\\x1b');
  });

  it('makes no request anywhere: no external URL, stylesheet, script or image', () => {
    const html = render(dashboardResult());
    expect(html.match(/https?:\/\/[^"\s)]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b|\bsrc=|@import|url\((?!#)/);
  });

  it('is the same whatever the order of the events', () => {
    const result = dashboardResult();
    expect(render({ ...result, events: [...result.events].reverse() })).toBe(render(result));
  });
});

describe('golden HTML report', () => {
  it('matches test/golden/mlops-dashboard.html for the reference fixture, with its code', async () => {
    const result = await analyze({
      backend: ['fixtures/mlops-dashboard/backend'],
      frontend: ['fixtures/mlops-dashboard/static'],
      cwd: REPO_ROOT,
    });
    expectGolden('mlops-dashboard.html', renderHtml(result, { color: false, snippets: collectSnippets(result, REPO_ROOT) }));
  });
});

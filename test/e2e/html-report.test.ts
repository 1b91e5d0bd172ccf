import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { EventReport, ScanResult } from '../../src/model/result.js';
import { collectSnippets } from '../../src/report/html-snippets.js';
import { renderHtml } from '../../src/report/html.js';
import { FIXTURES, fixtureScanOptions } from '../helpers/fixtures.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { at, event, makeResult } from '../report/make-result.js';

const CHROMIUM = '/usr/bin/chromium';
// The README shows docs/html-report.png: refreshed with the golden files (UPDATE_GOLDEN=1), otherwise the
// screenshot is a test artifact in the temp folder, so a test run leaves the work tree clean.
const SCREENSHOT = process.env.UPDATE_GOLDEN ? path.join(REPO_ROOT, 'docs/html-report.png') : path.join(os.tmpdir(), 'ws-gap-html-report.png');
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const HOSTILE_NAME = '</script><img src=x onerror=alert(1)>';

/** Outside CI a machine without Chromium skips the browser test; CI installs Chromium, so there it always runs. */
const runsHere = fs.existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!runsHere) console.warn(`Skipping the HTML report browser test: ${CHROMIUM} is absent (apt-get install -y chromium).`);

/** A page with what went wrong on it: console errors, uncaught exceptions, dialogs, and every URL it requested. */
interface WatchedPage {
  page: Page;
  errors: string[];
  dialogs: string[];
  requests: string[];
}

describe.skipIf(!runsHere)('HTML report in Chromium', () => {
  let folder: string;
  let browser: BrowserContext;
  let result: ScanResult;
  let reportUrl: string;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-gap-e2e-'));
    result = await analyze({ backend: ['fixtures/mlops-dashboard/backend'], frontend: ['fixtures/mlops-dashboard/static'], cwd: REPO_ROOT });
    reportUrl = writeReport('mlops-dashboard.html', renderHtml(result, { color: false, snippets: collectSnippets(result, REPO_ROOT) }));
    browser = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  function writeReport(name: string, html: string): string {
    const file = path.join(folder, name);
    fs.writeFileSync(file, html);
    return `file://${file}`;
  }

  async function open(url: string): Promise<WatchedPage> {
    const page = await browser.newPage();
    const watched: WatchedPage = { page, errors: [], dialogs: [], requests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(message.text());
    });
    page.on('pageerror', (error) => watched.errors.push(error.message));
    page.on('dialog', (dialog) => {
      watched.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => watched.requests.push(request.url()));
    await page.goto(url);
    return watched;
  }

  const visibleNames = (page: Page) =>
    page.locator('.events-table tbody tr:visible').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
  const rowIdOf = (page: Page, name: string) => page.locator(`.events-table tbody tr[data-name="${name}"]`).getAttribute('data-event');
  const namesWith = (status: EventReport['status']) => result.events.filter((item) => item.status === status).map((item) => item.name).sort();

  it('opens from disk with no console error and no request but its own file', async () => {
    const { page, errors, requests } = await open(reportUrl);
    await page.waitForLoadState('load');
    expect(errors).toEqual([]);
    expect(requests).toEqual([reportUrl]);
    await page.close();
  });

  it('opens the report of every fixture (contracts, field mismatches, namespaces) with no error and no request', async () => {
    expect(FIXTURES).toContain('asyncapi-contract');
    for (const fixture of FIXTURES) {
      const fixtureResult = await analyze(fixtureScanOptions(fixture));
      const url = writeReport(`${fixture}.html`, renderHtml(fixtureResult, { color: false, snippets: collectSnippets(fixtureResult, REPO_ROOT) }));
      const { page, errors, requests } = await open(url);
      await page.selectOption('#filter-status', 'handled');
      await page.locator('.events-table tbody tr:visible a').first().click();
      expect({ fixture, errors, requests }).toEqual({ fixture, errors: [], requests: [url] });
      expect(await page.locator('.event-detail[open] .site').first().isVisible()).toBe(true);
      await page.close();
    }
  }, 60_000);

  it('shows the figures of the JSON result', async () => {
    const { page } = await open(reportUrl);
    const shown = await page.locator('[data-figure]').evaluateAll((figures) =>
      figures.map((figure) => [figure.getAttribute('data-figure'), figure.querySelector('dd')!.textContent] as const),
    );
    const json = JSON.parse(JSON.stringify(result)) as ScanResult;
    const expected = Object.entries(json.summary).map(([key, value]) => [key, key === 'coverage' ? `${Math.round(value * 100)}%` : String(value)]);
    expect(new Map(shown)).toEqual(new Map([...expected, ['skipped', String(json.skipped.length)]]));
    await expect.poll(() => page.locator('#visible-count').textContent()).toBe(`${json.events.length} of ${json.events.length} events`);
    await page.close();
  });

  it('filtering by "unhandled" leaves exactly the unhandled events', async () => {
    const { page } = await open(reportUrl);
    await page.selectOption('#filter-status', 'unhandled');
    expect(((await visibleNames(page)) as string[]).sort()).toEqual(namesWith('unhandled'));
    expect(namesWith('unhandled')).toEqual(['model_deployed', 'prediction_volume', 'request_refresh']);
    await page.fill('#filter-text', 'model');
    expect(await visibleNames(page)).toEqual(['model_deployed']);
    await page.selectOption('#filter-status', '');
    await page.fill('#filter-text', '');
    expect(await visibleNames(page)).toHaveLength(result.events.length);
    await page.close();
  });

  it('sorts the table by a column, both ways', async () => {
    const { page } = await open(reportUrl);
    const sentCounts = () => page.locator('.events-table tbody tr').evaluateAll((rows) => rows.map((row) => Number((row as HTMLTableRowElement).cells[4]!.textContent)));
    // The locator reads the button's text: its accessible name gains the ▲/▼ of the sort order.
    const sentHeader = page.locator('.events-table th button', { hasText: /^Sent$/ });
    await sentHeader.click();
    const ascending = await sentCounts();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[ascending.length - 1]).toBe(3);
    await sentHeader.click();
    expect(await sentCounts()).toEqual([...ascending].sort((a, b) => b - a));
    await page.close();
  });

  it('clicking an event shows its sites with their code', async () => {
    const { page } = await open(reportUrl);
    const deployed = result.events.find((item) => item.name === 'model_deployed')!;
    const id = await rowIdOf(page, 'model_deployed');
    const details = page.locator(`#event-${id}`);
    await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    await page.locator(`a[data-event="${id}"]`).click();
    await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    for (const site of deployed.sent) {
      const location = details.locator('.location', { hasText: `${site.file}:${site.line}:${site.column}` });
      expect(await location.isVisible()).toBe(true);
    }
    expect(await details.locator('.snippet .line.hit').first().textContent()).toContain('EventType.MODEL_DEPLOYED');
    expect(await page.locator(`.flow-diagram .node.event[data-event="${id}"]`).getAttribute('class')).toContain('lit');
    await page.close();
  });

  it('clicking an event in the diagram opens its sites; hovering lights only its paths', async () => {
    const { page } = await open(reportUrl);
    const status = result.events.find((item) => item.name === 'pipeline_status')!;
    const id = await rowIdOf(page, 'pipeline_status');
    const node = page.locator(`.flow-diagram .node.event[data-event="${id}"]`);
    await node.hover();
    const files = new Set([...status.sent, ...status.handled].map((site) => site.file));
    expect(await page.locator('.flow-diagram .edge.lit').count()).toBe(files.size);
    expect(await page.locator(`.flow-diagram .edge.lit:not([data-event="${id}"])`).count()).toBe(0);
    await node.click();
    await expect.poll(() => page.locator(`#event-${id}`).evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator(`#row-${id}`).getAttribute('class')).toBe('selected');
    await page.close();
  });

  it('saves a screenshot of the summary and the diagram', async () => {
    const { page } = await open(reportUrl);
    await page.locator(`.flow-diagram .node.event[data-event="${await rowIdOf(page, 'pipeline_status')}"]`).hover();
    const flowBottom = await page.locator('#flow').evaluate((section) => section.getBoundingClientRect().bottom + window.scrollY);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.ceil(flowBottom + 16) } });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it(`shows an event named ${HOSTILE_NAME} as text`, async () => {
    const hostile = makeResult([
      event(HOSTILE_NAME, { status: 'unhandled', sent: [at('backend/app.py', 2)] }),
      event('"quoted" \u202e name', { sent: [at('backend/app.py', 3)], handled: [at('static/app.js', 4)] }),
    ]);
    const url = writeReport('hostile.html', renderHtml(hostile, { color: false, snippets: () => ({ firstLine: 2, lines: ['send("<script>alert(2)</script>")'] }) }));
    const { page, errors, dialogs } = await open(url);
    await page.waitForLoadState('load');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('.events-table').getByText(HOSTILE_NAME, { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.events-table').getByText('"quoted" \\u202e name', { exact: true }).isVisible()).toBe(true);
    await page.locator('.events-table a').first().click();
    expect(await page.locator('.snippet').first().textContent()).toContain('send("<script>alert(2)</script>")');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

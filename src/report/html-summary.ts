import type { ContractSummary, EventReport, ScanResult, Summary } from '../model/result.js';
import { groupByCategory } from './format-categories.js';
import { isCountedServerEvent } from './format-event-selection.js';
import { percentage } from './format-percentage.js';
import { htmlText } from './html-escape.js';

interface Figure {
  /** The `summary` key the figure shows (`data-figure`), or `skipped` for the skipped files. */
  key: keyof Summary | 'skipped';
  label: string;
  value: string;
  /** Marks a figure that is a gap when it is not zero. */
  gap?: boolean;
}

/** The headline figures and a coverage bar per category: plain HTML, readable without JavaScript. */
export function summaryHtml(result: ScanResult): string {
  const { summary } = result;
  return [
    '<section id="summary" aria-labelledby="summary-title">',
    '<h2 id="summary-title">Summary</h2>',
    '<div class="figure-groups">',
    figureGroup('Backend → frontend', serverFigures(summary), coverageBar(summary.handled, summary.serverEvents)),
    figureGroup('Frontend → backend', clientFigures(summary), coverageBar(summary.clientHandled, summary.clientEvents)),
    figureGroup('Other', otherFigures(result), ''),
    result.contract === undefined ? '' : contractHtml(result.contract),
    '</div>',
    categoryCoverageHtml(result.events),
    '</section>',
  ].join('\n');
}

function serverFigures(summary: Summary): Figure[] {
  return [
    { key: 'serverEvents', label: 'events sent', value: String(summary.serverEvents) },
    { key: 'handled', label: 'handled', value: String(summary.handled) },
    { key: 'unhandled', label: 'unhandled', value: String(summary.unhandled), gap: true },
    { key: 'deadHandlers', label: 'dead handlers', value: String(summary.deadHandlers), gap: true },
    { key: 'coverage', label: 'coverage', value: `${Math.round(summary.coverage * 100)}%` },
  ];
}

function clientFigures(summary: Summary): Figure[] {
  return [
    { key: 'clientEvents', label: 'events sent', value: String(summary.clientEvents) },
    { key: 'clientHandled', label: 'handled', value: String(summary.clientHandled) },
    { key: 'clientUnhandled', label: 'unhandled', value: String(summary.clientUnhandled), gap: true },
    { key: 'clientDeadHandlers', label: 'dead handlers', value: String(summary.clientDeadHandlers), gap: true },
  ];
}

function otherFigures({ summary, skipped }: ScanResult): Figure[] {
  return [
    { key: 'clientLocal', label: 'client-local events', value: String(summary.clientLocal) },
    { key: 'dynamicSites', label: 'dynamic names', value: String(summary.dynamicSites) },
    { key: 'fieldMismatches', label: 'field mismatches', value: String(summary.fieldMismatches), gap: true },
    { key: 'suppressed', label: 'silenced gaps', value: String(summary.suppressed) },
    { key: 'filesScanned', label: 'files scanned', value: String(summary.filesScanned) },
    { key: 'skipped', label: 'files skipped', value: String(skipped.length), gap: true },
  ];
}

function figureGroup(title: string, figures: readonly Figure[], bar: string): string {
  const items = figures.map((figure) => {
    const gap = figure.gap && figure.value !== '0' ? ' gap' : '';
    return `<div class="figure${gap}" data-figure="${figure.key}"><dt>${figure.label}</dt><dd class="value">${figure.value}</dd></div>`;
  });
  return `<div class="figure-group"><h3>${title}</h3><dl class="figures">${items.join('')}</dl>${bar}</div>`;
}

/** A bar of `part` out of `total`; nothing to handle counts as fully handled, as `summary.coverage` does. */
function coverageBar(part: number, total: number): string {
  const share = percentage(part, total);
  const text = total === 0 ? 'nothing to handle' : `${part}/${total} handled (${share}%)`;
  const bar = `<div class="bar" aria-hidden="true"><span style="width:${share}%"></span></div>`;
  return `<div class="coverage">${bar}<span class="bar-text">${text}</span></div>`;
}

function contractHtml(contract: ContractSummary): string {
  const figures: Array<[string, number, boolean]> = [
    ['expected events', contract.expected, false],
    ['sent and handled', contract.ok, false],
    ['never sent', contract.neverSent, true],
    ['never handled', contract.neverHandled, true],
    ['not in the contract', contract.notInContract, true],
  ];
  const items = figures.map(([label, value, gap]) => {
    const marked = gap && value > 0 ? ' gap' : '';
    return `<div class="figure${marked}"><dt>${label}</dt><dd class="value">${value}</dd></div>`;
  });
  return (
    `<div class="figure-group"><h3>Contract</h3><p class="note">Expected events from <code>${htmlText(contract.file)}</code> ` +
    `(${contract.format}).</p><dl class="figures">${items.join('')}</dl></div>`
  );
}

/** Per category: the share of its server events and of its client events that are handled, as the summary counts them. */
function categoryCoverageHtml(events: readonly EventReport[]): string {
  const counted = events.filter((event) => !event.suppressed && (isCountedServerEvent(event) || isCountedClientEvent(event)));
  const groups = groupByCategory(counted);
  if (groups.length === 0) return '';
  const rows = groups.map(({ category, events: members }) => {
    const server = members.filter(isCountedServerEvent);
    const client = members.filter(isCountedClientEvent);
    return `<tr><th scope="row">${htmlText(category)}</th><td>${categoryBar(server)}</td><td>${categoryBar(client)}</td></tr>`;
  });
  return (
    '<h3>Coverage by category</h3><table class="category-coverage"><thead><tr><th scope="col">Category</th>' +
    '<th scope="col">Backend → frontend</th><th scope="col">Frontend → backend</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function categoryBar(events: readonly EventReport[]): string {
  if (events.length === 0) return '<span class="muted">—</span>';
  return coverageBar(events.filter((event) => event.status === 'handled').length, events.length);
}

/** Like `isCountedServerEvent`, for the events the frontend sends (`summary.clientEvents`). */
function isCountedClientEvent(event: EventReport): boolean {
  return (
    event.direction === 'client-to-server' && !event.dynamic && (event.status === 'handled' || event.status === 'unhandled')
  );
}

import type { ScanResult } from '../model/result.js';
import { countOf } from './format-count.js';
import { selectEvents } from './format-event-selection.js';
import { percentage } from './format-percentage.js';
import type { MarkdownContext } from './markdown-context.js';
import { eventNames } from './markdown-event-name.js';

/** `## Executive Summary`: the real figures, and which events need work. */
export function executiveSummary({ result }: MarkdownContext): string[][] {
  const sentences =
    result.events.length === 0
      ? ['No WebSocket events were found in the scanned files.']
      : [...serverFigures(result), ...clientFigures(result)];
  return [['## Executive Summary'], [[...sentences, ...skippedSentences(result)].join(' ')]];
}

/** `## Conclusion`: coverage and what is left to do. */
export function conclusion({ result }: MarkdownContext): string[][] {
  const sentences =
    result.events.length === 0 ? ['No WebSocket events were found, so there is nothing to compare.'] : coverage(result);
  return [['## Conclusion'], [[...sentences, ...skippedSentences(result)].join(' ')]];
}

function serverFigures({ summary, events }: ScanResult): string[] {
  const unhandled = selectEvents(events, { direction: 'server-to-client', status: 'unhandled' });
  const dead = selectEvents(events, { direction: 'server-to-client', status: 'dead-handler' });
  const handledShare = percentage(summary.handled, summary.serverEvents);
  return [
    `The backend sends **${countOf(summary.serverEvents, 'event')}** to the frontend, ` +
      `and the frontend handles **${summary.handled}** of them (${handledShare}%).`,
    unhandled.length === 0
      ? 'Every event the backend sends has a frontend handler.'
      : `Not handled by the frontend: ${eventNames(unhandled)}.`,
    dead.length === 0
      ? 'No frontend handler waits for an event the backend never sends.'
      : `Frontend handlers for events the backend never sends (dead handlers): ${eventNames(dead)}.`,
  ];
}

function clientFigures({ summary, events }: ScanResult): string[] {
  if (summary.clientEvents === 0) return [];
  const unhandled = selectEvents(events, { direction: 'client-to-server', status: 'unhandled' });
  const figures =
    `The frontend sends **${countOf(summary.clientEvents, 'event')}** to the backend, ` +
    `which handles **${summary.clientHandled}** of them (${percentage(summary.clientHandled, summary.clientEvents)}%)`;
  return [unhandled.length === 0 ? `${figures}.` : `${figures}; not handled: ${eventNames(unhandled)}.`];
}

function coverage({ summary }: ScanResult): string[] {
  const sentences = [
    `The frontend handles **${percentage(summary.handled, summary.serverEvents)}%** of the events the backend sends ` +
      `(${summary.handled}/${summary.serverEvents}).`,
    summary.unhandled === 0
      ? 'No server event is left without a frontend handler.'
      : `${countOf(summary.unhandled, 'event')} still ${summary.unhandled === 1 ? 'needs' : 'need'} a frontend handler.`,
  ];
  if (summary.deadHandlers > 0) {
    const verb = summary.deadHandlers === 1 ? 'waits' : 'wait';
    sentences.push(`${countOf(summary.deadHandlers, 'frontend handler')} ${verb} for an event the backend never sends.`);
  }
  if (summary.clientEvents > 0) {
    sentences.push(
      `The backend handles **${percentage(summary.clientHandled, summary.clientEvents)}%** of the events the frontend sends ` +
        `(${summary.clientHandled}/${summary.clientEvents}).`,
    );
  }
  return sentences;
}

function skippedSentences({ skipped }: ScanResult): string[] {
  if (skipped.length === 0) return [];
  return [`${countOf(skipped.length, 'file')} could not be analysed, so these figures may be incomplete (see Detailed Analysis).`];
}

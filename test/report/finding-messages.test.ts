import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { findingMessage, relatedLocationMessage } from '../../src/report/finding-messages.js';

const at = { file: 'backend/app.py', line: 3, column: 5 };

function finding(checkId: Finding['checkId'], more: Partial<Finding> = {}): Finding {
  return { checkId, location: at, relatedLocations: [], arguments: { siteCount: 1 }, ...more };
}

const serverEvent = (name: string, namespace?: string) => ({ name, direction: 'server-to-client' as const, ...(namespace ? { namespace } : {}) });
const clientEvent = (name: string) => ({ name, direction: 'client-to-server' as const });

describe('findingMessage', () => {
  it('words the four gap kinds, with the number of places when there are several', () => {
    expect(findingMessage(finding('unhandled-event', { event: serverEvent('job_done'), arguments: { siteCount: 3 } }))).toBe(
      "The backend sends 'job_done', but no frontend code handles it. It is sent from 3 places.",
    );
    expect(findingMessage(finding('dead-handler', { event: serverEvent('legacy') }))).toBe(
      "The frontend handles 'legacy', but the backend never sends it.",
    );
    expect(findingMessage(finding('unhandled-client-event', { event: clientEvent('refresh') }))).toBe(
      "The frontend sends 'refresh', but no backend code handles it.",
    );
    expect(findingMessage(finding('dead-client-handler', { event: clientEvent('leave'), arguments: { siteCount: 2 } }))).toBe(
      "The backend handles 'leave', but the frontend never sends it. It is handled in 2 places.",
    );
  });

  it('names a namespace other than the default one', () => {
    expect(findingMessage(finding('unhandled-event', { event: serverEvent('typing', '/chat') }))).toBe(
      "The backend sends 'typing' (namespace '/chat'), but no frontend code handles it.",
    );
    expect(findingMessage(finding('unhandled-event', { event: serverEvent('typing', '/') }))).toBe(
      "The backend sends 'typing', but no frontend code handles it.",
    );
  });

  it('words a dynamic name by whether its pattern matched the other side', () => {
    const dynamic = (name: string, args: Finding['arguments']) => findingMessage(finding('dynamic-name', { event: serverEvent(name), arguments: args }));
    expect(dynamic('job_*', { kind: 'send', side: 'backend', otherSide: 'frontend', matched: true })).toBe(
      "The backend sends an event whose name is computed; ws-gap knows it only as the pattern 'job_*'.",
    );
    expect(dynamic('job_*', { kind: 'send', side: 'backend', otherSide: 'frontend', matched: false })).toBe(
      "The backend sends an event whose name is computed; ws-gap knows it only as the pattern 'job_*', which no frontend handler matches.",
    );
    expect(dynamic('term:*', { kind: 'handle', side: 'frontend', otherSide: 'backend', matched: false })).toBe(
      "The frontend handles an event whose name is computed; ws-gap knows it only as the pattern 'term:*', which matches nothing the backend sends.",
    );
    expect(dynamic('*', { kind: 'send', side: 'backend', otherSide: 'frontend', matched: false })).toBe(
      'The backend sends an event whose name ws-gap cannot work out, so it is not matched against anything.',
    );
    expect(dynamic('*', { kind: 'send', side: 'backend', otherSide: 'frontend', matched: true })).toBe(
      'The backend sends an event whose name ws-gap cannot work out; only catch-all handlers receive it.',
    );
  });

  it('gives the reason a file was skipped', () => {
    expect(findingMessage(finding('skipped-file', { arguments: { reason: 'syntax error at line 12' } }))).toBe(
      'ws-gap could not analyse this file (syntax error at line 12), so the events it sends or handles are missing from the results.',
    );
  });

  it('shows control characters in names and reasons as visible escapes', () => {
    expect(findingMessage(finding('dead-handler', { event: serverEvent('evil\u001b[31m\u202e') }))).toBe(
      "The frontend handles 'evil\\x1b[31m\\u202e', but the backend never sends it.",
    );
    expect(findingMessage(finding('skipped-file', { arguments: { reason: 'bad\nline' } }))).toContain('(bad\\x0aline)');
  });
});

describe('relatedLocationMessage', () => {
  it('says what each related location is', () => {
    expect(relatedLocationMessage({ ...at, label: 'send-site' })).toBe('also sent here');
    expect(relatedLocationMessage({ ...at, label: 'send-site', pattern: 'job_*' })).toBe("may also be sent here, through the pattern 'job_*'");
    expect(relatedLocationMessage({ ...at, label: 'handler-site' })).toBe('also handled here');
    expect(relatedLocationMessage({ ...at, label: 'handler-site', pattern: 'job_*' })).toBe(
      "may also be handled here, through the pattern 'job_*'",
    );
    expect(relatedLocationMessage({ ...at, label: 'called-from' })).toBe('the helper that names the event is called here');
  });
});

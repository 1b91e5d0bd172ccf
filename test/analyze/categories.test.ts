import { describe, expect, it } from 'vitest';
import { assignCategories, categoryFromPath } from '../../src/analyze/categories.js';
import { crossReference } from '../../src/analyze/cross-reference.js';
import { clientHandler, clientSend, serverSend } from '../helpers/make-site.js';

const categories = (events: ReturnType<typeof assignCategories>) => Object.fromEntries(events.map((event) => [event.name, event.category]));

describe('categoryFromPath', () => {
  it.each([
    ['static/js/pages/pipeline.js', 'Pipeline'],
    ['src/data-management.ts', 'Data Management'],
    ['src/components/ChatRoom.vue', 'Chat Room'],
    ['src/chat/index.ts', 'Chat'],
    ['client/src/App.svelte', 'Src'],
    ['web/store.module.js', 'Store'],
  ])('%s → %s', (file, category) => {
    expect(categoryFromPath(file)).toBe(category);
  });
});

describe('assignCategories', () => {
  it('names a handled event after the frontend module with most handlers for it', () => {
    const events = crossReference([
      serverSend('a'),
      clientHandler('a', { file: 'js/monitoring.js' }),
      clientHandler('a', { file: 'js/pipeline.js', line: 1 }),
      clientHandler('a', { file: 'js/pipeline.js', line: 2 }),
    ]);
    expect(categories(assignCategories(events, []))).toEqual({ a: 'Pipeline' });
  });

  it('breaks ties by the path that sorts first', () => {
    const events = crossReference([serverSend('a'), clientHandler('a', { file: 'js/z.js' }), clientHandler('a', { file: 'js/m.js' })]);
    expect(categories(assignCategories(events, []))).toEqual({ a: 'M' });
  });

  it('names a client-to-server event after the frontend module that sends it', () => {
    const events = crossReference([clientSend('subscribe', { file: 'js/pipeline.js' })]);
    expect(categories(assignCategories(events, []))).toEqual({ subscribe: 'Pipeline' });
  });

  it('puts an unhandled event with the events its backend function sends', () => {
    const events = crossReference([
      serverSend('job_started', { enclosingFunction: 'run_job' }),
      serverSend('model_ready', { enclosingFunction: 'run_job', line: 2 }),
      clientHandler('job_started', { file: 'js/data.js' }),
    ]);
    expect(categories(assignCategories(events, []))).toEqual({ job_started: 'Data', model_ready: 'Data' });
  });

  it('falls back to events sharing the name prefix, then to Uncategorised', () => {
    const events = crossReference([
      serverSend('pipeline_status', { enclosingFunction: 'a' }),
      serverSend('pipeline_failed', { enclosingFunction: 'b' }),
      serverSend('orphan', { enclosingFunction: 'c' }),
      clientHandler('pipeline_status', { file: 'js/pipeline.js' }),
    ]);
    expect(categories(assignCategories(events, []))).toEqual({
      pipeline_failed: 'Pipeline',
      pipeline_status: 'Pipeline',
      orphan: 'Uncategorised',
    });
  });

  it('lets configured categories win, first matching rule first', () => {
    const events = crossReference([serverSend('pipeline_status'), clientHandler('pipeline_status', { file: 'js/x.js' }), serverSend('other')]);
    const rules = [
      { category: 'Pipeline', patterns: ['pipeline_*'] },
      { category: 'Everything', patterns: ['*'] },
    ];
    expect(categories(assignCategories(events, rules))).toEqual({ pipeline_status: 'Pipeline', other: 'Everything' });
  });
});

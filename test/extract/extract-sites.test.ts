import { describe, expect, it } from 'vitest';

import { extractSites } from '../../src/extract/index.js';
import type { SourceFile } from '../../src/model/source-file.js';

const sources: SourceFile[] = [
  {
    path: 'backend/jobs.py',
    absolutePath: '/project/backend/jobs.py',
    side: 'backend',
    language: 'python',
    text: 'from corp.bus import publish_event\npublish_event("job_done", {"id": 1})\n',
  },
  {
    path: 'frontend/jobs.ts',
    absolutePath: '/project/frontend/jobs.ts',
    side: 'frontend',
    language: 'javascript',
    text: "onServerEvent('job_done', (data) => data.id);\n",
  },
];

describe('extractSites with config wrappers', () => {
  it('passes the wrapper names to every language extractor', async () => {
    const { sites } = await extractSites(sources, { emitters: ['publish_event'], listeners: ['onServerEvent'] });
    expect(sites.map((site) => [site.file, site.line, site.column, site.kind, site.name, site.rule, site.via])).toEqual([
      ['backend/jobs.py', 2, 15, 'send', 'job_done', 'python/config-wrapper', 'publish_event'],
      ['frontend/jobs.ts', 1, 15, 'handle', 'job_done', 'javascript/config-wrapper', 'onServerEvent'],
    ]);
    expect(sites[0]?.payloadKeys).toEqual(['id']);
    expect(sites[1]?.fieldsRead).toEqual([{ file: 'frontend/jobs.ts', line: 1, column: 42, field: 'id' }]);
  });

  it('finds no wrapper sites by default', async () => {
    expect((await extractSites(sources)).sites).toEqual([]);
  });
});

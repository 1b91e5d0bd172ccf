import type { Site } from '../../src/model/site.js';

/** A site with test defaults; pass only what the test is about. */
export function makeSite(overrides: Partial<Site> & Pick<Site, 'name' | 'kind' | 'side'>): Site {
  return {
    dynamic: false,
    scope: 'wire',
    file: overrides.side === 'backend' ? 'backend/app.py' : 'static/app.js',
    line: 1,
    column: 1,
    via: overrides.kind === 'send' ? 'manager.broadcast_json' : 'wsManager.on',
    rule: 'test',
    ...overrides,
  };
}

export const serverSend = (name: string, more: Partial<Site> = {}) => makeSite({ name, kind: 'send', side: 'backend', ...more });
export const clientHandler = (name: string, more: Partial<Site> = {}) => makeSite({ name, kind: 'handle', side: 'frontend', ...more });
export const clientSend = (name: string, more: Partial<Site> = {}) => makeSite({ name, kind: 'send', side: 'frontend', via: 'wsManager.send', ...more });
export const serverHandler = (name: string, more: Partial<Site> = {}) =>
  makeSite({ name, kind: 'handle', side: 'backend', via: 'data.get("type") ==', ...more });

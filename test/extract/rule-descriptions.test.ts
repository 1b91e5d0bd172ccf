import { describe, expect, it } from 'vitest';

import { ruleDescriptions } from '../../src/extract/rule-descriptions.js';

describe('rule descriptions', () => {
  it('describes the config wrapper rules of both languages after each language\'s framework rules', () => {
    const rules = [...ruleDescriptions().keys()];
    expect(rules.filter((rule) => rule.endsWith('/config-wrapper'))).toEqual(['python/config-wrapper', 'javascript/config-wrapper']);
    expect(rules.indexOf('python/config-wrapper')).toBeLessThan(rules.indexOf('javascript/socket-io'));
    expect(rules.at(-1)).toBe('javascript/config-wrapper');
    expect(ruleDescriptions().get('python/config-wrapper')).toMatch(/^Calls of the emitter and listener functions named in the config/);
    expect(ruleDescriptions().get('javascript/config-wrapper')).toMatch(/^Calls of the emitter and listener functions named in the config/);
  });
});

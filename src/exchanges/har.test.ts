import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { buildHar } from './har';
import { redactExchange } from './redact';

describe('buildHar', () => {
  afterEach(() => i18n.activate('en'));

  it('keeps the glosses in English whatever the page speaks: the file is for support', () => {
    i18n.load('de', {});
    i18n.activate('de');
    const throttled = redactExchange(
      { at: 0, durationMs: 1, method: 'GET', url: 'https://management.azure.com/subscriptions', status: 429, responseHeaders: { 'retry-after': '4' } },
      1,
    );
    const har = buildHar([throttled], { name: 'Twin Onboarding', version: '1' }, true);
    expect(har.log.entries[0]?.comment).toBe('Azure throttled the portal (too many requests) and asked it to wait 4 sec (Retry-After).');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCENARIO_NAME, scenarioRequest, unknownScenarioNotice } from './scenario-request';
import { english } from '../i18n/i18n';
import { Emulator, findScenario, scenarioNames } from '@twin-onboarding/emulator';
import { APP } from '@twin-onboarding/emulator/testkit';
import { startDemo } from './demo-runtime';
import { parseConfig } from '../config/schema';
import { MemoryStorage } from '../testing/memory-storage';

/** Storage keeps its items as own properties, as the browser's does (Object.keys(sessionStorage) lists them). */

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('?scenario=', () => {
  it.each(INHERITED)('"%s" is an unknown scenario, not a member of Object', (name) => {
    expect(findScenario(name)).toBeUndefined();
    expect(scenarioRequest(`?scenario=${encodeURIComponent(name)}`)).toEqual({ kind: 'unknown', name });
    expect(() => Emulator.create({ scenario: name, app: APP })).toThrow(/Unknown emulator scenario/);
  });

  it('knows the catalogue names, and nothing asked is nothing', () => {
    expect(scenarioRequest('?scenario=reader')).toEqual({ kind: 'known', name: 'reader' });
    expect(scenarioRequest('?tenant=x')).toEqual({ kind: 'none' });
    expect(scenarioRequest('?scenario=')).toEqual({ kind: 'none' });
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    'Call support on +1 555 0100 now',
    'happy\u202Eyppah',
    'x'.repeat(41),
    'Happy',
    '🙂',
    'a b',
  ])('a name outside the safe pattern is not repeated: %s', (name) => {
    const notice = unknownScenarioNotice(english, name);
    expect(notice).toContain('The address names no scenario the demo has');
    expect(notice).not.toContain(name);
    expect(notice).toContain('happy'); // it still says which names exist
  });

  it('every scenario of the catalogue has the shape that may be repeated', () => {
    for (const name of scenarioNames()) expect(name).toMatch(SCENARIO_NAME);
    expect(unknownScenarioNotice(english, 'happy-ending')).toContain('"happy-ending"');
  });

  it('the notice names the scenarios that exist', () => {
    const notice = unknownScenarioNotice(english, 'constructor');
    expect(notice).toContain('"constructor"');
    expect(notice).toContain('happy');
    expect(notice).toContain('admin-approval');
  });
});

describe('startDemo with an unknown ?scenario=', () => {
  const saved = { window: globalThis.window, sessionStorage: globalThis.sessionStorage };
  let storage: MemoryStorage;
  let address: string;

  function stubBrowser(search: string) {
    address = `/${search}`;
    const location = { origin: 'http://localhost:5173', pathname: '/', search, hash: '' };
    (globalThis as Record<string, unknown>).window = {
      location,
      history: {
        replaceState: (_state: unknown, _title: string, url: string) => {
          address = url;
        },
      },
    };
  }

  beforeEach(() => {
    storage = new MemoryStorage();
    (globalThis as Record<string, unknown>).sessionStorage = storage;
  });
  afterEach(() => {
    (globalThis as Record<string, unknown>).window = saved.window;
    (globalThis as Record<string, unknown>).sessionStorage = saved.sessionStorage;
  });

  const config = () => {
    const parsed = parseConfig({}, 'http://localhost:5173');
    if (!parsed.ok) throw new Error('config');
    return parsed.config;
  };

  it.each(INHERITED)('"%s" keeps the tab\'s world and notes, and says which scenarios exist', (name) => {
    stubBrowser('?scenario=reader');
    const first = startDemo(config());
    expect(first.handle.scenario).toBe('reader');
    storage.setItem('twin-onboarding.choices', '{"tenant":"x"}');

    stubBrowser(`?scenario=${encodeURIComponent(name)}&tenant=contoso.onmicrosoft.com`);
    const again = startDemo(config());
    expect(again.handle.scenario).toBe('reader');
    // Repeated only when it has a scenario's shape ("constructor" has; "__proto__" or "toString" have not).
    expect(again.handle.notice).toContain(
      SCENARIO_NAME.test(name) ? `"${name}"` : 'The address names no scenario the demo has',
    );
    expect(storage.getItem('twin-onboarding.choices')).toBe('{"tenant":"x"}');
    // Consumed, so a reload does not say it again; the rest of the address stays.
    expect(address).toBe('/?tenant=contoso.onmicrosoft.com');
  });

  it('a speed that comes with an unknown name is not taken either: the link was wrong as a whole', () => {
    stubBrowser('?scenario=reader&speed=realistic');
    expect(startDemo(config()).handle.speed).toBe('realistic');
    stubBrowser('?scenario=constructor&speed=instant');
    const again = startDemo(config());
    expect(again.handle.notice).toContain('"constructor"');
    expect(again.handle.speed).toBe('realistic');
    expect(address).toBe('/');
  });

  it('a known name starts that scenario afresh, with no notice', () => {
    stubBrowser('?scenario=reader');
    startDemo(config());
    storage.setItem('twin-onboarding.choices', '{"tenant":"x"}');
    stubBrowser('?scenario=happy');
    const next = startDemo(config());
    expect(next.handle.scenario).toBe('happy');
    expect(next.handle.notice).toBeUndefined();
    expect(storage.getItem('twin-onboarding.choices')).toBeNull();
  });
});

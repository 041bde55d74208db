import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/schema';
import { SCENARIOS } from '@twin-onboarding/emulator';
import { withScenarioSettings } from './demo-runtime';
import { english } from '../i18n/i18n';
import { expectedOutcome } from './scenario-labels';
import { presenterNote, TWINS_PRESENTER_NOTES } from './presenter-notes';
import { TWINS_STEPS } from '../onboarding/step';

const parsed = parseConfig({}, 'https://onboard.example.com');
if (!parsed.ok) throw new Error('config');
const config = parsed.config;

describe("the demo world carries the app's Digital Twins settings", () => {
  it('a twins-* scenario maps its settings onto the config, with Microsoft.DigitalTwins to register', () => {
    const mapped = withScenarioSettings(config, SCENARIOS['twins-app-caller']!.digitalTwins);
    expect(mapped.digitalTwins).toEqual({ hosting: 'customer', caller: 'app', dataRole: 'reader' });
    expect(mapped.providerNamespace).toBe('Microsoft.DigitalTwins');
  });

  it("a world whose instance is in the developer's directory passes its settings through unchanged", () => {
    const mapped = withScenarioSettings(config, SCENARIOS['twins-guest-ready']!.digitalTwins);
    expect(mapped.digitalTwins).toEqual({
      hosting: 'developer',
      hostName: 'proseware-twins.api.weu.digitaltwins.azure.net',
      tenantId: '5e7a9c1b-3d4f-4a6b-8c8d-0e1f2a3b4c5d',
      dataRole: 'owner',
    });
  });

  it('a 2018 scenario runs the 2018 flow, whatever config.json said', () => {
    const twinsConfig = {
      ...config,
      digitalTwins: { hosting: 'customer' as const, caller: 'users' as const, dataRole: 'owner' as const },
    };
    expect(withScenarioSettings(twinsConfig, SCENARIOS.happy!.digitalTwins).digitalTwins).toBeUndefined();
    expect(withScenarioSettings(config, undefined)).toEqual(config);
  });

  it('every twins-* scenario has an expected outcome; the others none', () => {
    for (const name of Object.keys(SCENARIOS)) {
      const outcome = expectedOutcome(english, name);
      if (name.startsWith('twins-')) expect(outcome, name).toMatch(/^Expected: /);
      else expect(outcome, name).toBeUndefined();
    }
  });

  it('the steps only today’s Digital Twins has get their own notes, under their titles, in two or three sentences', () => {
    for (const step of TWINS_STEPS.filter((s) => s.id === 'instance' || s.id === 'access')) {
      const note = TWINS_PRESENTER_NOTES[step.id]!;
      expect(english._(note.title)).toBe(step.title);
      const sentences = english._(note.text).match(/[.!?](\s|$)/g) ?? [];
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(3);
    }
    expect(presenterNote('register')).toBeDefined();
    expect(presenterNote('nowhere')).toBeUndefined();
  });
});

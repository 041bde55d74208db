import { describe, expect, it } from 'vitest';
import { english } from '../i18n/i18n';
import { GUEST_STEPS } from '../onboarding/step';
import { SCENARIOS } from '@twin-onboarding/emulator';
import { presenterNote, SCENARIO_NOTES } from './presenter-notes';

describe("presenter notes of the developer's directory", () => {
  it('its check step has a note under its title, in two or three sentences', () => {
    const note = presenterNote('guest-access')!;
    expect(english._(note.title)).toBe(GUEST_STEPS[1].title);
    const sentences = english._(note.text).match(/[.!?](\s|$)/g) ?? [];
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it('every twins-guest-* scenario says what the audience is about to see on that step', () => {
    const guests = Object.keys(SCENARIOS).filter((name) => name.startsWith('twins-guest-'));
    expect(guests.length).toBeGreaterThanOrEqual(5);
    for (const name of guests) expect(SCENARIO_NOTES[name]?.['guest-access'], name).toBeDefined();
  });
});

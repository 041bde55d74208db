import { describe, expect, it } from 'vitest';
import { STEPS } from '../onboarding/step';
import type { MessageDescriptor } from '@lingui/core';
import { english } from '../i18n/i18n';
import { PRESENTER_NOTES } from './presenter-notes';

describe('presenter notes', () => {
  it('every step of the wizard has two or three sentences, under its own title', () => {
    expect(Object.keys(PRESENTER_NOTES)).toEqual(STEPS.map((s) => s.id));
    for (const step of STEPS) {
      const note = PRESENTER_NOTES[step.id]!;
      // The step's title may be a plain string or a message descriptor.
      const stepTitle: unknown = step.title;
      expect(english._(note.title)).toBe(
        typeof stepTitle === 'string' ? stepTitle : english._(stepTitle as MessageDescriptor),
      );
      const text = english._(note.text);
      const sentences = text.match(/[.!?](\s|$)/g) ?? [];
      expect(sentences.length, text).toBeGreaterThanOrEqual(2);
      expect(sentences.length, text).toBeLessThanOrEqual(3);
    }
  });
});

describe('scenario notes for giving the data role', () => {
  it('each twins-grant-* scenario has a note on the access step, a few sentences long', async () => {
    const { SCENARIO_NOTES } = await import('./presenter-notes');
    const { scenarioNames } = await import('@twin-onboarding/emulator');
    const grant = scenarioNames().filter((name) => name.startsWith('twins-grant-'));
    expect(grant).toHaveLength(7);
    for (const name of grant) {
      const text = english._(SCENARIO_NOTES[name]!.access!);
      const sentences = text.match(/[.!?:](\s|$)/g) ?? [];
      expect(sentences.length, text).toBeGreaterThanOrEqual(2);
      expect(sentences.length, text).toBeLessThanOrEqual(5);
    }
  });
});

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

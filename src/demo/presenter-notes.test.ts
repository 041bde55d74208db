import { describe, expect, it } from 'vitest';
import { STEPS } from '../onboarding/step';
import { PRESENTER_NOTES } from './presenter-notes';

describe('presenter notes', () => {
  it('every step of the wizard has two or three sentences, under its own title', () => {
    expect(Object.keys(PRESENTER_NOTES)).toEqual(STEPS.map((s) => s.id));
    for (const step of STEPS) {
      const note = PRESENTER_NOTES[step.id]!;
      expect(note.title).toBe(step.title);
      const sentences = note.text.match(/[.!?](\s|$)/g) ?? [];
      expect(sentences.length, note.text).toBeGreaterThanOrEqual(2);
      expect(sentences.length, note.text).toBeLessThanOrEqual(3);
    }
  });
});

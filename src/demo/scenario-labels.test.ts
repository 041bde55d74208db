import { describe, expect, it } from 'vitest';
import { english } from '../i18n/i18n';
import { SCENARIOS } from '@twin-onboarding/emulator';
import { labelledScenarios, scenarioLabel } from './scenario-labels';

describe('scenario labels', () => {
  it('every scenario has one, saying in English what the emulator says', () => {
    expect(labelledScenarios().sort()).toEqual(Object.keys(SCENARIOS).sort());
    for (const scenario of Object.values(SCENARIOS)) {
      expect(scenarioLabel(english, scenario)).toEqual({ title: scenario.title, description: scenario.description });
    }
  });

  it('an unknown scenario keeps its own words', () => {
    expect(scenarioLabel(english, { name: 'custom', title: 'Custom', description: 'Made here.' })).toEqual({
      title: 'Custom',
      description: 'Made here.',
    });
  });
});

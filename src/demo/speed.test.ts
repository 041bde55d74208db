import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '@twin-onboarding/emulator';
import { DEFAULT_SPEED, parseSpeed, registrationDelay, scenarioLink, SPEEDS } from './speed';

describe('registration speed', () => {
  it('each speed sets the registration time of a scenario that takes the speed', () => {
    const happy = SCENARIOS.happy!;
    expect(registrationDelay(happy, 'instant')).toBe(1_000);
    expect(registrationDelay(happy, '20s')).toBe(20_000);
    expect(registrationDelay(happy, 'realistic')).toBe(120_000);
    // The default is what the scenarios always took, so a run without a choice behaves as before.
    expect(registrationDelay(happy, DEFAULT_SPEED)).toBe(happy.registrationDelayMs);
    // A failing registration fails after the chosen time: it keeps its meaning at any speed.
    expect(registrationDelay(SCENARIOS['registration-fails']!, 'instant')).toBe(1_000);
  });

  it('slow and stuck registrations keep their own timing', () => {
    for (const speed of SPEEDS) {
      expect(registrationDelay(SCENARIOS['slow-registration']!, speed.id)).toBe(180_000);
      expect(registrationDelay(SCENARIOS['stuck-registration']!, speed.id)).toBe(3 * 60 * 60_000);
    }
    const fixed = Object.values(SCENARIOS)
      .filter((s) => s.fixedTiming)
      .map((s) => s.name);
    expect(fixed).toEqual(['slow-registration', 'stuck-registration']);
  });

  it('reads only known speeds from a link', () => {
    expect(parseSpeed('instant')).toBe('instant');
    expect(parseSpeed('realistic')).toBe('realistic');
    expect(parseSpeed('fast')).toBeUndefined();
    expect(parseSpeed(null)).toBeUndefined();
  });

  it('the scenario link carries scenario and speed, and chooses the demo on a live deployment', () => {
    expect(scenarioLink('https://onboard.example.com', 'reader', 'instant', false)).toBe(
      'https://onboard.example.com/?scenario=reader&speed=instant',
    );
    expect(scenarioLink('https://onboard.example.com', 'happy', '20s', true)).toBe(
      'https://onboard.example.com/?demo&scenario=happy&speed=20s',
    );
  });
});

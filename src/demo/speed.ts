import { msg } from '@lingui/core/macro';

/**
 * The presenter's registration speed: how long the emulated Azure takes to register the provider in this run.
 * Pure, so the choice is unit-tested; demo-runtime applies it to the emulator and remembers it for the tab.
 */

export const SPEEDS = [
  // Labels are message descriptors, translated where they are shown.
  { id: 'instant', label: msg`Instant (about 1 second)`, registrationMs: 1_000 },
  { id: '20s', label: msg`About 20 seconds`, registrationMs: 20_000 },
  { id: 'realistic', label: msg`Realistic (about 2 minutes)`, registrationMs: 120_000 },
] as const;

export type SpeedId = (typeof SPEEDS)[number]['id'];

/** What every scenario took before there was a choice. */
export const DEFAULT_SPEED: SpeedId = '20s';

export function parseSpeed(value: string | null | undefined): SpeedId | undefined {
  return SPEEDS.find((s) => s.id === value)?.id;
}

/**
 * How long a registration takes in a scenario at a speed. Even "instant" answers Registering first, as ARM's
 * register call does. A scenario whose subject is its timing (slow, stuck) keeps it whatever the speed.
 */
export function registrationDelay(
  scenario: { registrationDelayMs: number; fixedTiming?: boolean },
  speed: SpeedId,
): number {
  if (scenario.fixedTiming) return scenario.registrationDelayMs;
  return SPEEDS.find((s) => s.id === speed)!.registrationMs;
}

/** The address that starts this scenario at this speed; `?demo` too where the deployment is otherwise live. */
export function scenarioLink(origin: string, scenario: string, speed: SpeedId, onLiveDeployment: boolean): string {
  const params = new URLSearchParams({ scenario, speed });
  return `${origin}/?${onLiveDeployment ? 'demo&' : ''}${params.toString()}`;
}

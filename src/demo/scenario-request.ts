import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { findScenario, scenarioNames } from '@twin-onboarding/emulator';

/** What `?scenario=NAME` in the address asks for. */
export type ScenarioRequest = { kind: 'none' } | { kind: 'known'; name: string } | { kind: 'unknown'; name: string };

export function scenarioRequest(search: string): ScenarioRequest {
  const name = new URLSearchParams(search).get('scenario');
  if (name === null || name === '') return { kind: 'none' };
  // Own names only: "constructor", "__proto__" or "toString" would otherwise find Object's members.
  return findScenario(name) ? { kind: 'known', name } : { kind: 'unknown', name };
}

/**
 * The shape of a scenario's name (lowercase words joined by hyphens). Only a name of that shape is repeated on the
 * page: anything can be written into a link, and the page must not say, in its own voice, text of the link's choosing.
 */
export const SCENARIO_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** Said on the page when the address names no scenario the demo has; the world of the tab carries on. */
export function unknownScenarioNotice(i18n: I18n, name: string): string {
  const scenarios = scenarioNames().join(', ');
  if (!SCENARIO_NAME.test(name)) {
    return i18n._(
      msg`The address names no scenario the demo has, so this tab carries on with its current one. Scenarios: ${scenarios}.`,
    );
  }
  return i18n._(
    msg`The demo has no scenario named "${name}", so this tab carries on with its current one. Scenarios: ${scenarios}.`,
  );
}

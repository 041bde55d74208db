import { createContext, useContext } from 'react';
import type { PublicClientApplication } from '@azure/msal-browser';
import type { AppConfig } from '../config/schema';
import type { ArmClient } from '../azure/arm-client';
import type { DirectoryFeed } from '../exchanges/directory';

/** What demo mode adds for the demo controls; absent in live mode. */
export interface DemoHandle {
  scenario: string;
  /** something the demo must tell the user on this page load, e.g. that `?scenario=` named no scenario */
  notice?: string;
  /** fixedTiming: the scenario keeps its own registration time whatever the speed */
  scenarios: Array<{ name: string; title: string; description: string; fixedTiming: boolean }>;
  /** the registration speed of this tab's runs (an id of src/demo/speed.ts) */
  speed: string;
  /** applies to this run at once, a registration in flight included, and to the next runs of the tab */
  setSpeed(speed: string): void;
  switchScenario(name: string): void;
  fastForward(ms: number): void;
  reset(): void;
  /** the emulated directory, for the "What changed in the directory" picture */
  directory: DirectoryFeed;
  /** today's Digital Twins scenarios: make an instance appear, as the Azure portal would; answers its name */
  createDigitalTwinsInstance?: () => string | undefined;
  /**
   * scenarios with a PIM eligibility: activate the next one not yet active, as its holder would in the Azure portal;
   * answers the role's name (undefined when none is left)
   */
  activateEligibleRole?: () => string | undefined;
}

export interface Runtime {
  config: AppConfig;
  msal: PublicClientApplication;
  arm: ArmClient;
  demo: DemoHandle | undefined;
  /** the error handleRedirectPromise() ended with on this page load, if any */
  redirectError: unknown;
}

export const RuntimeContext = createContext<Runtime | null>(null);

export function useRuntime(): Runtime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('useRuntime() outside <App>');
  return runtime;
}

import { useSyncExternalStore } from 'react';
import { landingConfig } from '../config/landing';

const never = () => () => {};

/**
 * False while React renders on the server or hydrates the prerendered page, true afterwards (and from the
 * start when nothing was prerendered): what only the browser knows can wait for it without a mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

/**
 * A value of config.json in running text. The prerendered page cannot know it: there the default stands in
 * (kept hidden while scripts run, so a deployment's own name never flashes by; shown when they are blocked),
 * and after hydration the configured value takes its place.
 */
export function ConfigText({ name, value }: { name: 'appName' | 'providerNamespace'; value: string }) {
  const hydrated = useHydrated();
  return <span className={hydrated ? undefined : 'config-pending'}>{hydrated ? value : landingConfig()[name]}</span>;
}

import { useSyncExternalStore } from 'react';

/** Whether "Under the hood" is open: open by default in demo mode, closed in live; the choice lasts for the tab. */
const KEY = 'twin-onboarding.under-the-hood';
export const PANEL_ID = 'under-the-hood';

const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setPanelOpen(open: boolean): void {
  try {
    sessionStorage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // no storage: the choice lasts for this page only
  }
  listeners.forEach((listener) => listener());
}

export function usePanelOpen(demo: boolean): boolean {
  const saved = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    // The prerendered page and its hydration know no tab: the mode's default, then the tab's choice.
    () => null,
  );
  return saved === null ? demo : saved === 'open';
}

import { createStore, useStore } from '../storage/store';

/** Whether "Under the hood" is open: open by default in demo mode, closed in live; the choice lasts for the tab. */
export const PANEL_ID = 'under-the-hood';

const panel = createStore<'open' | 'closed' | undefined>(
  'under-the-hood',
  1,
  undefined,
  (v) => (v === 'open' || v === 'closed' ? v : undefined),
  true,
);

export function setPanelOpen(open: boolean): void {
  panel.set(open ? 'open' : 'closed');
}

export function usePanelOpen(demo: boolean): boolean {
  // The prerendered page and its hydration know no tab: the mode's default, then the tab's choice.
  const saved = useStore(panel, () => undefined);
  return saved === undefined ? demo : saved === 'open';
}

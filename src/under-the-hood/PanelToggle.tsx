import { Trans } from '@lingui/react/macro';
import { useHydrated } from '../ui/hydration';
import { PANEL_ID, setPanelOpen, usePanelOpen } from './panel-state';

/**
 * The header's switch for the "Under the hood" panel; paper gets neither it nor the panel. In the prerendered
 * page it waits, disabled, for the app: a click before then would be lost.
 */
export function PanelToggle({ demo }: { demo: boolean }) {
  const open = usePanelOpen(demo);
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="button"
      data-print="hide"
      disabled={!hydrated}
      aria-expanded={open}
      aria-controls={PANEL_ID}
      onClick={() => setPanelOpen(!open)}
    >
      <Trans comment="The button that shows the panel of exchanges with Microsoft; the panel's heading has the same words">
        Under the hood
      </Trans>
    </button>
  );
}

import { PANEL_ID, setPanelOpen, usePanelOpen } from './panel-state';

/** The header's switch for the "Under the hood" panel; paper gets neither it nor the panel. */
export function PanelToggle({ demo }: { demo: boolean }) {
  const open = usePanelOpen(demo);
  return (
    <button type="button" className="button" data-print="hide" aria-expanded={open} aria-controls={PANEL_ID} onClick={() => setPanelOpen(!open)}>
      Under the hood
    </button>
  );
}

import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DemoHandle } from '../runtime/runtime';
import { queryKeys } from '../azure/query-keys';
import { CopyButton } from '../ui/CopyButton';
import { NOTES_OPEN_KEY, PRESENTER_NOTES } from './presenter-notes';
import { parseSpeed, scenarioLink, SPEEDS, DEFAULT_SPEED } from './speed';

/**
 * For sales engineers: pick a scenario and the registration speed, start over, skip ahead in the emulated
 * world's time, copy a link that starts this scenario, and read what to say at the step on screen.
 */
export default function DemoControls({ demo, canGoLive, step }: { demo: DemoHandle; canGoLive: boolean; step: string | undefined }) {
  const queryClient = useQueryClient();
  const [scenario, setScenario] = useState(demo.scenario);
  const [speed, setSpeed] = useState(parseSpeed(demo.speed) ?? DEFAULT_SPEED);
  const [status, setStatus] = useState('');
  const [skippedMinutes, setSkippedMinutes] = useState(0);
  const [notesOpen, setNotesOpen] = useState(() => sessionStorage.getItem(NOTES_OPEN_KEY) === 'true');
  const current = demo.scenarios.find((s) => s.name === demo.scenario);
  const link = scenarioLink(window.location.origin, demo.scenario, speed, canGoLive);
  const notes = step ? PRESENTER_NOTES[step] : undefined;

  // The portal reads Azure again at once, so what the emulated time changed shows without waiting for a poll.
  const reread = () => queryClient.invalidateQueries({ queryKey: queryKeys.arm });

  async function skipAhead() {
    demo.fastForward(60_000);
    const total = skippedMinutes + 1;
    setSkippedMinutes(total);
    await reread();
    setStatus(`Skipped one minute ahead in the emulated Azure (${total} ${total === 1 ? 'minute' : 'minutes'} in this page).`);
  }

  async function chooseSpeed(id: (typeof SPEEDS)[number]['id']) {
    setSpeed(id);
    demo.setSpeed(id);
    await reread();
    const label = SPEEDS.find((s) => s.id === id)!.label;
    setStatus(
      current?.fixedTiming
        ? `Registration speed set to ${label} for the other scenarios; ${current.title} keeps its own timing.`
        : `Registration speed set to ${label}, for this run and the next ones.`,
    );
  }

  return (
    <aside className="demo-controls" aria-labelledby="demo-controls-title">
      <div className="card">
        <h2 id="demo-controls-title" className="h3">
          Demo controls
        </h2>
        <p>
          Scenario: <strong>{current?.title ?? demo.scenario}</strong>
          {current && <> — {current.description}</>}
        </p>
        <p className="actions">
          <label htmlFor="demo-scenario">Scenario</label>
          <select id="demo-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)}>
            {demo.scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => demo.switchScenario(scenario)}>
            Start over with this scenario
          </button>
          <button type="button" className="button" onClick={() => void skipAhead()}>
            Skip ahead 1 minute
          </button>
        </p>
        <fieldset className="demo-speed" aria-describedby={current?.fixedTiming ? 'demo-speed-note' : undefined}>
          <legend>Registration speed</legend>
          {SPEEDS.map((s) => (
            <label key={s.id}>
              <input type="radio" name="demo-speed" value={s.id} checked={speed === s.id} onChange={() => void chooseSpeed(s.id)} /> {s.label}
            </label>
          ))}
          {current?.fixedTiming && (
            <p id="demo-speed-note" className="demo-speed-note">
              {current.title} keeps its own timing; the speed applies to the other scenarios.
            </p>
          )}
        </fieldset>
        <p role="status" className="demo-status">
          {status}
        </p>
        <div className="actions">
          <CopyButton text={link} label="Copy link to this scenario" fallbackTargetId="demo-link" />
          <code id="demo-link" className="wrap">
            {link}
          </code>
        </div>
        <details
          className="presenter-notes"
          open={notesOpen}
          onToggle={(e) => {
            const open = e.currentTarget.open;
            setNotesOpen(open);
            sessionStorage.setItem(NOTES_OPEN_KEY, String(open));
          }}
        >
          <summary>Presenter notes</summary>
          {notes ? (
            <p>
              <strong>{notes.title}.</strong> {notes.text}
            </p>
          ) : (
            <p>The notes follow the step on screen.</p>
          )}
        </details>
        <p>
          <a href="/demo/problems">Every problem card the portal can show</a>
        </p>
        {canGoLive && (
          <p>
            <a href="/?live">Leave the demo and sign in to your real directory</a>
          </p>
        )}
      </div>
    </aside>
  );
}
